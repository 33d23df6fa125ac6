package io.github.layakanak.kla.scoring.spi;

import static io.github.layakanak.kla.scoring.spi.PackFiles.PACK;
import static io.github.layakanak.kla.scoring.spi.PackFiles.json;
import static io.github.layakanak.kla.scoring.spi.PackFiles.problems;
import static io.github.layakanak.kla.scoring.spi.PackFiles.remove;
import static io.github.layakanak.kla.scoring.spi.PackFiles.set;
import static io.github.layakanak.kla.scoring.spi.PackFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.scoring.RulePackException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One broken pack per linter rule, each rejected for exactly the right reason: the assertions compare the whole
 * list of problems, so a pack rejected for another reason as well fails the test.
 */
class RulePackLinterTest {

    // Rule 1: the maxima add up.

    @Test
    void rejectsIndicatorAndSectionMaximaThatMissTheTotal() {
        assertEquals(List.of(
                "/indicators: the indicators' maxima must sum to totalMax 110, but sum to 100",
                "/sections: the sections' maxima must sum to totalMax 110, but sum to 100"),
                problems(p -> set(p, "/totalMax/value", 110)));
    }

    @Test
    void rejectsASectionWhoseIndicatorsMissItsMax() {
        assertEquals(List.of(
                "/sections/0/max: the maxima of the indicators in section [KELEMBAGAAN] must sum to the section's "
                        + "max 45, but sum to 40",
                "/sections/1/max: the maxima of the indicators in section [KLASTER_I] must sum to the section's "
                        + "max 25, but sum to 30"),
                problems(p -> {
                    set(p, "/sections/0/max/value", 45);
                    set(p, "/sections/1/max/value", 25);
                }));
    }

    // Rule 2: sections, ids and codes.

    @Test
    void rejectsAnIndicatorInAnUndeclaredSection() {
        assertEquals(List.of(
                "/indicators/5/cluster: indicator [puskesmas] is in section [KLASTER_V], which the pack does not "
                        + "declare; declared sections are [KELEMBAGAAN, KLASTER_I, KLASTER_III]",
                "/sections/2/max: the maxima of the indicators in section [KLASTER_III] must sum to the section's "
                        + "max 30, but sum to 15"),
                problems(p -> set(p, "/indicators/5/cluster", "KLASTER_V")));
    }

    @Test
    void rejectsTwoIndicatorsOfOneId() {
        assertEquals(List.of("/indicators/5/id: indicator ids must be unique, but [gizi] is also the id of "
                + "/indicators/4"), problems(p -> set(p, "/indicators/5/id", "gizi")));
    }

    @Test
    void rejectsTwoIndicatorsOfOneCode() {
        assertEquals(List.of("/indicators/5/code: indicator codes must be unique, but [5] is also the code of "
                + "/indicators/4"), problems(p -> set(p, "/indicators/5/code", "5")));
    }

    @Test
    void rejectsASectionWithoutIndicators() {
        assertEquals(List.of("/sections/3/cluster: section [KLASTER_V] has no indicator"),
                problems(p -> set(p, "/sections/3",
                        json("{\"cluster\": \"KLASTER_V\", \"max\": {\"value\": 0, \"provenance\": \"stand-in\"}}"))));
    }

    @Test
    void rejectsASectionDeclaredTwice() {
        assertEquals(List.of(
                "/sections/3/cluster: each section must be declared once, but [KLASTER_I] is declared again",
                "/sections: the sections' maxima must sum to totalMax 100, but sum to 100.5"),
                problems(p -> set(p, "/sections/3",
                        json("{\"cluster\": \"KLASTER_I\", \"max\": {\"value\": 0.5, \"provenance\": \"stand-in\"}}"))));
    }

    // Rule 3: rank bands.

    @Test
    void rejectsBandsThatDoNotStartAtZero() {
        assertEquals(List.of("/bands/ranks/0/from: the first band must start at 0, but starts at 10"),
                problems(p -> set(p, "/bands/ranks/0/from", 10)));
    }

    @Test
    void rejectsAFirstBandThatExcludesZero() {
        assertEquals(List.of("/bands/ranks/0/fromInclusive: the first band must include 0, but excludes it"),
                problems(p -> set(p, "/bands/ranks/0/fromInclusive", false)));
    }

