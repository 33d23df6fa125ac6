package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.json.KlaJsonMappingException;
import io.github.layakanak.kla.model.json.KlaJsonModule;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.testkit.BadInputs;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An app's own Jackson 2 mapper, configured as lenient as Spring Boot's (unknown fields ignored, scalars coerced,
 * a single value accepted as an array), reads and writes kla's types exactly as {@link KlaJson} once it has
 * {@link KlaJsonModule}: the same submissions from every sample, every golden case and every admissible case of the bad-input
 * catalogue, the same refusal at the same pointer with the same words for every format case, the same JSON out.
 * (Here, in the command line's tests, because this is the module with both rule packs, for the scorecards.)
 */
class AppMapperTest {

    /** Lenient on purpose: what the module must overrule. */
    static final ObjectMapper APP = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new KlaJsonModule())
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
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
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
        assertEquals(APP.readTree(KlaJson.write(read)), APP.readTree(APP.writeValueAsString(read)));

        ScoreCard card = ScoringEngine.score(Oracle.PACKS.forYear(read.year()), read);
        assertEquals(KlaJson.write(card), APP.writerWithDefaultPrettyPrinter().writeValueAsString(card) + "\n");
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
    void aRefusalThroughTheAppsMapperNamesNoLineAndColumnOfKlasCopy() {
        String duplicate = BadInputs.validBase().replaceFirst("\\{", "{\"year\": 2022, ");
        JsonFormatException e = refusal(duplicate);
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            String words = e.problem(locale);
            assertFalse(words.contains("line") || words.contains("baris") || words.contains("kolom"), words);
        }
        // kla's own reader, reading the app's text itself, still says where.
        assertTrue(assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(duplicate))
                .problem(Locale.ENGLISH).contains("(line "));
    }

    @Test
    void aSubmissionInsideTheAppsOwnRequestIsRefusedWithKlasWordsInBothLanguages() {
        String submission = BadInputs.validBase().replaceFirst("\\{", "{\"colour\": \"blue\", ");
        String body = "{\"note\": \"ok\", \"submission\": " + submission + "}";
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> APP.readValue(body, Request.class));
        JsonFormatException kla = klaProblem(e).orElseThrow();
        JsonFormatException own = assertThrows(JsonFormatException.class, () -> KlaJson.readSubmission(submission));
        assertEquals("/colour", kla.pointer());
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            assertEquals(own.problem(locale), kla.problem(locale));
        }
        assertEquals("submission", e.getPath().get(0).getFieldName());
    }

    @Test
    void aNullSubmissionIsRefusedAsKlaJsonRefusesIt() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> APP.readValue("{\"note\": \"ok\", \"submission\": null}", Request.class));
        assertInstanceOf(KlaJsonMappingException.class, rootOf(e));
    }

    @Test
    void aSubmissionLeftOutOfTheAppsRequestStaysNullForTheAppToJudge() throws Exception {
        assertEquals(new Request("ok", null), APP.readValue("{\"note\": \"ok\"}", Request.class));
    }

    /** An app's own request type, which holds a submission. */
    record Request(String note, Submission submission) {
    }

    private static JsonFormatException refusal(String json) {
        return klaProblem(assertThrows(JsonProcessingException.class, () -> APP.readValue(json, Submission.class)))
                .orElseThrow();
    }

    private static Optional<JsonFormatException> klaProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KlaJsonMappingException kla) {
                return Optional.of(kla.problem());
            }
        }
        return Optional.empty();
    }

    private static Throwable rootOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KlaJsonMappingException) {
                return t;
            }
        }
        return e;
    }
}
