package io.github.layakanak.kla.model.json;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.internal.Printable;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that is not a well-formed kla value (a submission, evidence, ...): broken JSON, an unknown or misspelled field, a value
 * of the wrong type, a missing required field.
 *
 * <p>The message names the place by its JSON pointer and says what was expected there, for example
 * {@code Invalid JSON at [/answers/0/evidence/0/titel]: unknown field; expected one of [issuedOn, issuer,
 * link, number, sha256, title, type, verification]}.
 *
 * <p>{@link KlaJson} reports every problem of a document it can find at once, in the order of the document
 * ({@link #problems()}, at most {@link KlaJson#MAX_PROBLEMS}); the message, {@link #pointer()} and
 * {@link #problem()} describe the first of them.
 */
public final class JsonFormatException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the place at fault. */
    private final String pointer;

    /** What was expected there, in English. */
    private final String problem;

    /** What was expected there, in any language; not serialized (a deserialized one speaks English). */
    private final transient Function<Locale, String> words;

    /** Every problem found, the first being the one above. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list, of serializable problems
    private final List<Problem> problems;

    /** Whether the search for problems stopped before the end of the document. */
    private final boolean truncated;

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
        this.problems = List.of(Problem.of(pointer, words));
        this.truncated = false;
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
        this.problems = List.of(Problem.of(pointer, words));
        this.truncated = false;
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
        this.problems = List.of(Problem.of(pointer, words));
        this.truncated = false;
    }

    /**
     * Creates an exception for every problem a document has; the first is the one its message describes.
     *
     * @param problems  the problems, in the order of the document; at least one
     * @param truncated whether the search for them stopped before the end of the document (at
     *                  {@link KlaJson#MAX_PROBLEMS}), so that there may be more
     * @throws IllegalArgumentException if there is no problem
     */
    public JsonFormatException(List<Problem> problems, boolean truncated) {
        this(problems, truncated, null, false);
    }

    /**
     * Creates an exception for every problem a document has, caused by the parser's failure at the first.
     *
     * @param problems  the problems, in the order of the document; at least one
     * @param truncated whether the search for them stopped before the end of the document
     * @param cause     the parser's own exception for the first problem
     * @throws IllegalArgumentException if there is no problem
     */
    public JsonFormatException(List<Problem> problems, boolean truncated, Throwable cause) {
        this(problems, truncated, requireNonNull(cause, "cause"), false);
    }

    private JsonFormatException(List<Problem> problems, boolean truncated, @Nullable Throwable cause,
            boolean unused) {
        super(message(first(problems).pointer(), first(problems).problem()), cause);
        this.problems = List.copyOf(problems);
        this.pointer = this.problems.get(0).pointer();
        this.problem = this.problems.get(0).problem();
        this.words = this.problems.get(0)::problem;
        this.truncated = truncated;
    }

    private static Problem first(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must hold at least one problem, but was empty");
        }
        return requireNonNull(problems.get(0), "problems element");
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

    /**
     * Returns every problem found in the document, in its order: the first is the one {@link #pointer()} and
     * {@link #problem()} describe.
     *
     * <pre>{@code
     * catch (JsonFormatException e) {
     *     e.problems().forEach(p -> System.err.println(p.pointer() + ": " + p.problem(locale)));
     * }
     * }</pre>
     *
     * @return the problems, at least one and at most {@link KlaJson#MAX_PROBLEMS}
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Whether the search for problems stopped before the end of the document, at {@link KlaJson#MAX_PROBLEMS}
     * (or when looking further would cost many readings of the document): the document may have more problems
     * than {@link #problems()} lists.
     *
     * @return whether there may be more problems
     */
    public boolean truncated() {
        return truncated;
    }

    /**
     * One problem of a document: the JSON pointer of its place, the line and column where the file has it
     * (when known), and what is wrong there, in English or Indonesian.
     */
    public static final class Problem implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The JSON pointer of the place at fault; empty for the document as a whole. */
        private final String pointer;
        /** The line where the file has the place, from 1; 0 when not known. */
        private final int line;
        /** The column where the file has the place, from 1; 0 when not known. */
        private final int column;
        /** The words in English, which a deserialized problem speaks. */
        private final String english;

        /** The words in any language; not serialized (a deserialized one speaks English). */
        private final transient @Nullable Function<Locale, String> words;

        private Problem(String pointer, int line, int column, Function<Locale, String> words) {
            this.pointer = requireNonNull(pointer, "pointer");
            this.words = requireNonNull(words, "words");
            this.english = requireNonNull(words.apply(Locale.ENGLISH), "words in English");
            this.line = line;
            this.column = column;
        }

        /**
         * Creates a problem whose place in the file is not known.
         *
         * @param pointer the JSON pointer of the place at fault; empty for the document as a whole
         * @param words   what is wrong there and what was expected, in a language (English for any but those kla
         *                speaks)
         * @return the problem
         */
        public static Problem of(String pointer, Function<Locale, String> words) {
            return new Problem(pointer, 0, 0, words);
        }

        /**
         * Creates a problem at a line and column of the file.
         *
         * @param pointer the JSON pointer of the place at fault; empty for the document as a whole
         * @param line    the line, from 1
         * @param column  the column, from 1, as the parser counts it (in bytes of UTF-8)
         * @param words   what is wrong there and what was expected, in a language
         * @return the problem
         * @throws IllegalArgumentException if the line or the column is less than 1
         */
        public static Problem at(String pointer, int line, int column, Function<Locale, String> words) {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "line and column must be at least 1, but were [%d] and [%d]", line, column));
            }
            return new Problem(pointer, line, column, words);
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
         * Returns the line of the file the place is on: of a field's name, an element's first character, or, for
         * a field that is missing, the object's opening brace.
         *
         * @return the line, from 1, or empty when not known
         */
        public OptionalInt line() {
            return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
        }

        /**
         * Returns the column of the place on its {@link #line()}.
         *
         * @return the column, from 1, or empty when not known
         */
        public OptionalInt column() {
            return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
        }

        /**
         * Returns what is wrong at the place and what was expected there, in English.
         *
         * @return the problem, without the pointer
         */
        public String problem() {
            return Printable.oneLine(english);
        }

        /**
         * Returns what is wrong at the place and what was expected there, in a language: Indonesian or English.
         *
         * @param locale the language
         * @return the problem, without the pointer
         */
        public String problem(Locale locale) {
            requireNonNull(locale, "locale");
            return words == null ? problem() : Printable.oneLine(words.apply(locale));
        }

        /**
         * Returns the problem as the exception's message says it: {@code Invalid JSON at [/year]: ...}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return message(pointer, english);
        }
    }
}
