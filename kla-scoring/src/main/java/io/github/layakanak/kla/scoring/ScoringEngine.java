package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.pack.RulePack;

/**
 * Scores submissions under rule packs, and explains how two scores differ.
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(submission.year());
 * ScoreCard card = ScoringEngine.score(pack, submission);      // refuses an inadmissible submission
 * card.total();   // 631.00
 * card.rank();    // MADYA
 * Explainer.of(pack, Locale.forLanguageTag("id")).indicator(card.indicators().get(0));
 * }</pre>
 *
 * <p>Only admissible submissions are scored: {@link #check(RulePack, Submission)} refuses what the model's
 * {@link SubmissionValidator} refuses and what only the pack can tell, with one {@link ScoringException} that
 * lists every problem at its JSON pointer. An app that scores the same checked submission more than once, or
 * checks with its own validator, checks once and scores the {@link CheckedSubmission}.
 *
 * <p>The engine is pure and thread-safe: it reads nothing but its arguments, writes nothing, and gives equal
 * scorecards (and the same JSON bytes) for equal arguments. Nothing but a {@link KlaException} escapes it: a
 * {@link ScoringException} for the submission, a {@link RulePackException} for a rubric of one's own that fails.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /** Created on first use: building a validator takes a while, and an app that checks with its own never needs it. */
    private static final class DefaultValidator {
        static final SubmissionValidator ENGLISH = SubmissionValidator.create();
    }

    /**
     * Checks a submission against a pack, with the model's validator in English.
     *
     * @param pack       the rule pack of the submission's year
     * @param submission the submission
     * @return the checked submission, ready to score
     * @throws ScoringException if the submission is inadmissible or the pack cannot score it; the exception lists
     *                          every problem at its JSON pointer
     * @throws KlaException     if no Jakarta Validation provider is on the class or module path
     */
    public static CheckedSubmission check(RulePack pack, Submission submission) {
        return check(pack, submission, DefaultValidator.ENGLISH);
    }

    /**
     * Checks a submission against a pack, with a validator of the app's choice, whose language the pack's own
     * problems are reported in too.
     *
     * @param pack       the rule pack of the submission's year
     * @param submission the submission
     * @param validator  the validator, such as {@code SubmissionValidator.create(Locale.forLanguageTag("id"))}
     * @return the checked submission, ready to score
     * @throws ScoringException  if the submission is inadmissible or the pack cannot score it
     * @throws RulePackException if a rubric of the pack's own kind fails to admit an answer
     */
    public static CheckedSubmission check(RulePack pack, Submission submission, SubmissionValidator validator) {
        requireNonNull(pack, "pack");
        requireNonNull(submission, "submission");
        requireNonNull(validator, "validator");
        return CheckedSubmission.check(pack, submission, validator);
    }

    /**
     * Scores a checked submission under the pack it was checked against.
     *
     * @param checked the checked submission
     * @return the scorecard
     * @throws RulePackException if a rubric of the pack's own kind fails to rate an answer
     */
    public static ScoreCard score(CheckedSubmission checked) {
        return new Scorer(requireNonNull(checked, "checked")).score();
    }

    /**
     * Checks a submission against a pack and scores it: {@code score(check(pack, submission))}.
     *
     * @param pack       the rule pack of the submission's year
     * @param submission the submission
     * @return the scorecard
     * @throws ScoringException  if the submission is inadmissible or the pack cannot score it; the message lists
     *                           every problem at its JSON pointer
     * @throws RulePackException if a rubric of the pack's own kind fails
     * @throws KlaException      if no Jakarta Validation provider is on the class or module path
     */
    public static ScoreCard score(RulePack pack, Submission submission) {
        return score(check(pack, submission));
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
