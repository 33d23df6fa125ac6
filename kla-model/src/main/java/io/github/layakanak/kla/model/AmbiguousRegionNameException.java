package io.github.layakanak.kla.model;

import static java.util.stream.Collectors.joining;

import java.util.List;

/**
 * Thrown when a name without a prefix fits more than one region, for example {@code "Bekasi"}, which is both
 * Kabupaten Bekasi ({@code 32.16}) and Kota Bekasi ({@code 32.75}). Adding {@code "Kabupaten"} or
 * {@code "Kota"} to the name, or looking the region up by code, resolves it.
 *
 * @see RegionRegistry#getByName(String)
 */
public class AmbiguousRegionNameException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** The name looked up. */
    private final String name;
    /** The edition consulted. */
    private final RegionEdition edition;
    // List.copyOf yields a serializable list, and Region is a serializable record.
    /** The regions the name fits, sorted by code. */
    @SuppressWarnings("serial")
    private final List<Region> candidates;

    AmbiguousRegionNameException(String name, RegionEdition edition, List<Region> candidates) {
        super("Region name [" + name + "] is ambiguous in edition [" + edition + "]: "
                + candidates.stream()
                        .map(r -> r.code() + " " + r.name() + " (" + r.province() + ")")
                        .collect(joining(", ", "[", "]"))
                + "; add \"Kabupaten\" or \"Kota\" to the name, or look the region up by code");
        this.name = name;
        this.edition = edition;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Returns the name that was looked up.
     *
     * @return the ambiguous name, as given
     */
    public String name() {
        return name;
    }

    /**
     * Returns the edition that was consulted.
     *
     * @return the edition in which the name is ambiguous
     */
    public RegionEdition edition() {
        return edition;
    }

    /**
     * Returns the regions the name fits.
     *
     * @return two or more regions, sorted by code; immutable
     */
    public List<Region> candidates() {
        return candidates;
    }
}
