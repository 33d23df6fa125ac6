package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.IndicatorValue;
import java.util.Optional;

/**
 * What a rubric rates: the value a district declares, or the answer option it chose.
 *
 * @param value  the value declared, when there is one
 * @param option the answer option chosen, when the question has options
 */
public record Response(Optional<IndicatorValue> value, Optional<String> option) {

    /** A response with neither value nor option: an unanswered indicator or question. */
    public static final Response NONE = new Response(Optional.empty(), Optional.empty());

    /**
     * Creates a response.
     *
     * @param value  the value declared
     * @param option the option chosen
     * @throws NullPointerException if an argument is null
     */
    public Response {
        requireNonNull(value, "value");
        requireNonNull(option, "option");
    }

    /**
     * A response with a value and no option.
     *
     * @param value the value
     * @return the response
     */
    public static Response of(IndicatorValue value) {
        return new Response(Optional.of(value), Optional.empty());
    }

    /**
     * A response that chose an answer option.
     *
     * @param option the option's id
     * @return the response
     */
    public static Response option(String option) {
        return new Response(Optional.empty(), Optional.of(option));
    }

    /**
     * Tells whether the response gives anything to rate.
     *
     * @return {@code true} when it has a value or an option
     */
    public boolean isGiven() {
        return value.isPresent() || option.isPresent();
    }
}
