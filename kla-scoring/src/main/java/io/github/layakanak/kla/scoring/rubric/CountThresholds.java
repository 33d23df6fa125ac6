package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Lint;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.ParametersWriter;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A count earns the fraction of the highest threshold it reaches. Each rung's id is its threshold ({@code "5"}).
 *
 * <pre>{@code {"kind": "COUNT_THRESHOLDS", "thresholds": [{"atLeast": 0, "fraction": 0},
 *   {"atLeast": 1, "fraction": 0.5}, {"atLeast": 5, "fraction": 1}], "provenance": ...}}</pre>
 */
public final class CountThresholds implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("COUNT_THRESHOLDS", p -> new CountThresholds(
            p.objects("thresholds").stream().map(t -> new Threshold(t.wholeNumber("atLeast"), t.number("fraction")))
                    .toList(), p.provenance()));

    /**
     * One threshold of a count.
     *
     * @param atLeast  the smallest count that reaches it
     * @param fraction the fraction it earns
     */
    public record Threshold(long atLeast, BigDecimal fraction) {

        /**
         * Creates a threshold.
         *
         * @param atLeast  the smallest count
         * @param fraction the fraction
         * @throws NullPointerException if {@code fraction} is null
         */
        public Threshold {
            requireNonNull(fraction, "fraction");
        }
    }

    private final List<Threshold> thresholds;
    private final Provenance provenance;
    private final Ladder ladder;
    private final Rating[] byThreshold;

    /**
     * Creates count thresholds.
     *
     * @param thresholds the thresholds by ascending count; the first is at 0
     * @param provenance where the thresholds and fractions come from
     * @throws NullPointerException if an argument or a threshold is null
     */
    public CountThresholds(List<Threshold> thresholds, Provenance provenance) {
        this.thresholds = List.copyOf(thresholds);
        this.provenance = requireNonNull(provenance, "provenance");
        List<Rung> rungs = new ArrayList<>();
        for (Threshold t : this.thresholds) {
            rungs.add(new Rung(Long.toString(t.atLeast()), t.fraction()));
        }
        this.ladder = Ladder.of(rungs);
        this.byThreshold = new Rating[rungs.size()];
        for (int i = 0; i < byThreshold.length; i++) {
            byThreshold[i] = ladder.rating(rungs.get(i).id());
        }
    }

    /**
     * Returns the thresholds.
     *
     * @return the thresholds, by ascending count
     */
    public List<Threshold> thresholds() {
        return thresholds;
    }

    @Override
    public String kind() {
        return KIND.name();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<Rung> ladder() {
        return ladder.rungs();
    }

    @Override
    public Set<MeasurementKind> valueKinds() {
        return Set.of(MeasurementKind.COUNT);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    /** The highest threshold the count reaches (the first when none: it is at 0). */
    @Override
    public Rating rateValue(IndicatorValue value) {
        long count = ((IndicatorValue.Count) value).count();
        for (int i = thresholds.size() - 1; i > 0; i--) {
            if (count >= thresholds.get(i).atLeast()) {
                return byThreshold[i];
            }
        }
        return byThreshold[0];
    }

    @Override
    public Message describe(Rung rung) {
        return Message.of("rung.countAtLeast", Long.parseLong(rung.id()));
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return ladder.find(rung.id()).map(r -> Response.of(IndicatorValue.count(Long.parseLong(r.id()))));
    }

    @Override
    public void write(ParametersWriter out) {
        out.objects("thresholds", thresholds,
                (w, t) -> w.wholeNumber("atLeast", t.atLeast()).number("fraction", t.fraction()));
    }

    @Override
    public void lint(Lint lint) {
        if (thresholds.isEmpty()) {
            lint.problem("/thresholds", "there must be at least one threshold, but there is none");
        }
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            String at = "/thresholds/" + i;
            if (i == 0 && threshold.atLeast() != 0) {
                lint.problem(at + "/atLeast", "the first threshold must be at 0, but is at %d", threshold.atLeast());
            }
            if (i > 0 && threshold.atLeast() <= thresholds.get(i - 1).atLeast()) {
                lint.problem(at + "/atLeast", "thresholds must be strictly ascending, but %d follows %d",
                        threshold.atLeast(), thresholds.get(i - 1).atLeast());
            }
            lint.fraction(at + "/fraction", threshold.fraction());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountThresholds that && thresholds.equals(that.thresholds)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(thresholds, provenance);
    }

    @Override
    public String toString() {
        return "CountThresholds" + thresholds;
    }
}
