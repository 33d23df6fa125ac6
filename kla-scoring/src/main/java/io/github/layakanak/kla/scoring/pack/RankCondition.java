package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Rank;
import java.math.BigDecimal;
import java.util.List;

/**
 * A condition beyond the point bands: a rank, and every rank above it, is awarded only when the district meets it.
 * A district that misses it keeps the highest rank below that the pack awards ({@link RankBands#highestBelow}).
 *
 * <p>Two kinds, each a record of its own:
 * <ul>
 *   <li>{@link EvidenceOfType}: an indicator has evidence of a given type that counts at the stage (the Perda on
 *       KLA that some officials say Utama needs; unconfirmed, so off unless an app switches it on);
 *   <li>{@link IndicatorsReaching}: at least a number of indicators reach a fraction of their maximum (the
 *       31-indicator era: Pratama needed 17 components at 70% or more of their maximum, Madya 21, Nindya 25).
 * </ul>
 */
public sealed interface RankCondition permits RankCondition.EvidenceOfType, RankCondition.IndicatorsReaching {

    /**
     * Returns the condition's id, by which an app switches it on or off.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the lowest rank that needs the condition.
     *
     * @return the rank
     */
    Rank rank();

    /**
     * Tells whether the condition applies.
     *
     * @return {@code true} when it applies
     */
    boolean enabled();

    /**
     * Returns where the condition comes from.
     *
     * @return the provenance
     */
    Provenance provenance();

    /**
     * Returns a copy switched on or off.
     *
     * @param on whether the condition applies
     * @return the condition
     */
    RankCondition withEnabled(boolean on);

    /**
     * An indicator must have evidence of a type that counts at the stage.
     *
     * @param id           the condition's id
     * @param rank         the lowest rank that needs it
     * @param indicator    the stable id of the indicator whose evidence is checked
     * @param evidenceType the type of evidence required
     * @param enabled      whether the condition applies
     * @param provenance   where the condition comes from
     */
    record EvidenceOfType(String id, Rank rank, String indicator, EvidenceType evidenceType, boolean enabled,
            Provenance provenance) implements RankCondition {

        /**
         * Creates the condition.
         *
         * @param id           its id
         * @param rank         the lowest rank that needs it
         * @param indicator    the indicator checked
         * @param evidenceType the evidence type required
         * @param enabled      whether it applies
         * @param provenance   where it comes from
         * @throws NullPointerException if an argument is null
         */
        public EvidenceOfType {
            requireNonNull(id, "id");
            requireNonNull(rank, "rank");
            requireNonNull(indicator, "indicator");
            requireNonNull(evidenceType, "evidenceType");
            requireNonNull(provenance, "provenance");
        }

        @Override
        public EvidenceOfType withEnabled(boolean on) {
            return new EvidenceOfType(id, rank, indicator, evidenceType, on, provenance);
        }
    }

    /**
     * At least {@code atLeast} of the pack's indicators must each earn {@code fraction} of its maximum or more, at
     * the stage's own view of the evidence.
     *
     * @param id         the condition's id
     * @param rank       the lowest rank that needs it
     * @param atLeast    how many indicators must reach the fraction, at least 1
     * @param fraction   the share of an indicator's maximum it must earn, above 0 and at most 1
     * @param enabled    whether the condition applies
     * @param provenance where the condition comes from
     */
    record IndicatorsReaching(String id, Rank rank, int atLeast, BigDecimal fraction, boolean enabled,
            Provenance provenance) implements RankCondition {

        /**
         * Creates the condition.
         *
         * @param id         its id
         * @param rank       the lowest rank that needs it
         * @param atLeast    how many indicators must reach the fraction
         * @param fraction   the share of the maximum each must earn
         * @param enabled    whether it applies
         * @param provenance where it comes from
         * @throws NullPointerException if an argument is null
         */
        public IndicatorsReaching {
            requireNonNull(id, "id");
            requireNonNull(rank, "rank");
            requireNonNull(fraction, "fraction");
            requireNonNull(provenance, "provenance");
        }

        /**
         * Tells whether an indicator's points reach this condition's fraction of its maximum.
         *
         * @param points the indicator's points
         * @param max    the indicator's maximum
         * @return {@code true} when the points are at least the fraction of the maximum
         */
        public boolean reachedBy(BigDecimal points, BigDecimal max) {
            return points.compareTo(max.multiply(fraction)) >= 0;
        }

        /**
         * Counts the indicators whose points reach this condition's fraction of their maximum.
         *
         * @param points     each indicator's points, in the pack's order
         * @param indicators the pack's indicators, in the same order
         * @return how many reach it
         */
        public int reached(BigDecimal[] points, List<IndicatorRule> indicators) {
            int reached = 0;
            for (int i = 0; i < points.length; i++) {
                if (reachedBy(points[i], indicators.get(i).max().value())) {
                    reached++;
                }
            }
            return reached;
        }

        @Override
        public IndicatorsReaching withEnabled(boolean on) {
            return new IndicatorsReaching(id, rank, atLeast, fraction, on, provenance);
        }
    }
}
