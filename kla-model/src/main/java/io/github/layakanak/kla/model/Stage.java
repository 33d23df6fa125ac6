package io.github.layakanak.kla.model;

/**
 * The stages of an evaluation round, in order. Scores change between stages as evidence is verified.
 */
public enum Stage implements Bilingual {
    /** Penilaian mandiri: the district's own online self-assessment. */
    SELF_ASSESSMENT("Penilaian Mandiri", "Self-assessment"),
    /** Verifikasi administrasi: the documents are checked (by the province from 2023). */
    ADMINISTRATIVE_VERIFICATION("Verifikasi Administrasi", "Administrative verification"),
    /** Verifikasi lapangan: the field (hybrid) verification by an independent team. */
    FIELD_VERIFICATION("Verifikasi Lapangan", "Field verification"),
    /** Verifikasi final: the last check before the rank is awarded. */
    FINAL("Verifikasi Final", "Final verification");

    private final String nameId;
    private final String nameEn;

    Stage(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /**
     * Returns the Indonesian name.
     *
     * @return the Indonesian name, such as {@code "Penilaian Mandiri"}
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

    /**
     * Tells whether this is a verification stage, where only evidence found valid counts.
     *
     * @return {@code false} for the self-assessment, {@code true} for every later stage
     */
    public boolean isVerification() {
        return this != SELF_ASSESSMENT;
    }
}
