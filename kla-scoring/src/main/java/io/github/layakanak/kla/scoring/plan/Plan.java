package io.github.layakanak.kla.scoring.plan;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The cheapest set of improvements that reaches a target rank, as steps in the order to take them.
 *
 * <p>A plan is exact: no set of improvements with fewer steps (or less effort) reaches the target under the pack.
 * Applying its {@link #applied() submission} and scoring it gives {@link #reached()}.
 *
 * @param outcome    whether the target is reached already, can be reached, or cannot be
 * @param target     the rank planned for
 * @param from       the scorecard's total
 * @param fromRank   the scorecard's rank
 * @param needed     the lowest total that earns the target (and passes the pack's gate, when it has one)
 * @param reached    the total after the steps
 * @param rank       the rank after the steps
 * @param highest    the highest total any set of improvements allowed by the request reaches
 * @param effort     the steps' effort together
 * @param steps      the steps: first those a district can still take during the round, then the others; each
 *                   with its gain and the running total
 * @param applied    the submission with every step applied, to score and check; empty when there are no steps
 * @param unmet      the ids of the enabled rank conditions up to the target that no step the request allows can meet
 *                   (the document they need cannot be made to count), or can meet only short of the total needed
 *                   (the document they need supports the answer less than another would): a reason for
 *                   {@link Outcome#UNREACHABLE} whatever the total
 */
public record Plan(Outcome outcome, Rank target, BigDecimal from, Rank fromRank, BigDecimal needed, BigDecimal reached,
        Rank rank, BigDecimal highest, BigDecimal effort, List<Step> steps, Optional<Submission> applied,
        List<String> unmet) {

    /** Whether the target is reached. */
    public enum Outcome {
        /** The scorecard already has the target rank, or a higher one. */
        ALREADY_REACHED,
        /** The steps reach the target. */
        PLANNED,
        /**
         * No improvement the pack and the request allow reaches the target: {@link #highest()} is the most, or a rank
         * condition cannot be met ({@link #unmet()}).
         */
        UNREACHABLE
    }

    /**
     * Creates a plan.
     *
     * @param outcome  the outcome
     * @param target   the target rank
     * @param from     the starting total
     * @param fromRank the starting rank
     * @param needed   the lowest total for the target
     * @param reached  the total after the steps
     * @param rank     the rank after the steps
     * @param highest  the highest reachable total
     * @param effort   the total effort
     * @param steps    the steps
     * @param applied  the submission with the steps applied, or empty
     * @param unmet    the rank conditions no allowed step can meet with the total needed
     * @throws NullPointerException if an argument is null
     */
    public Plan {
        requireNonNull(outcome, "outcome");
        requireNonNull(target, "target");
        requireNonNull(from, "from");
        requireNonNull(fromRank, "fromRank");
        requireNonNull(needed, "needed");
        requireNonNull(reached, "reached");
        requireNonNull(rank, "rank");
        requireNonNull(highest, "highest");
        requireNonNull(effort, "effort");
        steps = List.copyOf(steps);
        requireNonNull(applied, "applied");
        unmet = List.copyOf(unmet);
    }

    /**
     * Returns the points the plan gains.
     *
     * @return the total after the steps minus the total before
     */
    public BigDecimal gain() {
        return reached.subtract(from);
    }
}
