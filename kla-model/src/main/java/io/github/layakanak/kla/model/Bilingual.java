package io.github.layakanak.kla.model;

/**
 * Something with an official Indonesian name and an English one, such as a {@link DocumentLevel} or a
 * {@link Rank}.
 */
public interface Bilingual {

    /**
     * Returns the Indonesian name.
     *
     * @return the Indonesian name
     */
    String nameId();

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    String nameEn();
}
