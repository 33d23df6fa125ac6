package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Bilingual;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoreComparison;
import io.github.layakanak.kla.scoring.internal.Words;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.rubric.Composite;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Says in words, in Indonesian or English, what a {@link Plan}, an {@link AtRisk} and a {@link ScoreComparison}
 * hold: the points a rank needs and the steps to it, what puts a rank at risk, and where the points went between two
 * scorecards. The words are kla's bundle's ({@code plan.}, {@code risk.} and {@code compare.} keys of
 * {@code Words_id.properties} and {@code Words_en.properties}); rungs, documents and losses are said as the
 * {@link Explainer} says them, and an indicator by its number and name. No name from the code appears in the words.
 *
 * <pre>{@code
 * PlanExplainer words = PlanExplainer.of(pack, Locale.forLanguageTag("id"));
 * words.headline(plan);
 * // "Untuk mencapai Madya diperlukan +85,01 poin: dari 515,00 (Pratama) menjadi paling sedikit 600,01."
 * String report = String.join("\n", words.lines(plan, request));
 * }</pre>
 *
 * <p>An explainer is for one pack (for a comparison, the later scorecard's) and one language; it is immutable and
 * thread-safe.
 */
public final class PlanExplainer {

    /** How many exposures beyond those that cost the rank {@link #lines(AtRisk)} shows. */
    public static final int OTHER_EXPOSURES = 10;

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final RulePack pack;
    /** The pack that names the indicators this one does not score: the earlier one of a comparison of two years. */
    private final RulePack other;
    private final boolean indonesian;
    private final Words words;
    private final Explainer explainer;

    private PlanExplainer(RulePack pack, RulePack other, boolean indonesian) {
        this.pack = pack;
        this.other = other;
        this.indonesian = indonesian;
        Locale locale = indonesian ? INDONESIAN : Locale.ENGLISH;
        this.words = Words.of(locale);
        this.explainer = Explainer.of(pack, locale);
    }

    /**
     * Creates an explainer.
     *
     * @param pack   the pack of the plans, risks and (later) scorecards it explains
     * @param locale the language: Indonesian ({@code id}) or English (any other)
     * @return the explainer
     * @throws NullPointerException if an argument is null
     */
    public static PlanExplainer of(RulePack pack, Locale locale) {
        requireNonNull(pack, "pack");
        String language = requireNonNull(locale, "locale").getLanguage();
        return new PlanExplainer(pack, pack, language.equals("id") || language.equals("in"));
    }

    /**
     * Returns an explainer that names the indicators its pack does not score by another pack's names: for a
     * comparison of two years, the earlier scorecard's pack.
     *
     * @param earlier the other pack
     * @return the explainer
     * @throws NullPointerException if {@code earlier} is null
     */
    public PlanExplainer naming(RulePack earlier) {
        return new PlanExplainer(pack, requireNonNull(earlier, "earlier"), indonesian);
    }

    /**
     * Returns the language it speaks.
     *
     * @return Indonesian ({@code id}) or English ({@code en})
     */
    public Locale locale() {
        return indonesian ? INDONESIAN : Locale.ENGLISH;
    }

    /**
     * Names an indicator, or one of its questions, as the reports do: its number and name.
     *
     * @param indicator the indicator's stable id
     * @param question  the question's code, or empty
     * @return the name, such as {@code "1. Peraturan Daerah (Perda) tentang KLA"}, with a question's code and text
     *         ({@code "2. Penguatan Kelembagaan KLA, pertanyaan 4 (Rencana Aksi Daerah (RAD) KLA)"}); the id for an
     *         indicator the pack does not have
     */
    public String indicator(String indicator, Optional<String> question) {
        requireNonNull(indicator, "indicator");
        requireNonNull(question, "question");
        Optional<IndicatorRule> rule = pack.findIndicator(indicator).or(() -> other.findIndicator(indicator));
        String name = rule.map(r -> text("plan.indicator", r.indicator().code(), named(r.indicator())))
                .orElse(indicator);
        return question.map(code -> rule.flatMap(r -> r.findQuestion(code))
                        .map(q -> text("plan.indicator.questionTopic", name, code,
                                indonesian ? q.question().topicId() : q.question().topicEn()))
                        .orElseGet(() -> text("plan.indicator.question", name, code)))
                .orElse(name);
    }

    // ---- Plans ----

    /**
     * Says what a plan comes to: the target reached already, the points it needs, or that it cannot be reached.
     *
     * @param plan the plan
     * @return the sentence, such as {@code "Untuk mencapai Madya diperlukan +85.01 poin: dari 515.00 (Pratama)
     *         menjadi paling sedikit 600.01."}
     */
    public String headline(Plan plan) {
        requireNonNull(plan, "plan");
        String target = rank(plan.target());
        String from = points(plan.from());
        String fromRank = rank(plan.fromRank());
        return switch (plan.outcome()) {
            case ALREADY_REACHED -> text("plan.reached", target, from, fromRank, points(plan.needed()));
            case PLANNED -> text("plan.needed", target, signed(plan.needed().subtract(plan.from())), from, fromRank,
                    points(plan.needed()));
            case UNREACHABLE -> Planner.lowestTotal(pack, plan.target()).isEmpty()
                    ? text("plan.unreachable.rank", target, from, fromRank)
                    : plan.unmet().isEmpty()
                    ? text("plan.unreachable", target, points(plan.needed()), points(plan.highest()), from, fromRank)
                    : text("plan.unreachable.condition", target, conditions(plan.unmet()), from, fromRank);
        };
    }

    /**
     * Says where a plan's steps lead: how many, their effort when a step may cost more or less than one, and the
     * total and rank of the submission with every step applied.
     *
     * @param plan    the plan
     * @param request the request it answers, for its effort table
     * @return the sentence; empty for a plan without steps
     */
    public Optional<String> summary(Plan plan, PlanRequest request) {
        requireNonNull(plan, "plan");
        requireNonNull(request, "request");
        if (plan.steps().isEmpty()) {
            return Optional.empty();
        }
        String count = Integer.toString(plan.steps().size());
        String key = plan.steps().size() == 1 ? "plan.summary.one" : "plan.summary";
        String sentence = request.effort().isSteps() ? text(key, count, points(plan.reached()), rank(plan.rank()))
                : text(key + ".effort", count, number(plan.effort()), points(plan.reached()), rank(plan.rank()));
        return Optional.of(sentence);
    }

    /**
     * Says what one step does, without its gain (a report shows it beside the step).
     *
     * @param step a step of a plan of this explainer's pack
     * @return the words, such as {@code "1. Peraturan Daerah (Perda) tentang KLA: tingkatkan dari Perkada/SK menjadi
     *         Perda"}
     */
    public String step(Step step) {
        requireNonNull(step, "step");
        Rubric rubric = rubric(step.indicator(), step.question()).orElse(null);
        String where = "";
        if (step.item().isPresent() && rubric instanceof Composite composite) {
            Optional<Composite.Item> item = composite.findItem(step.item().get());
            where = item.map(i -> indonesian ? i.label().indonesian() : i.label().english()).orElse(step.item().get());
            rubric = item.map(Composite.Item::rubric).orElse(rubric);
        }
        String action = switch (step.kind()) {
            case RUNG_UP -> rungUp(rubric, step.from(), step.to());
            case EVIDENCE_FIXED -> step.evidence().map(this::fix).orElseGet(() -> text("plan.step.fix.any"));
            case EVIDENCE_ADDED -> text("plan.step.add", step.added().map(this::named).orElse(""));
        };
        String what = where.isEmpty() ? action : text("plan.step.item", where, action);
        return text("plan.step", indicator(step.indicator(), step.question()), what);
    }

    private String rungUp(@Nullable Rubric rubric, Optional<Rung> from, Optional<Rung> to) {
        String after = to.map(r -> rung(rubric, r)).orElse("");
        return from.map(r -> text("plan.step.rungUp", rung(rubric, r), after))
                .orElseGet(() -> text("plan.step.answer", after));
    }

    private String rung(@Nullable Rubric rubric, Rung rung) {
        return rubric == null ? rung.id() : explainer.rung(rubric, rung);
    }

    /** What to do to make a document count: its legality first, then what the verifier found. */
    private String fix(EvidenceOutcome evidence) {
        String title = evidence.title();
        if (!evidence.legality()) {
            return text("plan.step.fix.legality", title);
        }
        VerificationStatus status = evidence.status();
        return switch (status) {
            case INVALID -> evidence.reason().map(r -> text("plan.step.fix.invalid.reason", title, r))
                    .orElseGet(() -> text("plan.step.fix.invalid", title));
            case MISSING -> text("plan.step.fix.missing", title);
            case PENDING, VALID -> text("plan.step.fix.verify", title);
        };
    }

    /**
     * Says whether a step can still be taken during the round, in a word or two.
     *
     * @param step the step
     * @return {@code "dokumen"} for a document, {@code "data capaian"} for a measured outcome, or the English
     */
    public String kind(Step step) {
        return text(requireNonNull(step, "step").changeable() ? "plan.kind.document" : "plan.kind.outcome");
    }

    /**
     * Says a whole plan: the headline, the steps in order with their gain, running total, rank and kind, and what
     * the kinds mean.
     *
     * @param plan    the plan
     * @param request the request it answers: with an effort table whose steps differ, each step's effort is shown
     *                too; with documents only, a line says so, and an unreachable target is said to be out of reach
     *                with documents only
     * @return the lines
     */
    public List<String> lines(Plan plan, PlanRequest request) {
        requireNonNull(plan, "plan");
        requireNonNull(request, "request");
        List<String> lines = new ArrayList<>();
        lines.add(request.documentsOnly() && plan.outcome() == Plan.Outcome.UNREACHABLE && plan.unmet().isEmpty()
                && Planner.lowestTotal(pack, plan.target()).isPresent()
                ? text("plan.unreachable.documents", rank(plan.target()), points(plan.needed()), points(plan.highest()),
                        points(plan.from()), rank(plan.fromRank()))
                : headline(plan));
        if (request.documentsOnly()) {
            lines.add(text("plan.documentsOnly"));
        }
        summary(plan, request).ifPresent(lines::add);
        if (plan.steps().isEmpty()) {
            return lines;
        }
        boolean effort = !request.effort().isSteps();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", text("plan.column.gain"), text("plan.column.total"), text("plan.column.rank"),
            text("plan.column.kind"), effort ? text("plan.column.effort") : "", text("plan.column.step")});
        int n = 0;
        for (Step step : plan.steps()) {
            rows.add(new String[] {Integer.toString(++n), signed(step.gain()), points(step.total()), rank(step.rank()),
                kind(step), effort ? number(step.effort()) : "", step(step)});
        }
        lines.add("");
        lines.addAll(table(rows, new boolean[] {true, true, true, false, false, true, false}));
        lines.add("");
        lines.add(text("plan.legend"));
        return lines;
    }

    // ---- Risks ----

    /**
     * Says how far a total stands above the band below.
     *
     * @param risk the risks
     * @return the sentence, such as {@code "Total 745,00 (Nindya): 44,99 poin di atas batas terendah Nindya
     *         (700.01)."}
     */
    public String margin(AtRisk risk) {
        requireNonNull(risk, "risk");
        if (risk.rank() == Rank.NONE) {
            return text("risk.margin.none", points(risk.total()));
        }
        return text("risk.margin", points(risk.total()), rank(risk.rank()), points(risk.margin()),
                points(risk.total().subtract(risk.margin())));
    }

    /**
     * Says a provisional range: the total if every pending document is rejected, and if accepted.
     *
     * @param risk the risks
     * @return the sentence
     */
    public String provisional(AtRisk risk) {
        var range = requireNonNull(risk, "risk").provisional();
        String lowest = points(range.lowest());
        String lowestRank = rank(range.lowestRank());
        if (range.lowest().compareTo(range.highest()) == 0 && range.lowestRank() == range.highestRank()) {
            return text("risk.provisional.none", lowest, lowestRank);
        }
        return text("risk.provisional", lowest, lowestRank, points(range.highest()), rank(range.highestRank()));
    }

    /**
     * Says one document that counts and what its rejection would cost.
     *
     * @param exposure the document
     * @return the words, such as {@code "1. Peraturan Daerah (Perda) tentang KLA: Perda 'Perda No. 3/2019': sah; bila
     *         ditolak -40.00 poin, menjadi Madya"}
     */
    public String exposure(AtRisk.Exposure exposure) {
        requireNonNull(exposure, "exposure");
        return text("risk.exposure", indicator(exposure.indicator(), exposure.question()),
                explainer.evidence(exposure.evidence()), points(exposure.cost()), rank(exposure.rankAfter()));
    }

    /**
     * Says the risks in full: the margin, the provisional range, the documents whose rejection alone costs the
     * rank, the fewest whose rejection together does, and the {@value #OTHER_EXPOSURES} other documents with most
     * at stake.
     *
     * @param risk the risks
     * @return the lines
     */
    public List<String> lines(AtRisk risk) {
        requireNonNull(risk, "risk");
        List<String> lines = new ArrayList<>();
        lines.add(margin(risk));
        lines.add(provisional(risk));
        List<AtRisk.Exposure> alone = new ArrayList<>();
        List<AtRisk.Exposure> others = new ArrayList<>();
        for (AtRisk.Exposure exposure : risk.documents()) {
            (exposure.rankAfter().compareTo(risk.rank()) < 0 ? alone : others).add(exposure);
        }
        if (risk.rank() == Rank.NONE) {
            return lines;
        }
        lines.add("");
        if (alone.isEmpty()) {
            lines.add(text("risk.alone.none"));
        } else {
            lines.add(text("risk.alone", count(alone.size())));
            alone.forEach(x -> lines.add("  " + exposure(x)));
        }
        lines.add("");
        if (risk.fewest().isEmpty()) {
            lines.add(text(risk.documents().isEmpty() ? "risk.documents.none" : "risk.fewest.none"));
        } else if (!alone.isEmpty()) {
            lines.add(text("risk.fewest.alone"));
        } else {
            lines.add(text("risk.fewest", count(risk.fewest().size())));
            risk.fewest().forEach(x -> lines.add("  " + exposure(x)));
        }
        List<AtRisk.Exposure> top = others.stream().filter(x -> x.cost().signum() > 0).limit(OTHER_EXPOSURES).toList();
        if (!top.isEmpty()) {
            lines.add("");
            lines.add(text("risk.others", count(top.size()), count(others.size())));
            top.forEach(x -> lines.add("  " + exposure(x)));
        }
        return lines;
    }

    // ---- Comparisons ----

    /**
     * Says how a total and a rank changed between two scorecards.
     *
     * @param comparison the comparison
     * @return the sentence, such as {@code "Perubahan: 805,25 → 631,00, -174,25 poin; peringkat turun dari Utama
     *         menjadi Madya."}
     */
    public String change(ScoreComparison comparison) {
        requireNonNull(comparison, "comparison");
        int moved = comparison.laterRank().compareTo(comparison.earlierRank());
        String key = moved > 0 ? "compare.change.rose" : moved < 0 ? "compare.change.fell" : "compare.change.stayed";
        return text(key, points(comparison.earlierTotal()), points(comparison.laterTotal()), signed(comparison.change()),
                rank(comparison.earlierRank()), rank(comparison.laterRank()));
    }

    /**
     * Says how one indicator's points changed.
     *
     * @param change the indicator's change
     * @return the words, such as {@code "1. Peraturan Daerah (Perda) tentang KLA: 40,00 → 0,00"}
     */
    public String change(ScoreComparison.IndicatorChange change) {
        requireNonNull(change, "change");
        return text("compare.indicator", indicator(change.indicator(), Optional.empty()), side(change.before()),
                side(change.after()));
    }

    private String side(Optional<IndicatorScore> score) {
        return score.map(s -> points(s.points())).orElseGet(() -> text("compare.notScored"));
    }

    /**
     * Says a comparison in full: both totals and ranks, the change, then each indicator whose points changed, the
     * largest change first, with its causes: the losses that grew for an indicator that fell, those that went away
     * for one that rose (between scorecards of one pack).
     *
     * @param comparison the comparison
     * @param later      the later scorecard, of this explainer's pack
     * @return the lines
     */
    public List<String> lines(ScoreComparison comparison, ScoreCard later) {
        requireNonNull(comparison, "comparison");
        requireNonNull(later, "later");
        List<String> lines = new ArrayList<>();
        lines.add(text("compare.earlier", points(comparison.earlierTotal()), rank(comparison.earlierRank()),
                named(comparison.earlierStage()), Integer.toString(comparison.earlierYear()), comparison.earlierPack()));
        lines.add(text("compare.later", points(comparison.laterTotal()), rank(comparison.laterRank()),
                named(comparison.laterStage()), Integer.toString(comparison.laterYear()), comparison.laterPack()));
        lines.add(change(comparison));
        lines.add("");
        if (comparison.indicators().isEmpty()) {
            lines.add(text("compare.none"));
            return lines;
        }
        lines.add(text("compare.indicators", count(comparison.indicators().size())));
        int width = comparison.indicators().stream().mapToInt(c -> signed(c.change()).length()).max().orElse(0);
        for (ScoreComparison.IndicatorChange change : comparison.indicators()) {
            lines.add("  " + pad(signed(change.change()), width, true) + "  " + change(change));
            // The losses that grew explain a fall (with the points they grew by), those that went away a rise.
            // A rise's causes are the earlier scorecard's losses: words of this pack only when it is the earlier's too.
            boolean fell = change.change().signum() < 0;
            List<Loss> causes = fell || comparison.earlierPack().equals(comparison.laterPack()) ? change.causes()
                    : List.of();
            int lost = causes.stream().mapToInt(l -> points(l.points()).length() + 1).max().orElse(0);
            for (Loss loss : causes) {
                String why = explainer.loss(loss);
                lines.add("  " + " ".repeat(width) + "    " + pad((fell ? "-" : "+") + points(loss.points()), lost, true)
                        + "  " + loss.question().map(q -> text("compare.question", q, why)).orElse(why));
            }
        }
        return lines;
    }

    // ---- Words ----

    /** The rubric an indicator or question is rated by. */
    private Optional<Rubric> rubric(String indicator, Optional<String> question) {
        Optional<IndicatorRule> rule = pack.findIndicator(indicator);
        if (question.isPresent()) {
            return rule.flatMap(r -> r.findQuestion(question.get())).map(q -> q.rubric());
        }
        return rule.flatMap(IndicatorRule::rubric);
    }

    /** Rows as columns padded to their widest cell, numbers to the right; the last column is not padded. */
    private static List<String> table(List<String[]> rows, boolean[] right) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                if (widths[c] == 0) {
                    continue;
                }
                line.append(' ').append(c == columns - 1 ? row[c] : pad(row[c], widths[c], right[c])).append(' ');
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }

    private String rank(Rank rank) {
        return named(rank);
    }

    private String named(Bilingual constant) {
        return indonesian ? constant.nameId() : constant.nameEn();
    }

    private String named(Indicator indicator) {
        return indonesian ? indicator.nameId() : indicator.nameEn();
    }

    private static String count(int n) {
        return Integer.toString(n);
    }

    /** A change of points with its sign: {@code +85.01}, {@code -174.25}, {@code 0.00}. */
    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + points(value);
    }

    /** A number as people write it in the language: {@code 40}, {@code 2,5} or {@code 2.5}. */
    private String number(BigDecimal value) {
        return words.number(value);
    }

    /**
     * The rank conditions named: each by the document it needs and the indicator it needs it on, or by how many
     * indicators must reach which share of their maximum.
     */
    private String conditions(List<String> ids) {
        List<String> named = new ArrayList<>();
        for (String id : ids) {
            pack.rankConditions().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> named.add(
                    condition(c)));
        }
        return String.join("; ", named);
    }

    private String condition(RankCondition condition) {
        if (condition instanceof RankCondition.EvidenceOfType e) {
            return text("plan.condition", named(e.evidenceType()), indicator(e.indicator(), Optional.empty()),
                    rank(e.rank()));
        }
        RankCondition.IndicatorsReaching r = (RankCondition.IndicatorsReaching) condition;
        return text("plan.condition.indicators", Integer.toString(r.atLeast()),
                number(r.fraction().movePointRight(2)), rank(r.rank()));
    }

    /** A key's words with its arguments put in, as every kla explainer puts them ({@link Words}). */
    private String text(String key, String... arguments) {
        return words.text(key, (Object[]) arguments);
    }

    /** Points as a recap prints them: at least two decimals. */
    private String points(BigDecimal value) {
        return words.points(value);
    }
}
