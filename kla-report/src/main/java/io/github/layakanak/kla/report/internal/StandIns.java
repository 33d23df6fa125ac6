package io.github.layakanak.kla.report.internal;

import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RulePack;

/**
 * Whether a score rests on stand-in numbers, and the words that say so beside it. The ministry publishes no
 * weights, so a pack's numbers are OFFICIAL, SOURCED or HYPOTHETICAL; a score that used any HYPOTHETICAL one (a
 * maximum or a rung of an indicator it scored, the bands, the total) must not be read as an official score.
 */
public final class StandIns {

    private StandIns() {
    }

    /**
     * Whether the scorecard used a HYPOTHETICAL number of the pack, as the report's explainer cites the sources.
     *
     * @param card the scorecard
     * @param pack the rule pack
     * @param explainer the pack's words in the language
     * @return whether it does
     */
    public static boolean used(ScoreCard card, RulePack pack, Explainer explainer) {
        if (pack.bands().provenance().kind() == Provenance.Kind.HYPOTHETICAL
                || pack.totalMax().provenance().kind() == Provenance.Kind.HYPOTHETICAL) {
            return true;
        }
        for (IndicatorScore indicator : card.indicators()) {
            if (explainer.sources(indicator).stream().anyMatch(s -> s.kind() == Provenance.Kind.HYPOTHETICAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The warning beside the score.
     *
     * @param lang the language
     * @return the words
     */
    public static String warning(Lang lang) {
        return lang.text("report.standIns.warning");
    }

    /**
     * What a kind of provenance is called: Resmi, Bersumber, Perkiraan; in English the documented terms, Official,
     * Sourced, Hypothetical.
     *
     * @param kind the kind of provenance
     * @param lang the language
     * @return the words
     */
    public static String label(Provenance.Kind kind, Lang lang) {
        return switch (kind) {
            case OFFICIAL -> lang.text("report.provenance.official");
            case SOURCED -> lang.text("report.provenance.sourced");
            case HYPOTHETICAL -> lang.text("report.provenance.hypothetical");
        };
    }

    /**
     * A number's provenance as a report cites it: its kind in words, then its source. The reports' one use of
     * {@link Provenance#source(java.util.Locale)} in the language.
     *
     * @param provenance the number's provenance
     * @param lang the language
     * @return the words
     */
    public static String cited(Provenance provenance, Lang lang) {
        return lang.text("report.provenance.cited", label(provenance.kind(), lang),
                provenance.source(lang.locale()));
    }
}
