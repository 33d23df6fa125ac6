package io.github.layakanak.kla.scoring.rubric;

import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rubric's rungs from the fewest points to the most, with the rating of each made once, so that rating a
 * response on a discrete rubric allocates nothing.
 */
final class Ladder {

    private final List<Rung> rungs;
    private final Map<String, Rating> ratings;

    private Ladder(List<Rung> rungs) {
        this.rungs = rungs;
        Map<String, Rating> byId = new HashMap<>();
        for (Rung rung : rungs) {
            byId.putIfAbsent(rung.id(), Rating.at(rung, rungs));
        }
        this.ratings = byId;
    }

    /** The ladder of some rungs, sorted by fraction; rungs of equal fractions keep their order. */
    static Ladder of(List<Rung> rungs) {
        List<Rung> sorted = new ArrayList<>(rungs);
        sorted.sort(Comparator.comparing(Rung::fraction));
        return new Ladder(List.copyOf(sorted));
    }

    List<Rung> rungs() {
        return rungs;
    }

    /** The rating of the rung of an id, which the rubric knows it has. */
    Rating rating(String id) {
        Rating rating = ratings.get(id);
        if (rating == null) {
            throw new IllegalStateException("the rubric has no rung [" + id + "]; its rungs are " + ids());
        }
        return rating;
    }

    Optional<Rung> find(String id) {
        return Optional.ofNullable(ratings.get(id)).map(Rating::rung);
    }

    private List<String> ids() {
        return rungs.stream().map(Rung::id).toList();
    }

    /** A number as rung ids and messages show it: {@code 90}, {@code 12.5}, never {@code 9E+1}. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
