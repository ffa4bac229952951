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

        @Setup(Level.Iteration)
        public void reset() {
            machines = 0;
            steps = 0;
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
        return p.halting;
    }
}
