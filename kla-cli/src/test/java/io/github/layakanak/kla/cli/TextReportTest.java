package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void tablesEverySectionWithItsPointsAndMaximumAndTheTotal() {
        Evaluator.Scored batam = HtmlReportTest.scored("batam");
        List<String> lines = TextReport.render(batam, Lang.ID).lines().toList();
        assertEquals("KOTA BATAM, KEPULAUAN RIAU (21.71)", lines.get(0));
        assertEquals("Tahun 2022 · Verifikasi Final · paket kla-2022", lines.get(1));
        for (ClusterScore cluster : batam.card().clusters()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(cluster.cluster().labelId() + " ")
                    && l.endsWith(" " + Numbers.points(cluster.points()) + "  " + String.format("%6s",
                            Numbers.plain(cluster.max())))), cluster::toString);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("Total +745\\.00 +1000")), lines::toString);
    }

    @Test
    void showsTheRankTheGateAndTheRangeInTheLanguageAsked() {
        Evaluator.Scored batam = HtmlReportTest.scored("batam");
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
        Evaluator.Scored banyuasin = HtmlReportTest.scored("banyuasin");
        ScoreCard card = banyuasin.card();
        List<String> lines = TextReport.render(banyuasin, Lang.EN).lines().filter(l -> l.startsWith("  ") && l.trim().startsWith("-")).toList();
        assertEquals(card.deficiencies().size(), lines.size());
        List<Deficiency> sorted = Numbers.largestFirst(card);
        for (int i = 0; i < lines.size(); i++) {
            Deficiency deficiency = sorted.get(i);
            assertTrue(lines.get(i).trim().startsWith("-" + Numbers.points(deficiency.cost()) + "  ["), lines.get(i));
            assertTrue(lines.get(i).contains(deficiency.indicator() + ": "
                    + Lang.EN.explainer(banyuasin.pack()).deficiency(deficiency)), lines.get(i));
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
    void summarisesABatchOnOneLineTheHighestRankFirst() {
        Map<Rank, Integer> ranks = new EnumMap<>(Rank.class);
        ranks.put(Rank.NINDYA, 2);
        ranks.put(Rank.NONE, 1);
        assertEquals("kla: scored 3, failed 1; KLA 0, Utama 0, Nindya 2, Madya 0, Pratama 0, No rank 1",
                TextReport.summary(3, 1, ranks, Lang.EN));
        assertEquals("kla: dinilai 3, gagal 1; KLA 0, Utama 0, Nindya 2, Madya 0, Pratama 0, Belum Berperingkat 1",
                TextReport.summary(3, 1, ranks, Lang.ID));
    }

    @Test
    void writesPointsWithTwoDecimalsAndMaximaPlain() {
        assertEquals("40.00", Numbers.points(new BigDecimal("40")));
        assertEquals("37.50", Numbers.points(new BigDecimal("37.5")));
        assertEquals("0.125", Numbers.points(new BigDecimal("0.125")));
        assertEquals("1000", Numbers.plain(new BigDecimal("1E+3")));
        assertEquals("12.5", Numbers.plain(new BigDecimal("12.50")));
        assertEquals("0", Numbers.plain(new BigDecimal("0.00")));
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
