package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Submissions aimed at the band of a rank. Random answers alone land almost all below the lowest rank at the
 * verification stages (few of their documents count there), so each indicator gets three answers: none, a random
 * one, and its best one (the top rung with a valid document). In a random order, the indicators step from none to
 * the random answer, then from the random answer to the best: 2n + 1 submissions whose totals run from 0 to the
 * maximum in steps of at most one indicator's points. One is drawn among those in the band of the rank aimed at.
 *
 * <p>The points of each answer are what scoring the all-random and the all-best submission gives each indicator
 * (points of one indicator do not depend on another's answer), so a submission costs two scorings. A band narrower
 * than every step (or a rank condition switched on) can make the band unreachable; then the submission lands on the
 * rank nearest the one aimed at.
 */
final class Ranked {

    private Ranked() {
    }

    static Submission generate(RulePack pack, List<Region> regions, Rank target, SplittableRandom r) {
        int year = pack.years().get(r.nextInt(pack.years().size()));
        LocalDate submittedOn = LocalDate.of(year, 1 + r.nextInt(6), 1 + r.nextInt(28));
        Stage stage = Stage.values()[r.nextInt(Stage.values().length)];
        List<IndicatorRule> rules = pack.indicators();
        int n = rules.size();
        Answer[] plain = new Answer[n];
        Answer[] best = new Answer[n];
        for (int i = 0; i < n; i++) {
            IndicatorRule rule = rules.get(i);
            if (r.nextInt(8) > 0) {
                plain[i] = Generators.answer(rule, submittedOn, r);
            }
            best[i] = Answers.best(rule, submittedOn).orElse(plain[i]);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = r.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        boolean shuffled = r.nextBoolean();
        long shuffleSeed = r.nextLong();
        Region region = regions.get(r.nextInt(regions.size()));

        BigDecimal[] plainPoints = points(pack, region, year, stage, submittedOn, plain);
        BigDecimal[] bestPoints = points(pack, region, year, stage, submittedOn, best);
        List<Integer> hits = new ArrayList<>();
        List<Integer> nearest = new ArrayList<>();
        int nearestDistance = Integer.MAX_VALUE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k <= 2 * n; k++) {
            if (k > 0) {
                int j = order[(k - 1) % n];
                sum = sum.add(k <= n ? plainPoints[j] : bestPoints[j].subtract(plainPoints[j]));
            }
            Rank rank = pack.bands().rankOf(pack.rounding().round(sum));
            int distance = Math.abs(rank.ordinal() - target.ordinal());
            if (distance == 0) {
                hits.add(k);
            } else if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest.clear();
                nearest.add(k);
            } else if (distance == nearestDistance) {
                nearest.add(k);
            }
        }
        List<Integer> choices = hits.isEmpty() ? nearest : hits;
        int k = choices.get(r.nextInt(choices.size()));

        Answer[] chosen = new Answer[n];
        for (int p = 0; p < n; p++) {
            int j = order[p];
            chosen[j] = k <= n ? (p < k ? plain[j] : null) : (p < k - n ? best[j] : plain[j]);
        }
        List<Answer> answers = answered(chosen);
        if (shuffled) {
            Collections.shuffle(answers, new Random(shuffleSeed));
        }
        return new Submission(region, year, stage, submittedOn, answers, Map.of());
    }

    private static List<Answer> answered(Answer[] answers) {
        List<Answer> out = new ArrayList<>(answers.length);
        for (Answer a : answers) {
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Each indicator's points for these answers, 0 for one not answered. */
    private static BigDecimal[] points(RulePack pack, Region region, int year, Stage stage, LocalDate submittedOn,
            Answer[] answers) {
        ScoreCard card = ScoringEngine.score(pack, new Submission(region, year, stage, submittedOn, answered(answers),
                Map.of()));
        BigDecimal[] points = new BigDecimal[answers.length];
        for (int i = 0; i < answers.length; i++) {
            points[i] = answers[i] == null ? BigDecimal.ZERO : card.findIndicator(pack.indicators().get(i).id())
                    .map(IndicatorScore::points).orElse(BigDecimal.ZERO);
        }
        return points;
    }
}
