package io.github.layakanak.kla.model.json;

import static io.github.layakanak.kla.model.Examples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.layakanak.kla.model.Examples;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Submission;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole number written as a decimal ({@code 10.0}, {@code 1.0e1}, {@code 10.00}), as PHP's {@code json_encode}
 * writes a float, is read where kla expects a whole number (#15), by {@link KlaJson} and by an app's own Jackson 2
 * mapper with {@link KlaJsonModule} alike; {@code 10.5} stays refused at its pointer, and so do {@code -0.0} and
 * numbers beyond kla's limits.
 */
class Issue15WholeNumbersTest {

    /** An app's mapper, as lenient as Spring Boot's: the module must read as KlaJson does regardless. */
    private static final ObjectMapper APP = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new KlaJsonModule())
            .build();

    private static final String COUNT = "/answers/4/value";

    @ParameterizedTest
    @ValueSource(strings = {"10.0", "1.0e1", "10.00", "1e1", "1E+1", "100e-1", "10.0000000000"})
    void readsAWholeNumberWrittenAsADecimalAsThatNumber(String written) throws Exception {
        String json = withCount(written);

        assertEquals(10L, count(KlaJson.readSubmission(json)), written);
        assertEquals(10L, count(APP.readValue(json, Submission.class)), written);
    }

    @Test
    void readsTheYearAndLastYearsCountWrittenAsDecimals() throws Exception {
        String json = Examples.submissionJsonWith(t -> {
            t.putRawValue("year", new RawValue("2022.0"));
            at(t, COUNT).putRawValue("previousYear", new RawValue("3.000"));
        });

        for (Submission read : List.of(KlaJson.readSubmission(json), APP.readValue(json, Submission.class))) {
            assertEquals(2022, read.year());
            assertEquals(3L, ((IndicatorValue.Count) read.answers().get(4).value().orElseThrow()).previousYear()
                    .orElseThrow());
        }
    }

    @Test
    void readsEveryWholeNumberWrittenAsADecimalAsKlaWritesIt() throws Exception {
        Random random = new Random(15);
        for (int i = 0; i < 200; i++) {
            long n = Math.floorMod(random.nextLong(), 1_000_000_000_000L);
            String written = switch (i % 3) {
                case 0 -> n + ".0";
                case 1 -> n + "." + "0".repeat(1 + random.nextInt(10));
                default -> n + "e0";
            };
            String json = withCount(written);
            Submission read = KlaJson.readSubmission(json);

            assertEquals(n, count(read), written);
            assertEquals(read, APP.readValue(json, Submission.class), written);
            assertEquals(KlaJson.write(read), KlaJson.write(KlaJson.readSubmission(withCount(String.valueOf(n)))),
                    "written back as the whole number: " + written);
        }
    }

    @Test
    void refusesAFractionAtItsPointerWithWhatWasExpected() {
        String json = withCount("10.5");

        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(json));
        KlaJsonMappingException app = assertThrows(KlaJsonMappingException.class,
                () -> APP.readValue(json, Submission.class));

        for (JsonFormatException refusal : List.of(e, app.problem())) {
            assertEquals(COUNT + "/count", refusal.pointer());
            assertEquals("expected a whole number, not the number [10.5]", refusal.problem());
        }
    }

    @Test
    void refusesAFractionOfAYearAtItsPointer() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(
                Examples.submissionJsonWith(t -> t.putRawValue("year", new RawValue("2022.5")))));

        assertEquals("/year", e.pointer());
        assertEquals("expected a whole number, not the number [2022.5]", e.problem());
    }

    @Test
    void refusesANegativeZeroAndNumbersBeyondKlasLimitsAsBefore() {
        assertProblem("-0.0", "[-0.0] is a negative zero; write 0");
        assertProblem("-0e5", "[-0e5] is a negative zero; write 0");
        assertProblem("1e999999999", "[1e999999999] is out of range");
        assertProblem("1e-999999999", "[1e-999999999] has more than 10 decimal places");
        assertProblem("10.00000000000", "[10.00000000000] has more than 10 decimal places");
        assertProblem("-1.0", "must be a count, 0 or more", true);
        assertProblem("9223372036854775808.0", "[9223372036854775808.0] is out of range");
    }

    private static void assertProblem(String written, String problem) {
        assertProblem(written, problem, false);
    }

    /** A refusal by the reader, or (when {@code admissibility}) by the validator, which reads it first. */
    private static void assertProblem(String written, String problem, boolean admissibility) {
        String json = withCount(written);
        if (admissibility) {
            var violations = io.github.layakanak.kla.model.validation.SubmissionValidator.create()
                    .validate(KlaJson.readSubmission(json));
            assertEquals(1, violations.size(), written);
            assertEquals(COUNT + "/count", violations.get(0).pointer(), written);
            assertTrue(violations.get(0).message().contains(problem), violations.get(0).message());
            return;
        }
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(json));
        KlaJsonMappingException app = assertThrows(KlaJsonMappingException.class,
                () -> APP.readValue(json, Submission.class));
        for (JsonFormatException refusal : List.of(e, app.problem())) {
            assertEquals(COUNT + "/count", refusal.pointer(), written);
            assertTrue(refusal.problem().startsWith(problem), refusal.problem());
        }
    }

    private static String withCount(String written) {
        return Examples.submissionJsonWith(t -> at(t, COUNT).putRawValue("count", new RawValue(written)));
    }

    private static long count(Submission submission) {
        return ((IndicatorValue.Count) submission.answers().get(4).value().orElseThrow()).count();
    }
}
