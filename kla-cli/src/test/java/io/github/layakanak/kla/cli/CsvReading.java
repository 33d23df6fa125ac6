package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.layakanak.kla.report.CsvDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads kla's CSV back as another program would, with Jackson's CSV parser set to the dialect's separator, and
 * its numbers as a spreadsheet set to that dialect's language would: {@code 745,00} with an Indonesian
 * {@link NumberFormat}.
 */
final class CsvReading {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvReading() {
    }

    /**
     * The rows of a file, the header first; checks the byte order mark (there exactly in the Indonesian dialect),
     * the CRLF line ends and that every row has the header's number of fields.
     */
    static List<List<String>> rows(String csv, CsvDialect dialect) {
        if (dialect == CsvDialect.ID) {
            assertTrue(csv.startsWith("\uFEFF"), "the Indonesian dialect starts with a byte order mark");
        }
        String body = dialect == CsvDialect.ID ? csv.substring(1) : csv;
        assertFalse(body.contains("\uFEFF"), "one byte order mark at most, and only at the start");
        assertTrue(body.endsWith("\r\n"), "CRLF after the last row");
        assertFalse(body.replace("\r\n", "").matches("(?s).*[\r\n].*"), "every line ends in CRLF, and no field "
                + "kla writes holds a line break");
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dialect.separator()).withQuoteChar('"');
        try (MappingIterator<List<String>> rows = MAPPER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(body)) {
            List<List<String>> all = rows.readAll();
            for (List<String> row : all) {
                assertEquals(all.get(0).size(), row.size(), () -> "as many fields as the header: " + row);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row after the header, by the header's names. */
    static List<Map<String, String>> records(String csv, CsvDialect dialect) {
        List<List<String>> rows = rows(csv, dialect);
        List<String> header = rows.get(0);
        assertEquals(header.size(), header.stream().distinct().count(), () -> "the headers differ: " + header);
        return rows.subList(1, rows.size()).stream().map(row -> {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            return record;
        }).toList();
    }

    /**
     * A number as a spreadsheet in the dialect's language reads it, after checking that it is plain: digits, the
     * dialect's decimal mark, two decimals, no thousands separator.
     */
    static BigDecimal number(String cell, CsvDialect dialect) {
        String decimal = dialect == CsvDialect.ID ? "," : "\\.";
        assertTrue(cell.matches("[0-9]+" + decimal + "[0-9]{2}"), () -> "a plain number in " + dialect + ": " + cell);
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(
                dialect == CsvDialect.ID ? Locale.forLanguageTag("id-ID") : Locale.ENGLISH);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        BigDecimal number = (BigDecimal) format.parse(cell, position);
        assertEquals(cell.length(), position.getIndex(), () -> "the whole cell is the number: " + cell);
        return number;
    }

    /** The region code a cell holds: in the Indonesian dialect, the text its formula {@code ="PP.KK"} evaluates to. */
    static String code(String cell, CsvDialect dialect) {
        if (dialect == CsvDialect.ID) {
            assertTrue(cell.matches("=\"[0-9]{2}\\.[0-9]{2}\""), () -> "a code kept as text: " + cell);
            return cell.substring(2, cell.length() - 1);
        }
        return cell;
    }
}
