package io.github.layakanak.kla.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.testkit.BadInputs;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app's own Jackson 3 mapper, configured as lenient as Spring Boot's (unknown fields ignored, scalars coerced,
 * a single value accepted as an array), reads and writes kla's types exactly as {@link KlaJson} once it has
 * {@link KlaJackson3Module}: the same submissions from every sample, every golden case and every admissible case of the bad-input
 * catalogue, the same refusal at the same pointer with the same words for every format case, the same JSON out.
 */
class AppMapperTest {

    /** Lenient on purpose: what the module must overrule. */
    static final ObjectMapper APP = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .addModule(new KlaJackson3Module())
            .build();

    /**
     * The cases about the bytes of a whole document, which the app's parser reads before kla sees a value: their
     * encoding (UTF-16 and UTF-32 it decodes, and some invalid UTF-8 too), their size (the app's request limit),
     * and what follows the value (the mapper's FAIL_ON_TRAILING_TOKENS). docs/json-format.md says so.
     */
    static final Set<String> THE_APPS_PARSER_DECIDES = Set.of("trailing-object", "trailing-garbage",
            "overlong-utf8", "utf8-encoded-surrogate", "utf8-above-unicode", "utf16-le-bom", "utf16-be", "utf32",
            "huge-file");

    static Stream<BadInputs.Case> formatCases() {
        return BadInputs.all().stream().filter(c -> c.refusal() == BadInputs.Refusal.JSON_FORMAT)
                .filter(c -> !THE_APPS_PARSER_DECIDES.contains(c.name()));
    }

    static Stream<BadInputs.Case> readableCases() {
        return BadInputs.all().stream().filter(c -> c.refusal() != BadInputs.Refusal.JSON_FORMAT);
    }

    /** The golden cases of both rule packs, as data in their test resources. */
    static Stream<GoldenCase> goldenCases() {
        return Stream.of("kla-rules-2022", "kla-rules-2024")
                .flatMap(module -> GoldenCases.load(Path.of("..", module, "src", "test", "resources", "cases")).stream());
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("goldenCases")
    void readsEveryGoldenCaseAsKlaJsonWritesIt(GoldenCase golden) throws Exception {
        String json = KlaJson.write(golden.submission());
        assertEquals(golden.submission(), APP.readValue(json, Submission.class), golden::name);
    }

    static Stream<Samples.Sample> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatCases")
    void refusesEveryFormatCaseAsKlaJsonDoes(BadInputs.Case bad) {
        JacksonException e = assertThrows(JacksonException.class,
                () -> APP.readValue(bad.bytes(), Submission.class), bad::about);
        Optional<JsonFormatException> kla = klaProblem(e);
        if (kla.isEmpty()) {
            // The app's own parser refused the bytes before kla saw a value (broken syntax or encoding, a
            // limit of the app's): refused all the same, in Jackson's words; kla refuses them too.
            assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(bad.open()), bad::about);
            return;
        }
        assertEquals(bad.pointer(), kla.get().pointer(), () -> bad.name() + ": " + kla.get().getMessage());
        assertTrue(kla.get().problem().contains(bad.problem()), () -> bad.name() + ": " + kla.get().getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableCases")
    void readsEveryWellFormedCaseAsKlaJsonDoes(BadInputs.Case bad) throws Exception {
        assertEquals(KlaJson.readSubmission(bad.open()), APP.readValue(bad.bytes(), Submission.class), bad::about);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsAndWritesEverySampleAsKlaJsonDoes(Samples.Sample sample) throws Exception {
        Submission read = APP.readValue(sample.json(), Submission.class);
        assertEquals(sample.submission(), read);
        assertEquals(compact(KlaJson.write(read)), APP.writeValueAsString(read));

        ScoreCard card = ScoringEngine.score(RulePacks.discover().forYear(read.year()), read);
        assertEquals(compact(KlaJson.write(card)), APP.writeValueAsString(card));
    }

    @Test
    void aRefusalThroughTheAppsMapperNamesNoLineAndColumnOfKlasCopy() {
        String duplicate = BadInputs.validBase().replaceFirst("\\{", "{\"year\": 2022, ");
        JsonFormatException e = refusal(duplicate);
        assertEquals("/year", e.pointer());
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            String words = e.problem(locale);
            assertFalse(words.contains("line") || words.contains("baris") || words.contains("kolom"), words);
        }
    }

    @Test
    void aQuotedNumberAnUnknownFieldAndADuplicateAreRefusedWithTheirPointers() {
        String base = BadInputs.validBase();
        String unknown = base.replaceFirst("\\{", "{\"colour\": \"blue\", ");
        String duplicate = base.replaceFirst("\\{", "{\"year\": 2022, ");
        String quoted = base.replaceFirst("\"year\"\\s*:\\s*(\\d+)", "\"year\": \"$1\"");
        assertEquals("/colour", refusal(unknown).pointer());
        assertEquals("/year", refusal(duplicate).pointer());
        assertEquals("/year", refusal(quoted).pointer());
    }

    @Test
    void aSubmissionInsideTheAppsOwnRequestIsRefusedWithKlasWordsInBothLanguages() {
        String submission = BadInputs.validBase().replaceFirst("\\{", "{\"colour\": \"blue\", ");
        String body = "{\"note\": \"ok\", \"submission\": " + submission + "}";
        DatabindException e = assertThrows(DatabindException.class, () -> APP.readValue(body, AppRequest.class));
        JsonFormatException kla = klaProblem(e).orElseThrow();
        JsonFormatException own = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(submission));
        assertEquals("/colour", kla.pointer());
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            assertEquals(own.problem(locale), kla.problem(locale));
        }
        assertEquals("submission", e.getPath().get(0).getPropertyName());
    }

