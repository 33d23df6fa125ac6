/**
 * Generators (of submissions, valid, broken or hostile, and of whole rule packs), a property runner with
 * shrinking, scorecard assertions, golden cases as data and the rule-pack contract, for tests of KLA scores. The
 * bundled samples to start from are {@code io.github.layakanak.kla.samples.Samples}, in {@code kla-samples}, which
 * the testkit depends on (they were {@code io.github.layakanak.kla.testkit.Samples} before).
 *
 * <p>A threshold test in a few lines:
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2022);
 * Submission madya = Targets.of(pack).nearest(new BigDecimal("600.00"), Targets.Side.ABOVE);
 * assertThat(ScoringEngine.score(pack, madya)).hasRank(Rank.MADYA);
 * }</pre>
 *
 * <p>{@link io.github.layakanak.kla.testkit.Generators#submissions(io.github.layakanak.kla.scoring.pack.RulePack)}
 * spreads its submissions evenly over the ranks the pack awards (for kla-2022 and kla-2024, about one in six each,
 * from none to KLA); {@code Generators.submissions(pack, rank)} aims at one band. Generators combine with
 * {@link io.github.layakanak.kla.testkit.Gen#pair} and {@link io.github.layakanak.kla.testkit.Gen#listOf}, and what
 * they make shrinks.
 *
 * <p>Everything here is deterministic: a generator given the same seed yields the same districts, so a
 * failing property replays exactly from the seed it prints.
 */
@NullMarked
package io.github.layakanak.kla.testkit;

import org.jspecify.annotations.NullMarked;
