package io.github.layakanak.kla.benchmarks;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.Loss;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring under the 2022 pack: the Batam sample, and a batch of 514 generated districts (one per regency and
 * city) on one thread and on two, each beside the {@link Floor} of the same work; checking a submission, and
 * rendering a scorecard's explanations, each measured on its own.
 *
 * <p>A checked submission is the proof that it is admissible ({@code ScoringEngine.check}), so scoring it does not
 * check again: {@link #scoreTypical2022} and the batches score submissions checked once, in the set-up, and
 * {@link #checkTypical2022} measures the check alone (the model's validator and the pack's checks). The engine's
 * benchmarks hand the whole scorecard to the blackhole; the floor's compute the total only, so a ratio of the two
 * is what the engine's generality and its richer result cost over the bare arithmetic. The pack, the sample and
 * the batch are read, checked and generated once per fork, outside the measurement; the state is shared by the
 * threads, which only read it.
 *
 * <p>The engine takes several seconds of warm-up to settle (a batch operation starts near 400 ms and settles
 * near 50 ms), hence 6 warm-up iterations, and iterations of 2 s for the batch, which runs about 20 operations a
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmarks {

    private RulePack pack;
    private Submission batam;
    private CheckedSubmission checkedBatam;
    private CheckedSubmission checkedBanyuasin;
    private CheckedSubmission[] batch;
    private ScoreCard batamCard;
    private Explainer indonesian;
    private Floor floor;
    private Floor.District floorBatam;
    private Floor.District[] floorBatch;

    /** Creates the benchmark state; JMH calls this. */
    public ScoringBenchmarks() {
    }

    /** Discovers the 2022 pack, reads the Batam sample and generates the batch, and encodes them for the floor. */
    @Setup(Level.Trial)
    public void setUp() {
        pack = KlaCalls.discover2022();
        batam = Samples.get("batam");
        checkedBatam = KlaCalls.check(pack, batam);
        checkedBanyuasin = KlaCalls.check(pack, Samples.get("banyuasin"));
        batamCard = KlaCalls.score(checkedBatam);
        indonesian = KlaCalls.explainer(pack);
        List<Submission> districts = Batches.onePerRegion(pack, Batches.BATCH_SEED);
        batch = new CheckedSubmission[districts.size()];
        floor = Floor.of(pack);
        floorBatam = floor.encode(batam);
        floorBatch = new Floor.District[batch.length];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = KlaCalls.check(pack, districts.get(i));
            floorBatch[i] = floor.encode(districts.get(i));
        }
        if (floor.total(floorBatam) != KlaCalls.totalHundredths(batamCard)) {
            throw new IllegalStateException("the floor disagrees with the engine on the Batam sample");
        }
    }

    /**
     * Scores the Batam sample, a typical 2022 district, checked once, and consumes the whole scorecard.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void scoreTypical2022(Blackhole bh) {
        KlaCalls.consume(KlaCalls.score(checkedBatam), bh);
    }

    /**
     * Scores the Batam sample as {@link #scoreTypical2022} does, and asks for its losses too (every lost point by its
     * cause): what loss accounting adds to a scorecard, target at most 20%.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void lossesTypical2022(Blackhole bh) {
        ScoreCard card = KlaCalls.score(checkedBatam);
        KlaCalls.consume(card, bh);
        for (Loss loss : card.losses()) {
            bh.consume(loss.points());
            bh.consume(loss.cause());
        }
    }

    /**
     * Plans the Banyuasin sample's cheapest way to the next rank (Pratama at 515.00 to Madya: four steps), applied and
     * scored again as the plan does; target 5 ms.
     *
     * @return the plan
     */
    @Benchmark
    public Plan planTypical2022() {
        return Planner.plan(checkedBanyuasin, PlanRequest.nextRank());
    }

    /**
     * Checks the Batam sample against the pack: the model's validator and the pack's checks, and the resolution of
     * its answers and documents against the pack, which makes the proof that scoring takes.
     *
     * @return the checked submission
     */
    @Benchmark
    public CheckedSubmission checkTypical2022() {
        return KlaCalls.check(pack, batam);
    }

    /**
     * Renders every explanation of the Batam sample's scorecard in Indonesian, with an explainer made once.
     *
     * @return the explanations
     */
    @Benchmark
    public Explainer.Explanations explainTypical2022() {
        return indonesian.explain(batamCard);
    }

    /**
     * The floor's total of the Batam sample.
     *
     * @return the total in hundredths
     */
    @Benchmark
    public long floorTypical2022() {
        return floor.total(floorBatam);
    }

    /**
     * Scores the 514 districts of the batch, consuming every scorecard.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void batch514(Blackhole bh) {
        for (CheckedSubmission submission : batch) {
            KlaCalls.consume(KlaCalls.score(submission), bh);
        }
    }

    /**
     * {@link #batch514(Blackhole)} on two threads, each scoring the whole batch per operation.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @Threads(2)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void batch514Threads2(Blackhole bh) {
        batch514(bh);
    }

    /**
     * The floor's totals of the 514 districts of the batch.
     *
     * @return the sum of the totals in hundredths
     */
    @Benchmark
    public long floorBatch514() {
        long sum = 0;
        for (Floor.District district : floorBatch) {
            sum += floor.total(district);
        }
        return sum;
    }
}
