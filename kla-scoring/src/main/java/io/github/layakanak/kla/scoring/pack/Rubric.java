package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Bilingual;
import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.spi.CustomRubric;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a response to an indicator or a question becomes a fraction of its maximum.
 *
 * <p>The built-in kinds cover what the KLA instrument asks: a document ladder, percentage bands (higher or lower
 * is better), a comparison with a target and the previous year, a functioning level, count thresholds,
 * presence, budget sources, a score proportional to a percentage, answer options, and a weighted composite of
 * sub-items. A pack that needs other logic names a {@link Custom} rubric implemented in Java.
 *
 * <p>Every rubric enumerates its {@link #steps() steps} from the fewest points to the most, and carries the
 * provenance of its fractions.
 */
public sealed interface Rubric {

    /**
     * Returns the kind's name as it appears in a pack's parameters, such as {@code "DOCUMENT_LADDER"}.
     *
     * @return the kind
     */
    String kind();

    /**
     * Returns where the rubric's fractions and thresholds come from.
     *
     * @return the provenance
     */
    Provenance provenance();

    /**
     * Returns the rubric's steps, ordered from the smallest fraction to the largest.
     *
     * @return the steps
     */
    List<Step> steps();

    /**
     * Returns the kinds of value the rubric rates; empty for a rubric that rates answer options.
     *
     * @return the accepted value kinds
     */
    Set<MeasurementKind> valueKinds();

    /**
     * Rates a response.
     *
     * @param response a response whose value is of one of the {@link #valueKinds()}, or whose option is one of
     *                 the rubric's steps
     * @return where the response lands
     * @throws IllegalArgumentException if the response is of a kind the rubric does not rate
     */
    Rung rate(Response response);

    /**
     * Finds a step by its id.
     *
     * @param id the step's id
     * @return the step, or empty when the rubric has none with that id
     */
    default Optional<Step> findStep(String id) {
        return steps().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The strongest document in force earns a fraction: Perda, Perkada or SK, instruction or circular, draft,
     * none.
     *
     * @param fractions  the fraction of each document level; every level must be given
     * @param provenance where the fractions come from
     */
    record DocumentLadder(Map<DocumentLevel, BigDecimal> fractions, Provenance provenance) implements Rubric {

        /**
         * Creates a document ladder.
         *
         * @param fractions  the fraction of each document level
         * @param provenance where the fractions come from
         * @throws NullPointerException if an argument is null
         */
        public DocumentLadder {
            fractions = Collections.unmodifiableMap(new EnumMap<>(copyOf(fractions, DocumentLevel.class)));
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "DOCUMENT_LADDER";
        }

        @Override
        public List<Step> steps() {
            return ladderSteps(fractions);
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.DOCUMENT_LEVEL);
        }

        @Override
        public Rung rate(Response response) {
            DocumentLevel level = value(response, IndicatorValue.Document.class, this).level();
            return Rung.at(ladderStep(level, fractions.get(level)));
        }
    }

    /**
     * A percentage earns the fraction of the band it falls in. Band {@code i} covers {@code [from_i, from_i+1)};
     * the last covers {@code [from_last, 100]}.
     *
     * @param direction  whether higher or lower percentages are better (the fractions say how much each band
     *                   earns; the direction tells a planner which way is up)
     * @param bands      the bands, by ascending lower bound; the first starts at 0
     * @param provenance where the bands and fractions come from
     */
    record PercentBands(Direction direction, List<PercentBand> bands, Provenance provenance) implements Rubric {

        /**
         * One band of a percentage.
         *
         * @param from     the band's lower bound, inclusive
         * @param fraction the fraction it earns
         */
        public record PercentBand(BigDecimal from, BigDecimal fraction) {

            /**
             * Creates a band.
             *
             * @param from     the lower bound
             * @param fraction the fraction
             * @throws NullPointerException if an argument is null
             */
            public PercentBand {
                requireNonNull(from, "from");
                requireNonNull(fraction, "fraction");
            }
        }

        /**
         * Creates percentage bands.
         *
         * @param direction  which direction is better
         * @param bands      the bands by ascending lower bound
         * @param provenance where they come from
         * @throws NullPointerException if an argument is null
         */
        public PercentBands {
            requireNonNull(direction, "direction");
            bands = List.copyOf(bands);
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "PERCENT_BANDS";
        }

        @Override
        public List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                steps.add(step(i));
            }
            return ordered(steps);
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.PERCENTAGE);
        }

        @Override
        public Rung rate(Response response) {
            BigDecimal percent = value(response, IndicatorValue.Percentage.class, this).percent();
            int found = 0;
            for (int i = 0; i < bands.size(); i++) {
                if (percent.compareTo(bands.get(i).from()) >= 0) {
                    found = i;
                }
            }
            return Rung.at(step(found));
        }

        private Step step(int i) {
            PercentBand band = bands.get(i);
            String from = band.from().stripTrailingZeros().toPlainString();
            String range = i + 1 < bands.size()
                    ? from + "% - <" + bands.get(i + 1).from().stripTrailingZeros().toPlainString() + "%"
                    : from + "% - 100%";
            return new Step(from, band.fraction(), range, range);
        }
    }

    /**
     * A measure compared with a target and with the previous year: at or beyond the target, improving, or
     * worsening (or no previous year to compare with).
     *
     * @param direction  whether higher or lower values are better
     * @param target     the target value
     * @param atTarget   the fraction earned at or beyond the target
     * @param improving  the fraction earned when better than the previous year but short of the target
     * @param worsening  the fraction earned otherwise
     * @param provenance where the target and fractions come from
     */
    record TargetComparison(Direction direction, BigDecimal target, BigDecimal atTarget, BigDecimal improving,
            BigDecimal worsening, Provenance provenance) implements Rubric {

        /**
         * Creates a target comparison.
         *
         * @param direction  which direction is better
         * @param target     the target
         * @param atTarget   the fraction at the target
         * @param improving  the fraction when improving
         * @param worsening  the fraction otherwise
         * @param provenance where they come from
         * @throws NullPointerException if an argument is null
         */
        public TargetComparison {
            requireNonNull(direction, "direction");
            requireNonNull(target, "target");
            requireNonNull(atTarget, "atTarget");
            requireNonNull(improving, "improving");
            requireNonNull(worsening, "worsening");
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "TARGET_COMPARISON";
        }

        @Override
        public List<Step> steps() {
            String t = target.stripTrailingZeros().toPlainString();
            String better = direction == Direction.LOWER_IS_BETTER ? "at or below" : "at or above";
            String betterId = direction == Direction.LOWER_IS_BETTER ? "sama dengan atau di bawah" : "mencapai";
            return ordered(List.of(
                    new Step("WORSENING", worsening, "Memburuk atau tidak ada data tahun sebelumnya",
                            "Worsening, or no previous year to compare with"),
                    new Step("IMPROVING", improving, "Membaik dibanding tahun sebelumnya",
                            "Improving on the previous year"),
                    new Step("AT_TARGET", atTarget, betterId + " target " + t, better + " the target of " + t)));
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.PERCENTAGE, MeasurementKind.COUNT);
        }

        @Override
        public Rung rate(Response response) {
            IndicatorValue value = response.value().orElseThrow(() -> wrongKind(response, this));
            BigDecimal current;
            Optional<BigDecimal> previous;
            if (value instanceof IndicatorValue.Percentage p) {
                current = p.percent();
                previous = p.previousYear();
            } else if (value instanceof IndicatorValue.Count c) {
                current = BigDecimal.valueOf(c.count());
                previous = c.previousYear().map(BigDecimal::valueOf);
            } else {
                throw wrongKind(response, this);
            }
            int sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
            String id;
            if (Integer.signum(current.compareTo(target)) * sign >= 0) {
                id = "AT_TARGET";
            } else if (previous.isPresent() && Integer.signum(current.compareTo(previous.get())) * sign > 0) {
                id = "IMPROVING";
            } else {
                id = "WORSENING";
            }
            return Rung.at(stepOf(this, id));
        }
    }

    /**
     * How well an institution functions earns a fraction: fully, partly, not at all.
     *
     * @param fractions  the fraction of each functioning level; every level must be given
     * @param provenance where the fractions come from
     */
    record FunctioningLadder(Map<FunctioningLevel, BigDecimal> fractions, Provenance provenance)
            implements Rubric {

        /**
         * Creates a functioning ladder.
         *
         * @param fractions  the fraction of each level
         * @param provenance where the fractions come from
         * @throws NullPointerException if an argument is null
         */
        public FunctioningLadder {
            fractions = Collections.unmodifiableMap(new EnumMap<>(copyOf(fractions, FunctioningLevel.class)));
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "FUNCTIONING_LADDER";
        }

        @Override
        public List<Step> steps() {
            return ladderSteps(fractions);
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.FUNCTIONING_LEVEL);
        }

        @Override
        public Rung rate(Response response) {
            FunctioningLevel level = value(response, IndicatorValue.Functioning.class, this).level();
            return Rung.at(ladderStep(level, fractions.get(level)));
        }
    }

    /**
     * A count earns the fraction of the highest threshold it reaches.
     *
     * @param thresholds the thresholds by ascending count; the first is at 0
     * @param provenance where the thresholds and fractions come from
     */
    record CountThresholds(List<CountThreshold> thresholds, Provenance provenance) implements Rubric {

        /**
         * One threshold of a count.
         *
         * @param atLeast  the smallest count that reaches it
         * @param fraction the fraction it earns
         */
        public record CountThreshold(long atLeast, BigDecimal fraction) {

            /**
             * Creates a threshold.
             *
             * @param atLeast  the smallest count
             * @param fraction the fraction
             * @throws NullPointerException if {@code fraction} is null
             */
            public CountThreshold {
                requireNonNull(fraction, "fraction");
            }
        }

        /**
         * Creates count thresholds.
         *
         * @param thresholds the thresholds by ascending count
         * @param provenance where they come from
         * @throws NullPointerException if an argument is null
         */
        public CountThresholds {
            thresholds = List.copyOf(thresholds);
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "COUNT_THRESHOLDS";
        }

        @Override
        public List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            for (CountThreshold t : thresholds) {
                steps.add(step(t));
            }
            return ordered(steps);
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.COUNT);
        }

        @Override
        public Rung rate(Response response) {
            long count = value(response, IndicatorValue.Count.class, this).count();
            CountThreshold found = thresholds.get(0);
            for (CountThreshold t : thresholds) {
                if (count >= t.atLeast()) {
                    found = t;
                }
            }
            return Rung.at(step(found));
        }

        private static Step step(CountThreshold t) {
            return new Step(Long.toString(t.atLeast()), t.fraction(), "paling sedikit " + t.atLeast(),
                    "at least " + t.atLeast());
        }
    }

    /**
     * Whether something exists earns one of two fractions.
     *
     * @param present    the fraction when it exists
     * @param absent     the fraction when it does not
     * @param provenance where the fractions come from
     */
    record PresenceCheck(BigDecimal present, BigDecimal absent, Provenance provenance) implements Rubric {

        /**
         * Creates a presence check.
         *
         * @param present    the fraction when present
         * @param absent     the fraction when absent
         * @param provenance where they come from
         * @throws NullPointerException if an argument is null
         */
        public PresenceCheck {
            requireNonNull(present, "present");
            requireNonNull(absent, "absent");
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "PRESENCE";
        }

        @Override
        public List<Step> steps() {
            return ordered(List.of(new Step("ABSENT", absent, "Tidak ada", "Absent"),
                    new Step("PRESENT", present, "Ada", "Present")));
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.PRESENCE);
        }

        @Override
        public Rung rate(Response response) {
            boolean isPresent = value(response, IndicatorValue.Presence.class, this).present();
            return Rung.at(stepOf(this, isPresent ? "PRESENT" : "ABSENT"));
        }
    }

    /**
     * The budgets that fund an activity earn a fraction: the regional budget and other sources, one of them, or
     * none.
     *
     * @param both       the fraction when the regional budget and another source fund it
     * @param one        the fraction when one source funds it
     * @param none       the fraction when nothing does
     * @param provenance where the fractions come from
     */
    record BudgetSources(BigDecimal both, BigDecimal one, BigDecimal none, Provenance provenance)
            implements Rubric {

        /**
         * Creates budget sources.
         *
         * @param both       the fraction for both sources
         * @param one        the fraction for one
         * @param none       the fraction for none
         * @param provenance where they come from
         * @throws NullPointerException if an argument is null
         */
        public BudgetSources {
            requireNonNull(both, "both");
            requireNonNull(one, "one");
            requireNonNull(none, "none");
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "BUDGET_SOURCES";
        }

        @Override
        public List<Step> steps() {
            return ordered(List.of(new Step("NONE", none, "Tidak ada anggaran", "No budget"),
                    new Step("ONE", one, "Satu sumber anggaran", "One budget source"),
                    new Step("BOTH", both, "APBD dan sumber lain", "Regional budget and other sources")));
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.BUDGET);
        }

        @Override
        public Rung rate(Response response) {
            IndicatorValue.Budget budget = value(response, IndicatorValue.Budget.class, this);
            String id = budget.regional() && budget.other() ? "BOTH"
                    : budget.regional() || budget.other() ? "ONE" : "NONE";
            return Rung.at(stepOf(this, id));
        }
    }

    /**
     * A percentage earns the same fraction of the maximum (or of what is left of it, when lower is better):
     * 64.3% of villages with a Forum Anak earns 0.643 of the maximum.
     *
     * @param direction  whether higher or lower percentages are better
     * @param provenance where the rule comes from
     */
    record Proportional(Direction direction, Provenance provenance) implements Rubric {

        /**
         * Creates a proportional rubric.
         *
         * @param direction  which direction is better
         * @param provenance where the rule comes from
         * @throws NullPointerException if an argument is null
         */
        public Proportional {
            requireNonNull(direction, "direction");
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "PROPORTIONAL";
        }

        @Override
        public List<Step> steps() {
            boolean lower = direction == Direction.LOWER_IS_BETTER;
            return List.of(new Step(lower ? "100" : "0", BigDecimal.ZERO, lower ? "100%" : "0%", lower ? "100%" : "0%"),
                    new Step(lower ? "0" : "100", BigDecimal.ONE, lower ? "0%" : "100%", lower ? "0%" : "100%"));
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.PERCENTAGE);
        }

        @Override
        public Rung rate(Response response) {
            BigDecimal percent = value(response, IndicatorValue.Percentage.class, this).percent();
            BigDecimal hundred = BigDecimal.valueOf(100);
            BigDecimal share = direction == Direction.LOWER_IS_BETTER ? hundred.subtract(percent) : percent;
            BigDecimal fraction = share.divide(hundred, MathContext.DECIMAL64);
            String p = percent.stripTrailingZeros().toPlainString() + "%";
            return new Rung(new Step(p, fraction, p + " (sebanding)", p + " (proportional)"), fraction, List.of());
        }
    }

    /**
     * The answer option chosen earns its fraction.
     *
     * @param options    the options, each a step whose id is the option's id
     * @param provenance where the fractions come from
     */
    record Options(List<Step> options, Provenance provenance) implements Rubric {

        /**
         * Creates answer options.
         *
         * @param options    the options
         * @param provenance where their fractions come from
         * @throws NullPointerException if an argument is null
         */
        public Options {
            options = List.copyOf(options);
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "OPTIONS";
        }

        @Override
        public List<Step> steps() {
            return ordered(options);
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of();
        }

        @Override
        public Rung rate(Response response) {
            String option = response.option().orElseThrow(() -> wrongKind(response, this));
            return Rung.at(findStep(option).orElseThrow(() -> new IllegalArgumentException(String.format(
                    Locale.ROOT, "option must be one of %s, but was [%s]",
                    options.stream().map(Step::id).toList(), option))));
        }
    }

    /**
     * Several sub-items, each rated by its own rubric and weighted; the weights sum to 1. An item the response
     * does not give earns nothing.
     *
     * @param items      the sub-items
     * @param provenance where the weights come from
     */
    record Composite(List<Item> items, Provenance provenance) implements Rubric {

        /**
         * One sub-item of a composite.
         *
         * @param id      the item's id, the key of its value in a composite value
         * @param weight  its weight, a fraction of the indicator's maximum
         * @param labelId what it measures, in Indonesian
         * @param labelEn what it measures, in English
         * @param rubric  how its value is rated
         */
        public record Item(String id, BigDecimal weight, String labelId, String labelEn, Rubric rubric) {

            /**
             * Creates an item.
             *
             * @param id      the item's id
             * @param weight  its weight
             * @param labelId its Indonesian label
             * @param labelEn its English label
             * @param rubric  its rubric
             * @throws NullPointerException if an argument is null
             */
            public Item {
                requireNonNull(id, "id");
                requireNonNull(weight, "weight");
                requireNonNull(labelId, "labelId");
                requireNonNull(labelEn, "labelEn");
                requireNonNull(rubric, "rubric");
            }
        }

        /**
         * Creates a composite.
         *
         * @param items      the sub-items
         * @param provenance where the weights come from
         * @throws NullPointerException if an argument is null
         */
        public Composite {
            items = List.copyOf(items);
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "COMPOSITE";
        }

        /**
         * Returns the composite's two ends; its steps in between are its items' steps, which a planner reads
         * from {@link #items()}.
         *
         * @return nothing given, and every item at its top step
         */
        @Override
        public List<Step> steps() {
            return List.of(new Step("NONE", BigDecimal.ZERO, "Tidak ada sub-item", "No sub-item"),
                    new Step("ALL", BigDecimal.ONE, "Semua sub-item penuh", "Every sub-item in full"));
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.COMPOSITE);
        }

        @Override
        public Rung rate(Response response) {
            Map<String, IndicatorValue> values = value(response, IndicatorValue.Composite.class, this).items();
            List<Rung> parts = new ArrayList<>(items.size());
            BigDecimal fraction = BigDecimal.ZERO;
            for (Item item : items) {
                IndicatorValue itemValue = values.get(item.id());
                Rung part = itemValue == null
                        ? new Rung(new Step(item.id() + ":NONE", BigDecimal.ZERO, "tidak diisi", "not given"),
                                BigDecimal.ZERO, List.of())
                        : item.rubric().rate(Response.of(itemValue));
                parts.add(part);
                fraction = fraction.add(item.weight().multiply(part.fraction()));
            }
            return new Rung(new Step("COMPOSITE", fraction, "gabungan sub-item", "weighted sub-items"), fraction,
                    parts);
        }
    }

    /**
     * A rubric written in Java by a pack's author, for logic the built-in kinds cannot express.
     *
     * @param implementation the implementation, registered with the pack's loader under its name
     * @param parameters     the numbers the pack's parameters give it
     * @param provenance     where those numbers come from
     */
    record Custom(CustomRubric implementation, Map<String, BigDecimal> parameters, Provenance provenance)
            implements Rubric {

        /**
         * Creates a custom rubric.
         *
         * @param implementation the implementation
         * @param parameters     its parameters
         * @param provenance     where they come from
         * @throws NullPointerException if an argument is null
         */
        public Custom {
            requireNonNull(implementation, "implementation");
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
            requireNonNull(provenance, "provenance");
        }

        @Override
        public String kind() {
            return "CUSTOM:" + implementation.name();
        }

        @Override
        public List<Step> steps() {
            return ordered(implementation.steps(parameters));
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return implementation.valueKinds();
        }

        @Override
        public Rung rate(Response response) {
            return implementation.rate(response, parameters);
        }
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> copyOf(Map<K, BigDecimal> map, Class<K> type) {
        EnumMap<K, BigDecimal> copy = new EnumMap<>(type);
        requireNonNull(map, "fractions").forEach((k, v) -> copy.put(requireNonNull(k, "key"), requireNonNull(v, "fraction")));
        return copy;
    }

    /** The steps of a ladder over an enum of levels, one per level. */
    private static <E extends Enum<E> & Bilingual> List<Step> ladderSteps(Map<E, BigDecimal> fractions) {
        List<Step> steps = new ArrayList<>();
        fractions.forEach((level, fraction) -> steps.add(ladderStep(level, fraction)));
        return ordered(steps);
    }

    private static <E extends Enum<E> & Bilingual> Step ladderStep(E level, BigDecimal fraction) {
        return new Step(level.name(), fraction, level.nameId(), level.nameEn());
    }

    private static List<Step> ordered(List<Step> steps) {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Step::fraction));
        return List.copyOf(sorted);
    }

    private static Step stepOf(Rubric rubric, String id) {
        return rubric.findStep(id).orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                "%s rubric has no step [%s]", rubric.kind(), id)));
    }

    private static <T extends IndicatorValue> T value(Response response, Class<T> type, Rubric rubric) {
        IndicatorValue value = response.value().orElseThrow(() -> wrongKind(response, rubric));
        if (!type.isInstance(value)) {
            throw wrongKind(response, rubric);
        }
        return type.cast(value);
    }

    private static IllegalArgumentException wrongKind(Response response, Rubric rubric) {
        String given = response.value().map(v -> v.kind().name())
                .orElse(response.option().map(o -> "option [" + o + "]").orElse("nothing"));
        return new IllegalArgumentException(String.format(Locale.ROOT, "%s rubric rates %s, but was given %s",
                rubric.kind(), rubric.valueKinds().isEmpty() ? "an option" : rubric.valueKinds(), given));
    }
}
