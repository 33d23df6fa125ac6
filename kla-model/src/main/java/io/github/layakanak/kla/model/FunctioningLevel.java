package io.github.layakanak.kla.model;

/**
 * How well an institution (a task force, a Forum Anak, a PUSPAGA) functions.
 */
public enum FunctioningLevel {
    /** Formed on paper only, or not at all. */
    NONE,
    /** Meets or serves part of what it should. */
    PARTIAL,
    /** Meets, reports and serves as it should. */
    FULL
}
