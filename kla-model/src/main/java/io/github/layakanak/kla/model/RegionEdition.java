package io.github.layakanak.kla.model;

import java.util.Locale;

/**
 * An edition of the Kemendagri list of provinces and regencies/cities.
 *
 * <p>Codes change between editions: the four Papua provinces created in 2022 renumbered the regencies moved
 * into them (Kabupaten Merauke is {@code 91.01} in 2021 and {@code 93.01} in 2025). Use the edition in
 * force for the evaluation round at hand.
 */
public enum RegionEdition {
    /**
     * Permendagri 58/2021 as revised by Kepmendagri 050-145/2022: 34 provinces and 514 regencies/cities, in
     * force for the 2022 evaluation round.
     */
    KEMENDAGRI_2021(2021, "Permendagri 58/2021 as revised by Kepmendagri 050-145/2022"),
    /**
     * Kepmendagri 300.2.2-2138/2025: 38 provinces (Papua split into six) and 514 regencies/cities.
     */
    KEMENDAGRI_2025(2025, "Kepmendagri 300.2.2-2138/2025");

    private final int year;
    private final String legalBasis;

    RegionEdition(int year, String legalBasis) {
        this.year = year;
        this.legalBasis = legalBasis;
    }

    /**
     * Returns the year of the regulation the edition rests on.
     *
     * @return the year, such as {@code 2025}
     */
    public int year() {
        return year;
    }

    /**
     * Returns the regulation(s) the edition's codes and names come from.
     *
     * @return the legal basis, such as {@code "Kepmendagri 300.2.2-2138/2025"}
     */
    public String legalBasis() {
        return legalBasis;
    }

    /** The list's resource, relative to this package. */
    String resource() {
        return "regions/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv";
    }
}
