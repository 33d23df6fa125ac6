package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.report.CsvDialect;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.report.internal.CsvReport;
import io.github.layakanak.kla.report.internal.Lang;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Generators;
import io.github.layakanak.kla.testkit.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    /** The columns kla fills with the input's own text: the file, the region's name and its province. */
    private static final Set<Integer> INPUT_TEXT = Set.of(0, 2, 3);

    @Test
    void neutralisesTextCellsASpreadsheetWouldRunAsFormulas() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
                "\uff1d1+1")) {
            assertEquals("'" + formula, CsvReport.text(formula), formula);
        }
        assertEquals("KOTA BATAM", CsvReport.text("KOTA BATAM"));
        assertEquals("", CsvReport.text(""));
        assertEquals("\"'=1,2\"\r\n", CsvReport.line(List.of(CsvReport.text("=1,2")), CsvDialect.EN),
                "neutralised, then quoted");
        assertEquals("\"'=1;2\"\r\n", CsvReport.line(List.of(CsvReport.text("=1;2")), CsvDialect.ID),
                "neutralised, then quoted");
    }

    @Test
    void aFileNamedLikeAFormulaLandsInItsCellAsText() {
        Samples.Sample batam = Samples.find("batam").orElseThrow();
        Scored scored = new Scored(Input.file(Path.of("=cmd|' calc'!A0.json")).reportName(),
                batam.submission(), Oracle.PACKS.forYear(2022), Oracle.score("batam"));
        for (CsvDialect dialect : CsvDialect.values()) {
            assertEquals("'=cmd|' calc'!A0.json", CsvReport.row(scored, Lang.ID, dialect).get(0));
            Map<String, String> read = CsvReading.records(CsvReport.render(List.of(scored), Lang.ID, dialect), dialect)
                    .get(0);
            assertEquals("'=cmd|' calc'!A0.json", read.get("Berkas"), dialect::toString);
        }
    }

    @Test
    void keepsOnlyKlasOwnRegionCodesAsAFormulaAndNeverTextFromTheInput() {
        assertEquals("=\"21.71\"", CsvReport.code("21.71", CsvDialect.ID));
        assertEquals("\"=\"\"21.71\"\"\"\r\n", CsvReport.line(List.of(CsvReport.code("21.71", CsvDialect.ID)), CsvDialect.ID),
                "quoted as RFC 4180 says");
        assertEquals("21.71", CsvReport.code("21.71", CsvDialect.EN));
        for (String other : List.of("=1+1", "-21.71", "+21.71", "@21.71", "\t21.71")) {
            for (CsvDialect dialect : CsvDialect.values()) {
                assertEquals("'" + other, CsvReport.code(other, dialect), other);
            }
        }
        for (String other : List.of("21.71\"&HYPERLINK(\"http://x\")&\"", "21.7", "21.711", "2171", "21,71", "")) {
            assertEquals(other, CsvReport.code(other, CsvDialect.ID), "not PP.KK, so not made a formula: " + other);
        }
    }

    @Test
    void quotesEveryTextAsRfc4180SaysAndLeavesNumbersAndEmptyFieldsBare() {
        assertEquals("\"KOTA BATAM\",\"KAB. A, B\",745.00,,-3.50,2022\r\n",
                CsvReport.line(List.of("KOTA BATAM", "KAB. A, B", "745.00", "", "-3.50", "2022"), CsvDialect.EN));
        assertEquals("\"KAB. A; B\";745,00;\r\n", CsvReport.line(List.of("KAB. A; B", "745,00", ""), CsvDialect.ID));
        assertEquals("\"1,5\",1.5\r\n", CsvReport.line(List.of("1,5", "1.5"), CsvDialect.EN), "a comma is quoted in English");
        for (CsvDialect dialect : CsvDialect.values()) {
            assertEquals("\"say \"\"hi\"\"\"\r\n", CsvReport.line(List.of("say \"hi\""), dialect));
            assertEquals("\"two\nlines\"\r\n", CsvReport.line(List.of("two\nlines"), dialect), "a bare line feed");
            assertEquals("\"cr\rhere\"\r\n", CsvReport.line(List.of("cr\rhere"), dialect));
            assertEquals("\"crlf\r\nhere\"\r\n", CsvReport.line(List.of("crlf\r\nhere"), dialect));
        }
    }

    @Test
    void readsBackAsItWasWrittenWhateverTheTextHolds() throws IOException {
        List<String> hostile = List.of("a\nb", "c\r\nd", "e\rf", "\"q\"", "x;y", "x,y", " lead", "trail ", "12,5", "");
        CsvMapper reader = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        for (CsvDialect dialect : CsvDialect.values()) {
            try (MappingIterator<List<String>> rows = reader.readerForListOf(String.class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(dialect.separator()))
                    .readValues(CsvReport.line(hostile, dialect) + CsvReport.line(hostile, dialect))) {
                assertEquals(List.of(hostile, hostile), rows.readAll(), dialect.toString());
            }
        }
    }

    @Test
    void writesNumbersWithTheDialectsDecimalMarkAndNoThousandsSeparator() {
        assertEquals("745,00", CsvReport.number(new BigDecimal("745.00"), CsvDialect.ID));
        assertEquals("745.00", CsvReport.number(new BigDecimal("745.00"), CsvDialect.EN));
        assertEquals("1000,00", CsvReport.number(new BigDecimal("1000"), CsvDialect.ID));
        assertEquals("12.50", CsvReport.number(new BigDecimal("12.5"), CsvDialect.EN));
        assertEquals("0,00", CsvReport.number(BigDecimal.ZERO, CsvDialect.ID));
    }

    @Test
    void headsTheIndonesianFileInIndonesianAndTheEnglishInEnglish() {
        RulePack pack = Oracle.PACKS.forYear(2022);
        List<String> id = CsvReport.header(Lang.ID, pack);
        assertEquals(List.of("Berkas", "Kode wilayah", "Nama kabupaten/kota", "Provinsi", "Tahun", "Tahap",
                "Paket aturan", "Nilai total", "Nilai maksimal", "Poin hilang", "Peringkat", "Kelembagaan (nilai)",
                "Kelembagaan (nilai maksimal)", "Kelembagaan (poin hilang)", "Klaster I: Hak Sipil dan Kebebasan (nilai)"),
                id.subList(0, 15));
        assertTrue(id.contains("Poin hilang: Belum dijawab"), id::toString);
        assertTrue(id.contains("Poin hilang: Data dukung tidak sah"), id::toString);
        List<String> en = CsvReport.header(Lang.EN, pack);
        assertEquals(List.of("File", "Region code", "Regency/city", "Province", "Year", "Stage", "Rule pack", "Total",
                "Maximum", "Points lost", "Rank", "Institutional strengthening (points)"), en.subList(0, 12));
        assertTrue(en.contains("Cluster V: Special protection (points lost)"), en::toString);
        assertTrue(en.contains("Points lost: Not answered"), en::toString);
        int columns = 11 + 3 * Cluster.values().length + Loss.Cause.values().length;
        assertEquals(columns, id.size());
        assertEquals(columns, en.size());
    }

    @Test
    void readsBackEverySamplesScorecardInEitherDialectAndLanguage() {
        List<Scored> all = Samples.all().stream().map(s -> HtmlReportTest.scored(s.name())).toList();
        for (Lang lang : Lang.values()) {
            for (CsvDialect dialect : CsvDialect.values()) {
                String csv = CsvReport.render(all, lang, dialect);
                List<List<String>> rows = CsvReading.rows(csv, dialect);
                assertEquals(CsvReport.header(lang, all.get(0).pack()), rows.get(0), lang + " " + dialect);
                assertEquals(all.size() + 1, rows.size());
                List<Map<String, String>> records = CsvReading.records(csv, dialect);
                for (int i = 0; i < all.size(); i++) {
                    assertReadsBack(all.get(i).card(), records.get(i), lang, dialect);
                }
            }
        }
    }

    @Test
    void writesOneWellFormedRowPerGeneratedDistrict() {
        RulePack pack = new Kla2022().rulePack();
        Input input = Input.sample(Samples.find("batam").orElseThrow());
        Property.forAll(Generators.submissions(pack)).tries(200).check(submission -> {
            ScoreCard card = ScoringEngine.score(pack, submission);
            for (CsvDialect dialect : CsvDialect.values()) {
                String csv = CsvReport.render(List.of(new Scored(input.reportName(), submission, pack, card)), Lang.ID,
                        dialect);
                List<Map<String, String>> records = CsvReading.records(csv, dialect);
                assertEquals(1, records.size(), csv);
                assertReadsBack(card, records.get(0), Lang.ID, dialect);
            }
        });
    }

    @Test
    void addsUpWhereTheBanyuasinPointsWentByCause() {
        Map<String, String> banyuasin = CsvReading.records(CsvReport.render(List.of(HtmlReportTest.scored("banyuasin")),
                Lang.ID, CsvDialect.ID), CsvDialect.ID).get(0);
        assertEquals("485,00", banyuasin.get("Poin hilang"));
        assertEquals("419,00", banyuasin.get("Poin hilang: Di bawah tingkat tertinggi"));
        assertEquals("36,00", banyuasin.get("Poin hilang: Belum dijawab"));
        assertEquals("30,00", banyuasin.get("Poin hilang: Data dukung tidak sah"));
        assertEquals("0,00", banyuasin.get("Poin hilang: Belum diverifikasi"));
        Map<String, String> perfect = CsvReading.records(CsvReport.render(List.of(HtmlReportTest.scored("perfect")),
                Lang.EN, CsvDialect.EN), CsvDialect.EN).get(0);
        perfect.forEach((column, value) -> {
            if (column.startsWith("Points lost") || column.endsWith("(points lost)")) {
                assertTrue(value.isEmpty() || value.equals("0.00"), column + ": " + value);
            }
        });
        assertEquals("1000.00", perfect.get("Total"));
        assertEquals("1000.00", perfect.get("Maximum"));
    }

    @Test
    void writesTheBatamRowAsExcelSetToIndonesianShouldOpenIt() {
        String csv = CsvReport.render(List.of(HtmlReportTest.scored("batam")), Lang.ID, CsvDialect.ID);
        String[] lines = csv.split("\r\n", -1);
        assertEquals(3, lines.length, csv);
        assertEquals("", lines[2]);
        assertTrue(lines[0].startsWith("\uFEFF\"Berkas\";\"Kode wilayah\";\"Nama kabupaten/kota\";\"Provinsi\";"
                + "\"Tahun\";\"Tahap\";\"Paket aturan\";\"Nilai total\";\"Nilai maksimal\";\"Poin hilang\";\"Peringkat\";"
                + "\"Kelembagaan (nilai)\";"), lines[0]);
        assertTrue(lines[1].startsWith("\"sample batam\";\"=\"\"21.71\"\"\";\"KOTA BATAM\";\"KEPULAUAN RIAU\";2022;"
                + "\"Verifikasi Final\";\"kla-2022\";745,00;1000,00;255,00;\"Nindya\";"), lines[1]);
        Map<String, String> batam = CsvReading.records(csv, CsvDialect.ID).get(0);
        assertEquals("", batam.get("Kecamatan dan Desa/Kelurahan Layak Anak (nilai)"), "the 2022 pack has no Kelana/Dekela");
    }

    /**
     * No name kla gives a value in code (every enum constant of kla-model and kla-scoring: ranks, stages,
     * sections, causes, evidence types, verification statuses...) appears as a word in the Indonesian file, in any
     * cell kla writes itself. The input's own text (a file name, a region's name such as {@code KOTA BATAM}) is the
     * district's and is left out.
     */
    @Test
    void showsNoInternalEnumNameInTheIndonesianFile() {
        Set<String> names = enumConstants(Rank.class, Loss.class);
        assertTrue(names.containsAll(List.of("NINDYA", "FINAL", "KLASTER_I", "NOT_ANSWERED", "BELOW_TOP")), names::toString);
        List<Scored> all = Samples.all().stream().map(s -> HtmlReportTest.scored(s.name())).toList();
        for (CsvDialect dialect : CsvDialect.values()) {
            List<List<String>> rows = CsvReading.rows(CsvReport.render(all, Lang.ID, dialect), dialect);
            List<String> found = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (r > 0 && INPUT_TEXT.contains(c)) {
                        continue;
                    }
                    String cell = rows.get(r).get(c);
                    Arrays.stream(cell.split("[^\\p{L}\\p{N}_]+")).filter(names::contains)
                            .forEach(word -> found.add(word + " in [" + cell + "]"));
                }
            }
            assertEquals(List.of(), found, dialect::toString);
        }
    }

    /** The cells of one district, read back, against its scorecard. */
    private static void assertReadsBack(ScoreCard card, Map<String, String> read, Lang lang, CsvDialect dialect) {
        String where = lang + " " + dialect + " " + card.region().code() + ": " + read;
        BigDecimal max = card.indicators().stream().map(IndicatorScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(card.region().code(), CsvReading.code(read.get(lang.t("Kode wilayah", "Region code")), dialect),
                where);
        assertEquals(Integer.toString(card.year()), read.get(lang.t("Tahun", "Year")), where);
        assertEquals(lang.name(card.stage()), read.get(lang.t("Tahap", "Stage")), where);
        assertEquals(lang.name(card.rank()), read.get(lang.t("Peringkat", "Rank")), where);
        assertEquals(0, card.total().compareTo(CsvReading.number(read.get(lang.t("Nilai total", "Total")), dialect)),
                where);
        assertEquals(0, max.compareTo(CsvReading.number(read.get(lang.t("Nilai maksimal", "Maximum")), dialect)), where);
        BigDecimal lost = CsvReading.number(read.get(lang.t("Poin hilang", "Points lost")), dialect);
        assertEquals(0, max.subtract(card.total()).compareTo(lost), where);
        BigDecimal bySection = BigDecimal.ZERO;
        for (Cluster cluster : Cluster.values()) {
            String label = lang.label(cluster);
            Optional<ClusterScore> section = card.findCluster(cluster);
            String points = read.get(label + lang.t(" (nilai)", " (points)"));
            String sectionMax = read.get(label + lang.t(" (nilai maksimal)", " (maximum)"));
            String sectionLost = read.get(label + lang.t(" (poin hilang)", " (points lost)"));
            if (section.isEmpty()) {
                assertEquals(List.of("", "", ""), List.of(points, sectionMax, sectionLost), where);
                continue;
            }
            ClusterScore score = section.orElseThrow();
            assertEquals(0, score.points().compareTo(CsvReading.number(points, dialect)), where);
            assertEquals(0, score.max().compareTo(CsvReading.number(sectionMax, dialect)), where);
            BigDecimal lostHere = CsvReading.number(sectionLost, dialect);
            assertEquals(0, score.max().subtract(score.points()).compareTo(lostHere), where);
            bySection = bySection.add(lostHere);
        }
        assertEquals(0, lost.compareTo(bySection), "the sections' losses add up to the points lost: " + where);
        BigDecimal byCause = BigDecimal.ZERO;
        for (Loss.Cause cause : Loss.Cause.values()) {
            BigDecimal expected = card.losses().stream().filter(l -> l.cause() == cause).map(Loss::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal written = CsvReading.number(read.get(lang.t("Poin hilang: ", "Points lost: ")
                    + lang.explainer(Oracle.PACKS.forYear(card.year())).cause(cause)), dialect);
            assertEquals(0, expected.compareTo(written), cause + ": " + where);
            byCause = byCause.add(written);
        }
        assertEquals(0, lost.compareTo(byCause), "the causes add up to the points lost: " + where);
    }

    /** The names of every enum constant in the jars (or class directories) that hold the given classes. */
    static Set<String> enumConstants(Class<?>... inJarsOf) {
        Set<String> names = new TreeSet<>();
        for (Class<?> anchor : inJarsOf) {
            for (String className : classNames(anchor)) {
                Class<?> type;
                try {
                    type = Class.forName(className, false, anchor.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        names.add(((Enum<?>) constant).name());
                    }
                }
            }
        }
        return names;
    }

    private static List<String> classNames(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return classNames(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classNames(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("-") && !name.startsWith("META-INF"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }

    @Test
    void findsTheEnumsOfTheModelAndTheEngine() {
        Set<String> names = enumConstants(Rank.class, Loss.class);
        assertFalse(names.isEmpty());
        assertTrue(names.containsAll(List.of("SELF_ASSESSMENT", "KELEMBAGAAN", "EVIDENCE_PENDING", "KLA", "NONE")),
                names::toString);
    }
}
