package io.github.layakanak.kla.model;

/**
 * Whether a Kemendagri regency/city code {@code PP.KK} names a kabupaten (regency, {@code KK} 01-69) or a
 * kota (city, {@code KK} 71-99).
 */
public enum RegionKind implements Bilingual {
    /** A kabupaten (regency): {@code KK} from 01 to 69. */
    KABUPATEN("Kabupaten", "Regency"),
    /** A kota (city): {@code KK} from 71 to 99. */
    KOTA("Kota", "City");

    private final String nameId;
    private final String nameEn;

    RegionKind(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /**
     * Returns the Indonesian name, as it prefixes a region's name.
     *
     * @return the Indonesian name, such as {@code "Kabupaten"}
     */
    public String nameId() {
        return nameId;
    }

    /**
     * Returns the English name.
     *
     * @return the English name, such as {@code "Regency"}
     */
    public String nameEn() {
        return nameEn;
    }
}
