package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.ProvenanceSplit;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command of the built jar, on the bundled samples: help (of every command), packs, sample, validate, explain. */
class CommandsIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "score", "validate", "packs", "sample", "explain", "plan", "at-risk", "compare",
        "diff"})
    void everyCommandHasHelpWithAnExample(String command) {
        Kla.Run run = command.isEmpty() ? Kla.run(dir, "--help", "--lang", "en")
                : Kla.run(dir, command, "--help", "--lang", "en");
        run.exits(0);
        assertAll(
                () -> assertTrue(run.out().contains("Usage: kla" + (command.isEmpty() ? "" : " " + command)),
                        run::toString),
                () -> assertTrue(run.out().contains("Example"), run::toString),
                () -> assertTrue(run.out().contains("  kla " + command), run::toString),
                () -> assertTrue(run.out().contains("Exit codes:\n   0"), run::toString),
                () -> assertEquals("", run.err()));
    }

    @Test
    void theHelpCommandShowsAnotherCommandsHelp() {
        Kla.Run run = Kla.run(dir, "help", "score").exits(0);
        assertEquals(Kla.run(dir, "score", "--help").exits(0).out(), run.out());
        assertTrue(run.out().contains("Penggunaan: kla score"), run::toString);
    }

    @Test
    void printsItsVersion() {
        Kla.Run run = Kla.run(dir, "--version").exits(0);
        assertTrue(run.out().matches("kla \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        Kla.Run run = Kla.run(dir, "--lang", "en").exits(Main.USAGE);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("kla: give a command"), run::toString);
        assertTrue(run.err().contains("plan, at-risk, compare, diff, pack"), run::toString);
    }

    @Test
    void packsListsEachPackWithItsYearsAndProvenance() {
        Kla.Run run = Kla.run(dir, "packs", "--lang", "en").exits(0);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("kla-2011\n"), run::toString);
        for (RulePack pack : Oracle.PACKS.all()) {
            String block = run.out().substring(run.out().indexOf(pack.id() + "\n"));
            ProvenanceSplit split = pack.provenanceSplit();
            assertAll(pack.id(),
                    () -> assertTrue(block.contains("years: " + pack.years().get(0)), run::toString),
                    () -> assertTrue(block.lines().anyMatch(counts("all", pack.provenanceCounts())), run::toString),
                    () -> assertTrue(block.lines().anyMatch(counts("maxima", split.maxima())), run::toString),
                    () -> assertTrue(block.lines().anyMatch(counts("rubrics", split.rubrics())), run::toString),
                    () -> assertTrue(block.lines().anyMatch(counts("bands, threshold", split.rules())), run::toString));
        }
        Kla.Run indonesian = Kla.run(dir, "packs").exits(0);
        assertTrue(indonesian.out().contains("tahun: 2022"), indonesian::toString);
    }

    /** A line of {@code packs}: {@code all   180: Official 8 (4.4%), Sourced 0 (0.0%), Hypothetical 172 (95.6%)}. */
    private static Predicate<String> counts(String what, Map<Provenance.Kind, Integer> counts) {
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        String line = " +" + Pattern.quote(what) + " +" + all
                + ": (Official|Resmi) " + counts.get(Provenance.Kind.OFFICIAL) + " \\([0-9.,]+%\\)"
                + ", (Sourced|Bersumber) " + counts.get(Provenance.Kind.SOURCED) + " \\([0-9.,]+%\\)"
                + ", (Hypothetical|Perkiraan) " + counts.get(Provenance.Kind.HYPOTHETICAL) + " \\([0-9.,]+%\\)";
        return l -> l.matches(line);
    }

    @Test
    void samplePrintsTheBundledSubmission() {
        Kla.Run run = Kla.run(dir, "sample", "batam").exits(0);
        assertEquals(Samples.find("batam").orElseThrow().json(), run.out());
        assertEquals(Samples.find("batam").orElseThrow().submission(), KlaJson.readSubmission(run.out()));
    }

    @Test
    void sampleWithoutANameListsEverySample() {
        Kla.Run run = Kla.run(dir, "sample").exits(0);
        assertEquals(Samples.all().size(), run.out().lines().count());
        Kla.Run english = Kla.run(dir, "sample", "--lang", "en").exits(0);
        for (Samples.Sample sample : Samples.all()) {
            assertTrue(run.out().contains(sample.name() + " "), sample.name());
            assertTrue(run.out().contains(sample.description().indonesian()), run::toString);
            assertTrue(english.out().contains(sample.description().english()), english::toString);
        }
    }

    @Test
    void anUnknownSampleIsAUsageErrorNamingTheSamples() {
        Kla.Run run = Kla.run(dir, "sample", "jakarta", "--lang", "en").exits(Main.USAGE);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("no sample [jakarta]; the samples are batam, "), run::toString);
    }

    @Test
    void validateAcceptsEverySample() throws IOException {
        for (Samples.Sample sample : Samples.all()) {
            Files.writeString(dir.resolve(sample.name() + ".json"), sample.json(), StandardCharsets.UTF_8);
        }
        Kla.Run run = Kla.run(dir, "validate", ".", "--lang", "en").exits(0);
        for (Samples.Sample sample : Samples.all()) {
            assertTrue(run.out().lines().anyMatch(l -> l.equals(Path.of(".", sample.name() + ".json") + ": valid ("
                    + sample.pack() + ")")), () -> sample.name() + " in " + run);
        }
        assertEquals(Samples.all().size(), run.out().lines().count(), run::toString);
        assertEquals("kla: valid " + Samples.all().size() + ", invalid 0\n", run.err());
    }

    @Test
    void validateReportsEveryViolationWithFileAndPointer() throws IOException {
        String json = Samples.find("batam").orElseThrow().json()
                .replace("\"year\" : 2022", "\"year\" : 1999")
                .replaceFirst("\"percent\" : [0-9.]+", "\"percent\" : 140");
        Files.writeString(dir.resolve("bad.json"), json, StandardCharsets.UTF_8);
        Kla.Run run = Kla.run(dir, "validate", "bad.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals("", run.out());
        assertEquals(2, run.errLines().size(), run::toString);
        assertTrue(run.errLines().stream().anyMatch(l -> l.matches("bad\\.json: /answers/\\d+/value/\\S*percent: .*")),
                run::toString);
        assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("bad.json: /year: ")), run::toString);
    }

    @Test
    void explainGivesTheFullReasoningForOneIndicator() throws IOException {
        Files.writeString(dir.resolve("batam.json"), Samples.find("batam").orElseThrow().json());
        Kla.Run run = Kla.run(dir, "explain", "batam.json", "--indicator", "birth-certificates", "--lang", "en")
                .exits(0);
        assertAll(
                () -> assertTrue(run.out().startsWith("Indicator 4 (birth-certificates): "), run::toString),
                () -> assertTrue(run.out().contains("\nPoints: "), run::toString),
                () -> assertTrue(run.out().contains("\nWhy: "), run::toString),
                () -> assertTrue(run.out().contains("Hypothetical: "), run::toString),
                () -> assertTrue(run.out().matches("(?s).*\nAnswer:\n  value: [0-9.]+%\n.*"), run::toString),
                () -> assertFalse(run.out().matches("(?s).*\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b.*"), run::toString),
                () -> assertEquals("", run.err()));
        Kla.Run byCode = Kla.run(dir, "explain", "--sample", "batam", "--indicator", "4").exits(0);
        assertTrue(byCode.out().startsWith("Indikator 4 (birth-certificates): "), byCode::toString);
        assertTrue(byCode.out().contains("\nMengapa: "), byCode::toString);
    }

    @Test
    void explainingAnUnknownIndicatorIsAUsageError() {
        Kla.Run run = Kla.run(dir, "explain", "--sample", "batam", "--indicator", "happiness", "--lang", "en")
                .exits(Main.USAGE);
        assertTrue(run.err().startsWith("kla: no indicator [happiness] in rule pack [kla-2022]; its indicators are "
                + "kla-regulation, "),
                run::toString);
    }
}