    @Test
    void rejectsBandsThatDoNotAscend() {
        assertEquals(List.of("/bands/ranks/3/from: band lower bounds must be strictly ascending, but 60 follows 60"),
                problems(p -> set(p, "/bands/ranks/3/from", 60)));
    }

    @Test
    void rejectsRanksOutOfOrder() {
        assertEquals(List.of("/bands/ranks/3/rank: ranks must be strictly ascending, each at most once, but "
                + "[MADYA] follows [NINDYA]"), problems(p -> {
                    set(p, "/bands/ranks/2/rank", "NINDYA");
                    set(p, "/bands/ranks/3/rank", "MADYA");
                }));
    }

    @Test
    void rejectsAnEmptyTopBand() {
        assertEquals(List.of(
                "/bands/ranks/5/from: the band of [KLA] is empty: its lower bound 100 must be below totalMax 100, "
                        + "or equal to it and inclusive",
                "/bands/ranks/5/from: rank [KLA] can never be reached: it needs more than 100, but the indicators "
                        + "can earn at most 100"),
                problems(p -> set(p, "/bands/ranks/5/from", 100)));
    }

    // Rule 4: rubrics cover their input and reach 1.

    @Test
    void rejectsALadderThatMissesALevel() {
        assertEquals(List.of("/indicators/0/rubric/fractions: the ladder must give every document level, but "
                + "misses [DRAFT]"), problems(p -> remove(p, "/indicators/0/rubric/fractions/DRAFT")));
    }

    @Test
    void rejectsPercentBandsThatDoNotStartAtZero() {
        assertEquals(List.of("/indicators/2/rubric/bands/0/from: the first band must start at 0, but starts at 10"),
                problems(p -> set(p, "/indicators/2/rubric/bands/0/from", 10)));
    }

    @Test
    void rejectsPercentBandsThatDoNotAscend() {
        assertEquals(List.of("/indicators/2/rubric/bands/2/from: band lower bounds must be strictly ascending, but "
                + "20 follows 25"), problems(p -> set(p, "/indicators/2/rubric/bands/2/from", 20)));
    }

    @Test
    void rejectsAPercentBandAbove100() {
        assertEquals(List.of("/indicators/2/rubric/bands/5/from: a percentage band must start at most at 100, but "
                + "starts at 120"), problems(p -> set(p, "/indicators/2/rubric/bands/5",
                        json("{\"from\": 120, \"fraction\": 1}"))));
    }

    @Test
    void rejectsCountThresholdsThatDoNotAscend() {
        assertEquals(List.of("/indicators/3/questions/0/rubric/thresholds/2/atLeast: thresholds must be strictly "
                + "ascending, but 1 follows 1"),
                problems(p -> set(p, "/indicators/3/questions/0/rubric/thresholds/2/atLeast", 1)));
    }

    @Test
    void rejectsCountThresholdsThatDoNotStartAtZero() {
        assertEquals(List.of("/indicators/3/questions/0/rubric/thresholds/0/atLeast: the first threshold must be at "
                + "0, but is at 1"), problems(p -> remove(p, "/indicators/3/questions/0/rubric/thresholds/0")));
    }

    @Test
    void rejectsTwoOptionsOfOneId() {
        assertEquals(List.of("/indicators/3/questions/1/rubric/options/2/id: option ids must be unique, but "
                + "[INVITED] appears twice"),
                problems(p -> set(p, "/indicators/3/questions/1/rubric/options/2/id", "INVITED")));
    }

    @Test
    void rejectsOptionsWithNoOption() {
        assertEquals(List.of(
                "/indicators/3/questions/1/rubric/options: there must be at least one option, but there is none"),
                problems(p -> set(p, "/indicators/3/questions/1/rubric/options", json("[]"))));
    }

    @Test
    void rejectsCompositeWeightsThatDoNotSumToOne() {
        assertEquals(List.of("/indicators/1/rubric/items: the items' weights must sum to exactly 1, but sum to 1.1"),
                problems(p -> set(p, "/indicators/1/rubric/items/0/weight", 0.5)));
    }

    @Test
    void rejectsACompositeItemOfZeroWeightAndADuplicateItem() {
        assertEquals(List.of(
                "/indicators/1/rubric/items/2/id: item ids must be unique, but [budget] appears twice",
                "/indicators/1/rubric/items/2/weight: a weight must be above 0, but is 0",
                "/indicators/1/rubric/items: the items' weights must sum to exactly 1, but sum to 0.7"),
                problems(p -> {
                    set(p, "/indicators/1/rubric/items/2/id", "budget");
                    set(p, "/indicators/1/rubric/items/2/weight", 0);
                }));
    }

