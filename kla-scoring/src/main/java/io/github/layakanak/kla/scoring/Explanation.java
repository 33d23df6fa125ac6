package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.pack.Provenance;
import java.util.List;
import java.util.Locale;

/**
 * Why a number on a scorecard is what it is, in Indonesian and English, citing the sources of the rules
 * applied.
 *
 * @param id      the explanation in Indonesian
 * @param en      the explanation in English
 * @param sources the provenance of every rule the explanation applies (a maximum, a rubric, a band)
 */
public record Explanation(String id, String en, List<Provenance> sources) {

    /**
     * Creates an explanation.
     *
     * @param id      the Indonesian text
     * @param en      the English text
     * @param sources the provenance of the rules applied
     * @throws NullPointerException if an argument is null
     */
    public Explanation {
        requireNonNull(id, "id");
        requireNonNull(en, "en");
        sources = List.copyOf(sources);
    }

    /**
     * Returns the text in a language.
     *
     * @param locale the language: Indonesian for {@code id} (or {@code in}), English otherwise
     * @return the text
     */
    public String text(Locale locale) {
        String language = requireNonNull(locale, "locale").getLanguage();
        return language.equals("id") || language.equals("in") ? id : en;
    }
}
