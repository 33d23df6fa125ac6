package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoreComparison;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The same district scored under the 2022 and the 2024 packs gives two scorecards whose indicators line up by id,
 * and the README's mapping table says how every indicator of one pack relates to the other's. kla-rules-2022 is a
 * test dependency of this module; its pack is found by discovery.
 */
class PacksLineUpTest {

    private static final RulePacks PACKS = RulePacks.discover();
    private static final RulePack PACK_2022 = PACKS.get("kla-2022");
    private static final RulePack PACK_2024 = PACKS.get(Kla2024.PACK_ID);

    /** One row of the README's mapping table. */
    private record Row(String code2022, String id2022, String code2024, String id2024) {
    }

    @Test
    void scoresKotaBatamUnderBothPacksWithTwentyIndicatorsLiningUpById() {
        ScoreCard card2022 = ScoringEngine.score(PACK_2022, Samples.get("batam"));
        ScoreCard card2024 = ScoringEngine.score(PACK_2024, Samples.get("batam-2024"));

        Map<String, IndicatorScore> before = byId(card2022);
        Map<String, IndicatorScore> after = byId(card2024);
        Set<String> shared = new LinkedHashSet<>(before.keySet());
        shared.retainAll(after.keySet());

        assertEquals(20, shared.size(), shared.toString());
        assertEquals(Set.copyOf(List.copyOf(after.keySet()).subList(0, 20)), shared);
        for (String id : shared) {
            assertEquals(before.get(id).cluster(), after.get(id).cluster(), id);
        }
        assertEquals("10", before.get("paud-hi").code());
        assertEquals("9", after.get("paud-hi").code());
        assertEquals(Rank.NINDYA, card2022.rank());
        assertEquals(Rank.NINDYA, card2024.rank());
        assertEquals(card2022.region().code(), card2024.region().code());
    }

    @Test
    void comparesTheTwoYearsIndicatorByIndicator() {
        ScoreCard card2022 = ScoringEngine.score(PACK_2022, Samples.get("batam"));
        ScoreCard card2024 = ScoringEngine.score(PACK_2024, Samples.get("batam-2024"));

        ScoreComparison comparison = ScoringEngine.compare(card2022, card2024);

        Set<String> only2022 = comparison.indicators().stream().filter(c -> c.after().isEmpty())
                .map(ScoreComparison.IndicatorChange::indicator).collect(Collectors.toSet());
        Set<String> only2024 = comparison.indicators().stream().filter(c -> c.before().isEmpty())
                .map(ScoreComparison.IndicatorChange::indicator).collect(Collectors.toSet());
        assertEquals(Set.of("violence-exploitation-victims", "special-protection-victims", "disabilities",
                "justice-terrorism-stigma"), only2022);
        assertEquals(Set.of("special-protection-prevention", "violence-exploitation-services", "child-labour",
                "pornography-drugs-hiv-services", "disaster-conflict-services", "disability-minority-services",
                "deviant-behaviour-services", "juvenile-diversion", "terrorism-stigma-services",
                "child-friendly-sub-districts", "child-friendly-villages"), only2024);
        assertEquals(card2024.total().subtract(card2022.total()), comparison.change());
        assertEquals("kla-2022", comparison.earlierPack());
        assertEquals(Kla2024.PACK_ID, comparison.laterPack());
    }

    @Test
    void mapsEveryIndicatorOfBothPacksInTheReadmeTable() throws Exception {
        List<Row> rows = readmeTable();
        Map<String, String> codes2022 = codes(PACK_2022);
        Map<String, String> codes2024 = codes(PACK_2024);

        assertEquals(List.copyOf(codes2024.keySet()), rows.stream().map(Row::id2024).toList(),
                "every 2024 indicator once, in the recap's order");
        assertEquals(codes2022.keySet(), rows.stream().map(Row::id2022).filter(id -> !id.equals("-"))
                .collect(Collectors.toSet()), "every 2022 indicator");
        for (Row row : rows) {
            assertEquals(codes2024.get(row.id2024()), row.code2024(), row.toString());
            if (row.id2022().equals("-")) {
                assertEquals("-", row.code2022(), row.toString());
                continue;
            }
            assertEquals(codes2022.get(row.id2022()), row.code2022(), row.toString());
            boolean same = row.id2022().equals(row.id2024());
            assertEquals(same, codes2024.containsKey(row.id2022()), "a 2022 id is kept exactly when it is the same "
                    + "indicator: " + row);
            assertEquals(same, codes2022.containsKey(row.id2024()), row.toString());
            assertEquals(PACK_2022.indicator(row.id2022()).indicator().cluster(),
                    PACK_2024.indicator(row.id2024()).indicator().cluster(), row.toString());
        }
    }

    @Test
    void keepsTheStableIdsOfThe2022PackForTheFirstTwentyRows() {
        List<String> ids2022 = PACK_2022.indicators().stream().map(IndicatorRule::id).toList();
        List<String> first20 = PACK_2024.indicators().stream().limit(20).map(IndicatorRule::id).toList();

        assertTrue(ids2022.containsAll(first20));
        PACK_2024.indicators().stream().skip(20).forEach(r -> assertFalse(ids2022.contains(r.id()), r.id()));
    }

    private static Map<String, IndicatorScore> byId(ScoreCard card) {
        return card.indicators().stream().collect(Collectors.toMap(IndicatorScore::indicator, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> codes(RulePack pack) {
        Map<String, String> codes = new LinkedHashMap<>();
        pack.indicators().forEach(r -> codes.put(r.id(), r.indicator().code()));
        return codes;
    }

    /** The rows of the README table after the {@code <!-- table: id-mapping -->} marker. */
    private static List<Row> readmeTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("<!-- table: id-mapping -->");
        assertTrue(start >= 0, "the README has the mapping table");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            rows.add(new Row(cells[1].strip(), cells[2].strip().replace("`", ""), cells[3].strip(),
                    cells[4].strip().replace("`", "")));
        }
        return rows;
    }
}
