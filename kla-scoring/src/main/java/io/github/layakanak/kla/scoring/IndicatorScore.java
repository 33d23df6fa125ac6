package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.scoring.pack.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The points one indicator earned, and what they rest on: the value given, the rubric's rating of it (the rung
 * reached and the whole ladder), how each document stands at the stage, and for an indicator scored by the
 * questions of an instrument, each question's score. It holds no words: an
 * {@link Explainer} renders it in Indonesian or English.
 *
 * @param indicator the indicator's stable id
 * @param code      the number the pack's instrument prints for it
 * @param cluster   its section
 * @param points    the points earned, at the pack's scale when it rounds per indicator, exact when it rounds
 *                  only the total
 * @param max       its maximum
 * @param basis     what the points rest on
 * @param value     the value given, for an indicator scored by one rubric
 * @param rating    the rubric's rating of the value ({@link Basis#NO_EVIDENCE}: what it would earn with evidence);
 *                  empty when nothing was rated
 * @param evidence  how each document attached to the indicator as a whole stands at the stage
 * @param questions each question's score, for an indicator scored by questions; otherwise empty
 * @param capped    whether the questions' points added up to more than the maximum and were capped at it
 */
public record IndicatorScore(String indicator, String code, Cluster cluster, BigDecimal points, BigDecimal max,
        Basis basis, Optional<IndicatorValue> value, Optional<Rating> rating, List<EvidenceOutcome> evidence,
        List<QuestionScore> questions, boolean capped) {

    /**
     * Creates an indicator score.
     *
     * @param indicator the stable id
     * @param code      the printed number
     * @param cluster   the section
     * @param points    the points earned
     * @param max       the maximum
     * @param basis     what the points rest on
     * @param value     the value given, or empty
     * @param rating    the rating, or empty
     * @param evidence  the documents' standing
     * @param questions the question scores, possibly empty
     * @param capped    whether the questions' sum was capped
     * @throws NullPointerException if an argument is null
     */
    public IndicatorScore {
        requireNonNull(indicator, "indicator");
        requireNonNull(code, "code");
        requireNonNull(cluster, "cluster");
        requireNonNull(points, "points");
        requireNonNull(max, "max");
        requireNonNull(basis, "basis");
        requireNonNull(value, "value");
        requireNonNull(rating, "rating");
        evidence = List.copyOf(evidence);
        questions = List.copyOf(questions);
    }

    /**
     * Finds the score of one of its questions.
     *
     * @param code the question's code
     * @return its score, or empty
     */
    public Optional<QuestionScore> findQuestion(String code) {
        requireNonNull(code, "code");
        return questions.stream().filter(q -> q.question().equals(code)).findFirst();
    }
}
