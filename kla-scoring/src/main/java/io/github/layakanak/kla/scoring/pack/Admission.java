package io.github.layakanak.kla.scoring.pack;

import io.github.layakanak.kla.model.IndicatorValue;

/**
 * Where a rubric refuses a response it cannot rate, before anything is scored: a value of a kind it does not rate,
 * an option it does not offer, a composite item it does not have. The engine collects every refusal of a
 * submission, each at its JSON pointer, into one {@link io.github.layakanak.kla.scoring.ScoringException}.
 */
public interface Admission {

    /**
     * Refuses the value, or a part of it.
     *
     * @param pointer where, relative to the value ({@code "/kind"}, {@code "/items/budget"}); {@code ""} for the
     *                value as a whole
     * @param why     what is expected there
     */
    void refuseValue(String pointer, Message why);

    /**
     * Refuses the option chosen.
     *
     * @param why what is expected there
     */
    void refuseOption(Message why);

    /**
     * Admits one item of a composite value under the item's own rubric.
     *
     * @param key    the item's key in the composite value
     * @param rubric the item's rubric
     * @param value  the item's value
     */
    void admitItem(String key, Rubric rubric, IndicatorValue value);
}
