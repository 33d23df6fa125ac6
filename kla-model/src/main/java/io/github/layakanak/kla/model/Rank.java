package io.github.layakanak.kla.model;

/**
 * The rank a district is awarded, in ascending order: {@link #NONE} (below Pratama), Pratama, Madya, Nindya,
 * Utama and KLA.
 *
 * <p>The point bands of each rank belong to a rule pack, not to this enum: the 2022 bands are 500-600
 * Pratama up to 901-1000 KLA, and a later year may change them.
 */
public enum Rank implements Bilingual {
    /** Below Pratama: the district takes part but earns no rank (often called "inisiasi"). */
    NONE("Belum Berperingkat", "No rank"),
    /** Pratama, the first rank. */
    PRATAMA("Pratama", "Pratama"),
    /** Madya, the second rank. */
    MADYA("Madya", "Madya"),
    /** Nindya, the third rank. */
    NINDYA("Nindya", "Nindya"),
    /** Utama, the fourth rank. */
    UTAMA("Utama", "Utama"),
    /** Kabupaten/Kota Layak Anak, the highest rank; no district has reached it yet. */
    KLA("Kabupaten/Kota Layak Anak", "Child-Friendly Regency/City");

    private final String nameId;
    private final String nameEn;

    Rank(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /**
     * Returns the Indonesian display name, as used in award ceremonies.
     *
     * @return the Indonesian name, such as {@code "Nindya"}
     */
    public String nameId() {
        return nameId;
    }

    /**
     * Returns the English display name.
     *
     * @return the English name
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Tells whether this rank is the given rank or above it.
     *
     * @param other the rank to compare with
     * @return {@code true} when this rank is at least {@code other}
     */
    public boolean isAtLeast(Rank other) {
        return compareTo(other) >= 0;
    }
}
