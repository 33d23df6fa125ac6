package io.github.layakanak.kla.rules.y2011;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The pack's golden cases, as data under {@code src/test/resources/cases}: every component at its maximum, a total
 * in the Utama band held at Pratama by its components, 500.00 below the era's Pratama band, and a Pratama with
 * exactly the 17 components it needs. All submissions are synthetic; the regions are real.
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
    void holdsFourCasesEachLabelledSynthetic() {
        assertEquals(4, CASES.size());
        CASES.forEach(c -> assertTrue(c.name().endsWith("(synthetic data)"), c.name()));
    }

    @TestFactory
    Stream<DynamicTest> givesEveryCaseAnAdmissibleSubmission() {
        SubmissionValidator validator = SubmissionValidator.create();
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(List.of(), validator.validate(c.submission()))));
    }
}
