package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Points an indicator did not earn, and why: every point below an indicator's maximum is one loss's, so that a
 * scorecard's losses add up to exactly the pack's maximum minus its total.
 *
 * <p>A loss is an attribution, not a promise: a {@link Deficiency} says what one fix alone would gain, a loss says
 * where the missing points sit. An indicator rated at 75% of its ladder with no evidence that counts loses the
 * quarter above its rung ({@link Cause#BELOW_TOP}) and the three quarters its rung would earn with evidence
 * ({@link Cause#NO_EVIDENCE}). Each loss is rounded to the pack's scale; where rounding leaves hundredths over, they
 * go to the losses with the largest remainders, so that the sum stays exact.
 *
 * @param indicator the indicator's stable id
 * @param question  the question's code, for a question of an instrument-shaped indicator
 * @param item      the item's id, for an item of a composite
 * @param cause     why the points were lost
 * @param points    the points lost, at the pack's scale, above zero
 * @param reached   the rung the answer reached (for {@link Cause#BELOW_TOP}, and for evidence causes the rung the
 *                  evidence did not support)
 * @param next      for {@link Cause#BELOW_TOP}, the next rung up; empty at the top or for a rubric without rungs
 * @param evidence  the document concerned: the strongest one that does not count, for an evidence cause
 */
public record Loss(String indicator, Optional<String> question, Optional<String> item, Cause cause,
        BigDecimal points, Optional<Rung> reached, Optional<Rung> next, Optional<EvidenceOutcome> evidence) {

    /** Why points were lost. */
    public enum Cause {
        /** The indicator, question or item has no answer. */
        NOT_ANSWERED,
        /** The answer reached a rung below the top of its rubric's ladder. */
        BELOW_TOP,
        /** No document supports the answer (or the level it claims): there is none of a kind that could. */
        NO_EVIDENCE,
        /** The document that would support the answer is of a type the indicator does not accept. */
        EVIDENCE_NOT_ACCEPTED,
        /** The document that would support the answer was found invalid. */
        EVIDENCE_INVALID,
        /** The file of the document that would support the answer could not be found. */
        EVIDENCE_MISSING,
        /**
         * The regulation that would support the answer has no number or issue date, so no verifier can find it
         * valid.
         */
        WITHOUT_LEGALITY,
        /** The document that would support the answer has not been verified, and does not count at this stage. */
        EVIDENCE_PENDING,
        /** A verifier awarded the question fewer points than its maximum. */
        AWARDED_BELOW_MAX;

        /**
         * Tells whether the cause is about evidence: something a district can still change during a round.
         *
         * @return whether it is an evidence cause
         */
        public boolean isEvidence() {
            return this != NOT_ANSWERED && this != BELOW_TOP && this != AWARDED_BELOW_MAX;
        }
    }

    /**
     * Creates a loss.
     *
     * @param indicator the indicator
     * @param question  the question, or empty
     * @param item      the composite item, or empty
     * @param cause     why
     * @param points    the points lost
     * @param reached   the rung reached, or empty
     * @param next      the next rung up, or empty
     * @param evidence  the document, or empty
     * @throws NullPointerException if an argument is null
     */
    public Loss {
        requireNonNull(indicator, "indicator");
        requireNonNull(question, "question");
        requireNonNull(item, "item");
        requireNonNull(cause, "cause");
        requireNonNull(points, "points");
        requireNonNull(reached, "reached");
        requireNonNull(next, "next");
        requireNonNull(evidence, "evidence");
    }

    /** Returns a copy with other points. */
    Loss withPoints(BigDecimal newPoints) {
        return new Loss(indicator, question, item, cause, newPoints, reached, next, evidence);
    }
}
