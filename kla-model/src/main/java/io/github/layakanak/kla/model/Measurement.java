package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

/**
 * How an indicator is measured: its kind, which direction is better, and its unit.
 *
 * @param kind      the kind of measure
 * @param direction whether higher or lower values are better
 * @param unit      the unit of the value, such as {@code "%"} or {@code "facilities"}; empty when the measure
 *                  has none (a document level)
 */
public record Measurement(MeasurementKind kind, Direction direction, String unit) {

    /**
     * Creates a {@code Measurement}, copying its collections.
     *
     * @param kind the kind of measure
     * @param direction whether higher or lower values are better
     * @param unit the unit of the value, such as {@code "%"} or {@code "facilities"}; empty when the measure has none (a document level)
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Measurement {
        requireNonNull(kind, "kind");
        requireNonNull(direction, "direction");
        requireNonNull(unit, "unit");
    }

    /**
     * A measure where more is better, such as a coverage percentage.
     *
     * @param kind the kind of measure
     * @param unit the unit, possibly empty
     * @return the measurement
     */
    public static Measurement higherIsBetter(MeasurementKind kind, String unit) {
        return new Measurement(kind, Direction.HIGHER_IS_BETTER, unit);
    }

    /**
     * A measure where less is better, such as the child-marriage rate.
     *
     * @param kind the kind of measure
     * @param unit the unit, possibly empty
     * @return the measurement
     */
    public static Measurement lowerIsBetter(MeasurementKind kind, String unit) {
        return new Measurement(kind, Direction.LOWER_IS_BETTER, unit);
    }
}
