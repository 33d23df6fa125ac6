package io.github.layakanak.kla.model;

import java.util.List;

/**
 * Thrown when no region of the edition consulted has the name looked up, for example
 * {@code Unknown region name [Pohuwato] in edition [KEMENDAGRI_2021]; it exists in [KEMENDAGRI_2025]}.
 *
 * @see RegionRegistry#getByName(String)
 */
public class UnknownRegionNameException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** The name looked up. */
    private final String name;
    /** The edition consulted. */
    private final RegionEdition edition;

    UnknownRegionNameException(String name, RegionEdition edition, List<RegionEdition> listedIn) {
        super("Unknown region name [" + name + "] in edition [" + edition + "]" + RegionRegistry.listedIn(listedIn));
        this.name = name;
        this.edition = edition;
    }

    /**
     * Returns the name that was looked up.
     *
     * @return the unknown name, as given
     */
    public String name() {
        return name;
    }

    /**
     * Returns the edition that was consulted.
     *
     * @return the edition that has no region of that name
     */
    public RegionEdition edition() {
        return edition;
    }
}
