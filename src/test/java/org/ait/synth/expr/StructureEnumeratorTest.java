package org.ait.synth.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ait.synth.fit.ConstantFitter;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Structures: the exact list for a tiny grammar, no function twice, and laws recovered exactly by fitting the
 * parameters of every structure up to their size.
 */
class StructureEnumeratorTest {

    static final List<String> X = List.of("x");

    static double[][] probes() {
        double[] x = new double[24];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.1 + 0.17 * i;
        }
        return new double[][] {x};
    }

    @Test
    void tinyGrammarByHand() {
        List<List<Expr>> s = new StructureEnumerator(List.of(Op.ADD, Op.MUL), 1, probes()).enumerate(3, 1000);
        List<String> all = new ArrayList<>();
        for (List<Expr> level : s) {
            for (Expr e : level) {
                all.add(e.toSympy(X, null));
            }
        }
        // Size 1: x, c. Size 3: x + x, x + c, x*x, x*c (c + c and c*c are just a parameter; c + x is x + c).
        assertEquals(List.of("x", "c0", "x + x", "x + c0", "x * x", "x * c0"), all);
    }

    @Test
    void noFunctionTwice() {
        List<List<Expr>> s = new StructureEnumerator(List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.EXP), 1,
                probes()).enumerate(6, 1_000_000);
        double[][] other = {{0.33, 0.71, 1.9, 2.6, 3.3, 4.1}};
        java.util.Set<String> seen = new java.util.HashSet<>();
        int total = 0;
        for (List<Expr> level : s) {
            for (Expr e : level) {
                if (e.parameters() > 0) {
                    continue;
                }
                // Values at other points than the probes: distinct functions stay distinct.
                double[] v = new double[6];
                e.evaluate(other, new double[0], v);
                StringBuilder key = new StringBuilder();
                for (double d : v) {
                    key.append(String.format("%.9g,", d));
                }
                assertTrue(seen.add(key.toString()), "twice: " + e.toSympy(X, null));
                total++;
            }
        }
        assertTrue(total > 100, "parameter-free structures: " + total);
    }

    static void assertRecovered(DoubleUnaryOperator law, int size, List<Op> ops) {
        double[][] cols = probes();
        double[] y = new double[cols[0].length];
        for (int i = 0; i < y.length; i++) {
            y[i] = law.applyAsDouble(cols[0][i]);
        }
        ConstantFitter fitter = new ConstantFitter(3, 100);
        double best = Double.POSITIVE_INFINITY;
        String found = null;
        for (List<Expr> level : new StructureEnumerator(ops, 1, cols).enumerate(size, 1_000_000)) {
            for (Expr e : level) {
                ConstantFitter.Fit f = fitter.fit(e, cols, y, RandomSource.XO_RO_SHI_RO_128_PP.create(5L));
                if (f.sse() < best) {
                    best = f.sse();
                    found = e.toSympy(X, f.params());
                }
            }
        }
        assertTrue(best < 1e-18 * y.length, "best " + found + " with sse " + best);
    }

    @Test
    void lawsAreRecoveredByFittingEveryStructure() {
        List<Op> ops = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.COS, Op.EXP, Op.LOG);
        assertRecovered(x -> 2.5 * x + 1, 5, ops);
        assertRecovered(x -> x * Math.sin(x), 4, ops);
        assertRecovered(x -> 0.3 * Math.exp(-1.7 * x), 6, ops);
        assertRecovered(x -> Math.log(x + 1) * x, 6, ops);
    }

    @Test
    void aDeadlineCutsALevelShortAndSaysSo() {
        StructureEnumerator e = new StructureEnumerator(List.of(Op.ADD, Op.MUL, Op.SIN), 1, probes());
        assertTrue(e.next(Long.MAX_VALUE, 100).complete());
        assertTrue(e.next(Long.MAX_VALUE, 100).complete());
        StructureEnumerator.Level cut = e.next(System.nanoTime() - 1, 100);
        assertTrue(!cut.complete() || cut.structures().size() < 4096, "a passed deadline stops within 4,096 candidates");
        StructureEnumerator capped = new StructureEnumerator(List.of(Op.ADD, Op.MUL, Op.SIN), 1, probes());
        int made = 0;
        for (int s = 1; s <= 6; s++) {
            StructureEnumerator.Level l = capped.next(Long.MAX_VALUE, 20);
            made += l.structures().size();
            if (!l.complete()) {
                break;
            }
        }
        assertEquals(20, made);
    }
}
