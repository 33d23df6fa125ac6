package io.github.layakanak.kla.scoring.internal;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Lint;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule-pack linter: checks a pack's parts and reports every problem, each at the JSON pointer of its place in
 * the pack's parameters (as {@link PackFormat} writes them). {@link RulePack.Builder#build()} runs it on every
 * pack, however it was made (read, overlaid or built in Java), so a pack in use is always consistent, and what
 * would fail at scoring time is refused here.
 */
public final class PackLinter {

    private static final Pattern ID = Pattern.compile(Indicator.ID_PATTERN);

    private final RulePack pack;
    private final Problems problems = new Problems();

    private PackLinter(RulePack pack) {
        this.pack = pack;
    }

    /**
     * Lints a pack.
     *
     * @param pack the pack, whose parts are all present
     * @return every problem, each starting with its JSON pointer; empty when the pack is sound
     */
    public static List<String> lint(RulePack pack) {
        PackLinter linter = new PackLinter(pack);
        linter.run();
        return linter.problems.lines();
    }

    private void run() {
        identity();
        sections();
        bands();
        stages();
        gate();
        rankConditions();
        indicators();
        sums();
        reachability();
    }

    // Rule 9: id, years and round.
    private void identity() {
        if (!ID.matcher(pack.id()).matches()) {
            problems.add("/id", "the pack id must be lower-case words joined by hyphens, such as kla-2022, but was "
                    + "[%s]", pack.id());
        }
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
        for (int i = 0; i < round.calendar().size(); i++) {
            Round.Window w = round.calendar().get(i);
            if (w.to().isBefore(w.from())) {
                problems.add("/round/calendar/" + i + "/to", "window [%s] must not end before it starts, but runs "
                        + "from %s to %s", w.id(), w.from(), w.to());
            }
        }
    }

