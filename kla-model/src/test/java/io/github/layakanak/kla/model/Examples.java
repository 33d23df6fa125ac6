package io.github.layakanak.kla.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The complete example submission of the JSON format, and broken variants of it. */
public final class Examples {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private Examples() {
    }

    /** The example submission's JSON text. */
    public static String submissionJson() {
        try (InputStream in = Examples.class.getResourceAsStream("examples/submission.json")) {
            if (in == null) {
                throw new IllegalStateException("examples/submission.json is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example submission. */
    public static Submission submission() {
        return KlaJson.readSubmission(submissionJson());
    }

    /** The example's JSON with one change made to its tree. */
    public static String submissionJsonWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(submissionJson());
            change.accept(tree);
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example submission with one change made to its JSON tree. */
    public static Submission submissionWith(Consumer<ObjectNode> change) {
        return KlaJson.readSubmission(submissionJsonWith(change));
    }

    /** The object at a JSON pointer of a tree. */
    public static ObjectNode at(ObjectNode tree, String pointer) {
        JsonNode node = tree.at(pointer);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return object;
    }
}
