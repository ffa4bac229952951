package org.ait.bench;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Perturbation;
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
 * Perturbation analysis cost per element: the BDM change of flipping every element (incremental: only the
 * blocks holding the element are updated), of deleting every element of a 1D sequence (one sweep), against the
 * baseline of recomputing BDM from scratch for one element. The Python reference (pybdm 0.1.0,
 * PerturbationExperiment.run) takes about 21-29 us per element on 10^4-10^5 symbols and 23 us on 100x100.
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="PerturbationBench"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PerturbationBench {

    static final int N = 100_000;
    static final int SIDE = 100;

    private Perturbation p1;
    private Perturbation p2;
    private BdmScorer scorer1;
    private SymbolGrid x1;

    @Setup
    public void setUp() throws IOException {
        SplittableRandom r = new SplittableRandom(12345);
        x1 = SymbolGrid.of(BdmBench.randomBits(r, N));
        scorer1 = BdmScorer.builder(CtmValues.of(TableCatalog.load("ctm-1d-s5-k2"))).block(12).build();
        p1 = scorer1.perturbation(x1);
        p2 = BdmScorer.builder(BdmBench.standIn2d()).block(4, 4).build()
                .perturbation(new SymbolGrid(SIDE, SIDE, BdmBench.randomBits(r, SIDE * SIDE)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] flip1d() {
        return p1.flipDeltas();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] delete1d() {
        return p1.deletionDeltas();
    }

    @Benchmark
    @OperationsPerInvocation(SIDE * SIDE)
    public double[] flip2d() {
        return p2.flipDeltas();
    }

    /** One element by recomputation: what each element would cost without the incremental update. */
    @Benchmark
    public double baselineRecompute1d() {
        return scorer1.bdm(x1);
    }
}