    // Rule 2, the sections' side: each declared once and holding at least one indicator; and rule 1's signs.
    private void sections() {
        BigDecimal totalMax = pack.totalMax().value();
        if (totalMax.signum() <= 0) {
            problems.add("/totalMax/value", "totalMax must be above 0, but is %s", Problems.plain(totalMax));
        }
        for (int i = 0; i < pack.sections().size(); i++) {
            BigDecimal max = pack.sections().get(i).max().value();
            if (max.signum() < 0) {
                problems.add("/sections/" + i + "/max/value", "a maximum must not be negative, but is %s",
                        Problems.plain(max));
            }
        }
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
            // A totalMax of 0 or less is reported once, not as every band being empty.
            if (totalMax.signum() > 0 && (c > 0 || (c == 0 && !band.fromInclusive()))) {
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

    // Rule 10: a gate a total can pass and fail.
    private void gate() {
        pack.findGate().ifPresent(gate -> {
            BigDecimal threshold = gate.threshold().value();
            BigDecimal totalMax = pack.totalMax().value();
            if (totalMax.signum() <= 0) {
                return; // reported once, at /totalMax
            }
            if (threshold.signum() < 0 || threshold.compareTo(totalMax) > 0) {
                problems.add("/gate/threshold/value", "the gate's threshold must be in [0, totalMax %s], but is %s",
                        Problems.plain(totalMax), Problems.plain(threshold));
            } else if (threshold.compareTo(totalMax) == 0 && !gate.inclusive()) {
                problems.add("/gate/inclusive", "a gate at totalMax %s must be inclusive, or no total passes it",
                        Problems.plain(totalMax));
            }
        });
    }

    // Rule 9: rank conditions.
    private void rankConditions() {
        Set<String> ids = new HashSet<>();
        BigDecimal fraction = null;
        for (int i = 0; i < pack.rankConditions().size(); i++) {
            RankCondition condition = pack.rankConditions().get(i);
            String at = "/rankConditions/" + i;
            if (!ids.add(condition.id())) {
                problems.add(at + "/id", "rank condition ids must be unique, but [%s] appears twice", condition.id());
            }
            if (condition.rank() == Rank.NONE) {
                problems.add(at + "/rank", "rank condition [%s] must hold back a rank above NONE, but names NONE",
                        condition.id());
            }
            if (condition instanceof RankCondition.EvidenceOfType evidence) {
                evidenceCondition(evidence, at);
            } else {
                RankCondition.IndicatorsReaching reaching = (RankCondition.IndicatorsReaching) condition;
                boolean valid = indicatorsCondition(reaching, at + "/indicatorsReaching");
                if (!valid) {
                    continue; // its fraction is reported already: not compared with the others
                }
                if (fraction == null) {
                    fraction = reaching.fraction();
                } else if (fraction.compareTo(reaching.fraction()) != 0) {
                    // The planner counts indicators against one share of their maximum.
                    problems.add(at + "/indicatorsReaching/fraction", "rank conditions that count indicators must "
                            + "share one fraction of the maximum, but [%s] has %s where another has %s",
                            condition.id(), Problems.plain(reaching.fraction()), Problems.plain(fraction));
                }
            }
        }
    }

    private void evidenceCondition(RankCondition.EvidenceOfType condition, String at) {
        Optional<IndicatorRule> indicator = pack.findIndicator(condition.indicator());
        if (indicator.isEmpty()) {
            problems.add(at + "/indicator", "rank condition [%s] names indicator [%s], which the pack does not "
                    + "have", condition.id(), condition.indicator());
        } else {
            // An indicator that accepts no type accepts every type; one that lists types counts only those.
            Set<EvidenceType> accepted = indicator.get().indicator().acceptedEvidence();
            if (!accepted.isEmpty() && !accepted.contains(condition.evidenceType())) {
                problems.add(at + "/evidenceType", "rank condition [%s] needs evidence of type [%s], which "
                        + "indicator [%s] does not accept, so it can never be met; the indicator accepts %s",
                        condition.id(), condition.evidenceType(), condition.indicator(), accepted);
            }
        }
    }

    /** Whether the condition's fraction is a share of the maximum; reports what is wrong with it. */
    private boolean indicatorsCondition(RankCondition.IndicatorsReaching condition, String at) {
        int indicators = pack.indicators().size();
        if (condition.atLeast() < 1 || condition.atLeast() > indicators) {
            problems.add(at + "/atLeast", "rank condition [%s] must count from 1 to the pack's %d indicators, but "
                    + "asks for %d", condition.id(), indicators, condition.atLeast());
        }
        if (condition.fraction().signum() <= 0 || condition.fraction().compareTo(BigDecimal.ONE) > 0) {
            problems.add(at + "/fraction", "rank condition [%s] must ask for a share of the maximum above 0 and at "
                    + "most 1, but asks for %s", condition.id(), Problems.plain(condition.fraction()));
            return false;
        }
        return true;
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
            if (rule.max().value().signum() < 0) {
                problems.add(at + "/max/value", "a maximum must not be negative, but is %s",
                        Problems.plain(rule.max().value()));
            }
            rule.rubric().ifPresent(rubric -> {
                if (rubric(rubric, at + "/rubric")) {
                    measures(rubric, rule.indicator().measurement().kind(), at + "/measurement/kind");
                }
            });
            questions(rule, at);
        }
    }

    /** A rubric that rates values must rate the kind the indicator or question measures. */
    private void measures(Rubric rubric, MeasurementKind kind, String at) {
        Set<MeasurementKind> kinds = rubric.valueKinds();
        if (!kinds.isEmpty() && !kinds.contains(kind)) {
            problems.add(at, "it measures %s, but its %s rubric rates %s", kind, rubric.kind(),
                    kinds.stream().sorted().toList());
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
            String qat = at + "/questions/" + k;
            if (!codes.add(question.code())) {
                problems.add(qat + "/code", "question codes must be unique within the indicator, but [%s] appears "
                        + "twice", question.code());
            }
            sum = sum.add(question.max());
            if (rubric(question.rubric(), qat + "/rubric")) {
                measures(question.rubric(), question.question().kind(), qat + "/kind");
            }
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

    /**
     * Rule 4: the rubric's own checks, then its ladder's: a rung at least, unique ids, fractions in [0, 1] (unless
     * the rubric reported them itself) from the smallest to the largest, and a best rung that earns exactly 1.
     *
     * @return whether the rubric could be asked anything at all (a rubric of one's own may fail)
     */
    private boolean rubric(Rubric rubric, String at) {
        int before = problems.size();
        List<Rung> ladder;
        try {
            rubric.lint(new RubricLint(at));
            ladder = rubric.ladder();
        } catch (RuntimeException e) {
            problems.add(at, "rubric kind [%s] failed to check itself: %s", safeKind(rubric), e);
            return false;
        }
        boolean silent = problems.size() == before;
        if (ladder.isEmpty()) {
            if (silent) {
                problems.add(at, "the rubric must have at least one rung, but has none");
            }
            return true;
        }
        Set<String> ids = new HashSet<>();
        BigDecimal top = BigDecimal.ZERO;
        Rung previous = null;
        for (Rung rung : ladder) {
            if (silent && previous != null && rung.fraction().compareTo(previous.fraction()) < 0) {
                problems.add(at, "the ladder must run from the smallest fraction to the largest, but rung [%s] (%s) "
                        + "follows [%s] (%s)", rung.id(), Problems.plain(rung.fraction()), previous.id(),
                        Problems.plain(previous.fraction()));
            }
            previous = rung;
            if (silent && !ids.add(rung.id())) {
                problems.add(at, "rung ids must be unique, but [%s] appears twice", rung.id());
            }
            if (silent && (rung.fraction().signum() < 0 || rung.fraction().compareTo(BigDecimal.ONE) > 0)) {
                problems.add(at, "the fraction of rung [%s] must be in [0, 1], but is %s", rung.id(),
                        Problems.plain(rung.fraction()));
            }
            top = top.max(rung.fraction());
        }
        if (top.compareTo(BigDecimal.ONE) < 0) {
            problems.add(at, "the largest fraction is %s, so the maximum can never be reached; the best answer "
                    + "must earn 1", Problems.plain(top));
        }
        return true;
    }

    private static String safeKind(Rubric rubric) {
        try {
            return rubric.kind();
        } catch (RuntimeException e) {
            return rubric.getClass().getName();
        }
    }

    /** Where a rubric reports, its pointers prefixed with its place. */
    private final class RubricLint implements Lint {

        private final String at;

        RubricLint(String at) {
            this.at = at;
        }

        @Override
        public void problem(String pointer, String format, Object... arguments) {
            problems.add(at + pointer, format, arguments);
        }

        @Override
        public void rubric(String pointer, Rubric nested) {
            PackLinter.this.rubric(nested, at + pointer);
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

    /** The largest fraction a rubric can give, within [0, 1]; zero for one that cannot tell. */
    private static BigDecimal top(Rubric rubric) {
        try {
            return rubric.top().max(BigDecimal.ZERO).min(BigDecimal.ONE);
        } catch (RuntimeException e) {
            return BigDecimal.ZERO; // reported by rubric(...)
        }
    }
}
