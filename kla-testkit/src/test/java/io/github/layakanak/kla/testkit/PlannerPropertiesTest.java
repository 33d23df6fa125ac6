package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.AtRisk;
import io.github.layakanak.kla.scoring.plan.Effort;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The planner and the risks over generated packs of every rubric kind: a plan that says it reaches its target does,
 * once applied and scored; one that says it cannot names a highest total below the target's; the steps' gains add up;
 * and a document's rejection costs what scoring the rejection again says.
 */
class PlannerPropertiesTest {

    /** A generated pack, by its seed (so that only the submission shrinks), a submission, and a request's seed. */
    record Case(long packSeed, Submission submission, long requestSeed) {
        RulePack pack() {
            return Generators.rulePacks().generate(new SplittableRandom(packSeed));
        }

        PlanRequest request() {
            SplittableRandom r = new SplittableRandom(requestSeed);
            Effort effort = Effort.steps();
            if (r.nextBoolean()) {
                for (Step.Kind kind : Step.Kind.values()) {
                    effort = effort.with(kind, BigDecimal.valueOf(1 + r.nextInt(20), r.nextInt(3)));
                }
            }
            return PlanRequest.nextRank().effort(effort).documentsOnly(r.nextInt(4) == 0);
        }
    }

    private static Gen<Case> cases() {
        return Gen.of(r -> {
            long packSeed = r.nextLong();
            RulePack pack = Generators.rulePacks().generate(new SplittableRandom(packSeed));
            return new Case(packSeed, Generators.submissions(pack).generate(r), r.nextLong());
        }, c -> Shrinking.submission(c.submission()).map(s -> new Case(c.packSeed(), s, c.requestSeed())));
    }

    @Test
    void aPlanUnderAnyGeneratedPackReachesWhatItSays() {
        Property.forAll(cases()).tries(Integer.getInteger("kla.property.tries", 300))
                .describedBy(c -> "pack seed " + c.packSeed() + ", request seed " + c.requestSeed() + ", submission "
                        + KlaJson.write(c.submission()))
                .check(c -> {
                    RulePack pack = c.pack();
                    CheckedSubmission checked = ScoringEngine.check(pack, c.submission());
                    Plan plan = Planner.plan(checked, c.request());
                    switch (plan.outcome()) {
                        case PLANNED -> {
                            ScoreCard applied = ScoringEngine.score(pack, plan.applied().orElseThrow());
                            expect("the applied plan's total", plan.reached(), applied.total());
                            expect("the last step's total in " + plan + " applied " + applied, plan.reached(),
                                    plan.steps().get(plan.steps().size() - 1).total());
                            expect("the steps' gains", plan.reached().subtract(plan.from()), plan.steps().stream()
                                    .map(Step::gain).reduce(BigDecimal.ZERO, BigDecimal::add));
                            if (applied.rank().compareTo(plan.target()) < 0
                                    || applied.total().compareTo(plan.needed()) < 0) {
                                throw new AssertionFailedError("the plan does not reach " + plan.target() + ": "
                                        + plan);
                            }
                            if (c.request().documentsOnly() && !plan.steps().stream().allMatch(Step::changeable)) {
                                throw new AssertionFailedError("a step beyond documents: " + plan.steps());
                            }
                        }
                        case UNREACHABLE -> {
                            if (plan.unmet().isEmpty() && Planner.lowestTotal(pack, plan.target()).isPresent()
                                    && plan.highest().compareTo(plan.needed()) >= 0) {
                                throw new AssertionFailedError("unreachable below the highest total: " + plan
                                        + " conditions " + ScoringEngine.score(checked).conditions() + " of "
                                        + pack.rankConditions() + " bands " + pack.bands().bands() + " gate "
                                        + pack.findGate() + " rounding " + pack.rounding());
                            }
                        }
                        case ALREADY_REACHED -> expect("no steps", 0, plan.steps().size());
                    }
                });
    }

    @Test
    void aDocumentsRejectionCostsWhatScoringItAgainSays() {
        Property.forAll(cases()).tries(100).check(c -> {
            CheckedSubmission checked = ScoringEngine.check(c.pack(), c.submission());
            ScoreCard card = ScoringEngine.score(checked);
            AtRisk risk = Planner.atRisk(checked);
            for (AtRisk.Exposure x : risk.documents()) {
                ScoreCard rejected = ScoringEngine.score(checked.rejecting(x.evidence().pointer(), "ditolak"));
                expect("the cost of rejecting " + x.evidence().pointer(), card.total().subtract(rejected.total()),
                        x.cost());
                expect("the rank after rejecting " + x.evidence().pointer(), rejected.rank(), x.rankAfter());
            }
        });
    }

    private static void expect(String what, Object expected, Object actual) {
        boolean same = expected instanceof BigDecimal e && actual instanceof BigDecimal a ? e.compareTo(a) == 0
                : expected.equals(actual);
        if (!same) {
            throw new AssertionFailedError(what + " differs", expected, actual);
        }
    }
}
