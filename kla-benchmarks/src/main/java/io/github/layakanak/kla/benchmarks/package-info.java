/**
 * JMH benchmarks of kla: scoring a typical 2022 district and a batch of 514 districts (on one and two threads),
 * reading a submission's JSON, and discovering, reading and linting the 2022 rule pack in a fresh JVM, each set
 * beside a floor that shows what the same work costs without the engine's generality.
 *
 * <p>{@link io.github.layakanak.kla.benchmarks.BenchmarkSuite} runs them all and prints a Markdown table; every
 * call into kla's scoring API goes through {@link io.github.layakanak.kla.benchmarks.KlaCalls}, so that a change
 * of that API touches one class. {@link io.github.layakanak.kla.benchmarks.Floor} is the hand-written floor of
 * the 2022 pack's arithmetic, checked against the engine by this module's tests. Not a library API; not
 * published.
 */
@NullMarked
package io.github.layakanak.kla.benchmarks;

import org.jspecify.annotations.NullMarked;
