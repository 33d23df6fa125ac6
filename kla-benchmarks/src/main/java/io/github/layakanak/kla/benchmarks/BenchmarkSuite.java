package io.github.layakanak.kla.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark suite through JMH's Runner API, with the GC profiler, and prints a Markdown table:
 * each benchmark's median time per operation, its allocation per operation, and the ratios that matter (the
 * engine over its floor, two threads over one, kla's JSON reader over a plain one, discovery over one pack).
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl kla-benchmarks -am
 * java -jar kla-benchmarks/target/kla-benchmarks.jar            # the whole suite, about 6 minutes on 2 cores
 * java -jar kla-benchmarks/target/kla-benchmarks.jar --smoke    # every benchmark once, briefly: for CI
 * java -jar kla-benchmarks/target/kla-benchmarks.jar batch514   # only the benchmarks matching a regex
 * java -cp kla-benchmarks/target/kla-benchmarks.jar org.openjdk.jmh.Main -prof gc ScoringBenchmarks
 * </pre>
 *
 * <p>The full suite runs each benchmark as its annotations say: the steady-state ones in 3 forks of 6 warm-up
 * and 5 measured iterations of 1 s (the engine's batches 5 and 5 of 2 s), the cold-start ones in 10 forks of
 * one shot each. The median is taken over every measured iteration of every fork (for a steady-state benchmark
 * each iteration's value is that iteration's mean time per operation). The smoke run gives each benchmark 1
 * fork, no warm-up and 1 measured iteration of 100 ms: it proves that every benchmark runs, and its numbers
 * mean nothing.
 *
 * <p>The benchmarks run one at a time, each while a {@link LoadMonitor} measures the CPU that other processes
 * take: on 2 cores another build beside the suite halves what a benchmark gets, so the table shows it per row
 * and flags a row above 0.1 cores.
 *
 * <p>Exit status: 0 when every benchmark ran, 1 when one failed, 2 on a wrong argument.
 */
public final class BenchmarkSuite {

    /** Every benchmark of the suite, run one after the other in this order. */
    private static final List<String> ALL = List.of(
            ScoringBenchmarks.class.getName() + ".scoreTypical2022",
            ScoringBenchmarks.class.getName() + ".floorTypical2022",
            ScoringBenchmarks.class.getName() + ".checkTypical2022",
            ScoringBenchmarks.class.getName() + ".explainTypical2022",
            ScoringBenchmarks.class.getName() + ".lossesTypical2022",
            ScoringBenchmarks.class.getName() + ".planTypical2022",
            ScoringBenchmarks.class.getName() + ".batch514",
            ScoringBenchmarks.class.getName() + ".batch514Threads2",
            ScoringBenchmarks.class.getName() + ".floorBatch514",
            JsonBenchmarks.class.getName() + ".readSubmissionKlaJson",
            JsonBenchmarks.class.getName() + ".readSubmissionJacksonMap",
            JsonBenchmarks.class.getName() + ".refuseTenThousandCopies",
            JsonBenchmarks.class.getName() + ".refuseAMillionAnswers",
            StartupBenchmarks.class.getName() + ".discoverReadLint2022",
            StartupBenchmarks.class.getName() + ".readLint2022",
            StartupBenchmarks.class.getName() + ".readLint2024");

    /** Above this many cores taken by other processes, on average, a row is flagged. */
    private static final double DISTURBED = 0.1;

    /** Which benchmark is set beside which, and how the ratio reads. */
    private static final Map<String, String[]> RATIOS = new LinkedHashMap<>();

    static {
        RATIOS.put("scoreTypical2022", new String[] {"floorTypical2022", "score / floor"});
        RATIOS.put("batch514", new String[] {"floorBatch514", "batch / floor batch"});
        RATIOS.put("readSubmissionKlaJson", new String[] {"readSubmissionJacksonMap", "KlaJson / Jackson Map"});
        RATIOS.put("discoverReadLint2022", new String[] {"readLint2022", "discovery / the 2022 pack alone"});
        RATIOS.put("lossesTypical2022", new String[] {"scoreTypical2022", "scorecard and losses / scorecard"});
    }

    /**
     * The project's targets (median, one thread), as the table states them: a time in µs, bytes, or a ratio. Those of
     * the engine core, and of the planning work: a plan, and what loss accounting adds to a scorecard.
     */
    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("scoreTypical2022", new Target(2.0, 16_384, Double.NaN, "≤ 2 µs, ≤ 16 KB"));
        TARGETS.put("explainTypical2022", new Target(20.0, Double.NaN, Double.NaN, "≤ 20 µs"));
        TARGETS.put("batch514", new Target(1_000.0, Double.NaN, Double.NaN, "≤ 1 ms"));
        TARGETS.put("batch514Threads2", new Target(Double.NaN, Double.NaN, 1.7, "≥ 1.7× one thread"));
        TARGETS.put("readSubmissionKlaJson", new Target(Double.NaN, Double.NaN, 1.5, "≤ 1.5× Jackson Map"));
        TARGETS.put("refuseTenThousandCopies", new Target(1_000_000.0, Double.NaN, Double.NaN, "≤ 1 s"));
        TARGETS.put("refuseAMillionAnswers", new Target(1_000_000.0, Double.NaN, Double.NaN, "≤ 1 s"));
        TARGETS.put("readLint2022", new Target(150_000.0, Double.NaN, Double.NaN, "≤ 150 ms"));
        TARGETS.put("discoverReadLint2022", new Target(150_000.0, Double.NaN, Double.NaN, "≤ 150 ms"));
        TARGETS.put("planTypical2022", new Target(5_000.0, Double.NaN, Double.NaN, "≤ 5 ms"));
        TARGETS.put("lossesTypical2022", new Target(Double.NaN, Double.NaN, 1.2, "≤ 1.2× the scorecard"));
    }

    /** A target: a median time, an allocation, or a ratio (at most for times, at least for throughput). */
    record Target(double micros, double bytes, double ratio, String words) {
    }

    private BenchmarkSuite() {
    }

    /**
     * Runs the suite.
     *
     * @param args {@code --smoke} for the brief run; otherwise regular expressions that select the benchmarks
     *             to run by a part of their {@code Class.method} names, all when none is given
     */
    public static void main(String[] args) {
        boolean smoke = false;
        List<String> includes = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println("usage: java -jar kla-benchmarks.jar [--smoke] [REGEX...]");
                return;
            } else if (arg.startsWith("-")) {
                System.err.println("kla-benchmarks: unknown option [" + arg + "]; the options are [--smoke, --help]");
                System.exit(2);
                return;
            } else {
                includes.add(arg);
            }
        }
        List<String> selected = ALL.stream()
                .filter(b -> includes.isEmpty()
                        || includes.stream().anyMatch(r -> Pattern.compile(r).matcher(b).find()))
                .toList();
        if (selected.isEmpty()) {
            System.err.println("kla-benchmarks: no benchmark matches " + includes + "; the benchmarks are " + ALL);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (String benchmark : selected) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include("^" + Pattern.quote(benchmark) + "$")
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(true);
            if (smoke) {
                options.forks(1).warmupForks(0).warmupIterations(0).measurementIterations(1)
                        .measurementTime(TimeValue.milliseconds(100));
            }
            LoadMonitor monitor = LoadMonitor.start();
            Collection<RunResult> results;
            try {
                results = new Runner(options.build()).run();
            } catch (RunnerException e) {
                System.err.println("kla-benchmarks: benchmark " + benchmark + " failed: " + e.getMessage());
                e.printStackTrace();
                System.exit(1);
                return;
            }
            OptionalDouble foreign = monitor.stop();
            for (RunResult result : results) {
                rows.add(row(result, foreign.orElse(Double.NaN)));
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        print(rows, smoke, seconds, System.out);
    }

    /** One benchmark's result, as the table shows it. */
    record Row(String name, String mode, int threads, int samples, double median, double min, double max,
            double bytesPerOp, double otherCores) {
    }

    /** The row of one benchmark's result, measured while other processes took {@code otherCores}. */
    static Row row(RunResult result, double otherCores) {
        List<Double> times = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                times.add(micros(iteration.getPrimaryResult()));
                // The GC profiler's bytes per operation ("gc.alloc.rate.norm"; older JMH put a dot before it).
                iteration.getSecondaryResults().forEach((label, secondary) -> {
                    if (label.endsWith("gc.alloc.rate.norm")) {
                        bytes.add(secondary.getScore());
                    }
                });
            }
        }
        String benchmark = result.getParams().getBenchmark();
        return new Row(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                result.getParams().getMode().shortLabel(), result.getParams().getThreads(), times.size(),
                median(times), times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                times.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                bytes.isEmpty() ? Double.NaN : median(bytes), otherCores);
    }

    static void print(List<Row> rows, boolean smoke, long seconds, PrintStream out) {
        Map<String, Row> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r.name(), r));
        out.println();
        out.println(smoke ? "## kla benchmarks: SMOKE run (1 fork, no warm-up, 1 iteration of 100 ms; the numbers"
                + " mean nothing)" : "## kla benchmarks");
        out.println();
        out.printf(Locale.ROOT, "JVM %s %s, %d processors; %d s.%n%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(), seconds);
        out.println("| Benchmark | Mode | Threads | Samples | Median µs/op | Min – max µs/op | B/op | Ratio "
                + "| Target | Other processes (cores) |");
        out.println("|---|---|---:|---:|---:|---:|---:|---|---|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %d | %d | %s | %s – %s | %s | %s | %s | %s |%n", r.name(), r.mode(),
                    r.threads(), r.samples(), number(r.median()), number(r.min()), number(r.max()),
                    Double.isNaN(r.bytesPerOp()) ? "" : String.format(Locale.ROOT, "%,.0f", r.bytesPerOp()),
                    ratio(r, byName), target(r, byName), Double.isNaN(r.otherCores()) ? "not measured"
                            : String.format(Locale.ROOT, "%.2f%s", r.otherCores(),
                                    r.otherCores() > DISTURBED ? " (disturbed)" : ""));
        }
        out.println();
        for (Map.Entry<String, String[]> pair : RATIOS.entrySet()) {
            Row top = byName.get(pair.getKey());
            Row bottom = byName.get(pair.getValue()[0]);
            if (top != null && bottom != null) {
                out.printf(Locale.ROOT, "- %s: %s / %s = %.1f×%n", pair.getValue()[1], pair.getKey(),
                        pair.getValue()[0], top.median() / bottom.median());
            }
        }
        Row one = byName.get("batch514");
        Row two = byName.get("batch514Threads2");
        if (one != null && two != null) {
            out.printf(Locale.ROOT, "- 2-thread / 1-thread throughput: (2 / %s µs) / (1 / %s µs) = %.2f×%n",
                    number(two.median()), number(one.median()), throughputRatio(one, two));
        }
        List<String> disturbed = rows.stream().filter(r -> r.otherCores() > DISTURBED).map(Row::name).toList();
        if (!disturbed.isEmpty()) {
            out.printf(Locale.ROOT, "%nWARNING: other processes took more than %.1f of the %d cores, on average, "
                    + "while %s ran: their numbers are disturbed (two threads most); run the suite again on an idle "
                    + "machine.%n", DISTURBED, Runtime.getRuntime().availableProcessors(), disturbed);
        }
    }

    private static String ratio(Row r, Map<String, Row> byName) {
        String[] pair = RATIOS.get(r.name());
        if (pair != null && byName.containsKey(pair[0])) {
            return String.format(Locale.ROOT, "%.1f× %s", r.median() / byName.get(pair[0]).median(), pair[0]);
        }
        if (r.name().equals("batch514Threads2") && byName.containsKey("batch514")) {
            return String.format(Locale.ROOT, "%.2f× batch514 throughput", throughputRatio(byName.get("batch514"), r));
        }
        return "";
    }

    /** The target of a row and whether this run met it. */
    private static String target(Row r, Map<String, Row> byName) {
        Target target = TARGETS.get(r.name());
        if (target == null) {
            return "";
        }
        boolean met = true;
        if (!Double.isNaN(target.micros())) {
            met &= r.median() <= target.micros();
        }
        if (!Double.isNaN(target.bytes()) && !Double.isNaN(r.bytesPerOp())) {
            met &= r.bytesPerOp() <= target.bytes();
        }
        if (!Double.isNaN(target.ratio())) {
            if (r.name().equals("batch514Threads2") && byName.containsKey("batch514")) {
                met &= throughputRatio(byName.get("batch514"), r) >= target.ratio();
            } else {
                String[] pair = RATIOS.get(r.name());
                Row bottom = pair == null ? null : byName.get(pair[0]);
                if (bottom == null) {
                    return target.words();
                }
                met &= r.median() / bottom.median() <= target.ratio();
            }
        }
        return target.words() + (met ? ": met" : ": not met");
    }

    /** Operations per second on two threads over operations per second on one. */
    private static double throughputRatio(Row one, Row two) {
        return (two.threads() / two.median()) / (one.threads() / one.median());
    }

    private static double micros(Result<?> result) {
        String unit = result.getScoreUnit();
        double score = result.getScore();
        if (unit.startsWith("ns/")) {
            return score / 1_000;
        }
        if (unit.startsWith("ms/")) {
            return score * 1_000;
        }
        if (unit.startsWith("s/")) {
            return score * 1_000_000;
        }
        if (unit.startsWith("us/")) {
            return score;
        }
        throw new IllegalStateException("unexpected score unit [" + unit + "]");
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String number(double micros) {
        if (Double.isNaN(micros)) {
            return "";
        }
        if (micros >= 1_000) {
            return String.format(Locale.ROOT, "%,.0f", micros);
        }
        if (micros >= 10) {
            return String.format(Locale.ROOT, "%.1f", micros);
        }
        if (micros >= 1) {
            return String.format(Locale.ROOT, "%.2f", micros);
        }
        return String.format(Locale.ROOT, "%.4f", micros);
    }
}
