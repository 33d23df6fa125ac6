package io.github.layakanak.kla.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own words in one language, from its bundle ({@code Texts.properties}, English, and
 * {@code Texts_id.properties}, Indonesian, in this package). A pattern refers to its arguments as {@code {0}},
 * {@code {1}}, ...; nothing else in it is special (unlike {@link java.text.MessageFormat}, an apostrophe is an
 * apostrophe), as in the engine's words. Arguments are put in as they are: numbers are written by {@link Numbers}
 * before they come here.
 */
final class Texts {

    private static final String BUNDLE = "io.github.layakanak.kla.cli.Texts";

    private static final Texts INDONESIAN = new Texts(bundle(Locale.forLanguageTag("id")));
    private static final Texts ENGLISH = new Texts(bundle(Locale.ROOT));

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words of a language. */
    static Texts of(Lang lang) {
        return lang == Lang.ID ? INDONESIAN : ENGLISH;
    }

    /** The bundle itself, which picocli reads the help from ({@code usage.*} and the commands' keys). */
    ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The pattern of a key with its arguments put in.
     *
     * @throws MissingResourceException when the bundle has no such key, which is a bug the bundle tests catch
     */
    String text(String key, Object... arguments) {
        return fill(bundle.getString(key), arguments);
    }

    /** A pattern with its arguments put in for {@code {0}}, {@code {1}}, ...; a placeholder without one stays. */
    static String fill(String pattern, Object... arguments) {
        StringBuilder words = new StringBuilder(pattern.length() + 16);
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            int close = c == '{' ? pattern.indexOf('}', at) : -1;
            if (close > at + 1 && digits(pattern, at + 1, close)) {
                int index = Integer.parseInt(pattern, at + 1, close, 10);
                words.append(index < arguments.length ? arguments[index] : pattern.substring(at, close + 1));
                at = close + 1;
            } else {
                words.append(c);
                at++;
            }
        }
        return words.toString();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static ResourceBundle bundle(Locale locale) {
        // Locale.ROOT for English: the base bundle, whatever the JVM's default locale is.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
