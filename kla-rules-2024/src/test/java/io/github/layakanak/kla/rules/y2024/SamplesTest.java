package io.github.layakanak.kla.rules.y2024;

import static io.github.layakanak.kla.testkit.ScoreCardAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The testkit's samples of the 2024 cycle are calibrated under this pack: each lands where its index says. */
class SamplesTest {

    private static final RulePack PACK = new Kla2024().rulePack();

    private static List<Samples.Sample> samples() {
        return Samples.forPack(Kla2024.PACK_ID);
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
    void holdsTheFiveDistrictsInTheRanksOfThe2024CycleWithTheTwoPublishedTotals() {
        Map<String, Rank> ranks = Map.of("batam-2024", Rank.NINDYA, "bengkalis-2024", Rank.MADYA, "kendari-2024",
                Rank.NINDYA, "banyuasin-2024", Rank.PRATAMA, "tanjung-jabung-barat-2024", Rank.MADYA);

        assertEquals(ranks.keySet(), samples().stream().map(Samples.Sample::name).collect(
                java.util.stream.Collectors.toSet()));
        ranks.forEach((name, rank) -> assertThat(ScoringEngine.score(PACK, Samples.get(name))).hasRank(rank));
        assertThat(ScoringEngine.score(PACK, Samples.get("batam-2024"))).hasTotal(new BigDecimal("770.16"));
        assertThat(ScoringEngine.score(PACK, Samples.get("bengkalis-2024"))).hasTotal(new BigDecimal("661.69"));
    }

    @Test
    void namesEveryDistrictAsThe2025RegionListDoes() {
        RegionRegistry regions = RegionRegistry.of(RegionEdition.KEMENDAGRI_2025);
        samples().forEach(sample -> {
            Submission submission = sample.submission();
            assertEquals(Kla2024.YEAR, submission.year(), sample.name());
            assertEquals(regions.get(sample.region()), submission.region(), sample.name());
        });
        assertEquals("Kota Batam", Samples.get("batam-2024").region().name());
        assertEquals("Kepulauan Riau", Samples.get("batam-2024").region().province());
    }

    @Test
    void labelsEveryDocumentAsSynthetic() {
        samples().forEach(sample -> sample.submission().answers().forEach(a -> a.allEvidence().forEach(e ->
                assertTrue(e.title().startsWith("Contoh sintetis: "), sample.name() + ": " + e.title()))));
    }

    @Test
    void givesBatamAsAVerifiersRecapWhoseStatedSubtotalsAddUp() {
        Submission batam = Samples.get("batam-2024");
        ScoreCard card = ScoringEngine.score(PACK, batam);

        assertEquals(7, batam.statedSectionPoints().size());
        for (Answer answer : batam.answers()) {
            assertTrue(answer.statedPoints().isPresent(), answer.indicator());
            answer.questions().forEach(q -> assertTrue(q.awardedPoints().isPresent() && q.option().isEmpty()
                    && q.value().isEmpty(), answer.indicator() + " " + q.question()));
        }
        assertEquals(List.of(), card.recapIssues());
    }

    @Test
    void keepsBatamWithoutAPerdaOnKla() {
        RulePack strict = PACK.withRankCondition(Kla2024.PERDA_FOR_UTAMA, true);
        ScoreCard card = ScoringEngine.score(strict, Samples.get("batam-2024"));

        assertFalse(card.conditions().get(0).met());
        assertFalse(card.conditions().get(0).capped(), "Nindya is below the condition's Utama");
        assertEquals(Rank.NINDYA, card.rank());
    }

    @Test
    void givesTheOtherDistrictsAsDeclarations() {
        for (String name : List.of("bengkalis-2024", "kendari-2024", "banyuasin-2024", "tanjung-jabung-barat-2024")) {
            Samples.get(name).answers().forEach(a -> a.questions().forEach(q -> assertTrue(
                    q.awardedPoints().isEmpty() && (q.option().isPresent() || q.value().isPresent()),
                    name + " " + a.indicator() + " " + q.question())));
        }
    }
}
