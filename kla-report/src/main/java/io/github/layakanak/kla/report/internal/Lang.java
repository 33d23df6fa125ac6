package io.github.layakanak.kla.report.internal;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The language of the reports: Indonesian, the default, or English; each writes numbers with its own decimal mark
 * ({@code 770,16}, {@code 770.16}), as the library's explainers do. The reports' words come from this package's
 * bundle, {@code Reports.properties} (English) and {@code Reports_id.properties} (Indonesian).
 */
public enum Lang {
    /** Bahasa Indonesia. */
    ID(Locale.forLanguageTag("id"), ',', "Reports_id.properties"),
    /** English. */
    EN(Locale.ENGLISH, '.', "Reports.properties");

    private final Locale locale;
    private final char decimalMark;
    private final ResourceBundle words;

    Lang(Locale locale, char decimalMark, String bundle) {
        this.locale = locale;
        this.decimalMark = decimalMark;
        this.words = load(bundle);
    }

    /**
     * The language of a locale: Indonesian for {@code id} (and the old code {@code in}), English for any other.
     *
     * @param locale the locale
     * @return the language
     */
    public static Lang of(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("id") || language.equals("in") ? ID : EN;
    }

    /**
     * The mark between a number's whole part and its decimals.
     *
     * @return a comma or a point
     */
    public char decimalMark() {
        return decimalMark;
    }

    /**
     * The locale of the language, which the engine's explainers take.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language's code, as {@code --lang} and an HTML page's {@code lang} write it.
     *
     * @return {@code id} or {@code en}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The reports' words for a key in this language, from their bundle.
     *
     * @param key       the key, as in {@code Reports.properties}
     * @param arguments the words to put in for {@code {0}}, {@code {1}}, ...: numbers already written
     * @return the words
     * @throws MissingResourceException when the bundle has no such key, which is a bug the bundle tests catch
     */
    public String text(String key, Object... arguments) {
        return fill(words.getString(key), arguments);
    }

    /**
     * Picks the text of this language.
     *
     * @param id the Indonesian text
     * @param en the English text
     * @return one of them
     */
    public String t(String id, String en) {
        return this == ID ? id : en;
    }

    /**
     * A section's label in this language.
     *
     * @param cluster the section
     * @return its label
     */
    public String label(Cluster cluster) {
        return this == ID ? cluster.labelId() : cluster.labelEn();
    }

    /**
     * A rank's name in this language.
     *
     * @param rank the rank
     * @return its name
     */
    public String name(Rank rank) {
        return this == ID ? rank.nameId() : rank.nameEn();
    }

    /**
     * A stage's name in this language.
     *
     * @param stage the stage
     * @return its name
     */
    public String name(Stage stage) {
        return this == ID ? stage.nameId() : stage.nameEn();
    }

    /**
     * A date as this language writes it: {@code 1 Desember 2026}, {@code 1 December 2026}.
     *
     * @param date the date
     * @return the date in words
     */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /**
     * The words of a pack's scorecards in this language.
     *
     * @param pack the pack
     * @return its explainer
     */
    public Explainer explainer(RulePack pack) {
        return Explainer.of(pack, locale);
    }

    /**
     * A pattern with its arguments put in for {@code {0}}, {@code {1}}, ...; a placeholder without one stays.
     * Nothing else in it is special (unlike {@link java.text.MessageFormat}, an apostrophe is an apostrophe), as in
     * the engine's words; the command line fills its own bundle's patterns with it too.
     *
     * @param pattern   the pattern
     * @param arguments what to put in, as it is
     * @return the words
     */
    public static String fill(String pattern, Object... arguments) {
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

    /**
     * One language's file of the bundle, read as it is: no lookup by locale, so no fallback to the JVM's default
     * locale, and nothing a named module's {@code ResourceBundle.getBundle} would refuse.
     */
    private static ResourceBundle load(String file) {
        try (InputStream in = Lang.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("kla-report is missing its bundle " + file);
            }
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
