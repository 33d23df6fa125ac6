package io.github.layakanak.kla.testkit;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.Composite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Builds submissions that score exactly a requested total under a pack, or the nearest total the pack can
 * produce on a requested side of it: for tests of score thresholds.
 *
 * <pre>{@code
 * Targets targets = Targets.of(pack);
 * Submission onTheEdge = targets.exactly(new BigDecimal("600.00"));      // Pratama: the edge is inclusive
 * Submission justAbove = targets.nearest(new BigDecimal("600.00"), Targets.Side.ABOVE);   // Madya
 * }</pre>
 *
 * <p>Every indicator is answered, each with a document of an accepted type that a verifier found valid, so the
 * total is the same at every stage. The search covers the values that land on each rubric step (and every
 * tenth of a percent of a proportional rubric); the result is checked by scoring it.
 */
public final class Targets {

    /** Which side of a requested total to look on. */
    public enum Side {
        /** The smallest achievable total above the requested one. */
        ABOVE,
        /** The largest achievable total below the requested one. */
        BELOW
    }

    private final RulePack pack;
    private final Region region;
    private final Stage stage;
    private final Map<String, Answer> pinned;
    private final LocalDate submittedOn;
    private final int scale;
    private final List<List<Option>> options;
    private final long[][] reachable;
    private final int cents;

    /** One way to answer an indicator, and the points it earns. */
    private record Option(long units, Answer answer) {
    }

    private Targets(RulePack pack, Region region, Stage stage, Map<String, Answer> pinned) {
        this.pack = pack;
        this.region = region;
        this.stage = stage;
        this.pinned = Map.copyOf(pinned);
        this.submittedOn = LocalDate.of(pack.years().get(0), 3, 31);
        this.scale = pack.rounding().scale();
        this.options = new ArrayList<>();
        for (IndicatorRule rule : pack.indicators()) {
            options.add(optionsOf(rule));
        }
        this.cents = units(pack.totalMax().value()).intValueExact();
        this.reachable = new long[options.size() + 1][];
        reachable[0] = new long[cents / 64 + 1];
        set(reachable[0], 0);
        for (int i = 0; i < options.size(); i++) {
            long[] next = new long[reachable[0].length];
            for (Option option : options.get(i)) {
                shiftOr(next, reachable[i], (int) option.units());
            }
            reachable[i + 1] = next;
        }
    }

    /**
     * Prepares targets for a pack, in the first region of its edition, at the field verification.
     *
     * @param pack the pack
     * @return the targets
     */
    public static Targets of(RulePack pack) {
        requireNonNull(pack, "pack");
        return new Targets(pack, RegionRegistry.of(pack.regionEdition()).regions().get(0), Stage.FIELD_VERIFICATION,
                Map.of());
    }

    /**
     * Returns targets for submissions from another region and at another stage.
     *
     * @param newRegion the region, of the pack's edition
     * @param newStage  the stage
     * @return the targets
     */
    public Targets in(Region newRegion, Stage newStage) {
        return new Targets(pack, requireNonNull(newRegion, "newRegion"), requireNonNull(newStage, "newStage"),
                pinned);
    }

    /**
     * Returns targets whose submissions give one indicator exactly this answer, such as a district without a
     * Perda; the other indicators make up the rest of the total.
     *
     * @param answer the answer, for an indicator the pack scores
     * @return the targets
     * @throws io.github.layakanak.kla.scoring.ScoringException if the pack cannot score the answer
     */
    public Targets pinning(Answer answer) {
        requireNonNull(answer, "answer");
        Map<String, Answer> more = new LinkedHashMap<>(pinned);
        more.put(answer.indicator(), answer);
        ScoringEngine.score(pack, new Submission(region, pack.years().get(0), stage, submittedOn, List.of(answer),
                Map.of()));
        return new Targets(pack, region, stage, more);
    }

