package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.report.internal.HtmlReport;
import io.github.layakanak.kla.report.internal.Lang;
import io.github.layakanak.kla.report.internal.Numbers;
import io.github.layakanak.kla.report.internal.StandIns;
import io.github.layakanak.kla.report.internal.TextReport;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    @Test
    void drawsEachSectionsPointsAgainstItsMaximum() {
        for (String sample : List.of("batam", "empty", "perfect", "edge-500")) {
            Scored scored = scored(sample);
            assertDrawsTheScorecard(HtmlReport.render(scored, Lang.ID), scored.card());
        }
    }

    @Test
    void escapesEveryText() {
        Scored batam = scored("batam");
        ScoreCard card = batam.card();
        Region odd = new Region("21.71", "KOTA <script>alert('x')</script> & \"CO\"", "KEPRI");
        ScoreCard renamed = new ScoreCard(card.packId(), odd, card.year(), card.stage(), card.total(), card.rank(),
                card.clusters(), card.indicators(), card.deficiencies(), card.losses(), card.provisional(), card.gate(),
                card.conditions(), card.recapIssues(), card.stamp());
        String html = HtmlReport.render(new Scored(batam.name(), batam.submission(), batam.pack(), renamed),
                Lang.EN);
        assertFalse(html.contains("<script"), "no script element, escaped");
        assertTrue(html.contains("<h1>KOTA &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;CO&quot;</h1>"));
        Document page = parse(html);
        assertEquals(odd.name(), page.getElementsByTagName("h1").item(0).getTextContent());
    }

    @Test
    void aTitleAndAReasonFullOfMarkupFromASubmissionStayText() {
        String title = "<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">Perda</a> & <!-- -->";
        String reason = "<script>alert(3)</script>";
        String json = Samples.find("batam").orElseThrow().json()
                .replaceFirst("\"title\" : \"[^\"]*\"", Matcher.quoteReplacement("\"title\" : " + quoted(title)))
                .replaceFirst("\"status\" : \"VALID\"",
                        Matcher.quoteReplacement("\"status\" : \"INVALID\", \"reason\" : " + quoted(reason)));
        Submission submission = KlaJson.readSubmission(json);
        Scored scored = new Scored(Input.sample(Samples.find("batam").orElseThrow()).reportName(), submission,
                Oracle.PACKS.forYear(2022), Oracle.score(submission));
        for (Lang lang : Lang.values()) {
            Document page = parse(HtmlReport.render(scored, lang));
            for (String element : List.of("img", "a", "script")) {
                assertEquals(0, page.getElementsByTagName(element).getLength(), "no <" + element + "> from the input");
            }
            String text = page.getDocumentElement().getTextContent();
            assertTrue(text.contains(title), "the title, as text");
            assertTrue(text.contains(reason), "the reason, as text");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void warnsBesideTheScoreThatItRestsOnStandInsFoldsTheSourcesAndPrintsOnA4WithTheDate() {
        Scored batam = scored("batam");
        for (Lang lang : Lang.values()) {
            String html = HtmlReport.render(batam, lang);
            Document page = parse(html);
            Element warning = byId(page, "stand-in");
            assertTrue(warning != null && warning.getTextContent().startsWith(lang.t("Perhatian: nilai ini dihitung "
                    + "dengan angka perkiraan", "Note: this score uses stand-in numbers")), html);
            assertEquals("result", ((Element) warning.getParentNode()).getAttribute("id"), "beside the score");
            assertTrue(page.getElementsByTagName("details").getLength() > 0, "the sources are folded away");
            assertTrue(html.contains("@media print{") && html.contains("@page{size:A4;"), "a print style for A4");
            assertTrue(byId(page, "stamp").getTextContent().contains(
                    lang.date(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")))), "the date it was made");
            String text = page.getDocumentElement().getTextContent();
            assertFalse(lang == Lang.ID && text.matches("(?s).*\\b(HYPOTHETICAL|OFFICIAL|SOURCED)\\b.*"),
                    "provenance in words, not constants");
        }
    }

    @Test
    void leadsWithTheScoreTheLossesAndTheNextRankAndThenTheDetail() {
        for (String sample : List.of("batam", "batam-2024", "banyuasin", "perfect")) {
            for (Lang lang : Lang.values()) {
                Document page = parse(HtmlReport.render(scored(sample), lang));
                List<String> order = new ArrayList<>();
                NodeList all = page.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element element = (Element) all.item(i);
                    if (List.of("header", "section", "footer").contains(element.getTagName())) {
                        order.add(element.getTagName() + (element.hasAttribute("id") ? "#" + element.getAttribute("id")
                                : ""));
                    }
                }
                assertEquals(List.of("header", "section#result", "section#losses", "section#next-rank",
                        "section#clusters", "section#deficiencies", "section#explanations", "footer#stamp"), order,
                        sample + " " + lang);
                List<String> result = new ArrayList<>();
                NodeList children = byId(page, "result").getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    if (children.item(i) instanceof Element child) {
                        result.add(child.getTagName() + "." + child.getAttribute("class"));
                    }
                }
                List<String> expected = new ArrayList<>(List.of("p.total", "p.rank", "p.warning", "dl.facts"));
                if (!StandIns.used(scored(sample).card(), scored(sample).pack(),
                        Lang.EN.explainer(scored(sample).pack()))) {
                    expected.remove("p.warning");
                }
                assertEquals(expected, result, "the total, the rank, the warning beside them, then the facts");
            }
        }
        assertTrue(StandIns.used(scored("batam").card(), scored("batam").pack(),
                Lang.EN.explainer(scored("batam").pack())), "the 2022 pack has stand-ins");
    }

    @Test
    void namesEachDeficientQuestionOnceWithItsText() {
        Scored batam = scored("batam-2024");
        for (Lang lang : Lang.values()) {
            Document page = parse(HtmlReport.render(batam, lang));
            List<Element> rows = rows(page, "data-cost");
            int questions = 0;
            for (int i = 0; i < rows.size(); i++) {
                Deficiency deficiency = Numbers.largestFirst(batam.card()).get(i);
                NodeList cells = rows.get(i).getElementsByTagName("td");
                assertEquals(HtmlReport.indicatorName(batam.pack(), deficiency.indicator(), deficiency.question(), lang),
                        cells.item(1).getTextContent());
                if (deficiency.question().isPresent()) {
                    questions++;
                    String topic = batam.pack().findIndicator(deficiency.indicator()).flatMap(rule -> rule.findQuestion(
                            deficiency.question().get())).map(q -> lang.t(q.question().topicId(),
                                    q.question().topicEn())).orElseThrow();
                    assertTrue(cells.item(1).getTextContent().endsWith(" " + deficiency.question().get() + " (" + topic
                            + ")"), cells.item(1).getTextContent());
                    assertFalse(cells.item(2).getTextContent().contains(topic), cells.item(2).getTextContent());
                }
            }
            assertTrue(questions > 10, "questions among the deficiencies: " + questions);
            Explainer explainer = lang.explainer(batam.pack());
            List<Element> losses = rows(page, "data-lost");
            for (int i = 0; i < losses.size(); i++) {
                Loss loss = batam.card().losses().get(i);
                NodeList cells = losses.get(i).getElementsByTagName("td");
                String cause = cells.item(2).getTextContent();
                assertEquals(explainer.cause(loss.cause()), cause);
                assertFalse(cells.item(3).getTextContent().equals(cause), () -> "the cause twice: " + cause);
                if (loss.cause() == Loss.Cause.NOT_ANSWERED && loss.question().isPresent()) {
                    assertEquals("", cells.item(3).getTextContent(), "an unanswered question: its cause says it all");
                }
            }
            String first = rows.get(0).getTextContent();
            assertEquals(lang.t("-10,002. Penguatan Kelembagaan Kabupaten/Kota Layak Anak (KLA), pertanyaan 4 (Rencana "
                    + "Aksi Daerah (RAD) KLA)belum dijawab (nilai maksimum 10)", "-10.002. Strengthening the institutions "
                    + "of KLA, question 4 (Regional KLA action plan (RAD))not answered (maximum 10)"), first);
        }
    }

    @Test
    void printsEachMajorSectionOnANewA4SheetWithTheSourcesOpen() {
        String html = HtmlReport.render(scored("batam"), Lang.ID);
        String style = parse(html).getElementsByTagName("style").item(0).getTextContent();
        assertTrue(style.contains("@page{size:A4;"), style);
        String print = style.substring(style.indexOf("@media print{"));
        assertEquals(List.of("next-rank", "clusters", "deficiencies", "explanations"), HtmlReport.PRINTED_ON_A_NEW_PAGE);
        assertTrue(print.contains("#next-rank,#clusters,#deficiencies,#explanations{break-before:page}"), print);
        assertTrue(print.matches("(?s).*\\btr,[^{]*\\{break-inside:avoid}.*"), "no row cut across two sheets: " + print);
        assertTrue(print.contains("thead{display:table-header-group}"), print);
        assertTrue(print.contains("details::details-content{content-visibility:visible;"), "sources printed: " + print);
        assertTrue(print.contains("details summary{display:none}"), print);
        for (String id : HtmlReport.PRINTED_ON_A_NEW_PAGE) {
            assertTrue(html.contains("<section id=\"" + id + "\""), id);
        }
    }

    @Test
    void speaksOnlyTheLanguageAskedInEverySamplesPage() {
        for (Samples.Sample sample : Samples.all()) {
            Scored scored = scored(sample.name());
            for (Lang lang : Lang.values()) {
                Document page = parse(HtmlReport.render(scored, lang));
                // The sources are the pack's citations, quoted as the pack gives them (their words are the packs').
                NodeList lists = page.getElementsByTagName("ul");
                for (int i = lists.getLength() - 1; i >= 0; i--) {
                    if (((Element) lists.item(i)).getAttribute("class").equals("sources")) {
                        lists.item(i).getParentNode().removeChild(lists.item(i));
                    }
                }
                Wording.assertIn(lang, page.getElementsByTagName("body").item(0).getTextContent(),
                        TextReportTest.own(scored), "page of " + sample.name());
            }
        }
    }

    @Test
    void escapeCoversMarkupQuotesAndControlCharacters() {
        assertEquals("a&amp;b&lt;c&gt;d&quot;e&#39;f\uFFFDg", HtmlReport.escape("a&b<c>d\"e'f\u0001g"));
    }

    @Test
    void speaksTheLanguageAsked() {
        Scored batam = scored("batam");
        String id = HtmlReport.render(batam, Lang.ID);
        String en = HtmlReport.render(batam, Lang.EN);
        assertTrue(id.contains(" lang=\"id\"") && id.contains("Klaster I: Hak Sipil dan Kebebasan"));
        assertTrue(en.contains(" lang=\"en\"") && en.contains("Cluster I: Civil rights and freedoms"));
    }

    @Test
    void tablesEveryLostPointTheLargestFirstInBothLanguages() {
        Scored banyuasin = scored("banyuasin");
        ScoreCard card = banyuasin.card();
        for (Lang lang : Lang.values()) {
            Explainer explainer = lang.explainer(banyuasin.pack());
            Document page = parse(HtmlReport.render(banyuasin, lang));
            assertEquals(lang.t("Ke mana nilai hilang: 485,00 dari 1000 poin, tiap poin menurut sebabnya, yang terbesar"
                    + " dulu", "Where the points went: 485.00 of 1000 points lost, every point by its cause, the largest"
                    + " first"), byId(page, "losses").getElementsByTagName("h2").item(0).getTextContent());
            List<Element> rows = rows(page, "data-lost");
            assertEquals(card.losses().size(), rows.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < rows.size(); i++) {
                Loss loss = card.losses().get(i);
                NodeList cells = rows.get(i).getElementsByTagName("td");
                BigDecimal points = new BigDecimal(rows.get(i).getAttribute("data-lost"));
                assertEquals(0, loss.points().compareTo(points));
                assertEquals(loss.indicator(), rows.get(i).getAttribute("data-indicator"));
                assertEquals("-" + Numbers.points(loss.points(), lang), cells.item(0).getTextContent());
                assertEquals(HtmlReport.indicatorName(banyuasin.pack(), loss.indicator(), loss.question(), lang),
                        cells.item(1).getTextContent());
                assertEquals(explainer.cause(loss.cause()), cells.item(2).getTextContent());
                assertEquals(HtmlReport.detail(loss, explainer), cells.item(3).getTextContent());
                if (i > 0) {
                    assertTrue(card.losses().get(i - 1).points().compareTo(points) >= 0, "largest first");
                }
                sum = sum.add(points);
            }
            assertEquals(0, new BigDecimal("1000").subtract(card.total()).compareTo(sum));
            assertEquals(lang.t("-485,00jumlah: maksimum 1000 - total 515,00", "-485.00in all: maximum 1000 - total 515.00"),
                    byId(page, "lost").getTextContent());
            assertEquals(TextReport.deficienciesHeading(lang),
                    byId(page, "deficiencies").getElementsByTagName("h2").item(0).getTextContent());
        }
    }

    @Test
    void writesTheNumbersPeopleReadWithTheDecimalMarkOfTheLanguageAndTheDataPlain() {
        Scored batam = scored("batam");
        ScoreCard card = batam.card();
        for (Lang lang : Lang.values()) {
            Document page = parse(HtmlReport.render(batam, lang));
            Element total = byId(page, "total");
            assertEquals(lang.t("745,00", "745.00"), total.getTextContent());
            assertEquals("745.00", total.getAttribute("data-total"));
            assertEquals("1000", total.getAttribute("data-max"));
            assertTrue(page.getElementsByTagName("title").item(0).getTextContent().contains(lang.t(": 745,00 (",
                    ": 745.00 (")));
            assertEquals(lang.t("(di atas 700 sampai 800)", "(above 700 to 800)"),
                    byId(page, "rank").getElementsByTagName("span").item(0).getTextContent());
            String sections = byId(page, "clusters").getTextContent();
            for (ClusterScore cluster : card.clusters()) {
                String points = cluster.points().setScale(2).toPlainString();
                assertTrue(sections.contains(lang.t(points.replace('.', ','), points) + " / "), sections);
            }
            List<Element> rows = rows(page, "data-lost");
            for (int i = 0; i < rows.size(); i++) {
                String lost = card.losses().get(i).points().setScale(2).toPlainString();
                assertEquals(lost, new BigDecimal(rows.get(i).getAttribute("data-lost")).setScale(2).toPlainString());
                assertEquals("-" + lang.t(lost.replace('.', ','), lost),
                        rows.get(i).getElementsByTagName("td").item(0).getTextContent());
            }
            assertEquals(lang.t("-255,00jumlah: maksimum 1000 - total 745,00", "-255.00in all: maximum 1000 - total 745.00"),
                    byId(page, "lost").getTextContent());
        }
        for (String sample : List.of("batam", "banyuasin", "banyuasin-2024", "empty", "edge-500")) {
            Scored scored = scored(sample);
            Document page = parse(HtmlReport.render(scored, Lang.ID));
            // The sources of the rules are the pack's own citations, quoted as the pack gives them.
            NodeList lists = page.getElementsByTagName("ul");
            for (int i = lists.getLength() - 1; i >= 0; i--) {
                if (((Element) lists.item(i)).getAttribute("class").equals("sources")) {
                    lists.item(i).getParentNode().removeChild(lists.item(i));
                }
            }
            String words = page.getElementsByTagName("body").item(0).getTextContent();
            assertEquals(List.of(), DecimalMarks.decimalPoints(words, scored.submission(), scored.card()), words);
        }
    }

    @Test
    void showsTheCheapestStepsToTheNextRank() {
        Scored banyuasin = scored("banyuasin");
        for (Lang lang : Lang.values()) {
            Element next = byId(parse(HtmlReport.render(banyuasin, lang)), "next-rank");
            assertEquals("MADYA", next.getAttribute("data-target"));
            assertEquals("600.01", next.getAttribute("data-needed"));
            assertTrue(next.getElementsByTagName("p").item(0).getTextContent().contains(lang.t("+85,01", "+85.01")),
                    next.getTextContent());
            List<Element> steps = new ArrayList<>();
            NodeList rows = next.getElementsByTagName("tr");
            for (int i = 0; i < rows.getLength(); i++) {
                if (((Element) rows.item(i)).hasAttribute("data-total")) {
                    steps.add((Element) rows.item(i));
                }
            }
            assertEquals(4, steps.size());
            assertEquals("607.50", steps.get(steps.size() - 1).getAttribute("data-total"));
        }
        Element perfect = byId(parse(HtmlReport.render(scored("perfect"), Lang.ID)), "next-rank");
        assertEquals(0, perfect.getElementsByTagName("table").getLength());
    }

    @Test
    void aPerfectPageLosesNothing() {
        for (Lang lang : Lang.values()) {
            Document page = parse(HtmlReport.render(scored("perfect"), lang));
            Element losses = byId(page, "losses");
            assertEquals(0, losses.getElementsByTagName("table").getLength());
            assertEquals(lang.t("Ke mana nilai hilang: tidak ada yang hilang; semua 1000 poin diperoleh.",
                    "Where the points went: nothing is lost; all 1000 points were earned."), losses.getTextContent().trim());
        }
    }

    @Test
    void writesNoInternalNameInAnySamplesPage() {
        for (Samples.Sample sample : Samples.all()) {
            for (Lang lang : Lang.values()) {
                String html = HtmlReport.render(scored(sample.name()), lang);
                TextReportTest.assertNoInternalName(parse(html).getElementsByTagName("body").item(0).getTextContent(),
                        sample.name() + " " + lang);
                for (Loss.Cause cause : Loss.Cause.values()) {
                    assertFalse(html.contains(cause.name()), () -> sample.name() + ": " + cause + " in the page");
                }
            }
        }
    }

    static Scored scored(String sample) {
        Samples.Sample found = Samples.find(sample).orElseThrow();
        return new Scored(Input.sample(found).reportName(), found.submission(),
                Oracle.PACKS.forYear(found.submission().year()), Oracle.score(sample));
    }

    /**
     * Parses a page and checks that its chart draws the scorecard: one bar per section whose data attributes
     * equal the section's points and maximum and whose widths are in their proportion, the total and rank, and
     * nothing that must be fetched to show the page.
     */
    static void assertDrawsTheScorecard(String html, ScoreCard card) {
        Document page = parse(html);
        List<Element> bars = new ArrayList<>();
        List<Element> maxima = new ArrayList<>();
        NodeList rects = page.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            (rect.hasAttribute("data-points") ? bars : maxima).add(rect);
        }
        assertEquals(card.clusters().size(), bars.size(), "one bar per section");
        assertEquals(card.clusters().size(), maxima.size(), "one maximum per section");
        double largestMax = card.clusters().stream().mapToDouble(c -> c.max().doubleValue()).max().orElseThrow();
        double fullWidth = Double.parseDouble(maxima.stream()
                .filter(m -> new BigDecimal(m.getAttribute("data-max")).doubleValue() == largestMax)
                .findFirst().orElseThrow().getAttribute("width"));
        for (int i = 0; i < bars.size(); i++) {
            ClusterScore cluster = card.clusters().get(i);
            Element bar = bars.get(i);
            Element max = maxima.get(i);
            double expectedWidth = fullWidth * cluster.points().doubleValue() / largestMax;
            assertAll(cluster.cluster().name(),
                    () -> assertEquals(cluster.cluster().name(), bar.getAttribute("data-cluster")),
                    () -> assertEquals(0, cluster.points().compareTo(new BigDecimal(bar.getAttribute("data-points")))),
                    () -> assertEquals(0, cluster.max().compareTo(new BigDecimal(bar.getAttribute("data-max")))),
                    () -> assertEquals(0, cluster.max().compareTo(new BigDecimal(max.getAttribute("data-max")))),
                    () -> assertEquals(expectedWidth, Double.parseDouble(bar.getAttribute("width")), 0.01),
                    () -> assertEquals(fullWidth * cluster.max().doubleValue() / largestMax,
                            Double.parseDouble(max.getAttribute("width")), 0.01));
        }
        Element total = byId(page, "total");
        Element rank = byId(page, "rank");
        assertEquals(0, card.total().compareTo(new BigDecimal(total.getAttribute("data-total"))));
        assertEquals(card.rank().name(), rank.getAttribute("data-rank"));
        assertEquals(card.deficiencies().size(), count(page, "tr", "data-cost"));
        assertEquals(card.losses().size(), count(page, "tr", "data-lost"));
        assertEquals(card.indicators().size(), count(page, "tr", "data-indicator") - card.deficiencies().size()
                - card.losses().size());
        BigDecimal lost = card.indicators().stream().map(IndicatorScore::max).reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(card.total());
        if (card.losses().isEmpty()) {
            assertEquals(0, lost.signum(), "nothing lost, nothing shown");
        } else {
            assertEquals(0, lost.compareTo(new BigDecimal(byId(page, "lost").getAttribute("data-total-lost"))));
            BigDecimal sum = BigDecimal.ZERO;
            for (Element row : rows(page, "data-lost")) {
                sum = sum.add(new BigDecimal(row.getAttribute("data-lost")));
            }
            assertEquals(0, lost.compareTo(sum), "the rows add up to the maxima minus the total");
        }
        assertTrue(byId(page, "stamp").getTextContent().contains(card.stamp().submissionSha256()));
        assertSelfContained(page);
    }

    private static void assertSelfContained(Document page) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getTagName();
            assertFalse(List.of("script", "link", "img", "iframe", "object", "embed").contains(name),
                    "an element that loads something: " + name);
            assertFalse(element.hasAttribute("src"), name + " has src");
            assertFalse(element.hasAttribute("href"), name + " has href");
        }
        assertFalse(page.getElementsByTagName("style").item(0).getTextContent().contains("url("));
    }

    private static int count(Document page, String tag, String attribute) {
        NodeList nodes = page.getElementsByTagName(tag);
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).hasAttribute(attribute)) {
                count++;
            }
        }
        return count;
    }

    /** The table rows that have an attribute, in the page's order. */
    private static List<Element> rows(Document page, String attribute) {
        List<Element> rows = new ArrayList<>();
        NodeList nodes = page.getElementsByTagName("tr");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element row = (Element) nodes.item(i);
            if (row.hasAttribute(attribute)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Element byId(Document page, String id) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id [" + id + "]");
    }

    /** Parses the page as XML, which its HTML is too: a page that is not well-formed fails here. */
    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
        }
    }
}
