package org.ait.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.SymbolicRegression;
import org.ait.synth.mdl.StructurePrior;
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
 * The sparse term regression, one thread: the term phase and the exhaustive phase to size 4 (Feynman I.15.3x,
 * (x - u t) / sqrt(1 - u^2/c^2), 4 variables, 200 rows; 19 nodes, beyond any exhaustive search), against the
 * baseline of the exhaustive phase alone to size 5 (which does not find it). Seconds per search. Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="TermPhaseBench"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class TermPhaseBench {

    static final List<Op> OPS = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.COS, Op.EXP, Op.LOG, Op.SQRT);
    static final List<String> NAMES = List.of("x", "c", "u", "t");
    private double[][] columns;
    private double[] y;
    private StructurePrior prior;

    @Setup
    public void setUp() throws Exception {
        Expr law = ExprParser.parse("(x - u*t)/sqrt(1 - u**2/c**2)", NAMES);
        double[] low = {5, 3, 1, 1};
        double[] high = {10, 20, 2, 2};
        Random r = new Random(1);
        columns = new double[4][200];
        y = new double[200];
        double[] row = new double[4];
        for (int i = 0; i < 200; i++) {
            for (int k = 0; k < 4; k++) {
                row[k] = low[k] + (high[k] - low[k]) * r.nextDouble();
                columns[k][i] = row[k];
            }
            y[i] = law.evaluate(row, null);
        }
        prior = StructurePrior.size(OPS, 4);
    }

    @Benchmark
    public double termPhaseThenExhaustiveToSize4() throws Exception {
        return new SymbolicRegression(OPS, prior).maxSize(4).seconds(600).threads(1).fit(columns, y).best().mse();
    }

    @Benchmark
    public double baselineExhaustiveToSize5() throws Exception {
        return new SymbolicRegression(OPS, prior).maxSize(5).seconds(600).threads(1).termRegression(false)
                .fit(columns, y).best().mse();
    }
}
