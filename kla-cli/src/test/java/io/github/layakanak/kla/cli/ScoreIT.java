package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.report.CsvDialect;
import io.github.layakanak.kla.report.internal.CsvReport;
import io.github.layakanak.kla.report.internal.TextReport;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kla score} in every format, on the samples, compared with the engine run in-process. */
class ScoreIT {

    @TempDir
    Path dir;

    @Test
    void theReadmesFirstCommandPrintsBatamsScorecardInIndonesian() {
        ScoreCard batam = Oracle.score("batam");
        Kla.Run run = Kla.run(dir, "score", "--sample", "batam").exits(0);
        assertAll(
                () -> assertTrue(run.out().startsWith("KOTA BATAM, KEPULAUAN RIAU (21.71)\n"), run::toString),
                () -> assertTrue(run.out().contains("Verifikasi Final"), run::toString),
                () -> assertTrue(run.out().contains("Klaster I: Hak Sipil dan Kebebasan"), run::toString),
                () -> assertTrue(run.out().lines().anyMatch(l -> l.matches("Total +745,00 +1000")), run::toString),
                () -> assertTrue(run.out().matches("(?s).*\nPeringkat +Nindya \\(di atas 700 sampai 800\\).*"), run::toString),
                () -> assertTrue(run.out().contains("Batas nilai lolos tahap"), run::toString),
                () -> assertTrue(run.out().contains("Perkiraan rentang nilai"), run::toString),
                () -> assertTrue(run.out().contains("Kekurangan, yang terbesar dulu:"), run::toString),
                () -> assertEquals("", run.err()));
        for (ClusterScore cluster : batam.clusters()) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(cluster.cluster().labelId())
                    && l.endsWith(" " + cluster.points().toPlainString().replace('.', ',') + "  "
                            + String.format("%6s", cluster.max().stripTrailingZeros().toPlainString()))),
                    cluster::toString);
        }
    }

    @Test
    void batamInEachLanguageWritesTheDecimalMarkOfThatLanguage() {
        Samples.Sample sample = Samples.find("batam").orElseThrow();
        ScoreCard batam = Oracle.score("batam");
        Kla.Run id = Kla.run(dir, "score", "--sample", "batam").exits(0);
        Kla.Run en = Kla.run(dir, "score", "--sample", "batam", "--lang", "en").exits(0);
        assertAll(
                () -> assertTrue(id.out().lines().anyMatch(l -> l.matches("Total +745,00 +1000")), id::toString),
                () -> assertTrue(en.out().lines().anyMatch(l -> l.matches("Total +745\\.00 +1000")), en::toString),
                () -> assertTrue(id.out().matches("(?s).*\nPerkiraan rentang nilai +745,00 \\(Nindya\\); .*"), id::toString),
                () -> assertTrue(en.out().contains("\nProvisional range  745.00 (Nindya); "), en::toString),
                () -> assertTrue(id.out().contains("  -255,00  jumlah: maksimum 1000 - total 745,00\n"), id::toString),
                () -> assertTrue(en.out().contains("  -255.00  in all: maximum 1000 - total 745.00\n"), en::toString),
                () -> assertEquals(List.of(), DecimalMarks.decimalPoints(id.out(), sample.submission(), batam),
                        id::toString));
        for (ClusterScore cluster : batam.clusters()) {
            String points = cluster.points().setScale(2).toPlainString();
            assertTrue(id.out().contains(" " + points.replace('.', ',') + "  "), id::toString);
            assertTrue(en.out().contains(" " + points + "  "), en::toString);
        }
        for (var loss : batam.losses()) {
            String lost = "-" + loss.points().setScale(2).toPlainString() + "  ";
            assertTrue(id.out().contains(lost.replace('.', ',')), lost + " in " + id);
            assertTrue(en.out().contains(lost), lost + " in " + en);
        }
        Kla.Run html = Kla.run(dir, "score", "--sample", "batam", "--format", "html").exits(0);
        assertTrue(html.out().contains("<span id=\"total\" data-total=\"745.00\" data-max=\"1000\">745,00</span>"),
                html::toString);
    }

    @Test
    void textListsTheDeficienciesWithTheirCostsTheLargestFirstInEnglishOnRequest() {
        ScoreCard card = Oracle.score("banyuasin");
        Kla.Run run = Kla.run(dir, "score", "--sample", "banyuasin", "--lang", "en").exits(0);
        assertTrue(run.out().contains("Cluster I: Civil rights and freedoms"), run::toString);
        assertTrue(run.out().contains("Deficiencies, the largest first:"), run::toString);
        List<BigDecimal> costs = TextReportTest.section(run.out(), TextReport.deficienciesHeading(Lang.EN.words())).stream()
                .map(l -> new BigDecimal(l.trim().substring(1).split(" ")[0])).toList();
        assertEquals(card.deficiencies().size(), costs.size(), run::toString);
        for (int i = 1; i < costs.size(); i++) {
            assertTrue(costs.get(i - 1).compareTo(costs.get(i)) >= 0, "not the largest first: " + costs);
        }
        assertEquals(0, card.deficiencies().stream().map(d -> d.cost()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void jsonIsTheScorecardOfOneFileAndAnArrayForADirectory() throws IOException {
        Kla.Run one = Kla.run(dir, "score", "--sample", "kendari", "--format", "json").exits(0);
        assertEquals(KlaJson.write(Oracle.score("kendari")), one.out());

        Oracle.writeSamples(dir);
        Kla.Run many = Kla.run(dir, "score", ".", "--format", "json").exits(0);
        ObjectMapper mapper = Json.newMapper();
        List<ScoreCard> cards = mapper.readValue(many.out(), new TypeReference<List<ScoreCard>>() { });
        List<Samples.Sample> samples = Samples.all().stream()
                .sorted((a, b) -> (a.name() + ".json").compareTo(b.name() + ".json")).toList();
        assertEquals(samples.size(), cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Samples.Sample sample = samples.get(i);
            assertEquals(KlaJson.write(Oracle.score(sample.submission())), KlaJson.write(cards.get(i)), sample.name());
            assertEquals(0, sample.expectedTotal().compareTo(cards.get(i).total()), sample.name());
            assertEquals(sample.expectedRank(), cards.get(i).rank(), sample.name());
        }
        assertEquals(summary(Lang.ID) + "\n", many.err());
    }

    @Test
    void csvHasAHeaderAndOneRowPerDistrict() {
        Oracle.writeSamples(dir);
        Kla.Run run = Kla.run(dir, "score", ".", "--format", "csv", "--lang", "en").exits(0);
        List<List<String>> rows = CsvReading.rows(run.out(), CsvDialect.EN);
        assertFalse(run.out().startsWith("\uFEFF"), "no byte order mark in the English dialect");
        assertEquals(CsvReport.header(Lang.EN.words(), Oracle.PACKS.forYear(2022)), rows.get(0));
        assertEquals(Samples.all().size() + 1, rows.size(), run::toString);
        List<String> batam = rows.stream().filter(r -> r.get(0).equals("batam.json")).findFirst().orElseThrow();
        ScoreCard card = Oracle.score("batam");
        assertEquals(List.of("batam.json", "21.71", "KOTA BATAM", "KEPULAUAN RIAU", "2022", "Final verification",
                "kla-2022", card.total().toPlainString(), "1000.00", "255.00", "Nindya"), batam.subList(0, 11));
        List<String> expected = CsvReport.row(HtmlReportTest.scored("batam"), Lang.EN.words(), CsvDialect.EN);
        assertEquals(expected.subList(1, expected.size()), batam.subList(1, batam.size()));
        assertEquals(summary(Lang.EN) + "\n", run.err());
    }

    @Test
    void csvIsForExcelSetToIndonesianByDefault() {
        Kla.Run byDefault = Kla.run(dir, "score", "--sample", "batam", "--format", "csv").exits(0);
        Kla.Run asked = Kla.run(dir, "score", "--sample", "batam", "--format", "csv", "--lang", "id").exits(0);
        assertEquals(byDefault.out(), asked.out());
        assertTrue(asked.out().startsWith("\uFEFF\"Berkas\";\"Kode wilayah\";\"Nama kabupaten/kota\";\"Provinsi\";\"Tahun\";\"Tahap\";"),
                asked::toString);
        Map<String, String> batam = onlyRecord(asked, CsvDialect.ID);
        ScoreCard card = Oracle.score("batam");
        assertAll(
                () -> assertEquals("=\"21.71\"", batam.get("Kode wilayah"), "kept as text"),
                () -> assertEquals("Verifikasi Final", batam.get("Tahap")),
                () -> assertEquals("Nindya", batam.get("Peringkat")),
                () -> assertEquals("745,00", batam.get("Nilai total")),
                () -> assertEquals(0, card.total().compareTo(CsvReading.number(batam.get("Nilai total"), CsvDialect.ID))),
                () -> assertEquals("1000,00", batam.get("Nilai maksimal")),
                () -> assertEquals("255,00", batam.get("Poin hilang")),
                () -> assertEquals("", asked.err()));
        for (ClusterScore cluster : card.clusters()) {
            String label = cluster.cluster().labelId();
            assertEquals(0, cluster.points().compareTo(CsvReading.number(batam.get(label + " (nilai)"), CsvDialect.ID)));
            assertEquals(0, cluster.max().compareTo(CsvReading.number(batam.get(label + " (nilai maksimal)"),
                    CsvDialect.ID)));
        }
    }

    @Test
    void csvInEnglishIsTheInternationalDialectUnlessTheDialectIsChosen() {
        Kla.Run english = Kla.run(dir, "score", "--sample", "batam", "--format", "csv", "--lang", "en").exits(0);
        assertTrue(english.out().startsWith("\"File\",\"Region code\",\"Regency/city\",\"Province\",\"Year\",\"Stage\","), english::toString);
        Map<String, String> batam = onlyRecord(english, CsvDialect.EN);
        assertEquals(List.of("21.71", "Final verification", "Nindya", "745.00", "1000.00", "255.00"),
                List.of(batam.get("Region code"), batam.get("Stage"), batam.get("Rank"), batam.get("Total"),
                        batam.get("Maximum"), batam.get("Points lost")));

        Kla.Run indonesianWords = Kla.run(dir, "score", "--sample", "batam", "--format", "csv", "--csv-dialect", "en",
                "--lang", "id").exits(0);
        assertTrue(indonesianWords.out().startsWith("\"Berkas\",\"Kode wilayah\",\"Nama kabupaten/kota\","), indonesianWords::toString);
        Map<String, String> id = onlyRecord(indonesianWords, CsvDialect.EN);
        assertEquals(List.of("21.71", "Verifikasi Final", "Nindya", "745.00", "1000.00", "255.00"),
                List.of(id.get("Kode wilayah"), id.get("Tahap"), id.get("Peringkat"), id.get("Nilai total"),
                        id.get("Nilai maksimal"), id.get("Poin hilang")));

        Kla.Run englishWords = Kla.run(dir, "score", "--sample", "batam", "--format", "csv", "--csv-dialect", "id",
                "--lang", "en").exits(0);
        Map<String, String> en = onlyRecord(englishWords, CsvDialect.ID);
        assertEquals(List.of("=\"21.71\"", "Final verification", "745,00", "255,00"),
                List.of(en.get("Region code"), en.get("Stage"), en.get("Total"), en.get("Points lost")));
    }

    @Test
    void aCsvDialectWithoutCsvIsAUsageError() {
        Kla.Run run = Kla.run(dir, "score", "--sample", "batam", "--csv-dialect", "en", "--lang", "en")
                .exits(Main.USAGE);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("kla: --csv-dialect applies to --format csv only, but the format is text"),
                run::toString);
    }

    private static Map<String, String> onlyRecord(Kla.Run run, CsvDialect dialect) {
        List<Map<String, String>> records = CsvReading.records(run.out(), dialect);
        assertEquals(1, records.size(), run::toString);
        return records.get(0);
    }

    /** The summary line of all the samples, counted from the ranks they are calibrated for. */
    private static String summary(Lang lang) {
        Map<Rank, Integer> ranks = new EnumMap<>(Rank.class);
        Samples.all().forEach(s -> ranks.merge(s.expectedRank(), 1, Integer::sum));
        return ScoreCommand.summary(Samples.all().size(), 0, ranks, lang);
    }

    @Test
    void stageAndYearOverrideTheFileOnlyWhenGiven() {
        Samples.Sample sample = Samples.find("batam").orElseThrow();
        Kla.Run asIs = Kla.run(dir, "score", "--sample", "batam", "--format", "json").exits(0);
        assertEquals(Stage.FINAL, KlaJson.read(asIs.out(), ScoreCard.class).stage());

        Kla.Run early = Kla.run(dir, "score", "--sample", "batam", "--format", "json", "--stage", "self_assessment")
                .exits(0);
        ScoreCard card = KlaJson.read(early.out(), ScoreCard.class);
        assertEquals(KlaJson.write(Oracle.score(sample.submission().withStage(Stage.SELF_ASSESSMENT))), KlaJson.write(card));

        Kla.Run otherYear = Kla.run(dir, "score", "--sample", "batam", "--year", "2019").exits(Main.USAGE);
        assertEquals("", otherYear.out());
        assertEquals("contoh batam: --year 2019: belum ada paket aturan penilaian untuk tahun 2019; tahun yang dapat "
                + "dinilai: 2017, 2022, 2023, 2024\n", otherYear.err());
    }

    @Test
    void htmlOfOneDistrictGoesToStandardOutput() {
        Kla.Run run = Kla.run(dir, "score", "--sample", "batam", "--format", "html", "--lang", "en").exits(0);
        assertTrue(run.out().startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""),
                run::toString);
        HtmlReportTest.assertDrawsTheScorecard(run.out(), Oracle.score("batam"));
    }

    @Test
    void htmlOfManyDistrictsNeedsAnOutputDirectory() {
        Oracle.writeSamples(dir);
        Kla.Run run = Kla.run(dir, "score", ".", "--format", "html").exits(Main.USAGE);
        assertTrue(run.err().contains("--format html menulis satu halaman per kabupaten/kota: berikan --out DIREKTORI"),
                run::toString);
    }
}
