package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.internal.Words;
import java.util.Locale;

/**
 * Where a number in a rule pack comes from.
 *
 * <p>The ministry does not publish its weights, so every weight, band and threshold a rule pack holds says
 * which of three kinds of source it rests on, and names that source:
 * <ul>
 *   <li>{@link Kind#OFFICIAL}: a regulation or a ministry statement, cited with its article;</li>
 *   <li>{@link Kind#SOURCED}: a public copy that is not the ministry's own, such as a district's
 *       transcription of the official recap, cited;</li>
 *   <li>{@link Kind#HYPOTHETICAL}: a stand-in chosen by the pack's authors, with the reason for it.</li>
 * </ul>
 *
 * <p>District staff read the source beside the number, so a source is written in both languages; a public
 * address in it (a regulation's title, a news page) stays as it is cited. A source given in one text only, as
 * packs written before sources were bilingual give it, is that same text in both languages
 * ({@link #bilingual()} tells which).
 *
 * <pre>{@code
 * Provenance bands = Provenance.official(
 *         "pernyataan KemenPPPA, Kompas 2022-09-20: Pratama 500-600 ...",
 *         "KemenPPPA statement, Kompas 2022-09-20: Pratama 500-600 ...");
 * String shown = bands.source(Locale.forLanguageTag("id"));
 * }</pre>
 *
 * @param kind       what kind of source backs the number
 * @param indonesian the citation (for OFFICIAL and SOURCED) or the reason (for HYPOTHETICAL) in Indonesian;
 *                   never blank
 * @param english    the same in English; never blank
 */
public record Provenance(Kind kind, String indonesian, String english) {

    /** The kinds of source a number can rest on. */
    public enum Kind {
        /** A regulation or a ministry statement, cited. */
        OFFICIAL,
        /** A public copy that is not the ministry's own, cited. */
        SOURCED,
        /** A stand-in of the pack's authors, with the reason. */
        HYPOTHETICAL
    }

    /**
     * Creates a provenance with its source in both languages.
     *
     * @param kind       what kind of source backs the number
     * @param indonesian the citation or reason in Indonesian
     * @param english    the citation or reason in English
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code indonesian} or {@code english} is blank
     */
    public Provenance {
        requireNonNull(kind, "kind");
        requireNonNull(indonesian, "indonesian");
        requireNonNull(english, "english");
        if (indonesian.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("source of a " + kind + " number must not be blank"
                    + (indonesian.equals(english) ? "" : indonesian.isBlank() ? " in Indonesian" : " in English"));
        }
    }

    /**
     * Creates a provenance whose source is one text, shown as it is in both languages.
     *
     * @param kind   what kind of source backs the number
     * @param source the citation or reason
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code source} is blank
     */
    public Provenance(Kind kind, String source) {
        this(kind, source, source);
    }

    /**
     * Returns the source in a language.
     *
     * @param locale Indonesian for {@code id} (or the legacy {@code in}), English for any other
     * @return the citation or reason in that language
     * @throws NullPointerException if {@code locale} is null
     */
    public String source(Locale locale) {
        return Words.normalize(requireNonNull(locale, "locale")).equals(Words.INDONESIAN) ? indonesian : english;
    }

    /**
     * Tells whether the source has words of its own in each language: {@code false} for a source given in one
     * text only.
     *
     * @return whether the Indonesian and the English differ
     */
    public boolean bilingual() {
        return !indonesian.equals(english);
    }

    /**
     * A number set by a regulation or stated by the ministry, its citation in both languages.
     *
     * @param indonesian the regulation and article, or the statement and where it was published, in Indonesian
     * @param english    the same in English
     * @return the provenance
     */
    public static Provenance official(String indonesian, String english) {
        return new Provenance(Kind.OFFICIAL, indonesian, english);
    }

    /**
     * A number taken from a public copy that is not the ministry's own, its citation in both languages.
     *
     * @param indonesian the public document the number comes from, in Indonesian
     * @param english    the same in English
     * @return the provenance
     */
    public static Provenance sourced(String indonesian, String english) {
        return new Provenance(Kind.SOURCED, indonesian, english);
    }

    /**
     * A stand-in for a number that is not published, its reason in both languages.
     *
     * @param indonesian why this value was chosen, in Indonesian
     * @param english    the same in English
     * @return the provenance
     */
    public static Provenance hypothetical(String indonesian, String english) {
        return new Provenance(Kind.HYPOTHETICAL, indonesian, english);
    }

    /**
     * A number set by a regulation or stated by the ministry, its citation one text for both languages.
     *
     * @param citation the regulation and article, or the statement and where it was published
     * @return the provenance
     */
    public static Provenance official(String citation) {
        return new Provenance(Kind.OFFICIAL, citation);
    }

    /**
     * A number taken from a public copy that is not the ministry's own, its citation one text for both languages.
     *
     * @param citation the public document the number comes from
     * @return the provenance
     */
    public static Provenance sourced(String citation) {
        return new Provenance(Kind.SOURCED, citation);
    }

    /**
     * A stand-in for a number that is not published, its reason one text for both languages.
     *
     * @param reason why this value was chosen
     * @return the provenance
     */
    public static Provenance hypothetical(String reason) {
        return new Provenance(Kind.HYPOTHETICAL, reason);
    }
}
