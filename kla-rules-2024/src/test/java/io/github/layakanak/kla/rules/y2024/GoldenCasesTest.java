package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pack's golden cases, as data under {@code src/test/resources/cases}: every rank (on its edges where a recap
 * can land there), both answer modes (a district's declarations and a verifier's recap of awarded points), a
 * recap whose stated subtotals do not add up and one that awards more than a question's maximum, the answer
 * fractions of every rubric, the caps of indicators 19 and 21B, the Perda condition, the gate and a stage drop.
 * The expected numbers were worked out from the recap's maxima and the stand-in fractions, not by the engine. All
 * submissions are synthetic; the regions are real regencies and cities of the Kemendagri 2025 edition.
 */
class GoldenCasesTest {

    private static final List<GoldenCase> CASES = GoldenCases.load(Path.of("src/test/resources/cases"));

    @TestFactory
    Stream<DynamicTest> scoresEveryGoldenCaseAsExpected() {
        RulePacks packs = RulePacks.of(new Kla2024().rulePack());
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(List.of(), c.check(packs), c.name())));
    }

    @Test
    void holdsAtLeastTwelveCasesEachLabelledSynthetic() {
        assertTrue(CASES.size() >= 12, "cases: " + CASES.size());
        CASES.forEach(c -> assertTrue(c.name().endsWith("(synthetic data)"), c.name()));
    }

    @Test
    void reachesEveryRankInBothAnswerModes() {
        RulePacks packs = RulePacks.of(new Kla2024().rulePack());
        Set<Rank> ranks = CASES.stream().map(c -> c.score(packs)).map(ScoreCard::rank)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rank.class)));

        assertEquals(EnumSet.allOf(Rank.class), ranks);
        assertTrue(CASES.stream().anyMatch(GoldenCasesTest::isRecap), "a verifier's recap");
        assertTrue(CASES.stream().anyMatch(c -> !isRecap(c)), "a district's declaration");
    }

    private static boolean isRecap(GoldenCase c) {
        return c.submission().answers().stream().flatMap(a -> a.questions().stream())
                .allMatch(q -> q.awardedPoints().isPresent());
    }

    @TestFactory
    Stream<DynamicTest> givesEveryCaseAnAdmissibleSubmissionFromThe2025RegionList() {
        SubmissionValidator validator = SubmissionValidator.create();
        RegionRegistry regions = RegionRegistry.of(RegionEdition.KEMENDAGRI_2025);
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Submission submission = c.submission();
            assertEquals(List.of(), validator.validate(submission));
            assertEquals(submission.region(), regions.find(submission.region().code()).orElseThrow());
            assertEquals(Kla2024.YEAR, submission.year());
        }));
    }
}
