package io.github.layakanak.kla.scoring.spi;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.pack.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A custom rubric for tests: a percentage at or above {@code threshold} earns 1, at or above half of it earns
 * {@code half}, below that nothing.
 */
public final class HalfOrFull implements CustomRubric {

    /** Creates the rubric. */
    public HalfOrFull() {
    }

    @Override
    public String name() {
        return "half-or-full";
    }

    @Override
    public Set<MeasurementKind> valueKinds() {
        return Set.of(MeasurementKind.PERCENTAGE);
    }

    @Override
    public List<Step> steps(Map<String, BigDecimal> parameters) {
        return List.of(new Step("BELOW", BigDecimal.ZERO, "di bawah", "below"),
                new Step("HALF", parameters.get("half"), "setengah", "half"),
                new Step("FULL", BigDecimal.ONE, "penuh", "full"));
    }

    @Override
    public Rung rate(Response response, Map<String, BigDecimal> parameters) {
        BigDecimal percent = ((IndicatorValue.Percentage) response.value().orElseThrow()).percent();
        BigDecimal threshold = parameters.get("threshold");
        String id = percent.compareTo(threshold) >= 0 ? "FULL"
                : percent.multiply(BigDecimal.valueOf(2)).compareTo(threshold) >= 0 ? "HALF" : "BELOW";
        return Rung.at(steps(parameters).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
    }
}
