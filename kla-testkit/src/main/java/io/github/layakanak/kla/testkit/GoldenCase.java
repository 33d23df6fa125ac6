package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A test case as data: a submission, the pack to score it with, and what the scorecard must say.
 *
 * <p>The expectation is a part of the scorecard's JSON: every field it names must be in the scorecard with an
 * equal value (numbers compare by value, so {@code 631} matches {@code 631.00}), arrays must have the same
 * length, and fields it leaves out are not checked. A case file reads:
 * <pre>{@code
 * {
 *   "name": "Garut-style stage drop: 805.26 self-assessed, Madya after field verification",
 *   "pack": "kla-2022",
 *   "rankConditions": {"perda-for-utama": false},
 *   "submission": { ...the submission... },
 *   "expected": {"total": 631.00, "rank": "MADYA"}
 * }
 * }</pre>
 *
 * @param name           what the case shows
 * @param pack           the id of the pack to score with; empty to pick the pack by the submission's year
 * @param rankConditions rank conditions to switch on or off before scoring, by id
 * @param submission     the submission
 * @param expected       the part of the scorecard's JSON the scorecard must match
 */
public record GoldenCase(String name, Optional<String> pack, Map<String, Boolean> rankConditions,
        Submission submission, String expected) {

    /**
     * Creates a golden case.
     *
     * @param name           what the case shows
     * @param pack           the pack's id, or empty
     * @param rankConditions the rank conditions to switch
     * @param submission     the submission
     * @param expected       the expected part of the scorecard, as JSON
     * @throws NullPointerException if an argument is null
     */
    public GoldenCase {
        requireNonNull(name, "name");
        requireNonNull(pack, "pack");
        rankConditions = Map.copyOf(new TreeMap<>(rankConditions));
        requireNonNull(submission, "submission");
        requireNonNull(expected, "expected");
    }

    /**
     * Scores the case's submission with its pack from a registry.
     *
     * @param packs the registry to take the pack from
     * @return the scorecard
     * @throws io.github.layakanak.kla.scoring.RulePackNotFoundException if the registry has no such pack
     * @throws io.github.layakanak.kla.scoring.ScoringException          if the pack cannot score the submission
     */
    public ScoreCard score(RulePacks packs) {
        requireNonNull(packs, "packs");
        RulePack rulePack = pack.map(packs::get).orElseGet(() -> packs.forYear(submission.year()));
        for (Map.Entry<String, Boolean> condition : new TreeMap<>(rankConditions).entrySet()) {
            rulePack = rulePack.withRankCondition(condition.getKey(), condition.getValue());
        }
        return ScoringEngine.score(rulePack, submission);
    }

    /**
     * Scores the case and compares the scorecard with the expectation.
     *
     * <pre>{@code
     * assertEquals(List.of(), goldenCase.check(packs), goldenCase.name());
     * }</pre>
     *
     * @param packs the registry to take the pack from
     * @return every difference, such as {@code /indicators/3/points: expected [12.00] but was [10.00]}; empty
     *         when the scorecard matches
     */
    public List<String> check(RulePacks packs) {
        return JsonSubset.differences(expected, KlaJson.write(score(packs)));
    }

    @Override
    public String toString() {
        return name;
    }
}
