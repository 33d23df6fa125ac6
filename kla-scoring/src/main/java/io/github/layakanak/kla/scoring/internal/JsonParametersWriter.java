package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.ParametersWriter;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rubric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@link ParametersWriter} into one object of a JSON tree: numbers as they are, every provenance written out in
 * full. {@link Hashing} takes the canonical form of the tree.
 */
final class JsonParametersWriter implements ParametersWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode node;

    JsonParametersWriter(ObjectNode node) {
        this.node = node;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    ObjectNode node() {
        return node;
    }

    @Override
    public ParametersWriter number(String field, BigDecimal value) {
        node.put(field, value);
        return this;
    }

    @Override
    public ParametersWriter wholeNumber(String field, long value) {
        node.put(field, value);
        return this;
    }

    @Override
    public ParametersWriter text(String field, String value) {
        node.put(field, value);
        return this;
    }

    @Override
    public ParametersWriter choice(String field, Enum<?> value) {
        node.put(field, value.name());
        return this;
    }

    @Override
    public ParametersWriter label(String field, Message.Text label) {
        ObjectNode object = node.putObject(field);
        object.put("id", label.indonesian());
        object.put("en", label.english());
        return this;
    }

    @Override
    public ParametersWriter numbers(String field, Map<? extends Enum<?>, BigDecimal> values) {
        ObjectNode object = node.putObject(field);
        values.forEach((key, value) -> object.put(key.name(), value));
        return this;
    }

    @Override
    public <T> ParametersWriter objects(String field, List<T> elements, BiConsumer<ParametersWriter, T> element) {
        ArrayNode array = node.putArray(field);
        for (T value : elements) {
            element.accept(new JsonParametersWriter(array.addObject()), value);
        }
        return this;
    }

    @Override
    public ParametersWriter rubric(String field, Rubric rubric) {
        node.set(field, rubric(rubric));
        return this;
    }

    /** A rubric's whole object: its kind, its parameters, its provenance. */
    static ObjectNode rubric(Rubric rubric) {
        ObjectNode object = object();
        object.put("kind", rubric.kind());
        rubric.write(new JsonParametersWriter(object));
        object.set("provenance", provenance(rubric.provenance()));
        return object;
    }

    static ObjectNode provenance(Provenance provenance) {
        ObjectNode object = object();
        object.put("kind", provenance.kind().name());
        if (provenance.bilingual()) {
            ObjectNode source = object.putObject("source");
            source.put("id", provenance.indonesian());
            source.put("en", provenance.english());
        } else {
            // One text for both languages, as packs written before wrote it: such a pack keeps its SHA-256.
            object.put("source", provenance.english());
        }
        return object;
    }
}
