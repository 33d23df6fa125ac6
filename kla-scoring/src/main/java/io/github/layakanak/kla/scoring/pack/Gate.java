package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Stage;
import java.math.BigDecimal;

/**
 * The threshold a district must pass at a stage to go on to the next: in the 2022 pack, above 500 points after
 * the administrative verification to go on to the field verification.
 *
 * @param stage     the stage after which the gate applies
 * @param threshold the threshold, with provenance
 * @param inclusive whether a total equal to the threshold passes
 */
public record Gate(Stage stage, Quantity threshold, boolean inclusive) {

    /**
     * Creates a gate.
     *
     * @param stage     the stage after which it applies
     * @param threshold the threshold
     * @param inclusive whether the threshold itself passes
     * @throws NullPointerException if an argument is null
     */
    public Gate {
        requireNonNull(stage, "stage");
        requireNonNull(threshold, "threshold");
    }

    /**
     * Tells whether a total passes the gate.
     *
     * @param total the total
     * @return {@code true} when it passes
     */
    public boolean passes(BigDecimal total) {
        int c = total.compareTo(threshold.value());
        return c > 0 || (c == 0 && inclusive);
    }
}
