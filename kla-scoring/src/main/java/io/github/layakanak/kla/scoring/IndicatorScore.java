package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import java.math.BigDecimal;
import java.util.List;

/**
 * The points one indicator earned, the rubric step that applied, and why.
 *
 * @param indicator   the indicator's stable id
 * @param code        the number the pack's instrument prints for it
 * @param cluster     its section
 * @param points      the points earned, at the pack's scale when it rounds per indicator, exact when it rounds
 *                    only the total
 * @param max         its maximum
 * @param step        the id of the rubric step that applied, or {@code "NOT_ANSWERED"}, {@code "NO_EVIDENCE"},
 *                    {@code "QUESTIONS"} for an indicator scored by its questions
 * @param questions   the score of each question, for an indicator scored by questions; otherwise empty
 * @param explanation why, in Indonesian and English, with the sources of the rules applied
 */
public record IndicatorScore(String indicator, String code, Cluster cluster, BigDecimal points, BigDecimal max,
        String step, List<QuestionScore> questions, Explanation explanation) {

    /**
     * Creates an indicator score.
     *
     * @param indicator   the stable id
     * @param code        the printed number
     * @param cluster     the section
     * @param points      the points earned
     * @param max         the maximum
     * @param step        the step applied
     * @param questions   the question scores, possibly empty
     * @param explanation the explanation
     * @throws NullPointerException if an argument is null
     */
    public IndicatorScore {
        requireNonNull(indicator, "indicator");
        requireNonNull(code, "code");
        requireNonNull(cluster, "cluster");
        requireNonNull(points, "points");
        requireNonNull(max, "max");
        requireNonNull(step, "step");
        questions = List.copyOf(questions);
        requireNonNull(explanation, "explanation");
    }
}
