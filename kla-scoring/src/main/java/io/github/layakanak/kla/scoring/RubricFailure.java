package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;

/**
 * Turns a rubric's own failure into the pack's: the built-in rubrics never fail on what they admitted, so a rubric
 * that throws is a kind of one's own that is broken, and the caller gets a {@link RulePackException} that says so.
 */
final class RubricFailure {

    private RubricFailure() {
    }

    static RulePackException of(RulePack pack, Rubric rubric, String doing, RuntimeException e) {
        String kind;
        try {
            kind = rubric.kind();
        } catch (RuntimeException unknown) {
            kind = rubric.getClass().getName();
        }
        return new RulePackException(pack.id(), "/: rubric kind [" + kind + "] failed to " + doing + ": " + e, e);
    }
}
