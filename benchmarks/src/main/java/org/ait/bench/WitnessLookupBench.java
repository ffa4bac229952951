package org.ait.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.ctm.Witness;
import org.ait.tm.OutputCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Witness lookup per string in the shipped D(5) table: {@link CtmTable#witness(String)} for random strings of length
 * 12 (the BDM block; every one has a value but two), which finds the pattern's witness, picks or complements the
 * machine and prints its text; the baseline is the K lookup of the same strings. Ten warm-up iterations: the lookup is
 * compiled late on a loaded machine (a cold, interpreted lookup takes tens to hundreds of microseconds).
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="WitnessLookupBench"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class WitnessLookupBench {

    private static final int N = 4096;
    private CtmTable table;
    private String[] strings12;
    private int i;

    @Setup
    public void setUp() throws IOException {
        table = TableCatalog.load("ctm-1d-s5-k2");
        table.witnesses(); // decoded once, on first use: not part of a lookup
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        strings12 = new String[N];
        for (int j = 0; j < N; j++) {
            strings12[j] = OutputCodec.unpack((1L << 12) | r.nextInt(1 << 12), 2);
        }
    }

    @Benchmark
    public Witness witnessLength12() {
        return table.witness(strings12[i++ & (N - 1)]);
    }

    @Benchmark
    public double complexityLength12() {
        return table.complexity(strings12[i++ & (N - 1)]);
    }
}
