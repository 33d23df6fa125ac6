package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.rubric.Composite;
import io.github.layakanak.kla.scoring.rubric.CountThresholds;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import io.github.layakanak.kla.scoring.rubric.FunctioningLadder;
import io.github.layakanak.kla.scoring.rubric.PercentBands;
import io.github.layakanak.kla.scoring.rubric.TargetComparison;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Kla2022PackTest {

    private static final RulePack PACK = new Kla2022().rulePack();

    /** The stable ids, in the order and with the numbering of the 2022 list. */
    static final List<String> IDS = List.of("kla-regulation", "kla-institution", "community-involvement",
            "birth-certificates", "child-information", "child-participation", "child-marriage",
            "family-consultation", "alternative-care", "paud-hi", "child-friendly-infrastructure",
            "facility-deliveries", "nutrition", "infant-feeding", "child-friendly-health-facilities",
            "water-sanitation", "smoke-free", "compulsory-education", "child-friendly-schools", "creativity-centres",
            "violence-exploitation-victims", "special-protection-victims", "disabilities",
            "justice-terrorism-stigma");

    @Test
    void loadsThroughTheLinterAsThePackOf2022() {
        assertEquals(Kla2022.PACK_ID, PACK.id());
        assertEquals(List.of(Kla2022.YEAR), PACK.years());
        assertEquals(RegionEdition.KEMENDAGRI_2021, PACK.regionEdition());
        assertTrue(PACK.name().indonesian().contains("Perpres 25/2021"), PACK.name().indonesian());
        assertEquals(PACK.sha256(), new Kla2022().rulePack().sha256());
    }

    @Test
    void scoresTheTwentyFourIndicatorsUnderTheirStableIdsAndThe2022Numbers() {
        assertEquals(IDS, PACK.indicators().stream().map(IndicatorRule::id).toList());
        assertEquals(IntStream.rangeClosed(1, 24).mapToObj(Integer::toString).toList(),
                PACK.indicators().stream().map(r -> r.indicator().code()).toList());
    }

    @Test
    void carriesTheOfficialIndonesianNamesAndEnglishGlosses() {
        assertEquals("Peraturan Daerah (Perda) tentang KLA", PACK.indicator("kla-regulation").indicator().nameId());
        assertEquals("Kepemilikan Kutipan Akta Kelahiran", PACK.indicator("birth-certificates").indicator().nameId());
        assertEquals("Birth-certificate coverage", PACK.indicator("birth-certificates").indicator().nameEn());
        assertEquals("Pusat Kreativitas Anak", PACK.indicator("creativity-centres").indicator().nameId());
        assertTrue(PACK.indicator("paud-hi").indicator().nameId().contains("PAUD-HI"));
        PACK.indicators().forEach(r -> {
            assertFalse(r.indicator().nameId().isBlank(), r.id());
            assertFalse(r.indicator().nameEn().isBlank(), r.id());
            assertFalse(r.indicator().acceptedEvidence().isEmpty(), r.id());
        });
    }

    @Test
    void groupsTheIndicatorsInClustersOfThreeThreeFiveSixThreeFour() {
        Map<Cluster, Long> sizes = PACK.indicators().stream()
                .collect(Collectors.groupingBy(r -> r.indicator().cluster(), () -> new EnumMap<>(Cluster.class),
                        Collectors.counting()));

        assertEquals(Map.of(Cluster.KELEMBAGAAN, 3L, Cluster.KLASTER_I, 3L, Cluster.KLASTER_II, 5L,
                Cluster.KLASTER_III, 6L, Cluster.KLASTER_IV, 3L, Cluster.KLASTER_V, 4L), sizes);
        assertEquals(List.of(Cluster.KELEMBAGAAN, Cluster.KLASTER_I, Cluster.KLASTER_II, Cluster.KLASTER_III,
                Cluster.KLASTER_IV, Cluster.KLASTER_V), PACK.sections().stream().map(SectionRule::cluster).toList());
    }

    @Test
    void holdsTheStandInMaximaThatAddUpTo1000() {
        Map<Cluster, Integer> sections = new LinkedHashMap<>();
        PACK.sections().forEach(s -> sections.put(s.cluster(), s.max().value().intValueExact()));
        List<Integer> indicators = PACK.indicators().stream().map(r -> r.max().value().intValueExact()).toList();

        assertEquals(Map.of(Cluster.KELEMBAGAAN, 150, Cluster.KLASTER_I, 120, Cluster.KLASTER_II, 200,
                Cluster.KLASTER_III, 240, Cluster.KLASTER_IV, 120, Cluster.KLASTER_V, 170), sections);
        assertEquals(List.of(50, 60, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
                45, 45, 40, 40), indicators);
        assertEquals(0, new BigDecimal("1000").compareTo(PACK.totalMax().value()));
    }

    @Test
    void labelsNoWeightFractionOrThresholdOfficial() {
        List<Provenance> numbers = new ArrayList<>();
        PACK.sections().forEach(s -> numbers.add(s.max().provenance()));
        PACK.indicators().forEach(r -> {
            numbers.add(r.max().provenance());
            numbers.add(r.rubric().orElseThrow().provenance());
        });

        assertEquals(6 + 24 + 24, numbers.size());
        numbers.forEach(p -> {
            assertEquals(Provenance.Kind.HYPOTHETICAL, p.kind(), p.english());
            assertTrue(p.english().contains("unpublished"), p.english());
            assertTrue(p.indonesian().contains("tidak dipublikasikan"), p.indonesian());
        });
        assertEquals(Provenance.Kind.HYPOTHETICAL, PACK.rounding().provenance().kind());
    }

    @Test
    void labelsTheBandsAndTheTotalOfficialTheGateSourcedAndTheStageRuleHypothetical() {
        assertEquals(Provenance.Kind.OFFICIAL, PACK.bands().provenance().kind());
        assertTrue(PACK.bands().provenance().english().contains("megapolitan.kompas.com 2022-09-20"));
        assertTrue(PACK.bands().provenance().english().contains("antaranews.com berita/3603408"));
        assertEquals(Provenance.Kind.OFFICIAL, PACK.totalMax().provenance().kind());
        // Which evidence counts at a stage is inferred from news of stage drops (#16).
        assertEquals(Provenance.Kind.HYPOTHETICAL, PACK.stageRules().provenance().kind());
        assertTrue(PACK.stageRules().provenance().english().contains("garut.inews.id/amp/57484"));
        // The 500 gate rests on a regency's report of the 2019 round, not on the ministry's word (#16).
        Provenance gate = PACK.findGate().orElseThrow().threshold().provenance();
        assertEquals(Provenance.Kind.SOURCED, gate.kind());
        assertTrue(gate.english().contains("bengkaliskab.go.id"), gate.english());
    }

    @Test
    void labelsTheIndicatorListOfficialWithPerpres25Of2021() throws Exception {
        JsonNode provenance;
        try (InputStream in = Kla2022.class.getResourceAsStream(Kla2022.PARAMETERS)) {
            provenance = new ObjectMapper().readTree(in).at("/provenances/indicator-list");
        }

        assertEquals("OFFICIAL", provenance.get("kind").asText());
        for (String language : List.of("id", "en")) {
            assertTrue(provenance.at("/source/" + language).asText().startsWith("Perpres 25/2021"), language);
            assertTrue(provenance.at("/source/" + language).asText().contains("3/3/5/6/3/4"), language);
        }
    }

    @Test
    void declaresTheDecimalConventionAndSaysItIsAnInference() {
        RankBands bands = PACK.bands();

        assertTrue(bands.convention().contains("500.00 to 600.00 Pratama; 600.01 to 700.00 Madya"),
                bands.convention());
        assertTrue(bands.convention().contains("inference"), bands.convention());
        assertEquals(List.of(Rank.NONE, Rank.PRATAMA, Rank.MADYA, Rank.NINDYA, Rank.UTAMA, Rank.KLA),
                bands.bands().stream().map(RankBands.Band::rank).toList());
        assertEquals(List.of(true, true, false, false, false, false),
                bands.bands().stream().map(RankBands.Band::fromInclusive).toList());
    }

    @Test
    void roundsTotalsToTwoDecimalsHalfUpAtEachIndicator() {
        assertEquals(2, PACK.rounding().scale());
        assertEquals(RoundingMode.HALF_UP, PACK.rounding().mode());
        assertEquals(Rounding.Point.INDICATOR, PACK.rounding().at());
    }

    @Test
    void countsPendingEvidenceAtTheSelfAssessmentAndOnlyValidEvidenceAtTheVerifications() {
        assertEquals(Set.of(VerificationStatus.PENDING, VerificationStatus.VALID),
                PACK.stageRules().counting().get(Stage.SELF_ASSESSMENT));
        for (Stage stage : List.of(Stage.ADMINISTRATIVE_VERIFICATION, Stage.FIELD_VERIFICATION, Stage.FINAL)) {
            assertEquals(Set.of(VerificationStatus.VALID), PACK.stageRules().counting().get(stage), stage.name());
        }
    }

    @Test
    void letsOnlyADistrictAbove500GoOnAfterTheAdministrativeVerification() {
        Gate gate = PACK.findGate().orElseThrow();

        assertEquals(Stage.ADMINISTRATIVE_VERIFICATION, gate.stage());
        assertEquals(0, new BigDecimal("500").compareTo(gate.threshold().value()));
        assertFalse(gate.inclusive());
        assertFalse(gate.passes(new BigDecimal("500.00")));
        assertTrue(gate.passes(new BigDecimal("500.01")));
    }

    @Test
    void keepsThePerdaConditionOffByDefaultAndSaysItIsUnconfirmed() {
        RankCondition.EvidenceOfType condition = (RankCondition.EvidenceOfType) PACK.rankConditions().get(0);

        assertEquals(1, PACK.rankConditions().size());
        assertEquals(Kla2022.PERDA_FOR_UTAMA, condition.id());
        assertEquals(Rank.UTAMA, condition.rank());
        assertEquals("kla-regulation", condition.indicator());
        assertEquals(EvidenceType.PERDA, condition.evidenceType());
        assertFalse(condition.enabled());
        assertEquals(Provenance.Kind.HYPOTHETICAL, condition.provenance().kind());
        assertTrue(condition.provenance().english().startsWith("unconfirmed"));
        assertTrue(condition.provenance().english().contains("Batam"));
    }

    @Test
    void switchesThePerdaConditionOnByItsPublicId() {
        RulePack strict = PACK.withRankCondition(Kla2022.PERDA_FOR_UTAMA, true);

        assertTrue(strict.rankConditions().get(0).enabled());
        assertNotEquals(PACK.sha256(), strict.sha256());
        assertFalse(PACK.rankConditions().get(0).enabled());
    }

    @Test
    void scoresThe2022RoundWith2021DataOnASourcedCalendar() {
        Round round = PACK.round();

        assertEquals(2022, round.evaluationYear());
        assertEquals(2021, round.dataYear());
        assertEquals(2022, round.awardYear());
        assertEquals(Provenance.Kind.SOURCED, round.provenance().kind());
        assertEquals(List.of("SELF_ASSESSMENT", "ADMINISTRATIVE_VERIFICATION", "FIELD_VERIFICATION", "AWARD"),
                round.calendar().stream().map(Round.Window::id).toList());
        Round.Window award = round.calendar().get(3);
        assertEquals(LocalDate.of(2022, 7, 22), award.from());
        assertEquals(LocalDate.of(2022, 6, 20), round.calendar().get(2).from());
    }

    @Test
    void ratesDocumentsFunctioningAndCoverageWithTheStandInFractions() {
        DocumentLadder ladder = assertInstanceOf(DocumentLadder.class,
                PACK.indicator("kla-regulation").rubric().orElseThrow());
        assertEquals(Map.of(DocumentLevel.PERDA, "1", DocumentLevel.PERKADA_OR_SK, "0.6",
                DocumentLevel.INSTRUCTION_OR_CIRCULAR, "0.4", DocumentLevel.DRAFT, "0.2", DocumentLevel.NONE, "0"),
                plain(ladder.fractions()));

        FunctioningLadder functioning = assertInstanceOf(FunctioningLadder.class,
                PACK.indicator("family-consultation").rubric().orElseThrow());
        assertEquals(Map.of(FunctioningLevel.FULL, "1", FunctioningLevel.PARTIAL, "0.5", FunctioningLevel.NONE, "0"),
                plain(functioning.fractions()));

        PercentBands coverage = assertInstanceOf(PercentBands.class,
                PACK.indicator("birth-certificates").rubric().orElseThrow());
        assertEquals(List.of("0:0", "25:0.25", "50:0.5", "75:0.75", "90:1"), coverage.bands().stream()
                .map(b -> b.from().stripTrailingZeros().toPlainString() + ":"
                        + b.fraction().stripTrailingZeros().toPlainString()).toList());
    }

    @Test
    void comparesChildMarriageAndStuntingWithHypotheticalTargetsLowerIsBetter() {
        for (String id : List.of("child-marriage", "nutrition")) {
            IndicatorRule rule = PACK.indicator(id);
            TargetComparison rubric = assertInstanceOf(TargetComparison.class,
                    rule.rubric().orElseThrow());
            assertEquals(Direction.LOWER_IS_BETTER, rubric.direction(), id);
            assertEquals(Direction.LOWER_IS_BETTER, rule.indicator().measurement().direction(), id);
            assertEquals(List.of("1", "0.5", "0"), List.of(rubric.atTarget(), rubric.improving(), rubric.worsening())
                    .stream().map(f -> f.stripTrailingZeros().toPlainString()).toList(), id);
            assertEquals(Provenance.Kind.HYPOTHETICAL, rubric.provenance().kind(), id);
        }
        assertEquals("8.74", ((TargetComparison) PACK.indicator("child-marriage").rubric().orElseThrow())
                .target().toPlainString());
        assertEquals("14", ((TargetComparison) PACK.indicator("nutrition").rubric().orElseThrow())
                .target().toPlainString());
    }

    @Test
    void scoresCompositesWhereTheBriefSaysCompositeAndCountsByThresholds() {
        for (String id : List.of("kla-institution", "child-participation", "smoke-free",
                "violence-exploitation-victims")) {
            assertInstanceOf(Composite.class, PACK.indicator(id).rubric().orElseThrow(), id);
            assertEquals(MeasurementKind.COMPOSITE, PACK.indicator(id).indicator().measurement().kind(), id);
        }
        assertEquals(List.of("task-force", "budget", "action-plan", "child-profile", "child-friendly-villages"),
                ((Composite) PACK.indicator("kla-institution").rubric().orElseThrow()).items().stream()
                        .map(Composite.Item::id).toList());
        for (String id : List.of("community-involvement", "child-information", "child-friendly-infrastructure",
                "creativity-centres")) {
            assertInstanceOf(CountThresholds.class, PACK.indicator(id).rubric().orElseThrow(), id);
            assertEquals(MeasurementKind.COUNT, PACK.indicator(id).indicator().measurement().kind(), id);
        }
    }

    @Test
    void measuresEachIndicatorAsItsRubricRates() {
        for (IndicatorRule rule : PACK.indicators()) {
            assertTrue(rule.rubric().orElseThrow().valueKinds().contains(rule.indicator().measurement().kind()),
                    rule.id());
        }
    }

    private static <K extends Enum<K>> Map<K, String> plain(Map<K, BigDecimal> fractions) {
        Map<K, String> plain = new LinkedHashMap<>();
        fractions.forEach((k, v) -> plain.put(k, v.stripTrailingZeros().toPlainString()));
        return plain;
    }
}
