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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether something exists earns one of two fractions: rungs {@code ABSENT} and {@code PRESENT}.
 *
 * <pre>{@code {"kind": "PRESENCE", "present": 1, "absent": 0, "provenance": ...}}</pre>
 */
public final class Presence implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("PRESENCE",
            p -> new Presence(p.number("present"), p.number("absent"), p.provenance()));

    private final BigDecimal present;
    private final BigDecimal absent;
    private final Provenance provenance;
    private final Ladder ladder;

    /**
     * Creates a presence check.
     *
     * @param present    the fraction when it exists
     * @param absent     the fraction when it does not
     * @param provenance where the fractions come from
     * @throws NullPointerException if an argument is null
     */
    public Presence(BigDecimal present, BigDecimal absent, Provenance provenance) {
        this.present = requireNonNull(present, "present");
        this.absent = requireNonNull(absent, "absent");
        this.provenance = requireNonNull(provenance, "provenance");
        this.ladder = Ladder.of(List.of(new Rung("ABSENT", absent), new Rung("PRESENT", present)));
    }

    /**
     * Returns the fraction when it exists.
     *
     * @return the fraction
     */
    public BigDecimal present() {
        return present;
    }

    /**
     * Returns the fraction when it does not.
     *
     * @return the fraction
     */
    public BigDecimal absent() {
        return absent;
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
        return Set.of(MeasurementKind.PRESENCE);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    @Override
    public Rating rateValue(IndicatorValue value) {
        return ladder.rating(((IndicatorValue.Presence) value).present() ? "PRESENT" : "ABSENT");
    }

    @Override
    public Message describe(Rung rung) {
        return Message.of("rung.presence." + rung.id());
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return ladder.find(rung.id()).map(r -> Response.of(new IndicatorValue.Presence(r.id().equals("PRESENT"))));
    }

    @Override
    public void write(ParametersWriter out) {
        out.number("present", present).number("absent", absent);
    }

    @Override
    public void lint(Lint lint) {
        lint.fraction("/present", present);
        lint.fraction("/absent", absent);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Presence that && present.equals(that.present) && absent.equals(that.absent)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, absent, provenance);
    }

    @Override
    public String toString() {
        return "Presence[present " + present + ", absent " + absent + "]";
    }
}
