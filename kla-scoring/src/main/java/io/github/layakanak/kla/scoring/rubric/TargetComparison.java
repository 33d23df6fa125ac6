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
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A measure compared with a target and with the previous year: at or beyond the target ({@code AT_TARGET}), better
 * than the previous year but short of the target ({@code IMPROVING}), or otherwise, including when there is no
 * previous year to compare with ({@code WORSENING}).
 *
 * <pre>{@code {"kind": "TARGET_COMPARISON", "direction": "LOWER_IS_BETTER", "target": 5, "atTarget": 1,
 *   "improving": 0.5, "worsening": 0, "provenance": ...}}</pre>
 */
public final class TargetComparison implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("TARGET_COMPARISON", p -> new TargetComparison(
            p.choice("direction", Direction.class), p.number("target"), p.number("atTarget"), p.number("improving"),
            p.number("worsening"), p.provenance()));

    /** The rung at or beyond the target. */
    public static final String AT_TARGET = "AT_TARGET";
    /** The rung of a measure better than the previous year's but short of the target. */
    public static final String IMPROVING = "IMPROVING";
    /** The rung of a measure short of the target and no better than the previous year's, or with none. */
    public static final String WORSENING = "WORSENING";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(Long.MAX_VALUE / 4);

    private final Direction direction;
    private final BigDecimal target;
    private final BigDecimal atTarget;
    private final BigDecimal improving;
    private final BigDecimal worsening;
    private final Provenance provenance;
    private final Ladder ladder;

    /**
     * Creates a target comparison.
     *
     * @param direction  whether higher or lower values are better
     * @param target     the target
     * @param atTarget   the fraction at or beyond the target
     * @param improving  the fraction when better than the previous year but short of the target
     * @param worsening  the fraction otherwise
     * @param provenance where they come from
     * @throws NullPointerException if an argument is null
     */
    public TargetComparison(Direction direction, BigDecimal target, BigDecimal atTarget, BigDecimal improving,
            BigDecimal worsening, Provenance provenance) {
        this.direction = requireNonNull(direction, "direction");
        this.target = requireNonNull(target, "target");
        this.atTarget = requireNonNull(atTarget, "atTarget");
        this.improving = requireNonNull(improving, "improving");
        this.worsening = requireNonNull(worsening, "worsening");
        this.provenance = requireNonNull(provenance, "provenance");
        this.ladder = Ladder.of(List.of(new Rung(WORSENING, worsening), new Rung(IMPROVING, improving),
                new Rung(AT_TARGET, atTarget)));
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
     * Returns the target.
     *
     * @return the target
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the fraction at or beyond the target.
     *
     * @return the fraction
     */
    public BigDecimal atTarget() {
        return atTarget;
    }

    /**
     * Returns the fraction of an improving measure.
     *
     * @return the fraction
     */
    public BigDecimal improving() {
        return improving;
    }

    /**
     * Returns the fraction otherwise.
     *
     * @return the fraction
     */
    public BigDecimal worsening() {
        return worsening;
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
        return Set.of(MeasurementKind.PERCENTAGE, MeasurementKind.COUNT);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    @Override
    public Rating rateValue(IndicatorValue value) {
        BigDecimal current;
        Optional<BigDecimal> previous;
        if (value instanceof IndicatorValue.Percentage p) {
            current = p.percent();
            previous = p.previousYear();
        } else {
            IndicatorValue.Count c = (IndicatorValue.Count) value;
            current = BigDecimal.valueOf(c.count());
            previous = c.previousYear().map(BigDecimal::valueOf);
        }
        int sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
        if (Integer.signum(current.compareTo(target)) * sign >= 0) {
            return ladder.rating(AT_TARGET);
        }
        if (previous.isPresent() && Integer.signum(current.compareTo(previous.get())) * sign > 0) {
            return ladder.rating(IMPROVING);
        }
        return ladder.rating(WORSENING);
    }

    @Override
    public Message describe(Rung rung) {
        return switch (rung.id()) {
            case AT_TARGET -> Message.of(direction == Direction.LOWER_IS_BETTER ? "rung.target.atOrBelow"
                    : "rung.target.atOrAbove", target);
            case IMPROVING -> Message.of("rung.target.improving");
            default -> Message.of("rung.target.worsening");
        };
    }

    /**
     * A measure that lands on a rung: the target itself; half-way to it from the worst end, one better than the
     * year before; the worst end with no previous year.
     */
    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        boolean lower = direction == Direction.LOWER_IS_BETTER;
        boolean count = kind == MeasurementKind.COUNT;
        BigDecimal worst = lower ? (count ? target.add(BigDecimal.TEN).setScale(0, RoundingMode.CEILING) : HUNDRED)
                : BigDecimal.ZERO;
        BigDecimal at = count ? target.setScale(0, lower ? RoundingMode.FLOOR : RoundingMode.CEILING) : target;
        if (at.signum() < 0 || at.compareTo(count ? LARGEST_COUNT : HUNDRED) > 0) {
            return Optional.empty();
        }
        Optional<Response> found = switch (rung.id()) {
            case AT_TARGET -> Optional.of(value(at, Optional.empty(), count));
            case IMPROVING -> {
                BigDecimal current = worst.add(at).divide(BigDecimal.valueOf(2), count ? 0 : 2,
                        lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
                yield Optional.of(value(current, Optional.of(worst), count));
            }
            case WORSENING -> Optional.of(value(worst, Optional.empty(), count));
            default -> Optional.empty();
        };
        return found.filter(response -> rate(response).rung().id().equals(rung.id()));
    }

    private static Response value(BigDecimal current, Optional<BigDecimal> previous, boolean count) {
        return Response.of(count ? new IndicatorValue.Count(current.longValueExact(), previous.map(BigDecimal::longValueExact))
                : new IndicatorValue.Percentage(current, previous));
    }

    @Override
    public void write(ParametersWriter out) {
        out.choice("direction", direction).number("target", target).number("atTarget", atTarget)
                .number("improving", improving).number("worsening", worsening);
    }

    @Override
    public void lint(Lint lint) {
        lint.fraction("/atTarget", atTarget);
        lint.fraction("/improving", improving);
        lint.fraction("/worsening", worsening);
        if (target.signum() < 0) {
            lint.problem("/target", "the target must not be negative, but is %s",
                    target.stripTrailingZeros().toPlainString());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetComparison that && direction == that.direction && target.equals(that.target)
                && atTarget.equals(that.atTarget) && improving.equals(that.improving)
                && worsening.equals(that.worsening) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, target, atTarget, improving, worsening, provenance);
    }

    @Override
    public String toString() {
        return "TargetComparison[" + direction + ", target " + target + "]";
    }
}
