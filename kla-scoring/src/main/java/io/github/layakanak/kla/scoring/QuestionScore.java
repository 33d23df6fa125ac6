package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.scoring.pack.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The points one question of an instrument-shaped indicator earned, and what they rest on.
 *
 * @param question the question's code
 * @param points   the points earned, at the pack's scale
 * @param max      the question's maximum
 * @param basis    what the points rest on: {@link Basis#NOT_ANSWERED}, {@link Basis#RATED},
 *                 {@link Basis#LIMITED_BY_EVIDENCE}, {@link Basis#NO_EVIDENCE} or {@link Basis#AWARDED}
 * @param value    the value declared, if any
 * @param option   the option chosen, if any
 * @param rating   the rubric's rating of the declaration; empty when nothing was rated
 * @param evidence how each document attached to the question stands at the stage (the indicator's own documents
 *                 count for every question too)
 */
public record QuestionScore(String question, BigDecimal points, BigDecimal max, Basis basis,
        Optional<IndicatorValue> value, Optional<String> option, Optional<Rating> rating,
        List<EvidenceOutcome> evidence) {

    /**
     * Creates a question score.
     *
     * @param question the code
     * @param points   the points
     * @param max      the maximum
     * @param basis    what the points rest on
     * @param value    the value, or empty
     * @param option   the option, or empty
     * @param rating   the rating, or empty
     * @param evidence the documents' standing
     * @throws NullPointerException if an argument is null
     */
    public QuestionScore {
        requireNonNull(question, "question");
        requireNonNull(points, "points");
        requireNonNull(max, "max");
        requireNonNull(basis, "basis");
        requireNonNull(value, "value");
        requireNonNull(option, "option");
        requireNonNull(rating, "rating");
        evidence = List.copyOf(evidence);
    }
}
