package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical form of a JSON document, whose SHA-256 identifies a pack's parameters: object keys sorted at
 * every depth, no whitespace, UTF-8. Reformatting a file or reordering its keys leaves the hash alone; changing
 * any value, a number included, changes it.
 */
final class Canonical {

    private static final ObjectMapper WRITER = KlaJson.newMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Canonical() {
    }

    static String sha256(JsonNode tree) {
        try {
            return RulePack.sha256Of(WRITER.writeValueAsString(sorted(tree)).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        }
    }

    // Sorted by hand rather than trusting a serialization feature: ORDER_MAP_ENTRIES_BY_KEYS covers maps, and
    // whether it also orders tree nodes has changed between Jackson versions.
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            Collections.sort(names);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
