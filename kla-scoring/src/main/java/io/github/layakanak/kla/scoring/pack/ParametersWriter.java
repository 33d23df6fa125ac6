package io.github.layakanak.kla.scoring.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where a rubric writes its parameters, in the shape its kind reads them ({@link Parameters}): what
 * {@link io.github.layakanak.kla.scoring.spi.RulePackLoader#write(RulePack)} writes and what a pack's SHA-256 is
 * computed from. The rubric's {@code kind} and {@code provenance} are written for it.
 */
public interface ParametersWriter {

    /**
     * Writes a number.
     *
     * @param field the field's name
     * @param value the number
     * @return this writer
     */
    ParametersWriter number(String field, BigDecimal value);

    /**
     * Writes a whole number.
     *
     * @param field the field's name
     * @param value the number
     * @return this writer
     */
    ParametersWriter wholeNumber(String field, long value);

    /**
     * Writes a string.
     *
     * @param field the field's name
     * @param value the string
     * @return this writer
     */
    ParametersWriter text(String field, String value);

    /**
     * Writes an enum constant by its name.
     *
     * @param field the field's name
     * @param value the constant
     * @return this writer
     */
    ParametersWriter choice(String field, Enum<?> value);

    /**
     * Writes a label in both languages.
     *
     * @param field the field's name
     * @param label the label
     * @return this writer
     */
    ParametersWriter label(String field, Message.Text label);

    /**
     * Writes numbers keyed by enum constants.
     *
     * @param field  the field's name
     * @param values the numbers
     * @return this writer
     */
    ParametersWriter numbers(String field, Map<? extends Enum<?>, BigDecimal> values);

    /**
     * Writes an array of objects.
     *
     * @param field    the field's name
     * @param elements the elements
     * @param element  writes one element into its own object
     * @param <T>      the elements' type
     * @return this writer
     */
    <T> ParametersWriter objects(String field, List<T> elements, BiConsumer<ParametersWriter, T> element);

    /**
     * Writes a nested rubric, its kind and provenance included.
     *
     * @param field  the field's name
     * @param rubric the rubric
     * @return this writer
     */
    ParametersWriter rubric(String field, Rubric rubric);
}
