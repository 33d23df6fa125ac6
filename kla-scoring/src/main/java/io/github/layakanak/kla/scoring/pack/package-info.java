/**
 * A rule pack and its parts: the indicators and their rubrics, the section maxima, the rank bands, the stage
 * rules, the rounding policy, and the provenance of every number.
 *
 * <p>Packs are data: a pack's author writes a parameters file that {@link
 * io.github.layakanak.kla.scoring.spi.RulePackLoader} reads and lints into a {@link
 * io.github.layakanak.kla.scoring.pack.RulePack}. Every part is immutable; rubric steps are enumerable and
 * ordered, so that a planner can ask what the next step up is worth.
 */
@NullMarked
package io.github.layakanak.kla.scoring.pack;

import org.jspecify.annotations.NullMarked;
