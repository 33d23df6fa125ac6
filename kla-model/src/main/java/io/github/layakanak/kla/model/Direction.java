package io.github.layakanak.kla.model;

/**
 * Whether a higher or a lower value of a measure is better for children.
 */
public enum Direction {
    /** More is better: birth-certificate coverage, child-friendly schools. */
    HIGHER_IS_BETTER,
    /** Less is better: child marriage, under-five malnutrition. */
    LOWER_IS_BETTER
}
