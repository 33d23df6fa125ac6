package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.ProvisionalRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What puts a district's rank at risk: how far its total stands above the band below, and the documents whose
 * rejection at the next verification would cost the rank.
 *
 * @param total       the scorecard's total
 * @param rank        its rank
 * @param margin      the points the district can lose and keep its rank: the total minus the lowest total of the
 *                    rank (and of the gate, for a rank above none); zero for no rank
 * @param provisional the total and rank if every pending document is rejected, or accepted
 * @param documents   every document that counts now, with what its rejection alone would cost: those whose
 *                    rejection alone costs the rank first, then the rest, each group the costliest first
 * @param fewest      the fewest documents found whose rejection together costs the rank, taking the costliest
 *                    first; empty when rejecting every document that counts keeps it
 */
public record AtRisk(BigDecimal total, Rank rank, BigDecimal margin, ProvisionalRange provisional,
        List<Exposure> documents, List<Exposure> fewest) {

    /**
     * One document that counts, and what its rejection would cost.
     *
     * @param indicator the indicator's stable id
     * @param question  the question's code, for a document of one question
     * @param evidence  the document
     * @param cost      the points the total loses if it alone is rejected
     * @param rankAfter the rank after that rejection
     */
    public record Exposure(String indicator, Optional<String> question, EvidenceOutcome evidence, BigDecimal cost,
            Rank rankAfter) {

        /**
         * Creates an exposure.
         *
         * @param indicator the indicator
         * @param question  the question, or empty
         * @param evidence  the document
         * @param cost      the points its rejection costs
         * @param rankAfter the rank after its rejection
         * @throws NullPointerException if an argument is null
         */
        public Exposure {
            requireNonNull(indicator, "indicator");
            requireNonNull(question, "question");
            requireNonNull(evidence, "evidence");
            requireNonNull(cost, "cost");
            requireNonNull(rankAfter, "rankAfter");
        }
    }

    /**
     * Creates the risks.
     *
     * @param total       the total
     * @param rank        the rank
     * @param margin      the margin to the band below
     * @param provisional the provisional range
     * @param documents   the documents that count
     * @param fewest      the fewest whose rejection costs the rank
     * @throws NullPointerException if an argument is null
     */
    public AtRisk {
        requireNonNull(total, "total");
        requireNonNull(rank, "rank");
        requireNonNull(margin, "margin");
        requireNonNull(provisional, "provisional");
        documents = List.copyOf(documents);
        fewest = List.copyOf(fewest);
    }
}
