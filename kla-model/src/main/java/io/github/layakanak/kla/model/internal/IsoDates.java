package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a date as kla writes dates, {@code 2021-07-23}, and nothing else: not a date with a time
 * ({@code 2021-07-23T10:00}, whose time would be dropped), not one padded with spaces, not an array or a number of
 * days, not a day that does not exist. The JSR-310 module's reader accepts all of those, leniently; this one reads
 * the ten characters by hand, which also spares a {@code DateTimeFormatter} parse per document.
 */
final class IsoDates extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    IsoDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            // Said here rather than left to Jackson, whose parser stands on a different token when it reports
            // an array in different versions: "expected a date as YYYY-MM-DD, not an array" with every Jackson.
            throw new InputProblem(parser, JsonWords.of("json.expected", JsonWords.of("json.type.date"),
                    Json.given(parser.currentToken())));
        }
        String text = parser.getText();
        LocalDate date = plain(text);
        if (date != null) {
            return date;
        }
        LocalDate dayFirst = dayFirst(text);
        if (dayFirst != null) {
            throw new InputProblem(parser, JsonWords.of("json.date.dayFirst", text, dayFirst.toString()));
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a date as YYYY-MM-DD");
    }

    /** {@code yyyy-MM-dd} with a four-digit year, or null for anything else. */
    private static @Nullable LocalDate plain(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code 31/03/2022}, {@code 31-03-2022} or {@code 31.03.2022}, as Indonesian forms and spreadsheets write
     * dates (day first), when it is a day that exists; else null.
     */
    private static @Nullable LocalDate dayFirst(String text) {
        var matcher = DAY_FIRST.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
