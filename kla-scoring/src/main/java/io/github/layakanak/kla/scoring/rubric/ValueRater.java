package io.github.layakanak.kla.scoring.rubric;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.scoring.pack.Rating;

/**
 * A built-in kind that rates a value as it is, without a response around it: what a composite calls for each of
 * its items, which saves making a response per item on every rating.
 */
interface ValueRater {

    /** Rates a value the rubric admitted. */
    Rating rateValue(IndicatorValue value);
}
