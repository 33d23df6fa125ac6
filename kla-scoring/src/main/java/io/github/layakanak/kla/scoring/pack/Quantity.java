package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A number a rule pack holds (a maximum, a threshold) together with where it comes from.
 *
 * @param value      the number
 * @param provenance its source
 */
public record Quantity(BigDecimal value, Provenance provenance) {

    /**
     * Creates a quantity.
     *
     * @param value      the number
     * @param provenance its source
     * @throws NullPointerException if an argument is null
     */
    public Quantity {
        requireNonNull(value, "value");
        requireNonNull(provenance, "provenance");
    }
}
