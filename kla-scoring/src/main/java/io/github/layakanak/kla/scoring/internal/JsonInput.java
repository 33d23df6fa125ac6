package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.scoring.RulePackException;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a parameters or overlay file into a JSON tree, strictly (a duplicate field is an error), keeping every
 * number as written; a file that is not JSON fails with the pointer, line and column of the fault.
 */
public final class JsonInput {

    /** The one mapper of the packs' files: reads them, writes them, and writes their canonical form to hash. */
    static final ObjectMapper MAPPER = Json.newMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

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
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new RulePackException(source, "/: the file is empty; expected a JSON object",
                        new IOException("empty: " + source));
            }
            return tree;
        } catch (JsonProcessingException e) {
            String pointer = "/";
            if (e.getProcessor() instanceof JsonParser parser) {
                JsonStreamContext context = parser.getParsingContext();
                String at = context == null ? "" : context.pathAsPointer().toString();
                pointer = at.isEmpty() ? "/" : at;
            }
            String where = e.getLocation() == null ? ""
                    : String.format(Locale.ROOT, " (line %d, column %d)", e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr());
            throw new RulePackException(source, pointer + ": malformed JSON" + where + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e, e);
        }
    }

    /**
     * Writes a tree as indented JSON, its keys in the order they were put.
     *
     * @param tree the tree
     * @return the text, ending with a line break
     */
    public static String pretty(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        }
    }
}
