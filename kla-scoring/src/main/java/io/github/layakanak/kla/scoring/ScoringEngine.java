package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.List;

/**
 * Scores submissions under rule packs and explains how two scores differ.
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(submission.year());
 * ScoreCard card = ScoringEngine.score(pack, submission);
 * card.total();   // 631.00
 * card.rank();    // MADYA
 * }</pre>
 *
 * <p>The engine is pure and thread-safe: it reads nothing but its arguments, writes nothing, and gives equal
 * scorecards (and the same JSON bytes) for equal arguments.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores a submission under a pack.
     *
     * <p>The submission should be admissible (see
     * {@link io.github.layakanak.kla.model.validation.SubmissionValidator}); the engine checks what only the pack
     * can tell: the year, the region edition, the indicators and questions answered, and the kinds of the values.
     *
     * @param pack       the rule pack of the submission's year
     * @param submission the submission
     * @return the scorecard
     * @throws ScoringException if the pack cannot score the submission; the message lists every reason at its
     *                          JSON pointer
     */
    public static ScoreCard score(RulePack pack, Submission submission) {
        requireNonNull(pack, "pack");
        requireNonNull(submission, "submission");
        List<String> problems = Scorer.problems(pack, submission);
        if (!problems.isEmpty()) {
            throw new ScoringException(pack.id(), problems);
        }
        return new Scorer(pack, submission).score();
    }

    /**
     * Explains how a score changed between two scorecards, indicator by indicator: between the stages of one
     * round (a self-assessment of 805.26 verified at 631.00) or between two years.
     *
     * @param earlier the earlier scorecard
     * @param later   the later scorecard
     * @return the changes, the largest first
     */
    public static ScoreComparison compare(ScoreCard earlier, ScoreCard later) {
        return ScoreComparison.of(requireNonNull(earlier, "earlier"), requireNonNull(later, "later"));
    }
}
