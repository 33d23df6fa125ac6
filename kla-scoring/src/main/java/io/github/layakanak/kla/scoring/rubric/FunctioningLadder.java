package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.FunctioningLevel;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How well an institution functions earns a fraction: fully, partly, not at all.
 *
 * <pre>{@code {"kind": "FUNCTIONING_LADDER", "fractions": {"FULL": 1, "PARTIAL": 0.5, "NONE": 0}, "provenance": ...}}</pre>
 */
public final class FunctioningLadder implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("FUNCTIONING_LADDER",
            p -> new FunctioningLadder(p.numbers("fractions", FunctioningLevel.class), p.provenance()));

    private final Map<FunctioningLevel, BigDecimal> fractions;
    private final Provenance provenance;
    private final Ladder ladder;

    /**
     * Creates a functioning ladder.
     *
     * @param fractions  the fraction of each functioning level; the linter requires every level
     * @param provenance where the fractions come from
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public FunctioningLadder(Map<FunctioningLevel, BigDecimal> fractions, Provenance provenance) {
        this.fractions = Levels.copy(fractions, FunctioningLevel.class);
        this.provenance = requireNonNull(provenance, "provenance");
        List<Rung> rungs = new ArrayList<>();
        this.fractions.forEach((level, fraction) -> rungs.add(new Rung(level.name(), fraction)));
        this.ladder = Ladder.of(rungs);
    }

    /**
     * Returns the fraction of each functioning level.
     *
     * @return the fractions, in the order of the levels
     */
    public Map<FunctioningLevel, BigDecimal> fractions() {
        return fractions;
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
        return Set.of(MeasurementKind.FUNCTIONING_LEVEL);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    @Override
    public Rating rateValue(IndicatorValue value) {
        return ladder.rating(((IndicatorValue.Functioning) value).level().name());
    }

    @Override
    public Message describe(Rung rung) {
        FunctioningLevel level = FunctioningLevel.valueOf(rung.id());
        return Message.text(level.nameId(), level.nameEn());
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return ladder.find(rung.id())
                .map(r -> Response.of(IndicatorValue.functioning(FunctioningLevel.valueOf(r.id()))));
    }

    @Override
    public void write(ParametersWriter out) {
        out.numbers("fractions", fractions);
    }

    @Override
    public void lint(Lint lint) {
        Levels.lint(lint, fractions, FunctioningLevel.class, "functioning level");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunctioningLadder that && fractions.equals(that.fractions)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fractions, provenance);
    }

    @Override
    public String toString() {
        return "FunctioningLadder" + fractions;
    }
}
