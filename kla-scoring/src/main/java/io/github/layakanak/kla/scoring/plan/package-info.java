/**
 * What to do next: the cheapest improvements that reach a rank ({@link io.github.layakanak.kla.scoring.plan.Planner#plan
 * Planner.plan}), what puts a rank at risk ({@link io.github.layakanak.kla.scoring.plan.Planner#atRisk
 * Planner.atRisk}), and their words ({@link io.github.layakanak.kla.scoring.plan.PlanExplainer}).
 *
 * <p>Like the engine, the planner holds no words: a {@link io.github.layakanak.kla.scoring.plan.Plan} is structured,
 * and the explainer renders it in Indonesian or English on demand.
 */
@NullMarked
package io.github.layakanak.kla.scoring.plan;

import org.jspecify.annotations.NullMarked;
