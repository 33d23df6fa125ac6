package io.github.layakanak.kla.rules.y2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.diff.Change;
import io.github.layakanak.kla.scoring.diff.PackDiff;
import io.github.layakanak.kla.scoring.diff.Replay;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Overlay;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pack diff and impact replay (issue 12) on the bundled packs and samples. They live here because this module's
 * tests see both bundled packs and the testkit's samples; kla-scoring's own tests cannot.
 */
class PackDiffReplayTest {

    private static final RulePacks PACKS = RulePacks.discover();
    private static final RulePack PACK_2022 = PACKS.get("kla-2022");
    private static final RulePack PACK_2024 = PACKS.get(Kla2024.PACK_ID);
    private static final Provenance WHAT_IF = Provenance.hypothetical("what if: bands moved for a replay test");

    private static List<Replay.Named> samples(String pack) {
        return Samples.forPack(pack).stream().map(s -> new Replay.Named(s.name(), s.submission())).toList();
    }

    /** kla-2022 with Madya from above 550 (not 600) and Nindya from above 750 (not 700). */
    private static RulePack movedBands() {
        List<RankBands.Band> bands = new ArrayList<>();
        for (RankBands.Band band : PACK_2022.bands().bands()) {
            if (band.rank() == Rank.MADYA) {
                band = new RankBands.Band(Rank.MADYA, new BigDecimal("550.00"), band.fromInclusive());
            } else if (band.rank() == Rank.NINDYA) {
                band = new RankBands.Band(Rank.NINDYA, new BigDecimal("750.00"), band.fromInclusive());
            }
            bands.add(band);
        }
        return PACK_2022.withOverlay(new Overlay("moved bands", PACK_2022.id(), WHAT_IF, Optional.empty(), Map.of(),
                Map.of(), Optional.of(new RankBands(bands, PACK_2022.bands().convention(), WHAT_IF))));
    }

    @Test
    void eachBundledPackAgainstItselfAndARankConditionSwitchedBackIsEmpty() {
        for (RulePack pack : List.of(PACK_2022, PACK_2024)) {
            assertTrue(PackDiff.between(pack, pack).isEmpty(), pack.id());
            String condition = pack.rankConditions().get(0).id();
            boolean enabled = pack.rankConditions().get(0).enabled();
            RulePack switched = pack.withRankCondition(condition, !enabled);
            assertEquals(List.of(new Change(Change.Part.RANK_CONDITION, condition, Change.Aspect.ENABLED, "",
                    Boolean.toString(enabled), Boolean.toString(!enabled))), PackDiff.between(pack, switched).rules());
            assertTrue(PackDiff.between(pack, switched.withRankCondition(condition, enabled)).isEmpty(), pack.id());
        }
    }

    @Test
    void theTwoBundledPacksDifferByTheIndicatorsEachScoresAlone() {
        PackDiff diff = PackDiff.between(PACK_2022, PACK_2024);
        Set<String> ids2022 = PACK_2022.indicators().stream().map(IndicatorRule::id).collect(Collectors.toSet());
        Set<String> ids2024 = PACK_2024.indicators().stream().map(IndicatorRule::id).collect(Collectors.toSet());
        assertEquals(PACK_2024.indicators().stream().map(IndicatorRule::id).filter(id -> !ids2022.contains(id))
                .toList(), diff.added().stream().map(PackDiff.IndicatorEntry::id).toList());
        assertEquals(PACK_2022.indicators().stream().map(IndicatorRule::id).filter(id -> !ids2024.contains(id))
                .toList(), diff.removed().stream().map(PackDiff.IndicatorEntry::id).toList());
        assertFalse(diff.changed().isEmpty());
        assertEquals(diff, PackDiff.between(PACK_2022, PACK_2024), "the same diff every time");
    }

