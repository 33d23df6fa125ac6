package io.github.layakanak.kla.scoring.diff;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who moves when the rules change: a set of submissions scored under two packs, each district's total and rank
 * under both, and per rank under the first pack how many rose, fell or stayed.
 *
 * <pre>{@code
 * Replay replay = Replay.run(pack, official, List.of(new Replay.Named("batam.json", batam), ...));
 * replay.districts().get(0).change();   // -5.00
 * replay.summary();                     // [RankSummary[rank=PRATAMA, rose=1, fell=0, stayed=1], ...]
 * }</pre>
 *
 * <p>A submission a pack cannot score is reported in {@link #unscored()} with every problem, and the run goes on.
 * Each submission is checked once under each pack and scored from that check.
 *
 * @param from      the first pack's id
 * @param to        the second pack's id
 * @param districts the submissions both packs scored, in the order given
 * @param unscored  the submissions one pack or both could not score, in the order given
 * @param summary   per rank under the first pack, the lowest first, how the districts of that rank moved; only
 *                  the ranks some district has
 */
public record Replay(String from, String to, List<DistrictChange> districts, List<Unscored> unscored,
        List<RankSummary> summary) {

    /**
     * A submission and the name a report gives it, such as its file's name.
     *
     * @param name       the name
     * @param submission the submission
     */
    public record Named(String name, Submission submission) {

        /**
         * Creates a named submission.
         *
         * @param name       the name
         * @param submission the submission
         * @throws NullPointerException if an argument is null
         */
        public Named {
            requireNonNull(name, "name");
            requireNonNull(submission, "submission");
        }
    }

    /** How a district's rank moved from the first pack to the second. */
    public enum Movement {
        /** A higher rank under the second pack. */
        ROSE,
        /** A lower rank under the second pack. */
        FELL,
        /** The same rank. */
        STAYED
    }

    /**
     * One district scored under both packs.
     *
     * @param name     the submission's name
     * @param region   the district's Kemendagri code
     * @param totalA   its total under the first pack
     * @param rankA    its rank under the first pack
     * @param totalB   its total under the second pack
     * @param rankB    its rank under the second pack
     * @param change   the second total minus the first
     * @param movement how its rank moved
     */
    public record DistrictChange(String name, String region, BigDecimal totalA, Rank rankA, BigDecimal totalB,
            Rank rankB, BigDecimal change, Movement movement) {

        /**
         * Creates a district's change.
         *
         * @param name     the name
         * @param region   the region code
         * @param totalA   the first total
         * @param rankA    the first rank
         * @param totalB   the second total
         * @param rankB    the second rank
         * @param change   the change of total
         * @param movement the movement of rank
         * @throws NullPointerException if an argument is null
         */
        public DistrictChange {
            requireNonNull(name, "name");
            requireNonNull(region, "region");
            requireNonNull(totalA, "totalA");
            requireNonNull(rankA, "rankA");
            requireNonNull(totalB, "totalB");
            requireNonNull(rankB, "rankB");
            requireNonNull(change, "change");
            requireNonNull(movement, "movement");
        }

        static DistrictChange of(String name, ScoreCard a, ScoreCard b) {
            int c = b.rank().compareTo(a.rank());
            return new DistrictChange(name, a.region().code(), a.total(), a.rank(), b.total(), b.rank(),
                    b.total().subtract(a.total()), c > 0 ? Movement.ROSE : c < 0 ? Movement.FELL : Movement.STAYED);
        }
    }

    /**
     * A submission one pack or both could not score, and why.
     *
     * @param name      the submission's name
     * @param problemsA every problem under the first pack, each at its JSON pointer; empty when it scored it
     * @param problemsB every problem under the second pack; empty when it scored it
     */
    public record Unscored(String name, List<Violation> problemsA, List<Violation> problemsB) {

        /**
         * Creates an unscored submission.
         *
         * @param name      the name
         * @param problemsA the problems under the first pack
         * @param problemsB the problems under the second pack
         * @throws NullPointerException     if an argument or an element is null
         * @throws IllegalArgumentException if both lists are empty
         */
        public Unscored {
            requireNonNull(name, "name");
            problemsA = List.copyOf(problemsA);
            problemsB = List.copyOf(problemsB);
            if (problemsA.isEmpty() && problemsB.isEmpty()) {
                throw new IllegalArgumentException("unscored submission [" + name + "] must have a problem under "
                        + "one pack at least, but has none");
            }
        }
    }

    /**
     * How the districts of one rank under the first pack moved.
     *
     * @param rank   the rank under the first pack
     * @param rose   how many rose
     * @param fell   how many fell
     * @param stayed how many stayed
     */
    public record RankSummary(Rank rank, int rose, int fell, int stayed) {

        /**
         * Creates a rank's summary.
         *
         * @param rank   the rank
         * @param rose   the number that rose
         * @param fell   the number that fell
         * @param stayed the number that stayed
         * @throws NullPointerException     if {@code rank} is null
         * @throws IllegalArgumentException if a number is negative
         */
        public RankSummary {
            requireNonNull(rank, "rank");
            if (rose < 0 || fell < 0 || stayed < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "counts of rank [%s] must not be negative, but were rose %d, fell %d, stayed %d", rank, rose,
                        fell, stayed));
            }
        }

        /**
         * Returns how many districts had the rank.
         *
         * @return rose, fell and stayed together
         */
        public int districts() {
            return rose + fell + stayed;
        }
    }

    /**
     * Creates a replay's result.
     *
     * @param from      the first pack's id
     * @param to        the second pack's id
     * @param districts the districts scored
     * @param unscored  the submissions not scored
     * @param summary   the summary per rank
     * @throws NullPointerException if an argument or an element is null
     */
    public Replay {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        districts = List.copyOf(districts);
        unscored = List.copyOf(unscored);
        summary = List.copyOf(summary);
    }

    /**
     * Scores submissions under two packs, checking with the model's validator in English.
     *
     * @param a           the first pack
     * @param b           the second pack
     * @param submissions the submissions, each with its name
     * @return the result
     * @throws NullPointerException if an argument or an element is null
     * @throws RulePackException    if a rubric of a pack's own kind fails
     */
    public static Replay run(RulePack a, RulePack b, List<Named> submissions) {
        return replay(a, b, submissions, null);
    }

    /**
     * Scores submissions under two packs, checking with a validator of the app's choice, whose language the
     * problems of the submissions a pack cannot score are reported in.
     *
     * @param a           the first pack
     * @param b           the second pack
     * @param submissions the submissions, each with its name
     * @param validator   the validator, such as {@code SubmissionValidator.create(Locale.forLanguageTag("id"))}
     * @return the result
     * @throws NullPointerException if an argument or an element is null
     * @throws RulePackException    if a rubric of a pack's own kind fails
     */
    public static Replay run(RulePack a, RulePack b, List<Named> submissions, SubmissionValidator validator) {
        requireNonNull(validator, "validator");
        return replay(a, b, submissions, validator);
    }

    private static Replay replay(RulePack a, RulePack b, List<Named> submissions,
            @Nullable SubmissionValidator validator) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        List<DistrictChange> districts = new ArrayList<>();
        List<Unscored> unscored = new ArrayList<>();
        for (Named named : List.copyOf(submissions)) {
            List<Violation> problemsA = new ArrayList<>();
            List<Violation> problemsB = new ArrayList<>();
            ScoreCard cardA = score(a, named.submission(), validator, problemsA);
            ScoreCard cardB = score(b, named.submission(), validator, problemsB);
            if (cardA != null && cardB != null) {
                districts.add(DistrictChange.of(named.name(), cardA, cardB));
            } else {
                unscored.add(new Unscored(named.name(), problemsA, problemsB));
            }
        }
        return new Replay(a.id(), b.id(), districts, unscored, summary(districts));
    }

    /** The scorecard, or null with the problems added when the pack cannot score the submission. */
    private static @Nullable ScoreCard score(RulePack pack, Submission submission,
            @Nullable SubmissionValidator validator,
            List<Violation> problems) {
        try {
            return ScoringEngine.score(validator == null ? ScoringEngine.check(pack, submission)
                    : ScoringEngine.check(pack, submission, validator));
        } catch (ScoringException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    private static List<RankSummary> summary(List<DistrictChange> districts) {
        Map<Rank, int[]> counts = new EnumMap<>(Rank.class);
        for (DistrictChange d : districts) {
            counts.computeIfAbsent(d.rankA(), r -> new int[3])[d.movement().ordinal()]++;
        }
        List<RankSummary> summary = new ArrayList<>();
        counts.forEach((rank, n) -> summary.add(new RankSummary(rank, n[Movement.ROSE.ordinal()],
                n[Movement.FELL.ordinal()], n[Movement.STAYED.ordinal()])));
        return summary;
    }
}
