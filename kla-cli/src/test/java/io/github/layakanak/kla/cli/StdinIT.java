package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} reads one submission from standard input, named {@code stdin}, as the same bytes in a file read. */
class StdinIT {

    @TempDir
    Path dir;

    private static byte[] batam() {
        return Samples.find("batam").orElseThrow().json().getBytes(StandardCharsets.UTF_8);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    @Test
    void scoreReadsStandardInputAsItReadsTheFile() throws IOException {
        write("batam.json", batam());
        for (List<String> options : List.<List<String>>of(List.of(), List.of("--lang", "en"), List.of("--format", "json"),
                List.of("--format", "csv"), List.of("--format", "html", "--lang", "en"))) {
            Kla.Run file = Kla.run(dir, args("score", "batam.json", options)).exits(0);
            Kla.Run stdin = Kla.withInput(dir, batam(), args("score", "-", options)).exits(0);
            String expected = options.contains("csv") ? file.out().replace("\"batam.json\";", "\"stdin\";") : file.out();
            assertEquals(expected, stdin.out(), stdin::toString);
            assertEquals("", stdin.err(), stdin::toString);
        }
    }

    @Test
    void theOtherCommandsReadStandardInputAsTheyReadTheFile() throws IOException {
        write("batam.json", batam());
        for (List<String> command : List.of(List.of("plan"), List.of("at-risk"), List.of("plan", "--lang", "en",
                "--format", "json"), List.of("explain", "--indicator", "birth-certificates"),
                List.of("explain", "--indicator", "4", "--lang", "en"))) {
            List<String> options = command.subList(1, command.size());
            Kla.Run file = Kla.run(dir, args(command.get(0), "batam.json", options)).exits(0);
            Kla.Run stdin = Kla.withInput(dir, batam(), args(command.get(0), "-", options)).exits(0);
            assertEquals(file.out(), stdin.out(), stdin::toString);
            assertEquals("", stdin.err(), stdin::toString);
        }
        Kla.Run valid = Kla.withInput(dir, batam(), "validate", "-").exits(0);
        assertEquals("stdin: sah (kla-2022)\n", valid.out(), valid::toString);
    }

    @Test
    void aBadDocumentOnStandardInputIsInvalidInputNamedStdin() throws IOException {
        byte[] bad = new String(batam(), StandardCharsets.UTF_8).replaceFirst("\"year\" *: *2022", "\"year\": \"soon\"")
                .getBytes(StandardCharsets.UTF_8);
        write("bad.json", bad);
        Kla.Run file = Kla.run(dir, "score", "bad.json").exits(Main.INVALID_INPUT);
        assertTrue(file.err().startsWith("bad.json: /year: "), file::toString);
        for (String command : List.of("score", "validate", "plan", "at-risk")) {
            Kla.Run stdin = Kla.withInput(dir, bad, command, "-").exits(Main.INVALID_INPUT);
            assertEquals(file.err().replace("bad.json: ", "stdin: "), stdin.err(), stdin::toString);
            assertTrue(stdin.err().matches("stdin: /year: [^\\n]+\\n"), stdin::toString);
            assertEquals("", stdin.out(), stdin::toString);
        }
        Kla.Run explain = Kla.withInput(dir, bad, "explain", "-", "--indicator", "4").exits(Main.INVALID_INPUT);
        assertTrue(explain.err().startsWith("stdin: /year: "), explain::toString);
        Kla.Run empty = Kla.withInput(dir, new byte[0], "score", "-").exits(Main.INVALID_INPUT);
        assertTrue(empty.err().startsWith("stdin: /: "), empty::toString);
    }

    @Test
    void underOutTheFileOfStandardInputIsNamedStdin() throws IOException {
        write("batam.json", batam());
        Kla.Run file = Kla.run(dir, "score", "batam.json").exits(0);
        Kla.Run stdin = Kla.withInput(dir, batam(), "score", "-", "--out", "reports").exits(0);
        assertEquals(file.out(), Files.readString(dir.resolve("reports/stdin.txt"), StandardCharsets.UTF_8));
        assertEquals("", stdin.out(), stdin::toString);
    }

    @Test
    void standardInputIsReadOnlyOnce() {
        Kla.Run score = Kla.withInput(dir, batam(), "score", "-", "-").exits(Main.USAGE);
        assertTrue(score.err().contains("- (masukan standar) diberikan dua kali"), score::toString);
        Kla.Run compare = Kla.withInput(dir, batam(), "compare", "-", "-", "--lang", "en").exits(Main.USAGE);
        assertTrue(compare.err().contains("- (standard input) is given twice"), compare::toString);
    }

    private static String[] args(String command, String input, List<String> options) {
        String[] args = new String[options.size() + 2];
        args[0] = command;
        args[1] = input;
        for (int i = 0; i < options.size(); i++) {
            args[i + 2] = options.get(i);
        }
        return args;
    }
}
