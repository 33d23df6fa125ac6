package io.github.layakanak.kla.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.testkit.BadInputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the Batam sample's JSON bytes: with kla's strict reader into a {@link Submission}, and with a plain
 * Jackson {@link ObjectMapper} (default configuration) into a {@link Map}, the floor of any JSON reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmarks {

    private byte[] batamJson;
    private byte[] tenThousandCopies;
    private byte[] aMillionAnswers;
    private ObjectMapper plain;

    /** Creates the benchmark state; JMH calls this. */
    public JsonBenchmarks() {
    }

    /** Reads the Batam sample's bytes and creates the plain mapper. */
    @Setup(Level.Trial)
    public void setUp() {
        batamJson = Samples.find("batam").orElseThrow().json().getBytes(StandardCharsets.UTF_8);
        tenThousandCopies = BadInputs.find("ten-thousand-copies").orElseThrow().bytes();
        aMillionAnswers = BadInputs.find("a-million-answers").orElseThrow().bytes();
        plain = new ObjectMapper();
    }

    /**
     * Reads the sample with {@code KlaJson.readSubmission(InputStream)}.
     *
     * @return the submission
     */
    @Benchmark
    public Submission readSubmissionKlaJson() {
        return KlaCalls.readSubmission(new ByteArrayInputStream(batamJson));
    }

    /**
     * Reads and checks the bad-input catalogue's ten thousand copies of one answer (0.8 MB), which is refused: more
     * than 500 answers. Target: about a second at most (it took 38 s before the limit).
     *
     * @return the refusal
     */
    @Benchmark
    public KlaException refuseTenThousandCopies() {
        return KlaCalls.refusal(new ByteArrayInputStream(tenThousandCopies));
    }

    /**
     * Reads the bad-input catalogue's million answers (17 MB), which is refused: larger than 8 MiB. Target: about a
     * second at most.
     *
     * @return the refusal
     */
    @Benchmark
    public KlaException refuseAMillionAnswers() {
        return KlaCalls.refusal(new ByteArrayInputStream(aMillionAnswers));
    }

    /**
     * Reads the same bytes with {@code new ObjectMapper().readValue(bytes, Map.class)}.
     *
     * @return the map
     * @throws IOException never, for the bundled sample
     */
    @Benchmark
    public Map<?, ?> readSubmissionJacksonMap() throws IOException {
        return plain.readValue(batamJson, Map.class);
    }
}
