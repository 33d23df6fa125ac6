package io.github.layakanak.kla.scoring.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.TestPacks;
import io.github.layakanak.kla.scoring.pack.Admission;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RubricsTest {

    static final Provenance SOURCE = Provenance.hypothetical("test");

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static String rungOf(Rubric rubric, IndicatorValue value) {
        return rubric.rate(Response.of(value)).rung().id();
    }

    private static BigDecimal fractionOf(Rubric rubric, IndicatorValue value) {
        return rubric.rate(Response.of(value)).fraction();
    }

    private static final Explainer ENGLISH = Explainer.of(TestPacks.pack(), Locale.ENGLISH);
    private static final Explainer INDONESIAN = Explainer.of(TestPacks.pack(), Locale.forLanguageTag("id"));

    static final DocumentLadder DOCUMENTS = new DocumentLadder(Map.of(DocumentLevel.PERDA, n("1"),
            DocumentLevel.PERKADA_OR_SK, n("0.6"), DocumentLevel.INSTRUCTION_OR_CIRCULAR, n("0.4"),
            DocumentLevel.DRAFT, n("0.2"), DocumentLevel.NONE, n("0")), SOURCE);
    static final PercentBands BANDS = new PercentBands(Direction.HIGHER_IS_BETTER, List.of(
            new PercentBands.Band(n("0"), n("0")), new PercentBands.Band(n("25"), n("0.25")),
            new PercentBands.Band(n("50"), n("0.5")), new PercentBands.Band(n("75"), n("0.75")),
            new PercentBands.Band(n("90"), n("1"))), SOURCE);
    static final TargetComparison LOWER = new TargetComparison(Direction.LOWER_IS_BETTER, n("5"), n("1"), n("0.5"),
            n("0"), SOURCE);
    static final TargetComparison HIGHER = new TargetComparison(Direction.HIGHER_IS_BETTER, n("10"), n("1"),
            n("0.5"), n("0"), SOURCE);
    static final FunctioningLadder FUNCTIONING = new FunctioningLadder(Map.of(FunctioningLevel.FULL, n("1"),
            FunctioningLevel.PARTIAL, n("0.5"), FunctioningLevel.NONE, n("0")), SOURCE);
    static final CountThresholds COUNTS = new CountThresholds(List.of(new CountThresholds.Threshold(0, n("0")),
            new CountThresholds.Threshold(1, n("0.5")), new CountThresholds.Threshold(4, n("1"))), SOURCE);
    static final Presence PRESENCE = new Presence(n("1"), n("0"), SOURCE);
    static final BudgetSources BUDGET = new BudgetSources(n("1"), n("0.66"), n("0"), SOURCE);
    static final Proportional PROPORTIONAL = new Proportional(Direction.HIGHER_IS_BETTER, SOURCE);
    static final Options OPTIONS = new Options(List.of(new Options.Option("YES", n("1"), new Message.Text("ya", "yes")),
            new Options.Option("NO", n("0"), new Message.Text("tidak", "no"))), SOURCE);
    static final Composite COMPOSITE = new Composite(List.of(
            new Composite.Item("a", n("0.25"), new Message.Text("butir a", "item a"), PRESENCE),
            new Composite.Item("b", n("0.75"), new Message.Text("butir b", "item b"), PROPORTIONAL)), SOURCE);

    static Stream<Rubric> every() {
        return Stream.of(DOCUMENTS, BANDS, LOWER, HIGHER, FUNCTIONING, COUNTS, PRESENCE, BUDGET, PROPORTIONAL,
                OPTIONS, COMPOSITE, new Proportional(Direction.LOWER_IS_BETTER, SOURCE),
                new PercentBands(Direction.LOWER_IS_BETTER, List.of(new PercentBands.Band(n("0"), n("1")),
                        new PercentBands.Band(n("10"), n("0.5")), new PercentBands.Band(n("20"), n("0"))), SOURCE));
    }

    @Nested
    class DocumentLadderTest {

        @Test
        void ratesEveryLevel() {
            assertEquals(n("1"), fractionOf(DOCUMENTS, IndicatorValue.document(DocumentLevel.PERDA)));
            assertEquals(n("0.6"), fractionOf(DOCUMENTS, IndicatorValue.document(DocumentLevel.PERKADA_OR_SK)));
            assertEquals(n("0.2"), fractionOf(DOCUMENTS, IndicatorValue.document(DocumentLevel.DRAFT)));
            assertEquals(n("0"), fractionOf(DOCUMENTS, IndicatorValue.document(DocumentLevel.NONE)));
        }

        @Test
        void ordersItsLadderFromNoneToPerda() {
            assertEquals(List.of("NONE", "DRAFT", "INSTRUCTION_OR_CIRCULAR", "PERKADA_OR_SK", "PERDA"),
                    DOCUMENTS.ladder().stream().map(Rung::id).toList());
            assertEquals("Perda", INDONESIAN.rung(DOCUMENTS, DOCUMENTS.ladder().get(4)));
        }

        @Test
        void capsAClaimedLevelAtTheStrongestDocumentThatCounts() {
            Response perda = Response.of(IndicatorValue.document(DocumentLevel.PERDA));

            assertEquals(Response.of(IndicatorValue.document(DocumentLevel.PERKADA_OR_SK)),
                    DOCUMENTS.supportedBy(perda, DocumentLevel.PERKADA_OR_SK));
            assertEquals(perda, DOCUMENTS.supportedBy(perda, DocumentLevel.PERDA));
            assertEquals(Response.of(IndicatorValue.document(DocumentLevel.NONE)),
                    DOCUMENTS.supportedBy(perda, DocumentLevel.NONE), "nothing counts: rated at NONE, not refused");
            assertEquals(Response.NONE, PRESENCE.supportedBy(Response.of(new IndicatorValue.Presence(true)),
                    DocumentLevel.NONE), "any other kind: nothing without evidence");
        }

        @Test
        void refusesAValueOfAnotherKindWhenAdmitting() {
            assertEquals(List.of("value/kind: admission.valueKind"),
                    refusals(DOCUMENTS, Response.of(IndicatorValue.percent("50"))));
        }
    }

    @Nested
    class PercentBandsTest {

        @ParameterizedTest(name = "{0}% earns {1}")
        @CsvSource({"0, 0", "24.99, 0", "25, 0.25", "74.99, 0.5", "75, 0.75", "89.99, 0.75", "90, 1", "100, 1"})
        void putsEachPercentageInItsBand(String percent, String fraction) {
            assertEquals(n(fraction), fractionOf(BANDS, IndicatorValue.percent(percent)));
        }

        @Test
        void namesEachBandByItsRange() {
            assertEquals(List.of("0% to under 25%", "25% to under 50%", "50% to under 75%", "75% to under 90%",
                    "90% to 100%"), BANDS.ladder().stream().map(r -> ENGLISH.rung(BANDS, r)).toList());
            assertEquals("75% sampai di bawah 90%", INDONESIAN.rung(BANDS, BANDS.ladder().get(3)));
        }

        @Test
        void ratesLowerIsBetterBandsByTheirFractions() {
            PercentBands lower = new PercentBands(Direction.LOWER_IS_BETTER, List.of(
                    new PercentBands.Band(n("0"), n("1")), new PercentBands.Band(n("10"), n("0.5")),
                    new PercentBands.Band(n("20"), n("0"))), SOURCE);

            assertEquals(n("1"), fractionOf(lower, IndicatorValue.percent("9.9")));
            assertEquals(n("0"), fractionOf(lower, IndicatorValue.percent("35")));
            assertEquals(List.of("20", "10", "0"), lower.ladder().stream().map(Rung::id).toList());
        }

        @Test
        void saysWhatTheNextRungIs() {
            Rating rating = BANDS.rate(Response.of(IndicatorValue.percent("80")));

            assertEquals("75", rating.rung().id());
            assertEquals(Optional.of(new Rung("90", n("1"))), rating.next());
            assertEquals(Optional.empty(), BANDS.rate(Response.of(IndicatorValue.percent("95"))).next());
        }
    }

    @Nested
    class TargetComparisonTest {

        private IndicatorValue percent(String now, String before) {
            return new IndicatorValue.Percentage(n(now), Optional.ofNullable(before).map(BigDecimal::new));
        }

        @Test
        void reachesTheTargetFromTheBetterSide() {
            assertEquals("AT_TARGET", rungOf(LOWER, percent("5", null)));
            assertEquals("AT_TARGET", rungOf(LOWER, percent("1.2", "0.5")));
            assertEquals("AT_TARGET", rungOf(HIGHER, new IndicatorValue.Count(10, Optional.empty())));
        }

        @Test
        void creditsImprovementOnThePreviousYear() {
            assertEquals("IMPROVING", rungOf(LOWER, percent("7", "8")));
            assertEquals("IMPROVING", rungOf(HIGHER, new IndicatorValue.Count(6, Optional.of(4L))));
        }

        @Test
        void givesNothingForWorseningOrNoComparison() {
            assertEquals("WORSENING", rungOf(LOWER, percent("7", "7")));
            assertEquals("WORSENING", rungOf(LOWER, percent("7", null)));
            assertEquals("WORSENING", rungOf(HIGHER, new IndicatorValue.Count(3, Optional.of(4L))));
        }

        @Test
        void namesTheTargetInItsDirection() {
            assertEquals("at or below the target of 5", ENGLISH.rung(LOWER, new Rung("AT_TARGET", n("1"))));
            assertEquals("mencapai target 10", INDONESIAN.rung(HIGHER, new Rung("AT_TARGET", n("1"))));
        }
    }

    @Test
    void ratesFunctioningLevels() {
        assertEquals(n("0.5"), fractionOf(FUNCTIONING, IndicatorValue.functioning(FunctioningLevel.PARTIAL)));
        assertEquals(List.of("NONE", "PARTIAL", "FULL"), FUNCTIONING.ladder().stream().map(Rung::id).toList());
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @CsvSource({"0, 0", "1, 0.5", "3, 0.5", "4, 1", "400, 1", "9223372036854775807, 1"})
    void ratesCountsByTheHighestThresholdReached(long count, String fraction) {
        assertEquals(n(fraction), fractionOf(COUNTS, IndicatorValue.count(count)));
    }

    @Test
    void ratesPresenceAndBudgetSources() {
        assertEquals(n("1"), fractionOf(PRESENCE, new IndicatorValue.Presence(true)));
        assertEquals(n("0"), fractionOf(PRESENCE, new IndicatorValue.Presence(false)));
        assertEquals(n("1"), fractionOf(BUDGET, new IndicatorValue.Budget(true, true)));
        assertEquals(n("0.66"), fractionOf(BUDGET, new IndicatorValue.Budget(false, true)));
        assertEquals(n("0"), fractionOf(BUDGET, new IndicatorValue.Budget(false, false)));
    }

    @Test
    void ratesAPercentageProportionallyOnARungOfItsOwn() {
        Rating rating = PROPORTIONAL.rate(Response.of(IndicatorValue.percent("64.3")));

        assertEquals(n("0.643"), rating.fraction());
        assertEquals(new Rung("64.3", n("0.643")), rating.rung());
        assertEquals(Optional.of(new Rung("100", n("1"))), rating.next());
        assertEquals(n("0.357"), fractionOf(new Proportional(Direction.LOWER_IS_BETTER, SOURCE),
                IndicatorValue.percent("64.3")));
        assertEquals("64,3% (sebanding)", INDONESIAN.rung(PROPORTIONAL, rating.rung()));
    }

    @Test
    void ratesTheOptionChosenAndRefusesOneItDoesNotOffer() {
        assertEquals(n("1"), OPTIONS.rate(Response.option("YES")).fraction());
        assertEquals(Set.of(), OPTIONS.valueKinds());
        assertEquals("yes", ENGLISH.rung(OPTIONS, new Rung("YES", n("1"))));
        assertEquals(List.of("option: admission.option"), refusals(OPTIONS, Response.option("MAYBE")));
        assertEquals(List.of("value/kind: admission.optionsOnly"),
                refusals(OPTIONS, Response.of(new IndicatorValue.Presence(true))));
    }

    @Test
    void weighsTheItemsOfACompositeAndSaysWhatEachReached() {
        Rating rating = COMPOSITE.rate(Response.of(new IndicatorValue.Composite(Map.of(
                "a", new IndicatorValue.Presence(true), "b", IndicatorValue.percent("50")))));
        Rating missingItem = COMPOSITE.rate(Response.of(new IndicatorValue.Composite(Map.of(
                "b", IndicatorValue.percent("100")))));

        assertEquals(0, n("0.625").compareTo(rating.fraction()));
        assertEquals("PARTIAL", rating.rung().id());
        assertEquals(List.of("PRESENT", "50"), rating.parts().stream()
                .map(p -> p.rating().orElseThrow().rung().id()).toList());
        assertEquals(0, n("0.75").compareTo(missingItem.fraction()));
        assertEquals(Optional.empty(), missingItem.parts().get(0).rating());
        assertEquals("item a: present (1 × 0.25); item b: 50% (proportional) (0.5 × 0.75)",
                render(COMPOSITE, rating));
        assertEquals("butir a: tidak diisi (0 × 0,25); butir b: 100% (sebanding) (1 × 0,75)",
                renderIndonesian(COMPOSITE, missingItem));
    }

    @Test
    void refusesAnItemTheCompositeDoesNotHaveAndChecksEachItemItHas() {
        Response response = Response.of(new IndicatorValue.Composite(Map.of("a", IndicatorValue.percent("50"),
                "c", new IndicatorValue.Presence(true))));

        assertEquals(List.of("value/items/a/kind: admission.valueKind", "value/items/c: admission.item"),
                refusals(COMPOSITE, response).stream().sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("every")
    void everyWitnessLandsOnItsRung(Rubric rubric) {
        for (Rung rung : rubric.ladder()) {
            MeasurementKind kind = rubric.valueKinds().stream().sorted().findFirst().orElse(MeasurementKind.EVIDENCE_ONLY);
            Optional<Response> witness = rubric.witness(rung, kind);
            assertTrue(witness.isPresent(), rubric + " has no witness for " + rung);
            assertEquals(List.of(), refusals(rubric, witness.get()), rubric + ": " + witness.get());
            assertEquals(rung.id(), rubric.rate(witness.get()).rung().id(), rubric + ": " + witness.get());
        }
    }

    @ParameterizedTest
    @MethodSource("every")
    void everyRungHasWordsInBothLanguages(Rubric rubric) {
        for (Rung rung : rubric.ladder()) {
            for (Explainer explainer : List.of(ENGLISH, INDONESIAN)) {
                String words = explainer.rung(rubric, rung);
                assertTrue(!words.isBlank() && !words.startsWith("rung."), rubric + " " + rung + ": " + words);
            }
        }
    }

    @Test
    void aTargetComparisonFindsCountWitnessesToo() {
        for (Rung rung : HIGHER.ladder()) {
            Response witness = HIGHER.witness(rung, MeasurementKind.COUNT).orElseThrow();
            assertTrue(witness.value().orElseThrow() instanceof IndicatorValue.Count, witness.toString());
            assertEquals(rung.id(), HIGHER.rate(witness).rung().id());
        }
    }

    private static String render(Rubric rubric, Rating rating) {
        return ENGLISH.rating(rubric, rating);
    }

    private static String renderIndonesian(Rubric rubric, Rating rating) {
        return INDONESIAN.rating(rubric, rating);
    }

    /** What a rubric refuses of a response, each as "where: message key". */
    static List<String> refusals(Rubric rubric, Response response) {
        List<String> found = new ArrayList<>();
        rubric.admit(response, new Admission() {
            @Override
            public void refuseValue(String pointer, Message why) {
                found.add("value" + pointer + ": " + ((Message.Key) why).key());
            }

            @Override
            public void refuseOption(Message why) {
                found.add("option: " + ((Message.Key) why).key());
            }

            @Override
            public void admitItem(String key, Rubric item, io.github.layakanak.kla.model.IndicatorValue value) {
                for (String refusal : refusals(item, Response.of(value))) {
                    found.add("value/items/" + key + refusal.substring("value".length()));
                }
            }
        });
        return found;
    }
}
