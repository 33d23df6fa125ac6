package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Direction;
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
 * A percentage earns the fraction of the band it falls in. Band {@code i} covers {@code [from_i, from_i+1)}; the
 * last covers {@code [from_last, 100]}. Each rung's id is its band's lower bound ({@code "75"}).
 *
 * <pre>{@code {"kind": "PERCENT_BANDS", "direction": "HIGHER_IS_BETTER", "bands": [{"from": 0, "fraction": 0},
 *   {"from": 75, "fraction": 0.75}, {"from": 90, "fraction": 1}], "provenance": ...}}</pre>
 */
public final class PercentBands implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("PERCENT_BANDS", p -> new PercentBands(
            p.choice("direction", Direction.class),
            p.objects("bands").stream().map(b -> new Band(b.number("from"), b.number("fraction"))).toList(),
            p.provenance()));

    /**
     * One band of a percentage.
     *
     * @param from     the band's lower bound, inclusive
     * @param fraction the fraction it earns
     */
    public record Band(BigDecimal from, BigDecimal fraction) {

        /**
         * Creates a band.
         *
         * @param from     the lower bound
         * @param fraction the fraction
         * @throws NullPointerException if an argument is null
         */
        public Band {
            requireNonNull(from, "from");
            requireNonNull(fraction, "fraction");
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Direction direction;
    private final List<Band> bands;
    private final Provenance provenance;
    private final Ladder ladder;
    private final Rating[] byBand;

    /**
     * Creates percentage bands.
     *
     * @param direction  whether higher or lower percentages are better (the fractions say what each band earns;
     *                   the direction tells a reader which way is up)
     * @param bands      the bands, by ascending lower bound; the first starts at 0
     * @param provenance where the bands and fractions come from
     * @throws NullPointerException if an argument or a band is null
     */
    public PercentBands(Direction direction, List<Band> bands, Provenance provenance) {
        this.direction = requireNonNull(direction, "direction");
        this.bands = List.copyOf(bands);
        this.provenance = requireNonNull(provenance, "provenance");
        List<Rung> rungs = new ArrayList<>();
        for (Band band : this.bands) {
            rungs.add(new Rung(Ladder.plain(band.from()), band.fraction()));
        }
        this.ladder = Ladder.of(rungs);
        this.byBand = new Rating[this.bands.size()];
        for (int i = 0; i < byBand.length; i++) {
            byBand[i] = ladder.rating(rungs.get(i).id());
        }
    }

    /**
     * Returns which direction is better.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the bands.
     *
     * @return the bands, by ascending lower bound
     */
    public List<Band> bands() {
        return bands;
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
        return Set.of(MeasurementKind.PERCENTAGE);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    /** The highest band whose lower bound the percentage reaches (the first band when none: it starts at 0). */
    @Override
    public Rating rateValue(IndicatorValue value) {
        BigDecimal percent = ((IndicatorValue.Percentage) value).percent();
        for (int i = bands.size() - 1; i > 0; i--) {
            if (percent.compareTo(bands.get(i).from()) >= 0) {
                return byBand[i];
            }
        }
        return byBand[0];
    }

    /** "75% to under 90%", or "90% to 100%" for the last band. */
    @Override
    public Message describe(Rung rung) {
        int i = indexOf(rung);
        if (i < 0) {
            return Message.of("rung.percent", new BigDecimal(rung.id()));
        }
        return i + 1 < bands.size() ? Message.of("rung.percentBand", bands.get(i).from(), bands.get(i + 1).from())
                : Message.of("rung.percentBand.last", bands.get(i).from(), HUNDRED);
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        int i = indexOf(rung);
        return i < 0 ? Optional.empty()
                : Optional.of(Response.of(new IndicatorValue.Percentage(bands.get(i).from(), Optional.empty())));
    }

    private int indexOf(Rung rung) {
        for (int i = 0; i < bands.size(); i++) {
            if (Ladder.plain(bands.get(i).from()).equals(rung.id())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void write(ParametersWriter out) {
        out.choice("direction", direction).objects("bands", bands,
                (w, band) -> w.number("from", band.from()).number("fraction", band.fraction()));
    }

    @Override
    public void lint(Lint lint) {
        if (bands.isEmpty()) {
            lint.problem("/bands", "there must be at least one band, but there is none");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String at = "/bands/" + i;
            if (i == 0 && band.from().signum() != 0) {
                lint.problem(at + "/from", "the first band must start at 0, but starts at %s", Ladder.plain(band.from()));
            }
            if (i > 0 && band.from().compareTo(bands.get(i - 1).from()) <= 0) {
                lint.problem(at + "/from", "band lower bounds must be strictly ascending, but %s follows %s",
                        Ladder.plain(band.from()), Ladder.plain(bands.get(i - 1).from()));
            }
            if (band.from().compareTo(HUNDRED) > 0) {
                lint.problem(at + "/from", "a percentage band must start at most at 100, but starts at %s",
                        Ladder.plain(band.from()));
            }
            lint.fraction(at + "/fraction", band.fraction());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PercentBands that && direction == that.direction && bands.equals(that.bands)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, bands, provenance);
    }

    @Override
    public String toString() {
        return "PercentBands[" + direction + ", " + bands + "]";
    }
}
