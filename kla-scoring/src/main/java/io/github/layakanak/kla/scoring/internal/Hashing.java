package io.github.layakanak.kla.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * SHA-256 digests, and the canonical form of a JSON document they are taken of: object keys sorted at every
 * depth, numbers without trailing zeros ({@code 45.0} is {@code 45}), no whitespace, UTF-8.
 */
public final class Hashing {

    private Hashing() {
    }

    /**
     * Returns the SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Returns the SHA-256 of a text in UTF-8.
     *
     * @param text the text
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the SHA-256 of a JSON tree's canonical form.
     *
     * @param tree the tree
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(JsonNode tree) {
        return sha256(canonical(tree));
    }

    /**
     * Returns a JSON tree's canonical form.
     *
     * @param tree the tree
     * @return the JSON text: keys sorted, no whitespace
     */
    public static String canonical(JsonNode tree) {
        return JsonInput.compact(sorted(tree, true));
    }

    /** The tree with every object's keys sorted, written by hand: whether a feature orders tree nodes has changed. */
    private static JsonNode sorted(JsonNode node, boolean canonicalNumbers) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            Collections.sort(names);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                copy.set(name, sorted(node.get(name), canonicalNumbers));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element, canonicalNumbers)));
            return copy;
        }
        if (canonicalNumbers && node.isNumber()) {
            BigDecimal stripped = node.decimalValue().stripTrailingZeros();
            return DecimalNode.valueOf(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }
        return node;
    }
}
