package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A finding of the recap check: a number a recap states that disagrees with its parts, with its own other numbers
 * or with the rule pack. Each disagreement is reported once; one that only carries up the disagreements of its
 * parts (a section whose indicators' stated subtotals are wrong) names them in {@link #causes()}.
 *
 * <p>{@code docs/recap-check.md} explains each kind with a small example.
 *
 * @param kind      what disagrees
 * @param pointer   the JSON pointer of the stated number in the submission
 * @param indicator the indicator concerned, when it is about one
 * @param question  the question concerned, when it is about one
 * @param section   the section concerned, when it is about one
 * @param stated    the number the recap states
 * @param expected  what kla expects there: the pack's maximum, or what the parts add up to
 * @param causes    the pointers of the findings this one carries up, in the same scorecard; empty when it stands
 *                  on its own
 */
public record RecapIssue(Kind kind, String pointer, Optional<String> indicator, Optional<String> question,
        Optional<Cluster> section, BigDecimal stated, BigDecimal expected, List<String> causes) {

    /** What disagrees. */
    public enum Kind {
        /** A question was awarded more than its maximum in the pack; the engine counts the maximum. */
        QUESTION_ABOVE_MAX,
        /** A question's stated maximum differs from the pack's. */
        QUESTION_MAX_MISMATCH,
        /** An indicator's stated maximum differs from the pack's. */
        INDICATOR_MAX_MISMATCH,
        /** An indicator's stated subtotal differs from what its questions (or its rubric) give. */
        INDICATOR_SUBTOTAL_MISMATCH,
        /** A section's stated maximum differs from the pack's. */
        SECTION_MAX_MISMATCH,
        /**
         * A section's stated subtotal differs from the sum of its indicators' stated subtotals: the recap's own
         * arithmetic. Checked when the recap states the subtotal of every answered indicator of the section.
         */
        SECTION_SUM_MISMATCH,
        /**
         * A section's stated subtotal differs from what its questions give; {@link #causes()} names the indicator
         * subtotals whose disagreement it carries up. Not reported when the section's own arithmetic
         * ({@link #SECTION_SUM_MISMATCH}) explains the whole difference.
         */
        SECTION_SUBTOTAL_MISMATCH,
        /** The stated total differs from the sum of the stated section subtotals (when every section has one). */
        TOTAL_SUM_MISMATCH,
        /**
         * The stated total differs from the total kla computes; {@link #causes()} names the section (or, where no
         * section is stated, indicator) findings it carries up. Not reported when {@link #TOTAL_SUM_MISMATCH}
         * explains the whole difference.
         */
        TOTAL_MISMATCH
    }

    /**
     * Creates a finding.
     *
     * @param kind      what disagrees
     * @param pointer   the JSON pointer of the stated number
     * @param indicator the indicator, or empty
     * @param question  the question, or empty
     * @param section   the section, or empty
     * @param stated    the stated number
     * @param expected  the pack's maximum or the sum of the parts
     * @param causes    the pointers of the findings this one carries up; copied
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
        causes = List.copyOf(causes);
    }

    /**
     * Creates a finding that stands on its own, carrying up no other.
     *
     * @param kind      what disagrees
     * @param pointer   the JSON pointer of the stated number
     * @param indicator the indicator, or empty
     * @param question  the question, or empty
     * @param section   the section, or empty
     * @param stated    the stated number
     * @param expected  the pack's maximum or the sum of the parts
     * @throws NullPointerException if an argument is null
     */
    public RecapIssue(Kind kind, String pointer, Optional<String> indicator, Optional<String> question,
            Optional<Cluster> section, BigDecimal stated, BigDecimal expected) {
        this(kind, pointer, indicator, question, section, stated, expected, List.of());
    }
}