    @Test
    void checksTheRubricsInsideACompositeToo() {
        assertEquals(List.of("/indicators/1/rubric/items/0/rubric: the largest fraction is 0.9, so the maximum can "
                + "never be reached; the best answer must earn 1"),
                problems(p -> set(p, "/indicators/1/rubric/items/0/rubric/fractions/FULL", 0.9)));
    }

    @Test
    void rejectsAFractionAboveOne() {
        assertEquals(List.of("/indicators/4/rubric/improving: a fraction must be in [0, 1], but is 1.5"),
                problems(p -> set(p, "/indicators/4/rubric/improving", 1.5)));
    }

    @Test
    void rejectsANegativeFraction() {
        assertEquals(List.of("/indicators/1/rubric/items/1/rubric/one: a fraction must be in [0, 1], but is -0.1"),
                problems(p -> set(p, "/indicators/1/rubric/items/1/rubric/one", new BigDecimal("-0.1"))));
    }

    @Test
    void rejectsAnOptionFractionAboveOne() {
        assertEquals(List.of("/indicators/3/questions/1/rubric/options/0/fraction: a fraction must be in [0, 1], but "
                + "is 1.2"), problems(p -> set(p, "/indicators/3/questions/1/rubric/options/0/fraction", 1.2)));
    }

    @Test
    void rejectsARubricWhoseBestAnswerEarnsLessThanOne() {
        assertEquals(List.of("/indicators/0/rubric: the largest fraction is 0.8, so the maximum can never be "
                + "reached; the best answer must earn 1"),
                problems(p -> set(p, "/indicators/0/rubric/fractions/PERDA", 0.8)));
    }

    @Test
    void rejectsARubricOfAKindTheLoaderDoesNotKnow() {
        RulePackException e = assertThrows(RulePackException.class,
                () -> RulePackLoader.create().parse(text(PACK), PACK));

        assertEquals(PACK, e.pack(), "problems found reading a file are named by the file");
        assertEquals(List.of("/indicators/5/rubric/kind: unknown rubric kind [HALF_OR_FULL]; expected one of "
                + "[DOCUMENT_LADDER, PERCENT_BANDS, TARGET_COMPARISON, FUNCTIONING_LADDER, COUNT_THRESHOLDS, "
                + "PRESENCE, BUDGET_SOURCES, PROPORTIONAL, OPTIONS, COMPOSITE]"), e.problems());
    }

    @Test
    void rejectsAnIndicatorWithBothARubricAndQuestions() {
        assertEquals(List.of("/indicators/3: indicator [forum-anak] must be scored by a rubric or by questions, "
                + "but has both"), problems(p -> set(p, "/indicators/3/rubric",
                        json("{\"kind\": \"COUNT_THRESHOLDS\", \"thresholds\": [{\"atLeast\": 0, \"fraction\": 1}], "
                                + "\"provenance\": \"stand-in\"}"))));
    }

    @Test
    void rejectsARubricThatDoesNotRateWhatTheIndicatorMeasures() {
        assertEquals(List.of("/indicators/2/measurement/kind: it measures COUNT, but its PERCENT_BANDS rubric rates "
                + "[PERCENTAGE]"), problems(p -> set(p, "/indicators/2/measurement/kind", "COUNT")));
        assertEquals(List.of("/indicators/3/questions/0/kind: it measures PERCENTAGE, but its COUNT_THRESHOLDS rubric "
                + "rates [COUNT]"), problems(p -> set(p, "/indicators/3/questions/0/kind", "PERCENTAGE")));
    }

    @Test
    void rejectsARankConditionOnNoRankAndTwoConditionsOfOneId() {
        assertEquals(List.of("/rankConditions/0/rank: rank condition [perda-for-utama] must hold back a rank above "
                + "NONE, but names NONE"), problems(p -> set(p, "/rankConditions/0/rank", "NONE")));
        assertEquals(List.of("/rankConditions/1/id: rank condition ids must be unique, but [perda-for-utama] appears "
                + "twice"), problems(p -> set(p, "/rankConditions/1", p.at("/rankConditions/0").deepCopy())));
    }

