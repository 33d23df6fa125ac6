package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kla compare} of the built jar, on the golden stage drop of the 2022 pack (805.25 → 631.00). */
class CompareIT {

    /** The golden cases of the 2022 pack, beside this module. */
    private static final Path CASES = Path.of(System.getProperty("basedir", "."), "..", "kla-rules-2022", "src", "test",
            "resources", "cases");

    @TempDir
    Path dir;

    /** The submission of a golden case, written as a submission file of its own. */
    static Path stage(Path dir, String goldenCase, String name) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode submission = mapper.readTree(CASES.resolve(goldenCase + ".json").toFile()).get("submission");
        Path file = dir.resolve(name);
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(submission));
        return file;
    }

    @Test
    void showsWhereThePointsWentBetweenTwoStagesWithTheReasons() throws IOException {
        stage(dir, "17-stage-drop-self-assessment", "self.json");
        stage(dir, "18-stage-drop-field-verification", "field.json");
        Kla.Run run = Kla.run(dir, "compare", "self.json", "field.json").exits(0);
        assertAll(() -> assertTrue(run.out().contains("Sebelumnya: 805,25 (Utama) · Penilaian Mandiri 2022"),
                        run::toString),
                () -> assertTrue(run.out().contains("Sesudahnya: 631,00 (Madya) · Verifikasi Lapangan 2022"),
                        run::toString),
                () -> assertTrue(run.out().contains("Perubahan: 805,25 → 631,00, -174,25 poin; peringkat turun dari "
                        + "Utama menjadi Madya."), run::toString),
                () -> assertTrue(run.out().contains("-45,00  22. Anak korban pornografi"), run::toString),
                () -> assertTrue(run.out().contains("45,00 → 0,00"), run::toString),
                () -> assertTrue(run.out().contains("dinyatakan tidak sah (tidak ditandatangani"), run::toString),
                () -> assertEquals("", run.err()));
        PlanIT.assertWords(run);
        Kla.Run english = Kla.run(dir, "compare", "self.json", "field.json", "--lang", "en").exits(0);
        assertTrue(english.out().contains("Change: 805.25 → 631.00, -174.25 points; the rank fell from Utama to Madya."),
                english::toString);
        PlanIT.assertWords(english);

        JsonNode comparison = PlanIT.json(Kla.run(dir, "compare", "self.json", "field.json", "--format", "json")
                .exits(0));
        assertEquals(0, new BigDecimal("-174.25").compareTo(comparison.get("change").decimalValue()));
        assertEquals("special-protection-victims", comparison.get("indicators").get(0).get("indicator").asText());
    }

    @Test
    void namesTheIndicatorsOfEitherYearBetweenTwoPacks() throws IOException {
        Files.writeString(dir.resolve("2022.json"), KlaJson.write(Samples.get("banyuasin")));
        Files.writeString(dir.resolve("2024.json"), KlaJson.write(Samples.get("banyuasin-2024")));

        for (String lang : List.of("id", "en")) {
            Kla.Run run = Kla.run(dir, "compare", "2022.json", "2024.json", "--lang", lang).exits(0);
            // Indicators only the 2022 pack scores are named by it, not by their ids.
            assertFalse(run.out().contains("violence-exploitation-victims"), run::toString);
            assertTrue(run.out().contains(lang.equals("id") ? "Anak korban kekerasan dan eksploitasi"
                    : "Child victims of violence and exploitation"), run::toString);
            assertFalse(run.out().matches("(?s).*(Pertanyaan|Question) (\\w+)[^\\n]*\\1 \\(.*"), run::toString);
        }
    }

    @Test
    void aMissingOrBrokenFileFailsWithoutOutput() throws IOException {
        stage(dir, "17-stage-drop-self-assessment", "self.json");
        Kla.Run missing = Kla.run(dir, "compare", "self.json", "missing.json").exits(Main.IO);
        assertEquals("", missing.out());
        Files.writeString(dir.resolve("broken.json"), "{");
        Kla.Run broken = Kla.run(dir, "compare", "broken.json", "self.json").exits(Main.INVALID_INPUT);
        assertEquals("", broken.out());
        Kla.run(dir, "compare", "self.json").exits(Main.USAGE);
    }
}