    @Test
    void replaysTheSamplesUnderMovedBandsWithTheRisesAndFallsTheBandsMake() {
        List<Replay.Named> samples = samples("kla-2022");
        Replay replay = Replay.run(PACK_2022, movedBands(), samples);

        assertTrue(replay.unscored().isEmpty(), () -> replay.unscored().toString());
        assertEquals(samples.size(), replay.districts().size());
        Map<String, Replay.DistrictChange> byName = replay.districts().stream()
                .collect(Collectors.toMap(Replay.DistrictChange::name, d -> d));
        for (String risen : List.of("bengkalis", "edge-600")) {
            assertEquals(Replay.Movement.ROSE, byName.get(risen).movement(), risen);
            assertEquals(Rank.PRATAMA, byName.get(risen).rankA(), risen);
            assertEquals(Rank.MADYA, byName.get(risen).rankB(), risen);
        }
        assertEquals(Replay.Movement.FELL, byName.get("batam").movement());
        assertEquals(Rank.MADYA, byName.get("batam").rankB());
        replay.districts().stream().filter(d -> !Set.of("bengkalis", "edge-600", "batam").contains(d.name()))
                .forEach(d -> assertEquals(Replay.Movement.STAYED, d.movement(), d.name()));
        replay.districts().forEach(d -> assertEquals(0, d.change().signum(), "bands move no points: " + d.name()));

        assertEquals(samples.size(), replay.summary().stream().mapToInt(Replay.RankSummary::districts).sum());
        assertEquals(new Replay.RankSummary(Rank.PRATAMA, 2, 0, 2), replay.summary().stream()
                .filter(s -> s.rank() == Rank.PRATAMA).findFirst().orElseThrow());
        assertEquals(1, replay.summary().stream().mapToInt(Replay.RankSummary::fell).sum());
    }

    @Test
    void replaysAChangedMaximumWithEachDistrictsChangeOfTotal() {
        // Two indicators of one section swap ten points: the section and the total keep their maxima.
        List<IndicatorRule> section = PACK_2022.indicators().stream()
                .filter(r -> r.indicator().cluster() == PACK_2022.indicators().get(0).indicator().cluster()
                        && !r.byQuestions())
                .toList();
        IndicatorRule up = section.get(0);
        IndicatorRule down = section.get(1);
        RulePack variant = PACK_2022.withOverlay(new Overlay("swap", PACK_2022.id(), WHAT_IF, Optional.empty(),
                Map.of(), Map.of(
                        up.id(), new Overlay.IndicatorChange(Optional.of(up.max().value().add(BigDecimal.TEN)),
                                Optional.empty()),
                        down.id(), new Overlay.IndicatorChange(Optional.of(down.max().value().subtract(BigDecimal.TEN)),
                                Optional.empty())), Optional.empty()));
        PackDiff diff = PackDiff.between(PACK_2022, variant);
        assertEquals(List.of(up.id(), down.id()), diff.changed().stream().map(PackDiff.IndicatorDiff::id).toList());

        List<Replay.Named> samples = samples("kla-2022");
        Replay replay = Replay.run(PACK_2022, variant, samples);
        assertEquals(samples.size(), replay.districts().size());
        for (Replay.Named named : samples) {
            Replay.DistrictChange d = replay.districts().stream().filter(x -> x.name().equals(named.name()))
                    .findFirst().orElseThrow();
            BigDecimal expected = ScoringEngine.score(variant, named.submission()).total()
                    .subtract(ScoringEngine.score(PACK_2022, named.submission()).total());
            assertEquals(0, expected.compareTo(d.change()), named.name());
        }
        assertEquals(samples.size(), replay.summary().stream().mapToInt(Replay.RankSummary::districts).sum());
    }

    @Test
    void aSubmissionOnePackCannotScoreIsReportedAndTheOthersAreScored() {
        List<Replay.Named> mixed = new ArrayList<>(samples("kla-2022"));
        mixed.addAll(samples(Kla2024.PACK_ID));
        Replay replay = Replay.run(PACK_2022, PACK_2024, mixed);
        assertEquals(mixed.size(), replay.unscored().size(), "a pack scores only the submissions of its years");
        Replay.Unscored batam = replay.unscored().get(0);
        assertEquals("batam", batam.name());
        assertTrue(batam.problemsA().isEmpty());
        assertFalse(batam.problemsB().isEmpty());
        assertTrue(replay.districts().isEmpty());
        assertTrue(replay.summary().isEmpty());
    }
}