    @Test
    void rejectsACompositeItemRatedByAnswerOptions() {
        assertEquals(List.of("/indicators/1/rubric/items/2/rubric/kind: an item is rated from a value, but its OPTIONS "
                + "rubric rates answer options"), problems(p -> set(p, "/indicators/1/rubric/items/2/rubric",
                        json("{\"kind\": \"OPTIONS\", \"options\": [{\"id\": \"YES\", \"fraction\": 1, "
                                + "\"label\": {\"id\": \"ya\", \"en\": \"yes\"}}]}"))));
    }

    // Rule 5: questions.

    @Test
    void rejectsTwoQuestionsOfOneCode() {
        assertEquals(List.of("/indicators/3/questions/2/code: question codes must be unique within the indicator, "
                + "but [4a] appears twice"), problems(p -> set(p, "/indicators/3/questions/2/code", "4a")));
    }

    @Test
    void rejectsQuestionsThatCannotReachTheIndicatorMax() {
        assertEquals(List.of("/indicators/3/questions: the questions' maxima sum to 14, below the indicator's max "
                + "15, so the max can never be reached"),
                problems(p -> set(p, "/indicators/3/questions/0/max/value", 4)));
    }

    @Test
    void rejectsQuestionsAboveTheMaxWithoutACap() {
        assertEquals(List.of("/indicators/3/cap: the questions' maxima sum to 20, above the indicator's max 15, so "
                + "the indicator needs a cap with provenance"), problems(p -> remove(p, "/indicators/3/cap")));
    }

    @Test
    void rejectsACapWithoutProvenance() {
        assertEquals(List.of("/indicators/3/cap/provenance: provenance is missing; every number needs one: an "
                + "object {\"kind\", \"source\"} or the name of an entry of /provenances"),
                problems(p -> set(p, "/indicators/3/cap", json("{}"))));
    }

    // Rule 6: every rank reachable.

    @Test
    void rejectsARankThatTheIndicatorsCannotReach() {
        assertEquals(List.of(
                "/indicators/0/rubric: the largest fraction is 0.8, so the maximum can never be reached; the best "
                        + "answer must earn 1",
                "/bands/ranks/5/from: rank [KLA] can never be reached: it needs more than 97, but the indicators "
                        + "can earn at most 96"),
                problems(p -> {
                    set(p, "/indicators/0/rubric/fractions/PERDA", 0.8);
                    set(p, "/bands/ranks/5/from", 97);
                }));
    }

    // Rule 7: provenance.

    @Test
    void rejectsANumberWithoutProvenance() {
        assertEquals(List.of("/indicators/2/max/provenance: provenance is missing; every number needs one: an "
                + "object {\"kind\", \"source\"} or the name of an entry of /provenances"),
                problems(p -> remove(p, "/indicators/2/max/provenance")));
    }

    @Test
    void rejectsAReferenceToAnUnnamedProvenance() {
        assertEquals(List.of("/indicators/2/rubric/provenance: no provenance is named [official-table]; named "
                + "provenances are [stand-in, brief]"),
                problems(p -> set(p, "/indicators/2/rubric/provenance", "official-table")));
    }

    @Test
    void rejectsATopLevelRubricWithoutProvenance() {
        assertEquals(List.of("/indicators/4/rubric/provenance: provenance is missing; every number needs one: an "
                + "object {\"kind\", \"source\"} or the name of an entry of /provenances"),
                problems(p -> remove(p, "/indicators/4/rubric/provenance")));
    }

    @Test
    void rejectsAMalformedProvenanceObject() {
        assertEquals(List.of(
                "/totalMax/provenance/kind: [GUESSED] is not one of [OFFICIAL, SOURCED, HYPOTHETICAL]",
                "/totalMax/provenance/source: source must not be blank: cite the regulation, or say why the number "
                        + "is a stand-in"),
                problems(p -> set(p, "/totalMax/provenance", json("{\"kind\": \"GUESSED\", \"source\": \" \"}"))));
    }

    // Rule 8: stage rules.

    @Test
    void rejectsStageRulesThatMissAStage() {
        assertEquals(List.of("/stages/counting: the stage rules must name every stage, but miss [FINAL]"),
                problems(p -> remove(p, "/stages/counting/FINAL")));
    }

    // Rule 9: rank conditions, years, round.

    @Test
    void rejectsARankConditionOnAnUnknownIndicator() {
        assertEquals(List.of("/rankConditions/0/indicator: rank condition [perda-for-utama] names indicator "
                + "[perda], which the pack does not have"),
                problems(p -> set(p, "/rankConditions/0/indicator", "perda")));
    }

