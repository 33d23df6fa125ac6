package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.Locale;

/** The language of the reports: Indonesian, the default, or English. */
enum Lang {
    /** Bahasa Indonesia. */
    ID(Locale.forLanguageTag("id")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
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

    /** The words of a pack's scorecards in this language. */
    Explainer explainer(RulePack pack) {
        return Explainer.of(pack, locale);
    }
}
