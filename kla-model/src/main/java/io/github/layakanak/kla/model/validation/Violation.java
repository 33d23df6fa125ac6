package io.github.layakanak.kla.model.validation;

import static java.util.Objects.requireNonNull;

/**
 * One rule a submission breaks, located by the JSON pointer of the field at fault.
 *
 * @param pointer    the JSON pointer (RFC 6901) of the field in the submission's JSON, such as
 *                   {@code /answers/3/evidence/0/issuedOn}; empty for the submission as a whole
 * @param message    what is expected there, in the validator's language
 * @param constraint the simple name of the constraint broken, such as {@code Percent}
 */
public record Violation(String pointer, String message, String constraint) {

    /**
     * Creates a {@code Violation}, copying its collections.
     *
     * @param pointer the JSON pointer (RFC 6901) of the field in the submission's JSON, such as {@code /answers/3/evidence/0/issuedOn}; empty for the submission as a whole
     * @param message what is expected there, in the validator's language
     * @param constraint the simple name of the constraint broken, such as {@code Percent}
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Violation {
        requireNonNull(pointer, "pointer");
        requireNonNull(message, "message");
        requireNonNull(constraint, "constraint");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
