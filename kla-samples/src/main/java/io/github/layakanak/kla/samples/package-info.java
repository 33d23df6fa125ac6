/**
 * Bundled sample submissions and their index: the five districts of the news reports as complete 2022 and 2024
 * submissions, and edge districts (empty, perfect, and one exactly on each band edge of 2022).
 *
 * <p>The districts are real; their indicator data and documents are synthetic, calibrated so that each lands
 * under its rule pack in the rank it received or targeted. An app or a tutorial can start from them without
 * the testkit, which needs JUnit:
 * <pre>{@code
 * Submission batam = Samples.get("batam");
 * ScoreCard card = ScoringEngine.score(RulePacks.discover().forYear(2022), batam);
 * }</pre>
 */
@NullMarked
package io.github.layakanak.kla.samples;

import org.jspecify.annotations.NullMarked;
