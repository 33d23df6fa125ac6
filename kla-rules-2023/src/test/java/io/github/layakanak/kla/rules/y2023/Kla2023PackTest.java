package io.github.layakanak.kla.rules.y2023;

import static io.github.layakanak.kla.testkit.ScoreCardAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import io.github.layakanak.kla.samples.Samples;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The 2023 round: the 2022 pack's structure and numbers, the 2023 round's rules, in one derived file. */
class Kla2023PackTest {

    private static final RulePack PACK = new Kla2023().rulePack();
    private static final RulePack Y2022 = new Kla2022().rulePack();

    @Test
    void keepsThe2022IndicatorsWeightsAndBands() {
        assertEquals(Y2022.indicators(), PACK.indicators());
        assertEquals(Y2022.sections(), PACK.sections());
        assertEquals(Y2022.totalMax(), PACK.totalMax());
        assertEquals(Y2022.bands(), PACK.bands());
        assertEquals(Y2022.rounding(), PACK.rounding());
        assertEquals(Y2022.rankConditions(), PACK.rankConditions());
        assertEquals(Y2022.stageRules().counting(), PACK.stageRules().counting());
        assertEquals(Y2022.provenanceSplit().maxima(), PACK.provenanceSplit().maxima());
    }

    @Test
    void governs2023AndScores2022Data() {
        assertEquals(List.of(2023), PACK.years());
        assertEquals(2022, PACK.round().dataYear());
        assertEquals(2023, PACK.round().awardYear());
        assertEquals(RegionEdition.KEMENDAGRI_2025, PACK.regionEdition());
        assertNotEquals(Y2022.sha256(), PACK.sha256());
    }

    @Test
    void hasTheProvincesAdministrativeVerificationInAprilWithItsSource() {
        var window = PACK.round().calendar().get(0);
        assertEquals(LocalDate.of(2023, 4, 1), window.from());
        assertEquals(LocalDate.of(2023, 4, 30), window.to());
        assertEquals("Verifikasi Administrasi (oleh provinsi)", window.label().indonesian());
        Provenance round = PACK.round().provenance();
        assertEquals(Provenance.Kind.SOURCED, round.kind());
        assertTrue(round.english().contains("Kepmen PPPA 21/2023"), round.english());
        assertTrue(round.english().contains("mnctrijaya.com/news/detail/60473"), round.english());
    }

    @Test
    void labelsTheGateSourcedAndTheStageRuleHypotheticalNamingTheProvince() {
        Provenance gate = PACK.findGate().orElseThrow().threshold().provenance();
        assertEquals(Provenance.Kind.SOURCED, gate.kind());
        assertTrue(gate.english().contains("by the province from 2023"), gate.english());
        Provenance stages = PACK.stageRules().provenance();
        assertEquals(Provenance.Kind.HYPOTHETICAL, stages.kind());
        assertTrue(stages.english().contains("the province does the administrative verification"), stages.english());
    }

    @Test
    void isFoundByTheYear2023AndDeclaresWhatItProvides() {
        assertEquals(Kla2023.PACK_ID, RulePacks.discover().forYear(2023).id());
        assertEquals(Kla2022.PACK_ID, RulePacks.discover().forYear(2022).id());
        assertEquals(Optional.of(new RulePackProvider.Declaration(PACK.id(), PACK.years())),
                new Kla2023().declaration());
    }

    /** Every 2022 sample, moved to the 2023 round, lands where it lands under kla-2022: no rule of scoring moved. */
    @TestFactory
    Stream<DynamicTest> everySampleOf2022ScoresTheSameInThe2023Round() {
        return Samples.forPack(Kla2022.PACK_ID).stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            ScoreCard in2022 = ScoringEngine.score(Y2022, sample.submission());
            ScoreCard in2023 = ScoringEngine.score(PACK, movedTo2023(sample.submission()));
            assertThat(in2023).hasTotal(in2022.total()).hasRank(in2022.rank());
            assertEquals(in2022.indicators().size(), in2023.indicators().size());
        }));
    }

    /** The submission a year later: its region in the 2025 list, its dates a year on. */
    static Submission movedTo2023(Submission submission) {
        RegionRegistry regions = RegionRegistry.of(RegionEdition.KEMENDAGRI_2025);
        List<Answer> answers = submission.answers().stream().map(answer -> new Answer(answer.indicator(),
                answer.value(), answer.evidence().stream().map(Kla2023PackTest::aYearOn).toList(),
                answer.questions(), answer.statedPoints())).toList();
        return new Submission(regions.get(submission.region().code()), 2023, submission.stage(),
                submission.submittedOn().plusYears(1), answers, submission.statedSectionPoints());
    }

    private static Evidence aYearOn(Evidence evidence) {
        return new Evidence(evidence.type(), evidence.title(), evidence.number(),
                evidence.issuedOn().map(date -> date.plusYears(1)), evidence.issuer(), evidence.link(),
                evidence.sha256(), evidence.verification());
    }
}
