package io.github.layakanak.kla.report;

import io.github.layakanak.kla.report.internal.Lang;
import java.util.Locale;

/**
 * How a CSV of scorecards is written: the separator, the decimal mark, whether it starts with a UTF-8 byte order
 * mark and whether region codes are kept as text. On the command line {@code --csv-dialect} chooses one; without
 * it the dialect follows {@code --lang}, which picks the language of the headers and words either way
 * ({@link #of(Locale)}).
 */
public enum CsvDialect {
    /**
     * For a spreadsheet set to Indonesian, as Excel is on a district office's computer: Indonesian regional
     * settings separate lists with a semicolon and decimals with a comma, so the file does too ({@code 745,00});
     * it starts with a byte order mark, without which Excel reads UTF-8 as the Windows code page; and region codes
     * are kept as text, so that {@code 32.10} does not become the number 32.1.
     */
    ID(';', ',', true, true),
    /**
     * RFC 4180, for programs and spreadsheets set to English: commas, a decimal point, the region codes as they
     * are, and no byte order mark. The programs that read such files (Python's {@code csv}, R's {@code read.csv},
     * a database's import, {@code cut} and {@code awk}) take a byte order mark for part of the first header, and it
     * turns up in the middle of files joined together; RFC 4180 knows none. Excel set to English opens the file
     * into its columns, but reads names outside ASCII and region codes best through its From Text/CSV import.
     */
    EN(',', '.', false, false);

    private final char separator;
    private final char decimal;
    private final boolean byteOrderMark;
    private final boolean codesAsText;

    CsvDialect(char separator, char decimal, boolean byteOrderMark, boolean codesAsText) {
        this.separator = separator;
        this.decimal = decimal;
        this.byteOrderMark = byteOrderMark;
        this.codesAsText = codesAsText;
    }

    /**
     * The dialect of a report in a language, when none is chosen: {@link #ID} for Indonesian ({@code id}, also the
     * old code {@code in}), {@link #EN} for any other.
     *
     * @param locale the language of the report
     * @return its dialect
     */
    public static CsvDialect of(Locale locale) {
        String language = locale.getLanguage();
        return Lang.of(locale) == Lang.ID ? ID : EN;
    }

    /**
     * The character between fields.
     *
     * @return {@code ;} or {@code ,}
     */
    public char separator() {
        return separator;
    }

    /**
     * The character between a number's whole part and its decimals.
     *
     * @return {@code ,} or {@code .}
     */
    public char decimal() {
        return decimal;
    }

    /**
     * Whether the file starts with U+FEFF, the UTF-8 byte order mark.
     *
     * @return whether it does
     */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Whether region codes are written so that a spreadsheet keeps them as text.
     *
     * @return whether they are
     */
    public boolean codesAsText() {
        return codesAsText;
    }
}
