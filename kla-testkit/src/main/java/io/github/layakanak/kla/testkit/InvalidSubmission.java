package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Submission;

/**
 * A submission that breaks exactly one admissibility rule, and where the validator reports it.
 *
 * @param submission the submission
 * @param constraint the simple name of the constraint broken, as
 *                   {@link io.github.layakanak.kla.model.validation.Violation#constraint()} gives it
 * @param pointer    the JSON pointer the violation is reported at
 * @param violation  what was broken, in words
 */
public record InvalidSubmission(Submission submission, String constraint, String pointer, String violation) {

    /**
     * Creates an invalid submission.
     *
     * @param submission the submission
     * @param constraint the constraint broken
     * @param pointer    where it is reported
     * @param violation  what was broken
     * @throws NullPointerException if an argument is null
     */
    public InvalidSubmission {
        requireNonNull(submission, "submission");
        requireNonNull(constraint, "constraint");
        requireNonNull(pointer, "pointer");
        requireNonNull(violation, "violation");
    }
}
