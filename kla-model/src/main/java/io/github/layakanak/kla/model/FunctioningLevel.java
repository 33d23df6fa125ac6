package io.github.layakanak.kla.model;

/**
 * How well an institution (a task force, a Forum Anak, a PUSPAGA) functions.
 */
public enum FunctioningLevel implements Bilingual {
    /** Formed on paper only, or not at all. */
    NONE("Tidak berfungsi", "Not functioning"),
    /** Meets or serves part of what it should. */
    PARTIAL("Berfungsi sebagian", "Partly functioning"),
    /** Meets, reports and serves as it should. */
    FULL("Berfungsi penuh", "Fully functioning");

    private final String nameId;
    private final String nameEn;

    FunctioningLevel(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /**
     * Returns the Indonesian name.
     *
     * @return the Indonesian name
     */
    public String nameId() {
        return nameId;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return nameEn;
    }
}
