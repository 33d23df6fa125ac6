package io.github.layakanak.kla.scoring.pack;

import java.math.BigDecimal;

/**
 * Where a rubric reports what is wrong with its parameters when a pack is built. Pointers are relative to the
 * rubric's own object in the parameters file ({@code "/bands/0/from"}; {@code ""} for the rubric as a whole);
 * the linter prefixes them with the rubric's place in the pack.
 *
 * <p>Besides what each rubric checks itself, the linter checks every rubric's {@linkplain Rubric#ladder()
 * ladder}: it has a rung, its rung ids are unique, every fraction lies in [0, 1] and the best rung earns exactly
 * 1, so that the maximum can be reached.
 */
public interface Lint {

    /**
     * Reports a problem.
     *
     * @param pointer   where, relative to the rubric
     * @param format    what is wrong, a {@link String#format} pattern in English ({@code "... must be ..., but
     *                  is %s"}), formatted with {@link java.util.Locale#ROOT}
     * @param arguments the pattern's arguments
     */
    void problem(String pointer, String format, Object... arguments);

    /**
     * Reports a number that is not a fraction in [0, 1].
     *
     * @param pointer where, relative to the rubric
     * @param value   the number
     */
    default void fraction(String pointer, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problem(pointer, "a fraction must be in [0, 1], but is %s", value.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Lints a rubric nested in this one (a composite's item), as the linter lints every rubric.
     *
     * @param pointer where the nested rubric is, relative to this rubric
     * @param nested  the nested rubric
     */
    void rubric(String pointer, Rubric nested);
}
