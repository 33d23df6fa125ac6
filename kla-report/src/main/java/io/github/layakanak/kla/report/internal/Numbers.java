package io.github.layakanak.kla.report.internal;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.GateOutcome;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the reports write numbers, rank bands, the gate, the order of deficiencies and the points lost.
 *
 * <p>Words for people write a number as their language does: Indonesian with a decimal comma ({@code 745,00},
 * {@code 12,5}), English with a decimal point ({@code 745.00}, {@code 12.5}), as the library's explainers write the
 * numbers in their sentences. No number gets a thousands separator, in either language: {@code 1.000} is a thousand
 * in Indonesian but one in English, so {@code 1000} reads the same to both (totals stay below a thousand; counts and
 * years are written as they are). What machines read (the CSV, JSON, the HTML page's data attributes) keeps the plain
 * number with a point.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Points as a recap prints them, for machines: at least two decimals ({@code 40} is {@code 40.00}).
     *
     * @param value the number
     * @return the number, written
     */
    public static String points(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /**
     * Points as a recap prints them, in a language: {@code 40,00} in Indonesian, {@code 40.00} in English.
     *
     * @param value the number
     * @param lang the language
     * @return the number, written
     */
    public static String points(BigDecimal value, Lang lang) {
        return marked(points(value), lang);
    }

    /**
     * A maximum or a threshold as people write it: {@code 150}, {@code 12,5} in Indonesian, {@code 12.5}.
     *
     * @param value the number
     * @param lang the language
     * @return the number, written
     */
    public static String plain(BigDecimal value, Lang lang) {
        return marked(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString(), lang);
    }

    /**
     * A percentage to one decimal, as the language writes it: {@code 4,4%}, {@code 4.4%}.
     *
     * @param part the part
     * @param all the whole
     * @param lang the language
     * @return the number, written
     */
    public static String percent(int part, int all, Lang lang) {
        BigDecimal percent = all == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
        return marked(percent.toPlainString(), lang) + "%";
    }

    /** A plain number ({@link BigDecimal#toPlainString}) with the language's decimal mark. */
    private static String marked(String plain, Lang lang) {
        return lang.decimalMark() == '.' ? plain : plain.replace('.', lang.decimalMark());
    }

    /**
     * The deficiencies, the largest cost first; equal costs keep the pack's order of indicators.
     *
     * @param card the scorecard
     * @return the deficiencies, sorted
     */
    public static List<Deficiency> largestFirst(ScoreCard card) {
        List<Deficiency> sorted = new ArrayList<>(card.deficiencies());
        sorted.sort(Comparator.comparing(Deficiency::cost).reversed());
        return sorted;
    }

    /**
     * The indicators' maxima added up: what the total and the losses share between them.
     *
     * @param card the scorecard
     * @return the points
     */
    public static BigDecimal maxima(ScoreCard card) {
        return card.indicators().stream().map(IndicatorScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The points lost in all: the indicators' maxima minus the total, which the losses add up to.
     *
     * @param card the scorecard
     * @return the points
     */
    public static BigDecimal lost(ScoreCard card) {
        return maxima(card).subtract(card.total());
    }

    /**
     * The points lost for one cause, added up over the losses; zero when nothing was lost for it.
     *
     * @param card the scorecard
     * @param cause the cause
     * @return the points
     */
    public static BigDecimal lost(ScoreCard card, Loss.Cause cause) {
        return card.losses().stream().filter(l -> l.cause() == cause).map(Loss::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The band of a rank in words: {@code di atas 612,5 sampai 700}, {@code from 500 to 600}.
     *
     * @param pack the rule pack
     * @param rank the rank
     * @param lang the language
     * @return the number, written
     */
    public static String band(RulePack pack, Rank rank, Lang lang) {
        List<RankBands.Band> bands = pack.bands().bands();
        for (int i = 0; i < bands.size(); i++) {
            RankBands.Band band = bands.get(i);
            if (band.rank() != rank) {
                continue;
            }
            String from = plain(band.from(), lang);
            if (i + 1 == bands.size()) {
                String to = plain(pack.totalMax().value(), lang);
                return lang.text(band.fromInclusive() ? "numbers.band.fromTo" : "numbers.band.aboveTo", from, to);
            }
            RankBands.Band next = bands.get(i + 1);
            String to = plain(next.from(), lang);
            String key = (band.fromInclusive() ? "numbers.band.from" : "numbers.band.above")
                    + (next.fromInclusive() ? "ToUnder" : "To");
            return lang.text(key, from, to);
        }
        if (!bands.isEmpty() && rank == Rank.NONE) {
            RankBands.Band first = bands.get(0);
            String to = plain(first.from(), lang);
            return lang.text(first.fromInclusive() ? "numbers.band.under" : "numbers.band.upTo", to);
        }
        return lang.text("numbers.band.none");
    }

    /**
     * The stage gate in words: where it applies, its threshold, and whether the total passes.
     *
     * @param gate the stage gate
     * @param lang the language
     * @return the number, written
     */
    public static String gate(GateOutcome gate, Lang lang) {
        String threshold = plain(gate.threshold(), lang);
        String rule = lang.text(gate.inclusive() ? "numbers.gate.atLeast" : "numbers.gate.above", threshold);
        String outcome;
        if (gate.decided()) {
            outcome = lang.text(gate.proceeds() ? "numbers.gate.proceeds" : "numbers.gate.stops");
        } else {
            outcome = lang.text("numbers.gate.undecided",
                    lang.text(gate.proceeds() ? "numbers.gate.wouldPass" : "numbers.gate.wouldNotPass"));
        }
        return lang.text("numbers.gate", lang.name(gate.stage()), rule, outcome);
    }
}
