package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import java.util.Optional;

/**
 * What to plan for: a target rank, what a step costs, and whether to change documents only.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(checked, PlanRequest.nextRank());
 * Plan plan = Planner.plan(checked, PlanRequest.nextRank().target(Rank.NINDYA).documentsOnly(true));
 * }</pre>
 *
 * @param target        the rank to reach; empty for the next rank above the scorecard's
 * @param effort        what each step costs; {@link Effort#steps()} for the fewest steps
 * @param documentsOnly whether to plan only steps a district can still take during the round (evidence and
 *                      documents' levels), leaving measured outcomes as they are
 */
public record PlanRequest(Optional<Rank> target, Effort effort, boolean documentsOnly) {

    /**
     * Creates a request.
     *
     * @param target        the target, or empty for the next rank
     * @param effort        the effort table
     * @param documentsOnly whether to change documents only
     * @throws NullPointerException if an argument is null
     */
    public PlanRequest {
        requireNonNull(target, "target");
        requireNonNull(effort, "effort");
    }

    /**
     * The next rank above the scorecard's, in the fewest steps, with any step.
     *
     * @return the request
     */
    public static PlanRequest nextRank() {
        return new PlanRequest(Optional.empty(), Effort.steps(), false);
    }

    /**
     * Returns a copy with a target rank.
     *
     * @param rank the rank to reach
     * @return the new request
     */
    public PlanRequest target(Rank rank) {
        return new PlanRequest(Optional.of(requireNonNull(rank, "rank")), effort, documentsOnly);
    }

    /**
     * Returns a copy with an effort table.
     *
     * @param table the effort of each step
     * @return the new request
     */
    public PlanRequest effort(Effort table) {
        return new PlanRequest(target, requireNonNull(table, "table"), documentsOnly);
    }

    /**
     * Returns a copy that plans with documents only, or with any step.
     *
     * @param only whether to change documents only
     * @return the new request
     */
    public PlanRequest documentsOnly(boolean only) {
        return new PlanRequest(target, effort, only);
    }
}
