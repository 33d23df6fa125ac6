package io.github.layakanak.kla.scoring.spi;

import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.pack.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric whose logic a pack's author writes in Java, for what the built-in rubric kinds cannot express.
 *
 * <p>The numbers it uses still live in the pack's parameters, with their provenance: the pack names the rubric
 * as {@code {"kind": "CUSTOM", "name": "...", "parameters": {...}, "provenance": {...}}} and the provider
 * registers the implementation with {@link RulePackLoader#withCustomRubric(CustomRubric)}. An implementation
 * must be pure and thread-safe.
 */
public interface CustomRubric {

    /**
     * Returns the name the pack's parameters refer to it by.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the kinds of value it rates.
     *
     * @return the value kinds; empty when it rates answer options
     */
    Set<MeasurementKind> valueKinds();

    /**
     * Returns its steps for the given parameters, in any order (the engine orders them).
     *
     * @param parameters the numbers the pack gives it
     * @return the steps
     */
    List<Step> steps(Map<String, BigDecimal> parameters);

    /**
     * Rates a response.
     *
     * @param response   the response, whose value is of one of the {@link #valueKinds()}
     * @param parameters the numbers the pack gives it
     * @return where the response lands
     */
    Rung rate(Response response, Map<String, BigDecimal> parameters);
}
