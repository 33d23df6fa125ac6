package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Targets;
import io.github.layakanak.kla.scoring.rubric.Composite;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The band edges of the 2022 pack, tested twice: on the rank function with exact totals, and with submissions
 * that land exactly on each edge and on the nearest total above it that the pack can produce.
 *
 * <p>The stand-in weights cannot produce every hundredth. Every indicator's points are a fraction of its maximum
 * from the rubric's steps (a composite: the weighted sum of its items' steps), so the achievable totals are the
 * sums of one achievable value per indicator. {@link #achievableTotals()} finds them all by an exhaustive search
 * over hundredths (a subset-sum over the 24 indicators' values). Its result: every achievable total is a multiple
 * of 0.25 (the finest steps are 6.75 and 20.25 of the victims composite and 22.5 of indicator 22), and the nearest
 * total above each edge is the edge plus 0.25: <b>500.25, 600.25, 700.25, 800.25 and 900.25</b>. The golden
 * cases {@code 07-edge-*.json} to {@code 16-edge-*.json} land exactly on these ten totals.
 */
class BandEdgesTest {

    private static final RulePack PACK = new Kla2022().rulePack();
    private static final Path CASES = Path.of("src/test/resources/cases");

    /** The nearest achievable total above each edge, as the search finds it. */
    private static final Map<String, String> NEAREST_ABOVE = Map.of("500.00", "500.25", "600.00", "600.25",
            "700.00", "700.25", "800.00", "800.25", "900.00", "900.25");

    /** The case files landing on each total. */
    private static final Map<String, String> LANDING = Map.of(
            "500.00", "07-edge-500_00.json", "500.25", "08-edge-500_25.json",
            "600.00", "09-edge-600_00.json", "600.25", "10-edge-600_25.json",
            "700.00", "11-edge-700_00.json", "700.25", "12-edge-700_25.json",
            "800.00", "13-edge-800_00.json", "800.25", "14-edge-800_25.json",
            "900.00", "15-edge-900_00.json", "900.25", "16-edge-900_25.json");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0.00, NONE",
        "499.99, NONE",
        "500.00, PRATAMA",
        "500.01, PRATAMA",
        "600.00, PRATAMA",
        "600.01, MADYA",
        "700.00, MADYA",
        "700.01, NINDYA",
        "800.00, NINDYA",
        "800.01, UTAMA",
        "900.00, UTAMA",
        "900.01, KLA",
        "1000.00, KLA"
    })
    void ranksAnExactTotalByTheDeclaredDecimalConvention(String total, Rank rank) {
        assertEquals(rank, PACK.bands().rankOf(new BigDecimal(total)));
    }

    @Test
    void findsTheNearestAchievableTotalAboveEachEdgeByExhaustiveSearch() {
        TreeSet<Integer> achievable = achievableTotals();

        for (Map.Entry<String, String> edge : NEAREST_ABOVE.entrySet()) {
            int cents = cents(edge.getKey());
            assertTrue(achievable.contains(cents), edge.getKey() + " can be produced");
            assertEquals(cents(edge.getValue()), achievable.higher(cents), "nearest above " + edge.getKey());
        }
        assertEquals(0, achievable.first());
        assertEquals(100_000, achievable.last());
        assertFalse(achievable.contains(cents("500.01")), "the stand-in cannot produce 500.01");
        assertTrue(achievable.stream().allMatch(c -> c % 25 == 0), "every achievable total is a multiple of 0.25");
    }

    @Test
    void agreesWithTheTestkitsOwnSearchForTheNearestTotals() {
        Targets targets = Targets.of(PACK);

        for (Map.Entry<String, String> edge : NEAREST_ABOVE.entrySet()) {
            assertEquals(Optional.of(new BigDecimal(edge.getValue())),
                    targets.nearestTotal(new BigDecimal(edge.getKey()), Targets.Side.ABOVE), edge.getKey());
        }
    }

    @Test
    void scoresTheLandingSubmissionsExactlyOnEachEdgeAndTheNearestTotalAboveIt() throws Exception {
        RulePacks packs = RulePacks.of(PACK);
        TreeSet<Integer> achievable = achievableTotals();

        for (Map.Entry<String, String> landing : LANDING.entrySet()) {
            Path file = CASES.resolve(landing.getValue());
            GoldenCase golden = GoldenCases.parse(Files.readString(file), file.getFileName().toString());
            BigDecimal expected = new BigDecimal(landing.getKey());

            ScoreCard card = golden.score(packs);

            assertEquals(expected, card.total(), landing.getValue());
            assertTrue(achievable.contains(cents(landing.getKey())), landing.getKey());
            assertEquals(PACK.bands().rankOf(expected), card.rank(), landing.getValue());
            assertEquals(List.of(), golden.check(packs), landing.getValue());
        }
    }

    @Test
    void landsOnTheEdgesOnEitherSideOfEachBoundary() {
        assertEquals(Rank.PRATAMA, PACK.bands().rankOf(new BigDecimal("500.00")));
        assertEquals(Rank.PRATAMA, PACK.bands().rankOf(new BigDecimal("600.00")));
        assertEquals(Rank.MADYA, PACK.bands().rankOf(new BigDecimal("600.25")));
        assertEquals(Rank.MADYA, PACK.bands().rankOf(new BigDecimal("700.00")));
        assertEquals(Rank.NINDYA, PACK.bands().rankOf(new BigDecimal("700.25")));
        assertEquals(Rank.NINDYA, PACK.bands().rankOf(new BigDecimal("800.00")));
        assertEquals(Rank.UTAMA, PACK.bands().rankOf(new BigDecimal("800.25")));
        assertEquals(Rank.UTAMA, PACK.bands().rankOf(new BigDecimal("900.00")));
        assertEquals(Rank.KLA, PACK.bands().rankOf(new BigDecimal("900.25")));
    }

    /** Every total, in hundredths, that one achievable value per indicator can add up to. */
    static TreeSet<Integer> achievableTotals() {
        int max = cents(PACK.totalMax().value().toPlainString());
        boolean[] reachable = new boolean[max + 1];
        reachable[0] = true;
        for (IndicatorRule rule : PACK.indicators()) {
            TreeSet<Integer> values = new TreeSet<>();
            for (BigDecimal fraction : fractions(rule.rubric().orElseThrow())) {
                values.add(PACK.rounding().round(fraction.multiply(rule.max().value())).movePointRight(2)
                        .intValueExact());
            }
            boolean[] next = new boolean[max + 1];
            for (int sum = 0; sum <= max; sum++) {
                if (reachable[sum]) {
                    for (int value : values) {
                        if (sum + value <= max) {
                            next[sum + value] = true;
                        }
                    }
                }
            }
            reachable = next;
        }
        TreeSet<Integer> totals = new TreeSet<>();
        for (int sum = 0; sum <= max; sum++) {
            if (reachable[sum]) {
                totals.add(sum);
            }
        }
        return totals;
    }

    /** The fractions a rubric can give: its steps, or for a composite every weighted sum of its items' steps. */
    private static TreeSet<BigDecimal> fractions(Rubric rubric) {
        TreeSet<BigDecimal> fractions = new TreeSet<>();
        if (rubric instanceof Composite composite) {
            fractions.add(BigDecimal.ZERO);
            for (Composite.Item item : composite.items()) {
                TreeSet<BigDecimal> sums = new TreeSet<>();
                for (BigDecimal partial : fractions) {
                    for (BigDecimal step : fractions(item.rubric())) {
                        sums.add(partial.add(item.weight().multiply(step)));
                    }
                }
                fractions = sums;
            }
            return fractions;
        }
        if (rubric instanceof Proportional) {
            throw new IllegalStateException("the search covers rubrics with discrete steps, not " + rubric.kind());
        }
        rubric.ladder().stream().map(Rung::fraction).forEach(fractions::add);
        return fractions;
    }

    private static int cents(String total) {
        return new BigDecimal(total).movePointRight(2).intValueExact();
    }
}
