package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language of the reports: Indonesian, the default, or English; each writes numbers with its own decimal mark
 * ({@code 770,16}, {@code 770.16}), as the library's explainers do.
 */
enum Lang {
    /** Bahasa Indonesia. */
    ID(Locale.forLanguageTag("id"), ','),
    /** English. */
    EN(Locale.ENGLISH, '.');

    private final Locale locale;
    private final char decimalMark;

    Lang(Locale locale, char decimalMark) {
        this.locale = locale;
        this.decimalMark = decimalMark;
    }

    /** The mark between a number's whole part and its decimals. */
    char decimalMark() {
        return decimalMark;
    }

    Locale locale() {
        return locale;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
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
        return this == ID ? id : en;
    }

    String label(Cluster cluster) {
        return this == ID ? cluster.labelId() : cluster.labelEn();
    }

    String name(Rank rank) {
        return this == ID ? rank.nameId() : rank.nameEn();
    }

    String name(Stage stage) {
        return this == ID ? stage.nameId() : stage.nameEn();
    }

    /** A date as this language writes it: {@code 1 Desember 2026}, {@code 1 December 2026}. */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** The words of a pack's scorecards in this language. */
    Explainer explainer(RulePack pack) {
        return Explainer.of(pack, locale);
    }
}
