package io.github.layakanak.kla.scoring.diff;

import static java.util.Objects.requireNonNull;

/**
 * One thing that differs between two packs: which rule ({@link Part}, and {@code at} which one of its kind),
 * what of it ({@link Aspect}), and its value in each pack. Values are data as the packs write them, never words:
 * a number in plain notation ({@code "40.00"}), {@code "true"} or {@code "false"}, a constant's name
 * ({@code "MADYA"}, {@code "PERCENT_BANDS"}, {@code "OFFICIAL"}), a provenance's source, or a written parameter as
 * canonical JSON; the empty string where a pack has no value (what is added or removed).
 *
 * @param part   the rule the change is of
 * @param at     which rule of its part: a section's cluster, a question's code, a band's rank, a rank condition's
 *               id; empty for a part there is one of
 * @param aspect what of the rule changed
 * @param field  the written field, for {@link Aspect#PARAMETER} and {@link Aspect#DEFINITION}; for
 *               {@link Aspect#PROVENANCE_SOURCE}, the language ({@code id}, {@code en}) when a source in both
 *               languages changed, which then comes once per language; empty otherwise
 * @param before the value in the first pack, or empty
 * @param after  the value in the second pack, or empty
 */
public record Change(Part part, String at, Aspect aspect, String field, String before, String after) {

    /** The rules of a pack that a change can be of. */
    public enum Part {
        /** The pack's total maximum. */
        TOTAL_MAX,
        /** A section's maximum; {@code at} is its cluster. */
        SECTION_MAX,
        /** An indicator itself: how it is scored, whether it needs evidence, how it is defined. */
        INDICATOR,
        /** An indicator's maximum. */
        INDICATOR_MAX,
        /** A rubric: the indicator's, or a question's when {@code at} is the question's code. */
        RUBRIC,
        /** The rule that caps the questions' sum at the indicator's maximum. */
        CAP,
        /** A question of an instrument-shaped indicator; {@code at} is its code. */
        QUESTION,
        /** A question's maximum; {@code at} is its code. */
        QUESTION_MAX,
        /** The rank bands as a whole: their convention and provenance. */
        BANDS,
        /** One rank's band; {@code at} is the rank. */
        BAND,
        /** The gate to the field verification. */
        GATE,
        /** A rank condition; {@code at} is its id. */
        RANK_CONDITION,
        /** Which evidence counts at which stage; {@code at} is the stage for {@link Aspect#COUNTING}. */
        STAGES,
        /** The rounding policy. */
        ROUNDING
    }

    /** What of a rule changed. */
    public enum Aspect {
        /** The rule is only in the second pack. */
        ADDED,
        /** The rule is only in the first pack. */
        REMOVED,
        /** A number: a maximum, a band's lower bound, the gate's threshold. */
        VALUE,
        /** The kind of a number's provenance ({@code OFFICIAL}, {@code SOURCED}, {@code HYPOTHETICAL}). */
        PROVENANCE_KIND,
        /**
         * The source a number's provenance cites: once per language ({@code field} {@code id}, {@code en}) when
         * either pack gives it in both, once ({@code field} empty) when both give one text.
         */
        PROVENANCE_SOURCE,
        /** A rubric's kind, or for an indicator whether it is scored by one rubric or by questions. */
        KIND,
        /** One written parameter of a rubric; {@code field} names it. */
        PARAMETER,
        /** Whether points need evidence that counts at the stage. */
        EVIDENCE_REQUIRED,
        /** Whether a total equal to the bound or threshold is in (a band) or passes (the gate). */
        INCLUSIVE,
        /** The bands' boundary convention, in words as the pack states it. */
        CONVENTION,
        /** The stage after which the gate applies. */
        STAGE,
        /** Whether a rank condition applies. */
        ENABLED,
        /** The lowest rank a rank condition applies to. */
        RANK,
        /** The indicator a rank condition checks. */
        INDICATOR,
        /** The evidence type a rank condition requires. */
        EVIDENCE_TYPE,
        /** The statuses of evidence that count at a stage. */
        COUNTING,
        /** The rounding's scale, mode or point of application; {@code field} names which. */
        ROUNDING,
        /** Another written field of an indicator or a question (its name, measurement, accepted evidence). */
        DEFINITION
    }

    /**
     * Creates a change.
     *
     * @param part   the rule
     * @param at     which one
     * @param aspect what of it
     * @param field  the written field
     * @param before the first pack's value
     * @param after  the second pack's value
     * @throws NullPointerException if an argument is null
     */
    public Change {
        requireNonNull(part, "part");
        requireNonNull(at, "at");
        requireNonNull(aspect, "aspect");
        requireNonNull(field, "field");
        requireNonNull(before, "before");
        requireNonNull(after, "after");
    }
}
