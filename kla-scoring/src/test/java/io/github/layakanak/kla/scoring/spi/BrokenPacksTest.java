package io.github.layakanak.kla.scoring.spi;

import static io.github.layakanak.kla.scoring.spi.PackFiles.OVERLAY;
import static io.github.layakanak.kla.scoring.spi.PackFiles.PACK;
import static io.github.layakanak.kla.scoring.spi.PackFiles.json;
import static io.github.layakanak.kla.scoring.spi.PackFiles.loader;
import static io.github.layakanak.kla.scoring.spi.PackFiles.remove;
import static io.github.layakanak.kla.scoring.spi.PackFiles.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.scoring.RulePackException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken packs and overlays (issue 13): each is refused when it is loaded or applied, never later
 * while scoring, and with its own message. Each row breaks the test pack (or applies a broken overlay to it) and
 * names the whole list of problems the loader reports, so a row refused for another reason as well fails.
 */
class BrokenPacksTest {

    private static final String OVERLAY_HEAD = "{\"overlay\": \"broken\", \"pack\": \"test-2031\", "
            + "\"provenance\": {\"kind\": \"OFFICIAL\", \"source\": \"fictional ministry letter\"}, ";

    /** One broken pack or overlay: what it breaks, how, and every problem expected, in order. */
    record Broken(String name, String file, Consumer<ObjectNode> pack, String overlay, List<String> problems) {

        static Broken pack(String name, Consumer<ObjectNode> breakIt, String... problems) {
            return new Broken(name, PACK, breakIt, "", List.of(problems));
        }

        static Broken overlay(String name, String overlay, String... problems) {
            return new Broken(name, OVERLAY, p -> { }, overlay, List.of(problems));
        }

