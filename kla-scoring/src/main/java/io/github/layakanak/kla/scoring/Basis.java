package io.github.layakanak.kla.scoring;

/**
 * What an indicator's or a question's points rest on.
 *
 * <p>An indicator scored by one rubric is {@link #NOT_ANSWERED}, {@link #RATED}, {@link #LIMITED_BY_EVIDENCE} or
 * {@link #NO_EVIDENCE}; one scored by the questions of an instrument is {@link #NOT_ANSWERED} or
 * {@link #QUESTIONS}, and each of its questions is {@link #NOT_ANSWERED}, {@link #RATED},
 * {@link #LIMITED_BY_EVIDENCE}, {@link #NO_EVIDENCE} or {@link #AWARDED}.
 */
public enum Basis {
    /** Nothing was answered: no value, no option, no question. It earns nothing. */
    NOT_ANSWERED,
    /** The rubric rated the value or option as given. */
    RATED,
    /**
     * The value claims a document level above the strongest document that counts at the stage, and was rated at
     * that document's level.
     */
    LIMITED_BY_EVIDENCE,
    /**
     * The value earns points only with evidence that counts at the stage, and none does: it earns nothing. Its
     * rating says what it would earn with such evidence.
     */
    NO_EVIDENCE,
    /** The indicator's points are the sum of its questions' points, capped at its maximum. */
    QUESTIONS,
    /** A verifier awarded the question's points in a recap, bounded by the question's maximum. */
    AWARDED
}
