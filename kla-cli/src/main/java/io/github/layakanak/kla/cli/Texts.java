package io.github.layakanak.kla.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own words in one language, from its bundle ({@code Texts.properties}, English, and
 * {@code Texts_id.properties}, Indonesian, in this package). A pattern refers to its arguments as {@code {0}},
 * {@code {1}}, ...; nothing else in it is special (unlike {@link java.text.MessageFormat}, an apostrophe is an
 * apostrophe), as in the engine's words and the reports'. Arguments are put in as they are: numbers are written by
 * kla-report's {@code Numbers} before they come here.
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

    /** A pattern with its arguments put in for {@code {0}}, {@code {1}}, ..., as the reports' words are filled. */
    static String fill(String pattern, Object... arguments) {
        return io.github.layakanak.kla.report.internal.Lang.fill(pattern, arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        // Locale.ROOT for English: the base bundle, whatever the JVM's default locale is.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
