package io.github.layakanak.kla.cli;

import java.util.Locale;

/**
 * The language of the command line, {@code --lang}: Indonesian, the default, or English. Its own words (help,
 * messages) come from its bundle ({@link Texts}); the reports' words, numbers and names from kla-report's language,
 * {@link #words()}.
 */
enum Lang {
    /** Bahasa Indonesia. */
    ID(io.github.layakanak.kla.report.internal.Lang.ID),
    /** English. */
    EN(io.github.layakanak.kla.report.internal.Lang.EN);

    private final io.github.layakanak.kla.report.internal.Lang words;

    Lang(io.github.layakanak.kla.report.internal.Lang words) {
        this.words = words;
    }

    /** The reports' language: their words, numbers, and the names of ranks, stages and sections. */
    io.github.layakanak.kla.report.internal.Lang words() {
        return words;
    }

    Locale locale() {
        return words.locale();
    }

    String code() {
        return words.code();
    }

    /**
     * The command line's words for a key in this language, from its bundle ({@link Texts}).
     *
     * @param key       the key, as in {@code Texts.properties}
     * @param arguments the words to put in for {@code {0}}, {@code {1}}, ...: numbers already written
     * @return the words
     */
    String text(String key, Object... arguments) {
        return Texts.of(this).text(key, arguments);
    }

    /** Picks the text of this language. */
    String t(String id, String en) {
        return words.t(id, en);
    }
}
