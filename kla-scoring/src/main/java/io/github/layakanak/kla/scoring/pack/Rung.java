package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a response lands on a rubric: the step that applied and the fraction of the maximum it earns.
 *
 * <p>The fraction is the step's own, except for rubrics that interpolate (a score proportional to a
 * percentage) or combine (a weighted composite, whose parts are the items' rungs).
 *
 * @param step     the step that applied
 * @param fraction the fraction of the maximum earned, from 0 to 1
 * @param parts    for a composite, the rung of each item, in the rubric's item order; otherwise empty
 */
public record Rung(Step step, BigDecimal fraction, List<Rung> parts) {

    /**
     * Creates a rung.
     *
     * @param step     the step that applied
     * @param fraction the fraction earned
     * @param parts    the items' rungs, possibly empty
     * @throws NullPointerException if an argument is null
     */
    public Rung {
        requireNonNull(step, "step");
        requireNonNull(fraction, "fraction");
        parts = List.copyOf(parts);
    }

    /**
     * The rung of a step that earns its own fraction.
     *
     * @param step the step
     * @return the rung
     */
    public static Rung at(Step step) {
        return new Rung(step, step.fraction(), List.of());
    }
}
