package io.github.layakanak.kla.model;

/**
 * The strongest document a district has in force for a policy, from none to a Perda.
 */
public enum DocumentLevel {
    /** No document. */
    NONE,
    /** A draft that is not in force yet. */
    DRAFT,
    /** An instruction or a circular letter (surat edaran) of the regent or mayor. */
    INSTRUCTION_OR_CIRCULAR,
    /** A regent's or mayor's regulation (Perbup, Perwali) or decree (SK). */
    PERKADA_OR_SK,
    /** A regional bylaw (Perda). */
    PERDA
}
