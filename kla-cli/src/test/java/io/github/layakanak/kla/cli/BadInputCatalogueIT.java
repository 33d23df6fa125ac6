package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.testkit.BadInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of the testkit's bad-input catalogue, through the command line, in one batch beside a valid
 * submission: the batch exits 3; each bad file gets its lines on standard error, naming the file, the JSON
 * pointer and what was expected, with no stack trace; the valid file still gets its output, and the bad ones
 * none, not even half a file.
 */
class BadInputCatalogueIT {

    @TempDir
    static Path dir;

    private static Kla.Run score;
    private static Map<String, List<String>> linesByFile;

    @BeforeAll
    static void scoreTheWholeCatalogue() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        for (BadInputs.Case bad : BadInputs.all()) {
            Files.write(cases.resolve(bad.fileName()), bad.bytes());
        }
        Files.writeString(cases.resolve("batam.json"), Samples.find("batam").orElseThrow().json(),
                StandardCharsets.UTF_8);
        score = Kla.run(dir, "score", "cases", "--format", "json", "--out", "out", "--lang", "en");
        linesByFile = score.errLines().stream()
                .filter(line -> line.startsWith("cases/"))
                .collect(Collectors.groupingBy(line -> line.substring("cases/".length(), line.indexOf(": "))));
    }

    @Test
    void theBatchExitsWithInvalidInputAndPrintsNoStackTrace() {
        score.exits(Main.INVALID_INPUT);
        assertFalse(score.err().contains("\tat "), score::toString);
        assertFalse(score.err().contains("Exception"), score::toString);
        assertEquals("", score.out());
    }

    @Test
    void everyBadFileIsRefusedAtItsPointerWithItsWords() {
        List<String> wrong = new ArrayList<>();
        for (BadInputs.Case bad : BadInputs.all()) {
            List<String> lines = linesByFile.getOrDefault(bad.fileName(), List.of());
            String prefix = "cases/" + bad.fileName() + ": " + (bad.pointer().isEmpty() ? "/" : bad.pointer()) + ": ";
            boolean found = lines.stream().map(kla -> kla.replace("\\u001B", "\u001b"))
                    .anyMatch(line -> line.startsWith(prefix)
                            && (bad.refusal() == BadInputs.Refusal.NO_RULE_PACK || line.contains(bad.problem())));
            if (!found) {
                wrong.add(bad.name() + ": expected " + prefix + "..." + bad.problem() + "..., but got " + lines);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void nothingATerminalWouldActOnIsPrinted() {
        assertTrue(score.err().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e), "a raw control character on standard error");
        assertTrue(score.err().contains("cases/escape-in-field-name.json: /\\u001B[2Jyear: unknown field"),
                score::toString);
    }

    @Test
    void theValidFileGetsItsOutputAndTheBadOnesNone() throws IOException {
        try (Stream<Path> written = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("batam.scorecard.json"),
                    written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(score.errLines().contains("kla: scored 1, failed " + BadInputs.all().size()
                + "; KLA 0, Utama 0, Nindya 1, Madya 0, Pratama 0, No rank 0"), score::toString);
        assertEquals("kla: wrote 1 file to out", score.errLines().get(score.errLines().size() - 1));
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Kla.Run run = Kla.run(dir, "score", "pipe.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals(List.of("pipe.json: /: not a regular file (a device, a pipe or a socket); expected a JSON file"),
                run.errLines());
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Kla.Run run = Kla.run(dir, "validate", "/dev/zero", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals(List.of("/dev/zero: /: not a regular file (a device, a pipe or a socket); expected a JSON file"),
                run.errLines());
    }
}
