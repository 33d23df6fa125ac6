package io.github.layakanak.kla.report.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.ConditionOutcome;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.Stamp;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One district's scorecard as a self-contained HTML page that opens offline: no script, no external style
 * sheet, font or image. The page leads with what a district reads first: the total, the rank and its band, with the
 * warning beside them when the score rests on stand-in numbers, the stage gate and the provisional range; then the
 * losses (where every point below the maxima went, the largest first, with the sum) and the cheapest path to the
 * next rank. The detail follows: the points of each section against its maximum, drawn as an inline SVG bar chart
 * whose bars carry the numbers in data attributes ({@code data-cluster}, {@code data-points}, {@code data-max}), the
 * deficiencies, the explanation of every indicator with its sources folded away, and the stamp with the date the
 * page was made.
 *
 * <p>Printed, the page fills A4 sheets: each major section starts on a new sheet, a table row, the chart and the
 * short tables never break across two, a table's head repeats on every sheet, and the folded sources are printed
 * open. The page is well-formed XML as well as HTML, so that it can be checked by parsing.
 *
 * <p>The page is the template {@code report.html.mustache} beside this class, rendered by Mustache.java; this class
 * builds its view, of maps, lists and strings only (so the engine reflects on none of kla's classes, on the module
 * path either), with every word and number already written. Mustache escapes every {@code {{value}}} (the template
 * has no unescaped one), with {@link #escape}, which makes a text safe in an element and in a quoted attribute, in
 * HTML and XML alike.
 */
public final class HtmlReport {

    private static final int BAR_WIDTH = 520;
    private static final int ROW_HEIGHT = 46;

    /** The sections that start a new sheet when printed: the detail after the lead page. */
    public static final List<String> PRINTED_ON_A_NEW_PAGE = List.of("next-rank", "clusters", "deficiencies",
            "explanations");

    /** The template, compiled once: a compiled Mustache is thread-safe. */
    private static final Mustache PAGE = compile("report.html.mustache");

    private HtmlReport() {
    }

    /**
     * The page, dated on the day it is made in Jakarta's time zone (Western Indonesia, the ministry's).
     *
     * @param scored the district
     * @param lang   the language
     * @return the page
     */
    public static String render(Scored scored, Lang lang) {
        return render(scored, lang, LocalDate.now(ZoneId.of("Asia/Jakarta")));
    }

    /**
     * The page, dated on a given day.
     *
     * @param scored the district
     * @param lang   the language
     * @param madeOn the day the page says it was made on
     * @return the page
     */
    public static String render(Scored scored, Lang lang, LocalDate madeOn) {
        StringWriter html = new StringWriter(32_768);
        PAGE.execute(html, view(scored, lang, madeOn));
        return html.toString();
    }

    private static Map<String, Object> view(Scored scored, Lang lang, LocalDate madeOn) {
        ScoreCard card = scored.card();
        RulePack pack = scored.pack();
        Explainer explainer = lang.explainer(pack);
        Map<String, Object> view = new HashMap<>();
        view.put("lang", lang.code());
        view.put("engine", card.stamp().engineVersion());
        view.put("title", card.region().name() + " " + card.year() + ": " + Numbers.points(card.total(), lang) + " ("
                + lang.name(card.rank()) + ")");
        view.put("region", card.region().name());
        view.put("meta", card.region().province() + " (" + card.region().code() + ") · "
                + TextReport.round(card.year(), card.stage(), card.packId(), lang));
        view.put("words", words(lang));
        view.put("total", Map.of("plain", card.total().toPlainString(),
                "maxPlain", pack.totalMax().value().stripTrailingZeros().toPlainString(),
                "points", Numbers.points(card.total(), lang), "max", Numbers.plain(pack.totalMax().value(), lang)));
        view.put("rank", Map.of("code", card.rank().name(), "name", lang.name(card.rank()),
                "band", Numbers.band(pack, card.rank(), lang)));
        view.put("standIns", StandIns.used(card, pack, explainer) ? List.of(Map.of("warning", StandIns.warning(lang)))
                : List.of());
        List<Map<String, String>> facts = new ArrayList<>();
        card.gate().ifPresent(gate -> facts.add(fact(lang.text("report.gate"), Numbers.gate(gate, lang))));
        facts.add(fact(lang.text("report.provisional"), TextReport.provisional(card.provisional(), lang)));
        for (ConditionOutcome condition : card.conditions()) {
            facts.add(fact(lang.text("report.condition"), TextReport.condition(condition, card, pack, lang)));
        }
        view.put("facts", facts);
        view.put("losses", losses(card, pack, explainer, lang));
        view.put("next", nextRank(scored, lang));
        view.put("chart", chart(card, lang));
        view.put("deficiencies", deficiencies(card, pack, explainer, lang));
        view.put("indicators", explanations(card, pack, explainer, lang));
        view.put("recap", card.recapIssues().isEmpty() ? List.of()
                : List.of(Map.of("issues", explainer.recapIssues(card))));
        view.put("stamp", stamp(card.stamp(), lang, madeOn));
        return view;
    }

    /** The words of headings and table heads, by the names the template gives them. */
    private static Map<String, String> words(Lang lang) {
        Map<String, String> words = new HashMap<>();
        for (String[] word : new String[][] {{"rank", "report.rank"}, {"points", "report.points"},
                {"indicator", "report.indicator"}, {"cause", "report.losses.cause"}, {"detail", "report.losses.detail"},
                {"nextRank", "report.nextRank"}, {"gain", "report.nextRank.gain"}, {"total", "report.total"},
                {"kind", "report.nextRank.kind"}, {"step", "report.nextRank.step"}, {"sections", "report.sections"},
                {"chart", "report.sections.chart"}, {"section", "report.section"}, {"max", "report.max"},
                {"deficiencies", "report.deficiencies.heading"}, {"noDeficiencies", "report.deficiencies.none"},
                {"wrong", "report.deficiencies.wrong"}, {"document", "report.deficiencies.document"},
                {"explanations", "report.explanations"}, {"explanationsColumn", "report.explanations.column"},
                {"sources", "report.explanations.sources"}, {"recap", "report.recap"}, {"stamp", "report.stamp"},
                {"pack", "report.stamp.pack"}, {"overlay", "report.stamp.overlayTerm"},
                {"engine", "report.stamp.engine"}, {"submission", "report.stamp.submissionTerm"}}) {
            words.put(word[0], lang.text(word[1]));
        }
        return words;
    }

    private static Map<String, String> fact(String term, String value) {
        return Map.of("term", term, "value", value);
    }

    private static Map<String, Object> losses(ScoreCard card, RulePack pack, Explainer explainer, Lang lang) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Loss loss : card.losses()) {
            rows.add(Map.of("indicator", loss.indicator(), "lost", loss.points().toPlainString(),
                    "points", Numbers.points(loss.points(), lang),
                    "name", indicatorName(pack, loss.indicator(), loss.question(), lang),
                    "cause", explainer.cause(loss.cause()), "detail", detail(loss, explainer)));
        }
        Map<String, Object> losses = new HashMap<>();
        losses.put("heading", TextReport.lossesHeading(card, lang));
        losses.put("table", rows.isEmpty() ? List.of() : List.of(Map.of("rows", rows,
                "lost", Numbers.lost(card).toPlainString(), "points", Numbers.points(Numbers.lost(card), lang),
                "sum", TextReport.lostInAll(card, lang))));
        return losses;
    }

    /**
     * A loss in detail, beside its cause: nothing where the detail would only say the cause again.
     *
     * @param loss the loss
     * @param explainer the pack's words in the language
     * @return the words
     */
    public static String detail(Loss loss, Explainer explainer) {
        String detail = TextReport.loss(loss, explainer);
        return detail.equals(explainer.cause(loss.cause())) ? "" : detail;
    }

    /**
     * The next rank: the points it needs, and the cheapest steps to it (the fewest), each with its gain, the running
     * total and the rank, as {@code kla plan} gives them.
     */
    private static Map<String, Object> nextRank(Scored scored, Lang lang) {
        PlanRequest request = PlanRequest.nextRank();
        Plan plan = Planner.plan(ScoringEngine.check(scored.pack(), scored.submission()), request);
        PlanExplainer words = PlanExplainer.of(scored.pack(), lang.locale());
        List<Map<String, String>> steps = new ArrayList<>();
        for (Step step : plan.steps()) {
            steps.add(Map.of("gainPlain", step.gain().toPlainString(), "totalPlain", step.total().toPlainString(),
                    "n", Integer.toString(steps.size() + 1), "gain", Numbers.points(step.gain(), lang),
                    "total", Numbers.points(step.total(), lang), "rank", lang.name(step.rank()),
                    "kind", words.kind(step), "step", words.step(step)));
        }
        Map<String, Object> next = new HashMap<>();
        next.put("target", plan.target().name());
        next.put("needed", plan.needed().toPlainString());
        next.put("headline", words.headline(plan));
        next.put("summary", words.summary(plan, request).map(summary -> List.of(Map.of("text", summary)))
                .orElse(List.of()));
        next.put("table", steps.isEmpty() ? List.of() : List.of(Map.of("steps", steps)));
        return next;
    }

    private static Map<String, Object> chart(ScoreCard card, Lang lang) {
        List<ClusterScore> clusters = card.clusters();
        BigDecimal largest = clusters.stream().map(ClusterScore::max).reduce(BigDecimal.ONE, BigDecimal::max);
        List<Map<String, String>> bars = new ArrayList<>();
        int y = 0;
        for (ClusterScore cluster : clusters) {
            double maxWidth = width(cluster.max(), largest);
            Map<String, String> bar = new HashMap<>();
            bar.put("cluster", cluster.cluster().name());
            bar.put("label", lang.label(cluster.cluster()));
            bar.put("labelY", Integer.toString(y + 14));
            bar.put("barY", Integer.toString(y + 20));
            bar.put("maxWidth", coordinate(maxWidth));
            bar.put("pointsWidth", coordinate(width(cluster.points(), largest)));
            bar.put("maxPlain", cluster.max().toPlainString());
            bar.put("pointsPlain", cluster.points().toPlainString());
            bar.put("numbersX", coordinate(maxWidth + 8));
            bar.put("numbersY", Integer.toString(y + 34));
            bar.put("points", Numbers.points(cluster.points(), lang));
            bar.put("max", Numbers.plain(cluster.max(), lang));
            bars.add(bar);
            y += ROW_HEIGHT;
        }
        return Map.of("width", Integer.toString(BAR_WIDTH + 120),
                "height", Integer.toString(ROW_HEIGHT * clusters.size() + 4), "bars", bars);
    }

    private static Map<String, Object> deficiencies(ScoreCard card, RulePack pack, Explainer explainer, Lang lang) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Deficiency deficiency : Numbers.largestFirst(card)) {
            rows.add(Map.of("indicator", deficiency.indicator(), "cost", deficiency.cost().toPlainString(),
                    "points", Numbers.points(deficiency.cost(), lang),
                    "name", indicatorName(pack, deficiency.indicator(), deficiency.question(), lang),
                    "wrong", TextReport.deficiency(deficiency, explainer, lang),
                    "document", deficiency.evidence().map(e -> e.title() + e.reason().map(d -> ": " + d).orElse(""))
                            .orElse("")));
        }
        return Map.of("none", rows.isEmpty() ? List.of(Boolean.TRUE) : List.of(),
                "table", rows.isEmpty() ? List.of() : List.of(Map.of("rows", rows)));
    }

    private static List<Map<String, Object>> explanations(ScoreCard card, RulePack pack, Explainer explainer,
            Lang lang) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorScore indicator : card.indicators()) {
            rows.add(Map.of("indicator", indicator.indicator(), "name", indicatorName(pack, indicator.indicator(), lang),
                    "points", Numbers.points(indicator.points(), lang), "max", Numbers.plain(indicator.max(), lang),
                    "explanation", explainer.indicator(indicator),
                    "sources", explainer.sources(indicator).stream().map(s -> StandIns.cited(s, lang)).toList()));
        }
        return rows;
    }

    private static Map<String, Object> stamp(Stamp stamp, Lang lang, LocalDate madeOn) {
        return Map.of("pack", stamp.packId(), "packSha256", stamp.packSha256(),
                "overlay", stamp.overlay().map(o -> List.of(Map.of("name", o.name(), "sha256", o.sha256())))
                        .orElse(List.of()),
                "submissionSha256", stamp.submissionSha256(),
                "made", lang.text("report.made", lang.date(madeOn)) + " "
                        + lang.text("report.standIns.marked", StandIns.label(Provenance.Kind.HYPOTHETICAL, lang)));
    }

    /**
     * An indicator's number and name in the language, as the reports name it: {@code 1. Peraturan Daerah (Perda)
     * tentang KLA}; its id when the pack does not know it.
     *
     * @param pack        the rule pack
     * @param indicatorId the indicator's id
     * @param lang        the language
     * @return the indicator's name
     */
    public static String indicatorName(RulePack pack, String indicatorId, Lang lang) {
        return pack.findIndicator(indicatorId)
                .map(rule -> rule.indicator().code() + ". " + lang.t(rule.indicator().nameId(), rule.indicator().nameEn()))
                .orElse(indicatorId);
    }

    /**
     * An indicator's number and name, and when there is a question, its code and its text: the one place a report
     * names the question, so that what follows need not name it again.
     *
     * @param pack the rule pack
     * @param indicatorId the indicator's id
     * @param question the question's code, if the words are about one
     * @param lang the language
     * @return the words
     */
    public static String indicatorName(RulePack pack, String indicatorId, Optional<String> question, Lang lang) {
        String indicator = indicatorName(pack, indicatorId, lang);
        return question.map(code -> pack.findIndicator(indicatorId).flatMap(rule -> rule.findQuestion(code))
                        .map(rule -> lang.text("report.indicator.question", indicator, code,
                                lang == Lang.ID ? rule.question().topicId() : rule.question().topicEn()))
                        .orElseGet(() -> lang.text("report.indicator.question.bare", indicator, code)))
                .orElse(indicator);
    }

    private static double width(BigDecimal value, BigDecimal largest) {
        return BAR_WIDTH * value.doubleValue() / largest.doubleValue();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Escapes text for an element or a quoted attribute, in HTML and XML alike: the five characters that could
     * end a text or an attribute, the control characters XML 1.0 forbids (as U+FFFD), so that the page stays
     * well-formed whatever a submission holds, and the direction controls (as character references, which show in
     * the page's source).
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped);
        return escaped.toString();
    }

    private static void escape(String text, StringBuilder escaped) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        escaped.append('\uFFFD');
                    } else if (bidi(c)) {
                        escaped.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
    }

    /**
     * Whether a character is one of Unicode's invisible direction controls (marks, embeddings, overrides,
     * isolates), which a hostile text uses to show its words in another order. They are written as character
     * references: the page reads the same, and its source shows them.
     */
    private static boolean bidi(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * The template, read from beside this class (its own module's resource, which needs no {@code opens}), with
     * every value escaped by {@link #escape} instead of Mustache's own escaper, which leaves XML's forbidden control
     * characters in and writes {@code =} and {@code `} as references the page never needed.
     */
    private static Mustache compile(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kla-report is missing its template " + name);
            }
            MustacheFactory factory = new DefaultMustacheFactory() {
                @Override
                public void encode(String value, Writer writer) {
                    StringBuilder escaped = new StringBuilder(value.length() + 16);
                    escape(value, escaped);
                    try {
                        writer.append(escaped);
                    } catch (IOException e) {
                        throw new MustacheException("cannot write the page", e);
                    }
                }
            };
            return factory.compile(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
