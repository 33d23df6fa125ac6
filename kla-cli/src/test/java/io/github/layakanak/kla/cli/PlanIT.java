package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kla plan}, {@code at-risk} and {@code compare} of the built jar, on the samples and the golden cases. */
class PlanIT {

    /** Names from the code that must never reach a reader. */
    static final Pattern CODE_NAMES = Pattern.compile("\\b(RUNG_UP|EVIDENCE_\\w+|NOT_ANSWERED|ALREADY_REACHED|PLANNED"
            + "|UNREACHABLE|PENDING|INVALID|VALID|MISSING|NONE|PRATAMA|MADYA|NINDYA|UTAMA|SELF_ASSESSMENT"
            + "|FIELD_VERIFICATION|[A-Z]+_[A-Z_]+)\\b|\\b(plan|risk|compare)\\.[a-z]");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static void assertWords(Kla.Run run) {
        assertFalse(CODE_NAMES.matcher(run.out()).find(), () -> "a name from the code or a bundle key: " + run);
    }

    static JsonNode json(Kla.Run run) throws IOException {
        return JSON.readTree(run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "at-risk", "compare"})
    void hasHelpWithAnExampleAndTheExitCodes(String command) {
        Kla.Run run = Kla.run(dir, command, "--help", "--lang", "en").exits(0);
        assertAll(() -> assertTrue(run.out().contains("\nUsage: kla " + command), run::toString),
                () -> assertTrue(run.out().contains("  kla " + command), run::toString),
                () -> assertTrue(run.out().contains("Exit codes:\n   0"), run::toString),
                () -> assertEquals("", run.err()));
    }

    @Test
    void plansBanyuasinToMadyaWithThePointsNeededAndTheSteps() {
        Kla.Run run = Kla.run(dir, "plan", "--sample", "banyuasin").exits(0);
        assertAll(() -> assertTrue(run.out().contains("Untuk mencapai Madya diperlukan +85,01 poin: dari 515,00 "
                        + "(Pratama) menjadi paling sedikit 600,01."), run::toString),
                () -> assertTrue(run.out().contains("Rencana 4 langkah"), run::toString),
                () -> assertTrue(run.out().contains("(Madya)."), run::toString),
                () -> assertTrue(run.out().contains("dokumen"), run::toString),
                () -> assertTrue(run.out().contains("data capaian"), run::toString),
                () -> assertTrue(run.out().contains("11. Infrastruktur Ramah Anak: perbaiki atau ganti"), run::toString),
                () -> assertEquals("", run.err()));
        assertWords(run);
        Kla.Run english = Kla.run(dir, "plan", "--sample", "banyuasin", "--lang", "en").exits(0);
        assertTrue(english.out().contains("To reach Madya, +85.01 points are needed"), english::toString);
        assertWords(english);
    }

    @Test
    void appliesThePlanSoThatScoringTheSubmissionGivesThePlansTotal() throws IOException {
        Kla.Run run = Kla.run(dir, "plan", "--sample", "banyuasin", "--apply", "out.json", "--format", "json").exits(0);
        JsonNode plan = json(run);
        assertEquals("PLANNED", plan.get("outcome").asText());
        assertEquals("MADYA", plan.get("rank").asText());
        assertTrue(run.err().contains("out.json"), run::toString);
        JsonNode card = json(Kla.run(dir, "score", "out.json", "--format", "json").exits(0));
        assertEquals(0, plan.get("reached").decimalValue().compareTo(card.get("total").decimalValue()), run::toString);
        assertEquals("MADYA", card.get("rank").asText());
        JsonNode steps = plan.get("steps");
        assertEquals(0, plan.get("reached").decimalValue().compareTo(steps.get(steps.size() - 1).get("total")
                .decimalValue()));
    }

    @Test
    void refusesToReplaceAnApplyFileWithoutForceAndNeverTheInput() throws IOException {
        Files.writeString(dir.resolve("out.json"), "keep");
        Kla.Run refused = Kla.run(dir, "plan", "--sample", "banyuasin", "--apply", "out.json").exits(Main.IO);
        assertEquals("", refused.out());
        assertTrue(refused.err().contains("berikan --force"), refused::toString);
        assertEquals("keep", Files.readString(dir.resolve("out.json")));
        Kla.run(dir, "plan", "--sample", "banyuasin", "--apply", "out.json", "--force").exits(0);
        Kla.run(dir, "score", "out.json").exits(0);

        Kla.Run input = Kla.run(dir, "plan", "out.json", "--apply", "out.json", "--force", "--lang", "en")
                .exits(Main.IO);
        assertTrue(input.err().contains("never writes"), input::toString);
    }

    @Test
    void plansWithDocumentsOnlyOrSaysTheTargetIsOutOfReach() throws IOException {
        JsonNode plan = json(Kla.run(dir, "plan", "--sample", "kendari", "--documents-only", "--format", "json")
                .exits(0));
        assertEquals("PLANNED", plan.get("outcome").asText());
        assertTrue(plan.get("steps").size() > 0);
        plan.get("steps").forEach(step -> assertTrue(step.get("changeable").asBoolean(), step::toString));

        Kla.Run unreachable = Kla.run(dir, "plan", "--sample", "banyuasin", "--documents-only").exits(0);
        assertTrue(unreachable.out().contains("Madya tidak dapat dicapai hanya dengan langkah pada dokumen: "
                + "diperlukan paling sedikit 600,01, sedangkan total tertinggi yang dapat dicapai 573,00"),
                unreachable::toString);
        assertWords(unreachable);
    }

