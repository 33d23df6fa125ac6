/**
 * What a rule-pack author implements and calls: the {@link
 * io.github.layakanak.kla.scoring.spi.RulePackProvider} a pack module registers, the loader that reads and lints
 * a pack's parameters file, and the {@link io.github.layakanak.kla.scoring.spi.CustomRubric} for logic the
 * built-in rubric kinds cannot express.
 */
@NullMarked
package io.github.layakanak.kla.scoring.spi;

import org.jspecify.annotations.NullMarked;
