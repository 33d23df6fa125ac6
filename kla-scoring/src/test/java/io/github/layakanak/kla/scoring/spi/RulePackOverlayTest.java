package io.github.layakanak.kla.scoring.spi;

import static io.github.layakanak.kla.scoring.spi.PackFiles.OVERLAY;
import static io.github.layakanak.kla.scoring.spi.PackFiles.json;
import static io.github.layakanak.kla.scoring.spi.PackFiles.loader;
import static io.github.layakanak.kla.scoring.spi.PackFiles.set;
import static io.github.layakanak.kla.scoring.spi.PackFiles.text;
import static io.github.layakanak.kla.scoring.spi.PackFiles.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.OverlayStamp;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackOverlayTest {

    private static final Provenance OFFICIAL = Provenance.official("fictional ministry letter No. 1/2031, annex");

    private final RulePack pack = PackFiles.valid();

    private static RulePack apply(RulePack pack, JsonNode overlay) {
        return loader().applyOverlay(pack,
                new ByteArrayInputStream(overlay.toString().getBytes(StandardCharsets.UTF_8)), OVERLAY);
    }

    @Test
    void appliesMaximaRubricsAndBandsAsDataWithTheOverlaysProvenance() {
        RulePack official = apply(pack, tree(OVERLAY));

        assertEquals(new Quantity(new BigDecimal("25"), OFFICIAL), official.indicator("perda-kla").max());
        DocumentLadder ladder = (DocumentLadder) official.indicator("perda-kla").rubric().orElseThrow();
        assertEquals(OFFICIAL, ladder.provenance());
        assertEquals(0, new BigDecimal("0.5").compareTo(ladder.fractions().get(DocumentLevel.PERKADA_OR_SK)));
        assertEquals(new Quantity(BigDecimal.TEN, OFFICIAL), official.indicator("akta-lahir").max());
        assertEquals(pack.indicator("akta-lahir").rubric(), official.indicator("akta-lahir").rubric(), "kept");
        assertEquals(Provenance.sourced("fictional district recap"),
                official.indicator("gizi").rubric().orElseThrow().provenance(), "the rubric's own");
        assertEquals(pack.indicator("gizi").max(), official.indicator("gizi").max(), "kept");
        assertEquals(new Quantity(new BigDecimal("45"), OFFICIAL), official.findSection(Cluster.KELEMBAGAAN).orElseThrow().max());
        assertEquals(pack.findSection(Cluster.KLASTER_III), official.findSection(Cluster.KLASTER_III));
        assertEquals(pack.totalMax(), official.totalMax());
        assertEquals(OFFICIAL, official.bands().provenance());
        assertEquals(pack.bands().convention(), official.bands().convention());
        assertEquals(Rank.NONE, official.bands().rankOf(new BigDecimal("54.99")));
        assertEquals(Rank.PRATAMA, official.bands().rankOf(new BigDecimal("55")));
        assertEquals(pack.indicator("forum-anak"), official.indicator("forum-anak"));
    }

    @Test
    void stampsTheOverlayAndChangesTheHash() {
        RulePack official = apply(pack, tree(OVERLAY));
        String overlaySha = official.findOverlay().orElseThrow().sha256();

        assertEquals(new OverlayStamp("Fictional official table 2031", overlaySha, OFFICIAL),
                official.findOverlay().orElseThrow());
        assertTrue(overlaySha.matches("[0-9a-f]{64}"));
        assertEquals(official.sha256(), loader().parse(loader().write(official), "written.json").sha256(),
                "the hash of the overlaid content");
        assertNotEquals(pack.sha256(), official.sha256());
        assertTrue(pack.findOverlay().isEmpty(), "the pack itself is unchanged");
    }

    @Test
    void hashesTheOverlayByItsCanonicalForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(OVERLAY);
        Files.writeString(file, tree(OVERLAY).toPrettyString());
        String fromFile = loader().applyOverlay(pack, file).sha256();

        assertEquals(apply(pack, tree(OVERLAY)).sha256(), fromFile);
        ObjectNode changed = tree(OVERLAY);
        set(changed, "/sections/KELEMBAGAAN", 45.0);
        set(changed, "/indicators/akta-lahir/max", 10);
        assertEquals(fromFile, apply(pack, changed).sha256(), "45.0 is 45");
        set(changed, "/bands/ranks/1/from", 56);
        assertNotEquals(fromFile, apply(pack, changed).sha256());
    }

    @Test
    void rejectsAnOverlayForAnotherPack() {
        ObjectNode overlay = tree(OVERLAY);
        overlay.put("pack", "kla-2022");

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals(OVERLAY, e.pack());
        assertEquals(List.of("/pack: the overlay is for pack [kla-2022], but was applied to pack [test-2031]"),
                e.problems());
    }

    @Test
    void rejectsAnUnknownIndicatorAndAnUnknownSection() {
        ObjectNode overlay = tree(OVERLAY);
        ((ObjectNode) overlay.get("indicators")).set("no/such", json("{\"max\": 1}"));
        set(overlay, "/sections/KLASTER_V", 10);

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals(OVERLAY, e.pack());
        assertEquals(List.of(
                "/sections/KLASTER_V: pack [test-2031] has no section [KLASTER_V]; it has [KELEMBAGAAN, KLASTER_I, "
                        + "KLASTER_III]",
                "/indicators/no~1such: pack [test-2031] has no indicator [no/such]"), e.problems());
    }

    @Test
    void rejectsARubricForAnIndicatorScoredByQuestions() {
        ObjectNode overlay = tree(OVERLAY);
        set(overlay, "/indicators/forum-anak", json("{\"rubric\": {\"kind\": \"PROPORTIONAL\", "
                + "\"direction\": \"HIGHER_IS_BETTER\"}}"));

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals(List.of("/indicators/forum-anak/rubric: indicator [forum-anak] is scored by questions; an "
                + "overlay can change its max but not give it a rubric"), e.problems());
    }

    @Test
    void rejectsAnOverlayWithoutProvenance() {
        ObjectNode overlay = tree(OVERLAY);
        overlay.remove("provenance");

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals(List.of("/provenance: provenance is missing; every number needs one: an object "
                + "{\"kind\", \"source\"}"), e.problems());
    }

    @Test
    void rejectsAnUnknownFieldInTheOverlayAtItsPointer() {
        ObjectNode overlay = tree(OVERLAY);
        set(overlay, "/indicators/gizi/weight", 3);

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals(OVERLAY, e.pack());
        assertTrue(e.problems().get(0).startsWith("/indicators/gizi/weight: unknown field; expected one of [max, "
                + "rubric]"), e.problems().get(0));
    }

    @Test
    void rejectsAnOverlayThatBreaksTheSums() {
        ObjectNode overlay = tree(OVERLAY);
        set(overlay, "/indicators/perda-kla/max", 30);

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals("test-2031", e.pack());
        assertEquals(List.of(
                "/indicators: the indicators' maxima must sum to totalMax 100, but sum to 105",
                "/sections/0/max: the maxima of the indicators in section [KELEMBAGAAN] must sum to the section's "
                        + "max 45, but sum to 50"), e.problems());
    }

    @Test
    void rejectsAnOverlayRubricThatCannotReachOne() {
        ObjectNode overlay = tree(OVERLAY);
        set(overlay, "/indicators/perda-kla/rubric/fractions/PERDA", 0.9);

        RulePackException e = assertThrows(RulePackException.class, () -> apply(pack, overlay));

        assertEquals(List.of("/indicators/0/rubric: the largest fraction is 0.9, so the maximum can never be "
                + "reached; the best answer must earn 1"), e.problems());
    }

    @Test
    void appliesAnEmptyOverlayAsAStampOnly() {
        RulePack stamped = apply(pack, json("{\"overlay\": \"nothing\", \"pack\": \"test-2031\", "
                + "\"provenance\": {\"kind\": \"OFFICIAL\", \"source\": \"no change\"}}"));

        assertEquals(pack.indicators(), stamped.indicators());
        assertEquals("nothing", stamped.findOverlay().orElseThrow().name());
        assertEquals(pack.sha256(), stamped.sha256(), "the same rules: the stamp alone says an overlay was applied");
        assertSame(pack.stageRules(), stamped.stageRules());
    }

    @Test
    void readsTheOverlayResourceAsShipped() {
        RulePack official = loader().applyOverlay(pack,
                new ByteArrayInputStream(text(OVERLAY).getBytes(StandardCharsets.UTF_8)), OVERLAY);

        assertEquals(apply(pack, tree(OVERLAY)).sha256(), official.sha256());
    }
}