    @Test
    void rejectsAConditionCountingIndicatorsOutOfRangeOrOfTwoFractions() {
        String counting = "{\"id\": \"%s\", \"rank\": \"MADYA\", \"indicatorsReaching\": {\"atLeast\": %d, "
                + "\"fraction\": %s}, \"enabled\": true, \"provenance\": {\"kind\": \"HYPOTHETICAL\", "
                + "\"source\": \"test\"}}";
        assertEquals(List.of("/rankConditions/0/indicatorsReaching/atLeast: rank condition [many] must count from 1 "
                + "to the pack's 6 indicators, but asks for 7"),
                problems(p -> set(p, "/rankConditions/0", json(String.format(counting, "many", 7, "0.7")))));
        assertEquals(List.of("/rankConditions/1/indicatorsReaching/fraction: rank conditions that count indicators "
                + "must share one fraction of the maximum, but [b] has 0.8 where another has 0.7"),
                problems(p -> {
                    set(p, "/rankConditions/0", json(String.format(counting, "a", 3, "0.7")));
                    set(p, "/rankConditions/1", json(String.format(counting, "b", 4, "0.8")));
                }));
        // A fraction above 1 is one finding, not also a second fraction.
        assertEquals(List.of("/rankConditions/1/indicatorsReaching/fraction: rank condition [b] must ask for a share "
                + "of the maximum above 0 and at most 1, but asks for 1.5"),
                problems(p -> {
                    set(p, "/rankConditions/0", json(String.format(counting, "a", 3, "0.7")));
                    set(p, "/rankConditions/1", json(String.format(counting, "b", 4, "1.5")));
                }));
    }

    @Test
    void rejectsAPackWithoutYears() {
        assertEquals(List.of("/years: the pack must govern at least one year, but names none"),
                problems(p -> set(p, "/years", json("[]"))));
    }

    @Test
    void rejectsARoundWhoseYearsAreOutOfOrder() {
        assertEquals(List.of(
                "/round/awardYear: awardYear must not be before evaluationYear 2031, but is 2030",
                "/round/dataYear: dataYear must not be after evaluationYear 2031, but is 2032"),
                problems(p -> {
                    set(p, "/round/awardYear", 2030);
                    set(p, "/round/dataYear", 2032);
                }));
    }

    @Test
    void acceptsADataYearTwoYearsBeforeTheEvaluation() {
        PackFiles.load(PackFiles.tree(PACK).set("round", json("{\"evaluationYear\": 2031, \"dataYear\": 2029, "
                + "\"awardYear\": 2032, \"provenance\": \"stand-in\"}")));
    }

    @Test
    void rejectsAnIdThatIsNotLowerCaseWords() {
        assertEquals(List.of("/id: the pack id must be lower-case words joined by hyphens, such as kla-2022, but "
                + "was [KLA_2031]"), problems(p -> set(p, "/id", "KLA_2031")));
    }

    // All at once.

    @Test
    void reportsEveryProblemAtOnce() {
        RulePackException e = assertThrows(RulePackException.class, () -> {
            var tree = PackFiles.tree(PACK);
            remove(tree, "/stages/counting/FINAL");
            set(tree, "/bands/ranks/0/from", 10);
            set(tree, "/indicators/1/rubric/items/0/weight", 0.5);
            remove(tree, "/indicators/2/max/provenance");
            set(tree, "/indicators/5/code", "5");
            set(tree, "/rankConditions/0/indicator", "perda");
            PackFiles.load(tree);
        });

        assertEquals(PACK, e.pack());
        assertEquals(List.of(
                "/indicators/2/max/provenance: provenance is missing; every number needs one: an object "
                        + "{\"kind\", \"source\"} or the name of an entry of /provenances",
                "/bands/ranks/0/from: the first band must start at 0, but starts at 10",
                "/stages/counting: the stage rules must name every stage, but miss [FINAL]",
                "/rankConditions/0/indicator: rank condition [perda-for-utama] names indicator [perda], which the "
                        + "pack does not have",
                "/indicators/1/rubric/items: the items' weights must sum to exactly 1, but sum to 1.1",
                "/indicators/5/code: indicator codes must be unique, but [5] is also the code of /indicators/4"),
                e.problems());
        assertTrue(e.getMessage().startsWith("Rule pack [test-pack.json] is broken (6 problems):\n  - /indicators/2/max/"),
                e.getMessage());
    }
}
