package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * Words yet to be said: what a rubric, the engine or the linter wants to tell a person, as data, rendered in the
 * reader's language only when someone asks (see {@link io.github.layakanak.kla.scoring.Explainer}).
 *
 * <p>A message is either a {@link Key} into a resource bundle with its arguments, or a {@link Text} that a rule
 * pack spells out itself in both languages (an answer option's label, a composite item's name).
 */
public sealed interface Message {

    /**
     * A bundle key and its arguments. The bundle's pattern refers to the arguments as {@code {0}}, {@code {1}},
     * ...; an argument is rendered by its type: a number as the reader's language writes it, an enum that has
     * Indonesian and English names ({@link io.github.layakanak.kla.model.Bilingual}) by its name, an
     * {@link io.github.layakanak.kla.model.Indicator} by its number and name ({@code Indikator 4 Kepemilikan Kutipan
     * Akta Kelahiran}), a message by its own words, anything else as text.
     *
     * @param key       the key, such as {@code "rung.percentBand"}
     * @param arguments the arguments
     */
    record Key(String key, List<Object> arguments) implements Message {

        /**
         * Creates a key.
         *
         * @param key       the key
         * @param arguments the arguments
         * @throws NullPointerException if an argument, or an element of {@code arguments}, is null
         */
        public Key {
            requireNonNull(key, "key");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * Words a rule pack gives in both languages.
     *
     * @param indonesian the words in Indonesian
     * @param english    the words in English
     */
    record Text(String indonesian, String english) implements Message {

        /**
         * Creates a text.
         *
         * @param indonesian the Indonesian words
         * @param english    the English words
         * @throws NullPointerException if an argument is null
         */
        public Text {
            requireNonNull(indonesian, "indonesian");
            requireNonNull(english, "english");
        }
    }

    /**
     * A message from a bundle key and its arguments.
     *
     * @param key       the key
     * @param arguments the arguments
     * @return the message
     * @throws NullPointerException if an argument is null
     */
    static Message of(String key, Object... arguments) {
        return new Key(key, Arrays.asList(arguments));
    }

    /**
     * A message spelled out in both languages.
     *
     * @param indonesian the Indonesian words
     * @param english    the English words
     * @return the message
     */
    static Message text(String indonesian, String english) {
        return new Text(indonesian, english);
    }
}
