package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs give their exit code and one line per problem on standard error, naming the file, the JSON pointer
 * and what was expected; no stack trace unless {@code --verbose}, and nothing on standard output.
 */
class BadInputIT {

    @TempDir
    Path dir;

    private String batam;

    @BeforeEach
    void writeBatam() throws IOException {
        batam = Samples.find("batam").orElseThrow().json();
        Files.writeString(dir.resolve("batam.json"), batam, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileIsAnInputOutputError() {
        Kla.Run run = Kla.run(dir, "score", "missing.json", "--lang", "en").exits(Main.IO);
        assertProblems(run, "missing.json: cannot read: no such file or directory");
    }

    @Test
    void aDirectoryWithoutSubmissionsIsInvalidInput() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty").resolve("notes.txt"), "not a submission");
        Kla.Run run = Kla.run(dir, "score", "empty", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals("", run.out());
        assertEquals("empty: no submissions here: expected *.json files directly in this directory",
                run.errLines().get(0), run::toString);
    }

    @Test
    void brokenJsonIsInvalidInputWithTheLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{\n  \"year\" : 2022,,\n}\n");
        Kla.Run run = Kla.run(dir, "score", "broken.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().matches("broken\\.json: /year: malformed JSON \\(line 2, column \\d+\\): .*\\R"),
                run::toString);
    }

    @Test
    void aTruncatedFileIsInvalidInputAtThePointerWhereItEnds() throws IOException {
        Files.writeString(dir.resolve("truncated.json"), batam.substring(0, batam.length() / 2));
        Kla.Run run = Kla.run(dir, "score", "truncated.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().matches("truncated\\.json: /answers/\\d+\\S*: malformed JSON \\(line \\d+, column \\d+\\): "
                + "the document ends too early; is the file cut short\\? \\(Indicator \\d+ [^)]*\\)\\R"),
                run::toString);
    }

    @Test
    void anUnknownFieldIsInvalidInputNamingItsPointerAndTheFieldsExpected() throws IOException {
        Files.writeString(dir.resolve("unknown.json"), batam.replaceFirst("\"title\" :", "\"titel\" : \"x\", \"title\" :"));
        Kla.Run run = Kla.run(dir, "score", "unknown.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertProblems(run, "unknown.json: /answers/0/evidence/0/titel: unknown field; expected one of [issuedOn, "
                + "issuer, link, number, sha256, title, type, verification] (line 18, column 7; Indicator 1 Regional "
                + "regulation on KLA)");
    }

    @Test
    void aFormatErrorSpeaksIndonesianByDefault() throws IOException {
        Files.writeString(dir.resolve("unknown.json"), batam.replaceFirst("\"title\" :", "\"titel\" : \"x\", \"title\" :"));
        Kla.Run run = Kla.run(dir, "score", "unknown.json").exits(Main.INVALID_INPUT);
        assertProblems(run, "unknown.json: /answers/0/evidence/0/titel: isian tidak dikenal; seharusnya salah satu dari "
                + "[issuedOn, issuer, link, number, sha256, title, type, verification] (baris 18, kolom 7; Indikator 1 "
                + "Peraturan Daerah (Perda) tentang KLA)");
    }

    @Test
    void eachProblemSaysItsLineColumnAndIndicatorInTheLanguageAsked() throws IOException {
        Files.writeString(dir.resolve("over.json"), batam.replaceFirst("\"percent\" : 75", "\"percent\" : 175"));
        int line = (int) batam.substring(0, batam.indexOf("\"percent\" : 75")).lines().count();
        int column = batam.lines().skip(line - 1).findFirst().orElseThrow().indexOf("\"percent\"") + 1;

        Kla.Run id = Kla.run(dir, "validate", "over.json").exits(Main.INVALID_INPUT);
        assertEquals(List.of("over.json: /answers/1/value/items/child-friendly-villages/percent: harus berupa persentase "
                + "antara 0 dan 100 (baris " + line + ", kolom " + column + "; Indikator 2 Penguatan kelembagaan KLA)"),
                id.errLines().stream().filter(l -> l.startsWith("over.json")).toList(), id::toString);

        Kla.Run en = Kla.run(dir, "validate", "over.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertTrue(en.err().contains("must be a percentage from 0 to 100 (line " + line + ", column " + column
                + "; Indicator 2 "), en::toString);
    }

    @Test
    void aYearWithoutARulePackIsInvalidInput() throws IOException {
        Files.writeString(dir.resolve("y2019.json"), batam.replace("\"year\" : 2022", "\"year\" : 2019"));
        Kla.Run run = Kla.run(dir, "score", "y2019.json").exits(Main.INVALID_INPUT);
        assertProblems(run, "y2019.json: /year: belum ada paket aturan penilaian untuk tahun 2019; tahun yang dapat "
                + "dinilai: 2017, 2022, 2023, 2024");
    }

    @Test
    void anInadmissibleSubmissionIsInvalidInputWithEveryViolation() throws IOException {
        Files.writeString(dir.resolve("late.json"), batam.replace("\"submittedOn\" : \"2022-03-31\"",
                "\"submittedOn\" : \"2000-01-01\""));
        Kla.Run run = Kla.run(dir, "score", "late.json", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals("", run.out());
        assertFalse(run.errLines().isEmpty());
        assertTrue(run.errLines().stream().allMatch(l -> l.matches("late\\.json: /\\S*: .+")), run::toString);
    }

    @Test
    void aBatchGoesOnPastFailuresAndExitsWithTheHighestCode() throws IOException {
        Files.writeString(dir.resolve("y2019.json"), batam.replace("\"year\" : 2022", "\"year\" : 2019"));
        Files.writeString(dir.resolve("broken.json"), "{");
        Kla.Run run = Kla.run(dir, "score", ".", "--format", "csv", "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals(2, run.out().split("\r\n").length, "the header and batam: " + run);
        assertEquals("kla: scored 1, failed 2; KLA 0, Utama 0, Nindya 1, Madya 0, Pratama 0, No rank 0",
                run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void aStackTraceOnlyWithVerbose() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{");
        Kla.Run quiet = Kla.run(dir, "score", "broken.json").exits(Main.INVALID_INPUT);
        assertFalse(quiet.err().contains("\tat "), quiet::toString);
        Kla.Run verbose = Kla.run(dir, "score", "broken.json", "--verbose").exits(Main.INVALID_INPUT);
        assertTrue(verbose.err().contains("\tat "), verbose::toString);
        assertTrue(verbose.err().contains("JsonFormatException"), verbose::toString);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Kla.Run run = Kla.run(dir, "score", "batam.json", "--colour", "--lang", "en").exits(Main.USAGE);
        assertAll(
                () -> assertEquals("", run.out()),
                () -> assertTrue(run.err().startsWith("kla: unknown option: --colour"), run::toString),
                () -> assertTrue(run.err().contains("Try 'kla score --help'"), run::toString));
        Kla.Run format = Kla.run(dir, "score", "batam.json", "--format", "pdf").exits(Main.USAGE);
        assertTrue(format.err().contains("seharusnya salah satu dari text, json, csv, html"), format::toString);
    }

    private static void assertProblems(Kla.Run run, String... lines) {
        assertEquals("", run.out(), run::toString);
        assertEquals(List.of(lines), run.errLines(), run::toString);
    }
}
