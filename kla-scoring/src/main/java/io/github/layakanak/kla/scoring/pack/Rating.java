package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where a response lands on a rubric: the rung reached, the fraction of the maximum it earns, the rubric's whole
 * ladder, and for a composite the rating of each sub-item.
 *
 * <p>The fraction is the rung's own, except for a rubric that interpolates (a score proportional to a
 * percentage lands between the ends of its ladder) or combines (a weighted composite).
 *
 * @param rung     the rung reached
 * @param fraction the fraction of the maximum earned, from 0 to 1
 * @param ladder   every rung of the rubric, from the fewest points to the most
 * @param parts    for a composite, each sub-item in the rubric's order; otherwise empty
 */
public record Rating(Rung rung, BigDecimal fraction, List<Rung> ladder, List<Part> parts) {

    /**
     * One sub-item of a composite: its weight, and its rating when the response gives it.
     *
     * @param item   the item's id
     * @param weight its weight, the share of the indicator's maximum it carries
     * @param rating its rating; empty when the response does not give the item, which then earns nothing
     */
    public record Part(String item, BigDecimal weight, Optional<Rating> rating) {

        /**
         * Creates a part.
         *
         * @param item   the item's id
         * @param weight its weight
         * @param rating its rating, or empty
         * @throws NullPointerException if an argument is null
         */
        public Part {
            requireNonNull(item, "item");
            requireNonNull(weight, "weight");
            requireNonNull(rating, "rating");
        }
    }

    /**
     * Creates a rating.
     *
     * @param rung     the rung reached
     * @param fraction the fraction earned
     * @param ladder   the rubric's ladder
     * @param parts    the sub-items, possibly empty
     * @throws NullPointerException if an argument is null
     */
    public Rating {
        requireNonNull(rung, "rung");
        requireNonNull(fraction, "fraction");
        ladder = List.copyOf(ladder);
        parts = List.copyOf(parts);
    }

    /**
     * The rating of a rung that earns its own fraction.
     *
     * @param rung   the rung
     * @param ladder the rubric's ladder
     * @return the rating
     */
    public static Rating at(Rung rung, List<Rung> ladder) {
        return new Rating(rung, rung.fraction(), ladder, List.of());
    }

    /**
     * Returns the next rung up: the one that earns the least among those that earn more than this rating.
     *
     * @return the next rung, or empty when nothing on the ladder earns more
     */
    public Optional<Rung> next() {
        // The ladder runs from the fewest points to the most: the first rung above this rating's that earns more.
        // A rating on a rung of the ladder starts after that rung (found by identity: most ratings are of the
        // rubric's own rungs), one between rungs from the bottom.
        int from = 0;
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i) == rung) {
                from = i + 1;
                break;
            }
        }
        for (int i = from; i < ladder.size(); i++) {
            Rung candidate = ladder.get(i);
            if (candidate.fraction().compareTo(fraction) > 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
