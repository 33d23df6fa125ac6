package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.ConditionOutcome;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.RecapIssue;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * open. Every text is escaped, and the page is well-formed XML as well as HTML, so that it can be checked by
 * parsing.
 */
final class HtmlReport {

    private static final int BAR_WIDTH = 520;
    private static final int ROW_HEIGHT = 46;

    /** The sections that start a new sheet when printed: the detail after the lead page. */
    static final List<String> PRINTED_ON_A_NEW_PAGE = List.of("next-rank", "clusters", "deficiencies",
            "explanations");

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2933;max-width:64em;"
                    + "margin:2em auto;padding:0 1em;line-height:1.4}",
            "h1{margin-bottom:0}",
            ".meta{color:#52606d;margin-top:.2em}",
            ".total{font-size:2.2em;margin:.3em 0}",
            ".total .max{color:#7b8794;font-size:.6em}",
            ".rank strong{font-size:1.3em}",
            "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}",
            "dl.facts dt{font-weight:600}",
            "dl.facts dd{margin:0}",
            "svg text{font-size:13px;fill:#1f2933}",
            "svg rect.max{fill:#e4e7eb}",
            "svg rect.points{fill:#2f80ed}",
            "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}",
            "th,td{border-bottom:1px solid #e4e7eb;padding:.3em .5em;text-align:left;vertical-align:top}",
            "td.num,th.num{text-align:right;white-space:nowrap}",
            "ul.sources{margin:0;padding-left:1.1em;font-size:.85em;color:#52606d}",
            "footer{font-size:.85em;color:#52606d;border-top:1px solid #e4e7eb;margin-top:2em}",
            "footer code{word-break:break-all}",
            "p.warning{border-left:4px solid #d64545;background:#fff5f5;padding:.5em .8em;font-weight:600}",
            "details summary{cursor:pointer;font-size:.85em;color:#52606d}",
            // A4, and what printing changes: each major section on a new sheet, nothing cut across two where it fits,
            // a table's head on every sheet, the sources open (::details-content, in Chromium 131, Firefox 143 and
            // Safari 18.4, shows a closed <details>'s content) and colours kept.
            "@page{size:A4;margin:15mm 14mm}",
            "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt;-webkit-print-color-adjust:exact;"
                    + "print-color-adjust:exact}"
                    + PRINTED_ON_A_NEW_PAGE.stream().map(id -> "#" + id).collect(Collectors.joining(","))
                    + "{break-before:page}"
                    + "h1,h2{break-after:avoid}"
                    + "tr,svg,dl.facts,p.warning,#result,#clusters table,#next-rank table,footer{break-inside:avoid}"
                    + "thead{display:table-header-group}"
                    + "details::details-content{content-visibility:visible;display:contents}"
                    + "details summary{display:none}"
                    + "a{color:inherit}}");

    private HtmlReport() {
    }

    static String render(Evaluator.Scored scored, Lang lang) {
        ScoreCard card = scored.card();
        RulePack pack = scored.pack();
        String maxTotal = Numbers.plain(pack.totalMax().value(), lang);
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang.code())
                .append("\" xml:lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"generator\" content=\"kla ").append(escape(card.stamp().engineVersion()))
                .append("\"/>\n<title>").append(escape(card.region().name() + " " + card.year() + ": "
                        + Numbers.points(card.total(), lang) + " (" + lang.name(card.rank()) + ")"))
                .append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");

        html.append("<header>\n<h1>").append(escape(card.region().name())).append("</h1>\n<p class=\"meta\">")
                .append(escape(card.region().province() + " (" + card.region().code() + ") · "
                        + TextReport.round(card.year(), card.stage(), card.packId(), lang)))
                .append("</p>\n</header>\n");

        html.append("<section id=\"result\">\n<p class=\"total\"><span id=\"total\" data-total=\"")
                .append(card.total().toPlainString()).append("\" data-max=\"")
                .append(pack.totalMax().value().stripTrailingZeros().toPlainString()).append("\">")
                .append(Numbers.points(card.total(), lang)).append("</span> <span class=\"max\">/ ").append(maxTotal)
                .append("</span></p>\n<p class=\"rank\" id=\"rank\" data-rank=\"").append(card.rank().name())
                .append("\">").append(escape(lang.text("report.rank"))).append(": <strong>")
                .append(escape(lang.name(card.rank()))).append("</strong> <span class=\"band\">(")
                .append(escape(Numbers.band(pack, card.rank(), lang))).append(")</span></p>\n");
        Explainer explainer = lang.explainer(pack);
        if (StandIns.used(card, pack, explainer)) {
            html.append("<p class=\"warning\" id=\"stand-in\">").append(escape(StandIns.warning(lang))).append("</p>\n");
        }
        html.append("<dl class=\"facts\">\n");
        card.gate().ifPresent(gate -> fact(html, lang.text("report.gate"), Numbers.gate(gate, lang)));
        fact(html, lang.text("report.provisional"), TextReport.provisional(card.provisional(), lang));
        for (ConditionOutcome condition : card.conditions()) {
            fact(html, lang.text("report.condition"), TextReport.condition(condition, lang));
        }
        html.append("</dl>\n</section>\n");

        losses(html, card, pack, explainer, lang);
        nextRank(html, scored, lang);
        chart(html, card, lang);
        deficiencies(html, card, pack, explainer, lang);
        explanations(html, card, pack, explainer, lang);
        if (!card.recapIssues().isEmpty()) {
            html.append("<section id=\"recap\">\n<h2>").append(escape(lang.text("report.recap")))
                    .append("</h2>\n<ul>\n");
            for (RecapIssue issue : card.recapIssues()) {
                html.append("<li>").append(escape(explainer.recapIssue(issue))).append("</li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
        stamp(html, card.stamp(), lang);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void fact(StringBuilder html, String term, String value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static void chart(StringBuilder html, ScoreCard card, Lang lang) {
        List<ClusterScore> clusters = card.clusters();
        BigDecimal largest = clusters.stream().map(ClusterScore::max).reduce(BigDecimal.ONE, BigDecimal::max);
        int height = ROW_HEIGHT * clusters.size() + 4;
        String title = lang.text("report.sections.chart");
        html.append("<section id=\"clusters\">\n<h2>").append(escape(lang.text("report.sections")))
                .append("</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(BAR_WIDTH + 120)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(BAR_WIDTH + 120).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">")
                .append(escape(title)).append("</title>\n");
        int y = 0;
        for (ClusterScore cluster : clusters) {
            String name = cluster.cluster().name();
            double maxWidth = width(cluster.max(), largest);
            double pointsWidth = width(cluster.points(), largest);
            html.append("<g class=\"bar\" data-cluster=\"").append(name).append("\">\n")
                    .append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(escape(lang.label(cluster.cluster())))
                    .append("</text>\n")
                    .append("<rect class=\"max\" x=\"0\" y=\"").append(y + 20).append("\" width=\"")
                    .append(coordinate(maxWidth)).append("\" height=\"18\" data-cluster=\"").append(name)
                    .append("\" data-max=\"").append(cluster.max().toPlainString()).append("\"/>\n")
                    .append("<rect class=\"points\" x=\"0\" y=\"").append(y + 20).append("\" width=\"")
                    .append(coordinate(pointsWidth)).append("\" height=\"18\" data-cluster=\"").append(name)
                    .append("\" data-points=\"").append(cluster.points().toPlainString()).append("\" data-max=\"")
                    .append(cluster.max().toPlainString()).append("\"/>\n")
                    .append("<text x=\"").append(coordinate(maxWidth + 8)).append("\" y=\"").append(y + 34)
                    .append("\">").append(Numbers.points(cluster.points(), lang)).append(" / ")
                    .append(Numbers.plain(cluster.max(), lang)).append("</text>\n</g>\n");
            y += ROW_HEIGHT;
        }
        html.append("</svg>\n<table>\n<thead><tr><th>").append(escape(lang.text("report.section")))
                .append("</th><th class=\"num\">").append(escape(lang.text("report.points"))).append("</th><th class=\"num\">")
                .append(escape(lang.text("report.max"))).append("</th></tr></thead>\n<tbody>\n");
        for (ClusterScore cluster : clusters) {
            html.append("<tr><td>").append(escape(lang.label(cluster.cluster()))).append("</td><td class=\"num\">")
                    .append(Numbers.points(cluster.points(), lang)).append("</td><td class=\"num\">")
                    .append(Numbers.plain(cluster.max(), lang)).append("</td></tr>\n");
        }
        html.append("<tr><th>").append(escape(lang.text("report.total"))).append("</th><th class=\"num\">")
                .append(Numbers.points(card.total(), lang)).append("</th><th class=\"num\"></th></tr>\n</tbody>\n</table>\n")
                .append("</section>\n");
    }

    private static void deficiencies(StringBuilder html, ScoreCard card, RulePack pack, Explainer explainer,
            Lang lang) {
        List<Deficiency> deficiencies = Numbers.largestFirst(card);
        html.append("<section id=\"deficiencies\">\n<h2>").append(escape(TextReport.deficienciesHeading(lang)))
                .append("</h2>\n");
        if (deficiencies.isEmpty()) {
            html.append("<p>").append(escape(lang.text("report.deficiencies.none"))).append("</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th class=\"num\">").append(escape(lang.text("report.points")))
                    .append("</th><th>").append(escape(lang.text("report.indicator"))).append("</th><th>")
                    .append(escape(lang.text("report.deficiencies.wrong"))).append("</th><th>")
                    .append(escape(lang.text("report.deficiencies.document"))).append("</th></tr></thead>\n<tbody>\n");
            for (Deficiency deficiency : deficiencies) {
                html.append("<tr data-indicator=\"").append(escape(deficiency.indicator())).append("\" data-cost=\"")
                        .append(deficiency.cost().toPlainString()).append("\"><td class=\"num\">-")
                        .append(Numbers.points(deficiency.cost(), lang)).append("</td><td>")
                        .append(escape(indicatorName(pack, deficiency.indicator(), deficiency.question(), lang)))
                        .append("</td><td>").append(escape(TextReport.deficiency(deficiency, explainer, lang)))
                        .append("</td><td>")
                        .append(escape(deficiency.evidence().map(e -> e.title() + e.reason().map(d -> ": " + d)
                                .orElse("")).orElse("")))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private static void losses(StringBuilder html, ScoreCard card, RulePack pack, Explainer explainer, Lang lang) {
        html.append("<section id=\"losses\">\n<h2>").append(escape(TextReport.lossesHeading(card, lang)))
                .append("</h2>\n");
        if (!card.losses().isEmpty()) {
            html.append("<table>\n<thead><tr><th class=\"num\">").append(escape(lang.text("report.points")))
                    .append("</th><th>").append(escape(lang.text("report.indicator"))).append("</th><th>")
                    .append(escape(lang.text("report.losses.cause"))).append("</th><th>")
                    .append(escape(lang.text("report.losses.detail"))).append("</th></tr></thead>\n<tbody>\n");
            for (Loss loss : card.losses()) {
                html.append("<tr data-indicator=\"").append(escape(loss.indicator())).append("\" data-lost=\"")
                        .append(loss.points().toPlainString()).append("\"><td class=\"num\">-")
                        .append(Numbers.points(loss.points(), lang)).append("</td><td>")
                        .append(escape(indicatorName(pack, loss.indicator(), loss.question(), lang))).append("</td><td>")
                        .append(escape(explainer.cause(loss.cause()))).append("</td><td>")
                        .append(escape(detail(loss, explainer))).append("</td></tr>\n");
            }
            html.append("</tbody>\n<tfoot><tr id=\"lost\" data-total-lost=\"")
                    .append(Numbers.lost(card).toPlainString()).append("\"><th class=\"num\">-")
                    .append(Numbers.points(Numbers.lost(card), lang)).append("</th><th colspan=\"3\">")
                    .append(escape(TextReport.lostInAll(card, lang))).append("</th></tr></tfoot>\n</table>\n");
        }
        html.append("</section>\n");
    }

    /** A loss in detail, beside its cause: nothing where the detail would only say the cause again. */
    static String detail(Loss loss, Explainer explainer) {
        String detail = TextReport.loss(loss, explainer);
        return detail.equals(explainer.cause(loss.cause())) ? "" : detail;
    }

    /**
     * The next rank: the points it needs, and the cheapest steps to it (the fewest), each with its gain, the running
     * total and the rank, as {@code kla plan} gives them.
     */
    private static void nextRank(StringBuilder html, Evaluator.Scored scored, Lang lang) {
        PlanRequest request = PlanRequest.nextRank();
        Plan plan = Planner.plan(ScoringEngine.check(scored.pack(), scored.submission()), request);
        PlanExplainer words = PlanExplainer.of(scored.pack(), lang.locale());
        html.append("<section id=\"next-rank\" data-target=\"").append(plan.target().name())
                .append("\" data-needed=\"").append(plan.needed().toPlainString()).append("\">\n<h2>")
                .append(escape(lang.text("report.nextRank"))).append("</h2>\n<p>")
                .append(escape(words.headline(plan))).append("</p>\n");
        words.summary(plan, request).ifPresent(summary -> html.append("<p>").append(escape(summary)).append("</p>\n"));
        if (!plan.steps().isEmpty()) {
            html.append("<table>\n<thead><tr><th class=\"num\">#</th><th class=\"num\">")
                    .append(escape(lang.text("report.nextRank.gain"))).append("</th><th class=\"num\">")
                    .append(escape(lang.text("report.total"))).append("</th><th>")
                    .append(escape(lang.text("report.rank"))).append("</th><th>")
                    .append(escape(lang.text("report.nextRank.kind"))).append("</th><th>")
                    .append(escape(lang.text("report.nextRank.step"))).append("</th></tr></thead>\n<tbody>\n");
            int n = 0;
            for (Step step : plan.steps()) {
                html.append("<tr data-gain=\"").append(step.gain().toPlainString()).append("\" data-total=\"")
                        .append(step.total().toPlainString()).append("\"><td class=\"num\">").append(++n)
                        .append("</td><td class=\"num\">+").append(Numbers.points(step.gain(), lang))
                        .append("</td><td class=\"num\">").append(Numbers.points(step.total(), lang)).append("</td><td>")
                        .append(escape(lang.name(step.rank()))).append("</td><td>").append(escape(words.kind(step)))
                        .append("</td><td>").append(escape(words.step(step))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private static void explanations(StringBuilder html, ScoreCard card, RulePack pack, Explainer explainer,
            Lang lang) {
        html.append("<section id=\"explanations\">\n<h2>").append(escape(lang.text("report.explanations")))
                .append("</h2>\n<table>\n<thead><tr><th>")
                .append(escape(lang.text("report.indicator"))).append("</th><th class=\"num\">")
                .append(escape(lang.text("report.points"))).append("</th><th>")
                .append(escape(lang.text("report.explanations.column")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (IndicatorScore indicator : card.indicators()) {
            html.append("<tr data-indicator=\"").append(escape(indicator.indicator())).append("\"><td>")
                    .append(escape(indicatorName(pack, indicator.indicator(), lang))).append("</td><td class=\"num\">")
                    .append(Numbers.points(indicator.points(), lang)).append(" / ").append(Numbers.plain(indicator.max(), lang))
                    .append("</td><td>").append(escape(explainer.indicator(indicator)))
                    .append("<details><summary>").append(escape(lang.text("report.explanations.sources")))
                    .append("</summary><ul class=\"sources\">");
            for (Provenance source : explainer.sources(indicator)) {
                html.append("<li>").append(escape(StandIns.cited(source, lang))).append("</li>");
            }
            html.append("</ul></details></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void stamp(StringBuilder html, Stamp stamp, Lang lang) {
        html.append("<footer id=\"stamp\">\n<h2>").append(escape(lang.text("report.stamp"))).append("</h2>\n")
                .append("<dl class=\"facts\">\n<dt>").append(escape(lang.text("report.stamp.pack"))).append("</dt><dd><code>")
                .append(escape(stamp.packId())).append("</code> sha256 <code>").append(escape(stamp.packSha256()))
                .append("</code></dd>\n");
        stamp.overlay().ifPresent(o -> html.append("<dt>").append(escape(lang.text("report.stamp.overlayTerm")))
                .append("</dt><dd><code>").append(escape(o.name()))
                .append("</code> sha256 <code>").append(escape(o.sha256())).append("</code></dd>\n"));
        html.append("<dt>").append(escape(lang.text("report.stamp.engine"))).append("</dt><dd><code>")
                .append(escape(stamp.engineVersion())).append("</code></dd>\n<dt>")
                .append(escape(lang.text("report.stamp.submissionTerm"))).append("</dt><dd>sha256 <code>")
                .append(escape(stamp.submissionSha256())).append("</code></dd>\n</dl>\n<p>")
                .append(escape(lang.text("report.made", lang.date(LocalDate.now(ZoneId.of("Asia/Jakarta")))) + " "
                        + lang.text("report.standIns.marked", StandIns.label(Provenance.Kind.HYPOTHETICAL, lang))))
                .append("</p>\n</footer>\n");
    }

    static String indicatorName(RulePack pack, String indicatorId, Lang lang) {
        return pack.findIndicator(indicatorId)
                .map(rule -> rule.indicator().code() + ". " + lang.t(rule.indicator().nameId(), rule.indicator().nameEn()))
                .orElse(indicatorId);
    }

    /**
     * An indicator's number and name, and when there is a question, its code and its text: the one place a report
     * names the question, so that what follows need not name it again.
     */
    static String indicatorName(RulePack pack, String indicatorId, Optional<String> question, Lang lang) {
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

    /** Escapes text for an element or a quoted attribute, in HTML and XML alike. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
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
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
