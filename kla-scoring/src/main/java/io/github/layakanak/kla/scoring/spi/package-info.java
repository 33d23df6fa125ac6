/**
 * What a rule-pack author implements and calls: the {@link
 * io.github.layakanak.kla.scoring.spi.RulePackProvider} a pack module registers, and the {@link
 * io.github.layakanak.kla.scoring.spi.RulePackLoader} that reads, lints, overlays and writes a pack's parameters
 * file. Logic the built-in rubric kinds cannot express is a {@link io.github.layakanak.kla.scoring.pack.Rubric} of
 * one's own, registered with the loader as a {@link io.github.layakanak.kla.scoring.pack.RubricKind}.
 */
@NullMarked
package io.github.layakanak.kla.scoring.spi;

import org.jspecify.annotations.NullMarked;
