package io.github.layakanak.kla.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects problems, each a line that starts with the JSON pointer of its place. */
final class Problems {

    private final List<String> lines = new ArrayList<>();

    void add(String pointer, String format, Object... args) {
        lines.add((pointer.isEmpty() ? "/" : pointer) + ": " + String.format(Locale.ROOT, format, args));
    }

    void addAll(List<String> more) {
        lines.addAll(more);
    }

    int size() {
        return lines.size();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** A number as the parameters file would show it: 150, 0.25 (never 1.5E+2). */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** One reference token of a JSON pointer (RFC 6901). */
    static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
