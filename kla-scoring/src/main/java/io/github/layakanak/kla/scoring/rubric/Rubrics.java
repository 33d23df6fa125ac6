package io.github.layakanak.kla.scoring.rubric;

import io.github.layakanak.kla.scoring.pack.RubricKind;
import java.util.List;

/** The built-in rubric kinds, which every loader knows. */
public final class Rubrics {

    private static final List<RubricKind> BUILT_IN = List.of(DocumentLadder.KIND, PercentBands.KIND,
            TargetComparison.KIND, FunctioningLadder.KIND, CountThresholds.KIND, Presence.KIND, BudgetSources.KIND,
            Proportional.KIND, Options.KIND, Composite.KIND);

    private Rubrics() {
    }

    /**
     * Returns the built-in kinds.
     *
     * @return the kinds, in the order of the format's reference
     */
    public static List<RubricKind> builtIn() {
        return BUILT_IN;
    }
}
