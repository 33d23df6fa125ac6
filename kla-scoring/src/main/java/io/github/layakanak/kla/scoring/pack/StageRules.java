package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which evidence counts at which stage.
 *
 * <p>A document's status at a stage is its {@link Evidence#verdictAt(Stage) verdict} there: what the last
 * verifier up to that stage found of it, and {@link VerificationStatus#PENDING} when no verifier has looked yet. In the 2022 pack a district's claimed
 * evidence counts while pending at the self-assessment, and only valid evidence counts at the verification
 * stages.
 *
 * @param counting   the statuses that count, per stage; every stage must be given
 * @param provenance where the rules come from
 */
public record StageRules(Map<Stage, Set<VerificationStatus>> counting, Provenance provenance) {

    /**
     * Creates stage rules.
     *
     * @param counting   the statuses that count per stage
     * @param provenance where the rules come from
     * @throws NullPointerException if an argument is null
     */
    public StageRules {
        EnumMap<Stage, Set<VerificationStatus>> copy = new EnumMap<>(Stage.class);
        requireNonNull(counting, "counting").forEach((stage, statuses) -> copy.put(requireNonNull(stage, "stage"),
                Collections.unmodifiableSet(statuses.isEmpty() ? EnumSet.noneOf(VerificationStatus.class)
                        : EnumSet.copyOf(statuses))));
        counting = Collections.unmodifiableMap(copy);
        requireNonNull(provenance, "provenance");
    }

    /**
     * Tells whether a status counts at a stage.
     *
     * @param status the status
     * @param stage  the stage
     * @return {@code true} when evidence with that status earns points at that stage
     */
    public boolean counts(VerificationStatus status, Stage stage) {
        return counting.getOrDefault(stage, Set.of()).contains(status);
    }
}
