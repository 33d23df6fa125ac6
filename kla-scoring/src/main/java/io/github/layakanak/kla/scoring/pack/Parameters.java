package io.github.layakanak.kla.scoring.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One object of a parameters file, as a rubric kind reads it: strictly, and reporting every problem at once.
 *
 * <p>Each getter reads one field. A field that is missing, or of the wrong type, is reported at its JSON pointer
 * and the getter returns a harmless stand-in, so that the reader goes on and the author sees every problem of the
 * file at once; a pack with a problem is never built. Once the kind has read its fields, a field it did not ask
 * for is reported as unknown, with the fields it did ask for: nothing the author wrote is silently dropped.
 *
 * <pre>{@code
 * static final RubricKind KIND = RubricKind.of("HALF_OR_FULL",
 *         p -> new HalfOrFull(p.number("threshold"), p.number("half"), p.provenance()));
 * }</pre>
 */
public interface Parameters {

    /**
     * Returns the JSON pointer of this object in the file.
     *
     * @return the pointer, such as {@code /indicators/3/rubric}
     */
    String pointer();

    /**
     * Reads a required number.
     *
     * @param field the field's name
     * @return the number; zero when it is missing or not a number (and that is reported)
     */
    BigDecimal number(String field);

    /**
     * Reads an optional number.
     *
     * @param field the field's name
     * @return the number, or empty when the field is absent
     */
    Optional<BigDecimal> findNumber(String field);

    /**
     * Reads a required whole number.
     *
     * @param field the field's name
     * @return the number; zero when it is missing or not a whole number
     */
    long wholeNumber(String field);

    /**
     * Reads a required string.
     *
     * @param field the field's name
     * @return the string; empty when it is missing or not a string
     */
    String text(String field);

    /**
     * Reads a required enum constant, spelled exactly.
     *
     * @param field the field's name
     * @param type  the enum
     * @param <E>   the enum's type
     * @return the constant; the first constant when it is missing or unknown
     */
    <E extends Enum<E>> E choice(String field, Class<E> type);

    /**
     * Reads an optional enum constant.
     *
     * @param field     the field's name
     * @param type      the enum
     * @param otherwise the constant when the field is absent
     * @param <E>       the enum's type
     * @return the constant
     */
    <E extends Enum<E>> E choice(String field, Class<E> type, E otherwise);

    /**
     * Reads a required label in both languages: {@code {"id": "...", "en": "..."}}.
     *
     * @param field the field's name
     * @return the label
     */
    Message.Text label(String field);

    /**
     * Reads a required object of numbers keyed by enum constants: {@code {"PERDA": 1, "NONE": 0}}.
     *
     * @param field the field's name
     * @param keys  the enum of the keys
     * @param <E>   the enum's type
     * @return the numbers, in the enum's order
     */
    <E extends Enum<E>> Map<E, BigDecimal> numbers(String field, Class<E> keys);

    /**
     * Reads a required array of objects.
     *
     * @param field the field's name
     * @return each element, to be read in turn
     */
    List<Parameters> objects(String field);

    /**
     * Reads a required nested rubric, of any kind the loader knows. A nested rubric without a provenance takes
     * this object's.
     *
     * @param field the field's name
     * @return the rubric
     */
    Rubric rubric(String field);

    /**
     * Reads this object's {@code provenance}: an object {@code {"kind", "source"}} or the name of an entry of the
     * pack's {@code provenances}; a nested rubric without one inherits its parent's.
     *
     * @return the provenance
     */
    Provenance provenance();

    /**
     * Reports a problem with a field that the kind finds when it reads it.
     *
     * @param field     the field's name, or {@code ""} for the object as a whole
     * @param format    what is wrong, a {@link String#format} pattern in English
     * @param arguments the pattern's arguments
     */
    void problem(String field, String format, Object... arguments);
}
