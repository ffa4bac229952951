package org.ait.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.ExprParser;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.ConstantFitter;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
 * Symbolic regression hot paths, one thread: batch evaluation of a 13-node expression over 1,000 observations
 * (evaluations/s = 1,000 x ops/s; baseline: the same formula written in Java), and a Levenberg-Marquardt fit of
 * a 3-parameter model to 100 observations from the all-ones start (fits/s).
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="SynthBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SynthBench {

    static final List<String> NAMES = List.of("x", "y");
    private double[][] columns;
    private double[] out;
    private Expr formula;
    private Expr model;
    private double[][] fitColumns;
    private double[] fitY;
    private ConstantFitter fitter;
    private UniformRandomProvider rng;

    @Setup
    public void setUp() {
        Random r = new Random(1);
        columns = new double[2][1000];
        for (int i = 0; i < 1000; i++) {
            columns[0][i] = 0.5 + 2 * r.nextDouble();
            columns[1][i] = 0.5 + 2 * r.nextDouble();
        }
        out = new double[1000];
        formula = ExprParser.parse("x * sin(y) + exp(-x / y) - sqrt(x * y)", NAMES);
        model = new Expr.Binary(Op.ADD, new Expr.Binary(Op.MUL, new Expr.Param(0),
                new Expr.Unary(Op.EXP, new Expr.Binary(Op.MUL, new Expr.Param(1),
                        new Expr.Var(0)))), new Expr.Param(2));
        fitColumns = new double[][] {java.util.Arrays.copyOf(columns[0], 100)};
        fitY = new double[100];
        for (int i = 0; i < 100; i++) {
            fitY[i] = 2.5 * Math.exp(-1.3 * fitColumns[0][i]) + 0.7;
        }
        fitter = new ConstantFitter(1, 200);
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
    }

    @Benchmark
    public double evaluateBatch() {
        formula.evaluate(columns, null, out);
        return out[999];
    }

    @Benchmark
    public double evaluateBatchBaselineJava() {
        double[] x = columns[0];
        double[] y = columns[1];
        for (int i = 0; i < 1000; i++) {
            out[i] = x[i] * Math.sin(y[i]) + Math.exp(-x[i] / y[i]) - Math.sqrt(x[i] * y[i]);
        }
        return out[999];
    }

    @Benchmark
    public double levenbergMarquardtFit() {
        return fitter.fit(model, fitColumns, fitY, rng).sse();
    }
}
