/**
 * The rule pack of the 2023 KLA evaluation, which scored 2022 data and awarded the ranks of 2023: the same 24
 * indicators of Perpres 25/2021, weights and rank bands as the 2022 round, under the evaluation instrument of
 * Kepmen PPPA 21/2023, with the provinces doing the administrative verification.
 *
 * <p>{@link io.github.layakanak.kla.rules.y2023.Kla2023} provides the pack to
 * {@link io.github.layakanak.kla.scoring.RulePacks#discover()}. The pack is one file, {@code kla-2023.json}, that
 * derives from the 2022 pack and gives only what the round changes
 * ({@link io.github.layakanak.kla.scoring.spi.RulePackLoader#derive}).
 */
@NullMarked
package io.github.layakanak.kla.rules.y2023;

import org.jspecify.annotations.NullMarked;
