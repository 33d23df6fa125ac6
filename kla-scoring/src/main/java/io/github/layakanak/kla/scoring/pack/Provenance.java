package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

/**
 * Where a number in a rule pack comes from.
 *
 * <p>The ministry does not publish its weights, so every weight, band and threshold a rule pack holds says
 * which of three kinds of source it rests on, and names that source:
 * <ul>
 *   <li>{@link Kind#OFFICIAL}: a regulation or a ministry statement, cited with its article;</li>
 *   <li>{@link Kind#SOURCED}: a public copy that is not the ministry's own, such as a district's
 *       transcription of the official recap, cited;</li>
 *   <li>{@link Kind#HYPOTHETICAL}: a stand-in chosen by the pack's authors, with the reason for it.</li>
 * </ul>
 *
 * <pre>{@code
 * Provenance bands = Provenance.official("KemenPPPA statement, Kompas 2022-09-20: 500-600 Pratama ...");
 * Provenance weight = Provenance.hypothetical("official weights unpublished; 40 per cluster-I indicator");
 * }</pre>
 *
 * @param kind   what kind of source backs the number
 * @param source the citation (for OFFICIAL and SOURCED) or the reason (for HYPOTHETICAL); never blank
 */
public record Provenance(Kind kind, String source) {

    /** The kinds of source a number can rest on. */
    public enum Kind {
        /** A regulation or a ministry statement, cited. */
        OFFICIAL,
        /** A public copy that is not the ministry's own, cited. */
        SOURCED,
        /** A stand-in of the pack's authors, with the reason. */
        HYPOTHETICAL
    }

    /**
     * Creates a provenance.
     *
     * @param kind   what kind of source backs the number
     * @param source the citation or reason
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code source} is blank
     */
    public Provenance {
        requireNonNull(kind, "kind");
        requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source of a " + kind + " number must not be blank");
        }
    }

    /**
     * A number set by a regulation or stated by the ministry.
     *
     * @param citation the regulation and article, or the statement and where it was published
     * @return the provenance
     */
    public static Provenance official(String citation) {
        return new Provenance(Kind.OFFICIAL, citation);
    }

    /**
     * A number taken from a public copy that is not the ministry's own.
     *
     * @param citation the public document the number comes from
     * @return the provenance
     */
    public static Provenance sourced(String citation) {
        return new Provenance(Kind.SOURCED, citation);
    }

    /**
     * A stand-in for a number that is not published.
     *
     * @param reason why this value was chosen
     * @return the provenance
     */
    public static Provenance hypothetical(String reason) {
        return new Provenance(Kind.HYPOTHETICAL, reason);
    }
}
