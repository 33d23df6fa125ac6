package io.github.layakanak.kla.model;

/**
 * What a verifier found of one piece of evidence at one stage.
 */
public enum VerificationStatus {
    /** Not checked yet: the district's claim stands until a verifier looks at it. */
    PENDING,
    /** Checked and accepted. */
    VALID,
    /** Checked and rejected, for a stated reason (no number, no signature, wrong year, ...). */
    INVALID,
    /** Named in the answer, but the file could not be found. */
    MISSING
}
