package io.github.layakanak.kla.model.json;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.internal.Printable;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that is not a well-formed kla value (a submission, evidence, ...): broken JSON, an unknown or misspelled field, a value
 * of the wrong type, a missing required field.
 *
 * <p>The message names the place by its JSON pointer and says what was expected there, for example
 * {@code Invalid JSON at [/answers/0/evidence/0/titel]: unknown field; expected one of [issuedOn, issuer,
 * link, number, sha256, title, type, verification]}.
 */
public final class JsonFormatException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the place at fault. */
    private final String pointer;

    /** What was expected there, in English. */
    private final String problem;

    /** What was expected there, in any language; not serialized (a deserialized one speaks English). */
    private final transient Function<Locale, String> words;

    /**
     * Creates an exception for a problem found without a parser exception.
     *
     * @param pointer the JSON pointer of the place at fault; empty for the document as a whole
     * @param problem what is wrong there and what was expected
     */
    public JsonFormatException(String pointer, String problem) {
        super(message(pointer, problem));
        this.pointer = requireNonNull(pointer, "pointer");
        this.problem = requireNonNull(problem, "problem");
        this.words = locale -> problem;
    }

    /**
     * Creates an exception.
     *
     * @param pointer the JSON pointer of the place at fault; empty for the document as a whole
     * @param problem what is wrong there and what was expected
     * @param cause   the parser's own exception
     */
    public JsonFormatException(String pointer, String problem, Throwable cause) {
        super(message(pointer, problem), cause);
        this.pointer = requireNonNull(pointer, "pointer");
        this.problem = requireNonNull(problem, "problem");
        this.words = locale -> problem;
    }

    /**
     * Creates an exception whose problem reads in the language asked for.
     *
     * @param pointer the JSON pointer of the place at fault; empty for the document as a whole
     * @param words   what is wrong there and what was expected, in a language (English for any but those kla
     *                speaks)
     */
    public JsonFormatException(String pointer, Function<Locale, String> words) {
        this(pointer, words, words.apply(Locale.ENGLISH), null);
    }

    /**
     * Creates an exception whose problem reads in the language asked for.
     *
     * @param pointer the JSON pointer of the place at fault; empty for the document as a whole
     * @param words   what is wrong there and what was expected, in a language
     * @param cause   the parser's own exception
     */
    public JsonFormatException(String pointer, Function<Locale, String> words, Throwable cause) {
        this(pointer, words, words.apply(Locale.ENGLISH), requireNonNull(cause, "cause"));
    }

    private JsonFormatException(String pointer, Function<Locale, String> words, String english,
            @Nullable Throwable cause) {
        super(message(pointer, english), cause);
        this.pointer = requireNonNull(pointer, "pointer");
        this.problem = english;
        this.words = words;
    }

    /** The message, with anything a terminal could act on (from a field name in the input) made visible. */
    private static String message(String pointer, String problem) {
        return Printable.oneLine("Invalid JSON at [" + (pointer.isEmpty() ? "/" : pointer) + "]: " + problem);
    }

    /**
     * Returns the JSON pointer of the place at fault.
     *
     * @return the pointer, such as {@code /answers/0/value/percent}; empty for the document as a whole
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong at the place and what was expected there, in English.
     *
     * @return the problem, without the pointer
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns what is wrong at the place and what was expected there, in a language: Indonesian
     * ({@code Locale.forLanguageTag("id")}) or English. Nothing from the input in it can act on a terminal.
     *
     * @param locale the language
     * @return the problem, without the pointer
     */
    public String problem(Locale locale) {
        requireNonNull(locale, "locale");
        return words == null ? problem : Printable.oneLine(words.apply(locale));
    }
}
