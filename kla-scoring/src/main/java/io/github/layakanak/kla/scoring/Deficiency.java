package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Something that costs a district points: an unanswered indicator or question, or evidence that is missing,
 * invalid, still pending or of a type the indicator does not accept, with the points it costs.
 *
 * <p>The cost of a document is what the district would gain if that document alone counted at the scorecard's
 * stage; the cost of missing evidence is what the value would gain with evidence; the cost of an unanswered
 * indicator or question is its maximum.
 *
 * @param indicator the indicator's stable id
 * @param question  the question's code, for a question of an instrument-shaped indicator
 * @param kind      what is wrong
 * @param evidence  the document concerned, when it is about one
 * @param cost      the points it costs
 */
public record Deficiency(String indicator, Optional<String> question, Kind kind, Optional<EvidenceOutcome> evidence,
        BigDecimal cost) {

    /** What is wrong. */
    public enum Kind {
        /** The indicator (or question) has no answer. */
        NOT_ANSWERED,
        /** The answer has no evidence at all, and the pack requires evidence. */
        NO_EVIDENCE,
        /** A verifier found the document invalid. */
        EVIDENCE_INVALID,
        /** The document's file could not be found. */
        EVIDENCE_MISSING,
        /** No verifier has checked the document yet, and pending documents do not count at this stage. */
        EVIDENCE_PENDING,
        /** The document's type does not count for this indicator. */
        EVIDENCE_NOT_ACCEPTED
    }

    /**
     * Creates a deficiency.
     *
     * @param indicator the indicator
     * @param question  the question, or empty
     * @param kind      what is wrong
     * @param evidence  the document, or empty
     * @param cost      the points it costs
     * @throws NullPointerException if an argument is null
     */
    public Deficiency {
        requireNonNull(indicator, "indicator");
        requireNonNull(question, "question");
        requireNonNull(kind, "kind");
        requireNonNull(evidence, "evidence");
        requireNonNull(cost, "cost");
    }
}