        List<String> reported() {
            ObjectNode tree = PackFiles.tree(PACK);
            pack.accept(tree);
            RulePackException e = assertThrows(RulePackException.class, () -> {
                var loaded = PackFiles.load(tree);
                if (!overlay.isEmpty()) {
                    loader().applyOverlay(loaded, new ByteArrayInputStream(overlay.getBytes(StandardCharsets.UTF_8)),
                            OVERLAY);
                }
            });
            return e.problems();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> broken() {
        return Stream.of(
                Broken.pack("indicator maxima that miss the total", p -> set(p, "/indicators/2/max/value", 14),
                        "/indicators: the indicators' maxima must sum to totalMax 100, but sum to 99",
                        "/sections/1/max: the maxima of the indicators in section [KLASTER_I] must sum to the "
                                + "section's max 30, but sum to 29"),
                Broken.pack("section maxima that miss the total", p -> set(p, "/totalMax/value", 110),
                        "/indicators: the indicators' maxima must sum to totalMax 110, but sum to 100",
                        "/sections: the sections' maxima must sum to totalMax 110, but sum to 100"),
                Broken.pack("overlapping bands", p -> set(p, "/bands/ranks/3/from", 60),
                        "/bands/ranks/3/from: band lower bounds must be strictly ascending, but 60 follows 60"),
                Broken.pack("bands out of order", p -> set(p, "/bands/ranks/3/from", 55),
                        "/bands/ranks/3/from: band lower bounds must be strictly ascending, but 55 follows 60"),
                Broken.pack("a gap below the first band", p -> set(p, "/bands/ranks/0/from", 10),
                        "/bands/ranks/0/from: the first band must start at 0, but starts at 10"),
                Broken.pack("a gap at 0", p -> set(p, "/bands/ranks/0/fromInclusive", false),
                        "/bands/ranks/0/fromInclusive: the first band must include 0, but excludes it"),
                Broken.pack("an empty top band", p -> set(p, "/bands/ranks/5/from", 100),
                        "/bands/ranks/5/from: the band of [KLA] is empty: its lower bound 100 must be below totalMax "
                                + "100, or equal to it and inclusive",
                        "/bands/ranks/5/from: rank [KLA] can never be reached: it needs more than 100, but the "
                                + "indicators can earn at most 100"),
                Broken.pack("a rank the indicators cannot reach", p -> {
                    set(p, "/indicators/0/rubric/fractions/PERDA", 0.8);
                    set(p, "/bands/ranks/5/from", 97);
                }, "/indicators/0/rubric: the largest fraction is 0.8, so the maximum can never be reached; the best "
                        + "answer must earn 1",
                        "/bands/ranks/5/from: rank [KLA] can never be reached: it needs more than 97, but the "
                                + "indicators can earn at most 96"),
                Broken.pack("a document ladder with a hole", p -> remove(p, "/indicators/0/rubric/fractions/DRAFT"),
                        "/indicators/0/rubric/fractions: the ladder must give every document level, but misses "
                                + "[DRAFT]"),
                Broken.pack("percentages below the first band", p -> set(p, "/indicators/2/rubric/bands/0/from", 10),
                        "/indicators/2/rubric/bands/0/from: the first band must start at 0, but starts at 10"),
                Broken.pack("counts below the first threshold",
                        p -> remove(p, "/indicators/3/questions/0/rubric/thresholds/0"),
                        "/indicators/3/questions/0/rubric/thresholds/0/atLeast: the first threshold must be at 0, "
                                + "but is at 1"),
                Broken.pack("a functioning ladder with a hole",
                        p -> remove(p, "/indicators/1/rubric/items/0/rubric/fractions/PARTIAL"),
                        "/indicators/1/rubric/items/0/rubric/fractions: the ladder must give every functioning "
                                + "level, but misses [PARTIAL]"),
                Broken.pack("a target below zero", p -> set(p, "/indicators/4/rubric/target", -5),
                        "/indicators/4/rubric/target: the target must not be negative, but is -5"),
                Broken.pack("a missing provenance", p -> remove(p, "/indicators/2/max/provenance"),
                        "/indicators/2/max/provenance: provenance is missing; every number needs one: an object "
                                + "{\"kind\", \"source\"} or the name of an entry of /provenances"),
                Broken.pack("a provenance named nowhere", p -> set(p, "/indicators/2/rubric/provenance", "official"),
                        "/indicators/2/rubric/provenance: no provenance is named [official]; named provenances are "
                                + "[stand-in, brief]"),
                Broken.pack("duplicate indicator ids", p -> set(p, "/indicators/5/id", "gizi"),
                        "/indicators/5/id: indicator ids must be unique, but [gizi] is also the id of /indicators/4"),
                Broken.pack("duplicate question codes", p -> set(p, "/indicators/3/questions/2/code", "4a"),
                        "/indicators/3/questions/2/code: question codes must be unique within the indicator, but "
                                + "[4a] appears twice"),
                Broken.pack("an undeclared cluster", p -> set(p, "/indicators/5/cluster", "KLASTER_V"),
                        "/indicators/5/cluster: indicator [puskesmas] is in section [KLASTER_V], which the pack does "
                                + "not declare; declared sections are [KELEMBAGAAN, KLASTER_I, KLASTER_III]",
                        "/sections/2/max: the maxima of the indicators in section [KLASTER_III] must sum to the "
                                + "section's max 30, but sum to 15"),
                Broken.pack("a cluster that does not exist", p -> set(p, "/indicators/0/cluster", "KLASTER_VI"),
                        "/indicators/0/cluster: [KLASTER_VI] is not one of [KELEMBAGAAN, KLASTER_I, KLASTER_II, "
                                + "KLASTER_III, KLASTER_IV, KLASTER_V, KELANA_DEKELA]"),
                Broken.pack("a rank condition on NONE", p -> set(p, "/rankConditions/0/rank", "NONE"),
                        "/rankConditions/0/rank: rank condition [perda-for-utama] must hold back a rank above NONE, "
                                + "but names NONE"),
                Broken.pack("a rank condition on evidence the indicator refuses",
                        p -> set(p, "/rankConditions/0/evidenceType", "REPORT"),
                        "/rankConditions/0/evidenceType: rank condition [perda-for-utama] needs evidence of type "
                                + "[REPORT], which indicator [perda-kla] does not accept, so it can never be met; the "
                                + "indicator accepts [PERDA, PERKADA, SK]"),
                Broken.pack("a negative indicator maximum", p -> {
                    set(p, "/indicators/0/max/value", -20);
                    set(p, "/indicators/1/max/value", 60);
                }, "/indicators/0/max/value: a maximum must not be negative, but is -20"),
                Broken.pack("a negative section maximum", p -> {
                    set(p, "/sections/0/max/value", -40);
                    set(p, "/sections/1/max/value", 110);
                }, "/sections/0/max/value: a maximum must not be negative, but is -40",
                        "/sections/0/max: the maxima of the indicators in section [KELEMBAGAAN] must sum to the "
                                + "section's max -40, but sum to 40",
                        "/sections/1/max: the maxima of the indicators in section [KLASTER_I] must sum to the "
                                + "section's max 110, but sum to 30"),
                Broken.pack("a negative question maximum", p -> set(p, "/indicators/3/questions/1/max/value", -5),
                        "/indicators/3/questions/1: maxPoints of question [4b] must not be negative, but was [-5]"),
                Broken.pack("a total maximum of zero", p -> set(p, "/totalMax/value", 0),
                        "/totalMax/value: totalMax must be above 0, but is 0",
                        "/indicators: the indicators' maxima must sum to totalMax 0, but sum to 100",
                        "/sections: the sections' maxima must sum to totalMax 0, but sum to 100"),
                Broken.pack("a gate above the total maximum", p -> set(p, "/gate/threshold/value", 120),
                        "/gate/threshold/value: the gate's threshold must be in [0, totalMax 100], but is 120"),
                Broken.pack("a gate below zero", p -> set(p, "/gate/threshold/value", -1),
                        "/gate/threshold/value: the gate's threshold must be in [0, totalMax 100], but is -1"),
                Broken.pack("a gate at the maximum that no total passes", p -> set(p, "/gate/threshold/value", 100),
                        "/gate/inclusive: a gate at totalMax 100 must be inclusive, or no total passes it"),
                Broken.pack("a rubric kind that does not fit the measurement",
                        p -> set(p, "/indicators/2/measurement/kind", "COUNT"),
                        "/indicators/2/measurement/kind: it measures COUNT, but its PERCENT_BANDS rubric rates "
                                + "[PERCENTAGE]"),
                Broken.pack("a question whose rubric does not fit its kind",
                        p -> set(p, "/indicators/3/questions/2/kind", "PRESENCE"),
                        "/indicators/3/questions/2/kind: it measures PRESENCE, but its PROPORTIONAL rubric rates "
                                + "[PERCENTAGE]"),
                Broken.pack("stage rules that miss a stage", p -> remove(p, "/stages/counting/FINAL"),
                        "/stages/counting: the stage rules must name every stage, but miss [FINAL]"),
                Broken.pack("composite weights that miss 1", p -> set(p, "/indicators/1/rubric/items/0/weight", 0.5),
                        "/indicators/1/rubric/items: the items' weights must sum to exactly 1, but sum to 1.1"),
                Broken.pack("questions above the maximum without a cap", p -> remove(p, "/indicators/3/cap"),
                        "/indicators/3/cap: the questions' maxima sum to 20, above the indicator's max 15, so the "
                                + "indicator needs a cap with provenance"),
                Broken.overlay("an overlay naming an unknown indicator",
                        OVERLAY_HEAD + "\"indicators\": {\"no-such-indicator\": {\"max\": 5}}}",
                        "/indicators/no-such-indicator: pack [test-2031] has no indicator [no-such-indicator]"),
                Broken.overlay("an overlay naming an unknown section", OVERLAY_HEAD + "\"sections\": {\"KLASTER_V\": 10}}",
                        "/sections/KLASTER_V: pack [test-2031] has no section [KLASTER_V]; it has [KELEMBAGAAN, "
                                + "KLASTER_I, KLASTER_III]"),
                Broken.overlay("a negative maximum in an overlay",
                        OVERLAY_HEAD + "\"indicators\": {\"perda-kla\": {\"max\": -20}, \"kelembagaan\": {\"max\": 60}}}",
                        "/indicators/perda-kla/max: a maximum must not be negative, but is -20"),
                Broken.overlay("a negative section maximum in an overlay",
                        OVERLAY_HEAD + "\"sections\": {\"KELEMBAGAAN\": -40}}",
                        "/sections/KELEMBAGAAN: a maximum must not be negative, but is -40"),
                Broken.overlay("a negative total maximum in an overlay", OVERLAY_HEAD + "\"totalMax\": -100}",
                        "/totalMax: totalMax must be above 0, but is -100"),
                Broken.overlay("an overlay whose maxima miss the total", OVERLAY_HEAD + "\"totalMax\": 1000}",
                        "/indicators: the indicators' maxima must sum to totalMax 1000, but sum to 100",
                        "/sections: the sections' maxima must sum to totalMax 1000, but sum to 100"),
                Broken.overlay("an overlay with overlapping bands", OVERLAY_HEAD + "\"bands\": {\"ranks\": ["
                        + "{\"rank\": \"NONE\", \"from\": 0, \"fromInclusive\": true}, "
                        + "{\"rank\": \"PRATAMA\", \"from\": 60, \"fromInclusive\": true}, "
                        + "{\"rank\": \"MADYA\", \"from\": 60, \"fromInclusive\": false}]}}",
                        "/bands/ranks/2/from: band lower bounds must be strictly ascending, but 60 follows 60"),
                Broken.overlay("an overlay whose rubric does not fit the measurement", OVERLAY_HEAD
                        + "\"indicators\": {\"akta-lahir\": {\"rubric\": {\"kind\": \"PRESENCE\", \"present\": 1, "
                        + "\"absent\": 0}}}}",
                        "/indicators/2/measurement/kind: it measures PERCENTAGE, but its PRESENCE rubric rates "
                                + "[PRESENCE]"),
                Broken.overlay("an overlay giving a rubric to questions", OVERLAY_HEAD
                        + "\"indicators\": {\"forum-anak\": {\"rubric\": {\"kind\": \"PRESENCE\", \"present\": 1, "
                        + "\"absent\": 0}}}}",
                        "/indicators/forum-anak/rubric: indicator [forum-anak] is scored by questions; an overlay can "
                                + "change its max but not give it a rubric"),
                Broken.overlay("an overlay for another pack", "{\"overlay\": \"broken\", \"pack\": \"kla-2022\", "
                        + "\"provenance\": {\"kind\": \"OFFICIAL\", \"source\": \"fictional ministry letter\"}}",
                        "/pack: the overlay is for pack [kla-2022], but was applied to pack [test-2031]"),
                Broken.overlay("an overlay without provenance", "{\"overlay\": \"broken\", \"pack\": \"test-2031\", "
                        + "\"totalMax\": 100}",
                        "/provenance: provenance is missing; every number needs one: an object {\"kind\", "
                                + "\"source\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void refusesTheBrokenPackWithItsOwnMessage(Broken broken) {
        assertEquals(broken.problems(), broken.reported());
    }

    @Test
    void holdsAtLeastTwentyBrokenPacksEachWithItsOwnFirstMessage() {
        List<Broken> all = broken().toList();
        Set<String> messages = new HashSet<>();
        for (Broken b : all) {
            String first = b.problems().get(0);
            assertEquals(true, messages.add(first), () -> "two rows share the message " + first);
        }
        assertEquals(true, all.size() >= 20, "rows: " + all.size());
    }

    @Test
    void theTestPackItselfLoads() {
        PackFiles.load(PackFiles.tree(PACK));
        loader().applyOverlay(PackFiles.valid(), new ByteArrayInputStream(
                json(OVERLAY_HEAD + "\"totalMax\": 100}").toString().getBytes(StandardCharsets.UTF_8)), OVERLAY);
    }
}