    @Test
    void aNullSubmissionIsRefusedAsKlaJsonRefusesIt() {
        DatabindException e = assertThrows(DatabindException.class,
                () -> APP.readValue("{\"note\": \"ok\", \"submission\": null}", AppRequest.class));
        assertInstanceOf(KlaDatabindException.class, rootOf(e));
    }

    @Test
    void aSubmissionLeftOutOfTheAppsRequestStaysNullForTheAppToJudge() throws Exception {
        assertEquals(new AppRequest("ok", null), APP.readValue("{\"note\": \"ok\"}", AppRequest.class));
    }

    @Test
    void aWholeNumberWrittenAsADecimalIsReadAsKlaJsonReadsIt() throws Exception {
        // PHP's json_encode writes a float as 10.0 (#15): read as the whole number it is; 10.5 stays refused.
        for (String written : List.of("10.0", "1.0e1", "10.00", "1e1")) {
            String json = BadInputs.validBase().replaceFirst("\"count\": 10", "\"count\": " + written)
                    .replaceFirst("\"year\": 2022", "\"year\": 2022.0");
            Submission read = APP.readValue(json, Submission.class);
            assertEquals(KlaJson.readSubmission(json), read, written);
            assertEquals(KlaJson.readSubmission(BadInputs.validBase()), read, written);
        }
        String fraction = BadInputs.validBase().replaceFirst("\"count\": 10", "\"count\": 10.5");
        JsonFormatException refused = refusal(fraction);
        assertEquals("/answers/2/value/count", refused.pointer());
        assertEquals("expected a whole number, not the number [10.5]", refused.problem());
        String negativeZero = BadInputs.validBase().replaceFirst("\"count\": 10", "\"count\": -0.0");
        assertEquals("[-0.0] is a negative zero; write 0", refusal(negativeZero).problem());
    }

    private static JsonFormatException refusal(String json) {
        return klaProblem(assertThrows(JacksonException.class, () -> APP.readValue(json, Submission.class)))
                .orElseThrow();
    }

    private static Optional<JsonFormatException> klaProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KlaDatabindException kla) {
                return Optional.of(kla.problem());
            }
        }
        return Optional.empty();
    }

    /** kla's JSON without its indentation, numbers as written: what the app's compact writer must give. */
    private static String compact(String json) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = APP.createParser(json); JsonGenerator generator = APP.createGenerator(out)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric()) {
                    generator.writeNumber(parser.getString());
                } else {
                    generator.copyCurrentEvent(parser);
                }
            }
        }
        return out.toString();
    }

    private static Throwable rootOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KlaDatabindException) {
                return t;
            }
        }
        return e;
    }
}
