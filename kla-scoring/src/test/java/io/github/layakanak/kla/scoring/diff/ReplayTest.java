package io.github.layakanak.kla.scoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.TestPacks;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final RulePack PACK = TestPacks.pack();

    private static Submission empty(int year) {
        return new Submission(RegionRegistry.of(RegionEdition.KEMENDAGRI_2025).get("21.71"), year,
                Stage.SELF_ASSESSMENT, LocalDate.of(2030, 3, 1), List.of(), Map.of());
    }

    @Test
    void aSubmissionNoPackCanScoreIsReportedAndTheRunGoesOn() {
        Replay replay = Replay.run(PACK, PACK.withRankCondition("perda-for-utama", true), List.of(
                new Replay.Named("empty.json", empty(2030)), new Replay.Named("other-year.json", empty(2031)),
                new Replay.Named("again.json", empty(2030))));
        assertEquals(List.of("empty.json", "again.json"), replay.districts().stream().map(Replay.DistrictChange::name)
                .toList());
        Replay.DistrictChange district = replay.districts().get(0);
        assertEquals(Rank.NONE, district.rankA());
        assertEquals(Replay.Movement.STAYED, district.movement());
        assertEquals(0, district.change().compareTo(BigDecimal.ZERO));
        assertEquals(1, replay.unscored().size());
        Replay.Unscored unscored = replay.unscored().get(0);
        assertEquals("other-year.json", unscored.name());
        assertFalse(unscored.problemsA().isEmpty());
        assertFalse(unscored.problemsB().isEmpty());
        assertEquals(List.of(new Replay.RankSummary(Rank.NONE, 0, 0, 2)), replay.summary());

        List<String> lines = DiffExplainer.of(Locale.forLanguageTag("id")).lines(replay);
        String text = String.join("\n", lines);
        assertTrue(text.contains("other-year.json: paket aturan test-2030 tidak dapat menilainya: /year: "), text);
        assertTrue(text.contains("Belum Berperingkat: 2 kabupaten/kota, naik 0, turun 0, tetap 2"), text);
        assertTrue(text.contains("empty.json (21.71): 0,00 Belum Berperingkat → 0,00 Belum Berperingkat (0,00), "
                + "tetap"), text);
    }
}
