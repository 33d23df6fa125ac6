package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.GateOutcome;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How the reports write numbers, rank bands, the gate, the order of deficiencies and the points lost. */
final class Numbers {

    private Numbers() {
    }

    /** Points as a recap prints them: at least two decimals ({@code 40} is {@code 40.00}). */
    static String points(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /** A maximum or a threshold as people write it: {@code 150}, {@code 12.5}. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The deficiencies, the largest cost first; equal costs keep the pack's order of indicators. */
    static List<Deficiency> largestFirst(ScoreCard card) {
        List<Deficiency> sorted = new ArrayList<>(card.deficiencies());
        sorted.sort(Comparator.comparing(Deficiency::cost).reversed());
        return sorted;
    }

    /** The indicators' maxima added up: what the total and the losses share between them. */
    static BigDecimal maxima(ScoreCard card) {
        return card.indicators().stream().map(IndicatorScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The points lost in all: the indicators' maxima minus the total, which the losses add up to. */
    static BigDecimal lost(ScoreCard card) {
        return maxima(card).subtract(card.total());
    }

    /** The points lost for one cause, added up over the losses; zero when nothing was lost for it. */
    static BigDecimal lost(ScoreCard card, Loss.Cause cause) {
        return card.losses().stream().filter(l -> l.cause() == cause).map(Loss::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The band of a rank in words: {@code di atas 700 sampai 800}, {@code from 500 to 600}. */
    static String band(RulePack pack, Rank rank, Lang lang) {
        List<RankBands.Band> bands = pack.bands().bands();
        for (int i = 0; i < bands.size(); i++) {
            RankBands.Band band = bands.get(i);
            if (band.rank() != rank) {
                continue;
            }
            String from = plain(band.from());
            String lower = band.fromInclusive() ? lang.t("dari " + from, "from " + from)
                    : lang.t("di atas " + from, "above " + from);
            if (i + 1 == bands.size()) {
                String to = plain(pack.totalMax().value());
                return lower + lang.t(" sampai " + to, " to " + to);
            }
            RankBands.Band next = bands.get(i + 1);
            String to = plain(next.from());
            return lower + (next.fromInclusive() ? lang.t(" sampai di bawah " + to, " to under " + to)
                    : lang.t(" sampai " + to, " to " + to));
        }
        if (!bands.isEmpty() && rank == Rank.NONE) {
            RankBands.Band first = bands.get(0);
            String to = plain(first.from());
            return first.fromInclusive() ? lang.t("di bawah " + to, "under " + to) : lang.t("sampai " + to, "up to " + to);
        }
        return lang.t("tidak ada dalam paket", "not in the pack");
    }

    /** The stage gate in words: where it applies, its threshold, and whether the total passes. */
    static String gate(GateOutcome gate, Lang lang) {
        String threshold = plain(gate.threshold());
        String rule = gate.inclusive() ? lang.t("paling sedikit " + threshold, "at least " + threshold)
                : lang.t("di atas " + threshold, "above " + threshold);
        String after = lang.t("setelah ", "after ") + lang.name(gate.stage()) + ", " + rule + ": ";
        if (gate.decided()) {
            return after + (gate.proceeds() ? lang.t("lolos ke tahap berikutnya", "goes on to the next stage")
                    : lang.t("tidak lolos", "does not go on"));
        }
        return after + lang.t("belum diputuskan; total saat ini ", "not decided yet; the current total ")
                + (gate.proceeds() ? lang.t("akan lolos", "would pass") : lang.t("tidak akan lolos", "would not pass"));
    }
}
