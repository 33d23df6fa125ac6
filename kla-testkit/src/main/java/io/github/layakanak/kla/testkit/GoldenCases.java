package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads golden cases from JSON files, so that a rule pack's tests are data.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> goldenCases() {
 *     RulePacks packs = RulePacks.discover();
 *     return GoldenCases.load(Path.of("src/test/resources/cases")).stream()
 *             .map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(List.of(), c.check(packs))));
 * }
 * }</pre>
 *
 * <p>It depends on no test framework.
 */
public final class GoldenCases {

    private static final ObjectMapper MAPPER = Json.newMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Set<String> FIELDS = Set.of("name", "pack", "rankConditions", "submission", "expected");

    private GoldenCases() {
    }

    /**
     * Reads every {@code *.json} file of a directory, in the order of their names.
     *
     * @param directory the directory
     * @return the cases
     * @throws JsonFormatException  if a file is not a well-formed case; the message names the file
     * @throws UncheckedIOException if the directory cannot be read
     */
    public static List<GoldenCase> load(Path directory) {
        requireNonNull(directory, "directory");
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list golden cases in " + directory, e);
        }
        List<GoldenCase> cases = new ArrayList<>();
        for (Path file : files) {
            try {
                cases.add(parse(Files.readString(file), file.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read golden case " + file, e);
            }
        }
        return cases;
    }

    /**
     * Reads one case.
     *
     * @param json   the case's JSON
     * @param source the file it comes from, named in errors
     * @return the case
     * @throws JsonFormatException if the text is not a well-formed case
     */
    public static GoldenCase parse(String json, String source) {
        requireNonNull(json, "json");
        requireNonNull(source, "source");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw problem(source, Json.formatProblem(e));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new JsonFormatException("", source + ": a golden case is a JSON object");
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String field = property.getKey();
            if (!FIELDS.contains(field)) {
                throw new JsonFormatException("/" + field, source + ": unknown field; expected one of "
                        + FIELDS.stream().sorted().toList());
            }
        }
        String name = required(object, "name", source).asText();
        JsonNode submissionNode = required(object, "submission", source);
        JsonNode expected = required(object, "expected", source);
        Submission submission;
        try {
            submission = KlaJson.readSubmission(MAPPER.writeValueAsString(submissionNode));
        } catch (JsonFormatException e) {
            throw new JsonFormatException("/submission" + e.pointer(), source + ": " + e.problem(), e);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Boolean> conditions = new TreeMap<>();
        JsonNode switches = object.path("rankConditions");
        for (Map.Entry<String, JsonNode> entry : switches.properties()) {
            if (!entry.getValue().isBoolean()) {
                throw new JsonFormatException("/rankConditions/" + entry.getKey(),
                        source + ": expected true or false");
            }
            conditions.put(entry.getKey(), entry.getValue().booleanValue());
        }
        Optional<String> pack = object.hasNonNull("pack") ? Optional.of(object.get("pack").asText()) : Optional.empty();
        return new GoldenCase(name, pack, conditions, submission, expected.toString());
    }

    private static JsonNode required(ObjectNode object, String field, String source) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new JsonFormatException("/" + field, source + ": required field is missing");
        }
        return node;
    }

    private static JsonFormatException problem(String source, JsonFormatException e) {
        return new JsonFormatException(e.pointer(), source + ": " + e.problem(), e);
    }
}
