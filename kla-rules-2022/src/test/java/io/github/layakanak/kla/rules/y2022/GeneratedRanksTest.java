package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Gen;
import io.github.layakanak.kla.testkit.Generators;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The testkit's generated 2022 submissions reach every rank, each in a useful share (issue 13). */
class GeneratedRanksTest {

    private static final RulePack PACK = new Kla2022().rulePack();

    private static Map<Rank, Integer> ranks(Gen<Submission> gen, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Rank, Integer> ranks = new EnumMap<>(Rank.class);
        for (Rank rank : Rank.values()) {
            ranks.put(rank, 0);
        }
        for (int i = 0; i < count; i++) {
            ranks.merge(ScoringEngine.score(PACK, gen.generate(random)).rank(), 1, Integer::sum);
        }
        return ranks;
    }

    @Test
    void spreadsTwoThousandSubmissionsOverEveryRank() {
        Map<Rank, Integer> ranks = ranks(Generators.submissions(PACK), 2000, 2022);
        System.out.printf(Locale.ROOT, "kla-2022: 2000 generated submissions by rank: %s%n", ranks);

        for (Map.Entry<Rank, Integer> rank : ranks.entrySet()) {
            // An even spread gives each of the six ranks about 333; at least 200 (10%) and at most 500 (25%) each.
            assertTrue(rank.getValue() >= 200 && rank.getValue() <= 500, () -> rank.getKey() + ": " + ranks);
        }
    }

    @Test
    void landsOnTheRankAimedAt() {
        for (Rank rank : Rank.values()) {
            Map<Rank, Integer> ranks = ranks(Generators.submissions(PACK, rank), 100, 2022 + rank.ordinal());

            assertEquals(100, ranks.get(rank), () -> "aimed at " + rank + ": " + ranks);
        }
    }
}
