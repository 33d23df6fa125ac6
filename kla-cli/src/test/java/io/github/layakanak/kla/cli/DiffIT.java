package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.pack.Overlay;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kla diff} of the built jar: two packs by id or file, text and JSON, the replay of a directory. */
class DiffIT {

    @TempDir
    Path dir;

    /** kla-2022 with Madya from above 550 instead of 600, written as a pack's parameters file. */
    private Path movedBands() throws IOException {
        RulePack pack = Oracle.PACKS.get("kla-2022");
        Provenance whatIf = Provenance.hypothetical("what if Madya started above 550");
        List<RankBands.Band> bands = new ArrayList<>();
        for (RankBands.Band band : pack.bands().bands()) {
            bands.add(band.rank() == Rank.MADYA ? new RankBands.Band(Rank.MADYA, new BigDecimal("550.00"),
                    band.fromInclusive()) : band);
        }
        RulePack moved = pack.withOverlay(new Overlay("moved", pack.id(), whatIf, Optional.empty(), Map.of(),
                Map.of(), Optional.of(new RankBands(bands, pack.bands().convention(), whatIf))));
        Path file = dir.resolve("moved.json");
        Files.writeString(file, RulePackLoader.create().write(moved), StandardCharsets.UTF_8);
        return file;
    }

    private Path submissions() throws IOException {
        Path submissions = Files.createDirectory(dir.resolve("submissions"));
        for (String name : List.of("batam", "bengkalis", "banyuasin", "batam-2024")) {
            Files.writeString(submissions.resolve(name + ".json"), Samples.find(name).orElseThrow().json(),
                    StandardCharsets.UTF_8);
        }
        return submissions;
    }

    @Test
    void hasHelpWithAnExample() {
        Kla.Run run = Kla.run(dir, "diff", "--help", "--lang", "en").exits(0);
        assertAll(() -> assertTrue(run.out().contains("\nUsage: kla diff"), run::toString),
                () -> assertTrue(run.out().contains("  kla diff kla-2022 kla-2024"), run::toString),
                () -> assertTrue(run.out().contains("Exit codes:\n   0"), run::toString));
    }

    @Test
    void aPackAgainstItselfHasNoDifferencesInEitherLanguage() {
        assertEquals("Perbedaan paket aturan kla-2022 → kla-2022\n  Tidak ada perbedaan: kedua paket aturan menilai "
                + "dengan aturan dan sumber yang sama\n", Kla.run(dir, "diff", "kla-2022", "kla-2022").exits(0).out());
        assertEquals("Differences between rule packs kla-2024 → kla-2024\n  No differences: both rule packs score "
                + "with the same rules and the same sources\n",
                Kla.run(dir, "diff", "kla-2024", "kla-2024", "--lang", "en").exits(0).out());
    }

    @Test
    void theTwoBundledPacksDifferByIndicatorsAddedRemovedAndChanged() {
        Kla.Run run = Kla.run(dir, "diff", "kla-2022", "kla-2024", "--lang", "en").exits(0);
        assertAll(() -> assertTrue(run.out().contains("\nIndicators added ("), run::toString),
                () -> assertTrue(run.out().contains("\nIndicators removed ("), run::toString),
                () -> assertTrue(run.out().contains("\nIndicators changed ("), run::toString),
                () -> assertEquals("", run.err()));
    }

    @Test
    void replaysADirectoryUnderAPackFromAFileAndReportsWhatOnePackCannotScore() throws IOException {
        Path moved = movedBands();
        Path submissions = submissions();
        Kla.Run run = Kla.run(dir, "diff", "kla-2022", moved.toString(), "--replay", submissions.toString(),
                "--lang", "en").exits(0);
        String out = run.out();
        assertAll(() -> assertTrue(out.contains("  band of rank Madya: 600 → 550.00\n"), run::toString),
                () -> assertTrue(out.contains("  bengkalis.json (14.03): 575.00 Pratama → 575.00 Madya (0.00), rose\n"),
                        run::toString),
                () -> assertTrue(out.contains("  banyuasin.json (16.07): 515.00 Pratama → 515.00 Pratama (0.00), "
                        + "stayed\n"), run::toString),
                () -> assertTrue(out.contains("\nNot scored (1):\n  batam-2024.json: rule pack kla-2022 cannot "
                        + "score it: /"), run::toString),
                () -> assertTrue(out.contains("  Pratama: 2 regencies/cities, rose 1, fell 0, stayed 1\n"),
                        run::toString),
                () -> assertTrue(out.contains("  Nindya: 1 regencies/cities, rose 0, fell 0, stayed 1\n"),
                        run::toString),
                () -> assertEquals("", run.err()));
    }

    @Test
    void writesTheDiffAndTheReplayAsJson() throws IOException {
        Kla.Run run = Kla.run(dir, "diff", "kla-2022", movedBands().toString(), "--replay", submissions().toString(),
                "--format", "json").exits(0);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("kla-2022", json.at("/diff/from").asText());
        assertTrue(json.at("/diff/rules").toString().contains("\"part\":\"BAND\""), run::toString);
        assertEquals(3, json.at("/replay/districts").size(), run::toString);
        assertEquals("bengkalis.json", json.at("/replay/districts/2/name").asText(), "in the directory's order");
        assertEquals("ROSE", json.at("/replay/districts/2/movement").asText(), run::toString);
        int sum = 0;
        for (JsonNode rank : json.at("/replay/summary")) {
            sum += rank.get("rose").asInt() + rank.get("fell").asInt() + rank.get("stayed").asInt();
        }
        assertEquals(3, sum, "the summary adds up to the districts scored");
        assertEquals("batam-2024.json", json.at("/replay/unscored/0/name").asText());
    }

    @Test
    void anUnknownPackIsAUsageErrorAndABrokenPackFileARulePackProblem() throws IOException {
        Kla.Run unknown = Kla.run(dir, "diff", "kla-2022", "kla-1999", "--lang", "en").exits(Main.USAGE);
        assertEquals("", unknown.out());
        assertTrue(unknown.err().startsWith("kla: no rule pack [kla-1999]: neither the id of a pack kla has "
                + "(kla-2011, kla-2022, kla-2023, kla-2024)"), unknown::toString);

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"broken\"}", StandardCharsets.UTF_8);
        Kla.Run run = Kla.run(dir, "diff", "kla-2022", broken.toString(), "--lang", "en").exits(Main.RULE_PACK);
        assertTrue(run.err().startsWith("kla: rule pack [" + broken + "] is broken: "), run::toString);
    }

    @Test
    void aReplayDirectoryThatIsNotThereIsAnInputOutputFailure() {
        Kla.Run run = Kla.run(dir, "diff", "kla-2022", "kla-2022", "--replay", "nowhere", "--lang", "en").exits(Main.IO);
        assertTrue(run.err().startsWith("nowhere: cannot read"), run::toString);
    }
}
