/**
 * Samples, generators, a property runner with shrinking, scorecard assertions and the rule-pack contract, for
 * tests of KLA scores.
 *
 * <p>A threshold test in a few lines:
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2022);
 * Submission madya = Targets.exactly(pack, new BigDecimal("600.01")).orElseThrow();   // or the nearest above
 * assertThat(ScoringEngine.score(pack, madya)).hasRank(Rank.MADYA);
 * }</pre>
 *
 * <p>Everything here is deterministic: a generator given the same seed yields the same districts, so a
 * failing property replays exactly from the seed it prints.
 */
@NullMarked
package io.github.layakanak.kla.testkit;

import org.jspecify.annotations.NullMarked;