    @Test
    void plansToTheHighestRankByAnyOfItsNames() throws IOException {
        for (String name : new String[] {"KLA", "kla", "Kabupaten/Kota Layak Anak"}) {
            JsonNode plan = json(Kla.run(dir, "plan", "--sample", "banyuasin", "--target", name, "--format", "json")
                    .exits(0));
            assertEquals("KLA", plan.get("target").asText());
            assertEquals("KLA", plan.get("rank").asText());
            assertTrue(plan.get("reached").decimalValue().compareTo(new BigDecimal("900.00")) > 0);
        }
        Kla.Run text = Kla.run(dir, "plan", "--sample", "banyuasin", "--target", "madya").exits(0);
        assertTrue(text.out().contains("Untuk mencapai Madya"), text::toString);
        Kla.Run reached = Kla.run(dir, "plan", "--sample", "batam", "--target", "pratama").exits(0);
        assertTrue(reached.out().contains("Peringkat Pratama sudah tercapai: total 745,00 (Nindya)"), reached::toString);
        assertWords(reached);
    }

    @Test
    void anUnknownRankIsAUsageError() {
        Kla.Run run = Kla.run(dir, "plan", "--sample", "banyuasin", "--target", "gold", "--lang", "en")
                .exits(Main.USAGE);
        assertEquals("", run.out());
        assertTrue(run.err().contains("invalid value for --target: [gold]; expected one of Pratama, Madya, Nindya, "
                + "Utama, KLA"),
                run::toString);
    }

    @Test
    void plansTheLeastEffortUnderAnEffortFile() throws IOException {
        Files.writeString(dir.resolve("effort.json"), "{\"steps\": {\"rungUp\": 3, \"evidenceFixed\": 1, "
                + "\"evidenceAdded\": 2}, \"indicators\": {\"kla-regulation\": {\"rungUp\": 40}}}");
        Kla.Run run = Kla.run(dir, "plan", "--sample", "banyuasin", "--effort", "effort.json").exits(0);
        assertTrue(run.out().contains("dengan upaya paling kecil, 10"), run::toString);
        assertTrue(run.out().contains("Upaya"), run::toString);
        assertWords(run);
        JsonNode plan = json(Kla.run(dir, "plan", "--sample", "banyuasin", "--effort", "effort.json", "--format",
                "json").exits(0));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode step : plan.get("steps")) {
            assertFalse(step.get("indicator").asText().equals("kla-regulation")
                    && step.get("kind").asText().equals("RUNG_UP"), "the costly step is avoided");
            sum = sum.add(step.get("effort").decimalValue());
        }
        assertEquals(0, sum.compareTo(plan.get("effort").decimalValue()));
    }

    @Test
    void aBadEffortFileIsInvalidInputWithEveryProblemAtItsPointer() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\"steps\": {\"rungUp\": -3, \"evidenceFixd\": 1, "
                + "\"evidenceAdded\": \"2\", \"evidenceFixed\": 0.00001}, \"indicators\": {\"nope\": {\"rungUp\": 4},"
                + " \"kla-regulation\": []}, \"extra\": 1}");
        Kla.Run run = Kla.run(dir, "plan", "--sample", "banyuasin", "--effort", "bad.json", "--apply", "out.json",
                "--lang", "en").exits(Main.INVALID_INPUT);
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("out.json")), "no partial output");
        assertAll(() -> assertTrue(run.err().contains("--effort bad.json: /steps/rungUp: expected a positive number "
                        + "with at most 4 decimals, but was -3"), run::toString),
                () -> assertTrue(run.err().contains("/steps/evidenceFixd: unknown kind of step"), run::toString),
                () -> assertTrue(run.err().contains("/steps/evidenceAdded: expected a positive number with at most 4 "
                        + "decimals, but was a string \"2\""), run::toString),
                () -> assertTrue(run.err().contains("/steps/evidenceFixed: expected a positive number"), run::toString),
                () -> assertTrue(run.err().contains("/indicators/nope: no indicator [nope] in rule pack [kla-2022]"),
                        run::toString),
                () -> assertTrue(run.err().contains("/indicators/kla-regulation: expected an object"), run::toString),
                () -> assertTrue(run.err().contains("/extra: unknown field"), run::toString),
                () -> assertFalse(run.err().contains("Exception"), run::toString));

        Files.writeString(dir.resolve("broken.json"), "{\"steps\": {\"rungUp\": 1,}}");
        Kla.Run broken = Kla.run(dir, "plan", "--sample", "banyuasin", "--effort", "broken.json", "--lang", "en")
                .exits(Main.INVALID_INPUT);
        assertTrue(broken.err().startsWith("--effort broken.json: /steps/rungUp: malformed JSON (line 1, column"), broken::toString);
        Kla.run(dir, "plan", "--sample", "banyuasin", "--effort", "missing.json").exits(Main.IO);
    }

    @Test
    void givesEitherAFileOrASample() {
        Kla.run(dir, "plan").exits(Main.USAGE);
        Kla.run(dir, "at-risk", "--sample", "nope").exits(Main.USAGE);
        Kla.Run missing = Kla.run(dir, "plan", "missing.json", "--lang", "en").exits(Main.IO);
        assertTrue(missing.err().startsWith("missing.json: cannot read"), missing::toString);
    }
}
