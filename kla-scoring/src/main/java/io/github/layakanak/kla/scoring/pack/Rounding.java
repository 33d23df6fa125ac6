package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a pack rounds points: to what scale, in which mode, and where.
 *
 * @param scale      the number of decimals (2: totals are published as 770.16)
 * @param mode       the rounding mode
 * @param at         where rounding happens
 * @param provenance where the policy comes from
 */
public record Rounding(int scale, RoundingMode mode, Point at, Provenance provenance) {

    /** Where rounding happens. */
    public enum Point {
        /** Each indicator's points are rounded, and the rounded points add up to the total. */
        INDICATOR,
        /** Points are kept exact and only the total (and each shown subtotal) is rounded. */
        TOTAL
    }

    /**
     * Creates a rounding policy.
     *
     * @param scale      the number of decimals
     * @param mode       the rounding mode
     * @param at         where rounding happens
     * @param provenance where the policy comes from
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the scale is negative
     */
    public Rounding {
        requireNonNull(mode, "mode");
        requireNonNull(at, "at");
        requireNonNull(provenance, "provenance");
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative, but was " + scale);
        }
    }

    /**
     * Rounds a number by this policy.
     *
     * @param value the number
     * @return the number at the policy's scale
     */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(scale, mode);
    }
}
