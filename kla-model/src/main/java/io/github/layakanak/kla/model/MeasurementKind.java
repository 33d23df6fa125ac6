package io.github.layakanak.kla.model;

/**
 * How an indicator or a question is measured, which decides the shape of its answer
 * ({@link IndicatorValue}) and the rubric kinds a rule pack can score it with.
 */
public enum MeasurementKind {
    /** The strongest document in force: Perda, Perkada, instruction or circular, draft, none. */
    DOCUMENT_LEVEL,
    /** A percentage from 0 to 100, where higher or lower is better (see {@link Direction}). */
    PERCENTAGE,
    /** A count of facilities, activities or institutions. */
    COUNT,
    /** How well an institution functions: fully, partly, not at all. */
    FUNCTIONING_LEVEL,
    /** Whether something exists: yes or no. */
    PRESENCE,
    /** Which budgets fund an activity: the regional budget, other sources, both or none. */
    BUDGET,
    /** Scored on the documents attached alone, with no value of its own. */
    EVIDENCE_ONLY,
    /** Several sub-items, each measured in its own way and weighted. */
    COMPOSITE
}
