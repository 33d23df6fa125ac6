package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import java.math.BigDecimal;

/**
 * Where the score can still go while evidence is pending: the total and rank if every pending document is
 * rejected, and if every one is accepted. At the self-assessment no verifier has looked at any document, whatever
 * the district marked it: the lowest total counts none of them.
 *
 * @param lowest      the total if every pending document is rejected
 * @param lowestRank  the rank of that total
 * @param highest     the total if every pending document is accepted
 * @param highestRank the rank of that total
 */
public record ProvisionalRange(BigDecimal lowest, Rank lowestRank, BigDecimal highest, Rank highestRank) {

    /**
     * Creates a provisional range.
     *
     * @param lowest      the lowest total
     * @param lowestRank  its rank
     * @param highest     the highest total
     * @param highestRank its rank
     * @throws NullPointerException if an argument is null
     */
    public ProvisionalRange {
        requireNonNull(lowest, "lowest");
        requireNonNull(lowestRank, "lowestRank");
        requireNonNull(highest, "highest");
        requireNonNull(highestRank, "highestRank");
    }
}