    /**
     * Builds a submission that scores exactly a total.
     *
     * @param total the total, such as {@code 600.00}
     * @return the submission
     * @throws IllegalArgumentException if the pack cannot produce that total; the message names the nearest
     *                                  totals it can produce on each side
     */
    public Submission exactly(BigDecimal total) {
        requireNonNull(total, "total");
        BigDecimal scaled = units(total);
        if (scaled.scale() > 0 || scaled.signum() < 0 || scaled.compareTo(BigDecimal.valueOf(cents)) > 0
                || !get(reachable[options.size()], scaled.intValueExact())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "pack [%s] cannot produce a total of exactly [%s]; the nearest it can produce are %s below and "
                            + "%s above", pack.id(), total.toPlainString(), describe(find(total, Side.BELOW)),
                    describe(find(total, Side.ABOVE))));
        }
        return build(scaled.intValueExact());
    }

    /**
     * Builds a submission whose total is the nearest the pack can produce on one side of a total.
     *
     * @param total the total
     * @param side  the side
     * @return the submission
     * @throws IllegalArgumentException if the pack can produce no total on that side
     */
    public Submission nearest(BigDecimal total, Side side) {
        requireNonNull(total, "total");
        requireNonNull(side, "side");
        OptionalLong found = find(total, side);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "pack [%s] can produce no total %s [%s]; its totals run from 0 to %s", pack.id(),
                    side.name().toLowerCase(Locale.ROOT), total.toPlainString(),
                    pack.totalMax().value().toPlainString()));
        }
        return build((int) found.getAsLong());
    }

    /**
     * Returns the nearest total the pack can produce on one side of a total.
     *
     * @param total the total
     * @param side  the side
     * @return the total, or empty when there is none on that side
     */
    public Optional<BigDecimal> nearestTotal(BigDecimal total, Side side) {
        OptionalLong found = find(requireNonNull(total, "total"), requireNonNull(side, "side"));
        return found.isPresent() ? Optional.of(BigDecimal.valueOf(found.getAsLong(), scale)) : Optional.empty();
    }

    private OptionalLong find(BigDecimal total, Side side) {
        BigDecimal scaled = units(total);
        long[] all = reachable[options.size()];
        if (side == Side.ABOVE) {
            long from = scaled.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
            for (long c = Math.max(0, from); c <= cents; c++) {
                if (get(all, (int) c)) {
                    return OptionalLong.of(c);
                }
            }
        } else {
            long from = scaled.setScale(0, RoundingMode.CEILING).longValueExact() - 1;
            for (long c = Math.min(cents, from); c >= 0; c--) {
                if (get(all, (int) c)) {
                    return OptionalLong.of(c);
                }
            }
        }
        return OptionalLong.empty();
    }

    private String describe(OptionalLong found) {
        return found.isPresent() ? "[" + BigDecimal.valueOf(found.getAsLong(), scale).toPlainString() + "]" : "none";
    }

    private Submission build(int target) {
        Answer[] chosen = new Answer[options.size()];
        long[] upTo = new long[options.size() + 1];
        for (int i = 0; i < options.size(); i++) {
            upTo[i + 1] = upTo[i] + options.get(i).stream().mapToLong(Option::units).max().orElse(0);
        }
        // Spread the total over the indicators in proportion to what each can earn, as a real district's would
        // be, rather than filling the first indicators up and leaving the last ones empty.
        int remaining = target;
        for (int i = options.size() - 1; i >= 0; i--) {
            double share = upTo[i + 1] == 0 ? 0 : (double) remaining * (upTo[i + 1] - upTo[i]) / upTo[i + 1];
            Option best = null;
            for (Option option : options.get(i)) {
                int before = remaining - (int) option.units();
                if (before >= 0 && get(reachable[i], before)
                        && (best == null || Math.abs(option.units() - share) < Math.abs(best.units() - share))) {
                    best = option;
                }
            }
            chosen[i] = requireNonNull(best, "a reachable total has a way to reach it").answer();
            remaining -= (int) best.units();
        }
        Submission submission = new Submission(region, pack.years().get(0), stage, submittedOn, Arrays.asList(chosen),
                Map.of());
        ScoreCard card = ScoringEngine.score(pack, submission);
        BigDecimal expected = BigDecimal.valueOf(target, scale);
        if (card.total().compareTo(expected) != 0) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "targets for pack [%s] built a submission for [%s] that scores [%s]; the pack's rounding may "
                            + "not be per indicator", pack.id(), expected.toPlainString(), card.total()));
        }
        return submission;
    }

    private List<Option> optionsOf(IndicatorRule rule) {
        Answer fixed = pinned.get(rule.id());
        if (fixed != null) {
            ScoreCard card = ScoringEngine.score(pack, new Submission(region, pack.years().get(0), stage, submittedOn,
                    List.of(fixed), Map.of()));
            BigDecimal points = card.findIndicator(rule.id()).orElseThrow().points();
            return List.of(new Option(points.movePointRight(scale).longValueExact(), fixed));
        }
        Map<Long, Option> byUnits = new LinkedHashMap<>();
        if (rule.byQuestions()) {
            questionOptions(rule, byUnits);
        } else {
            Rubric rubric = rule.rubric().orElseThrow();
            for (Optional<IndicatorValue> value : rubricValues(rubric, rule)) {
                BigDecimal fraction = value.map(v -> rubric.rate(Response.of(v)).fraction()).orElse(BigDecimal.ZERO);
                long units = pointsUnits(fraction.multiply(rule.max().value()));
                byUnits.putIfAbsent(units, new Option(units, new Answer(rule.id(), value,
                        value.map(v -> List.of(document(rule, v))).orElse(List.of()), List.of(), Optional.empty())));
            }
        }
        return List.copyOf(byUnits.values());
    }

    private List<Optional<IndicatorValue>> rubricValues(Rubric rubric, IndicatorRule rule) {
        List<Optional<IndicatorValue>> values = new ArrayList<>();
        if (rubric instanceof Composite composite) {
            List<Map<String, IndicatorValue>> combos = new ArrayList<>();
            combos.add(Map.of());
            for (Composite.Item item : composite.items()) {
                Map<BigDecimal, IndicatorValue> distinct = new LinkedHashMap<>();
                for (IndicatorValue v : Values.witnesses(item.rubric(), rule.indicator().measurement().kind(), 10)) {
                    distinct.putIfAbsent(item.rubric().rate(Response.of(v)).fraction().stripTrailingZeros(), v);
                }
                List<Map<String, IndicatorValue>> next = new ArrayList<>();
                for (Map<String, IndicatorValue> combo : combos) {
                    next.add(combo);
                    for (IndicatorValue v : distinct.values()) {
                        Map<String, IndicatorValue> extended = new LinkedHashMap<>(combo);
                        extended.put(item.id(), v);
                        next.add(extended);
                    }
                }
                combos = next;
            }
            combos.forEach(c -> values.add(Optional.of(new IndicatorValue.Composite(c))));
        } else {
            Values.witnesses(rubric, rule.indicator().measurement().kind(), 1).forEach(v -> values.add(Optional.of(v)));
        }
        // An unanswered indicator only where no value earns the same points: samples answer every indicator.
        values.add(Optional.empty());
        return values;
    }

    private void questionOptions(IndicatorRule rule, Map<Long, Option> byUnits) {
        // The engine adds the questions' exact points and rounds only the indicator's sum, so the sums are kept
        // exact here too; they are rounded (and capped) once, at the end.
        Map<BigDecimal, List<QuestionAnswer>> sums = new LinkedHashMap<>();
        sums.put(BigDecimal.ZERO, List.of());
        for (QuestionRule question : rule.questions()) {
            Map<BigDecimal, QuestionAnswer> choices = new LinkedHashMap<>();
            for (String option : Values.options(question.rubric())) {
                BigDecimal fraction = question.rubric().rate(new Response(Optional.empty(), Optional.of(option)))
                        .fraction();
                choices.putIfAbsent(exact(fraction.multiply(question.max())), new QuestionAnswer(question.code(),
                        Optional.of(option), Optional.empty(), Optional.empty(), List.of(document(rule, null))));
            }
            for (IndicatorValue v : Values.witnesses(question.rubric(), question.question().kind(), 10)) {
                BigDecimal fraction = question.rubric().rate(Response.of(v)).fraction();
                choices.putIfAbsent(exact(fraction.multiply(question.max())), new QuestionAnswer(question.code(),
                        Optional.empty(), Optional.of(v), Optional.empty(), List.of(document(rule, v))));
            }
            Map<BigDecimal, List<QuestionAnswer>> next = new LinkedHashMap<>(sums);
            for (Map.Entry<BigDecimal, List<QuestionAnswer>> sum : sums.entrySet()) {
                for (Map.Entry<BigDecimal, QuestionAnswer> choice : choices.entrySet()) {
                    BigDecimal total = exact(sum.getKey().add(choice.getKey()));
                    if (!next.containsKey(total)) {
                        List<QuestionAnswer> answers = new ArrayList<>(sum.getValue());
                        answers.add(choice.getValue());
                        next.put(total, answers);
                    }
                }
            }
            sums = next;
        }
        BigDecimal max = rule.max().value();
        for (Map.Entry<BigDecimal, List<QuestionAnswer>> sum : sums.entrySet()) {
            long units = pointsUnits(sum.getKey().min(max));
            byUnits.putIfAbsent(units, new Option(units, new Answer(rule.id(), Optional.empty(), List.of(),
                    sum.getValue(), Optional.empty())));
        }
    }

    /** A number as a map key: equal values, equal keys, whatever their scale. */
    private static BigDecimal exact(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** A valid document that supports the value: for a document level, a document of that level. */
    private Evidence document(IndicatorRule rule, @Nullable IndicatorValue value) {
        return Answers.supporting(rule, value, submittedOn);
    }

    private BigDecimal units(BigDecimal value) {
        return value.movePointRight(scale).stripTrailingZeros();
    }

    private long pointsUnits(BigDecimal exact) {
        return pack.rounding().round(exact).movePointRight(scale).longValueExact();
    }

    private static boolean get(long[] bits, int index) {
        return index >= 0 && index / 64 < bits.length && (bits[index / 64] & (1L << (index % 64))) != 0;
    }

    private static void set(long[] bits, int index) {
        bits[index / 64] |= 1L << (index % 64);
    }

    /** {@code dst |= src << shift}, within the length of {@code dst}. */
    private static void shiftOr(long[] dst, long[] src, int shift) {
        int words = shift / 64;
        int bits = shift % 64;
        for (int i = dst.length - 1; i >= words; i--) {
            long low = src[i - words] << bits;
            long carry = bits == 0 || i - words - 1 < 0 ? 0 : src[i - words - 1] >>> (64 - bits);
            dst[i] |= low | carry;
        }
    }
}
