package io.github.layakanak.kla.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor must give the engine's totals exactly, in hundredths, or its ratio to the engine means nothing.
 */
class FloorTest {

    private static final long[] SEEDS = {1L, 2L, 3L, 4L, 5L};
    private static final int PER_SEED = 500;

    private static RulePack pack;
    private static Floor floor;

    @BeforeAll
    static void readThePack() {
        pack = KlaCalls.discover2022();
        floor = Floor.of(pack);
    }

    @Test
    void agreesWithTheEngineOnEveryBundled2022Sample() {
        List<String> names = Samples.all().stream().map(Samples.Sample::name).filter(n -> !n.endsWith("-2024"))
                .toList();
        assertEquals(12, names.size(), () -> "the 2022 samples: " + names);
        assertEquals(Samples.forPack("kla-2022").stream().map(Samples.Sample::name).toList(), names);
        for (String name : names) {
            assertAgrees(name, Samples.get(name));
        }
    }

    @Test
    void agreesWithTheEngineOnTwoThousandFiveHundredGeneratedSubmissions() {
        int checked = 0;
        for (long seed : SEEDS) {
            List<Submission> generated = Batches.generated(pack, seed, PER_SEED);
            for (int i = 0; i < generated.size(); i++) {
                assertAgrees("seed " + seed + ", submission " + i, generated.get(i));
                checked++;
            }
        }
        assertEquals(2500, checked);
    }

    @Test
    void agreesWithTheEngineOnTheBenchmarkBatch() {
        List<Submission> batch = Batches.onePerRegion(pack, Batches.BATCH_SEED);
        assertEquals(514, batch.size());
        Set<String> regions = new HashSet<>();
        Set<Stage> stages = new HashSet<>();
        for (Submission submission : batch) {
            regions.add(submission.region().code());
            stages.add(submission.stage());
            assertAgrees("batch district " + submission.region().code(), submission);
        }
        assertEquals(514, regions.size(), "one district per region");
        assertEquals(Set.of(Stage.values()), stages, "every stage occurs in the batch");
    }

