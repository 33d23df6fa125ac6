package io.github.layakanak.kla.model.internal;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A problem of the JSON reader as words in any language: a key of the {@code JsonMessages} bundle (English and
 * Indonesian) and its arguments, rendered when a language is asked for. An argument may be words itself (what
 * was expected, in the same language), a list (written {@code [a, b]}) or any value (written as it is, made
 * printable).
 *
 * @param key       the bundle key, such as {@code json.null.field}
 * @param arguments its arguments
 */
public record JsonWords(String key, List<Object> arguments) implements Function<Locale, String> {

    private static final String BUNDLE = "io.github.layakanak.kla.model.internal.JsonMessages";

    /**
     * Creates words.
     *
     * @param key       the bundle key
     * @param arguments its arguments
     */
    public JsonWords {
        requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /**
     * Creates words.
     *
     * @param key       the bundle key
     * @param arguments its arguments
     * @return the words
     */
    public static JsonWords of(String key, Object... arguments) {
        return new JsonWords(key, Arrays.asList(arguments));
    }

    /**
     * Whether the bundle has a key, in English (the base, which has every key).
     *
     * @param key the key
     * @return whether it is there
     */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, JsonWords.class.getModule()).containsKey(key);
    }

    /**
     * Renders the words in a language; English for any language but Indonesian.
     *
     * @param locale the language
     * @return the text
     */
    @Override
    public String apply(Locale locale) {
        // Indonesian, or the English base: asked for as the root, so that a JVM whose default locale is Indonesian
        // does not fall back to Indonesian for English.
        Locale language = "id".equals(locale.getLanguage()) ? locale : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, JsonWords.class.getModule());
        Object[] rendered = arguments.stream().map(argument -> render(argument, locale)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(rendered);
    }

    /**
     * Renders the words in English, for logs and for {@code getMessage()}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return apply(Locale.ENGLISH);
    }

    private static String render(Object argument, Locale locale) {
        if (argument instanceof JsonWords words) {
            return words.apply(locale);
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> render(item, locale)).collect(Collectors.joining(", ", "[", "]"));
        }
        return Printable.oneLine(String.valueOf(argument));
    }
}
