package io.github.layakanak.kla.report.internal;

import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.ConditionOutcome;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ProvisionalRange;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.Stamp;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scorecard as text for people, in the order a district reads it: the total and the rank first, with the warning
 * beside them when the score rests on stand-in numbers, the stage gate and the provisional range; then where every
 * lost point went (the losses, which add up to the maxima minus the total, the largest first) and the cheapest path
 * to the next rank; then the detail: the points of each section against its maximum, and the deficiencies with what
 * fixing each alone gains, the largest first.
 */
public final class TextReport {

    private TextReport() {
    }

    /**
     * The report.
     *
     * @param scored the district
     * @param lang   the language
     * @return the text, each line ending in {@code \n}
     */
    public static String render(Scored scored, Lang lang) {
        ScoreCard card = scored.card();
        RulePack pack = scored.pack();
        StringBuilder text = new StringBuilder();
        text.append(card.region().name()).append(", ").append(card.region().province())
                .append(" (").append(card.region().code()).append(")\n");
        text.append(round(card.year(), card.stage(), card.packId(), lang)).append("\n\n");

        List<String[]> lead = new ArrayList<>();
        lead.add(new String[] {lang.text("report.total"), lang.text("report.total.outOf",
            Numbers.points(card.total(), lang), Numbers.plain(pack.totalMax().value(), lang))});
        lead.add(new String[] {lang.text("report.rank"),
            lang.name(card.rank()) + " (" + Numbers.band(pack, card.rank(), lang) + ")"});
        List<String[]> facts = new ArrayList<>();
        card.gate().ifPresent(gate -> facts.add(new String[] {lang.text("report.gate"), Numbers.gate(gate, lang)}));
        facts.add(new String[] {lang.text("report.provisional"), provisional(card.provisional(), lang)});
        for (ConditionOutcome condition : card.conditions()) {
            facts.add(new String[] {lang.text("report.condition"), condition(condition, card, pack, lang)});
        }
        int factWidth = Math.max(width(lead), width(facts));
        facts(text, lead, factWidth);
        Explainer explainer = lang.explainer(pack);
        if (StandIns.used(card, pack, explainer)) {
            text.append(StandIns.warning(lang)).append('\n');
        }
        facts(text, facts, factWidth);

        text.append('\n').append(lossesHeading(card, lang)).append('\n');
        if (!card.losses().isEmpty()) {
            String lost = "-" + Numbers.points(Numbers.lost(card), lang);
            int lossWidth = lost.length();
            for (Loss loss : card.losses()) {
                lossWidth = Math.max(lossWidth, Numbers.points(loss.points(), lang).length() + 1);
            }
            String line = "  %" + lossWidth + "s  %s%n";
            for (Loss loss : card.losses()) {
                text.append(String.format(Locale.ROOT, line, "-" + Numbers.points(loss.points(), lang),
                        HtmlReport.indicatorName(pack, loss.indicator(), loss.question(), lang) + ": "
                                + loss(loss, explainer)));
            }
            text.append("  ").append("-".repeat(lossWidth)).append('\n');
            text.append(String.format(Locale.ROOT, line, lost, lostInAll(card, lang)));
        }
        nextRank(text, scored, lang);

        text.append('\n');
        sections(text, card, pack, lang);
        List<Deficiency> deficiencies = Numbers.largestFirst(card);
        text.append('\n');
        if (deficiencies.isEmpty()) {
            text.append(lang.text("report.deficiencies.none")).append('\n');
        } else {
            text.append(deficienciesHeading(lang)).append('\n');
            int costWidth = deficiencies.stream().mapToInt(d -> Numbers.points(d.cost(), lang).length()).max().orElse(0);
            for (Deficiency deficiency : deficiencies) {
                text.append(String.format(Locale.ROOT, "  %" + (costWidth + 1) + "s  %s%n",
                        "-" + Numbers.points(deficiency.cost(), lang), deficiency(deficiency, pack, explainer, lang)));
            }
        }
        if (!card.recapIssues().isEmpty()) {
            text.append('\n').append(lang.text("report.recap")).append(":\n");
            for (String issue : explainer.recapIssues(card)) {
                text.append("  ").append(issue).append('\n');
            }
        }
        text.append('\n').append(stamp(card.stamp(), lang)).append('\n');
        return text.toString();
    }

    /**
     * The round of a scorecard or a plan: the year, the stage and the rule pack.
     *
     * @param year the assessment year
     * @param stage the stage
     * @param packId the pack's id
     * @param lang the language
     * @return the words
     */
    public static String round(int year, Stage stage, String packId, Lang lang) {
        return lang.text("report.round", year, lang.name(stage), packId);
    }

