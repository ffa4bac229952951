package org.ait.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
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
 * CTM lookup cost in the shipped D(5) table: by packed code (the BDM hot path), by string, and for strings too
 * long for the dense arrays; the baseline is the cost of reading the code array alone.
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="LookupBench"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LookupBench {

    private static final int N = 4096;
    private CtmTable table;
    private long[] codes12;
    private long[] codes20;
    private String[] strings12;
    private int i;

    @Setup
    public void setUp() throws IOException {
        table = TableCatalog.load("ctm-1d-s5-k2");
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        codes12 = new long[N];
        codes20 = new long[N];
        strings12 = new String[N];
        for (int j = 0; j < N; j++) {
            codes12[j] = (1L << 12) | r.nextInt(1 << 12);
            codes20[j] = (1L << 20) | r.nextInt(1 << 20);
            strings12[j] = OutputCodec.unpack(codes12[j], 2);
        }
    }

    @Benchmark
    public long baselineReadCode() {
        return codes12[i++ & (N - 1)];
    }

    @Benchmark
    public double byCodeLength12() {
        return table.complexity(codes12[i++ & (N - 1)]);
    }

    @Benchmark
    public double byCodeLength20() {
        return table.complexity(codes20[i++ & (N - 1)]);
    }

    @Benchmark
    public double byStringLength12() {
        return table.complexity(strings12[i++ & (N - 1)]);
    }
}
