package org.ait.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ait.bdm.BdmResult;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Partition;
import org.ait.bdm.SymbolGrid;
import org.ait.ctm.TableCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BDM throughput on random binary data, in nanoseconds per symbol (cell): 1D with the shipped D(5) table and
 * 12-symbol blocks, 2D with 4x4 blocks (values from a stand-in table: the cost does not depend on them). The
 * baseline reads every symbol once (a sum), the least any scorer must do. The Python reference (pybdm 0.1.0)
 * measured on the same inputs: about 2.4 M symbols/s 1D (ignore), 0.2 M/s (correlated), 1.9 M cells/s 2D.
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="BdmBench"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class BdmBench {

    static final int N1 = 10_000_000;
    static final int SIDE = 2000;

    private SymbolGrid x1;
    private SymbolGrid x2;
    private BdmScorer ignore1;
    private BdmScorer correlated1;
    private BdmScorer ignore2;

    @Setup
    public void setUp() throws IOException {
        SplittableRandom r = new SplittableRandom(12345);
        x1 = SymbolGrid.of(randomBits(r, N1));
        x2 = new SymbolGrid(SIDE, SIDE, randomBits(r, SIDE * SIDE));
        CtmValues d5 = CtmValues.of(TableCatalog.load("ctm-1d-s5-k2"));
        ignore1 = BdmScorer.builder(d5).block(12).build();
        correlated1 = BdmScorer.builder(d5).block(12).partition(Partition.CORRELATED).build();
        ignore2 = BdmScorer.builder(standIn2d()).block(4, 4).build();
    }

    /** Fair coin flips. */
    static byte[] randomBits(SplittableRandom r, int n) {
        byte[] a = new byte[n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) r.nextInt(2);
        }
        return a;
    }

    /** Values for every binary 4x4 block (and the smaller squares): 10 + the number of ones mod 7. */
    static CtmValues standIn2d() {
        Map<String, Double> v = new HashMap<>();
        for (int side = 1; side <= 4; side++) {
            int cells = side * side;
            for (int c = 0; c < 1 << cells; c++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < cells; i++) {
                    if (i > 0 && i % side == 0) {
                        s.append('-');
                    }
                    s.append((c >>> (cells - 1 - i)) & 1);
                }
                v.put(s.toString(), 10.0 + Math.min(Integer.bitCount(c), cells - Integer.bitCount(c)) % 7);
            }
        }
        return CtmValues.of("stand-in-2d", 2, 2, v);
    }

    @Benchmark
    @OperationsPerInvocation(N1)
    public long baselineSum1d() {
        long s = 0;
        for (byte v : x1.cells()) {
            s += v;
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N1)
    public double bdm1dIgnore() {
        return ignore1.bdm(x1);
    }

    @Benchmark
    @OperationsPerInvocation(N1)
    public BdmResult score1dIgnoreNormalized() {
        return ignore1.score(x1);
    }

    @Benchmark
    @OperationsPerInvocation(N1)
    public double bdm1dCorrelated() {
        return correlated1.bdm(x1);
    }

    @Benchmark
    @OperationsPerInvocation(SIDE * SIDE)
    public double bdm2dIgnore() {
        return ignore2.bdm(x2);
    }
}
