package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Generators;
import io.github.layakanak.kla.testkit.Property;
import io.github.layakanak.kla.testkit.Samples;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void neutralisesTextCellsASpreadsheetWouldRunAsFormulas() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
                "\uff1d1+1")) {
            assertEquals("'" + formula, CsvReport.text(formula), formula);
        }
        assertEquals("KOTA BATAM", CsvReport.text("KOTA BATAM"));
        assertEquals("", CsvReport.text(""));
        assertEquals("\"'=1,2\"", CsvReport.field(CsvReport.text("=1,2")), "neutralised, then quoted");
    }

    @Test
    void aFileNamedLikeAFormulaLandsInItsCellAsText() {
        Samples.Sample batam = Samples.find("batam").orElseThrow();
        Evaluator.Scored scored = new Evaluator.Scored(Input.file(java.nio.file.Path.of("=cmd|' calc'!A0.json")),
                batam.submission(), Oracle.PACKS.forYear(2022), Oracle.score("batam"));
        assertEquals("'=cmd|' calc'!A0.json", CsvReport.row(scored).get(0));
    }

    @Test
    void quotesFieldsAsRfc4180Says() {
        assertEquals("KOTA BATAM", CsvReport.field("KOTA BATAM"));
        assertEquals("\"KAB. A, B\"", CsvReport.field("KAB. A, B"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvReport.field("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvReport.field("cr\rhere"));
        assertEquals("", CsvReport.field(""));
    }

    @Test
    void writesOneWellFormedRowPerGeneratedDistrict() {
        RulePack pack = new Kla2022().rulePack();
        Input input = Input.sample(Samples.find("batam").orElseThrow());
        Property.forAll(Generators.submissions(pack)).tries(300).check(submission -> {
            ScoreCard card = ScoringEngine.score(pack, submission);
            String csv = CsvReport.render(List.of(new Evaluator.Scored(input, submission, pack, card)));
            String[] lines = csv.split("\r\n", -1);
            assertEquals(3, lines.length, csv);
            List<String> row = CsvReport.row(new Evaluator.Scored(input, submission, pack, card));
            assertEquals(CsvReport.HEADER.size(), row.size());
            assertEquals(card.total().toPlainString(), row.get(CsvReport.HEADER.indexOf("total")));
            assertEquals(card.rank().name(), row.get(CsvReport.HEADER.indexOf("rank")));
            BigDecimal lost = pack.totalMax().value().subtract(card.total());
            assertEquals(0, lost.compareTo(new BigDecimal(row.get(CsvReport.HEADER.indexOf("lost")))), csv);
            BigDecimal byCause = BigDecimal.ZERO;
            for (Loss.Cause cause : Loss.Cause.values()) {
                byCause = byCause.add(new BigDecimal(row.get(CsvReport.HEADER.indexOf("lost_" + cause.name()))));
            }
            assertEquals(0, lost.compareTo(byCause), "the causes add up to the points lost: " + csv);
        });
    }

    @Test
    void addsUpWhereTheBanyuasinPointsWentByCause() {
        List<String> row = CsvReport.row(HtmlReportTest.scored("banyuasin"));
        assertEquals("485.00", row.get(CsvReport.HEADER.indexOf("lost")));
        assertEquals("419.00", row.get(CsvReport.HEADER.indexOf("lost_BELOW_TOP")));
        assertEquals("36.00", row.get(CsvReport.HEADER.indexOf("lost_NOT_ANSWERED")));
        assertEquals("30.00", row.get(CsvReport.HEADER.indexOf("lost_EVIDENCE_INVALID")));
        assertEquals("0.00", row.get(CsvReport.HEADER.indexOf("lost_EVIDENCE_PENDING")));
        List<String> perfect = CsvReport.row(HtmlReportTest.scored("perfect"));
        for (int i = CsvReport.HEADER.indexOf("lost"); i < CsvReport.HEADER.size(); i++) {
            assertEquals("0.00", perfect.get(i), CsvReport.HEADER.get(i));
        }
    }

    @Test
    void writesAHeaderAndOneRowPerDistrictWithCrlf() {
        Evaluator.Scored batam = HtmlReportTest.scored("batam");
        Evaluator.Scored empty = HtmlReportTest.scored("empty");
        String csv = CsvReport.render(List.of(batam, empty));
        String[] lines = csv.split("\r\n", -1);
        assertEquals(4, lines.length, csv);
        assertEquals("", lines[3]);
        assertEquals("file,region_code,region_name,province,year,stage,pack,total,rank,KELEMBAGAAN,KLASTER_I,"
                + "KLASTER_II,KLASTER_III,KLASTER_IV,KLASTER_V,KELANA_DEKELA,lost,lost_NOT_ANSWERED,lost_BELOW_TOP,"
                + "lost_NO_EVIDENCE,lost_EVIDENCE_NOT_ACCEPTED,lost_EVIDENCE_INVALID,lost_EVIDENCE_MISSING,"
                + "lost_WITHOUT_LEGALITY,lost_EVIDENCE_PENDING,lost_AWARDED_BELOW_MAX", lines[0]);
        ScoreCard card = batam.card();
        StringBuilder row = new StringBuilder("sample batam,21.71,KOTA BATAM,KEPULAUAN RIAU,2022,FINAL,kla-2022,745.00,"
                + "NINDYA");
        for (Cluster cluster : Cluster.values()) {
            row.append(',').append(card.findCluster(cluster).map(c -> c.points().toPlainString()).orElse(""));
        }
        row.append(',').append(Numbers.points(new BigDecimal("1000").subtract(card.total())));
        for (Loss.Cause cause : Loss.Cause.values()) {
            row.append(',').append(Numbers.points(card.losses().stream().filter(l -> l.cause() == cause)
                    .map(Loss::points).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        assertEquals(row.toString(), lines[1]);
        assertEquals("", lines[1].split(",", -1)[CsvReport.HEADER.indexOf("KELANA_DEKELA")],
                "the 2022 pack has no Kelana/Dekela");
        assertEquals(CsvReport.HEADER.size(), lines[2].split(",", -1).length);
    }
}
