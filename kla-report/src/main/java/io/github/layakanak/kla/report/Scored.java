package io.github.layakanak.kla.report;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;

/**
 * One district's scorecard with what it was scored from: what a report renders. The submission and the pack are
 * there because a report says more than the scorecard holds: the cheapest path to the next rank (planned from the
 * submission), the rank bands, the indicators' names and the sources of the numbers (from the pack).
 *
 * <pre>{@code
 * Scored batam = Scored.of("batam.json", pack, submission);
 * String page = Reports.in(Locale.forLanguageTag("id")).html(batam);
 * }</pre>
 *
 * @param name       how the CSV's first column names the district's input, such as its file name
 * @param submission the submission that was scored
 * @param pack       the rule pack it was scored under
 * @param card       its scorecard, which {@link ScoringEngine#score(RulePack, Submission)} made
 */
public record Scored(String name, Submission submission, RulePack pack, ScoreCard card) {

    /**
     * Creates a scored district from a scorecard the app has already made.
     *
     * @param name       how the CSV names the input
     * @param submission the submission
     * @param pack       the pack it was scored under
     * @param card       its scorecard under that pack
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the scorecard was made under another pack than {@code pack}
     */
    public Scored {
        requireNonNull(name, "name");
        requireNonNull(submission, "submission");
        requireNonNull(pack, "pack");
        requireNonNull(card, "card");
        if (!card.packId().equals(pack.id())) {
            throw new IllegalArgumentException("card must be scored under pack [" + pack.id() + "], but was scored under ["
                    + card.packId() + "]");
        }
    }

    /**
     * Scores a submission under a pack, for a report.
     *
     * @param name       how the CSV names the input
     * @param pack       the pack
     * @param submission the submission
     * @return the scored district
     * @throws NullPointerException if an argument is null
     * @throws io.github.layakanak.kla.scoring.ScoringException as {@link ScoringEngine#score(RulePack, Submission)}
     *                              throws it, for a submission the pack cannot score
     */
    public static Scored of(String name, RulePack pack, Submission submission) {
        return new Scored(name, submission, pack, ScoringEngine.score(requireNonNull(pack, "pack"),
                requireNonNull(submission, "submission")));
    }
}
