package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An inconsistency in a verifier's recap: points awarded above a question's maximum, or a stated subtotal
 * that does not match what its parts add up to.
 *
 * @param kind      what is inconsistent
 * @param pointer   the JSON pointer of the stated number in the submission
 * @param indicator the indicator concerned, when it is about one
 * @param question  the question concerned, when it is about one
 * @param section   the section concerned, for a section subtotal
 * @param stated    the number the recap states
 * @param expected  the maximum (for points above it) or what the parts add up to (for a subtotal)
 */
public record RecapIssue(Kind kind, String pointer, Optional<String> indicator, Optional<String> question,
        Optional<Cluster> section, BigDecimal stated, BigDecimal expected) {

    /** What is inconsistent. */
    public enum Kind {
        /** A question was awarded more than its maximum; the engine counts the maximum. */
        QUESTION_ABOVE_MAX,
        /** An indicator subtotal differs from what its questions (or its rubric) give. */
        INDICATOR_SUBTOTAL_MISMATCH,
        /** A section subtotal differs from what its indicators add up to. */
        SECTION_SUBTOTAL_MISMATCH
    }

    /**
     * Creates a recap issue.
     *
     * @param kind      what is inconsistent
     * @param pointer   the JSON pointer of the stated number
     * @param indicator the indicator, or empty
     * @param question  the question, or empty
     * @param section   the section, or empty
     * @param stated    the stated number
     * @param expected  the maximum or the sum of the parts
     * @throws NullPointerException if an argument is null
     */
    public RecapIssue {
        requireNonNull(kind, "kind");
        requireNonNull(pointer, "pointer");
        requireNonNull(indicator, "indicator");
        requireNonNull(question, "question");
        requireNonNull(section, "section");
        requireNonNull(stated, "stated");
        requireNonNull(expected, "expected");
    }
}
