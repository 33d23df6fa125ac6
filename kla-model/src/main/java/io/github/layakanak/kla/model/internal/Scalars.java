package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * kla's readers of strings and numbers, stricter than Jackson's: a value of its own JSON type only (no number
 * as a string, no string as a number), no control characters in strings, numbers within {@link KlaJson}'s
 * limits, no {@code -0}; a whole number may be written as a decimal ({@code 10.0}), as PHP writes its floats.
 * Jackson's own readers accept {@code 2171} for a string and {@code 1e-999999999} for a number, whose later
 * arithmetic exhausts the heap.
 */
final class Scalars {

    /** {@code 97,4}, {@code 1.234,5}: a number as Indonesian writes it. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d+");

    /** {@code 97.4}: a number in quotes. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Scalars() {
    }

    /** The module that installs them. */
    static SimpleModule module() {
        return new SimpleModule("kla-scalars")
                .addDeserializer(String.class, new Strings())
                .addDeserializer(BigDecimal.class, new Decimals())
                .addDeserializer(Integer.class, new Wholes<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .addDeserializer(int.class, new Wholes<>(int.class, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .addDeserializer(Long.class, new Wholes<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE))
                .addDeserializer(long.class, new Wholes<>(long.class, Long.MIN_VALUE, Long.MAX_VALUE))
                .addKeyDeserializer(String.class, new StringKeys());
    }

    /**
     * The first character a string may not hold, with where it is, or null. Line feeds and tabs are allowed (a
     * verifier's reason may run over lines); every other C0 and C1 control, DEL, the bidirectional overrides
     * and isolates (which make text read differently from how it is stored) and unpaired surrogates are not.
     */
    static @Nullable JsonWords forbiddenCharacter(String text) {
        int at = Printable.firstUnsafe(text);
        if (at < 0) {
            return null;
        }
        char c = text.charAt(at);
        String key = Character.isSurrogate(c) ? "json.char.surrogate"
                : c >= 0x202a ? "json.char.bidi" : "json.char.control";
        return JsonWords.of(key, String.format(Locale.ROOT, "U+%04X", (int) c), String.valueOf(at + 1));
    }

    private static final class Strings extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InputProblem(parser, JsonWords.of("json.expected", JsonWords.of("json.type.string"),
                        given(parser)));
            }
            String text = parser.getText();
            JsonWords problem = forbiddenCharacter(text);
            if (problem != null) {
                throw new InputProblem(parser, problem);
            }
            return text;
        }
    }

    private static final class StringKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            JsonWords problem = forbiddenCharacter(key);
            if (problem != null) {
                throw new InputProblem(context.getParser(), JsonWords.of("json.name", problem));
            }
            return key;
        }
    }

    private static final class Decimals extends StdScalarDeserializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                throw new InputProblem(parser, notANumber(parser));
            }
            BigDecimal value = decimal(parser);
            if (value.precision() - value.scale() > KlaJson.MAX_INTEGER_DIGITS) {
                throw new InputProblem(parser, JsonWords.of("json.number.large", parser.getText(),
                        String.valueOf(KlaJson.MAX_INTEGER_DIGITS)));
            }
            return value;
        }
    }

    /**
     * The number the parser stands on, one that kla can hold, with at most {@link KlaJson#MAX_DECIMALS} decimal
     * places as written, and not {@code -0}.
     */
    private static BigDecimal decimal(JsonParser parser) throws IOException {
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException | JsonProcessingException e) {
            throw new InputProblem(parser, JsonWords.of("json.number.unholdable", parser.getText(),
                    String.valueOf(KlaJson.MAX_INTEGER_DIGITS), String.valueOf(KlaJson.MAX_DECIMALS)));
        }
        if (value.scale() > KlaJson.MAX_DECIMALS) {
            throw new InputProblem(parser, JsonWords.of("json.number.decimals", parser.getText(),
                    String.valueOf(KlaJson.MAX_DECIMALS)));
        }
        negativeZero(parser, value.signum());
        return value;
    }

    private static final class Wholes<T extends Number> extends StdScalarDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final long min;
        private final long max;

        Wholes(Class<?> type, long min, long max) {
            super(type);
            this.min = min;
            this.max = max;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return fromDecimal(parser);
            }
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                throw new InputProblem(parser, JsonWords.of("json.expected", JsonWords.of("json.type.whole"),
                        given(parser)));
            }
            JsonParser.NumberType type = parser.getNumberType();
            long value = type == JsonParser.NumberType.BIG_INTEGER ? max : parser.getLongValue();
            if (type == JsonParser.NumberType.BIG_INTEGER || value < min || value > max) {
                throw new InputProblem(parser, JsonWords.of("json.number.range", parser.getText(),
                        String.valueOf(min), String.valueOf(max)));
            }
            negativeZero(parser, Long.signum(value));
            return boxed(value);
        }

        /**
         * A whole number written as a decimal ({@code 10.0}, {@code 1.0e1}), as PHP's {@code json_encode} writes
         * a float: read as the whole number it is, within the limits of any number; {@code 10.5} is refused.
         */
        private T fromDecimal(JsonParser parser) throws IOException {
            BigDecimal value = decimal(parser);
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw new InputProblem(parser, JsonWords.of("json.expected", JsonWords.of("json.type.whole"),
                        given(parser)));
            }
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new InputProblem(parser, JsonWords.of("json.number.range", parser.getText(),
                        String.valueOf(min), String.valueOf(max)));
            }
            return boxed(value.longValueExact());
        }

        @SuppressWarnings("unchecked")
        private T boxed(long value) {
            return (T) (max == Integer.MAX_VALUE ? (Object) (int) value : (Object) value);
        }
    }

    /** {@code -0} reads as 0 and would be written as 0: a change of what the user wrote, so it is refused. */
    private static void negativeZero(JsonParser parser, int signum) throws IOException {
        if (signum == 0 && parser.getText().startsWith("-")) {
            throw new InputProblem(parser, JsonWords.of("json.number.negativeZero", parser.getText()));
        }
    }

    /** What was given instead, for the message: {@code , not the string ["93.2"]}. */
    private static JsonWords given(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return JsonWords.of("json.detail", "");
        }
        return switch (token) {
            case VALUE_STRING -> JsonWords.of("json.given.stringValue", abbreviated(parser.getText()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonWords.of("json.given.numberValue",
                    abbreviated(parser.getText()));
            case VALUE_TRUE, VALUE_FALSE -> JsonWords.of("json.given.literal", parser.getText());
            case START_OBJECT -> JsonWords.of("json.given.object");
            case START_ARRAY -> JsonWords.of("json.given.array");
            default -> JsonWords.of("json.detail", "");
        };
    }

    /**
     * A number given as a string: {@code "97,4"} (the Indonesian decimal comma) gets "write 97.4", {@code "97.4"}
     * "write 97.4, without quotes"; anything else "expected a number".
     */
    private static JsonWords notANumber(JsonParser parser) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText().strip();
            if (DECIMAL_COMMA.matcher(text).matches()) {
                return JsonWords.of("json.number.decimalComma", text, text.replace(".", "").replace(',', '.'));
            }
            if (PLAIN_NUMBER.matcher(text).matches()) {
                return JsonWords.of("json.number.quoted", text);
            }
        }
        return JsonWords.of("json.expected", JsonWords.of("json.type.number"), given(parser));
    }

    private static String abbreviated(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return Printable.escape(shown);
    }
}
