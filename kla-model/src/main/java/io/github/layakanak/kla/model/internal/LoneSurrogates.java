package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Strings that hold half a surrogate pair, which a JSON parser lets through from an escape such as the six
 * characters backslash, {@code u}, {@code D800}: the Jackson modules hand such a string to kla's reader with that
 * half escaped again, so that the reader refuses it as it refuses the same escape in a file, rather than an
 * encoder replacing it with {@code ?}.
 */
public final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /**
     * The string as a quoted JSON string with every surrogate escaped, when it holds half a pair.
     *
     * @param text the string's value
     * @return the JSON text, quotes included; null when the string holds no half pair (write it as usual)
     */
    public static @Nullable String quotedWhenLone(String text) {
        if (!hasLone(text)) {
            return null;
        }
        StringBuilder quoted = new StringBuilder(text.length() + 16).append('"');
        for (char c : JsonStringEncoder.getInstance().quoteAsString(text)) {
            if (Character.isSurrogate(c)) {
                quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean hasLone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
