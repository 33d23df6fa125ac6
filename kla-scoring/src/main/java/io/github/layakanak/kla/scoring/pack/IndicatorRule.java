package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Indicator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one indicator is scored: its maximum, and either one rubric for the whole indicator or the questions of
 * the year's instrument, whose points add up and are capped at the maximum.
 *
 * @param indicator        the indicator
 * @param max              the most points it can earn, with provenance
 * @param rubric           the rubric of the whole indicator; empty when it is scored by questions
 * @param questions        the question rules; empty when it is scored by one rubric
 * @param capProvenance    where the rule comes from that caps the questions' sum at the maximum; empty when
 *                         the questions cannot add up to more than the maximum
 * @param evidenceRequired whether the indicator's value earns points only with evidence that counts at the
 *                         stage (for one rubric; each question says so itself)
 */
public record IndicatorRule(Indicator indicator, Quantity max, Optional<Rubric> rubric,
        List<QuestionRule> questions, Optional<Provenance> capProvenance, boolean evidenceRequired) {

    /**
     * Creates an indicator rule.
     *
     * @param indicator        the indicator
     * @param max              its maximum
     * @param rubric           its rubric, or empty
     * @param questions        its question rules, or empty
     * @param capProvenance    the provenance of the cap, or empty
     * @param evidenceRequired whether evidence is required
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException unless exactly one of a rubric and questions is given
     */
    public IndicatorRule {
        requireNonNull(indicator, "indicator");
        requireNonNull(max, "max");
        requireNonNull(rubric, "rubric");
        questions = List.copyOf(questions);
        requireNonNull(capProvenance, "capProvenance");
        if (rubric.isPresent() == !questions.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "indicator [%s] must be scored by one rubric or by questions, but %s", indicator.id(),
                    rubric.isPresent() ? "has both" : "has neither"));
        }
    }

    /**
     * Returns the indicator's stable id.
     *
     * @return the id
     */
    public String id() {
        return indicator.id();
    }

    /**
     * Tells whether the indicator is scored by the questions of an instrument.
     *
     * @return {@code true} when it has question rules
     */
    public boolean byQuestions() {
        return !questions.isEmpty();
    }

    /**
     * Finds the rule of one of its questions.
     *
     * @param code the question's code
     * @return the rule, or empty
     */
    public Optional<QuestionRule> findQuestion(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
