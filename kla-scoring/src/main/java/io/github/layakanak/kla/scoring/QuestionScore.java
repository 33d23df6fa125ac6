package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The points one question of an instrument-shaped indicator earned.
 *
 * @param question the question's code
 * @param points   the points earned
 * @param max      the question's maximum
 * @param step     the id of the rubric step that applied, {@code "AWARDED"} for a verifier's recap, or
 *                 {@code "NOT_ANSWERED"}, {@code "NO_EVIDENCE"}
 * @param source   how the points came about
 */
public record QuestionScore(String question, BigDecimal points, BigDecimal max, String step, Source source) {

    /** How a question's points came about. */
    public enum Source {
        /** Rated from the district's declaration by the question's rubric. */
        DECLARED,
        /** Awarded by a verifier in a recap, bounded by the maximum. */
        AWARDED,
        /** Not answered. */
        NOT_ANSWERED
    }

    /**
     * Creates a question score.
     *
     * @param question the code
     * @param points   the points
     * @param max      the maximum
     * @param step     the step applied
     * @param source   how the points came about
     * @throws NullPointerException if an argument is null
     */
    public QuestionScore {
        requireNonNull(question, "question");
        requireNonNull(points, "points");
        requireNonNull(max, "max");
        requireNonNull(step, "step");
        requireNonNull(source, "source");
    }
}
