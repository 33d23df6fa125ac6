package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One improvement of a {@link Plan}: one rung up an answer's ladder, or one piece of evidence made to count, with
 * what it gains in the order the plan takes the steps.
 *
 * @param indicator  the indicator's stable id
 * @param question   the question's code, for a question of an instrument-shaped indicator
 * @param item       the item's id, for an item of a composite
 * @param kind       what the step does
 * @param from       the rung the answer stands on before the step; empty when it is not answered yet
 * @param to         for {@link Kind#RUNG_UP}, the rung it reaches
 * @param evidence   for {@link Kind#EVIDENCE_FIXED}, the document that is made to count
 * @param added      for {@link Kind#EVIDENCE_ADDED}, the type of the document to attach
 * @param changeable whether a district can still take the step during the round: evidence, and a document's level
 *                   (a regulation to enact); a measured outcome (a percentage, a count, a budget) is the year's data,
 *                   which a round cannot change
 * @param effort     the step's effort under the plan's {@link Effort} table
 * @param gain       the points the total gains by the step, after the steps before it
 * @param total      the total after the step
 * @param rank       the rank after the step, with the pack's rank conditions
 */
public record Step(String indicator, Optional<String> question, Optional<String> item, Kind kind,
        Optional<Rung> from, Optional<Rung> to, Optional<EvidenceOutcome> evidence, Optional<EvidenceType> added,
        boolean changeable, BigDecimal effort, BigDecimal gain, BigDecimal total, Rank rank) {

    /** What a step does. */
    public enum Kind {
        /** The answer goes one rung up its rubric's ladder (from no answer: to the lowest rung). */
        RUNG_UP,
        /**
         * A document already attached is made to count: verified, mended, uploaded again, or given its number and
         * date of enactment.
         */
        EVIDENCE_FIXED,
        /** A document that counts is attached. */
        EVIDENCE_ADDED
    }

    /**
     * Creates a step.
     *
     * @param indicator  the indicator
     * @param question   the question, or empty
     * @param item       the composite item, or empty
     * @param kind       what it does
     * @param from       the rung before, or empty
     * @param to         the rung after, or empty
     * @param evidence   the document made to count, or empty
     * @param added      the type of document attached, or empty
     * @param changeable whether it can still be taken during the round
     * @param effort     its effort
     * @param gain       its gain
     * @param total      the total after it
     * @param rank       the rank after it
     * @throws NullPointerException if an argument is null
     */
    public Step {
        requireNonNull(indicator, "indicator");
        requireNonNull(question, "question");
        requireNonNull(item, "item");
        requireNonNull(kind, "kind");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(evidence, "evidence");
        requireNonNull(added, "added");
        requireNonNull(effort, "effort");
        requireNonNull(gain, "gain");
        requireNonNull(total, "total");
        requireNonNull(rank, "rank");
    }
}
