package io.github.layakanak.kla.scoring.internal;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule-pack linter: checks a pack's parts and reports every problem, each at its JSON pointer in the
 * parameters file (after an overlay: the pointer of the overlaid part in the pack). It runs on every load and
 * after every overlay, so a pack in use is always consistent.
 */
final class PackLinter {

    private final Draft pack;
    private final Problems problems = new Problems();

    private PackLinter(Draft pack) {
        this.pack = pack;
    }

    static List<String> lint(Draft pack) {
        PackLinter linter = new PackLinter(pack);
        linter.run();
        return linter.problems.lines();
    }

    static boolean isFraction(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }

    static void fractionProblem(Problems problems, String at, BigDecimal value) {
        problems.add(at, "a fraction must be in [0, 1], but is %s", Problems.plain(value));
    }

    private void run() {
        years();
        sections();
        bands();
        stages();
        rankConditions();
        indicators();
        sums();
        reachability();
    }

    // Rule 9: years and round.
    private void years() {
        if (pack.years().isEmpty()) {
            problems.add("/years", "the pack must govern at least one year, but names none");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < pack.years().size(); i++) {
            if (!seen.add(pack.years().get(i))) {
                problems.add("/years/" + i, "years must be unique, but [%d] appears twice", pack.years().get(i));
            }
        }
        Round round = pack.round();
        if (round.awardYear() < round.evaluationYear()) {
            problems.add("/round/awardYear", "awardYear must not be before evaluationYear %d, but is %d",
                    round.evaluationYear(), round.awardYear());
        }
        if (round.dataYear() > round.evaluationYear()) {
            problems.add("/round/dataYear", "dataYear must not be after evaluationYear %d, but is %d",
                    round.evaluationYear(), round.dataYear());
        }
    }

    // Rule 2, the sections' side: each declared once and holding at least one indicator.
    private void sections() {
        Set<Cluster> declared = EnumSet.noneOf(Cluster.class);
        Set<Cluster> used = EnumSet.noneOf(Cluster.class);
        pack.indicators().forEach(rule -> used.add(rule.indicator().cluster()));
        for (int i = 0; i < pack.sections().size(); i++) {
            Cluster cluster = pack.sections().get(i).cluster();
            if (!declared.add(cluster)) {
                problems.add("/sections/" + i + "/cluster", "each section must be declared once, but [%s] is "
                        + "declared again", cluster);
            } else if (!used.contains(cluster)) {
                problems.add("/sections/" + i + "/cluster", "section [%s] has no indicator", cluster);
            }
        }
    }

    // Rule 3.
    private void bands() {
        List<RankBands.Band> bands = pack.bands().bands();
        BigDecimal totalMax = pack.totalMax().value();
        if (bands.isEmpty()) {
            problems.add("/bands/ranks", "there must be at least one band, but there is none");
            return;
        }
        RankBands.Band first = bands.get(0);
        if (first.from().signum() != 0) {
            problems.add("/bands/ranks/0/from", "the first band must start at 0, but starts at %s",
                    Problems.plain(first.from()));
        } else if (!first.fromInclusive()) {
            problems.add("/bands/ranks/0/fromInclusive", "the first band must include 0, but excludes it");
        }
        for (int i = 0; i < bands.size(); i++) {
            RankBands.Band band = bands.get(i);
            String at = "/bands/ranks/" + i;
            if (i > 0) {
                RankBands.Band before = bands.get(i - 1);
                if (band.from().compareTo(before.from()) <= 0) {
                    problems.add(at + "/from", "band lower bounds must be strictly ascending, but %s follows %s",
                            Problems.plain(band.from()), Problems.plain(before.from()));
                }
                if (band.rank().compareTo(before.rank()) <= 0) {
                    problems.add(at + "/rank", "ranks must be strictly ascending, each at most once, but [%s] "
                            + "follows [%s]", band.rank(), before.rank());
                }
            }
            int c = band.from().compareTo(totalMax);
            if (c > 0 || (c == 0 && !band.fromInclusive())) {
                problems.add(at + "/from", "the band of [%s] is empty: its lower bound %s must be below totalMax "
                        + "%s, or equal to it and inclusive", band.rank(), Problems.plain(band.from()),
                        Problems.plain(totalMax));
            }
        }
    }

    // Rule 8.
    private void stages() {
        Set<Stage> missing = EnumSet.allOf(Stage.class);
        missing.removeAll(pack.stageRules().counting().keySet());
        if (!missing.isEmpty()) {
            problems.add("/stages/counting", "the stage rules must name every stage, but miss %s", missing);
        }
    }

