package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Rank;

/**
 * A condition some officials describe beyond the point bands: a rank, and every rank above it, is awarded only
 * when an indicator has evidence of a given type that counts at the stage. A district that misses it keeps the
 * highest rank below that the pack awards ({@link RankBands#highestBelow}).
 *
 * <p>The condition in the 2022 pack (a Perda on KLA for Utama and above) is unconfirmed, so it is off unless an
 * app switches it on.
 *
 * @param id           the condition's id, by which an app switches it on or off
 * @param rank         the lowest rank that needs it
 * @param indicator    the stable id of the indicator whose evidence is checked
 * @param evidenceType the type of evidence required
 * @param enabled      whether the condition applies
 * @param provenance   where the condition comes from
 */
public record RankCondition(String id, Rank rank, String indicator, EvidenceType evidenceType, boolean enabled,
        Provenance provenance) {

    /**
     * Creates a rank condition.
     *
     * @param id           its id
     * @param rank         the lowest rank that needs it
     * @param indicator    the indicator checked
     * @param evidenceType the evidence type required
     * @param enabled      whether it applies
     * @param provenance   where it comes from
     * @throws NullPointerException if an argument is null
     */
    public RankCondition {
        requireNonNull(id, "id");
        requireNonNull(rank, "rank");
        requireNonNull(indicator, "indicator");
        requireNonNull(evidenceType, "evidenceType");
        requireNonNull(provenance, "provenance");
    }

    /**
     * Returns a copy switched on or off.
     *
     * @param on whether the condition applies
     * @return the condition
     */
    public RankCondition withEnabled(boolean on) {
        return new RankCondition(id, rank, indicator, evidenceType, on, provenance);
    }
}
