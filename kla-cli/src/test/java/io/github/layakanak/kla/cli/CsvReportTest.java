package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.rules.y2022.Kla2022;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.Generators;
import io.github.layakanak.kla.testkit.Property;
import io.github.layakanak.kla.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

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
        });
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
                + "KLASTER_II,KLASTER_III,KLASTER_IV,KLASTER_V,KELANA_DEKELA", lines[0]);
        ScoreCard card = batam.card();
        StringBuilder row = new StringBuilder("sample batam,21.71,KOTA BATAM,KEPULAUAN RIAU,2022,FINAL,kla-2022,745.00,"
                + "NINDYA");
        for (Cluster cluster : Cluster.values()) {
            row.append(',').append(card.findCluster(cluster).map(c -> c.points().toPlainString()).orElse(""));
        }
        assertEquals(row.toString(), lines[1]);
        assertEquals("", lines[1].substring(lines[1].lastIndexOf(',') + 1), "the 2022 pack has no Kelana/Dekela");
        assertEquals(CsvReport.HEADER.size(), lines[2].split(",", -1).length);
    }
}