    // Rule 9: rank conditions.
    private void rankConditions() {
        for (int i = 0; i < pack.rankConditions().size(); i++) {
            RankCondition condition = pack.rankConditions().get(i);
            if (pack.indicators().stream().noneMatch(rule -> rule.id().equals(condition.indicator()))) {
                problems.add("/rankConditions/" + i + "/indicator", "rank condition [%s] names indicator [%s], "
                        + "which the pack does not have", condition.id(), condition.indicator());
            }
        }
    }

    // Rules 2, 4 and 5.
    private void indicators() {
        Set<Cluster> declared = EnumSet.noneOf(Cluster.class);
        pack.sections().forEach(s -> declared.add(s.cluster()));
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < pack.indicators().size(); i++) {
            IndicatorRule rule = pack.indicators().get(i);
            String at = "/indicators/" + i;
            Cluster cluster = rule.indicator().cluster();
            if (!declared.contains(cluster)) {
                problems.add(at + "/cluster", "indicator [%s] is in section [%s], which the pack does not declare; "
                        + "declared sections are %s", rule.id(), cluster, declared);
            }
            Integer sameId = ids.putIfAbsent(rule.id(), i);
            if (sameId != null) {
                problems.add(at + "/id", "indicator ids must be unique, but [%s] is also the id of /indicators/%d",
                        rule.id(), sameId);
            }
            Integer sameCode = codes.putIfAbsent(rule.indicator().code(), i);
            if (sameCode != null) {
                problems.add(at + "/code", "indicator codes must be unique, but [%s] is also the code of "
                        + "/indicators/%d", rule.indicator().code(), sameCode);
            }
            rule.rubric().ifPresent(rubric -> rubric(rubric, at + "/rubric"));
            questions(rule, at);
        }
    }

    private void questions(IndicatorRule rule, String at) {
        if (!rule.byQuestions()) {
            return;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < rule.questions().size(); k++) {
            QuestionRule question = rule.questions().get(k);
            if (!codes.add(question.code())) {
                problems.add(at + "/questions/" + k + "/code", "question codes must be unique within the indicator, "
                        + "but [%s] appears twice", question.code());
            }
            sum = sum.add(question.max());
            rubric(question.rubric(), at + "/questions/" + k + "/rubric");
        }
        BigDecimal max = rule.max().value();
        if (sum.compareTo(max) < 0) {
            problems.add(at + "/questions", "the questions' maxima sum to %s, below the indicator's max %s, so the "
                    + "max can never be reached", Problems.plain(sum), Problems.plain(max));
        } else if (sum.compareTo(max) > 0 && rule.capProvenance().isEmpty()) {
            problems.add(at + "/cap", "the questions' maxima sum to %s, above the indicator's max %s, so the "
                    + "indicator needs a cap with provenance", Problems.plain(sum), Problems.plain(max));
        }
    }

    // Rule 4.
    private void rubric(Rubric rubric, String at) {
        List<BigDecimal> fractions = new ArrayList<>();
        if (rubric instanceof Rubric.DocumentLadder r) {
            ladder(r.fractions(), DocumentLevel.class, "document level", at, fractions);
        } else if (rubric instanceof Rubric.FunctioningLadder r) {
            ladder(r.fractions(), FunctioningLevel.class, "functioning level", at, fractions);
        } else if (rubric instanceof Rubric.PercentBands r) {
            if (r.bands().isEmpty()) {
                problems.add(at + "/bands", "there must be at least one band, but there is none");
            }
            for (int i = 0; i < r.bands().size(); i++) {
                Rubric.PercentBands.PercentBand band = r.bands().get(i);
                String bat = at + "/bands/" + i;
                if (i == 0 && band.from().signum() != 0) {
                    problems.add(bat + "/from", "the first band must start at 0, but starts at %s",
                            Problems.plain(band.from()));
                }
                if (i > 0 && band.from().compareTo(r.bands().get(i - 1).from()) <= 0) {
                    problems.add(bat + "/from", "band lower bounds must be strictly ascending, but %s follows %s",
                            Problems.plain(band.from()), Problems.plain(r.bands().get(i - 1).from()));
                }
                if (band.from().compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(bat + "/from", "a percentage band must start at most at 100, but starts at %s",
                            Problems.plain(band.from()));
                }
                fraction(band.fraction(), bat + "/fraction", fractions);
            }
        } else if (rubric instanceof Rubric.TargetComparison r) {
            fraction(r.atTarget(), at + "/atTarget", fractions);
            fraction(r.improving(), at + "/improving", fractions);
            fraction(r.worsening(), at + "/worsening", fractions);
        } else if (rubric instanceof Rubric.CountThresholds r) {
            if (r.thresholds().isEmpty()) {
                problems.add(at + "/thresholds", "there must be at least one threshold, but there is none");
            }
            for (int i = 0; i < r.thresholds().size(); i++) {
                Rubric.CountThresholds.CountThreshold threshold = r.thresholds().get(i);
                String tat = at + "/thresholds/" + i;
                if (i == 0 && threshold.atLeast() != 0) {
                    problems.add(tat + "/atLeast", "the first threshold must be at 0, but is at %d",
                            threshold.atLeast());
                }
                if (i > 0 && threshold.atLeast() <= r.thresholds().get(i - 1).atLeast()) {
                    problems.add(tat + "/atLeast", "thresholds must be strictly ascending, but %d follows %d",
                            threshold.atLeast(), r.thresholds().get(i - 1).atLeast());
                }
                fraction(threshold.fraction(), tat + "/fraction", fractions);
            }
        } else if (rubric instanceof Rubric.PresenceCheck r) {
            fraction(r.present(), at + "/present", fractions);
            fraction(r.absent(), at + "/absent", fractions);
        } else if (rubric instanceof Rubric.BudgetSources r) {
            fraction(r.both(), at + "/both", fractions);
            fraction(r.one(), at + "/one", fractions);
            fraction(r.none(), at + "/none", fractions);
        } else if (rubric instanceof Rubric.Proportional) {
            fractions.add(BigDecimal.ONE);
        } else if (rubric instanceof Rubric.Options r) {
            if (r.options().isEmpty()) {
                problems.add(at + "/options", "there must be at least one option, but there is none");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.options().size(); i++) {
                Step option = r.options().get(i);
                if (!ids.add(option.id())) {
                    problems.add(at + "/options/" + i + "/id", "option ids must be unique, but [%s] appears twice",
                            option.id());
                }
                fractions.add(option.fraction());
            }
        } else if (rubric instanceof Rubric.Composite r) {
            composite(r, at);
            return;
        } else if (rubric instanceof Rubric.Custom r) {
            try {
                r.steps().forEach(step -> fractions.add(step.fraction()));
            } catch (RuntimeException e) {
                problems.add(at, "custom rubric [%s] cannot list its steps: %s", r.implementation().name(),
                        e.toString());
                return;
            }
        }
        BigDecimal top = fractions.stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
        if (!fractions.isEmpty() && top.compareTo(BigDecimal.ONE) < 0) {
            problems.add(at, "the largest fraction is %s, so the maximum can never be reached; the best answer "
                    + "must earn 1", Problems.plain(top));
        }
    }

    private <K extends Enum<K>> void ladder(Map<K, BigDecimal> given, Class<K> type, String what, String at,
            List<BigDecimal> fractions) {
        Set<K> missing = EnumSet.allOf(type);
        missing.removeAll(given.keySet());
        if (!missing.isEmpty()) {
            problems.add(at + "/fractions", "the ladder must give every %s, but misses %s", what, missing);
        }
        new EnumMap<>(given).forEach((level, fraction) ->
                fraction(fraction, at + "/fractions/" + level.name(), fractions));
    }

    private void fraction(BigDecimal value, String at, List<BigDecimal> fractions) {
        if (!isFraction(value)) {
            fractionProblem(problems, at, value);
        }
        fractions.add(value);
    }

    private void composite(Rubric.Composite composite, String at) {
        if (composite.items().isEmpty()) {
            problems.add(at + "/items", "there must be at least one item, but there is none");
            return;
        }
        Set<String> ids = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < composite.items().size(); i++) {
            Rubric.Composite.Item item = composite.items().get(i);
            String iat = at + "/items/" + i;
            if (!ids.add(item.id())) {
                problems.add(iat + "/id", "item ids must be unique, but [%s] appears twice", item.id());
            }
            if (item.weight().signum() <= 0) {
                problems.add(iat + "/weight", "a weight must be above 0, but is %s", Problems.plain(item.weight()));
            }
            sum = sum.add(item.weight());
            rubric(item.rubric(), iat + "/rubric");
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add(at + "/items", "the items' weights must sum to exactly 1, but sum to %s",
                    Problems.plain(sum));
        }
    }

    // Rule 1.
    private void sums() {
        BigDecimal totalMax = pack.totalMax().value();
        BigDecimal indicators = pack.indicators().stream().map(rule -> rule.max().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (indicators.compareTo(totalMax) != 0) {
            problems.add("/indicators", "the indicators' maxima must sum to totalMax %s, but sum to %s",
                    Problems.plain(totalMax), Problems.plain(indicators));
        }
        BigDecimal sections = pack.sections().stream().map(s -> s.max().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sections.compareTo(totalMax) != 0) {
            problems.add("/sections", "the sections' maxima must sum to totalMax %s, but sum to %s",
                    Problems.plain(totalMax), Problems.plain(sections));
        }
        Set<Cluster> seen = EnumSet.noneOf(Cluster.class);
        for (int i = 0; i < pack.sections().size(); i++) {
            SectionRule section = pack.sections().get(i);
            if (!seen.add(section.cluster())) {
                continue;
            }
            BigDecimal sum = pack.indicators().stream().filter(r -> r.indicator().cluster() == section.cluster())
                    .map(r -> r.max().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(section.max().value()) != 0) {
                problems.add("/sections/" + i + "/max", "the maxima of the indicators in section [%s] must sum to "
                        + "the section's max %s, but sum to %s", section.cluster(),
                        Problems.plain(section.max().value()), Problems.plain(sum));
            }
        }
    }

    // Rule 6.
    private void reachability() {
        BigDecimal reachable = BigDecimal.ZERO;
        for (IndicatorRule rule : pack.indicators()) {
            reachable = reachable.add(reachable(rule));
        }
        List<RankBands.Band> bands = pack.bands().bands();
        for (int i = 0; i < bands.size(); i++) {
            RankBands.Band band = bands.get(i);
            if (band.rank() == Rank.NONE) {
                continue;
            }
            int c = reachable.compareTo(band.from());
            if (c < 0 || (c == 0 && !band.fromInclusive())) {
                problems.add("/bands/ranks/" + i + "/from", "rank [%s] can never be reached: it needs %s %s, but the "
                        + "indicators can earn at most %s", band.rank(), band.fromInclusive() ? "at least" : "more than",
                        Problems.plain(band.from()), Problems.plain(reachable));
            }
        }
    }

    private static BigDecimal reachable(IndicatorRule rule) {
        if (rule.rubric().isPresent()) {
            return rule.max().value().multiply(top(rule.rubric().get()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (QuestionRule question : rule.questions()) {
            sum = sum.add(question.max().multiply(top(question.rubric())));
        }
        return sum.min(rule.max().value());
    }

    /** The largest fraction a rubric can give, within [0, 1]. */
    private static BigDecimal top(Rubric rubric) {
        BigDecimal top;
        if (rubric instanceof Rubric.DocumentLadder r) {
            top = max(r.fractions().values());
        } else if (rubric instanceof Rubric.FunctioningLadder r) {
            top = max(r.fractions().values());
        } else if (rubric instanceof Rubric.PercentBands r) {
            top = max(r.bands().stream().map(Rubric.PercentBands.PercentBand::fraction).toList());
        } else if (rubric instanceof Rubric.TargetComparison r) {
            top = max(List.of(r.atTarget(), r.improving(), r.worsening()));
        } else if (rubric instanceof Rubric.CountThresholds r) {
            top = max(r.thresholds().stream().map(Rubric.CountThresholds.CountThreshold::fraction).toList());
        } else if (rubric instanceof Rubric.PresenceCheck r) {
            top = max(List.of(r.present(), r.absent()));
        } else if (rubric instanceof Rubric.BudgetSources r) {
            top = max(List.of(r.both(), r.one(), r.none()));
        } else if (rubric instanceof Rubric.Proportional) {
            top = BigDecimal.ONE;
        } else if (rubric instanceof Rubric.Options r) {
            top = max(r.options().stream().map(Step::fraction).toList());
        } else if (rubric instanceof Rubric.Composite r) {
            top = BigDecimal.ZERO;
            for (Rubric.Composite.Item item : r.items()) {
                top = top.add(item.weight().max(BigDecimal.ZERO).multiply(top(item.rubric())));
            }
        } else if (rubric instanceof Rubric.Custom r) {
            try {
                top = max(r.steps().stream().map(Step::fraction).toList());
            } catch (RuntimeException e) {
                top = BigDecimal.ZERO; // reported by rubric(...)
            }
        } else {
            throw new AssertionError("every rubric kind is handled: " + rubric.getClass());
        }
        return top.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static BigDecimal max(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
    }
}
