/**
 * The rule pack of the 2022 KLA evaluation: the 24 indicators of Perpres 25/2021 in Kelembagaan and five
 * clusters, scored out of 1000 and ranked Pratama (500-600) to KLA (901-1000), with the stage rules of the
 * round and the 500-point gate before field verification.
 *
 * <p>{@link io.github.layakanak.kla.rules.y2022.Kla2022} provides the pack to
 * {@link io.github.layakanak.kla.scoring.RulePacks#discover()}; its numbers live in the parameters file
 * {@code kla-2022.json} beside it. The indicator list, the rank bands, the stages and the gate are OFFICIAL; the
 * ministry has not published its weights and rubrics, so every weight, fraction and threshold is a HYPOTHETICAL
 * stand-in that an app replaces with the official table as an overlay
 * ({@link io.github.layakanak.kla.scoring.spi.RulePackLoader#applyOverlay(io.github.layakanak.kla.scoring.pack.RulePack,
 * java.nio.file.Path)}).
 */
@NullMarked
package io.github.layakanak.kla.rules.y2022;

import org.jspecify.annotations.NullMarked;
