package io.github.layakanak.kla.report.internal;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.report.CsvDialect;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.scoring.ClusterScore;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RulePack;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scorecards as CSV: a header, then one row per district, in a {@link CsvDialect} (the separator, the decimal
 * mark, the byte order mark) and with headers and words in a {@link Lang}. Every text is quoted, with its quotes
 * doubled (RFC 4180), lines end in CRLF, and numbers are plain and unquoted, with two
 * decimals and never a thousands separator: {@code 745,00} in the Indonesian dialect, {@code 745.00} in the
 * English one.
 *
 * <p>The columns: the input file, the region's code, name and province, the year, the stage, the rule pack; the
 * total, its maximum (the indicators' maxima added up) and the points lost (the maximum minus the total); the
 * rank; then for every section any pack scores, its points, maximum and points lost, left empty where the
 * district's pack does not score the section; and last the points lost for each cause, which add up to the points
 * lost. Ranks, stages, sections and causes are in words ({@code Nindya}, {@code Verifikasi Final}), never the names
 * kla gives them in code.
 *
 * <p>Region codes as text. Excel opening a CSV turns a code such as {@code 32.10} into a number, and the code
 * is lost ({@code 32.1}); quoting the field does not help, since quotes only delimit it. So the Indonesian dialect
 * writes a code as the formula {@code ="32.10"} (quoted as RFC 4180 says: {@code "=""32.10"""}), which Excel, Google Sheets and LibreOffice (with "Evaluate
 * formulas" ticked in its import dialog) evaluate to the text {@code 32.10}: the cell shows the code, sorts and
 * filters as text, and a sheet saved again as CSV holds {@code 32.10}. A program reading the file sees the
 * formula; the English dialect, for programs, writes the code as it is. Only kla's own region codes are written
 * this way, and only when they match {@code PP.KK} (two digits, a point, two digits: what {@code Region} has
 * already checked, so nothing that could close the quote); any other text from the input goes through
 * {@link #text}, so that nothing of the input is ever run as a formula.
 *
 * <p>The Indonesian dialect starts with a byte order mark (U+FEFF), which tells Excel the file is UTF-8; the
 * English one, for programs, does not ({@link CsvDialect#EN} says why).
 */
public final class CsvReport {

    /** kla's region code, {@code PP.KK}: the only text a row writes as a formula. */
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2}\\.[0-9]{2}");
    /** A number as kla writes one, in either notation: the only fields written unquoted, with the empty one. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?|");
    /** Only its generator is used; it is thread-safe once configured. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .disable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();

    private CsvReport() {
    }

    /**
     * The file: a byte order mark if the dialect has one, the header and one row per district.
     *
     * @param scored  the districts, at least one
     * @param lang    the language of the headers and words
     * @param dialect how the file is written
     * @return the field
     */
    public static String render(List<Scored> scored, Lang lang, CsvDialect dialect) {
        StringWriter csv = new StringWriter();
        if (dialect.byteOrderMark()) {
            csv.append('\uFEFF');
        }
        List<List<String>> lines = new ArrayList<>(scored.size() + 1);
        lines.add(header(lang, scored.get(0).pack()));
        scored.forEach(s -> lines.add(row(s, lang, dialect)));
        write(csv, lines, dialect);
        return csv.toString();
    }

    /**
     * The header, in words of the language; {@code pack} only lends its explainer the words for the causes, which
     * are the same for every pack.
     *
     * @param lang the language
     * @param pack the rule pack
     * @return the fields
     */
    public static List<String> header(Lang lang, RulePack pack) {
        List<String> header = new ArrayList<>();
        for (String key : List.of("file", "regionCode", "region", "province", "year", "stage", "pack", "total",
                "maximum", "lost", "rank")) {
            header.add(lang.text("report.csv." + key));
        }
        for (Cluster cluster : Cluster.values()) {
            String label = lang.label(cluster);
            header.add(lang.text("report.csv.section.points", label));
            header.add(lang.text("report.csv.section.maximum", label));
            header.add(lang.text("report.csv.section.lost", label));
        }
        Explainer words = lang.explainer(pack);
        for (Loss.Cause cause : Loss.Cause.values()) {
            header.add(lang.text("report.csv.lostBy", words.cause(cause)));
        }
        return List.copyOf(header);
    }

    /**
     * One district's fields, before quoting: text neutralised, numbers in the dialect's notation.
     *
     * @param scored the district
     * @param lang the language
     * @param dialect how the CSV is written
     * @return the fields
     */
    public static List<String> row(Scored scored, Lang lang, CsvDialect dialect) {
        ScoreCard card = scored.card();
        BigDecimal max = Numbers.maxima(card);
        List<String> row = new ArrayList<>(List.of(text(scored.name()),
                code(card.region().code(), dialect), text(card.region().name()), text(card.region().province()),
                Integer.toString(card.year()), lang.name(card.stage()), text(card.packId()),
                number(card.total(), dialect), number(max, dialect), number(max.subtract(card.total()), dialect),
                lang.name(card.rank())));
        for (Cluster cluster : Cluster.values()) {
            Optional<ClusterScore> section = card.findCluster(cluster);
            row.add(section.map(c -> number(c.points(), dialect)).orElse(""));
            row.add(section.map(c -> number(c.max(), dialect)).orElse(""));
            row.add(section.map(c -> number(c.max().subtract(c.points()), dialect)).orElse(""));
        }
        for (Loss.Cause cause : Loss.Cause.values()) {
            row.add(number(Numbers.lost(card, cause), dialect));
        }
        return row;
    }

    /**
     * Points with two decimals in the dialect's notation: {@code 745,00} or {@code 745.00}.
     *
     * @param value the field's text
     * @param dialect how the CSV is written
     * @return the field
     */
    public static String number(BigDecimal value, CsvDialect dialect) {
        return Numbers.points(value).replace('.', dialect.decimal());
    }

    /**
     * A region code as the dialect keeps it: {@code ="32.10"} where codes are kept as text (see the class), as it
     * is otherwise. Anything but {@code PP.KK} is text from elsewhere, and goes through {@link #text}.
     *
     * @param code the region code
     * @param dialect how the CSV is written
     * @return the field
     */
    public static String code(String code, CsvDialect dialect) {
        if (!REGION_CODE.matcher(code).matches()) {
            return text(code);
        }
        return dialect.codesAsText() ? "=\"" + code + "\"" : code;
    }

    /**
     * A text cell that a spreadsheet will not run: one that starts as a formula would ({@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return, or their full-width forms) gets a leading apostrophe,
     * which spreadsheets read as "this is text" (OWASP's advice on CSV injection). Numbers kla writes itself
     * are not text cells.
     *
     * @param value the field's text
     * @return the field
     */
    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20' -> "'" + value;
            default -> value;
        };
    }

    /**
     * One line of the file, with its CRLF: every text quoted, with quotes doubled (RFC 4180); a number kla wrote
     * ({@link #number}, the year) and an empty field as they are, so that a spreadsheet reads a number as one.
     *
     * <p>Written by Jackson's CSV generator (jackson-dataformat-csv, of the Jackson kla already uses) quoting every
     * string: its checks for whether a field needs quotes look for the first character of the line separator only,
     * so with CRLF a field holding a bare line feed would go out unquoted and break its row; quoted, it cannot.
     *
     * @param fields  the fields, before quoting
     * @param dialect the dialect
     * @return the line
     */
    public static String line(List<String> fields, CsvDialect dialect) {
        StringWriter out = new StringWriter();
        write(out, List.of(fields), dialect);
        return out.toString();
    }

    private static void write(StringWriter out, List<List<String>> lines, CsvDialect dialect) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dialect.separator()).withLineSeparator("\r\n")
                .withQuoteChar('"').withoutEscapeChar().withoutHeader();
        try (CsvGenerator csv = CSV.getFactory().createGenerator(out)) {
            csv.setSchema(schema);
            for (List<String> fields : lines) {
                csv.writeStartArray();
                for (String field : fields) {
                    // "1,5" is a number in the Indonesian dialect, whose separator is ";", and text to quote in the
                    // English one.
                    if (NUMBER.matcher(field).matches() && field.indexOf(dialect.separator()) < 0) {
                        csv.writeRawValue(field);
                    } else {
                        csv.writeString(field);
                    }
                }
                csv.writeEndArray();
            }
        } catch (IOException e) {
            // A StringWriter does not fail; the generator refusing a row would be kla's own bug.
            throw new UncheckedIOException(e);
        }
    }
}
