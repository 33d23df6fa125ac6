package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.layakanak.kla.scoring.RulePackException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a parameters or overlay file into a JSON tree, strictly (a duplicate field is an error), keeping every
 * number as written; a file that is not JSON fails with the pointer, line and column of the fault. Writes trees
 * back, indented or compact.
 *
 * <p>It reads and writes with Jackson's streaming parser and generator, not with an {@code ObjectMapper}: the trees
 * of the packs' files need no data binding, and a mapper's first use costs a fresh JVM more than reading and
 * linting a whole pack.
 */
public final class JsonInput {

    /** The parsers and generators of the packs' files. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonInput() {
    }

    /**
     * Reads a file's bytes.
     *
     * @param json   the bytes, in UTF-8
     * @param source what to call the file in messages
     * @return the tree
     * @throws RulePackException if the bytes are not one JSON document
     */
    public static JsonNode tree(byte[] json, String source) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RulePackException(source, "/: the file is empty; expected a JSON object",
                        new IOException("empty: " + source));
            }
            JsonNode tree = value(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw malformed(source, parser, String.format(Locale.ROOT, " (line %d, column %d)",
                        parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr()),
                        "Trailing token (of type " + trailing + ") found after the document", null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : String.format(Locale.ROOT, " (line %d, column %d)", e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr());
            throw malformed(source, e.getProcessor() instanceof JsonParser p ? p : null, where,
                    e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e, e);
        }
    }

    private static RulePackException malformed(String source, @Nullable JsonParser parser, String where,
            String what, @Nullable Exception cause) {
        String pointer = "/";
        if (parser != null) {
            JsonStreamContext context = parser.getParsingContext();
            String at = context == null ? "" : context.pathAsPointer().toString();
            pointer = at.isEmpty() ? "/" : at;
        }
        return new RulePackException(source, pointer + ": malformed JSON" + where + ": " + what,
                cause == null ? new IOException(what) : cause);
    }

    /** The value that starts at the parser's current token; the parser's limits bound its depth. */
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return TextNode.valueOf(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> IntNode.valueOf(parser.getIntValue());
                    case LONG -> LongNode.valueOf(parser.getLongValue());
                    default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return DecimalNode.valueOf(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return BooleanNode.TRUE;
            }
            case VALUE_FALSE -> {
                return BooleanNode.FALSE;
            }
            case VALUE_NULL -> {
                return NullNode.instance;
            }
            default -> throw new IllegalStateException("a parser gave token " + token + " where a value starts");
        }
    }

    /**
     * Writes a tree as indented JSON, its keys in the order they were put.
     *
     * @param tree the tree
     * @return the text, ending with a line break
     */
    public static String pretty(JsonNode tree) {
        return write(tree, true) + "\n";
    }

    /**
     * Writes a tree as compact JSON, its keys in the order they were put.
     *
     * @param tree the tree
     * @return the text, without whitespace
     */
    static String compact(JsonNode tree) {
        return write(tree, false);
    }

    private static String write(JsonNode tree, boolean indent) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (indent) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree could not be written", e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case FLOAT, DOUBLE -> out.writeNumber(node.doubleValue());
                    default -> out.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            default -> throw new IllegalStateException("a pack's tree holds a " + node.getNodeType() + " node");
        }
    }
}
