package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The point bands of the ranks and how a total on a boundary falls.
 *
 * <p>Each band starts where the one below it ends. Whether a boundary belongs to the band above or below is
 * the pack's declared convention: in the 2022 pack 500.00 and 600.00 are Pratama and 600.01 is Madya.
 *
 * @param bands      the bands in ascending order, the first starting at 0
 * @param convention the boundary convention in words, as the pack's documentation states it
 * @param provenance where the bands come from
 */
public record RankBands(List<Band> bands, String convention, Provenance provenance) {

    /**
     * One rank's band, from its lower bound up to the next band's.
     *
     * @param rank          the rank
     * @param from          the lower bound
     * @param fromInclusive whether a total equal to the lower bound is in this band (rather than the one below)
     */
    public record Band(Rank rank, BigDecimal from, boolean fromInclusive) {

        /**
         * Creates a band.
         *
         * @param rank          the rank
         * @param from          the lower bound
         * @param fromInclusive whether the lower bound is in the band
         * @throws NullPointerException if an argument is null
         */
        public Band {
            requireNonNull(rank, "rank");
            requireNonNull(from, "from");
        }

        /**
         * Tells whether a total is at or above this band's lower bound.
         *
         * @param total the total
         * @return {@code true} when the total reaches the band
         */
        public boolean reachedBy(BigDecimal total) {
            int c = total.compareTo(from);
            return c > 0 || (c == 0 && fromInclusive);
        }
    }

    /**
     * Creates rank bands.
     *
     * @param bands      the bands in ascending order
     * @param convention the boundary convention
     * @param provenance where they come from
     * @throws NullPointerException if an argument is null
     */
    public RankBands {
        bands = List.copyOf(bands);
        requireNonNull(convention, "convention");
        requireNonNull(provenance, "provenance");
    }

    /**
     * Returns the rank of a total.
     *
     * @param total the total
     * @return the rank of the highest band the total reaches, or {@link Rank#NONE} when it reaches none
     */
    public Rank rankOf(BigDecimal total) {
        requireNonNull(total, "total");
        Rank rank = Rank.NONE;
        for (Band band : bands) {
            if (band.reachedBy(total)) {
                rank = band.rank();
            }
        }
        return rank;
    }

    /**
     * Returns the highest rank the bands award below a rank: the rank a district keeps when a rank condition holds
     * it below that rank. A pack whose bands skip ranks awards none of them, so the rank kept is the next one down
     * that has a band.
     *
     * @param rank the rank
     * @return the highest rank below it that has a band, or {@link Rank#NONE} when none has
     */
    public Rank highestBelow(Rank rank) {
        requireNonNull(rank, "rank");
        Rank below = Rank.NONE;
        for (Band band : bands) {
            if (band.rank().compareTo(rank) < 0 && band.rank().compareTo(below) > 0) {
                below = band.rank();
            }
        }
        return below;
    }

    /**
     * Finds the band of a rank.
     *
     * @param rank the rank
     * @return its band, or empty when the pack awards no such rank
     */
    public Optional<Band> findBand(Rank rank) {
        return bands.stream().filter(b -> b.rank() == rank).findFirst();
    }
}
