package io.github.layakanak.kla.benchmarks;

import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first use of the rule packs in a fresh JVM, one shot per fork: what an app pays before it scores anything
 * (class loading, Jackson's first reads, the linter and the hashing, all cold).
 *
 * <p>{@code RulePacks.discover()} finds every provider on the class path; the 2022 and 2024 providers declare
 * their packs' ids and years, so {@link #discoverReadLint2022()} reads and lints the 2022 pack alone, and leaves
 * the 2024 pack unread. {@link #readLint2022()} and {@link #readLint2024()} read each pack alone, through its
 * provider, in a JVM of their own. Each of the three pays the cold start of what they share.
 *
 * <p>The class has no state and no set-up: nothing of kla runs in the fork before the measured call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmarks {

    /** Creates the benchmark; JMH calls this. */
    public StartupBenchmarks() {
    }

    /**
     * {@code RulePacks.discover().forYear(2022)}: discovers the packs on the path, and reads and lints the 2022 pack.
     *
     * @return the 2022 pack
     */
    @Benchmark
    public RulePack discoverReadLint2022() {
        return KlaCalls.discover2022();
    }

    /**
     * Reads and lints the 2022 pack alone, as its provider does:
     * {@code RulePackLoader.create().load(Kla2022.class, "kla-2022.json")}.
     *
     * @return the 2022 pack
     */
    @Benchmark
    public RulePack readLint2022() {
        return KlaCalls.read2022();
    }

    /**
     * Reads and lints the 2024 pack alone, as its provider does: what discovery adds with kla-rules-2024 on the
     * path.
     *
     * @return the 2024 pack
     */
    @Benchmark
    public RulePack readLint2024() {
        return KlaCalls.read2024();
    }
}
