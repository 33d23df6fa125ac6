package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.pack.Provenance;
import java.math.BigDecimal;

/**
 * The stage gate: whether the district goes on to the field verification.
 *
 * @param stage      the stage after which the gate applies
 * @param threshold  the threshold
 * @param inclusive  whether a total equal to the threshold passes
 * @param decided    whether the scorecard's stage is the gate's stage or later, so that the outcome is final;
 *                   before it, {@code proceeds} says what the current total would do
 * @param proceeds   whether the total passes the gate
 * @param provenance where the gate comes from
 */
public record GateOutcome(Stage stage, BigDecimal threshold, boolean inclusive, boolean decided, boolean proceeds,
        Provenance provenance) {

    /**
     * Creates a gate outcome.
     *
     * @param stage      the gate's stage
     * @param threshold  the threshold
     * @param inclusive  whether the threshold passes
     * @param decided    whether the outcome is final
     * @param proceeds   whether the total passes
     * @param provenance the gate's provenance
     * @throws NullPointerException if an argument is null
     */
    public GateOutcome {
        requireNonNull(stage, "stage");
        requireNonNull(threshold, "threshold");
        requireNonNull(provenance, "provenance");
    }
}
