package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.GateOutcome;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent checks of a scorecard, whose failures carry the expected and the actual value so that IDEs show them
 * as a diff.
 *
 * <pre>{@code
 * assertThat(ScoringEngine.score(pack, submission))
 *         .hasRank(Rank.MADYA)
 *         .hasTotal("631.00")
 *         .losesPointsFor("kla-regulation");
 * }</pre>
 */
public final class ScoreCardAssert {

    private final ScoreCard card;

    private ScoreCardAssert(ScoreCard card) {
        this.card = card;
    }

    /**
     * Starts checks of a scorecard.
     *
     * @param card the scorecard
     * @return the checks
     */
    public static ScoreCardAssert assertThat(ScoreCard card) {
        return new ScoreCardAssert(requireNonNull(card, "card"));
    }

    /**
     * Checks the rank.
     *
     * @param expected the rank
     * @return these checks
     * @throws AssertionFailedError if the rank differs
     */
    public ScoreCardAssert hasRank(Rank expected) {
        if (card.rank() != expected) {
            fail("rank", expected, card.rank());
        }
        return this;
    }

    /**
     * Checks the total, to the hundredth.
     *
     * @param expected the total as written on a recap, such as {@code "631.00"}
     * @return these checks
     * @throws AssertionFailedError if the total differs
     */
    public ScoreCardAssert hasTotal(String expected) {
        return hasTotal(new BigDecimal(requireNonNull(expected, "expected")));
    }

    /**
     * Checks the total by value ({@code 631} matches {@code 631.00}).
     *
     * @param expected the total
     * @return these checks
     * @throws AssertionFailedError if the total differs
     */
    public ScoreCardAssert hasTotal(BigDecimal expected) {
        if (card.total().compareTo(requireNonNull(expected, "expected")) != 0) {
            fail("total", expected.toPlainString(), card.total().toPlainString());
        }
        return this;
    }

    /**
     * Checks the points of one indicator.
     *
     * @param indicator the indicator's stable id
     * @param expected  the points, such as {@code "40.00"}
     * @return these checks
     * @throws AssertionFailedError if the pack does not score the indicator or its points differ
     */
    public ScoreCardAssert hasIndicatorPoints(String indicator, String expected) {
        IndicatorScore score = indicator(indicator);
        if (score.points().compareTo(new BigDecimal(expected)) != 0) {
            fail("points of indicator [" + indicator + "]", expected, score.points().toPlainString());
        }
        return this;
    }

    /**
     * Checks that a deficiency costs the indicator points.
     *
     * @param indicator the indicator's stable id
     * @return these checks
     * @throws AssertionFailedError if no deficiency of the indicator costs points
     */
    public ScoreCardAssert losesPointsFor(String indicator) {
        indicator(indicator);
        if (card.costOf(indicator).signum() <= 0) {
            throw new AssertionFailedError("expected a deficiency that costs points for indicator [" + indicator
                    + "], but there is none", "deficiencies costing points for [" + indicator + "]",
                    deficiencies());
        }
        return this;
    }

    /**
     * Checks that no deficiency costs points.
     *
     * @return these checks
     * @throws AssertionFailedError if one does
     */
    public ScoreCardAssert losesNoPoints() {
        List<Deficiency> costly = card.deficiencies().stream().filter(d -> d.cost().signum() > 0).toList();
        if (!costly.isEmpty()) {
            throw new AssertionFailedError("expected no deficiency that costs points", "[]", deficiencies());
        }
        return this;
    }

    /**
     * Checks that the district goes on past the stage gate.
     *
     * @param expected {@code true} for a district that proceeds, {@code false} for one that is stopped
     * @return these checks
     * @throws AssertionFailedError if the pack has no gate or the outcome differs
     */
    public ScoreCardAssert proceedsPastGate(boolean expected) {
        GateOutcome gate = card.gate().orElseThrow(() -> new AssertionFailedError("the pack has no stage gate"));
        if (gate.proceeds() != expected) {
            fail("gate outcome (proceeds)", expected, gate.proceeds());
        }
        return this;
    }

    /**
     * Returns the scorecard, for checks of one's own.
     *
     * @return the scorecard
     */
    public ScoreCard card() {
        return card;
    }

    private IndicatorScore indicator(String indicator) {
        return card.findIndicator(requireNonNull(indicator, "indicator")).orElseThrow(() -> new AssertionFailedError(
                "pack [" + card.packId() + "] does not score indicator [" + indicator + "]"));
    }

    private String deficiencies() {
        StringBuilder out = new StringBuilder();
        for (Deficiency d : card.deficiencies()) {
            out.append(d.indicator()).append(d.question().map(q -> "/" + q).orElse("")).append(' ').append(d.kind())
                    .append(' ').append(d.cost().toPlainString()).append('\n');
        }
        return out.toString();
    }

    private void fail(String what, Object expected, Object actual) {
        throw new AssertionFailedError("expected " + what + " of " + card.region().name() + " [" + expected
                + "] but was [" + actual + "]", expected, actual);
    }
}
