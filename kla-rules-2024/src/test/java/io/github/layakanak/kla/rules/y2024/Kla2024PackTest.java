package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Scope;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.ProvenanceSplit;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.rubric.BudgetSources;
import io.github.layakanak.kla.scoring.rubric.CountThresholds;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import io.github.layakanak.kla.scoring.rubric.FunctioningLadder;
import io.github.layakanak.kla.scoring.rubric.Options;
import io.github.layakanak.kla.scoring.rubric.Presence;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import io.github.layakanak.kla.scoring.rubric.TargetComparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Kla2024PackTest {

    private static final RulePack PACK = new Kla2024().rulePack();

    /** The stable ids in the order of the recap; the first twenty are kla-2022's. */
    static final List<String> IDS = List.of("kla-regulation", "kla-institution", "community-involvement",
            "birth-certificates", "child-information", "child-participation", "child-marriage",
            "family-consultation", "paud-hi", "alternative-care", "child-friendly-infrastructure",
            "facility-deliveries", "nutrition", "infant-feeding", "child-friendly-health-facilities",
            "water-sanitation", "smoke-free", "compulsory-education", "child-friendly-schools", "creativity-centres",
            "special-protection-prevention", "violence-exploitation-services", "child-labour",
            "pornography-drugs-hiv-services", "disaster-conflict-services", "disability-minority-services",
            "deviant-behaviour-services", "juvenile-diversion", "terrorism-stigma-services",
            "child-friendly-sub-districts", "child-friendly-villages");

    static final List<String> CODES = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
            "14", "15", "16", "17", "18", "19", "20", "21A", "21B", "21C", "22A", "22B", "23A", "23B", "24A", "24B",
            "25", "26");

    @Test
    void loadsThroughTheLinterAsThePackOfThe2024Cycle() {
        assertEquals(Kla2024.PACK_ID, PACK.id());
        assertEquals(List.of(Kla2024.YEAR), PACK.years());
        assertEquals(RegionEdition.KEMENDAGRI_2025, PACK.regionEdition());
        assertTrue(PACK.name().indonesian().contains("Rekap Penilaian Mandiri KLA 2024"), PACK.name().indonesian());
        assertEquals(PACK.sha256(), new Kla2024().rulePack().sha256());
    }

    @Test
    void scoresTheThirtyOneIndicatorRowsUnderTheirStableIdsAndCodes() {
        assertEquals(IDS, PACK.indicators().stream().map(IndicatorRule::id).toList());
        assertEquals(CODES, PACK.indicators().stream().map(r -> r.indicator().code()).toList());
        assertEquals("paud-hi", PACK.indicators().get(8).id(), "the recap numbers PAUD-HI 9");
        assertEquals("alternative-care", PACK.indicators().get(9).id(), "the recap numbers alternative care 10");
    }

    @Test
    void asksTheTwoHundredSeventyFourQuestionsOfTheRecapEveryOneScored() {
        assertEquals(274, PACK.indicators().stream().mapToInt(r -> r.questions().size()).sum());
        PACK.indicators().forEach(r -> {
            assertTrue(r.byQuestions(), r.id());
            assertTrue(r.rubric().isEmpty(), r.id());
        });
        assertEquals(List.of(63, 7, 8, 7, 9, 7, 3, 7, 4, 6, 7, 7, 6, 10, 6, 8, 10, 4, 13, 8, 10, 2, 5, 2, 4, 5, 2, 6,
                3, 15, 20), PACK.indicators().stream().map(r -> r.questions().size()).toList());
    }

    @Test
    void groupsTheIndicatorsInSevenSectionsWithTheRecapsMaxima() {
        Map<Cluster, Integer> sections = new LinkedHashMap<>();
        PACK.sections().forEach(s -> sections.put(s.cluster(), s.max().value().intValueExact()));

        assertEquals(List.of(Cluster.KELEMBAGAAN, Cluster.KLASTER_I, Cluster.KLASTER_II, Cluster.KLASTER_III,
                Cluster.KLASTER_IV, Cluster.KLASTER_V, Cluster.KELANA_DEKELA), List.copyOf(sections.keySet()));
        assertEquals(List.of(164, 115, 156, 150, 110, 205, 100), List.copyOf(sections.values()));
        Map<Cluster, Long> sizes = PACK.indicators().stream().collect(Collectors.groupingBy(
                r -> r.indicator().cluster(), Collectors.counting()));
        assertEquals(Map.of(Cluster.KELEMBAGAAN, 3L, Cluster.KLASTER_I, 3L, Cluster.KLASTER_II, 5L,
                Cluster.KLASTER_III, 6L, Cluster.KLASTER_IV, 3L, Cluster.KLASTER_V, 9L, Cluster.KELANA_DEKELA, 2L),
                sizes);
    }

    @Test
    void holdsTheIndicatorMaximaOfTheRecapThatAddUpTo1000() {
        assertEquals(List.of("96", "36", "32", "15", "45", "55", "36", "45", "13", "27", "35", "23", "20", "32", "20",
                "25", "30", "24", "51", "35", "83", "17", "22", "17", "18", "23", "4", "14", "7", "21", "79"),
                PACK.indicators().stream().map(r -> r.max().value().toPlainString()).toList());
        assertEquals(0, new BigDecimal("1000").compareTo(PACK.indicators().stream().map(r -> r.max().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(0, new BigDecimal("1000").compareTo(PACK.totalMax().value()));
    }

    @Test
    void capsIndicators19And21BWhoseQuestionsAddUpToMoreThanTheirMaximumAndSaysItIsAnInference() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (IndicatorRule rule : PACK.indicators()) {
            BigDecimal sum = rule.questions().stream().map(QuestionRule::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(rule.max().value()) != 0) {
                sums.put(rule.indicator().code(), sum.toPlainString() + ">" + rule.max().value().toPlainString());
            }
            assertEquals(sum.compareTo(rule.max().value()) > 0, rule.capProvenance().isPresent(), rule.id());
        }

        assertEquals(Map.of("19", "54.0>51", "21B", "18>17"), sums);
        for (String id : List.of("child-friendly-schools", "violence-exploitation-services")) {
            Provenance cap = PACK.indicator(id).capProvenance().orElseThrow();
            assertEquals(Provenance.Kind.HYPOTHETICAL, cap.kind(), id);
            assertTrue(cap.english().startsWith("inference:"), cap.english());
            assertTrue(cap.indonesian().startsWith("simpulan penyusun paket:"), cap.indonesian());
        }
    }

    @Test
    void labelsEveryMaximumSourcedFromTheRecapAndEveryAnswerFractionHypothetical() {
        for (IndicatorRule rule : PACK.indicators()) {
            assertSourcedFromTheRecap(rule.max().provenance(), rule.id());
            for (QuestionRule question : rule.questions()) {
                assertSourcedFromTheRecap(question.maxProvenance(), rule.id() + " " + question.code());
                Provenance rubric = question.rubric().provenance();
                assertEquals(Provenance.Kind.HYPOTHETICAL, rubric.kind(), rule.id() + " " + question.code());
                assertTrue(rubric.english().startsWith("points per answer option are not published"),
                        rubric.english());
                assertTrue(rubric.indonesian().startsWith("nilai per pilihan jawaban tidak dipublikasikan"),
                        rubric.indonesian());
            }
        }
        PACK.sections().forEach(s -> assertSourcedFromTheRecap(s.max().provenance(), s.cluster().name()));
        Provenance klasterI = PACK.sections().get(1).max().provenance();
        assertTrue(klasterI.english().contains("150, is a transcription error"), klasterI.english());
        assertTrue(klasterI.indonesian().contains("150, merupakan kesalahan penyalinan"), klasterI.indonesian());
        assertEquals(Provenance.Kind.HYPOTHETICAL, PACK.rounding().provenance().kind());
    }

    @Test
    void countsEveryMaximumSourcedAndEveryStepOfARubricHypothetical() {
        // provenanceCounts() counts each step of a rubric as a number: the 312 maxima (7 sections, 31 indicators,
        // 274 questions) and the gate are SOURCED, the total and the six bands OFFICIAL, and the 887 steps of the
        // questions' rubrics and the two caps HYPOTHETICAL.
        assertEquals(Map.of(Provenance.Kind.SOURCED, 313, Provenance.Kind.OFFICIAL, 7, Provenance.Kind.HYPOTHETICAL,
                889), PACK.provenanceCounts());
    }

    @Test
    void isMostlySourcedInItsMaximaAndHypotheticalInItsRubrics() {
        ProvenanceSplit split = PACK.provenanceSplit();

        assertEquals(Map.of(Provenance.Kind.SOURCED, 312, Provenance.Kind.OFFICIAL, 1, Provenance.Kind.HYPOTHETICAL, 2),
                split.maxima());
        assertEquals(Map.of(Provenance.Kind.SOURCED, 0, Provenance.Kind.OFFICIAL, 0, Provenance.Kind.HYPOTHETICAL, 887),
                split.rubrics());
        assertEquals(Map.of(Provenance.Kind.SOURCED, 1, Provenance.Kind.OFFICIAL, 6, Provenance.Kind.HYPOTHETICAL, 0),
                split.rules());
        assertEquals(PACK.provenanceCounts(), split.all());
    }

    private static void assertSourcedFromTheRecap(Provenance provenance, String what) {
        assertEquals(Provenance.Kind.SOURCED, provenance.kind(), what);
        for (String source : List.of(provenance.indonesian(), provenance.english())) {
            assertTrue(source.contains("github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php"), what);
            assertTrue(source.contains("Rekap Penilaian Mandiri KLA 2024"), what);
        }
    }

    @Test
    void carriesTheRecapsIndonesianNamesAndEnglishGlosses() {
        assertEquals("Pengembangan Anak Usia Dini Holistik dan Integratif (PAUD-HI)",
                PACK.indicator("paud-hi").indicator().nameId());
        assertEquals("Standardisasi Lembaga Pengasuhan Alternatif dan Pengasuhan Sementara",
                PACK.indicator("alternative-care").indicator().nameId());
        assertEquals("Penyelenggaraan KLA di Desa/Kelurahan",
                PACK.indicator("child-friendly-villages").indicator().nameId());
        PACK.indicators().forEach(r -> {
            assertFalse(r.indicator().nameEn().isBlank(), r.id());
            assertFalse(r.indicator().acceptedEvidence().isEmpty(), r.id());
            r.questions().forEach(q -> {
                assertFalse(q.question().topicId().isBlank(), r.id() + " " + q.code());
                assertFalse(q.question().topicEn().isBlank(), r.id() + " " + q.code());
            });
        });
    }

    @Test
    void keepsTheEvidenceScopeAndAgenciesOfEachQuestion() {
        QuestionRule budget = PACK.indicator("kla-regulation").findQuestion("3a").orElseThrow();
        assertEquals(List.of("budget extract signed by Bappeda"), budget.question().evidence());
        assertTrue(budget.evidenceRequired());
        QuestionRule forum = PACK.indicator("child-friendly-sub-districts").findQuestion("2").orElseThrow();
        assertEquals(Scope.KECAMATAN, forum.question().scope());
        assertEquals(List.of("matrix", "supporting document"), forum.question().evidence());
        assertEquals(List.of("DPPPAPPKB"), forum.question().agencies());
        assertEquals(Scope.DESA, PACK.indicator("child-friendly-villages").findQuestion("15").orElseThrow()
                .question().scope());
        QuestionRule perda = PACK.indicator("kla-regulation").findQuestion("1").orElseThrow();
        assertEquals(0, new BigDecimal("12").compareTo(perda.max()));
        assertTrue(perda.evidenceRequired(), "a regulation question needs its regulation, though the recap names none");
        assertEquals(List.of("JDIH", "Bagian Hukum", "DPPPAPPKB"), perda.question().agencies());
        Map<Scope, Long> scopes = PACK.indicators().stream().flatMap(r -> r.questions().stream())
                .collect(Collectors.groupingBy(q -> q.question().scope(), Collectors.counting()));
        assertEquals(Map.of(Scope.KABUPATEN_KOTA, 252L, Scope.KECAMATAN, 9L, Scope.DESA, 13L), scopes);
    }

    @Test
    void ratesRegulationsInQuarterStepsAndBudgetsAtOneOrTwoThirds() {
        DocumentLadder ladder = assertInstanceOf(DocumentLadder.class,
                PACK.indicator("kla-regulation").findQuestion("2f").orElseThrow().rubric());
        assertEquals(Map.of(DocumentLevel.PERDA, "1", DocumentLevel.PERKADA_OR_SK, "0.75",
                DocumentLevel.INSTRUCTION_OR_CIRCULAR, "0.5", DocumentLevel.DRAFT, "0.25", DocumentLevel.NONE, "0"),
                plain(ladder.fractions()));
        BudgetSources budget = assertInstanceOf(BudgetSources.class,
                PACK.indicator("kla-regulation").findQuestion("3z").orElseThrow().rubric());
        assertEquals(List.of("1", "0.66", "0"), List.of(budget.both(), budget.one(), budget.none()).stream()
                .map(f -> f.stripTrailingZeros().toPlainString()).toList());
        assertEquals(30, count(DocumentLadder.class));
        assertEquals(33, count(BudgetSources.class));
    }

    @Test
    void ratesSubDistrictAndVillageSharesProportionallyFewerCasesBeingBetter() {
        for (String id : List.of("child-friendly-sub-districts", "child-friendly-villages")) {
            for (QuestionRule q : PACK.indicator(id).questions()) {
                if (q.question().kind() == io.github.layakanak.kla.model.MeasurementKind.PERCENTAGE) {
                    Proportional rubric = assertInstanceOf(Proportional.class, q.rubric(), q.code());
                    boolean cases = q.question().topicEn().contains(" cases");
                    assertEquals(cases ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, rubric.direction(),
                            id + " " + q.code());
                }
            }
        }
    }

    @Test
    void ratesTheOtherAnswerKindsWithLabelledStandIns() {
        assertInstanceOf(FunctioningLadder.class,
                PACK.indicator("kla-institution").findQuestion("3").orElseThrow().rubric());
        Presence harmful = assertInstanceOf(Presence.class,
                PACK.indicator("smoke-free").findQuestion("5").orElseThrow().rubric());
        assertEquals(0, harmful.present().signum(), "accepting tobacco sponsorship earns nothing");
        assertEquals(0, BigDecimal.ONE.compareTo(harmful.absent()));
        TargetComparison deaths = assertInstanceOf(TargetComparison.class,
                PACK.indicator("facility-deliveries").findQuestion("4").orElseThrow().rubric());
        assertEquals(Direction.LOWER_IS_BETTER, deaths.direction());
        CountThresholds count = assertInstanceOf(CountThresholds.class,
                PACK.indicator("child-information").findQuestion("1").orElseThrow().rubric());
        assertEquals(List.of(0L, 1L, 3L, 5L, 10L), count.thresholds().stream()
                .map(CountThresholds.Threshold::atLeast).toList());
        Options evidence = assertInstanceOf(Options.class,
                PACK.indicator("community-involvement").findQuestion("1a").orElseThrow().rubric());
        assertEquals(List.of("PROVIDED", "PARTIAL", "NOT_PROVIDED"), evidence.options().stream().map(Options.Option::id)
                .toList());
        assertEquals(46, count(Options.class));
        assertEquals(15, count(FunctioningLadder.class));
        assertEquals(60, count(Presence.class));
    }

    @Test
    void acceptsRegulationsForTheRegulationIndicatorAndBudgetExtractsWhereBudgetsAreAsked() {
        Set<EvidenceType> regulation = PACK.indicator("kla-regulation").indicator().acceptedEvidence();
        assertTrue(regulation.containsAll(Set.of(EvidenceType.PERDA, EvidenceType.PERKADA, EvidenceType.SK,
                EvidenceType.INSTRUCTION, EvidenceType.CIRCULAR, EvidenceType.BUDGET_EXTRACT)), regulation.toString());
        assertTrue(PACK.indicator("kla-institution").indicator().acceptedEvidence().contains(EvidenceType.ACTION_PLAN));
    }

    @Test
    void declaresTheBandsStagesGateAndConventionOfThe2022Pack() {
        RankBands bands = PACK.bands();
        assertTrue(bands.convention().contains("500.00 to 600.00 Pratama; 600.01 to 700.00 Madya"));
        assertTrue(bands.convention().contains("inference"));
        assertEquals(List.of(Rank.NONE, Rank.PRATAMA, Rank.MADYA, Rank.NINDYA, Rank.UTAMA, Rank.KLA),
                bands.bands().stream().map(RankBands.Band::rank).toList());
        assertEquals(List.of(true, true, false, false, false, false),
                bands.bands().stream().map(RankBands.Band::fromInclusive).toList());
        assertEquals(Provenance.Kind.OFFICIAL, bands.provenance().kind());
        assertEquals(Set.of(VerificationStatus.PENDING, VerificationStatus.VALID),
                PACK.stageRules().counting().get(Stage.SELF_ASSESSMENT));
        assertEquals(Set.of(VerificationStatus.VALID), PACK.stageRules().counting().get(Stage.FINAL));
        assertTrue(PACK.stageRules().provenance().english().contains("the province does the administrative "
                + "verification"));
        Gate gate = PACK.findGate().orElseThrow();
        assertEquals(Stage.ADMINISTRATIVE_VERIFICATION, gate.stage());
        assertFalse(gate.passes(new BigDecimal("500.00")));
        assertTrue(gate.passes(new BigDecimal("500.01")));
        assertEquals(2, PACK.rounding().scale());
        assertEquals(RoundingMode.HALF_UP, PACK.rounding().mode());
        assertEquals(Rounding.Point.INDICATOR, PACK.rounding().at());
    }

    @Test
    void keepsThePerdaConditionOffByDefault() {
        RankCondition.EvidenceOfType condition = (RankCondition.EvidenceOfType) PACK.rankConditions().get(0);

        assertEquals(1, PACK.rankConditions().size());
        assertEquals(Kla2024.PERDA_FOR_UTAMA, condition.id());
        assertEquals(Rank.UTAMA, condition.rank());
        assertEquals("kla-regulation", condition.indicator());
        assertEquals(EvidenceType.PERDA, condition.evidenceType());
        assertFalse(condition.enabled());
        assertTrue(condition.provenance().english().contains("Batam"));
        RulePack strict = PACK.withRankCondition(Kla2024.PERDA_FOR_UTAMA, true);
        assertTrue(strict.rankConditions().get(0).enabled());
        assertNotEquals(PACK.sha256(), strict.sha256());
    }

    @Test
    void declaresTheRoundOf2023DataAwardedIn2025OnASourcedCalendar() {
        Round round = PACK.round();

        assertEquals(2024, round.evaluationYear());
        assertEquals(2023, round.dataYear());
        assertEquals(2025, round.awardYear());
        assertEquals(Provenance.Kind.SOURCED, round.provenance().kind());
        assertTrue(round.provenance().english().contains("province does the administrative verification"));
        assertEquals(List.of("SELF_ASSESSMENT", "FIELD_VERIFICATION", "AWARD"),
                round.calendar().stream().map(Round.Window::id).toList());
        assertEquals(LocalDate.of(2024, 5, 31), round.calendar().get(0).to());
        assertEquals(LocalDate.of(2025, 4, 1), round.calendar().get(1).from());
        assertEquals(LocalDate.of(2025, 5, 31), round.calendar().get(1).to());
        assertEquals(LocalDate.of(2025, 8, 8), round.calendar().get(2).from());
    }

    @Test
    void sectionsAreDeclaredInTheOrderOfTheRecap() {
        assertEquals(7, PACK.sections().size());
        assertEquals(Cluster.KELANA_DEKELA, PACK.sections().get(6).cluster());
        assertEquals(List.of("164", "115", "156", "150", "110", "205", "100"), PACK.sections().stream()
                .map(SectionRule::max).map(q -> q.value().toPlainString()).toList());
    }

    private static long count(Class<? extends Rubric> kind) {
        return PACK.indicators().stream().flatMap(r -> r.questions().stream()).filter(q -> kind.isInstance(q.rubric()))
                .count();
    }

    private static <K extends Enum<K>> Map<K, String> plain(Map<K, BigDecimal> fractions) {
        Map<K, String> plain = new LinkedHashMap<>();
        fractions.forEach((k, v) -> plain.put(k, v.stripTrailingZeros().toPlainString()));
        return plain;
    }
}