    @Test
    void capsTheClaimedDocumentLevelAtTheStrongestCountingDocument() {
        List<Submission> cases = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (DocumentLevel claimed : DocumentLevel.values()) {
                for (EvidenceType type : List.of(EvidenceType.PERDA, EvidenceType.SK, EvidenceType.CIRCULAR,
                        EvidenceType.OTHER, EvidenceType.REPORT)) {
                    for (Verification found : List.of(Verification.VALID, Verification.MISSING,
                            Verification.invalid("tanpa nomor"))) {
                        Evidence e = Evidence.of(type, "Dokumen", "1/2021", LocalDate.of(2021, 5, 1))
                                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, found);
                        cases.add(with(stage, Answer.of("kla-regulation", IndicatorValue.document(claimed),
                                List.of(e))));
                    }
                }
                cases.add(with(stage, Answer.of("kla-regulation", IndicatorValue.document(claimed), List.of())));
            }
        }
        cases.forEach(s -> assertAgrees(s.answers().toString(), s));
    }

    /**
     * The engine caps a claimed document level only where the indicator's own rubric is a document ladder: the
     * document-ladder item of the smoke-free composite earns the Perda claimed with nothing but a photo, while
     * the same claim for kla-regulation is capped at a draft. The floor follows the engine; if the engine starts
     * capping composite items too, this test fails first, and the floor must follow.
     */
    @Test
    void followsTheEngineInNotCappingADocumentItemOfAComposite() {
        Evidence photo = Evidence.of(EvidenceType.ACTIVITY_PHOTO, "Foto", "1/2021", LocalDate.of(2021, 5, 1))
                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID);
        Evidence other = Evidence.of(EvidenceType.OTHER, "Lainnya", "1/2021", LocalDate.of(2021, 5, 1))
                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID);
        Submission perdaClaimed = with(Stage.FINAL,
                Answer.of("smoke-free", new IndicatorValue.Composite(Map.of(
                        "regulation", IndicatorValue.document(DocumentLevel.PERDA),
                        "enforcement", IndicatorValue.functioning(FunctioningLevel.NONE))), List.of(photo)),
                Answer.of("kla-regulation", IndicatorValue.document(DocumentLevel.PERDA), List.of(other)));
        ScoreCard card = KlaCalls.score(pack, perdaClaimed);
        assertEquals(new BigDecimal("20.00"), card.findIndicator("smoke-free").orElseThrow().points());
        assertEquals(new BigDecimal("10.00"), card.findIndicator("kla-regulation").orElseThrow().points());
        assertAgrees("a Perda claimed with a photo", perdaClaimed);
    }

    @Test
    void meetsATargetExactlyAtItsValueAndComparesWithThePreviousYear() {
        List<Submission> cases = new ArrayList<>();
        Evidence report = Evidence.of(EvidenceType.REPORT, "Laporan", "1/2021", LocalDate.of(2021, 5, 1));
        for (String percent : List.of("0", "8.73", "8.74", "8.75", "9", "13.99", "14", "14.01", "100")) {
            for (Optional<BigDecimal> previous : List.of(Optional.<BigDecimal>empty(),
                    Optional.of(new BigDecimal("8.75")), Optional.of(new BigDecimal("14.00")),
                    Optional.of(new BigDecimal(percent)))) {
                IndicatorValue value = new IndicatorValue.Percentage(new BigDecimal(percent), previous);
                cases.add(with(Stage.SELF_ASSESSMENT, Answer.of("child-marriage", value, List.of(report)),
                        Answer.of("nutrition", value, List.of(report))));
            }
        }
        cases.forEach(s -> assertAgrees(s.answers().toString(), s));
    }

    @Test
    void landsOnEachBandEdgeAndWeighsCompositeItems() {
        List<Submission> cases = new ArrayList<>();
        Evidence sk = Evidence.of(EvidenceType.SK, "SK", "1/2021", LocalDate.of(2021, 5, 1));
        for (String percent : List.of("0", "24.99", "25", "49.99", "50", "74.99", "75", "89.99", "90", "100")) {
            IndicatorValue villages = IndicatorValue.percent(percent);
            for (FunctioningLevel level : FunctioningLevel.values()) {
                IndicatorValue composite = new IndicatorValue.Composite(Map.of(
                        "task-force", IndicatorValue.functioning(level),
                        "budget", new IndicatorValue.Budget(level != FunctioningLevel.NONE, true),
                        "child-friendly-villages", villages));
                cases.add(with(Stage.SELF_ASSESSMENT, Answer.of("kla-institution", composite, List.of(sk)),
                        Answer.of("birth-certificates", villages,
                                List.of(Evidence.of(EvidenceType.REPORT, "Laporan", "1/2021",
                                        LocalDate.of(2021, 5, 1))))));
            }
        }
        cases.forEach(s -> assertAgrees(s.answers().toString(), s));
    }

    /**
     * No indicator of the 2022 pack has exact points beyond two decimals, so there the rounding never changes a
     * value. A variant with proportional rubrics (child marriage, lower is better; the share of child victims
     * served, an item of weight 0.6 of 45 points, where 1.5% gives exactly 0.405) makes it matter.
     */
    @Test
    void roundsHalfUpLikeTheEngineUnderAVariantWithProportionalRubrics() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json;
        try (InputStream in = Kla2022.class.getResourceAsStream("kla-2022.json")) {
            json = mapper.readTree(in);
        }
        for (JsonNode indicator : json.get("indicators")) {
            String id = indicator.get("id").asText();
            if (id.equals("child-marriage")) {
                ((ObjectNode) indicator).set("rubric", mapper.createObjectNode().put("kind", "PROPORTIONAL")
                        .put("direction", "LOWER_IS_BETTER").put("provenance", "stand-in-target-child-marriage"));
            }
            if (id.equals("violence-exploitation-victims")) {
                ObjectNode item = (ObjectNode) indicator.get("rubric").get("items").get(0);
                assertEquals("victims-served", item.get("id").asText());
                item.set("rubric", mapper.createObjectNode().put("kind", "PROPORTIONAL")
                        .put("direction", "HIGHER_IS_BETTER"));
            }
        }
        RulePack variant = RulePackLoader.create().parse(mapper.writeValueAsString(json), "proportional variant");
        Floor variantFloor = Floor.of(variant);
        List<Submission> cases = new ArrayList<>(Batches.generated(variant, 7L, 1000));
        Evidence report = Evidence.of(EvidenceType.REPORT, "Laporan", "1/2021", LocalDate.of(2021, 5, 1));
        for (String percent : List.of("0", "0.5", "1.5", "12.34", "33.33", "50", "99.99", "100")) {
            IndicatorValue share = IndicatorValue.percent(percent);
            cases.add(with(Stage.SELF_ASSESSMENT, Answer.of("child-marriage", share, List.of(report)),
                    Answer.of("violence-exploitation-victims", new IndicatorValue.Composite(
                            Map.of("victims-served", share)), List.of(report))));
        }
        boolean roundingMattered = false;
        for (Submission submission : cases) {
            ScoreCard card = KlaCalls.score(variant, submission);
            Floor.District district = variantFloor.encode(submission);
            assertEquals(KlaCalls.totalHundredths(card), variantFloor.total(district),
                    () -> "variant: " + submission.answers());
            roundingMattered |= card.indicators().stream()
                    .anyMatch(i -> i.points().stripTrailingZeros().scale() > 1);
        }
        assertTrue(roundingMattered, "some indicator's points need both decimals");
    }

    @Test
    void refusesWhatItDoesNotSupport() {
        RulePack pack2024 = KlaCalls.read2024();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Floor.of(pack2024));
        assertTrue(e.getMessage().contains("scored by questions"), e.getMessage());
        Submission tooPrecise = with(Stage.SELF_ASSESSMENT, Answer.of("birth-certificates",
                IndicatorValue.percent("24.999"), List.of()));
        e = assertThrows(IllegalArgumentException.class, () -> floor.encode(tooPrecise));
        assertTrue(e.getMessage().contains("exact in hundredths"), e.getMessage());
    }

    private static Submission with(Stage stage, Answer... answers) {
        Region batam = Samples.get("batam").region();
        return new Submission(batam, 2022, stage, LocalDate.of(2022, 3, 31), List.of(answers), Map.of());
    }

    private static void assertAgrees(String what, Submission submission) {
        ScoreCard card = KlaCalls.score(pack, submission);
        Floor.District district = floor.encode(submission);
        long[] floorPoints = new long[floor.indicators()];
        for (int i = 0; i < floorPoints.length; i++) {
            floorPoints[i] = floor.points(district, i);
        }
        assertArrayEquals(KlaCalls.indicatorHundredths(card), floorPoints, () -> what + ": points per indicator");
        assertEquals(KlaCalls.totalHundredths(card), floor.total(district), () -> what + ": total");
    }
}
