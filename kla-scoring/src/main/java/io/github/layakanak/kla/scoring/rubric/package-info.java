/**
 * The built-in rubric kinds, one type each: a document ladder, percentage bands, a comparison with a target and
 * the previous year, a functioning ladder, count thresholds, presence, budget sources, a score proportional to a
 * percentage, answer options, and a weighted composite of sub-items.
 *
 * <p>Each kind reads its parameters (its {@code KIND}), writes them back, lints them, lists its ladder of rungs,
 * admits and rates a response into a {@link io.github.layakanak.kla.scoring.pack.Rating}, and names its rungs as
 * {@link io.github.layakanak.kla.scoring.pack.Message}s whose words are in kla's bundle. {@link Rubrics#builtIn()}
 * lists them for the loader.
 */
@NullMarked
package io.github.layakanak.kla.scoring.rubric;

import org.jspecify.annotations.NullMarked;
