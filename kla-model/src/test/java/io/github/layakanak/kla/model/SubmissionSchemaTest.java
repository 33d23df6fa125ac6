package io.github.layakanak.kla.model;

import static io.github.layakanak.kla.model.Examples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = KlaJson.class.getResourceAsStream(KlaJson.SUBMISSION_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(KlaJson.SUBMISSION_SCHEMA + " is not shipped");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> check(String json) throws IOException {
        return SCHEMA.validate(MAPPER.readTree(json));
    }

    @Test
    void acceptsTheExampleSubmission() throws IOException {
        assertEquals(Set.of(), check(Examples.submissionJson()));
    }

    @Test
    void acceptsWhatKlaWrites() throws IOException {
        assertEquals(Set.of(), check(KlaJson.write(Examples.submission())));
    }

    @Test
    void acceptsEveryExampleInTheFormatDocument() throws IOException {
        List<String> examples = jsonBlocks(Path.of("..", "docs", "json-format.md"));

        assertFalse(examples.isEmpty(), "docs/json-format.md has no json examples");
        for (String example : examples) {
            JsonNode node = MAPPER.readTree(example);
            if (node.has("region")) {
                assertEquals(Set.of(), SCHEMA.validate(node), example);
                assertEquals(List.of(), SubmissionValidator.create().validate(KlaJson.readSubmission(example)));
            }
        }
    }

    @Test
    void acceptsAWholeNumberWrittenAsADecimalAsKlaReadsIt() throws IOException {
        String json = Examples.submissionJsonWith(t -> at(t, "/answers/4/value").put("count",
                new java.math.BigDecimal("3.0")));

        assertEquals(Set.of(), SCHEMA.validate(MAPPER.readTree(json)));
        assertEquals(Examples.submission(), KlaJson.readSubmission(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {KlaJson.SUBMISSION_SCHEMA, KlaJson.SCORECARD_SCHEMA})
    void isAValid202012SchemaThatDescribesEveryFieldAndDefinition(String resource) throws IOException {
        JsonNode schema;
        try (InputStream in = KlaJson.class.getResourceAsStream(resource)) {
            schema = MAPPER.readTree(in);
        }
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SpecVersion.VersionFlag.V202012.getId()));

        assertEquals(Set.of(), meta.validate(schema), resource);
        assertFalse(meta.validate(MAPPER.readTree("{\"type\": 5, \"maxLength\": -1}")).isEmpty(),
                "the meta-schema refuses a schema that is not one");
        List<String> undescribed = new java.util.ArrayList<>();
        schema.path("$defs").properties().forEach(d -> {
            if (!d.getValue().has("description")) {
                undescribed.add("/$defs/" + d.getKey());
            }
        });
        undescribedFields(schema, "", undescribed);
        assertEquals(List.of(), undescribed, resource);
    }

    /** The fields of an object's definition without a description; a kind's own fields are described once. */
    private static void undescribedFields(JsonNode node, String at, List<String> undescribed) {
        if (!node.isContainerNode()) {
            return;
        }
        if (node.isObject() && !at.contains("/oneOf/") && !at.contains("/if") && !at.contains("/then")) {
            node.path("properties").properties().forEach(p -> {
                if (!p.getValue().has("description")) {
                    undescribed.add(at + "/properties/" + p.getKey());
                }
            });
        }
        if (node.isObject()) {
            node.properties().forEach(p -> undescribedFields(p.getValue(), at + "/" + p.getKey(), undescribed));
        } else {
            for (int i = 0; i < node.size(); i++) {
                undescribedFields(node.get(i), at + "/" + i, undescribed);
            }
        }
    }

    static Stream<Arguments> brokenSubmissions() {
        return Stream.of(
                broken("unknown field", t -> t.put("score", 805.26)),
                broken("misspelled evidence field", t -> at(t, "/answers/0/evidence/0").put("titel", "Perwali")),
                broken("unknown value kind", t -> at(t, "/answers/1/value").put("kind", "PERCENT")),
                broken("field of another kind", t -> at(t, "/answers/1/value").put("level", "FULL")),
                broken("percentage above 100", t -> at(t, "/answers/1/value").put("percent", 100.5)),
                broken("negative count", t -> at(t, "/answers/4/value").put("count", -1)),
                broken("fractional count", t -> at(t, "/answers/4/value").put("count", 2.5)),
                broken("missing evidence title", t -> at(t, "/answers/0/evidence/0").remove("title")),
                broken("unknown stage", t -> t.put("stage", "VERIFIKASI")),
                broken("regency code 70", t -> at(t, "/region").put("code", "21.70")),
                broken("malformed date", t -> t.put("submittedOn", "31-03-2022")),
                broken("year as text", t -> t.put("year", "2022")),
                broken("rejection without a reason",
                        t -> at(t, "/answers/1/evidence/0/verification/FIELD_VERIFICATION").remove("reason")),
                broken("question answered with nothing", t -> at(t, "/answers/5/questions/2").remove("value")),
                broken("unknown section", t -> at(t, "/statedSectionPoints").put("KLASTER_VI", 10)),
                broken("malformed SHA-256", t -> at(t, "/answers/0/evidence/0").put("sha256", "ABC")),
                broken("missing region", t -> t.remove("region")),
                broken("explicit null", t -> at(t, "/answers/0/evidence/0").putNull("number")),
                broken("blank region name", t -> at(t, "/region").put("name", " ")),
                broken("empty province", t -> at(t, "/region").put("province", "")),
                broken("escape in a title", t -> at(t, "/answers/0/evidence/0").put("title", "Perwali \u001b[2J")),
                broken("bidirectional override in a reason", t -> at(t,
                        "/answers/1/evidence/0/verification/FIELD_VERIFICATION").put("reason", "tidak \u202e sah")),
                broken("title beyond 10,000 characters", t -> at(t, "/answers/0/evidence/0").put("title",
                        "a".repeat(KlaJson.MAX_STRING_LENGTH + 1))),
                broken("eleven decimal places", t -> at(t, "/answers/1/value").put("percent",
                        new java.math.BigDecimal("75.12345678901"))),
                broken("points of 16 digits", t -> at(t, "/statedSectionPoints").put("KELEMBAGAAN",
                        new java.math.BigDecimal("1000000000000000"))),
                broken("a count of 10.5", t -> at(t, "/answers/4/value").put("count",
                        new java.math.BigDecimal("10.5"))),
                broken("valid regulation without a number", t -> at(t, "/answers/0/evidence/0").remove("number")));
    }

    private static Arguments broken(String what, Consumer<ObjectNode> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSubmissions")
    void rejectsABrokenSubmission(String what, Consumer<ObjectNode> change) throws IOException {
        assertFalse(check(Examples.submissionJsonWith(change)).isEmpty(), what);
    }

    static List<String> jsonBlocks(Path markdown) throws IOException {
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(markdown));
        List<String> blocks = new java.util.ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
