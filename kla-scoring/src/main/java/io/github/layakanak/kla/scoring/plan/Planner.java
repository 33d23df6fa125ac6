package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.Basis;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ConditionOutcome;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.QuestionScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans the cheapest way to a rank: for a checked submission and a target rank (by default the next one), the set
 * of improvements with the fewest steps, or the least effort under an {@link Effort} table, that reaches it.
 *
 * <pre>{@code
 * CheckedSubmission checked = ScoringEngine.check(pack, submission);
 * Plan plan = Planner.plan(checked, PlanRequest.nextRank());
 * plan.outcome();     // PLANNED
 * plan.steps();       // each with its gain, the running total and the rank reached
 * plan.applied();     // the submission with the steps applied: score it to check
 * }</pre>
 *
 * <p>An improvement is one rung up an answer's ladder (from no answer, to its lowest rung), or one document made to
 * count: a pending one verified, an invalid or missing one mended, a regulation given its number and date, or a
 * document attached. The search is exact: a dynamic programme over the points of every answer, kept sparse as a
 * frontier of (effort, points), not a greedy choice of the largest gains. The plan respects the pack's gate (a rank
 * needs the gate passed) and every enabled rank condition up to the target rank: a document of a type on an
 * indicator, or a number of indicators each at a share of its maximum (the frontier then also counts the indicators
 * each way brings there).
 *
 * <p>Two choices of the model: a document that a rank condition needs on an instrument-shaped indicator as a whole
 * is taken its cheapest way, and the questions are then planned with it counting; and a rubric that cannot give an
 * answer for a rung ({@link io.github.layakanak.kla.scoring.pack.Rubric#witness}) is not climbed. The plan's total is
 * the applied submission's, scored again.
 *
 * <p>The planner is pure and thread-safe, like the engine.
 */
public final class Planner {

    /** The number on a regulation the plan attaches or mends, until the district writes the real one. */
    static final String NUMBER_TO_FILL = "(nomor belum diisi)";
    /** The title of a document the plan attaches. */
    static final String PLANNED_TITLE = "Rencana: ";

    private Planner() {
    }

    /**
     * Plans the cheapest way to a rank: the request's, or the next one the pack awards above the scorecard's (a
     * scorecard at the highest rank the pack awards has it already).
     *
     * @param checked the checked submission
     * @param request the target, the effort table, and whether to change documents only
     * @return the plan
     * @throws io.github.layakanak.kla.scoring.RulePackException if a rubric of the pack's own kind fails
     */
    public static Plan plan(CheckedSubmission checked, PlanRequest request) {
        requireNonNull(checked, "checked");
        requireNonNull(request, "request");
        return new Planning(checked, request).plan();
    }

    /**
     * Finds what puts a district's rank at risk: the margin to the band below, and each document that counts, with
     * what its rejection at the next verification would cost.
     *
     * @param checked the checked submission
     * @return the risks
     */
    public static AtRisk atRisk(CheckedSubmission checked) {
        requireNonNull(checked, "checked");
        return Risks.of(checked);
    }

    /**
     * The lowest total a pack gives a rank, and the gate: a district below the gate goes no further, so a rank above
     * none needs the gate passed too.
     *
     * @param pack the pack
     * @param rank the rank
     * @return the lowest total, at the pack's scale; empty when the pack awards no such rank
     */
    public static Optional<BigDecimal> lowestTotal(RulePack pack, Rank rank) {
        requireNonNull(pack, "pack");
        requireNonNull(rank, "rank");
        BigDecimal unit = BigDecimal.ONE.movePointLeft(pack.rounding().scale());
        BigDecimal lowest = null;
        for (RankBands.Band band : pack.bands().bands()) {
            if (band.rank().compareTo(rank) >= 0) {
                BigDecimal from = band.fromInclusive() ? band.from() : band.from().add(unit);
                lowest = lowest == null || from.compareTo(lowest) < 0 ? from : lowest;
            }
        }
        if (rank == Rank.NONE) {
            return Optional.of(BigDecimal.ZERO.setScale(pack.rounding().scale()));
        }
        if (lowest == null) {
            return Optional.empty();
        }
        Optional<Gate> gate = pack.findGate();
        if (gate.isPresent()) {
            BigDecimal threshold = gate.get().threshold().value();
            BigDecimal passing = gate.get().inclusive() ? threshold : threshold.add(unit);
            lowest = lowest.max(passing);
        }
        return Optional.of(lowest.setScale(Math.max(pack.rounding().scale(), lowest.scale())));
    }

    /**
     * The answers' leaves the planner searches for a target, each indicator's in the pack's order: for tests that
     * search them by brute force.
     */
    static List<List<Leaf>> leaves(CheckedSubmission checked, PlanRequest request, Rank target) {
        Planning planning = new Planning(checked, request);
        planning.indicators(target);
        return planning.leaves;
    }

    /** One planning call. */
    private static final class Planning {

        private final CheckedSubmission checked;
        private final RulePack pack;
        private final Submission submission;
        private final PlanRequest request;
        private final Rounding rounding;
        private final ScoreCard card;
        /**
         * The verdict a document the plan makes count gets: valid where the stage counts valid documents, otherwise
         * pending where it counts those; null where no document can count at the stage.
         */
        private final @Nullable VerificationStatus counting;
        /** The rank conditions up to the target that no allowed step can meet. */
        private final List<String> unmet = new ArrayList<>();
        /** The leaves of each indicator, in the pack's order. */
        private final List<List<Leaf>> leaves = new ArrayList<>();
        /**
         * How many indicators the last {@link #indicators(Rank, Set)} needs brought to {@link #share} of their
         * maximum, for a rank condition that counts them; 0 when none applies.
         */
        private int needed;
        /** The share of its maximum an indicator must earn to count for {@link #needed}. */
        private BigDecimal share = BigDecimal.ONE;

        Planning(CheckedSubmission checked, PlanRequest request) {
            this.checked = checked;
            this.pack = checked.pack();
            this.submission = checked.submission();
            this.request = request;
            this.rounding = pack.rounding();
            this.card = ScoringEngine.score(checked);
            Stage stage = submission.stage();
            this.counting = pack.counts(VerificationStatus.VALID, stage) ? VerificationStatus.VALID
                    : pack.counts(VerificationStatus.PENDING, stage) ? VerificationStatus.PENDING : null;
        }

        Plan plan() {
            Rank target = request.target().orElseGet(() -> next(card.rank()));
            if (request.target().isEmpty() && lowestTotal(pack, target).isEmpty()) {
                target = card.rank(); // the pack awards nothing above: its highest rank is reached
            }
            Optional<BigDecimal> lowest = lowestTotal(pack, target);
            if (lowest.isEmpty()) {
                return plan(Plan.Outcome.UNREACHABLE, target, pack.totalMax().value(), card.total(), List.of(),
                        BigDecimal.ZERO, null);
            }
            BigDecimal needed = lowest.get();
            if (card.rank().compareTo(target) >= 0 && card.total().compareTo(needed) >= 0) {
                return plan(Plan.Outcome.ALREADY_REACHED, target, needed, card.total(), List.of(), BigDecimal.ZERO,
                        null);
            }
            List<List<Frontier.Node>> indicators = indicators(target);
            BigDecimal highest = BigDecimal.ZERO;
            for (List<Frontier.Node> options : indicators) {
                BigDecimal most = null;
                for (Frontier.Node node : options) {
                    most = most == null ? node.points() : most.max(node.points());
                }
                highest = highest.add(most == null ? BigDecimal.ZERO : most);
            }
            highest = rounding.round(highest);
            boolean possible = indicators.stream().noneMatch(List::isEmpty);
            Frontier.Node chosen = possible ? search(indicators, needed) : null;
            if (chosen == null) {
                if (possible) {
                    unmet.addAll(blocking(target, needed));
                }
                return plan(Plan.Outcome.UNREACHABLE, target, needed, possible ? highest : card.total(), List.of(),
                        BigDecimal.ZERO, null);
            }
            List<Choice> choices = new ArrayList<>();
            for (Frontier.Node n = chosen; n.prev() != null; n = n.prev()) {
                collect(n.pick(), choices);
            }
            return steps(target, needed, highest, choices);
        }

        /** The cheapest node whose points reach the total needed, or null when none does. */
        private Frontier.@Nullable Node search(List<List<Frontier.Node>> indicators, BigDecimal needed) {
            BigDecimal cap = needed.add(BigDecimal.ONE.movePointLeft(rounding.scale()));
            List<Frontier.Node> frontier = Frontier.root();
            for (List<Frontier.Node> options : indicators) {
                frontier = Frontier.combine(frontier, options, cap, this.needed);
            }
            for (Frontier.Node node : frontier) {
                if (rounding.round(node.points()).compareTo(needed) >= 0 && node.reached() >= this.needed) {
                    return node;
                }
            }
            return null;
        }

        /**
         * The rank conditions that keep an unreachable target out of reach though some allowed step meets each: the
         * documents they need support the answers less than others would (an indicator that accepts only a weaker
         * type, or a request that forbids the rest), so no set of steps meets them with the total needed. Each
         * condition whose leaving out alone lets the search reach the total; every one of them when only leaving
         * out all does; none when the total is out of reach anyway.
         */
        private List<String> blocking(Rank target, BigDecimal needed) {
            List<String> kept = List.copyOf(unmet);
            List<String> open = new ArrayList<>();
            List<RankCondition> conditions = new ArrayList<>(conditions(target).values());
            conditions.addAll(counting(target));
            for (RankCondition condition : conditions) {
                if (!kept.contains(condition.id())) {
                    open.add(condition.id());
                }
            }
            List<String> blocking = new ArrayList<>();
            if (!open.isEmpty() && search(indicators(target, Set.copyOf(open)), needed) != null) {
                for (String id : open) {
                    if (open.size() == 1 || search(indicators(target, Set.of(id)), needed) != null) {
                        blocking.add(id);
                    }
                }
                if (blocking.isEmpty()) {
                    blocking.addAll(open);
                }
            }
            unmet.clear();
            unmet.addAll(kept);
            return blocking;
        }

        /** The answers' options a node chose: its own, or those of an indicator's frontier of questions. */
        private static void collect(@Nullable Object pick, List<Choice> choices) {
            if (pick instanceof Choice choice) {
                choices.add(choice);
            } else if (pick instanceof Frontier.Node inner) {
                for (Frontier.Node q = inner; q.prev() != null; q = q.prev()) {
                    collect(q.pick(), choices);
                }
            }
        }

        /** Each indicator's frontier, its answers' leaves kept in {@link #leaves}. */
        List<List<Frontier.Node>> indicators(Rank target) {
            return indicators(target, Set.of());
        }

        /**
         * The enabled rank conditions up to the target that need evidence of a type and that the scorecard does not
         * meet, by their indicator.
         */
        private Map<String, RankCondition.EvidenceOfType> conditions(Rank target) {
            Map<String, RankCondition.EvidenceOfType> conditions = new HashMap<>();
            for (RankCondition condition : pack.rankConditions()) {
                if (condition instanceof RankCondition.EvidenceOfType evidence && applies(condition, target)) {
                    conditions.put(evidence.indicator(), evidence);
                }
            }
            return conditions;
        }

        /**
         * The enabled rank conditions up to the target that count indicators and that the scorecard does not meet.
         * A plan never lowers an answer, so a condition met already stays met.
         */
        private List<RankCondition.IndicatorsReaching> counting(Rank target) {
            List<RankCondition.IndicatorsReaching> counting = new ArrayList<>();
            for (RankCondition condition : pack.rankConditions()) {
                if (condition instanceof RankCondition.IndicatorsReaching reaching && applies(condition, target)) {
                    counting.add(reaching);
                }
            }
            return counting;
        }

        private boolean applies(RankCondition condition, Rank target) {
            return condition.enabled() && condition.rank().compareTo(target) <= 0 && !met(condition);
        }

        /** Each indicator's frontier, the rank conditions of ids {@code relaxed} left out. */
        private List<List<Frontier.Node>> indicators(Rank target, Set<String> relaxed) {
            Map<String, RankCondition.EvidenceOfType> conditions = conditions(target);
            conditions.values().removeIf(c -> relaxed.contains(c.id()));
            List<RankCondition.IndicatorsReaching> counting = counting(target);
            counting.removeIf(c -> relaxed.contains(c.id()));
            needed = 0;
            for (RankCondition.IndicatorsReaching c : counting) {
                needed = Math.max(needed, c.atLeast());
                share = c.fraction(); // the linter keeps one fraction per pack
            }
            List<List<Frontier.Node>> indicators = new ArrayList<>();
            unmet.clear();
            leaves.clear();
            int reachable = 0;
            for (int i = 0; i < pack.indicators().size(); i++) {
                RankCondition.EvidenceOfType condition = conditions.get(pack.indicators().get(i).id());
                List<Frontier.Node> options = indicatorOptions(i, condition == null ? null : condition.evidenceType());
                if (options.isEmpty() && condition != null) {
                    unmet.add(condition.id());
                }
                if (needed > 0) {
                    options = counted(options, pack.indicators().get(i).max().value());
                    reachable += options.stream().anyMatch(n -> n.reached() > 0) ? 1 : 0;
                }
                indicators.add(options);
            }
            for (RankCondition.IndicatorsReaching c : counting) {
                if (reachable < c.atLeast()) {
                    unmet.add(c.id());
                }
            }
            return indicators;
        }

        /** An indicator's options, each counting 1 when its points reach the share of the maximum needed. */
        private List<Frontier.Node> counted(List<Frontier.Node> options, BigDecimal max) {
            BigDecimal least = max.multiply(share);
            List<Frontier.Node> counted = new ArrayList<>(options.size());
            for (Frontier.Node n : options) {
                counted.add(new Frontier.Node(n.effort(), n.steps(), n.points(),
                        n.points().compareTo(least) >= 0 ? 1 : 0, n.prev(), n.pick()));
            }
            return counted;
        }

        /** The next rank above one that the pack awards; the rank itself when the pack awards none above it. */
        private Rank next(Rank rank) {
            Rank next = null;
            for (RankBands.Band band : pack.bands().bands()) {
                if (band.rank().compareTo(rank) > 0 && (next == null || band.rank().compareTo(next) < 0)) {
                    next = band.rank();
                }
            }
            return next == null ? rank : next;
        }

        private boolean met(RankCondition condition) {
            for (ConditionOutcome outcome : card.conditions()) {
                if (outcome.condition().equals(condition.id())) {
                    return outcome.met();
                }
            }
            return false;
        }

        /** One answer's chosen option. */
        private record Choice(Leaf leaf, Leaf.Option option) {
        }

        /**
         * The frontier of one indicator: its points (rounded where the pack rounds each indicator) for every way its
         * answers can end.
         */
        private List<Frontier.Node> indicatorOptions(int i, @Nullable EvidenceType condition) {
            IndicatorRule rule = pack.indicators().get(i);
            IndicatorScore score = card.indicators().get(i);
            Leaf.Rules rules = new Leaf.Rules(pack.id(), request.effort(), request.documentsOnly(),
                    rule.indicator().acceptedEvidence(), rule.indicator().measurement().kind(), counting != null,
                    null);
            List<Leaf> own = new ArrayList<>();
            leaves.add(own);
            if (!rule.byQuestions()) {
                Leaf leaf = Leaf.of(i, -1, rule.id(), null, rule.rubric().orElseThrow(),
                        score.value().map(Response::of).orElse(Response.NONE), score.evidence(), List.of(),
                        rule.evidenceRequired(), rule.max().value(), rules.needing(condition));
                own.add(leaf);
                List<Frontier.Node> nodes = new ArrayList<>();
                for (Leaf.Option option : leaf.options) {
                    nodes.add(new Frontier.Node(option.effort(), option.moves().size(),
                            indicatorPoints(option.points()), null, new Choice(leaf, option)));
                }
                return nodes;
            }
            List<Frontier.Node> frontier = Frontier.root();
            // A document a rank condition needs of the indicator as a whole counts for each of its questions too:
            // its cheapest way is taken first, and the questions are planned with it counting.
            List<EvidenceOutcome> shared = score.evidence();
            if (condition != null) {
                Leaf leaf = Leaf.condition(i, rule.id(), score.evidence(), rules.onlyDocuments().needing(condition));
                own.add(leaf);
                if (leaf.options.isEmpty()) {
                    return List.of();
                }
                Leaf.Move needed = leaf.options.get(0).moves().get(0);
                EvidenceType type = needed.added().or(() -> needed.evidence().map(EvidenceOutcome::type))
                        .orElseThrow();
                List<EvidenceOutcome> with = new ArrayList<>(shared);
                with.add(new EvidenceOutcome(Leaf.PLANNED, type, type.nameId(), VerificationStatus.VALID,
                        Optional.empty(), true, true, true));
                shared = List.copyOf(with);
                frontier = Frontier.combine(frontier, nodes(leaf).subList(0, 1), null);
            }
            for (int k = 0; k < rule.questions().size(); k++) {
                QuestionRule question = rule.questions().get(k);
                // An indicator with no answer at all has no question scores: each question is then unanswered.
                QuestionScore qs = k < score.questions().size() ? score.questions().get(k) : null;
                Leaf leaf;
                if (qs == null) {
                    leaf = Leaf.of(i, k, rule.id(), question.code(), question.rubric(), Response.NONE, List.of(),
                            shared, question.evidenceRequired(), question.max(),
                            rules.measuring(question.question().kind()));
                } else if (qs.basis() == Basis.AWARDED) {
                    BigDecimal awarded = submission.findAnswer(rule.id()).flatMap(a -> a.questions().stream()
                            .filter(q -> q.question().equals(question.code())).findFirst())
                            .flatMap(QuestionAnswer::awardedPoints).orElse(BigDecimal.ZERO).min(question.max());
                    leaf = Leaf.fixed(pack.id(), i, k, rule.id(), question.code(), question.rubric(), awarded,
                            question.max());
                } else {
                    Response response = qs.option().map(Response::option)
                            .orElseGet(() -> qs.value().map(Response::of).orElse(Response.NONE));
                    leaf = Leaf.of(i, k, rule.id(), question.code(), question.rubric(), response, qs.evidence(),
                            shared, question.evidenceRequired(), question.max(),
                            rules.measuring(question.question().kind()));
                }
                own.add(leaf);
                frontier = Frontier.combine(frontier, nodes(leaf), null);
            }
            List<Frontier.Node> mapped = new ArrayList<>(frontier.size());
            BigDecimal max = rule.max().value();
            for (Frontier.Node node : frontier) {
                mapped.add(new Frontier.Node(node.effort(), node.steps(), indicatorPoints(node.points().min(max)),
                        null, node));
            }
            return Frontier.prune(mapped, null);
        }

        private static List<Frontier.Node> nodes(Leaf leaf) {
            List<Frontier.Node> nodes = new ArrayList<>(leaf.options.size());
            for (Leaf.Option option : leaf.options) {
                nodes.add(new Frontier.Node(option.effort(), option.moves().size(), option.points(), null,
                        new Choice(leaf, option)));
            }
            return nodes;
        }

        private BigDecimal indicatorPoints(BigDecimal exact) {
            return rounding.at() == Rounding.Point.INDICATOR ? rounding.round(exact) : exact;
        }

        // ---- The steps in order, with their gains ----

        private record Placed(Choice choice, int move) {
        }

        private Plan steps(Rank target, BigDecimal needed, BigDecimal highest, List<Choice> choices) {
            Map<Leaf, Choice> byLeaf = new HashMap<>();
            choices.forEach(c -> byLeaf.put(c.leaf(), c));
            // The points of every answer as it is, and after the moves taken so far.
            Map<Leaf, BigDecimal> points = new HashMap<>();
            Map<Leaf, Integer> taken = new HashMap<>();
            // The indicators whose document needed as a whole (for a rank condition) counts already.
            Set<Integer> planned = new HashSet<>();
            for (List<Leaf> own : leaves) {
                for (Leaf leaf : own) {
                    points.put(leaf, leaf.pointsAfter(option(byLeaf, leaf), 0, false));
                }
            }
            List<Placed> placed = new ArrayList<>();
            for (Choice choice : choices) {
                for (int m = 0; m < choice.option().moves().size(); m++) {
                    placed.add(new Placed(choice, m));
                }
            }
            // First what can still change during the round, then the rest; the costliest answers' gains first; the
            // moves of one answer in their own order.
            Map<Leaf, BigDecimal> gainOf = new HashMap<>();
            for (Choice choice : choices) {
                gainOf.put(choice.leaf(), choice.option().points().subtract(points.get(choice.leaf())));
            }
            placed.sort(Comparator.comparing((Placed p) -> !p.choice().option().moves().get(p.move()).changeable())
                    .thenComparing(p -> gainOf.get(p.choice().leaf()), Comparator.reverseOrder())
                    .thenComparingInt(p -> p.choice().leaf().indicator)
                    .thenComparingInt(p -> p.choice().leaf().question)
                    .thenComparingInt(Placed::move));
            Map<String, Boolean> conditionsMet = new HashMap<>();
            for (ConditionOutcome outcome : card.conditions()) {
                conditionsMet.put(outcome.condition(), outcome.met());
            }
            BigDecimal total = total(points);
            List<Step> steps = new ArrayList<>();
            BigDecimal effort = BigDecimal.ZERO;
            for (Placed p : placed) {
                Leaf leaf = p.choice().leaf();
                Leaf.Move move = p.choice().option().moves().get(p.move());
                int count = taken.merge(leaf, 1, Integer::sum);
                if (leaf.rubric == null && planned.add(leaf.indicator)) {
                    // The document counts for each of the indicator's questions from now on.
                    for (Leaf other : leaves.get(leaf.indicator)) {
                        points.put(other, other.pointsAfter(option(byLeaf, other), taken.getOrDefault(other, 0), true));
                    }
                }
                points.put(leaf, leaf.pointsAfter(p.choice().option(), count, planned.contains(leaf.indicator)));
                BigDecimal[] byIndicator = null; // only a condition that counts indicators needs them
                EvidenceType type = move.added().or(() -> move.evidence().map(EvidenceOutcome::type)).orElse(null);
                for (RankCondition condition : pack.rankConditions()) {
                    if (condition instanceof RankCondition.EvidenceOfType evidence) {
                        if (evidence.indicator().equals(leaf.indicatorId) && evidence.evidenceType() == type) {
                            conditionsMet.put(condition.id(), true);
                        }
                    } else {
                        RankCondition.IndicatorsReaching reaching = (RankCondition.IndicatorsReaching) condition;
                        byIndicator = byIndicator != null ? byIndicator : byIndicator(points);
                        conditionsMet.put(condition.id(),
                                reaching.reached(byIndicator, pack.indicators()) >= reaching.atLeast());
                    }
                }
                BigDecimal after = total(points);
                BigDecimal stepEffort = plain(BigDecimal.valueOf(move.effort(), Effort.SCALE));
                effort = plain(effort.add(stepEffort));
                steps.add(new Step(leaf.indicatorId, Optional.ofNullable(leaf.questionCode), move.item(), move.kind(),
                        move.from(), move.to(), move.evidence(), move.added(), move.changeable(),
                        stepEffort, after.subtract(total), after,
                        rank(after, conditionsMet)));
                total = after;
            }
            return plan(Plan.Outcome.PLANNED, target, needed, highest, steps, effort, byLeaf);
        }

        /** The option a plan chose for an answer, or the answer as it is. */
        private static Leaf.Option option(Map<Leaf, Choice> byLeaf, Leaf leaf) {
            Choice choice = byLeaf.get(leaf);
            return choice != null ? choice.option() : leaf.options.get(0);
        }

        /** An effort without trailing zeros, and never in exponent form: 10, not 1E+1. */
        private static BigDecimal plain(BigDecimal effort) {
            BigDecimal stripped = effort.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        private BigDecimal total(Map<Leaf, BigDecimal> points) {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal indicator : byIndicator(points)) {
                total = total.add(indicator);
            }
            return rounding.round(total);
        }

        /** Each indicator's points, capped and rounded as the engine does, from its answers' points. */
        private BigDecimal[] byIndicator(Map<Leaf, BigDecimal> points) {
            BigDecimal[] byIndicator = new BigDecimal[leaves.size()];
            for (int i = 0; i < leaves.size(); i++) {
                IndicatorRule rule = pack.indicators().get(i);
                BigDecimal sum = BigDecimal.ZERO;
                for (Leaf leaf : leaves.get(i)) {
                    sum = sum.add(points.get(leaf));
                }
                byIndicator[i] = indicatorPoints(rule.byQuestions() ? sum.min(rule.max().value()) : sum);
            }
            return byIndicator;
        }

        private Rank rank(BigDecimal total, Map<String, Boolean> conditionsMet) {
            Rank byBands = pack.bands().rankOf(total);
            Rank rank = byBands;
            for (RankCondition condition : pack.rankConditions()) {
                if (condition.enabled() && !conditionsMet.getOrDefault(condition.id(), false)
                        && byBands.compareTo(condition.rank()) >= 0) {
                    Rank below = pack.bands().highestBelow(condition.rank());
                    rank = rank.compareTo(below) > 0 ? below : rank;
                }
            }
            return rank;
        }

        private Plan plan(Plan.Outcome outcome, Rank target, BigDecimal needed, BigDecimal highest, List<Step> steps,
                BigDecimal effort, @Nullable Map<Leaf, Choice> chosen) {
            if (chosen == null || steps.isEmpty()) {
                return new Plan(outcome, target, card.total(), card.rank(), needed, card.total(), card.rank(),
                        highest.max(card.total()), effort, steps, Optional.empty(), unmet);
            }
            Submission applied = apply(chosen);
            ScoreCard after = ScoringEngine.score(ScoringEngine.check(pack, applied));
            return new Plan(outcome, target, card.total(), card.rank(), needed, after.total(), after.rank(),
                    highest.max(after.total()), effort, steps, Optional.of(applied), unmet);
        }

        // ---- The submission with the plan applied ----

        private Submission apply(Map<Leaf, Choice> chosen) {
            List<Answer> answers = new ArrayList<>(submission.answers());
            Map<String, Integer> byIndicator = new HashMap<>();
            for (int a = 0; a < answers.size(); a++) {
                byIndicator.putIfAbsent(answers.get(a).indicator(), a);
            }
            List<Choice> ordered = new ArrayList<>(chosen.values());
            ordered.sort(Comparator.comparingInt((Choice c) -> c.leaf().indicator)
                    .thenComparingInt(c -> c.leaf().question));
            for (Choice choice : ordered) {
                Leaf leaf = choice.leaf();
                if (choice.option().moves().isEmpty()) {
                    continue;
                }
                Integer at = byIndicator.get(leaf.indicatorId);
                if (at == null) {
                    answers.add(new Answer(leaf.indicatorId, Optional.empty(), List.of(), List.of(),
                            Optional.empty()));
                    at = answers.size() - 1;
                    byIndicator.put(leaf.indicatorId, at);
                }
                answers.set(at, applyTo(answers.get(at), leaf, choice.option()));
            }
            return submission.withAnswers(answers);
        }

        private Answer applyTo(Answer answer, Leaf leaf, Leaf.Option option) {
            boolean rated = option.moves().stream().anyMatch(m -> m.kind() == Step.Kind.RUNG_UP);
            Response response = leaf.responseAfter(option);
            if (leaf.questionCode == null) {
                List<Evidence> evidence = evidence(answer.evidence(), option);
                return new Answer(answer.indicator(), rated ? response.value() : answer.value(), evidence,
                        answer.questions(), answer.statedPoints(), answer.statedMax());
            }
            List<QuestionAnswer> questions = new ArrayList<>(answer.questions());
            int k = -1;
            for (int j = 0; j < questions.size(); j++) {
                if (questions.get(j).question().equals(leaf.questionCode)) {
                    k = j;
                    break;
                }
            }
            QuestionAnswer qa = k < 0 ? new QuestionAnswer(leaf.questionCode, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of()) : questions.get(k);
            QuestionAnswer changed = new QuestionAnswer(qa.question(), rated ? response.option() : qa.option(),
                    rated ? response.value() : qa.value(), qa.awardedPoints(), evidence(qa.evidence(), option),
                    qa.statedMax());
            if (k < 0) {
                questions.add(changed);
            } else {
                questions.set(k, changed);
            }
            return new Answer(answer.indicator(), answer.value(), answer.evidence(), questions, answer.statedPoints(),
                    answer.statedMax());
        }

        private List<Evidence> evidence(List<Evidence> given, Leaf.Option option) {
            List<Evidence> evidence = new ArrayList<>(given);
            for (Leaf.Move move : option.moves()) {
                if (move.kind() == Step.Kind.EVIDENCE_FIXED) {
                    String pointer = move.evidence().orElseThrow().pointer();
                    int e = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
                    evidence.set(e, counting(evidence.get(e)));
                } else if (move.kind() == Step.Kind.EVIDENCE_ADDED) {
                    EvidenceType type = move.added().orElseThrow();
                    LocalDate on = submission.submittedOn();
                    evidence.add(counting(new Evidence(type, PLANNED_TITLE + type.nameId(),
                            type.isRegulation() ? Optional.of(NUMBER_TO_FILL) : Optional.empty(),
                            type.isRegulation() ? Optional.of(on) : Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Map.of())));
                }
            }
            return evidence;
        }

        /** The document as it must be to count at the submission's stage: with its legality, and found valid. */
        private Evidence counting(Evidence e) {
            Stage stage = submission.stage();
            Evidence legal = e;
            if (e.type().isRegulation() && !e.hasLegality()) {
                legal = new Evidence(e.type(), e.title(), Optional.of(e.number().filter(n -> !n.isBlank())
                        .orElse(NUMBER_TO_FILL)), Optional.of(e.issuedOn().orElse(submission.submittedOn())),
                        e.issuer(), e.link(), e.sha256(), e.verification());
            }
            VerificationStatus now = legal.verdictAt(stage).status();
            if (pack.counts(now, stage) && now != VerificationStatus.INVALID && now != VerificationStatus.MISSING) {
                return legal;
            }
            return legal.withVerification(stage, counting == VerificationStatus.PENDING ? Verification.PENDING
                    : Verification.VALID);
        }
    }
}
