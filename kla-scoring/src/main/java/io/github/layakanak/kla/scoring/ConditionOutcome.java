package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;

/**
 * How an enabled rank condition of the pack turned out for the district.
 *
 * @param condition the condition's id
 * @param rank      the lowest rank that needs it
 * @param met       whether the district meets it
 * @param capped    whether it held the district below the rank its total reaches
 */
public record ConditionOutcome(String condition, Rank rank, boolean met, boolean capped) {

    /**
     * Creates a condition outcome.
     *
     * @param condition the condition's id
     * @param rank      the rank that needs it
     * @param met       whether it is met
     * @param capped    whether it capped the rank
     * @throws NullPointerException if an argument is null
     */
    public ConditionOutcome {
        requireNonNull(condition, "condition");
        requireNonNull(rank, "rank");
    }
}
