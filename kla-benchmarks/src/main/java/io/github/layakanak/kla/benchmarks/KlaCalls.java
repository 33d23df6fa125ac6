package io.github.layakanak.kla.benchmarks;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.rules.y2024.Kla2024;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.ProvisionalRange;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every call the benchmarks make into kla's scoring API, in one place.
 *
 * <p>A submission is checked ({@code ScoringEngine.check(pack, submission)}: the pack's checks and the
 * submission's admissibility, with the validator) and the checked submission scored
 * ({@code ScoringEngine.score(checked)}); explanations are rendered apart, by an {@code Explainer}, and the
 * benchmarks do not render them: they consume the structured scorecard.
 */
final class KlaCalls {

    /** The assessment year of the 2022 pack. */
    static final int YEAR_2022 = 2022;

    /** The packs found on the class path, for a refusal that reaches the check. */
    private static final RulePacks PACKS = RulePacks.discover();

    private KlaCalls() {
    }

    /**
     * Discovers the rule packs on the class path and picks the 2022 one: what an app does first. Discovery asks
     * every provider on the path for its pack, so with kla-rules-2024 there it reads and lints that pack too.
     *
     * @return the 2022 pack
     */
    static RulePack discover2022() {
        return RulePacks.discover().forYear(YEAR_2022);
    }

    /**
     * Reads and lints the 2022 pack alone, as its provider does, without discovery.
     *
     * @return the 2022 pack
     */
    static RulePack read2022() {
        return new Kla2022().rulePack();
    }

    /**
     * Reads and lints the 2024 pack alone, as its provider does, without discovery.
     *
     * @return the 2024 pack
     */
    static RulePack read2024() {
        return new Kla2024().rulePack();
    }

    /**
     * Checks and scores a submission: what {@code ScoringEngine.score(pack, submission)} does.
     *
     * @param pack       the pack
     * @param submission the submission
     * @return the scorecard
     */
    static ScoreCard score(RulePack pack, Submission submission) {
        return ScoringEngine.score(pack, submission);
    }

    /**
     * Checks a submission against a pack, with the default (English) validator.
     *
     * @param pack       the pack
     * @param submission the submission
     * @return the proof that scoring takes
     */
    static CheckedSubmission check(RulePack pack, Submission submission) {
        return ScoringEngine.check(pack, submission);
    }

    /**
     * Scores a checked submission.
     *
     * @param checked the checked submission
     * @return the scorecard
     */
    static ScoreCard score(CheckedSubmission checked) {
        return ScoringEngine.score(checked);
    }

    /**
     * Returns the explainer of a pack's scorecards in Indonesian, the reports' default language.
     *
     * @param pack the pack
     * @return the explainer
     */
    static Explainer explainer(RulePack pack) {
        return Explainer.of(pack, Locale.forLanguageTag("id"));
    }

    /**
     * Returns the total of a scorecard in hundredths of a point, exactly.
     *
     * @param card the scorecard
     * @return the total times 100
     * @throws ArithmeticException if the total has more than two decimals
     */
    static long totalHundredths(ScoreCard card) {
        return hundredths(card.total());
    }

    /**
     * Returns the points of each indicator of a scorecard in hundredths, in the pack's order.
     *
     * @param card the scorecard
     * @return the points times 100
     */
    static long[] indicatorHundredths(ScoreCard card) {
        List<IndicatorScore> indicators = card.indicators();
        long[] points = new long[indicators.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = hundredths(indicators.get(i).points());
        }
        return points;
    }

    /**
     * Hands every part of a scorecard to the blackhole, so that nothing the engine built can be optimised away:
     * total, rank, sections, indicators (points, basis, rating, evidence), deficiencies, provisional range and
     * gate.
     *
     * @param card the scorecard
     * @param bh   the blackhole
     */
    static void consume(ScoreCard card, Blackhole bh) {
        bh.consume(card.total());
        bh.consume(card.rank());
        for (ClusterScore cluster : card.clusters()) {
            bh.consume(cluster.points());
        }
        for (IndicatorScore indicator : card.indicators()) {
            bh.consume(indicator.points());
            bh.consume(indicator.basis());
            bh.consume(indicator.rating());
            bh.consume(indicator.evidence());
            bh.consume(indicator.questions());
        }
        for (Deficiency deficiency : card.deficiencies()) {
            bh.consume(deficiency.kind());
            bh.consume(deficiency.cost());
            bh.consume(deficiency.evidence());
        }
        ProvisionalRange range = card.provisional();
        bh.consume(range.lowest());
        bh.consume(range.lowestRank());
        bh.consume(range.highest());
        bh.consume(range.highestRank());
        if (card.gate().isPresent()) {
            bh.consume(card.gate().get());
        }
        bh.consume(card.conditions());
        bh.consume(card.recapIssues());
    }

    /**
     * Reads a submission from JSON with kla's strict reader.
     *
     * @param json the JSON, in UTF-8
     * @return the submission
     */
    static Submission readSubmission(InputStream json) {
        return KlaJson.readSubmission(json);
    }

    /**
     * Reads a submission and checks it under the pack of its year, expecting it to be refused.
     *
     * @param json the JSON, in UTF-8
     * @return the refusal
     * @throws IllegalStateException if it is accepted
     */
    static KlaException refusal(InputStream json) {
        try {
            Submission submission = KlaJson.readSubmission(json);
            ScoringEngine.check(PACKS.forYear(submission.year()), submission);
        } catch (KlaException e) {
            return e;
        }
        throw new IllegalStateException("a bad input of the catalogue was accepted");
    }

    private static long hundredths(BigDecimal points) {
        return points.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
