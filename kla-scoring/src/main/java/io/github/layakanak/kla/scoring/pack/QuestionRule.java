package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Question;
import java.math.BigDecimal;

/**
 * How one question of an instrument-shaped indicator is scored.
 *
 * @param question         the question, with its code and maximum
 * @param maxProvenance    where the question's maximum comes from
 * @param rubric           how a district's declaration becomes a fraction of the maximum
 * @param evidenceRequired whether the declaration earns points only with evidence that counts at the stage
 */
public record QuestionRule(Question question, Provenance maxProvenance, Rubric rubric, boolean evidenceRequired) {

    /**
     * Creates a question rule.
     *
     * @param question         the question
     * @param maxProvenance    where its maximum comes from
     * @param rubric           its rubric
     * @param evidenceRequired whether evidence is required
     * @throws NullPointerException if an argument is null
     */
    public QuestionRule {
        requireNonNull(question, "question");
        requireNonNull(maxProvenance, "maxProvenance");
        requireNonNull(rubric, "rubric");
    }

    /**
     * Returns the question's code.
     *
     * @return the code, such as {@code "2a"}
     */
    public String code() {
        return question.code();
    }

    /**
     * Returns the most points the question can earn.
     *
     * @return the maximum
     */
    public BigDecimal max() {
        return question.maxPoints();
    }
}
