package io.github.layakanak.kla.scoring.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.TestPacks;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The planner over random districts of the engine's test pack: its plans reach their target when they say so,
 * score as planned once applied, and cost no more than the cheapest set found by trying every combination of the
 * answers' options; a greedy choice of the best gain per effort is sometimes dearer.
 */
class PlannerTest {

    private static final RulePack PACK = TestPacks.pack().withRankCondition("perda-for-utama", true);
    private static final int CASES = 250;

    @Test
    void plansReachTheirTargetAndScoreAsPlannedOnceApplied() {
        for (Case c : cases(1)) {
            Plan plan = Planner.plan(c.checked(), c.request());
            ScoreCard card = ScoringEngine.score(c.checked());
            assertEquals(card.total(), plan.from(), c.toString());
            if (plan.outcome() == Plan.Outcome.PLANNED) {
                ScoreCard applied = ScoringEngine.score(PACK, plan.applied().orElseThrow());
                assertEquals(applied.total(), plan.reached(), c + ": the applied submission scores as planned");
                assertTrue(applied.rank().compareTo(plan.target()) >= 0, c + ": reaches " + plan.target());
                assertEquals(plan.reached(), plan.steps().get(plan.steps().size() - 1).total(), c.toString());
                assertEquals(plan.reached().subtract(plan.from()), plan.steps().stream().map(Step::gain)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), c + ": the steps' gains add up");
                assertEquals(0, plan.effort().compareTo(plan.steps().stream().map(Step::effort)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)), c.toString());
                if (c.request().documentsOnly()) {
                    assertTrue(plan.steps().stream().allMatch(Step::changeable), c + ": documents only");
                }
            } else if (plan.outcome() == Plan.Outcome.UNREACHABLE) {
                assertTrue(!plan.unmet().isEmpty() || plan.highest().compareTo(plan.needed()) < 0,
                        c + ": unreachable below " + plan.needed());
            } else {
                assertTrue(card.rank().compareTo(plan.target()) >= 0, c.toString());
            }
        }
    }

    @Test
    void noCheaperSetOfImprovementsReachesTheTarget() {
        int planned = 0;
        for (Case c : cases(2)) {
            Plan plan = Planner.plan(c.checked(), c.request());
            if (plan.outcome() == Plan.Outcome.ALREADY_REACHED) {
                continue;
            }
            Optional<Long> cheapest = bruteForce(Planner.leaves(c.checked(), c.request(), plan.target()),
                    plan.needed());
            if (plan.outcome() == Plan.Outcome.UNREACHABLE) {
                assertEquals(Optional.empty(), cheapest, c + ": brute force finds no way either");
            } else {
                planned++;
                assertEquals(cheapest.orElseThrow(), Leaf.units(plan.effort()), c + ": the least effort");
            }
        }
        assertTrue(planned > CASES / 4, "enough plans to compare: " + planned);
    }

    @Test
    void theBestGainPerEffortFirstIsSometimesDearer() {
        int dearer = 0;
        for (Case c : cases(3)) {
            Plan plan = Planner.plan(c.checked(), c.request());
            if (plan.outcome() != Plan.Outcome.PLANNED) {
                continue;
            }
            long greedy = greedy(Planner.leaves(c.checked(), c.request(), plan.target()), plan.needed());
            long exact = Leaf.units(plan.effort());
            assertTrue(exact <= greedy, c + ": no dearer than greedy");
            dearer += exact < greedy ? 1 : 0;
        }
        assertTrue(dearer > 0, "some district where greedy is dearer");
    }

    // ---- Brute force and greedy over the leaves ----

    private static Optional<Long> bruteForce(List<List<Leaf>> leaves, BigDecimal needed) {
        List<Leaf> flat = leaves.stream().flatMap(List::stream).toList();
        int[] choice = new int[flat.size()];
        long best = Long.MAX_VALUE;
        while (true) {
            if (flat.stream().noneMatch(l -> l.options.isEmpty())) {
                long effort = 0;
                for (int j = 0; j < flat.size(); j++) {
                    effort += flat.get(j).options.get(choice[j]).effort();
                }
                if (effort < best && total(leaves, flat, choice).compareTo(needed) >= 0) {
                    best = effort;
                }
            } else {
                return Optional.empty();
            }
            int j = 0;
            while (j < flat.size() && ++choice[j] == flat.get(j).options.size()) {
                choice[j++] = 0;
            }
            if (j == flat.size()) {
                return best == Long.MAX_VALUE ? Optional.empty() : Optional.of(best);
            }
        }
    }

    private static long greedy(List<List<Leaf>> leaves, BigDecimal needed) {
        List<Leaf> flat = leaves.stream().flatMap(List::stream).toList();
        if (flat.stream().anyMatch(l -> l.options.isEmpty())) {
            return Long.MAX_VALUE;
        }
        int[] choice = new int[flat.size()];
        while (total(leaves, flat, choice).compareTo(needed) < 0) {
            int bestLeaf = -1;
            int bestOption = -1;
            double bestRatio = -1;
            for (int j = 0; j < flat.size(); j++) {
                Leaf.Option now = flat.get(j).options.get(choice[j]);
                for (int o = choice[j] + 1; o < flat.get(j).options.size(); o++) {
                    Leaf.Option next = flat.get(j).options.get(o);
                    double ratio = next.points().subtract(now.points()).doubleValue()
                            / Math.max(1, next.effort() - now.effort());
                    if (ratio > bestRatio) {
                        bestRatio = ratio;
                        bestLeaf = j;
                        bestOption = o;
                    }
                }
            }
            if (bestLeaf < 0) {
                return Long.MAX_VALUE;
            }
            choice[bestLeaf] = bestOption;
        }
        long effort = 0;
        for (int j = 0; j < flat.size(); j++) {
            effort += flat.get(j).options.get(choice[j]).effort();
        }
        return effort;
    }

    private static BigDecimal total(List<List<Leaf>> leaves, List<Leaf> flat, int[] choice) {
        Rounding rounding = PACK.rounding();
        BigDecimal total = BigDecimal.ZERO;
        int j = 0;
        for (int i = 0; i < leaves.size(); i++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < leaves.get(i).size(); k++, j++) {
                sum = sum.add(flat.get(j).options.get(choice[j]).points());
            }
            IndicatorRule rule = PACK.indicators().get(i);
            BigDecimal points = rule.byQuestions() ? sum.min(rule.max().value()) : sum;
            total = total.add(rounding.at() == Rounding.Point.INDICATOR ? rounding.round(points) : points);
        }
        return rounding.round(total);
    }

    // ---- Random districts of the test pack ----

    record Case(long seed, CheckedSubmission checked, PlanRequest request) {
        @Override
        public String toString() {
            return "case seed " + seed + " " + request;
        }
    }

    private static List<Case> cases(long salt) {
        List<Case> cases = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(20261201L * salt);
        while (cases.size() < CASES) {
            long seed = seeds.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            Submission submission = submission(r);
            CheckedSubmission checked;
            try {
                checked = ScoringEngine.check(PACK, submission);
            } catch (ScoringException e) {
                continue;
            }
            Effort effort = Effort.steps();
            if (r.nextBoolean()) {
                for (Step.Kind kind : Step.Kind.values()) {
                    effort = effort.with(kind, BigDecimal.valueOf(1 + r.nextInt(8), r.nextInt(2)));
                }
                effort = effort.with("regulation", Step.Kind.RUNG_UP, new BigDecimal("7.5"));
            }
            PlanRequest request = PlanRequest.nextRank().effort(effort).documentsOnly(r.nextInt(5) == 0);
            if (r.nextInt(3) == 0) {
                request = request.target(Rank.values()[1 + r.nextInt(Rank.values().length - 1)]);
            }
            cases.add(new Case(seed, checked, request));
        }
        return cases;
    }

    private static Submission submission(SplittableRandom r) {
        Stage stage = r.nextBoolean() ? Stage.SELF_ASSESSMENT : Stage.ADMINISTRATIVE_VERIFICATION;
        List<Answer> answers = new ArrayList<>();
        for (IndicatorRule rule : PACK.indicators()) {
            if (r.nextInt(5) == 0) {
                continue;
            }
            List<Evidence> evidence = evidence(r, rule);
            if (!rule.byQuestions()) {
                Rubric rubric = rule.rubric().orElseThrow();
                answers.add(new Answer(rule.id(), witness(r, rubric, rule).flatMap(Response::value), evidence,
                        List.of(), Optional.empty()));
            } else {
                List<QuestionAnswer> questions = new ArrayList<>();
                for (QuestionRule question : rule.questions()) {
                    if (r.nextInt(4) == 0) {
                        continue;
                    }
                    Optional<Response> response = witness(r, question.rubric(), rule);
                    if (response.isEmpty()) {
                        continue;
                    }
                    questions.add(new QuestionAnswer(question.code(), response.get().option(),
                            response.get().value(), Optional.empty(), r.nextBoolean() ? evidence(r, rule)
                                    : List.of()));
                }
                answers.add(new Answer(rule.id(), Optional.empty(), r.nextBoolean() ? evidence : List.of(),
                        questions, Optional.empty()));
            }
        }
        return new Submission(RegionRegistry.of(RegionEdition.KEMENDAGRI_2025).get("21.71"), 2030, stage,
                LocalDate.of(2030, 3, 1), answers, Map.of());
    }

    private static Optional<Response> witness(SplittableRandom r, Rubric rubric, IndicatorRule rule) {
        List<Rung> ladder = rubric.ladder();
        if (ladder.isEmpty()) {
            return Optional.empty();
        }
        Rung rung = ladder.get(r.nextInt(ladder.size()));
        return rubric.witness(rung, rubric.valueKinds().contains(rule.indicator().measurement().kind())
                ? rule.indicator().measurement().kind()
                : rubric.valueKinds().stream().sorted().findFirst().orElse(rule.indicator().measurement().kind()));
    }

    private static List<Evidence> evidence(SplittableRandom r, IndicatorRule rule) {
        List<EvidenceType> types = new ArrayList<>(rule.indicator().acceptedEvidence());
        types.add(EvidenceType.OTHER);
        types.sort(null);
        List<Evidence> evidence = new ArrayList<>();
        for (int n = r.nextInt(3); n > 0; n--) {
            EvidenceType type = types.get(r.nextInt(types.size()));
            boolean legal = !type.isRegulation() || r.nextInt(4) != 0;
            Evidence e = new Evidence(type, "Dokumen " + n, legal ? Optional.of(n + "/2030") : Optional.empty(),
                    legal ? Optional.of(LocalDate.of(2030, 1, 2)) : Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of());
            switch (r.nextInt(4)) {
                case 0 -> e = legal ? e.withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID) : e;
                case 1 -> e = e.withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.invalid("kurang"));
                case 2 -> e = e.withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.MISSING);
                default -> {
                }
            }
            evidence.add(e);
        }
        return evidence;
    }
}
