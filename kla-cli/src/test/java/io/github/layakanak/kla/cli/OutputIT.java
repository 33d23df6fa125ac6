package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.report.CsvDialect;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost: inputs are never written, outputs are written whole and never replaced without --force. */
class OutputIT {

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerInputAndNeverReplacesOneWithoutForce() throws IOException {
        Path input = dir.resolve("batam.json");
        Files.writeString(input, Samples.find("batam").orElseThrow().json(), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(input);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(input, modified);

        Kla.Run first = Kla.run(dir, "score", "batam.json", "--format", "json", "--out", "reports", "--lang", "en")
                .exits(0);
        Path output = dir.resolve("reports").resolve("batam.scorecard.json");
        assertEquals("", first.out());
        assertEquals("kla: wrote 1 file to reports\n", first.err());
        assertEquals(KlaJson.write(Oracle.score("batam")), Files.readString(output));

        Files.writeString(output, "kept");
        Kla.Run refused = Kla.run(dir, "score", "batam.json", "--format", "json", "--out", "reports", "--lang", "en")
                .exits(Main.IO);
        assertEquals(List.of("batam.json: " + Path.of("reports", "batam.scorecard.json")
                + " exists; give --force to replace it"), refused.errLines());
        assertEquals("kept", Files.readString(output));

        Kla.Run forced = Kla.run(dir, "score", "batam.json", "--format", "json", "--out", "reports", "--force")
                .exits(0);
        assertEquals(KlaJson.write(Oracle.score("batam")), Files.readString(output), forced::toString);

        assertArrayEquals(before, Files.readAllBytes(input), "the input is unchanged");
        assertEquals(modified, Files.getLastModifiedTime(input), "the input was not even rewritten");
        try (Stream<Path> files = Files.list(dir.resolve("reports"))) {
            assertEquals(List.of(output), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void writesScoresCsvWithAByteOrderMarkInTheIndonesianDialectOnly() throws IOException {
        Files.writeString(dir.resolve("batam.json"), Samples.find("batam").orElseThrow().json(), StandardCharsets.UTF_8);
        Kla.Run id = Kla.run(dir, "score", "batam.json", "--format", "csv", "--out", "id").exits(0);
        assertEquals("", id.out());
        assertEquals("kla: 1 berkas ditulis ke id\n", id.err());
        byte[] bytes = Files.readAllBytes(dir.resolve("id").resolve(ScoreCommand.CSV_FILE));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "the UTF-8 byte order mark");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        Map<String, String> batam = CsvReading.records(csv, CsvDialect.ID).get(0);
        assertEquals(List.of("batam.json", "=\"21.71\"", "745,00", "Nindya"), List.of(batam.get("Berkas"),
                batam.get("Kode wilayah"), batam.get("Nilai total"), batam.get("Peringkat")));

        Kla.Run en = Kla.run(dir, "score", "batam.json", "--format", "csv", "--out", "en", "--csv-dialect", "en")
                .exits(0);
        String international = Files.readString(dir.resolve("en").resolve(ScoreCommand.CSV_FILE), StandardCharsets.UTF_8);
        assertTrue(international.startsWith("\"Berkas\",\"Kode wilayah\","), en::toString);
        assertEquals("745.00", CsvReading.records(international, CsvDialect.EN).get(0).get("Nilai total"));
    }

    @Test
    void neverWritesAnInputEvenWithForce() throws IOException {
        // A submission that happens to be named like the CSV that --format csv --out writes.
        Path input = dir.resolve(ScoreCommand.CSV_FILE);
        Files.writeString(input, Samples.find("batam").orElseThrow().json(), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(input);
        Kla.Run run = Kla.run(dir, "score", ScoreCommand.CSV_FILE, "--format", "csv", "--out", ".", "--force", "--lang", "en")
                .exits(Main.IO);
        assertEquals(List.of("kla: ./scores.csv is an input, which kla never writes; choose another --out"),
                run.errLines());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void refusesEveryExistingOutputBeforeWritingAny() throws IOException {
        Oracle.writeSamples(dir);
        Files.createDirectory(dir.resolve("out"));
        Files.writeString(dir.resolve("out").resolve("kendari.txt"), "kept");
        Kla.Run run = Kla.run(dir, "score", ".", "--out", "out").exits(Main.IO);
        assertEquals(1, run.errLines().size(), run::toString);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(dir.resolve("out").resolve("kendari.txt")), files.toList());
        }
    }
}
