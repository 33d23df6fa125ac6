package io.github.layakanak.kla.model.internal;

import java.util.Locale;

/**
 * Text from input made safe to show on a terminal or in a log: every character that a terminal could act on
 * (C0 and C1 controls but the line feed and tab, DEL, the bidirectional overrides and isolates, unpaired
 * surrogates) becomes a visible escape such as {@code \u001B}, so that an escape sequence in a name is printed,
 * never run. kla's reader refuses such characters in a document; this guards what reaches the screen by other
 * ways (a value built in code, a field name, a message quoting the input).
 */
public final class Printable {

    private Printable() {
    }

    /**
     * Finds the first character a terminal could act on.
     *
     * @param text any text
     * @return its index, or -1 when there is none
     */
    public static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Escapes what a terminal could act on.
     *
     * @param text any text
     * @return the text, with each such character as {@code \\uXXXX}; the same instance when there is none
     */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (unsafe(text, i)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(i)));
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Escapes what a terminal could act on, and the line feed and tab too: for text that must stay on one line.
     *
     * @param text any text
     * @return the text on one line
     */
    public static String oneLine(String text) {
        return escape(text).replace("\n", "\\n").replace("\t", "\\t");
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        if (c < 0x7f) {
            return false;
        }
        if (c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
