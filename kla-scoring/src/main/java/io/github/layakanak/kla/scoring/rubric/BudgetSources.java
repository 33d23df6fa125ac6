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
 * The budgets that fund an activity earn a fraction: the regional budget (APBD) and another source
 * ({@code BOTH}), one of them ({@code ONE}), or none ({@code NONE}).
 *
 * <pre>{@code {"kind": "BUDGET_SOURCES", "both": 1, "one": 0.6, "none": 0, "provenance": ...}}</pre>
 */
public final class BudgetSources implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("BUDGET_SOURCES",
            p -> new BudgetSources(p.number("both"), p.number("one"), p.number("none"), p.provenance()));

    private final BigDecimal both;
    private final BigDecimal one;
    private final BigDecimal none;
    private final Provenance provenance;
    private final Ladder ladder;

    /**
     * Creates budget sources.
     *
     * @param both       the fraction when the regional budget and another source fund it
     * @param one        the fraction when one source funds it
     * @param none       the fraction when nothing does
     * @param provenance where the fractions come from
     * @throws NullPointerException if an argument is null
     */
    public BudgetSources(BigDecimal both, BigDecimal one, BigDecimal none, Provenance provenance) {
        this.both = requireNonNull(both, "both");
        this.one = requireNonNull(one, "one");
        this.none = requireNonNull(none, "none");
        this.provenance = requireNonNull(provenance, "provenance");
        this.ladder = Ladder.of(List.of(new Rung("NONE", none), new Rung("ONE", one), new Rung("BOTH", both)));
    }

    /**
     * Returns the fraction for both sources.
     *
     * @return the fraction
     */
    public BigDecimal both() {
        return both;
    }

    /**
     * Returns the fraction for one source.
     *
     * @return the fraction
     */
    public BigDecimal one() {
        return one;
    }

    /**
     * Returns the fraction for none.
     *
     * @return the fraction
     */
    public BigDecimal none() {
        return none;
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
        return Set.of(MeasurementKind.BUDGET);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    @Override
    public Rating rateValue(IndicatorValue value) {
        IndicatorValue.Budget budget = (IndicatorValue.Budget) value;
        return ladder.rating(budget.regional() && budget.other() ? "BOTH"
                : budget.regional() || budget.other() ? "ONE" : "NONE");
    }

    @Override
    public Message describe(Rung rung) {
        return Message.of("rung.budget." + rung.id());
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return ladder.find(rung.id()).map(r -> Response.of(new IndicatorValue.Budget(!r.id().equals("NONE"),
                r.id().equals("BOTH"))));
    }

    @Override
    public void write(ParametersWriter out) {
        out.number("both", both).number("one", one).number("none", none);
    }

    @Override
    public void lint(Lint lint) {
        lint.fraction("/both", both);
        lint.fraction("/one", one);
        lint.fraction("/none", none);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetSources that && both.equals(that.both) && one.equals(that.one)
                && none.equals(that.none) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(both, one, none, provenance);
    }

    @Override
    public String toString() {
        return "BudgetSources[both " + both + ", one " + one + ", none " + none + "]";
    }
}