    private static int width(List<String[]> facts) {
        return facts.stream().mapToInt(f -> f[0].length()).max().orElse(0);
    }

    private static void facts(StringBuilder text, List<String[]> facts, int width) {
        for (String[] fact : facts) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", fact[0], fact[1]));
        }
    }

    /** The points of each section against its maximum, and the total. */
    private static void sections(StringBuilder text, ScoreCard card, RulePack pack, Lang lang) {
        String sectionHeader = lang.text("report.section");
        String total = lang.text("report.total");
        int width = Math.max(sectionHeader.length(), total.length());
        for (ClusterScore cluster : card.clusters()) {
            width = Math.max(width, lang.label(cluster.cluster()).length());
        }
        String row = "%-" + width + "s  %9s  %6s%n";
        text.append(String.format(Locale.ROOT, row, sectionHeader, lang.text("report.points"), lang.text("report.max")));
        for (ClusterScore cluster : card.clusters()) {
            text.append(String.format(Locale.ROOT, row, lang.label(cluster.cluster()),
                    Numbers.points(cluster.points(), lang), Numbers.plain(cluster.max(), lang)));
        }
        text.append("-".repeat(width + 19)).append('\n');
        text.append(String.format(Locale.ROOT, row, total, Numbers.points(card.total(), lang),
                Numbers.plain(pack.totalMax().value(), lang)));
    }

    /**
     * The path to the next rank, as the HTML page and {@code kla plan} give it: what it needs, then the fewest steps,
     * each with its gain, the running total and the rank.
     */
    private static void nextRank(StringBuilder text, Scored scored, Lang lang) {
        PlanRequest request = PlanRequest.nextRank();
        Plan plan = Planner.plan(ScoringEngine.check(scored.pack(), scored.submission()), request);
        PlanExplainer words = PlanExplainer.of(scored.pack(), lang.locale());
        text.append('\n').append(lang.text("report.nextRank.line", words.headline(plan))).append('\n');
        words.summary(plan, request).ifPresent(summary -> text.append("  ").append(summary).append('\n'));
        int n = 0;
        for (Step step : plan.steps()) {
            text.append(String.format(Locale.ROOT, "  %2d. +%s -> %s (%s): %s%n", ++n,
                    Numbers.points(step.gain(), lang), Numbers.points(step.total(), lang), lang.name(step.rank()),
                    words.step(step)));
        }
    }

    /**
     * The heading of the deficiencies, which says that each cost is what fixing that one alone would gain.
     *
     * @param lang the language
     * @return the words
     */
    public static String deficienciesHeading(Lang lang) {
        return lang.text("report.deficiencies.heading");
    }

    /**
     * The heading of the losses, with the points lost in all, which every point below the maxima is one loss's
     * share of; or, for a card that lost nothing, the sentence that says so.
     *
     * @param card the scorecard
     * @param lang the language
     * @return the words
     */
    public static String lossesHeading(ScoreCard card, Lang lang) {
        String max = Numbers.plain(Numbers.maxima(card), lang);
        if (card.losses().isEmpty()) {
            return lang.text("report.losses.none", max);
        }
        return lang.text("report.losses.heading", Numbers.points(Numbers.lost(card), lang), max);
    }

    /**
     * What the losses add up to, in words: the maxima minus the total.
     *
     * @param card the scorecard
     * @param lang the language
     * @return the words
     */
    public static String lostInAll(ScoreCard card, Lang lang) {
        return lang.text("report.losses.sum", Numbers.plain(Numbers.maxima(card), lang),
                Numbers.points(card.total(), lang));
    }

    /**
     * The provisional range in words: the lowest and highest total (and rank) the pending documents allow, or that
     * nothing is pending.
     *
     * @param range the provisional range
     * @param lang  the language
     * @return the words
     */
    public static String provisional(ProvisionalRange range, Lang lang) {
        String lowest = Numbers.points(range.lowest(), lang) + " (" + lang.name(range.lowestRank()) + ")";
        String highest = Numbers.points(range.highest(), lang) + " (" + lang.name(range.highestRank()) + ")";
        if (range.lowest().compareTo(range.highest()) == 0 && range.lowestRank() == range.highestRank()) {
            return lang.text("report.provisional.settled", lowest);
        }
        return lang.text("report.provisional.range", lowest, highest);
    }

    /**
     * A rank condition in words: what it needs for which rank (the document on an indicator, or how many indicators
     * at which share of their maximum, and how many reach it), met or not, and whether it holds the rank down.
     *
     * @param condition the rank condition's outcome
     * @param card      the scorecard it belongs to
     * @param pack      the pack that scored it
     * @param lang      the language
     * @return the words
     */
    public static String condition(ConditionOutcome condition, ScoreCard card, RulePack pack, Lang lang) {
        String outcome = condition.met() ? lang.text("report.condition.met") : lang.text("report.condition.notMet");
        String rank = lang.name(condition.rank());
        String needs = pack.rankConditions().stream().filter(c -> c.id().equals(condition.condition())).findFirst()
                .map(c -> needs(c, card, pack, rank, lang)).orElse(rank);
        return needs + ": " + (condition.capped() ? lang.text("report.condition.capped", outcome) : outcome);
    }

    private static String needs(RankCondition condition, ScoreCard card, RulePack pack, String rank, Lang lang) {
        if (condition instanceof RankCondition.EvidenceOfType evidence) {
            String code = pack.findIndicator(evidence.indicator()).map(r -> r.indicator().code())
                    .orElse(evidence.indicator());
            EvidenceType type = evidence.evidenceType();
            return lang.text("report.condition.evidence", rank, lang == Lang.ID ? type.nameId() : type.nameEn(), code);
        }
        RankCondition.IndicatorsReaching reaching = (RankCondition.IndicatorsReaching) condition;
        long reached = card.indicators().stream().filter(i -> reaching.reachedBy(i.points(), i.max())).count();
        return lang.text("report.condition.indicators", rank, reaching.atLeast(),
                Numbers.plain(reaching.fraction().movePointRight(2), lang), reached);
    }

    /**
     * One deficiency: the indicator's number and name, the question (with its text) and the document concerned, and
     * what to do. The question is named once, before the colon.
     *
     * @param deficiency the deficiency
     * @param pack the rule pack
     * @param explainer the pack's words in the language
     * @param lang the language
     * @return the words
     */
    public static String deficiency(Deficiency deficiency, RulePack pack, Explainer explainer, Lang lang) {
        StringBuilder line = new StringBuilder();
        line.append(HtmlReport.indicatorName(pack, deficiency.indicator(), deficiency.question(), lang));
        String explanation = deficiency(deficiency, explainer, lang);
        line.append(": ").append(explanation);
        // The document concerned, unless the explanation already names it.
        deficiency.evidence().filter(e -> !explanation.contains(e.title())).ifPresent(e -> line.append(" (\"")
                .append(e.title()).append("\"").append(e.reason().map(d -> ": " + d).orElse("")).append(')'));
        return line.toString();
    }

    /**
     * What is wrong and what to do, after the indicator and question are named: for an unanswered question, only
     * that it is unanswered and what it is worth, since the explainer's sentence would name the question again.
     *
     * @param deficiency the deficiency
     * @param explainer the pack's words in the language
     * @param lang the language
     * @return the words
     */
    public static String deficiency(Deficiency deficiency, Explainer explainer, Lang lang) {
        if (deficiency.kind() == Deficiency.Kind.NOT_ANSWERED && deficiency.question().isPresent()) {
            return lang.text("report.deficiency.question.notAnswered", Numbers.plain(deficiency.cost(), lang));
        }
        return explainer.deficiency(deficiency);
    }

    /**
     * Why a loss's points were lost, after the indicator and question are named: for an unanswered question the
     * cause alone, since the explainer's sentence would name the question's text again.
     *
     * @param loss the loss
     * @param explainer the pack's words in the language
     * @return the words
     */
    public static String loss(Loss loss, Explainer explainer) {
        if (loss.cause() == Loss.Cause.NOT_ANSWERED && loss.question().isPresent() && loss.item().isEmpty()) {
            return explainer.cause(Loss.Cause.NOT_ANSWERED);
        }
        return explainer.loss(loss);
    }

    /**
     * The stamp on two lines, the second under the first's words after its colon.
     *
     * @param stamp the scorecard's stamp
     * @param lang the language
     * @return the words
     */
    public static String stamp(Stamp stamp, Lang lang) {
        String overlay = stamp.overlay().map(o -> lang.text("report.stamp.overlay", o.name(), o.sha256())).orElse("");
        String first = lang.text("report.stamp.line", stamp.packId(), stamp.packSha256(), overlay,
                stamp.engineVersion());
        return first + "\n" + " ".repeat(first.indexOf(": ") + 2)
                + lang.text("report.stamp.submission", stamp.submissionSha256());
    }
}
