package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One rung of a rubric's ladder: an answer that earns a fraction of the maximum.
 *
 * <p>A rubric's {@linkplain Rubric#ladder() ladder} lists its rungs from the fewest points to the most, so that
 * a report or a planner can ask what the next rung up is and what it earns. A rung is data: its words come from
 * {@link Rubric#describe(Rung)}, rendered in the reader's language.
 *
 * @param id       the rung's id within its rubric: {@code "PERDA"}, {@code "90"} (a band's lower bound),
 *                 {@code "AT_TARGET"}, an answer option's id
 * @param fraction the fraction of the maximum it earns; the linter checks that it lies in [0, 1]
 */
public record Rung(String id, BigDecimal fraction) {

    /**
     * Creates a rung.
     *
     * @param id       the rung's id
     * @param fraction the fraction of the maximum
     * @throws NullPointerException if an argument is null
     */
    public Rung {
        requireNonNull(id, "id");
        requireNonNull(fraction, "fraction");
    }
}
