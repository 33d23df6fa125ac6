package io.github.layakanak.kla.model;

/**
 * A scored section of the KLA evaluation: institutional strengthening (Kelembagaan), the five clusters of
 * children's rights, and the child-friendly sub-districts and villages (Kelana/Dekela).
 *
 * <p>Perpres 25/2021 scores Kelembagaan and clusters I to V; the 2024-cycle instrument adds Kelana/Dekela as
 * a seventh section. A rule pack declares which sections it uses.
 */
public enum Cluster {
    /** Penguatan Kelembagaan: regulation, task force, budget, involvement of society. */
    KELEMBAGAAN("", "Kelembagaan", "Institutional strengthening"),
    /** Klaster I: civil rights and freedoms. */
    KLASTER_I("I", "Hak Sipil dan Kebebasan", "Civil rights and freedoms"),
    /** Klaster II: family environment and alternative care. */
    KLASTER_II("II", "Lingkungan Keluarga dan Pengasuhan Alternatif",
            "Family environment and alternative care"),
    /** Klaster III: basic health and welfare. */
    KLASTER_III("III", "Kesehatan Dasar dan Kesejahteraan", "Basic health and welfare"),
    /** Klaster IV: education, use of leisure time and cultural activities. */
    KLASTER_IV("IV", "Pendidikan, Pemanfaatan Waktu Luang, dan Kegiatan Budaya",
            "Education, leisure and cultural activities"),
    /** Klaster V: special protection. */
    KLASTER_V("V", "Perlindungan Khusus", "Special protection"),
    /** Kecamatan Layak Anak and Desa/Kelurahan Layak Anak: child-friendly sub-districts and villages. */
    KELANA_DEKELA("", "Kecamatan dan Desa/Kelurahan Layak Anak", "Child-friendly sub-districts and villages");

    private final String numeral;
    private final String nameId;
    private final String nameEn;

    Cluster(String numeral, String nameId, String nameEn) {
        this.numeral = numeral;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /**
     * Returns the Roman numeral of a rights cluster.
     *
     * @return {@code "I"} to {@code "V"}, or an empty string for Kelembagaan and Kelana/Dekela
     */
    public String numeral() {
        return numeral;
    }

    /**
     * Returns the official Indonesian name, as in Perpres 25/2021 and the evaluation instrument.
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

    /**
     * Returns the Indonesian label with the cluster's numeral, as printed on a recap.
     *
     * @return for example {@code "Klaster I: Hak Sipil dan Kebebasan"} or {@code "Kelembagaan"}
     */
    public String labelId() {
        return numeral.isEmpty() ? nameId : "Klaster " + numeral + ": " + nameId;
    }

    /**
     * Returns the English label with the cluster's numeral.
     *
     * @return for example {@code "Cluster I: Civil rights and freedoms"}
     */
    public String labelEn() {
        return numeral.isEmpty() ? nameEn : "Cluster " + numeral + ": " + nameEn;
    }
}
