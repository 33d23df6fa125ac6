package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.validation.Points;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A district's answer for one indicator: its value, its evidence and, where the year's instrument asks
 * questions, the answer to each.
 *
 * @param indicator    the stable id of the indicator ({@code "birth-certificates"})
 * @param value        the value declared for the indicator as a whole, when it has one
 * @param evidence     the documents attached to the indicator as a whole
 * @param questions    the answers to the indicator's questions, for instruments that ask them
 * @param statedPoints the indicator subtotal a recap states, which the engine checks against its questions
 * @param statedMax    the indicator maximum a recap states, which the engine checks against the rule pack's
 */
public record Answer(
        @Pattern(regexp = Indicator.ID_PATTERN, message = "{kla.IndicatorId.message}") String indicator,
        Optional<@Valid IndicatorValue> value,
        @Size(max = Answer.MAX_EVIDENCE, message = "{kla.Evidence.message}") List<@Valid Evidence> evidence,
        @Size(max = Answer.MAX_QUESTIONS, message = "{kla.Questions.message}") List<@Valid QuestionAnswer> questions,
        Optional<@Points BigDecimal> statedPoints,
        Optional<@Points BigDecimal> statedMax) {

    /** The most documents an answer, or one of its questions, may attach. */
    public static final int MAX_EVIDENCE = 200;

    /** The most questions an answer may answer; the 2024-cycle instrument has 274 in all. */
    public static final int MAX_QUESTIONS = 1000;

    /**
     * Creates an {@code Answer}, copying its collections.
     *
     * @param indicator the stable id of the indicator ({@code "birth-certificates"})
     * @param value the value declared for the indicator as a whole, when it has one
     * @param evidence the documents attached to the indicator as a whole
     * @param questions the answers to the indicator's questions, for instruments that ask them
     * @param statedPoints the indicator subtotal a recap states, which the engine checks against its questions
     * @param statedMax the indicator maximum a recap states, which the engine checks against the rule pack's
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Answer {
        requireNonNull(indicator, "indicator");
        requireNonNull(value, "value");
        evidence = List.copyOf(evidence);
        questions = List.copyOf(questions);
        requireNonNull(statedPoints, "statedPoints");
        requireNonNull(statedMax, "statedMax");
    }

    /**
     * Creates an {@code Answer} that states no maximum, as a district's declaration does.
     *
     * @param indicator the stable id of the indicator ({@code "birth-certificates"})
     * @param value the value declared for the indicator as a whole, when it has one
     * @param evidence the documents attached to the indicator as a whole
     * @param questions the answers to the indicator's questions, for instruments that ask them
     * @param statedPoints the indicator subtotal a recap states, which the engine checks against its questions
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Answer(String indicator, Optional<IndicatorValue> value, List<Evidence> evidence,
            List<QuestionAnswer> questions, Optional<BigDecimal> statedPoints) {
        this(indicator, value, evidence, questions, statedPoints, Optional.empty());
    }

    /**
     * An answer with a value and its evidence, and no questions.
     *
     * @param indicator the indicator's stable id
     * @param value     the value declared
     * @param evidence  the documents attached
     * @return the answer
     */
    public static Answer of(String indicator, IndicatorValue value, List<Evidence> evidence) {
        return new Answer(indicator, Optional.of(value), evidence, List.of(), Optional.empty());
    }

    /**
     * Returns every piece of evidence of this answer: the indicator's own, then each question's.
     *
     * @return the evidence, in that order
     */
    public Stream<Evidence> allEvidence() {
        return Stream.concat(evidence.stream(), questions.stream().flatMap(q -> q.evidence().stream()));
    }

    /**
     * Returns a copy with other evidence for the indicator as a whole.
     *
     * @param newEvidence the documents attached
     * @return the new answer
     */
    public Answer withEvidence(List<Evidence> newEvidence) {
        return new Answer(indicator, value, newEvidence, questions, statedPoints, statedMax);
    }
}
