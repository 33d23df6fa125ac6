package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoreComparison;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases as data for the planner, the risks and the comparison of two stages: each file in
 * {@code src/test/resources/plans} names a sample or a scoring case, what to ask, and the fields of the answer's
 * JSON it expects (numbers by value; {@code stepCount} is the number of steps). A plan the case expects to be
 * reached is also applied and scored.
 */
class PlanGoldenCasesTest {

    private static final RulePack PACK = new Kla2022().rulePack();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RESOURCES = Path.of("src/test/resources");

    @TestFactory
    Stream<DynamicTest> everyCaseHolds() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(RESOURCES.resolve("plans"))) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode test = JSON.readTree(file.toFile());
            Submission submission = submission(test, "sample", "case");
            Object answer = switch (test.get("kind").asText()) {
                case "plan" -> plan(test, submission);
                case "atRisk" -> Planner.atRisk(ScoringEngine.check(PACK, submission));
                case "compare" -> compare(submission, submission(test, "laterSample", "later"));
                default -> throw new AssertionError("unknown kind " + test.get("kind"));
            };
            assertEquals(List.of(), differences(test.get("expected"), JSON.readTree(KlaJson.write(answer))),
                    test.get("name").asText());
        }));
    }

    /** The comparison, and each indicator's change explained: the losses that grew cover each fall. */
    private static ScoreComparison compare(Submission earlier, Submission later) {
        ScoreComparison comparison = ScoringEngine.compare(ScoringEngine.score(PACK, earlier),
                ScoringEngine.score(PACK, later));
        for (ScoreComparison.IndicatorChange change : comparison.indicators()) {
            BigDecimal causes = change.causes().stream().map(Loss::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertTrue(causes.compareTo(change.change().abs()) >= 0, change.indicator() + ": " + change.causes());
        }
        return comparison;
    }

    private static Plan plan(JsonNode test, Submission submission) {
        PlanRequest request = PlanRequest.nextRank().documentsOnly(test.path("documentsOnly").asBoolean(false));
        if (test.has("target")) {
            request = request.target(Rank.valueOf(test.get("target").asText()));
        }
        Plan plan = Planner.plan(ScoringEngine.check(PACK, submission), request);
        plan.applied().ifPresent(applied -> {
            ScoreCard card = ScoringEngine.score(PACK, applied);
            assertEquals(plan.reached(), card.total(), "the applied plan scores as planned");
            assertEquals(plan.rank(), card.rank());
        });
        return plan;
    }

    private static Submission submission(JsonNode test, String sampleField, String caseField) throws IOException {
        if (test.has(sampleField)) {
            return Samples.get(test.get(sampleField).asText());
        }
        JsonNode scoringCase = JSON.readTree(RESOURCES.resolve(test.get(caseField).asText()).toFile());
        return KlaJson.readSubmission(JSON.writeValueAsString(scoringCase.get("submission")));
    }

    private static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            String name = field.getKey();
            JsonNode want = field.getValue();
            JsonNode got = name.equals("stepCount") ? JSON.getNodeFactory().numberNode(actual.get("steps").size())
                    : actual.get(name);
            boolean same = got != null && (want.isNumber() && got.isNumber()
                    ? want.decimalValue().compareTo(got.decimalValue()) == 0 : want.equals(got));
            if (!same) {
                found.add(name + ": expected " + want + " but was " + got);
            }
        }
        return found;
    }
}
