package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One rung of a rubric: an answer that earns a fraction of the maximum.
 *
 * <p>A rubric's steps are ordered from the fewest points to the most, so that a planner can ask what the next
 * step up is and how many points it gains.
 *
 * @param id       the step's id within its rubric ({@code "PERDA"}, {@code "90"}, {@code "AT_TARGET"})
 * @param fraction the fraction of the maximum it earns, from 0 to 1
 * @param labelId  what the step means, in Indonesian
 * @param labelEn  what the step means, in English
 */
public record Step(String id, BigDecimal fraction, String labelId, String labelEn) {

    /**
     * Creates a step.
     *
     * @param id       the step's id
     * @param fraction the fraction of the maximum, from 0 to 1
     * @param labelId  the Indonesian label
     * @param labelEn  the English label
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the fraction is outside [0, 1]
     */
    public Step {
        requireNonNull(id, "id");
        requireNonNull(fraction, "fraction");
        requireNonNull(labelId, "labelId");
        requireNonNull(labelEn, "labelEn");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "fraction of step [%s] must be in [0, 1], but was %s", id, fraction.toPlainString()));
        }
    }
}
