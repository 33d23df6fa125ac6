package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.validation.AnswerGiven;
import io.github.layakanak.kla.model.validation.Points;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The answer to one question of the instrument, in either of two modes.
 *
 * <ul>
 *   <li>A district's <em>declaration</em>: the answer option it chose and/or the value it states, with
 *       evidence. The rule pack turns it into points.</li>
 *   <li>A verifier's <em>recap</em>: the points awarded for the question. The rule pack bounds them by the
 *       question's maximum and reports any that exceed it.</li>
 * </ul>
 *
 * @param question      the question's code within its indicator ({@code "2a"})
 * @param option        the answer option chosen, by its id in the rule pack, when the question has options
 * @param value         the value stated, when the question asks for one
 * @param awardedPoints the points a verifier awarded (recap mode)
 * @param evidence      the documents attached to this question
 * @param statedMax     the question's maximum as a recap states it, which the engine checks against the rule
 *                      pack's
 */
@AnswerGiven
public record QuestionAnswer(
        @Pattern(regexp = "[0-9]{1,2}[a-z]{0,3}", message = "{kla.QuestionCode.message}") String question,
        Optional<String> option,
        Optional<@Valid IndicatorValue> value,
        Optional<@Points BigDecimal> awardedPoints,
        @Size(max = Answer.MAX_EVIDENCE, message = "{kla.Evidence.message}") List<@Valid Evidence> evidence,
        Optional<@Points BigDecimal> statedMax) {

    /**
     * Creates a {@code QuestionAnswer}, copying its collections.
     *
     * @param question the question's code within its indicator ({@code "2a"})
     * @param option the answer option chosen, by its id in the rule pack, when the question has options
     * @param value the value stated, when the question asks for one
     * @param awardedPoints the points a verifier awarded (recap mode)
     * @param evidence the documents attached to this question
     * @param statedMax the question's maximum as a recap states it
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public QuestionAnswer {
        requireNonNull(question, "question");
        requireNonNull(option, "option");
        requireNonNull(value, "value");
        requireNonNull(awardedPoints, "awardedPoints");
        evidence = List.copyOf(evidence);
        requireNonNull(statedMax, "statedMax");
    }

    /**
     * Creates a {@code QuestionAnswer} that states no maximum, as a district's declaration does.
     *
     * @param question the question's code within its indicator ({@code "2a"})
     * @param option the answer option chosen, by its id in the rule pack, when the question has options
     * @param value the value stated, when the question asks for one
     * @param awardedPoints the points a verifier awarded (recap mode)
     * @param evidence the documents attached to this question
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public QuestionAnswer(String question, Optional<String> option, Optional<IndicatorValue> value,
            Optional<BigDecimal> awardedPoints, List<Evidence> evidence) {
        this(question, option, value, awardedPoints, evidence, Optional.empty());
    }

    /**
     * A declaration that chose an answer option.
     *
     * @param question the question's code
     * @param option   the option's id
     * @param evidence the documents attached
     * @return the answer
     */
    public static QuestionAnswer chose(String question, String option, List<Evidence> evidence) {
        return new QuestionAnswer(question, Optional.of(option), Optional.empty(), Optional.empty(), evidence);
    }

    /**
     * A verifier's recap line: the points awarded for the question.
     *
     * @param question      the question's code
     * @param awardedPoints the points awarded
     * @return the answer
     */
    public static QuestionAnswer awarded(String question, BigDecimal awardedPoints) {
        return new QuestionAnswer(question, Optional.empty(), Optional.empty(), Optional.of(awardedPoints),
                List.of());
    }
}
