package org.ait.bench;

import java.util.concurrent.TimeUnit;
import org.ait.tm.MachineSpace;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.Walker1D;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sampled builds, single thread: random (4,k) machines drawn and run with the detectors at the published
 * cutoffs (2,000 steps; 4,000 for k = 9), in batches of 100,000 (batches/s; machines/s and steps/s in the
 * counters). The published tables took 2-3.3 x 10^11 machines each, tens of CPU-days.
 *
 * <p>{@code splitSampleBatch} draws 10,000 machines with multilevel splitting (split at segments of 4..10 cells,
 * 3 copies each, outputs up to 12 kept), the schedule of the shipped k-symbol tables; {@code longOutputs} counts
 * the distinct outputs of 10+ symbols seen per batch, in both benchmarks: the figure that decides how fast a
 * table covers long patterns (plain sampling is the baseline).
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="SamplerBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SamplerBench {

    static final int BATCH = 100_000;

    @Param({"4", "9"})
    public int symbols;

    /** Counted per benchmark operation and reported by JMH as rates. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Work {
        public long machines;
        public long steps;
        public long longOutputs;

        @Setup(Level.Iteration)
        public void reset() {
            machines = 0;
            steps = 0;
            longOutputs = 0;
        }
    }

    private Walker1D walker;
    private UniformRandomProvider rng;

    @Setup
    public void setUp() {
        walker = new Walker1D(new MachineSpace(1, 4, symbols), symbols == 9 ? 4000 : 2000);
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {42, symbols});
    }

    @Benchmark
    public long sampleBatch(Work work) {
        Partial p = new Partial();
        walker.sample(p, rng, BATCH);
        work.machines += BATCH;
        work.steps += p.steps;
        work.longOutputs += longOutputs(p);
        return p.halting;
    }

    static final int SPLIT_BATCH = 10_000;
    static final int[] SPLIT_AT = {4, 5, 6, 7, 8, 9, 10};

    @Benchmark
    public long splitSampleBatch(Work work) {
        Partial p = new Partial();
        walker.sample(p, rng, SPLIT_BATCH, 12, SPLIT_AT, 3);
        work.machines += SPLIT_BATCH;
        work.steps += p.steps;
        work.longOutputs += longOutputs(p);
        return p.halting;
    }

    private long longOutputs(Partial p) {
        long n = 0;
        for (long code : p.counts.keySet()) {
            n += org.ait.tm.OutputCodec.length(code, symbols) >= 10 ? 1 : 0;
        }
        return n;
    }
}
