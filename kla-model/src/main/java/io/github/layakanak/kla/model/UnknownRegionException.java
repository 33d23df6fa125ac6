package io.github.layakanak.kla.model;

import java.util.List;

/**
 * Thrown when a region or province code is not in the edition consulted, for example
 * {@code Unknown region code [95.01] in edition [KEMENDAGRI_2021]; it exists in [KEMENDAGRI_2025]}.
 *
 * <p>The message names the editions that do list the code, which usually means the wrong edition was
 * chosen for the evaluation round.
 */
public class UnknownRegionException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** The code looked up. */
    private final String code;
    /** The edition consulted. */
    private final RegionEdition edition;

    UnknownRegionException(String code, RegionEdition edition, List<RegionEdition> listedIn) {
        super("Unknown region code [" + code + "] in edition [" + edition + "]" + RegionRegistry.listedIn(listedIn));
        this.code = code;
        this.edition = edition;
    }

    /**
     * Returns the code that was looked up.
     *
     * @return the unknown code, as given
     */
    public String code() {
        return code;
    }

    /**
     * Returns the edition that was consulted.
     *
     * @return the edition that does not list the code
     */
    public RegionEdition edition() {
        return edition;
    }
}
