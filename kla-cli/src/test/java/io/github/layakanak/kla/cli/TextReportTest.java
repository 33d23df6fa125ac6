package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.report.internal.HtmlReport;
import io.github.layakanak.kla.report.internal.Lang;
import io.github.layakanak.kla.report.internal.Numbers;
import io.github.layakanak.kla.report.internal.TextReport;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.RecapIssue;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void showsThePathToTheNextRankInBothLanguages() {
        Scored banyuasin = HtmlReportTest.scored("banyuasin");
        String id = TextReport.render(banyuasin, Lang.ID);
        assertTrue(id.contains("\nMenuju peringkat berikutnya: Untuk mencapai Madya diperlukan +85,01 poin"), id);
        assertTrue(id.matches("(?s).*\n   1\\. \\+30,00 -> 545,00 \\(Pratama\\): 11\\. Infrastruktur Ramah Anak: .*"), id);
        String en = TextReport.render(banyuasin, Lang.EN);
        assertTrue(en.contains("\nTowards the next rank: To reach Madya, +85.01 points are needed"), en);
    }

    @Test
    void warnsBesideTheTotalThatItRestsOnStandInsAndNamesIndicatorsByNumberAndName() {
        Scored batam = HtmlReportTest.scored("batam");
        String id = TextReport.render(batam, Lang.ID);
        int warning = id.indexOf("\nPerhatian: nilai ini dihitung dengan angka perkiraan");
        assertTrue(warning > id.indexOf("\nTotal                    745,00 dari 1000\n"), id);
        assertTrue(warning > id.indexOf("\nPeringkat                Nindya (di atas 700 sampai 800)\n"), id);
        assertTrue(warning < id.indexOf("\nBatas nilai lolos tahap "), "before the gate and the range: " + id);
        assertTrue(id.contains("  11. Infrastruktur Ramah Anak: "), id);
        assertFalse(id.contains("child-friendly-infrastructure"), "no indicator id: " + id);
        assertTrue(TextReport.render(batam, Lang.EN).contains("\nTotal              745.00 of 1000\nRank  "
                + "             Nindya (above 700 to 800)\nNote: this score uses stand-in numbers"));
        assertFalse(TextReport.render(HtmlReportTest.scored("batam-2024"), Lang.ID).contains("Perhatian:"),
                "the 2024 pack's numbers are the ministry's: no warning");
    }

    @Test
    void leadsWithTheTotalTheRankTheLossesAndTheNextRankAndThenTheDetail() {
        for (String sample : List.of("batam", "batam-2024", "banyuasin-2024", "perfect")) {
            Scored scored = HtmlReportTest.scored(sample);
            for (Lang lang : Lang.values()) {
                String text = TextReport.render(scored, lang);
                List<Integer> at = new ArrayList<>();
                for (String part : List.of("\n" + lang.text("report.total") + " ", "\n" + lang.text("report.rank") + " ",
                        "\n" + lang.text("report.provisional") + " ", "\n" + TextReport.lossesHeading(scored.card(), lang),
                        "\n" + lang.text("report.nextRank.line", ""), "\n" + lang.text("report.section") + " ",
                        "\n" + (scored.card().deficiencies().isEmpty() ? lang.text("report.deficiencies.none")
                                : TextReport.deficienciesHeading(lang)),
                        "\n" + TextReport.stamp(scored.card().stamp(), lang))) {
                    int found = text.indexOf(part);
                    assertTrue(found >= 0, () -> sample + " " + lang + ": no [" + part + "] in\n" + text);
                    at.add(found);
                }
                assertEquals(at.stream().sorted().toList(), at, () -> sample + " " + lang + ": in this order\n" + text);
            }
        }
    }

    @Test
    void tablesEverySectionWithItsPointsAndMaximumAndTheTotal() {
        Scored batam = HtmlReportTest.scored("batam");
        List<String> lines = TextReport.render(batam, Lang.ID).lines().toList();
        assertEquals("KOTA BATAM, KEPULAUAN RIAU (21.71)", lines.get(0));
        assertEquals("Tahun 2022 · Verifikasi Final · paket kla-2022", lines.get(1));
        for (ClusterScore cluster : batam.card().clusters()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(cluster.cluster().labelId() + " ")
                    && l.endsWith(" " + Numbers.points(cluster.points(), Lang.ID) + "  " + String.format("%6s",
                            Numbers.plain(cluster.max(), Lang.ID)))), cluster::toString);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("Total +745,00 +1000")), lines::toString);
    }

    @Test
    void writesTheTotalTheSectionsAndTheLossesWithTheDecimalMarkOfTheLanguage() {
        Scored batam = HtmlReportTest.scored("batam");
        String id = TextReport.render(batam, Lang.ID);
        String en = TextReport.render(batam, Lang.EN);
        assertTrue(id.lines().anyMatch(l -> l.matches("Total +745,00 +1000")), id);
        assertTrue(en.lines().anyMatch(l -> l.matches("Total +745\\.00 +1000")), en);
        for (ClusterScore cluster : batam.card().clusters()) {
            String points = cluster.points().setScale(2).toPlainString();
            assertTrue(id.lines().anyMatch(l -> l.startsWith(cluster.cluster().labelId() + " ")
                    && l.contains(" " + points.replace('.', ',') + "  ")), id);
            assertTrue(en.lines().anyMatch(l -> l.startsWith(cluster.cluster().labelEn() + " ")
                    && l.contains(" " + points + "  ")), en);
        }
        assertTrue(id.matches("(?s).*\nPerkiraan rentang nilai +745,00 \\(Nindya\\); .*"), id);
        assertTrue(id.contains("\nKe mana nilai hilang: 255,00 dari 1000 poin, "), id);
        assertTrue(id.contains("  -255,00  jumlah: maksimum 1000 - total 745,00\n"), id);
        assertTrue(en.contains("  -255.00  in all: maximum 1000 - total 745.00\n"), en);
        for (Loss loss : batam.card().losses()) {
            String lost = "-" + loss.points().setScale(2).toPlainString();
            assertTrue(id.contains(lost.replace('.', ',') + "  "), lost + " in\n" + id);
            assertTrue(en.contains(lost + "  "), lost + " in\n" + en);
        }
        for (String sample : List.of("batam", "banyuasin", "banyuasin-2024", "empty", "edge-500")) {
            Scored scored = HtmlReportTest.scored(sample);
            String indonesian = TextReport.render(scored, Lang.ID);
            assertEquals(List.of(), DecimalMarks.decimalPoints(indonesian, scored.submission(), scored.card()),
                    indonesian);
        }
    }

    @Test
    void showsTheRankTheGateAndTheRangeInTheLanguageAsked() {
        Scored batam = HtmlReportTest.scored("batam");
        String en = TextReport.render(batam, Lang.EN);
        assertTrue(en.contains("\nRank               Nindya (above 700 to 800)\n"), en);
        assertTrue(en.contains("\nStage gate         after Administrative verification, above 500: goes on to the "
                + "next stage\n"), en);
        assertTrue(en.contains("\nProvisional range  745.00 (Nindya); no evidence is waiting for verification\n"), en);
        assertTrue(en.contains("Kelembagaan") || en.contains("Institutional strengthening"), en);
        assertTrue(en.contains("\nStamp: pack kla-2022 (sha256 "), en);
    }

    @Test
    void listsTheDeficienciesTheLargestFirstWithTheirCosts() {
        Scored banyuasin = HtmlReportTest.scored("banyuasin");
        ScoreCard card = banyuasin.card();
        List<String> lines = section(TextReport.render(banyuasin, Lang.EN), TextReport.deficienciesHeading(Lang.EN));
        assertTrue(TextReport.render(banyuasin, Lang.EN).contains("\nDeficiencies, the largest first: what fixing each"
                + " one alone would gain\n"));
        assertEquals(card.deficiencies().size(), lines.size());
        List<Deficiency> sorted = Numbers.largestFirst(card);
        for (int i = 0; i < lines.size(); i++) {
            Deficiency deficiency = sorted.get(i);
            assertTrue(lines.get(i).trim().startsWith("-" + Numbers.points(deficiency.cost(), Lang.EN) + "  "
                    + banyuasin.pack().findIndicator(deficiency.indicator()).orElseThrow().indicator().code() + ". "),
                    lines.get(i));
            assertTrue(lines.get(i).contains(HtmlReport.indicatorName(banyuasin.pack(), deficiency.indicator(),
                    deficiency.question(), Lang.EN) + ": "
                    + TextReport.deficiency(deficiency, Lang.EN.explainer(banyuasin.pack()), Lang.EN)),
                    lines.get(i));
            if (i > 0) {
                assertTrue(sorted.get(i - 1).cost().compareTo(deficiency.cost()) >= 0);
            }
        }
    }

    @Test
    void aPerfectDistrictHasNoDeficiencies() {
        assertTrue(TextReport.render(HtmlReportTest.scored("perfect"), Lang.ID).contains("\nTidak ada kekurangan.\n"));
    }

    @Test
    void accountsForEveryLostPointTheLargestFirstInBothLanguages() {
        Scored banyuasin = HtmlReportTest.scored("banyuasin");
        ScoreCard card = banyuasin.card();
        BigDecimal lost = new BigDecimal("1000").subtract(card.total());
        assertEquals(0, new BigDecimal("485.00").compareTo(lost), "the sample is calibrated for 515.00");
        assertTrue(card.losses().size() > 1, card::toString);
        for (Lang lang : Lang.values()) {
            Explainer explainer = lang.explainer(banyuasin.pack());
            String text = TextReport.render(banyuasin, lang);
            String heading = lang.t("Ke mana nilai hilang: 485,00 dari 1000 poin, tiap poin menurut sebabnya, yang terbesar"
                    + " dulu", "Where the points went: 485.00 of 1000 points lost, every point by its cause, the largest"
                    + " first");
            assertTrue(text.contains("\n" + heading + "\n"), text);
            List<String> lines = section(text, heading);
            assertEquals(card.losses().size() + 2, lines.size(), text);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < card.losses().size(); i++) {
                Loss loss = card.losses().get(i);
                String line = lines.get(i);
                BigDecimal points = new BigDecimal(line.trim().substring(1, line.trim().indexOf(' ')).replace(',', '.'));
                assertEquals(0, loss.points().compareTo(points), line);
                assertTrue(line.endsWith("  " + HtmlReport.indicatorName(banyuasin.pack(), loss.indicator(),
                        loss.question(), lang) + ": " + TextReport.loss(loss, explainer)), line);
                if (i > 0) {
                    assertTrue(card.losses().get(i - 1).points().compareTo(points) >= 0, "largest first: " + line);
                }
                sum = sum.add(points);
            }
            assertEquals(0, lost.compareTo(sum), "the losses add up to 1000 - total");
            assertTrue(lines.get(lines.size() - 2).matches(" {2}-{7}"), lines.get(lines.size() - 2));
            assertEquals(lang.t("  -485,00  jumlah: maksimum 1000 - total 515,00",
                    "  -485.00  in all: maximum 1000 - total 515.00"), lines.get(lines.size() - 1));
        }
        assertTrue(TextReport.render(banyuasin, Lang.ID).contains("\n   -20,00  1. Peraturan Daerah (Perda) tentang KLA:"
                + " Capaian Perkada/SK; tingkat berikutnya: Perda\n"));
        assertTrue(TextReport.render(banyuasin, Lang.EN).contains("\n   -30.00  11. Child-friendly infrastructure (play"
                + " spaces): Evidence \"Contoh sintetis: Foto Ruang Bermain Ramah Anak\" was found invalid (foto tanpa tanggal dan lokasi)\n"));
    }

    @Test
    void namesTheQuestionOfAnInstrumentShapedIndicatorOnceWithItsText() {
        for (String sample : List.of("banyuasin-2024", "batam-2024")) {
            Scored scored = HtmlReportTest.scored(sample);
            for (Lang lang : Lang.values()) {
                String text = TextReport.render(scored, lang);
                Explainer explainer = lang.explainer(scored.pack());
                int named = 0;
                for (Loss loss : scored.card().losses()) {
                    if (loss.question().isPresent()) {
                        named += assertNamedOnce(scored.pack(), loss.indicator(), loss.question().get(),
                                TextReport.loss(loss, explainer), text, lang);
                    }
                }
                for (Deficiency deficiency : scored.card().deficiencies()) {
                    if (deficiency.question().isPresent()) {
                        named += assertNamedOnce(scored.pack(), deficiency.indicator(), deficiency.question().get(),
                                TextReport.deficiency(deficiency, explainer, lang), text, lang);
                    }
                }
                assertTrue(named > 10, sample + " " + lang + ": questions named in\n" + text);
            }
        }
        Scored batam = HtmlReportTest.scored("batam-2024");
        String id = TextReport.render(batam, Lang.ID);
        assertTrue(id.contains("  2. Penguatan Kelembagaan Kabupaten/Kota Layak Anak (KLA), pertanyaan 4 (Rencana Aksi "
                + "Daerah (RAD) KLA): belum dijawab (nilai maksimum 10)\n"), id);
        assertTrue(id.contains("  2. Penguatan Kelembagaan Kabupaten/Kota Layak Anak (KLA), pertanyaan 4 (Rencana Aksi "
                + "Daerah (RAD) KLA): Belum dijawab\n"), "the loss: " + id);
        assertTrue(TextReport.render(batam, Lang.EN).contains("  2. Strengthening the institutions of KLA, question 4 "
                + "(Regional KLA action plan (RAD)): not answered (maximum 10)\n"));
        Scored banyuasin = HtmlReportTest.scored("banyuasin-2024");
        List<String> lines = section(TextReport.render(banyuasin, Lang.EN), TextReport.lossesHeading(banyuasin.card(),
                Lang.EN));
        assertEquals("  -" + Numbers.points(new BigDecimal("1000").subtract(banyuasin.card().total()), Lang.EN)
                + "  in all: maximum 1000 - total " + Numbers.points(banyuasin.card().total(), Lang.EN),
                lines.get(lines.size() - 1));
    }

    /**
     * Asserts that the text has a line naming the indicator and the question with its text, followed by words that
     * name neither the question's code nor its text again; returns 1, to count the lines checked.
     */
    private static int assertNamedOnce(RulePack pack, String indicator, String question, String words, String text,
            Lang lang) {
        var rule = pack.findIndicator(indicator).orElseThrow().findQuestion(question).orElseThrow();
        String topic = lang == Lang.ID ? rule.question().topicId() : rule.question().topicEn();
        String named = HtmlReport.indicatorName(pack, indicator, Optional.of(question), lang);
        assertTrue(named.endsWith(", " + lang.t("pertanyaan ", "question ") + question + " (" + topic + ")"), named);
        assertTrue(text.contains("  " + named + ": " + words), () -> named + ": " + words + " in\n" + text);
        assertFalse(words.contains(topic), () -> "the question's text twice: " + named + ": " + words);
        assertFalse(Pattern.compile("(?i)\\b" + lang.t("pertanyaan ", "question ") + Pattern.quote(question) + "\\b")
                .matcher(words).find(), () -> "the question twice: " + named + ": " + words);
        return 1;
    }

    @Test
    void aPerfectDistrictLosesNothing() {
        Scored perfect = HtmlReportTest.scored("perfect");
        assertEquals(List.of(), perfect.card().losses());
        String id = TextReport.render(perfect, Lang.ID);
        String en = TextReport.render(perfect, Lang.EN);
        assertTrue(id.contains("\nKe mana nilai hilang: tidak ada yang hilang; semua 1000 poin diperoleh.\n\n"), id);
        assertTrue(en.contains("\nWhere the points went: nothing is lost; all 1000 points were earned.\n\n"), en);
    }

    @Test
    void writesNoInternalNameInAnySamplesReport() {
        for (Samples.Sample sample : Samples.all()) {
            Scored scored = HtmlReportTest.scored(sample.name());
            for (Lang lang : Lang.values()) {
                assertNoInternalName(TextReport.render(scored, lang), sample.name() + " " + lang);
            }
        }
    }

    @Test
    void speaksOnlyTheLanguageAskedInEverySamplesReport() {
        for (Samples.Sample sample : Samples.all()) {
            Scored scored = HtmlReportTest.scored(sample.name());
            for (Lang lang : Lang.values()) {
                Wording.assertIn(lang, TextReport.render(scored, lang), own(scored), "text of " + sample.name());
            }
        }
    }

    /**
     * What in a report is nobody's language: the district's name, its documents' titles and the verifiers' reasons,
     * and the stamp's hashes.
     */
    static List<String> own(Scored scored) {
        List<String> own = new ArrayList<>(List.of(scored.card().region().name(), scored.card().region().province(),
                scored.card().stamp().packSha256(), scored.card().stamp().submissionSha256()));
        scored.card().losses().forEach(l -> l.evidence().ifPresent(e -> {
            own.add(e.title());
            e.reason().ifPresent(own::add);
        }));
        scored.card().deficiencies().forEach(d -> d.evidence().ifPresent(e -> {
            own.add(e.title());
            e.reason().ifPresent(own::add);
        }));
        scored.card().indicators().forEach(i -> i.evidence().forEach(e -> {
            own.add(e.title());
            e.reason().ifPresent(own::add);
        }));
        return own;
    }

    @Test
    void namesRecapInconsistenciesInWords() {
        Scored batam = HtmlReportTest.scored("batam");
        ScoreCard card = batam.card();
        List<RecapIssue> issues = List.of(
                new RecapIssue(RecapIssue.Kind.QUESTION_ABOVE_MAX, "/answers/3/questions/0/awardedPoints",
                        Optional.of("birth-certificates"), Optional.of("1"), Optional.empty(), BigDecimal.TEN,
                        BigDecimal.ONE),
                new RecapIssue(RecapIssue.Kind.INDICATOR_SUBTOTAL_MISMATCH, "/answers/3/statedPoints",
                        Optional.of("birth-certificates"), Optional.empty(), Optional.empty(), BigDecimal.TEN,
                        BigDecimal.ONE),
                new RecapIssue(RecapIssue.Kind.SECTION_SUBTOTAL_MISMATCH, "/statedSectionPoints/KLASTER_I",
                        Optional.empty(), Optional.empty(), Optional.of(Cluster.KLASTER_I), BigDecimal.TEN,
                        BigDecimal.ONE));
        ScoreCard inconsistent = new ScoreCard(card.packId(), card.region(), card.year(), card.stage(), card.total(),
                card.rank(), card.clusters(), card.indicators(), card.deficiencies(), card.losses(), card.provisional(),
                card.gate(), card.conditions(), issues, card.stamp());
        Scored scored = new Scored(batam.name(), batam.submission(), batam.pack(), inconsistent);
        String en = TextReport.render(scored, Lang.EN);
        String id = TextReport.render(scored, Lang.ID);
        assertTrue(en.contains("\n  Indicator 4 Birth-certificate coverage"), en);
        assertTrue(en.contains("10.00") && en.contains("1.00"), en);
        assertTrue(id.contains("\n  Indikator 4 Kepemilikan Kutipan Akta Kelahiran"), id);
        for (String text : List.of(en, id)) {
            assertTrue(!text.contains("/answers/3") && !text.contains("/statedSectionPoints"), text);
        }
        for (Lang lang : Lang.values()) {
            assertNoInternalName(TextReport.render(scored, lang), "text " + lang);
            assertNoInternalName(HtmlReportTest.parse(HtmlReport.render(scored, lang)).getDocumentElement()
                    .getElementsByTagName("body").item(0).getTextContent(), "html " + lang);
        }
    }

    /** The lines of a section of a text report: those after its heading, up to the blank line that ends it. */
    static List<String> section(String text, String heading) {
        List<String> lines = text.lines().toList();
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, () -> "no [" + heading + "] in " + text);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /**
     * Checks that a text a person reads holds no constant's name (BELOW_TOP, NOT_ANSWERED, FINAL, PRATAMA...), only
     * the words for it.
     */
    static void assertNoInternalName(String text, String what) {
        Matcher constant = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b").matcher(text);
        assertFalse(constant.find(), () -> what + ": " + constant.group() + " in " + text);
        List<Enum<?>> names = new ArrayList<>();
        names.addAll(List.of(Loss.Cause.values()));
        names.addAll(List.of(Deficiency.Kind.values()));
        names.addAll(List.of(RecapIssue.Kind.values()));
        names.addAll(List.of(Stage.values()));
        names.addAll(List.of(Rank.values()));
        names.addAll(List.of(EvidenceType.values()));
        for (Enum<?> name : names) {
            if (name != Rank.KLA && name != EvidenceType.SK) {   // both are also what people write
                assertFalse(Pattern.compile("\\b" + name.name() + "\\b").matcher(text).find(),
                        () -> what + ": " + name.name() + " in " + text);
            }
        }
    }

    @Test
    void summarisesABatchOnOneLineTheHighestRankFirst() {
        Map<Rank, Integer> ranks = new EnumMap<>(Rank.class);
        ranks.put(Rank.NINDYA, 2);
        ranks.put(Rank.NONE, 1);
        assertEquals("kla: scored 3, failed 1; KLA 0, Utama 0, Nindya 2, Madya 0, Pratama 0, No rank 1",
                ScoreCommand.summary(3, 1, ranks, io.github.layakanak.kla.cli.Lang.EN));
        assertEquals("kla: dinilai 3, gagal 1; KLA 0, Utama 0, Nindya 2, Madya 0, Pratama 0, Belum Berperingkat 1",
                ScoreCommand.summary(3, 1, ranks, io.github.layakanak.kla.cli.Lang.ID));
    }

    @Test
    void writesPointsWithTwoDecimalsAndMaximaPlainWithTheDecimalMarkOfTheLanguage() {
        assertEquals("40.00", Numbers.points(new BigDecimal("40")), "for machines, as the CSV writes them");
        assertEquals("37.50", Numbers.points(new BigDecimal("37.5")));
        assertEquals("0.125", Numbers.points(new BigDecimal("0.125")));
        assertEquals("40,00", Numbers.points(new BigDecimal("40"), Lang.ID));
        assertEquals("770,16", Numbers.points(new BigDecimal("770.16"), Lang.ID));
        assertEquals("-0,125", Numbers.points(new BigDecimal("-0.125"), Lang.ID));
        assertEquals("1000,00", Numbers.points(new BigDecimal("1000"), Lang.ID), "no thousands separator");
        assertEquals("770.16", Numbers.points(new BigDecimal("770.16"), Lang.EN));
        assertEquals("1000", Numbers.plain(new BigDecimal("1E+3"), Lang.ID));
        assertEquals("150", Numbers.plain(new BigDecimal("150.00"), Lang.ID));
        assertEquals("12,5", Numbers.plain(new BigDecimal("12.50"), Lang.ID));
        assertEquals("12.5", Numbers.plain(new BigDecimal("12.50"), Lang.EN));
        assertEquals("0", Numbers.plain(new BigDecimal("0.00"), Lang.ID));
        assertEquals("4,4%", Numbers.percent(8, 180, Lang.ID));
        assertEquals("95.6%", Numbers.percent(172, 180, Lang.EN));
        assertEquals("0.0%", Numbers.percent(0, 0, Lang.EN));
    }

    @Test
    void writesABandsEdgesAndTheGatesThresholdWithTheDecimalMarkOfTheLanguage() {
        RulePack pack = DecimalMarks.halfBands();
        assertEquals("di atas 612,5 sampai 700", Numbers.band(pack, Rank.MADYA, Lang.ID));
        assertEquals("dari 500 sampai 612,5", Numbers.band(pack, Rank.PRATAMA, Lang.ID));
        assertEquals("above 612.5 to 700", Numbers.band(pack, Rank.MADYA, Lang.EN));
        assertEquals("from 500 to 612.5", Numbers.band(pack, Rank.PRATAMA, Lang.EN));
    }

    @Test
    void describesEachRanksBandByThePacksBoundaryConvention() {
        var pack = Oracle.PACKS.forYear(2022);
        assertEquals("from 0 to under 500", Numbers.band(pack, Rank.NONE, Lang.EN));
        assertEquals("from 500 to 600", Numbers.band(pack, Rank.PRATAMA, Lang.EN));
        assertEquals("above 600 to 700", Numbers.band(pack, Rank.MADYA, Lang.EN));
        assertEquals("above 900 to 1000", Numbers.band(pack, Rank.KLA, Lang.EN));
        assertEquals("di atas 700 sampai 800", Numbers.band(pack, Rank.NINDYA, Lang.ID));
        assertEquals("dari 0 sampai di bawah 500", Numbers.band(pack, Rank.NONE, Lang.ID));
    }
}
