package io.github.layakanak.kla.scoring.spi;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** The fictional test pack (3 sections, 6 indicators, every rubric kind) and ways to break it. */
public final class PackFiles {

    public static final String PACK = "test-pack.json";
    public static final String OVERLAY = "test-overlay.json";

    public static final ObjectMapper MAPPER = Json.newMapper();

    private PackFiles() {
    }

    /** The loader that knows the test pack's own rubric kind. */
    public static RulePackLoader loader() {
        return RulePackLoader.create().withRubricKind(HalfOrFull.KIND);
    }

    public static String text(String resource) {
        try (InputStream in = PackFiles.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, mutable tree of a resource. */
    public static ObjectNode tree(String resource) {
        try {
            return (ObjectNode) MAPPER.readTree(text(resource));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RulePack valid() {
        return loader().parse(text(PACK), PACK);
    }

    public static RulePack load(JsonNode tree) {
        return loader().parse(tree.toString(), PACK);
    }

    /** The test pack under another id and for another year, for registries. */
    public static RulePack pack(String id, int year) {
        ObjectNode tree = tree(PACK);
        tree.put("id", id);
        tree.set("years", MAPPER.createArrayNode().add(year));
        ObjectNode round = (ObjectNode) tree.get("round");
        round.put("evaluationYear", year).put("dataYear", year - 1).put("awardYear", year);
        return load(tree);
    }

    /** Breaks the test pack and returns the problems the loader reports. */
    public static List<String> problems(Consumer<ObjectNode> breakIt) {
        ObjectNode tree = tree(PACK);
        breakIt.accept(tree);
        return assertThrows(RulePackException.class, () -> load(tree)).problems();
    }

    /** Sets the value at a JSON pointer whose parent exists; an index equal to an array's size appends. */
    public static void set(JsonNode root, String pointer, Object value) {
        JsonNode node = MAPPER.valueToTree(value);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (index == array.size()) {
                array.add(node);
            } else {
                array.set(index, node);
            }
        } else {
            ((ObjectNode) parent).set(last, node);
        }
    }

    /** Removes the value at a JSON pointer. */
    public static void remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    /** Parses a JSON snippet, for values to {@link #set}. */
    public static JsonNode json(String snippet) {
        try {
            return MAPPER.readTree(snippet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
