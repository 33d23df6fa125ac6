package io.github.layakanak.kla.scoring.spi;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A rubric kind of a test pack's own, as docs/rule-pack-format.md shows one: a percentage at or above
 * {@code threshold} earns 1, at or above half of it earns {@code half}, below that nothing. One class, plus the
 * words of its rungs in {@code HalfOrFullWords_id.properties} and {@code HalfOrFullWords_en.properties}.
 */
public final class HalfOrFull implements Rubric {

    /** The kind, which a loader learns with {@code RulePackLoader.create().withRubricKind(HalfOrFull.KIND)}. */
    public static final RubricKind KIND = RubricKind.of("HALF_OR_FULL",
            p -> new HalfOrFull(p.number("threshold"), p.number("half"), p.provenance()));

    private final BigDecimal threshold;
    private final BigDecimal half;
    private final Provenance provenance;
    private final List<Rung> ladder;

    /**
     * Creates the rubric.
     *
     * @param threshold  the percentage that earns everything
     * @param half       the fraction that half of it earns
     * @param provenance where the numbers come from
     */
    public HalfOrFull(BigDecimal threshold, BigDecimal half, Provenance provenance) {
        this.threshold = requireNonNull(threshold, "threshold");
        this.half = requireNonNull(half, "half");
        this.provenance = requireNonNull(provenance, "provenance");
        this.ladder = List.of(new Rung("BELOW", BigDecimal.ZERO), new Rung("HALF", half),
                new Rung("FULL", BigDecimal.ONE));
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
        return ladder;
    }

    @Override
    public Set<MeasurementKind> valueKinds() {
        return Set.of(MeasurementKind.PERCENTAGE);
    }

    @Override
    public Rating rate(Response response) {
        BigDecimal percent = ((IndicatorValue.Percentage) response.value().orElseThrow()).percent();
        int rung = percent.compareTo(threshold) >= 0 ? 2
                : percent.multiply(BigDecimal.valueOf(2)).compareTo(threshold) >= 0 ? 1 : 0;
        return Rating.at(ladder.get(rung), ladder);
    }

    @Override
    public Message describe(Rung rung) {
        return Message.of("HALF_OR_FULL." + rung.id(), threshold);
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        BigDecimal percent = switch (rung.id()) {
            case "FULL" -> threshold;
            case "HALF" -> threshold.divide(BigDecimal.valueOf(2));
            default -> BigDecimal.ZERO;
        };
        return Optional.of(Response.of(new IndicatorValue.Percentage(percent, Optional.empty())));
    }

    @Override
    public void write(ParametersWriter out) {
        out.number("threshold", threshold).number("half", half);
    }

    @Override
    public void lint(Lint lint) {
        lint.fraction("/half", half);
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            lint.problem("/threshold", "the threshold must be in (0, 100], but is %s", threshold.toPlainString());
        }
    }

    @Override
    public ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle("io.github.layakanak.kla.scoring.spi.HalfOrFullWords", locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HalfOrFull that && threshold.equals(that.threshold) && half.equals(that.half)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return threshold.hashCode() * 31 + half.hashCode();
    }
}
