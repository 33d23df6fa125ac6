package io.github.layakanak.kla.scoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.TestPacks;
import io.github.layakanak.kla.scoring.diff.Change.Aspect;
import io.github.layakanak.kla.scoring.diff.Change.Part;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Overlay;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.PercentBands;
import io.github.layakanak.kla.scoring.rubric.Proportional;
import io.github.layakanak.kla.model.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PackDiffTest {

    private static final RulePack PACK = TestPacks.pack();
    private static final Provenance TABLE = Provenance.official("test official table");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Overlay overlay(Map<String, Overlay.IndicatorChange> indicators, Optional<RankBands> bands) {
        return new Overlay("test table", PACK.id(), TABLE, Optional.empty(), Map.of(), indicators, bands);
    }

    private static Overlay.IndicatorChange max(String value) {
        return new Overlay.IndicatorChange(Optional.of(n(value)), Optional.empty());
    }

    private static Overlay.IndicatorChange rubric(Rubric rubric) {
        return new Overlay.IndicatorChange(Optional.empty(), Optional.of(rubric));
    }

    private static List<Change> changesOf(PackDiff diff, String indicator) {
        return diff.changed().stream().filter(d -> d.id().equals(indicator)).findFirst().orElseThrow().changes();
    }

    @Test
    void aPackAgainstItselfOrAnEqualCopyIsEmpty() {
        assertTrue(PackDiff.between(PACK, PACK).isEmpty());
        assertTrue(PackDiff.between(PACK, TestPacks.pack()).isEmpty());
        assertTrue(PackDiff.between(PACK, PACK.toBuilder().build()).isEmpty());
    }

    @Test
    void aRankConditionSwitchedOnIsOneChangeAndSwitchedBackNone() {
        RulePack on = PACK.withRankCondition("perda-for-utama", true);
        PackDiff diff = PackDiff.between(PACK, on);
        assertEquals(List.of(new Change(Part.RANK_CONDITION, "perda-for-utama", Aspect.ENABLED, "", "false", "true")),
                diff.rules());
        assertTrue(diff.added().isEmpty() && diff.removed().isEmpty() && diff.changed().isEmpty());
        assertTrue(PackDiff.between(PACK, on.withRankCondition("perda-for-utama", false)).isEmpty());
    }

    @Test
    void aChangedMaximumIsReportedOnceWithItsProvenance() {
        RulePack official = PACK.withOverlay(overlay(Map.of("birth-certificates", max("25"), "child-marriage",
                max("5")), Optional.empty()));
        PackDiff diff = PackDiff.between(PACK, official);
        assertEquals(List.of("birth-certificates", "child-marriage"),
                diff.changed().stream().map(PackDiff.IndicatorDiff::id).toList(), "in the pack's order");
        assertEquals(List.of(
                new Change(Part.INDICATOR_MAX, "", Aspect.VALUE, "", "20", "25"),
                new Change(Part.INDICATOR_MAX, "", Aspect.PROVENANCE_KIND, "", "HYPOTHETICAL", "OFFICIAL"),
                new Change(Part.INDICATOR_MAX, "", Aspect.PROVENANCE_SOURCE, "", "test stand-in",
                        "test official table")), changesOf(diff, "birth-certificates"));
        assertTrue(diff.rules().isEmpty(), "no rule of the pack itself changed: " + diff.rules());
        assertTrue(PackDiff.between(official, official).isEmpty());
    }

    @Test
    void aSourceInBothLanguagesChangesOncePerLanguageAndIsSaidInTheReadersOwn() {
        Provenance table = Provenance.official("tabel resmi uji", "test official table");
        PackDiff diff = PackDiff.between(PACK, PACK.withOverlay(new Overlay("test table", PACK.id(), table,
                Optional.empty(), Map.of(), Map.of("birth-certificates", max("25"), "child-marriage", max("5")),
                Optional.empty())));

        assertEquals(List.of(
                new Change(Part.INDICATOR_MAX, "", Aspect.VALUE, "", "20", "25"),
                new Change(Part.INDICATOR_MAX, "", Aspect.PROVENANCE_KIND, "", "HYPOTHETICAL", "OFFICIAL"),
                new Change(Part.INDICATOR_MAX, "", Aspect.PROVENANCE_SOURCE, "id", "test stand-in", "tabel resmi uji"),
                new Change(Part.INDICATOR_MAX, "", Aspect.PROVENANCE_SOURCE, "en", "test stand-in",
                        "test official table")), changesOf(diff, "birth-certificates"));
        String indonesian = String.join("\n", DiffExplainer.of(Locale.forLanguageTag("id")).lines(diff));
        String english = String.join("\n", DiffExplainer.of(Locale.ENGLISH).lines(diff));
        assertTrue(indonesian.contains("nilai maksimum indikator, sumber: test stand-in → tabel resmi uji"), indonesian);
        assertFalse(indonesian.contains("test official table"), indonesian);
        assertTrue(english.contains(", source: test stand-in → test official table"), english);
        assertFalse(english.contains("tabel resmi uji"), english);
    }

    @Test
    void aRubricsParametersAndItsKindAreReportedOnce() {
        Rubric bands = new PercentBands(Direction.HIGHER_IS_BETTER, List.of(
                new PercentBands.Band(n("0"), n("0")), new PercentBands.Band(n("50"), n("0.5")),
                new PercentBands.Band(n("80"), n("1"))), TestPacks.pack().indicator("birth-certificates").rubric()
                .orElseThrow().provenance());
        PackDiff parameters = PackDiff.between(PACK, PACK.withOverlay(overlay(Map.of("birth-certificates",
                rubric(bands)), Optional.empty())));
        List<Change> changes = changesOf(parameters, "birth-certificates");
        assertEquals(1, changes.size(), changes::toString);
        assertEquals(Part.RUBRIC, changes.get(0).part());
        assertEquals(Aspect.PARAMETER, changes.get(0).aspect());
        assertEquals("bands", changes.get(0).field());

        PackDiff kind = PackDiff.between(PACK, PACK.withOverlay(overlay(Map.of("birth-certificates",
                rubric(new Proportional(Direction.HIGHER_IS_BETTER, TABLE))), Optional.empty())));
        List<Change> kindChanges = changesOf(kind, "birth-certificates");
        assertEquals(1, kindChanges.stream().filter(c -> c.aspect() == Aspect.KIND && c.part() == Part.INDICATOR)
                .count(), kindChanges::toString);
        assertEquals(1, kindChanges.stream().filter(c -> c.aspect() == Aspect.KIND && c.part() == Part.RUBRIC)
                .count(), kindChanges::toString);
        assertTrue(kindChanges.contains(new Change(Part.RUBRIC, "", Aspect.PROVENANCE_KIND, "", "HYPOTHETICAL",
                "OFFICIAL")), kindChanges::toString);
    }

    @Test
    void aMovedBandIsOneChange() {
        List<RankBands.Band> moved = new ArrayList<>(PACK.bands().bands());
        moved.set(2, new RankBands.Band(Rank.MADYA, n("55"), false));
        RankBands bands = new RankBands(moved, PACK.bands().convention(), PACK.bands().provenance());
        PackDiff diff = PackDiff.between(PACK, PACK.withOverlay(overlay(Map.of(), Optional.of(bands))));
        assertEquals(List.of(new Change(Part.BAND, "MADYA", Aspect.VALUE, "", "60", "55")), diff.rules());
        assertTrue(diff.changed().isEmpty());
    }

    @Test
    void anIndicatorRenamedIsOneRemovedAndOneAdded() {
        List<IndicatorRule> indicators = new ArrayList<>();
        for (IndicatorRule rule : PACK.indicators()) {
            if (rule.id().equals("child-marriage")) {
                Indicator i = rule.indicator();
                rule = new IndicatorRule(new Indicator("child-marriage-rate", i.code(), i.cluster(), i.nameId(),
                        i.nameEn(), i.measurement(), i.acceptedEvidence(), i.questions()), rule.max(), rule.rubric(),
                        rule.questions(), rule.capProvenance(), rule.evidenceRequired());
            }
            indicators.add(rule);
        }
        PackDiff diff = PackDiff.between(PACK, PACK.toBuilder().indicators(indicators).build());
        assertEquals(List.of(new PackDiff.IndicatorEntry("child-marriage", "7",
                new Message.Text("child-marriage", "child-marriage"), Cluster.KLASTER_I, n("10"))),
                diff.removed());
        assertEquals(List.of("child-marriage-rate"), diff.added().stream().map(PackDiff.IndicatorEntry::id).toList());
        assertTrue(diff.changed().isEmpty() && diff.rules().isEmpty());
    }

    @Test
    void saysEveryChangeInBothLanguagesWithoutTheNamesOfTheCode() {
        List<RankBands.Band> moved = new ArrayList<>(PACK.bands().bands());
        moved.set(2, new RankBands.Band(Rank.MADYA, n("55"), false));
        RulePack changed = PACK.withOverlay(overlay(Map.of("birth-certificates", max("25"), "child-marriage",
                max("5")), Optional.of(new RankBands(moved, PACK.bands().convention(), PACK.bands().provenance()))))
                .withRankCondition("perda-for-utama", true);
        PackDiff diff = PackDiff.between(PACK, changed);
        List<String> codeNames = Stream.concat(Arrays.stream(Part.values()), Arrays.stream(Aspect.values()))
                .map(Enum::name).toList();
        for (String language : List.of("id", "en")) {
            List<String> lines = DiffExplainer.of(Locale.forLanguageTag(language)).lines(diff);
            String text = String.join("\n", lines);
            assertFalse(text.contains("diff."), "a key without words:\n" + text);
            for (String name : codeNames) {
                assertFalse(text.matches("(?s).*\\b" + name + "\\b.*"), name + " in:\n" + text);
            }
            assertTrue(text.contains("Madya"), text);
            assertFalse(text.contains("MADYA"), text);
        }
        List<String> indonesian = DiffExplainer.of(Locale.forLanguageTag("id")).lines(diff);
        assertTrue(indonesian.contains("      nilai maksimum indikator: 20 → 25"), String.join("\n", indonesian));
        assertTrue(indonesian.contains("  rentang nilai peringkat Madya: 60 → 55"), String.join("\n", indonesian));
        assertTrue(indonesian.contains("  syarat peringkat perda-for-utama, berlaku: tidak → ya"),
                String.join("\n", indonesian));
        assertEquals(List.of("Perbedaan paket aturan test-2030 → test-2030", "  Tidak ada perbedaan: kedua paket "
                + "aturan menilai dengan aturan dan sumber yang sama"),
                DiffExplainer.of(Locale.forLanguageTag("id")).lines(PackDiff.between(PACK, PACK)));
    }

    @Test
    void writesTheNumbersOfAChangeWithTheDecimalMarkOfTheLanguage() {
        List<RankBands.Band> moved = new ArrayList<>(PACK.bands().bands());
        moved.set(2, new RankBands.Band(Rank.MADYA, n("55.5"), false));
        PackDiff diff = PackDiff.between(PACK, PACK.withOverlay(overlay(Map.of("birth-certificates", max("22.50"),
                "child-marriage", max("7.50")),
                Optional.of(new RankBands(moved, PACK.bands().convention(), PACK.bands().provenance())))));
        assertEquals(new Change(Part.INDICATOR_MAX, "", Aspect.VALUE, "", "20", "22.50"),
                changesOf(diff, "birth-certificates").get(0), "the record keeps the plain number");
        List<String> indonesian = DiffExplainer.of(Locale.forLanguageTag("id")).lines(diff);
        List<String> english = DiffExplainer.of(Locale.ENGLISH).lines(diff);
        assertTrue(indonesian.contains("      nilai maksimum indikator: 20 → 22,50"), String.join("\n", indonesian));
        assertTrue(indonesian.contains("  rentang nilai peringkat Madya: 60 → 55,5"), String.join("\n", indonesian));
        assertTrue(english.stream().anyMatch(l -> l.endsWith(": 20 → 22.50")), String.join("\n", english));
        assertTrue(english.stream().anyMatch(l -> l.endsWith(": 60 → 55.5")), String.join("\n", english));
        assertFalse(String.join("\n", indonesian).matches("(?s).*\\d\\.\\d.*"), String.join("\n", indonesian));
    }

    @Test
    void aChangedNameIsSaidInTheLanguageAskedNotAsTheJsonOfBoth() {
        Change renamed = new Change(Part.INDICATOR, "", Aspect.DEFINITION, "name",
                "{\"en\":\"Birth certificates\",\"id\":\"Akta kelahiran\"}",
                "{\"en\":\"Birth certificates held\",\"id\":\"Kepemilikan akta kelahiran\"}");
        String indonesian = DiffExplainer.of(Locale.forLanguageTag("id")).change(renamed);
        String english = DiffExplainer.of(Locale.ENGLISH).change(renamed);
        assertTrue(indonesian.endsWith(": Akta kelahiran → Kepemilikan akta kelahiran"), indonesian);
        assertTrue(english.endsWith(": Birth certificates → Birth certificates held"), english);
        Change measured = new Change(Part.INDICATOR, "", Aspect.DEFINITION, "measurement", "{\"unit\":\"%\"}",
                "{\"unit\":\"\"}");
        assertTrue(DiffExplainer.of(Locale.ENGLISH).change(measured).endsWith("{\"unit\":\"%\"} → {\"unit\":\"\"}"));
    }
}
