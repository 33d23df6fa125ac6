/**
 * Samples, generators (of submissions, valid, broken or hostile, and of whole rule packs), a property runner with
 * shrinking, scorecard assertions, golden cases as data and the rule-pack contract, for tests of KLA scores.
 *
 * <p>A threshold test in a few lines:
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2022);
 * Submission madya = Targets.of(pack).nearest(new BigDecimal("600.00"), Targets.Side.ABOVE);
 * assertThat(ScoringEngine.score(pack, madya)).hasRank(Rank.MADYA);
 * }</pre>
 *
 * <p>Everything here is deterministic: a generator given the same seed yields the same districts, so a
 * failing property replays exactly from the seed it prints.
 */
@NullMarked
package io.github.layakanak.kla.testkit;

import org.jspecify.annotations.NullMarked;
