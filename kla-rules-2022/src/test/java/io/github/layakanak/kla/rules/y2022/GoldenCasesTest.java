package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pack's golden cases, as data under {@code src/test/resources/cases}: every rank, the band edges, a stage
 * drop in the manner of Garut 2021, a district stopped by the 500 gate and the Perda condition switched on. All
 * submissions are synthetic; the regions are real regencies and cities of the Kemendagri 2021 edition.
 */
class GoldenCasesTest {

    private static final List<GoldenCase> CASES = GoldenCases.load(Path.of("src/test/resources/cases"));

    @TestFactory
    Stream<DynamicTest> scoresEveryGoldenCaseAsExpected() {
        RulePacks packs = RulePacks.discover();
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(List.of(), c.check(packs), c.name())));
    }

    @Test
    void holdsAtLeastTwelveCasesEachLabelledSynthetic() {
        assertTrue(CASES.size() >= 12, "cases: " + CASES.size());
        CASES.forEach(c -> assertTrue(c.name().endsWith("(synthetic data)"), c.name()));
    }

    @TestFactory
    Stream<DynamicTest> givesEveryCaseAnAdmissibleSubmissionFromThe2021RegionList() {
        SubmissionValidator validator = SubmissionValidator.create();
        RegionRegistry regions = RegionRegistry.of(RegionEdition.KEMENDAGRI_2021);
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Submission submission = c.submission();
            assertEquals(List.of(), validator.validate(submission));
            assertEquals(submission.region(), regions.find(submission.region().code()).orElseThrow());
        }));
    }
}
