/**
 * A rule pack and its parts: the indicators and their rubrics, the section maxima, the rank bands, the stage
 * rules, the rounding policy, and the provenance of every number.
 *
 * <p>Packs are data: a pack's author writes a parameters file that {@link
 * io.github.layakanak.kla.scoring.spi.RulePackLoader} reads into a {@link
 * io.github.layakanak.kla.scoring.pack.RulePack}, built and linted by its builder, the one way to make a pack.
 * Every part is immutable. The {@link io.github.layakanak.kla.scoring.pack.Rubric} is the unit of extension: each
 * kind reads, writes and lints its parameters and rates a response into a structured
 * {@link io.github.layakanak.kla.scoring.pack.Rating}, whose rungs are ordered so that a planner can ask what the
 * next rung up is worth; words come from {@link io.github.layakanak.kla.scoring.pack.Message}s, rendered later.
 */
@NullMarked
package io.github.layakanak.kla.scoring.pack;

import org.jspecify.annotations.NullMarked;
