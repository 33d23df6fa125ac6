package io.github.layakanak.kla.report;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.report.internal.CsvReport;
import io.github.layakanak.kla.report.internal.HtmlReport;
import io.github.layakanak.kla.report.internal.Lang;
import io.github.layakanak.kla.report.internal.TextReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reports the {@code kla} command line prints, for an app to render: a scorecard as text for people, as a
 * self-contained HTML page that opens offline and prints on A4, and many scorecards as CSV for spreadsheets. In
 * Indonesian or English, with the command line's words, numbers and order.
 *
 * <p>Immutable and thread-safe; the options are the language and the date the HTML page says it was made on.
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2022);
 * Scored batam = Scored.of("batam.json", pack, submission);
 * Reports reports = Reports.in(Locale.forLanguageTag("id"));
 * String text = reports.text(batam);
 * String page = reports.html(batam);
 * String csv = reports.csv(List.of(batam), CsvDialect.ID);
 * }</pre>
 */
public final class Reports {

    private final Lang lang;
    private final Optional<LocalDate> madeOn;

    private Reports(Lang lang, Optional<LocalDate> madeOn) {
        this.lang = lang;
        this.madeOn = madeOn;
    }

    /**
     * The reports in a language: Indonesian for {@code id} (also the old code {@code in}), English for any other.
     *
     * @param locale the reader's locale, such as the request's
     * @return the reports in that language, dated on the day they are rendered
     * @throws NullPointerException if {@code locale} is null
     */
    public static Reports in(Locale locale) {
        return new Reports(Lang.of(requireNonNull(locale, "locale")), Optional.empty());
    }

    /**
     * The same reports with the HTML page dated on a given day, instead of the day it is rendered in Jakarta's
     * time zone: for a page made again from a stored scorecard, or for a test.
     *
     * @param date the day the page says it was made on
     * @return a copy with that date
     * @throws NullPointerException if {@code date} is null
     */
    public Reports madeOn(LocalDate date) {
        return new Reports(lang, Optional.of(requireNonNull(date, "date")));
    }

    /**
     * The language the reports are in.
     *
     * @return {@code id} or {@code en}, as a locale
     */
    public Locale locale() {
        return lang.locale();
    }

    /**
     * A scorecard as text for people, as {@code kla score} prints it: the total, the rank and its band, the stage
     * gate and the provisional range; where every lost point went and the cheapest path to the next rank; the
     * points of each section, the deficiencies, the recap's inconsistencies and the stamp. Lines end in
     * {@code \n}.
     *
     * @param scored the district
     * @return the text
     * @throws NullPointerException if {@code scored} is null
     */
    public String text(Scored scored) {
        return TextReport.render(requireNonNull(scored, "scored"), lang);
    }

    /**
     * A scorecard as one self-contained HTML page, as {@code kla score --format html} writes it: no script and no
     * external style sheet, font or image; every text escaped; well-formed XML as well as HTML; a bar chart of the
     * sections as inline SVG; A4 when printed.
     *
     * @param scored the district
     * @return the page, in UTF-8 once encoded (it says so in its {@code meta})
     * @throws NullPointerException if {@code scored} is null
     */
    public String html(Scored scored) {
        requireNonNull(scored, "scored");
        return madeOn.map(date -> HtmlReport.render(scored, lang, date)).orElseGet(() -> HtmlReport.render(scored, lang));
    }

    /**
     * Scorecards as CSV, one row per district after a header in the reports' language, as {@code kla score
     * --format csv} writes them: fields quoted as RFC 4180 says, lines ending in CRLF, and the separator, decimal
     * mark, byte order mark and region codes as the dialect says.
     *
     * @param scored  the districts, at least one, in the order of the rows
     * @param dialect how the file is written
     * @return the file's text (with U+FEFF first, if the dialect has a byte order mark)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code scored} is empty
     */
    public String csv(List<Scored> scored, CsvDialect dialect) {
        List<Scored> rows = List.copyOf(requireNonNull(scored, "scored"));
        requireNonNull(dialect, "dialect");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("scored must hold at least one district, but was empty");
        }
        return CsvReport.render(rows, lang, dialect);
    }

    /**
     * Scorecards as CSV in the dialect of the reports' language: {@link CsvDialect#ID} for Indonesian,
     * {@link CsvDialect#EN} for English.
     *
     * @param scored the districts, at least one
     * @return the file's text
     * @throws NullPointerException     if {@code scored} is null
     * @throws IllegalArgumentException if {@code scored} is empty
     */
    public String csv(List<Scored> scored) {
        return csv(scored, CsvDialect.of(locale()));
    }
}
