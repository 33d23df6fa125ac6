package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Direction;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.ParametersWriter;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A percentage earns the same fraction of the maximum (or of what is left of it, when lower is better): 64.3% of
 * villages with a Forum Anak earns 0.643 of the maximum. The ladder is its two ends, {@code "0"} and
 * {@code "100"}; a rating in between lands on a rung of its own, whose id is the percentage.
 *
 * <pre>{@code {"kind": "PROPORTIONAL", "direction": "HIGHER_IS_BETTER", "provenance": ...}}</pre>
 */
public final class Proportional implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("PROPORTIONAL",
            p -> new Proportional(p.choice("direction", Direction.class), p.provenance()));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Direction direction;
    private final Provenance provenance;
    private final Ladder ladder;
    private final Rating none;
    private final Rating all;

    /**
     * Creates a proportional rubric.
     *
     * @param direction  whether higher or lower percentages are better
     * @param provenance where the rule comes from
     * @throws NullPointerException if an argument is null
     */
    public Proportional(Direction direction, Provenance provenance) {
        this.direction = requireNonNull(direction, "direction");
        this.provenance = requireNonNull(provenance, "provenance");
        boolean lower = direction == Direction.LOWER_IS_BETTER;
        this.ladder = Ladder.of(List.of(new Rung(lower ? "100" : "0", BigDecimal.ZERO),
                new Rung(lower ? "0" : "100", BigDecimal.ONE)));
        this.none = ladder.rating(lower ? "100" : "0");
        this.all = ladder.rating(lower ? "0" : "100");
    }

    /**
     * Returns which direction is better.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
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

    @Override
    public Rating rateValue(IndicatorValue value) {
        BigDecimal percent = ((IndicatorValue.Percentage) value).percent();
        BigDecimal share = direction == Direction.LOWER_IS_BETTER ? HUNDRED.subtract(percent) : percent;
        if (share.signum() == 0) {
            return none;
        }
        if (share.compareTo(HUNDRED) == 0) {
            return all;
        }
        BigDecimal fraction = share.divide(HUNDRED, MathContext.DECIMAL64);
        return new Rating(new Rung(Ladder.plain(percent), fraction), fraction, ladder.rungs(), List.of());
    }

    @Override
    public Message describe(Rung rung) {
        return Message.of("rung.proportional", new BigDecimal(rung.id()));
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return Optional.of(Response.of(new IndicatorValue.Percentage(new BigDecimal(rung.id()), Optional.empty())));
    }

    @Override
    public void write(ParametersWriter out) {
        out.choice("direction", direction);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Proportional that && direction == that.direction
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, provenance);
    }

    @Override
    public String toString() {
        return "Proportional[" + direction + "]";
    }
}
