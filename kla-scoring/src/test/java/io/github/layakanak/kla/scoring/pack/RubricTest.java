package io.github.layakanak.kla.scoring.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricTest {

    private static final Provenance SOURCE = Provenance.hypothetical("test");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static String stepOf(Rubric rubric, IndicatorValue value) {
        return rubric.rate(Response.of(value)).step().id();
    }

    private static BigDecimal fractionOf(Rubric rubric, IndicatorValue value) {
        return rubric.rate(Response.of(value)).fraction();
    }

    @Nested
    class DocumentLadderTest {

        private final Rubric ladder = new Rubric.DocumentLadder(Map.of(DocumentLevel.PERDA, n("1"),
                DocumentLevel.PERKADA_OR_SK, n("0.6"), DocumentLevel.INSTRUCTION_OR_CIRCULAR, n("0.4"),
                DocumentLevel.DRAFT, n("0.2"), DocumentLevel.NONE, n("0")), SOURCE);

        @Test
        void ratesEveryLevel() {
            assertEquals(n("1"), fractionOf(ladder, IndicatorValue.document(DocumentLevel.PERDA)));
            assertEquals(n("0.6"), fractionOf(ladder, IndicatorValue.document(DocumentLevel.PERKADA_OR_SK)));
            assertEquals(n("0.2"), fractionOf(ladder, IndicatorValue.document(DocumentLevel.DRAFT)));
            assertEquals(n("0"), fractionOf(ladder, IndicatorValue.document(DocumentLevel.NONE)));
        }

        @Test
        void ordersItsStepsFromNoneToPerda() {
            assertEquals(List.of("NONE", "DRAFT", "INSTRUCTION_OR_CIRCULAR", "PERKADA_OR_SK", "PERDA"),
                    ladder.steps().stream().map(Step::id).toList());
            assertEquals("Perda", ladder.findStep("PERDA").orElseThrow().labelId());
        }

        @Test
        void refusesAValueOfAnotherKind() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ladder.rate(Response.of(IndicatorValue.percent("50"))));
            assertEquals("DOCUMENT_LADDER rubric rates [DOCUMENT_LEVEL], but was given PERCENTAGE", e.getMessage());
        }
    }

    @Nested
    class PercentBandsTest {

        private final Rubric bands = new Rubric.PercentBands(Direction.HIGHER_IS_BETTER, List.of(
                new Rubric.PercentBands.PercentBand(n("0"), n("0")),
                new Rubric.PercentBands.PercentBand(n("25"), n("0.25")),
                new Rubric.PercentBands.PercentBand(n("50"), n("0.5")),
                new Rubric.PercentBands.PercentBand(n("75"), n("0.75")),
                new Rubric.PercentBands.PercentBand(n("90"), n("1"))), SOURCE);

        @ParameterizedTest(name = "{0}% earns {1}")
        @CsvSource({"0, 0", "24.99, 0", "25, 0.25", "74.99, 0.5", "75, 0.75", "89.99, 0.75", "90, 1", "100, 1"})
        void putsEachPercentageInItsBand(String percent, String fraction) {
            assertEquals(n(fraction), fractionOf(bands, IndicatorValue.percent(percent)));
        }

        @Test
        void labelsEachBandWithItsRange() {
            assertEquals(List.of("0% - <25%", "25% - <50%", "50% - <75%", "75% - <90%", "90% - 100%"),
                    bands.steps().stream().map(Step::labelEn).toList());
        }

        @Test
        void ratesLowerIsBetterBandsByTheirFractions() {
            Rubric lower = new Rubric.PercentBands(Direction.LOWER_IS_BETTER, List.of(
                    new Rubric.PercentBands.PercentBand(n("0"), n("1")),
                    new Rubric.PercentBands.PercentBand(n("10"), n("0.5")),
                    new Rubric.PercentBands.PercentBand(n("20"), n("0"))), SOURCE);

            assertEquals(n("1"), fractionOf(lower, IndicatorValue.percent("9.9")));
            assertEquals(n("0"), fractionOf(lower, IndicatorValue.percent("35")));
            assertEquals(List.of("20", "10", "0"), lower.steps().stream().map(Step::id).toList());
        }
    }

    @Nested
    class TargetComparisonTest {

        private final Rubric lower = new Rubric.TargetComparison(Direction.LOWER_IS_BETTER, n("5"), n("1"),
                n("0.5"), n("0"), SOURCE);
        private final Rubric higher = new Rubric.TargetComparison(Direction.HIGHER_IS_BETTER, n("10"), n("1"),
                n("0.5"), n("0"), SOURCE);

        private IndicatorValue percent(String now, String before) {
            return new IndicatorValue.Percentage(n(now), Optional.ofNullable(before).map(BigDecimal::new));
        }

        @Test
        void reachesTheTargetFromTheBetterSide() {
            assertEquals("AT_TARGET", stepOf(lower, percent("5", null)));
            assertEquals("AT_TARGET", stepOf(lower, percent("1.2", "0.5")));
            assertEquals("AT_TARGET", stepOf(higher, new IndicatorValue.Count(10, Optional.empty())));
        }

        @Test
        void creditsImprovementOnThePreviousYear() {
            assertEquals("IMPROVING", stepOf(lower, percent("7", "8")));
            assertEquals("IMPROVING", stepOf(higher, new IndicatorValue.Count(6, Optional.of(4L))));
        }

        @Test
        void givesNothingForWorseningOrNoComparison() {
            assertEquals("WORSENING", stepOf(lower, percent("7", "7")));
            assertEquals("WORSENING", stepOf(lower, percent("7", null)));
            assertEquals("WORSENING", stepOf(higher, new IndicatorValue.Count(3, Optional.of(4L))));
        }
    }

    @Test
    void ratesFunctioningLevels() {
        Rubric ladder = new Rubric.FunctioningLadder(Map.of(FunctioningLevel.FULL, n("1"), FunctioningLevel.PARTIAL,
                n("0.5"), FunctioningLevel.NONE, n("0")), SOURCE);

        assertEquals(n("0.5"), fractionOf(ladder, IndicatorValue.functioning(FunctioningLevel.PARTIAL)));
        assertEquals(List.of("NONE", "PARTIAL", "FULL"), ladder.steps().stream().map(Step::id).toList());
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @CsvSource({"0, 0", "1, 0.5", "3, 0.5", "4, 1", "400, 1"})
    void ratesCountsByTheHighestThresholdReached(long count, String fraction) {
        Rubric thresholds = new Rubric.CountThresholds(List.of(
                new Rubric.CountThresholds.CountThreshold(0, n("0")),
                new Rubric.CountThresholds.CountThreshold(1, n("0.5")),
                new Rubric.CountThresholds.CountThreshold(4, n("1"))), SOURCE);

        assertEquals(n(fraction), fractionOf(thresholds, IndicatorValue.count(count)));
    }

    @Test
    void ratesPresence() {
        Rubric presence = new Rubric.PresenceCheck(n("1"), n("0"), SOURCE);

        assertEquals(n("1"), fractionOf(presence, new IndicatorValue.Presence(true)));
        assertEquals(n("0"), fractionOf(presence, new IndicatorValue.Presence(false)));
    }

    @Test
    void ratesBudgetSources() {
        Rubric budget = new Rubric.BudgetSources(n("1"), n("0.66"), n("0"), SOURCE);

        assertEquals(n("1"), fractionOf(budget, new IndicatorValue.Budget(true, true)));
        assertEquals(n("0.66"), fractionOf(budget, new IndicatorValue.Budget(false, true)));
        assertEquals(n("0"), fractionOf(budget, new IndicatorValue.Budget(false, false)));
    }

    @Test
    void ratesAPercentageProportionally() {
        assertEquals(n("0.643"), fractionOf(new Rubric.Proportional(Direction.HIGHER_IS_BETTER, SOURCE),
                IndicatorValue.percent("64.3")));
        assertEquals(n("0.357"), fractionOf(new Rubric.Proportional(Direction.LOWER_IS_BETTER, SOURCE),
                IndicatorValue.percent("64.3")));
    }

    @Test
    void ratesTheOptionChosen() {
        Rubric options = new Rubric.Options(List.of(new Step("YES", n("1"), "ya", "yes"),
                new Step("NO", n("0"), "tidak", "no")), SOURCE);

        assertEquals(n("1"), options.rate(new Response(Optional.empty(), Optional.of("YES"))).fraction());
        assertEquals(Set.of(), options.valueKinds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options.rate(new Response(Optional.empty(), Optional.of("MAYBE"))));
        assertEquals("option must be one of [YES, NO], but was [MAYBE]", e.getMessage());
    }

    @Test
    void weighsTheItemsOfAComposite() {
        Rubric composite = new Rubric.Composite(List.of(
                new Rubric.Composite.Item("a", n("0.25"), "a", "a", new Rubric.PresenceCheck(n("1"), n("0"), SOURCE)),
                new Rubric.Composite.Item("b", n("0.75"), "b", "b",
                        new Rubric.Proportional(Direction.HIGHER_IS_BETTER, SOURCE))), SOURCE);

        Rung rung = composite.rate(Response.of(new IndicatorValue.Composite(Map.of(
                "a", new IndicatorValue.Presence(true), "b", IndicatorValue.percent("50")))));
        Rung missingItem = composite.rate(Response.of(new IndicatorValue.Composite(Map.of(
                "b", IndicatorValue.percent("100")))));

        assertEquals(0, n("0.625").compareTo(rung.fraction()));
        assertEquals(List.of("PRESENT", "50%"), rung.parts().stream().map(r -> r.step().id()).toList());
        assertEquals(0, n("0.75").compareTo(missingItem.fraction()));
    }

    @Test
    void delegatesACustomRubricToItsImplementation() {
        io.github.layakanak.kla.scoring.spi.CustomRubric square = new io.github.layakanak.kla.scoring.spi.CustomRubric() {
            @Override
            public String name() {
                return "square";
            }

            @Override
            public Set<MeasurementKind> valueKinds() {
                return Set.of(MeasurementKind.PERCENTAGE);
            }

            @Override
            public List<Step> steps(Map<String, BigDecimal> parameters) {
                return List.of(new Step("ALL", n("1"), "semua", "all"), new Step("NONE", n("0"), "tidak", "none"));
            }

            @Override
            public Rung rate(Response response, Map<String, BigDecimal> parameters) {
                BigDecimal p = ((IndicatorValue.Percentage) response.value().orElseThrow()).percent()
                        .divide(parameters.get("scale"));
                return new Rung(new Step("SQUARE", p.multiply(p), "kuadrat", "square"), p.multiply(p), List.of());
            }
        };
        Rubric custom = new Rubric.Custom(square, Map.of("scale", n("100")), SOURCE);

        assertEquals("CUSTOM:square", custom.kind());
        assertEquals(List.of("NONE", "ALL"), custom.steps().stream().map(Step::id).toList());
        assertEquals(0, n("0.25").compareTo(fractionOf(custom, IndicatorValue.percent("50"))));
    }
}
