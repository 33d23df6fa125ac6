package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The properties every rule pack must have, as a JUnit 5 test interface: a pack's tests implement it and name
 * their pack.
 *
 * <pre>{@code
 * class Kla2022ContractTest implements RulePackContract {
 *     public RulePack rulePack() {
 *         return new Kla2022().rulePack();
 *     }
 * }
 * }</pre>
 *
 * <p>Each property runs over {@link #tries()} generated submissions and shrinks a counterexample to a minimal
 * one. The properties: totals stay within 0 and the maximum; valid evidence and better values never lower a
 * score; the order of answers and documents does not matter; scoring is deterministic to the byte; totals on
 * the band edges fall as the pack declares; scorecards read back from their JSON; indicator points add up to
 * the sections' and the sections' to the total; every point lost has a cause, and the losses add up to the
 * maxima minus the total; a plan to the next rank reaches it once applied; every source cites public pages, in
 * both languages.
 */
public interface RulePackContract {

    /**
     * Returns the pack under test.
     *
     * @return the pack
     */
    RulePack rulePack();

    /**
     * Returns how many submissions each property checks; override to run more or fewer.
     *
     * @return the number of cases per property
     */
    default int tries() {
        return Integer.getInteger("kla.property.tries", 200);
    }

    private Property<Submission> property() {
        return Property.forAll(Generators.submissions(rulePack())).tries(tries());
    }

    /**
     * Every source of the pack holds up as district staff read it beside the number: in Indonesian and in English,
     * each in its own language; an OFFICIAL or SOURCED number cites a public page in each; none names a file of the
     * pack's project, an internal brief or a constant of the code.
     */
    @Test
    default void everySourceCitesPublicPagesInBothLanguages() {
        List<String> problems = new ArrayList<>();
        rulePack().provenances().forEach((where, provenance) ->
                problems.addAll(SourceCheck.problems(where, provenance)));
        if (!problems.isEmpty()) {
            throw new AssertionFailedError(problems.size() + " sources do not hold up:\n"
                    + String.join("\n", problems));
        }
    }

    /** Totals stay between 0 and the pack's maximum, and every indicator within its own. */
    @Test
    default void totalsStayBetweenZeroAndTheMaximum() {
        RulePack pack = rulePack();
        property().check(s -> {
            ScoreCard card = ScoringEngine.score(pack, s);
            within("total", card.total(), pack.totalMax().value());
            for (IndicatorScore indicator : card.indicators()) {
                within("points of " + indicator.indicator(), indicator.points(), indicator.max());
            }
        });
    }

    /** Adding a document that a verifier found valid to an answer never lowers the score. */
    @Test
    default void validEvidenceNeverLowersAScore() {
        RulePack pack = rulePack();
        property().check(s -> {
            if (s.answers().isEmpty()) {
                return;
            }
            Answer answer = s.answers().get(0);
            IndicatorRule rule = pack.indicator(answer.indicator());
            EvidenceType type = rule.indicator().acceptedEvidence().stream().findFirst().orElse(EvidenceType.REPORT);
            Evidence valid = Evidence.of(type, "Dokumen sah", "9/" + s.year(), s.submittedOn())
                    .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID);
            List<Evidence> more = new ArrayList<>(answer.evidence());
            more.add(valid);
            notLower("adding a valid " + type + " to " + answer.indicator(), ScoringEngine.score(pack, s),
                    ScoringEngine.score(pack, replace(s, 0, answer.withEvidence(more))));
        });
    }

    /** Improving a value (a higher coverage, a lower prevalence, a stronger document) never lowers the score. */
    @Test
    default void aBetterValueNeverLowersAScore() {
        RulePack pack = rulePack();
        Property.forAll(Gen.of(r -> {
            Submission s = Generators.submissions(pack).generate(r);
            return new Improvement(s, r.nextLong());
        }, i -> Shrinking.submission(i.submission()).map(s -> new Improvement(s, i.seed())))).tries(tries())
                .describedBy(i -> KlaJson.write(i.submission()).strip())
                .check(improvement -> {
                    Submission s = improvement.submission();
                    for (int i = 0; i < s.answers().size(); i++) {
                        Answer answer = s.answers().get(i);
                        if (answer.value().isEmpty()) {
                            continue;
                        }
                        // Each answer's improvement depends on its indicator alone, so that shrinking the other
                        // answers away does not change it.
                        SplittableRandom r = new SplittableRandom(improvement.seed() ^ answer.indicator().hashCode());
                        IndicatorValue better = Values.better(answer.value().get(),
                                pack.indicator(answer.indicator()).indicator().measurement().direction(), r);
                        Answer improved = new Answer(answer.indicator(), Optional.of(better), answer.evidence(),
                                answer.questions(), answer.statedPoints(), answer.statedMax());
                        notLower("improving " + answer.indicator() + " from " + KlaJson.write(answer.value().get())
                                .strip() + " to " + KlaJson.write(better).strip(), ScoringEngine.score(pack, s),
                                ScoringEngine.score(pack, replace(s, i, improved)));
                    }
                });
    }

    /** The order of the answers and of each answer's documents does not change a score. */
    @Test
    default void answerAndEvidenceOrderDoNotMatter() {
        RulePack pack = rulePack();
        property().check(s -> {
            Random random = new Random(s.hashCode());
            List<Answer> shuffled = new ArrayList<>();
            for (Answer answer : s.answers()) {
                List<Evidence> evidence = new ArrayList<>(answer.evidence());
                Collections.shuffle(evidence, random);
                shuffled.add(answer.withEvidence(evidence));
            }
            Collections.shuffle(shuffled, random);
            ScoreCard before = ScoringEngine.score(pack, s);
            ScoreCard after = ScoringEngine.score(pack, s.withAnswers(shuffled));
            same("total", before.total(), after.total());
            same("rank", before.rank(), after.rank());
            same("indicator points", points(before), points(after));
            same("provisional range", before.provisional(), after.provisional());
        });
    }

    /** The same submission gives an equal scorecard and the same JSON bytes. */
    @Test
    default void scoringIsDeterministic() {
        RulePack pack = rulePack();
        property().check(s -> {
            ScoreCard first = ScoringEngine.score(pack, s);
            ScoreCard second = ScoringEngine.score(pack, s);
            same("scorecard", first, second);
            same("scorecard JSON", KlaJson.write(first), KlaJson.write(second));
        });
    }

    /** A total on each band's lower edge, and a hundredth either side of it, falls as the pack declares. */
    @Test
    default void bandEdgesBehaveAsDeclared() {
        RankBands bands = rulePack().bands();
        BigDecimal hundredth = BigDecimal.ONE.movePointLeft(rulePack().rounding().scale());
        Rank below = Rank.NONE;
        for (RankBands.Band band : bands.bands()) {
            if (band.from().signum() > 0) {
                same("rank of " + band.from(), band.fromInclusive() ? band.rank() : below, bands.rankOf(band.from()));
                same("rank a hundredth below " + band.from(), below, bands.rankOf(band.from().subtract(hundredth)));
                same("rank a hundredth above " + band.from(), band.rank(), bands.rankOf(band.from().add(hundredth)));
            }
            below = band.rank();
        }
    }

    /** A scorecard read back from its JSON equals the scorecard and writes the same bytes. */
    @Test
    default void scorecardsRoundTripThroughJson() {
        RulePack pack = rulePack();
        property().check(s -> {
            ScoreCard card = ScoringEngine.score(pack, s);
            String json = KlaJson.write(card);
            ScoreCard read = KlaJson.read(json, ScoreCard.class);
            same("scorecard read back", card, read);
            same("JSON written again", json, KlaJson.write(read));
        });
    }

    /** Indicator points add up to their section's points, and the sections' to the total. */
    @Test
    default void pointsAddUpToSectionsAndTotal() {
        RulePack pack = rulePack();
        property().check(s -> {
            ScoreCard card = ScoringEngine.score(pack, s);
            BigDecimal sections = BigDecimal.ZERO;
            for (ClusterScore cluster : card.clusters()) {
                BigDecimal sum = card.indicators().stream().filter(i -> i.cluster() == cluster.cluster())
                        .map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                same("points of " + cluster.cluster(), pack.rounding().round(sum), cluster.points());
                sections = sections.add(cluster.points());
            }
            same("total", pack.rounding().round(sections), card.total());
        });
    }

    /**
     * Every point below the indicators' maxima is one loss's: the losses are positive, the largest first, add up to
     * exactly the maxima minus the total, and in a pack that rounds each indicator, to each indicator's maximum
     * minus its points.
     */
    @Test
    default void everyLostPointHasACause() {
        RulePack pack = rulePack();
        property().check(s -> {
            ScoreCard card = ScoringEngine.score(pack, s);
            BigDecimal maxima = card.indicators().stream().map(IndicatorScore::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal lost = card.losses().stream().map(Loss::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            same("the losses", maxima.subtract(card.total()).stripTrailingZeros(), lost.stripTrailingZeros());
            BigDecimal previous = null;
            for (Loss loss : card.losses()) {
                if (loss.points().signum() <= 0 || (previous != null && loss.points().compareTo(previous) > 0)) {
                    throw new AssertionFailedError("losses must be positive and the largest first: " + card.losses());
                }
                previous = loss.points();
            }
            if (pack.rounding().at() == Rounding.Point.INDICATOR) {
                for (IndicatorScore indicator : card.indicators()) {
                    BigDecimal own = card.lossesOf(indicator.indicator()).stream().map(Loss::points)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    same("the losses of " + indicator.indicator(),
                            indicator.max().subtract(indicator.points()).stripTrailingZeros(),
                            own.stripTrailingZeros());
                }
            }
        });
    }

    /**
     * A plan to the next rank reaches it: the submission with the plan applied scores what the plan says, at or
     * above the lowest total of the target rank; a plan that says the rank cannot be reached names a highest total
     * below it.
     */
    @Test
    default void aPlanReachesItsTarget() {
        RulePack pack = rulePack();
        Property.forAll(Generators.submissions(pack)).tries(Math.max(1, tries() / 5)).check(s -> {
            Plan plan = Planner.plan(ScoringEngine.check(pack, s), PlanRequest.nextRank());
            if (plan.outcome() == Plan.Outcome.PLANNED) {
                ScoreCard applied = ScoringEngine.score(pack, plan.applied().orElseThrow());
                same("the applied plan's total", plan.reached(), applied.total());
                if (applied.rank().compareTo(plan.target()) < 0 || applied.total().compareTo(plan.needed()) < 0) {
                    throw new AssertionFailedError("the plan does not reach " + plan.target() + ": " + plan);
                }
            } else if (plan.outcome() == Plan.Outcome.UNREACHABLE && plan.unmet().isEmpty()
                    && plan.highest().compareTo(plan.needed()) >= 0) {
                throw new AssertionFailedError("an unreachable target below the highest total: " + plan);
            }
        });
    }

    /**
     * A generated submission with the seed to improve its values by.
     *
     * @param submission the submission
     * @param seed       the seed of the improvements
     */
    record Improvement(Submission submission, long seed) {
    }

    private static List<BigDecimal> points(ScoreCard card) {
        return card.indicators().stream().map(IndicatorScore::points).toList();
    }

    private static Submission replace(Submission s, int index, Answer answer) {
        List<Answer> answers = new ArrayList<>(s.answers());
        answers.set(index, answer);
        return s.withAnswers(answers);
    }

    private static void within(String what, BigDecimal value, BigDecimal max) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new AssertionFailedError(what + " must be within [0, " + max.toPlainString() + "], but was "
                    + value.toPlainString(), "[0, " + max.toPlainString() + "]", value.toPlainString());
        }
    }

    private static void notLower(String what, ScoreCard before, ScoreCard after) {
        if (after.total().compareTo(before.total()) < 0) {
            throw new AssertionFailedError(what + " lowered the total from " + before.total() + " to "
                    + after.total(), "at least " + before.total(), after.total().toPlainString());
        }
    }

    private static void same(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionFailedError(what + " differs", expected, actual);
        }
    }
}
