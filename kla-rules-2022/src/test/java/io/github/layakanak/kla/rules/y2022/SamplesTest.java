package io.github.layakanak.kla.rules.y2022;

import static io.github.layakanak.kla.testkit.ScoreCardAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The testkit's samples of this pack are calibrated under it: each lands where its index says. Samples of other
 * packs (such as {@code batam-2024}) are checked by their own pack's tests.
 */
class SamplesTest {

    private static final RulePack PACK = new Kla2022().rulePack();

    private static List<Samples.Sample> samples() {
        return Samples.forPack(Kla2022.PACK_ID);
    }

    @TestFactory
    Stream<DynamicTest> everySampleLandsInItsStatedRankAndTotal() {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            assertEquals(List.of(), SubmissionValidator.create().validate(sample.submission()));
            assertThat(ScoringEngine.score(PACK, sample.submission()))
                    .hasRank(sample.expectedRank())
                    .hasTotal(sample.expectedTotal());
        }));
    }

    @Test
    void theFiveDistrictsLandInTheRanksTheyReceivedOrTargeted() {
        Map<String, Rank> ranks = Map.of("batam", Rank.NINDYA, "kendari", Rank.NINDYA, "bengkalis", Rank.PRATAMA,
                "banyuasin", Rank.PRATAMA, "tanjung-jabung-barat", Rank.MADYA);

        ranks.forEach((name, rank) -> assertThat(ScoringEngine.score(PACK, Samples.get(name))).hasRank(rank));
    }

    @Test
    void labelsEveryDocumentAsSynthetic() {
        samples().forEach(sample -> sample.submission().answers().forEach(a -> a.allEvidence().forEach(e ->
                assertTrue(e.title().startsWith("Contoh sintetis: "), sample.name() + ": " + e.title()))));
    }

    @Test
    void hasOneSampleOnEveryBandEdge() {
        for (String edge : List.of("500.00", "600.00", "700.00", "800.00", "900.00")) {
            assertTrue(samples().stream().anyMatch(s -> s.expectedTotal().compareTo(new java.math.BigDecimal(edge))
                    == 0), edge);
        }
    }
}
