package io.github.layakanak.kla.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.internal.Json;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares an expected part of a JSON document with the whole document. */
final class JsonSubset {

    private static final ObjectMapper MAPPER = Json.newMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private JsonSubset() {
    }

    static List<String> differences(String expected, String actual) {
        try {
            List<String> found = new ArrayList<>();
            compare("", MAPPER.readTree(expected), MAPPER.readTree(actual), found);
            return found;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                found.add(at + ": expected an object but was [" + actual + "]");
                return;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String here = at + "/" + field.getKey();
                JsonNode value = actual.get(field.getKey());
                if (value == null) {
                    found.add(here + ": expected [" + field.getValue() + "] but the field is absent");
                } else {
                    compare(here, field.getValue(), value, found);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                found.add(at + ": expected an array of " + expected.size() + " but was "
                        + (actual.isArray() ? "an array of " + actual.size() : "[" + actual + "]"));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), found);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                found.add(at + ": expected [" + expected.decimalValue().toPlainString() + "] but was ["
                        + actual.decimalValue().toPlainString() + "]");
            }
        } else if (!expected.equals(actual)) {
            found.add(at + ": expected [" + expected + "] but was [" + actual + "]");
        }
    }
}
