package org.ait.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.Synthesizer;
import org.ait.synth.sequence.classes.ExpressionProgram;
import org.ait.synth.sequence.internal.LongOps;
import org.ait.synth.sequence.internal.ValueEnumerator;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Sequence synthesis hot paths, one thread. (1) Candidate programs checked per second: the per-input enumeration of
 * recurrence expressions a(n) = f(n, a(n-1)) on 24 rows of an input no small expression matches, to 40,000 kept
 * candidates ({@code candidates} counts every expression evaluated at every row, kept or pruned). (2) Exact
 * evaluation: a 13-node integer expression at n = 0..24 with big integers (the programs' own evaluation) against
 * the same tree evaluated in longs (baseline; exact only while no value overflows, which holds here).
 * Run: {@code mvn -B -Pbench verify -DskipTests -Djmh.args="SequenceSynthBench"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SequenceSynthBench {

    /** Candidates evaluated, reported per second next to the enumerations per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counts {
        public long candidates;

        @Setup(Level.Iteration)
        public void clear() {
            candidates = 0;
        }
    }

    private long[] input;
    private Expr formula;
    private BigInteger[][] bigRows;
    private long[] rows;
    private Synthesizer synthesizer;
    private Sequence fibonacci;

    @Setup
    public void setUp() {
        // 25 terms of a sequence with no short expression (digits of pi, scaled): the search does not stop early.
        input = new long[] {3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43, 38, 32, 79, 50, 28, 84, 19, 71, 69, 39,
            93, 75};
        Expr n = new Expr.Var(0);
        // binomial(n + 3, 3) * 2 + floor(n^2 / 3) mod 7
        formula = new Expr.Binary(Op.ADD,
                new Expr.Binary(Op.MUL, new Expr.Binary(Op.BINOMIAL, new Expr.Binary(Op.ADD, n, Expr.Num.of(3)),
                        Expr.Num.of(3)), Expr.Num.of(2)),
                new Expr.Binary(Op.MOD, new Expr.Binary(Op.FLOORDIV, new Expr.Binary(Op.MUL, n, n), Expr.Num.of(3)),
                        Expr.Num.of(7)));
        bigRows = new BigInteger[25][];
        rows = new long[25];
        for (int i = 0; i < 25; i++) {
            bigRows[i] = new BigInteger[] {BigInteger.valueOf(i)};
            rows[i] = i;
        }
        synthesizer = Synthesizer.builder().timeSeconds(60).top(1).build();
        fibonacci = Sequence.integers(0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584,
                4181, 6765, 10946, 17711, 28657, 46368);
    }

    @Benchmark
    public int enumerateRecurrenceExpressions(Counts counts) {
        int rowsUsed = input.length - 1;
        List<ValueEnumerator.Node> leaves = new ArrayList<>();
        long[] idx = new long[rowsUsed];
        for (int r = 0; r < rowsUsed; r++) {
            idx[r] = r + 1;
        }
        leaves.add(new ValueEnumerator.Node(new Expr.Var(0), idx));
        leaves.add(new ValueEnumerator.Node(new Expr.Var(1), Arrays.copyOf(input, rowsUsed)));
        for (long c : ExpressionProgram.CONSTANTS) {
            long[] v = new long[rowsUsed];
            Arrays.fill(v, c);
            leaves.add(new ValueEnumerator.Node(Expr.Num.of(c), v));
        }
        ValueEnumerator en = new ValueEnumerator(leaves, ExpressionProgram.UNARY, ExpressionProgram.BINARY);
        while (en.nextSize((node, size) -> true, 40_000, () -> false)) {
            // until the budget
        }
        counts.candidates += en.evaluations();
        return en.count();
    }

    @Benchmark
    public BigInteger exactEvaluation() {
        BigInteger s = BigInteger.ZERO;
        for (BigInteger[] r : bigRows) {
            s = s.add(ExactEvaluator.evaluate(formula, r));
        }
        return s;
    }

    @Benchmark
    public long longEvaluationBaseline() {
        long s = 0;
        for (long r : rows) {
            s += evaluate(formula, r);
        }
        return s;
    }

    /** One whole synthesis of 25 Fibonacci numbers with every class (the closed-form table built once, in warm-up). */
    @Benchmark
    public Object synthesizeFibonacci() {
        return synthesizer.synthesize(fibonacci, 10).best();
    }

    static long evaluate(Expr e, long n) {
        if (e instanceof Expr.Var) {
            return n;
        }
        if (e instanceof Expr.Num num) {
            return (long) num.value();
        }
        if (e instanceof Expr.Unary u) {
            return LongOps.apply(u.op(), evaluate(u.arg(), n));
        }
        Expr.Binary b = (Expr.Binary) e;
        return LongOps.apply(b.op(), evaluate(b.left(), n), evaluate(b.right(), n));
    }
}
