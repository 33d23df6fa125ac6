package io.github.layakanak.kla.testkit;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped submission schema ({@link KlaJson#SUBMISSION_SCHEMA}) and kla's reader agree on every input kla's
 * tests hold: the golden cases of both rule packs, the samples and the bad-input catalogue (#15). A real JSON
 * Schema 2020-12 validator (networknt's, with format assertions on) gives the schema's verdict; the library's is
 * {@link KlaJson#readSubmission(InputStream)} followed by {@link SubmissionValidator}, the checks an app makes
 * before scoring. The schema's side reads the bytes with a standard JSON parser, as an app in another language
 * would; a document that parser cannot read, or that the validator fails on (networknt's {@code multipleOf} on
 * {@code 1e999999999}), is not accepted.
 *
 * <p>What a JSON Schema cannot decide by its nature is listed in {@link #BEYOND_A_SCHEMA} by the case's name,
 * with why; the list is exact: a listed case that starts agreeing fails, as does a new case that disagrees. The
 * checks of scoring (the region in the registry, the year's indicators and round, a pack for the year) are beyond
 * both the schema and the reader: the cases only they refuse are listed, as exactly, in
 * {@link #ONLY_SCORING_REFUSES}.
 */
class SchemaAgreementTest {

    private static final String BYTES = "bytes, which a schema never sees (it validates parsed JSON): ";
    private static final String PARSED = "gone before validation: ";
    private static final String WRITTEN = "how a number is written, which a schema never sees (it sees values): ";
    private static final String ACROSS = "a rule across fields that JSON Schema has no keyword for: ";
    private static final String PACK = "the year's rule pack, which a schema of every year does not hold: ";
    private static final String REGISTRY = "the region registry, which a schema does not hold: ";

    /**
     * The catalogue's cases that only scoring refuses: both the schema and the reader with the validator accept
     * them, and kla refuses them once it knows the year's pack and the region registry.
     */
    private static final Map<String, String> ONLY_SCORING_REFUSES = Map.ofEntries(
            entry("unknown-indicator", PACK + "an indicator the year's pack does not have"),
            entry("other-years-indicator", PACK + "an indicator of another year's instrument"),
            entry("value-of-wrong-kind", PACK + "a kind of value the indicator is not scored by"),
            entry("unknown-composite-item", PACK + "an item the indicator does not have"),
            entry("submitted-far-future", PACK + "a submission dated outside the year's round"),
            entry("region-code-other-edition", REGISTRY + "a code of another edition than the year's"),
            entry("year-without-pack", "the rule packs: no pack governs the year"));

    /** The cases on which the schema and the library differ because a schema cannot say what kla checks. */
    private static final Map<String, String> BEYOND_A_SCHEMA = Map.ofEntries(
            // Validation checks these against every edition of the region list (ListedRegion).
            entry("region-code-unknown", REGISTRY + "a code no edition of the region list has"),
            entry("region-name-mismatch", REGISTRY + "a name that is not the code's"),
            entry("region-province-mismatch", REGISTRY + "a province that is not the code's"),
            entry("formula-in-region-name", REGISTRY + "a name that is not the code's"),
            entry("overlong-utf8", BYTES + "an overlong form, which a lenient decoder takes"),
            entry("utf16-le-bom", BYTES + "UTF-16, which a parser may detect and decode"),
            entry("utf16-be", BYTES + "UTF-16, which a parser may detect and decode"),
            entry("utf32", BYTES + "UTF-32, which a parser may detect and decode"),
            entry("duplicate-key", PARSED + "a field given twice, of which a parser keeps one"),
            entry("duplicate-key-nested", PARSED + "a field given twice, of which a parser keeps one"),
            entry("huge-file", BYTES + "the document's size in bytes (8 MiB at most)"),
            entry("negative-zero", WRITTEN + "-0 is the value 0"),
            entry("negative-zero-decimal", WRITTEN + "-0.0 is the value 0"),
            entry("negative-zero-count", WRITTEN + "-0 is the value 0"),
            entry("zero-huge-scale", WRITTEN + "0e-999999999 is the value 0, but kla counts the decimal places"
                    + " as written"),
            entry("same-indicator-twice", ACROSS + "one answer per indicator: uniqueItems compares whole"
                    + " answers, not one field of them"),
            entry("evidence-after-submission", ACROSS + "a date compared with the submission's date"),
            entry("evidence-in-the-future", ACROSS + "a date compared with the submission's date"),
            entry("submitted-before-round", ACROSS + "dates compared with the submission's date"));

    /** A parser as an app's would be: standard JSON, numbers exact, no limit of its own on a number's length. */
    private static final ObjectMapper PLAIN = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonSchema SCHEMA = schema();
    private static final SubmissionValidator VALIDATOR = SubmissionValidator.create();

    /** One input and where it comes from. */
    private record Input(String name, byte[] bytes) {
    }

    /** What a side says of an input: accepted, or refused with its reasons. */
    private record Verdict(boolean accepted, String why) {
    }

    @TestFactory
    Stream<DynamicTest> schemaAndLibraryAgreeOnEveryInputASchemaCanDecide() {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Verdict schema = schemaVerdict(input.bytes());
            Verdict library = libraryVerdict(input.bytes());
            String why = BEYOND_A_SCHEMA.get(caseName(input.name()));
            if (why == null) {
                assertEquals(library.accepted(), schema.accepted(), () -> input.name() + " disagrees: library "
                        + library + ", schema " + schema);
            } else if (!why.startsWith(BYTES)) {
                assertTrue(library.accepted() != schema.accepted(), () -> input.name()
                        + " is listed as beyond a schema (" + why + ") but now agrees: take it off the list");
            }
            // Bytes are the app's parser's to decode before any schema sees them, and parsers differ between
            // versions (Jackson 2.23 refuses an overlong UTF-8 form that 2.19 takes): the schema's verdict on them
            // is the parser's, so it may agree with kla's or not.
        }));
    }

    @Test
    void listsOnlyCasesOfTheCatalogue() {
        Set<String> names = BadInputs.all().stream().map(BadInputs.Case::name).collect(Collectors.toSet());
        assertEquals(Set.of(), Stream.concat(BEYOND_A_SCHEMA.keySet().stream(), ONLY_SCORING_REFUSES.keySet()
                .stream()).filter(n -> !names.contains(n)).collect(Collectors.toSet()));
    }

    @Test
    void listsExactlyTheCasesThatOnlyScoringRefuses() {
        Map<String, String> accepted = new TreeMap<>();
        for (BadInputs.Case bad : BadInputs.all()) {
            Verdict library = libraryVerdict(bad.bytes());
            if (library.accepted()) {
                assertTrue(bad.refusal() != BadInputs.Refusal.JSON_FORMAT, bad.name());
                assertTrue(schemaVerdict(bad.bytes()).accepted(), bad.name());
                accepted.put(bad.name(), bad.about());
            }
        }
        assertEquals(new TreeMap<>(ONLY_SCORING_REFUSES).keySet(), accepted.keySet(),
                "the cases only scoring refuses: " + accepted);
    }

    @Test
    void acceptsEveryGoldenCaseAndSampleOnBothSides() {
        for (Input input : inputs()) {
            if (input.name().startsWith("golden case ") || input.name().startsWith("sample ")) {
                assertTrue(schemaVerdict(input.bytes()).accepted(), () -> input.name() + ": "
                        + schemaVerdict(input.bytes()));
                assertTrue(libraryVerdict(input.bytes()).accepted(), input.name());
            }
        }
    }

    private static String caseName(String inputName) {
        return inputName.startsWith("bad input ") ? inputName.substring("bad input ".length()) : "";
    }

    private static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (String pack : List.of("kla-rules-2022", "kla-rules-2024")) {
            Path cases = Path.of("..", pack, "src", "test", "resources", "cases");
            try (Stream<Path> files = Files.list(cases)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode submission = PLAIN.readTree(file.toFile()).required("submission");
                    inputs.add(new Input("golden case " + pack + "/" + file.getFileName(),
                            PLAIN.writeValueAsBytes(submission)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Samples.Sample sample : Samples.all()) {
            inputs.add(new Input("sample " + sample.name(), sample.json().getBytes(StandardCharsets.UTF_8)));
        }
        for (BadInputs.Case bad : BadInputs.all()) {
            inputs.add(new Input("bad input " + bad.name(), bad.bytes()));
        }
        inputs.add(new Input("composites nested to the deepest level kla reads", nested(DEEPEST)));
        inputs.add(new Input("composites nested one level deeper", nested(DEEPEST + 1)));
        return inputs;
    }

    /** How many composites nest in the valid base's first composite item before its value reaches depth 32. */
    private static final int DEEPEST = 13;

    @Test
    void putsTheDepthLimitWhereTheReaderPutsIt() {
        byte[] deepest = nested(DEEPEST);
        byte[] deeper = nested(DEEPEST + 1);

        assertTrue(libraryVerdict(deepest).accepted(), () -> libraryVerdict(deepest).why());
        assertTrue(schemaVerdict(deepest).accepted(), () -> schemaVerdict(deepest).why());
        assertTrue(libraryVerdict(deeper).why().contains("nested more than 32 levels deep"),
                () -> libraryVerdict(deeper).why());
        assertTrue(schemaVerdict(deeper).why().contains("/items/a/items"), () -> schemaVerdict(deeper).why());
    }

    /**
     * The valid base with its first composite item (a presence, at depth 6) replaced by {@code depth} composites
     * nested in one another around it, so that the presence is at depth 6 + 2 &times; {@code depth}.
     */
    private static byte[] nested(int depth) {
        String value = "{\"kind\": \"PRESENCE\", \"present\": true}";
        for (int i = 0; i < depth; i++) {
            value = "{\"kind\": \"COMPOSITE\", \"items\": {\"a\": " + value + "}}";
        }
        String base = BadInputs.validBase();
        String json = base.replaceFirst("\"action-plan\": \\{[^}]*\\}",
                java.util.regex.Matcher.quoteReplacement("\"action-plan\": " + value));
        assertTrue(!json.equals(base), "the valid base has no action-plan item");
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Verdict libraryVerdict(byte[] bytes) {
        Submission submission;
        try {
            submission = KlaJson.readSubmission(new ByteArrayInputStream(bytes));
        } catch (JsonFormatException e) {
            return new Verdict(false, e.pointer() + ": " + e.problem());
        }
        List<Violation> violations = VALIDATOR.validate(submission);
        return new Verdict(violations.isEmpty(), violations.toString());
    }

    private static Verdict schemaVerdict(byte[] bytes) {
        JsonNode document;
        try {
            document = PLAIN.readTree(bytes);
        } catch (IOException | NumberFormatException e) {
            return new Verdict(false, "not JSON this parser reads: " + e.getMessage());
        }
        if (document == null || document.isMissingNode()) {
            return new Verdict(false, "no document");
        }
        Set<ValidationMessage> messages;
        try {
            messages = SCHEMA.validate(document);
        } catch (ArithmeticException | NumberFormatException e) {
            // networknt's multipleOf divides 1e-999999999 and takes 1e999999999 as a double: what a validator
            // fails on, it does not accept.
            return new Verdict(false, "the validator fails on it: " + e.getMessage());
        }
        Map<String, String> sorted = new TreeMap<>();
        messages.forEach(m -> sorted.put(m.getInstanceLocation() + " " + m.getMessage(), ""));
        return new Verdict(messages.isEmpty(), String.join("; ", sorted.keySet()));
    }

    private static JsonSchema schema() {
        try (InputStream in = KlaJson.class.getResourceAsStream(KlaJson.SUBMISSION_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(KlaJson.SUBMISSION_SCHEMA + " is not shipped");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
