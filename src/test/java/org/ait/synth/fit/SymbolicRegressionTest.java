package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.StructurePrior;
import org.junit.jupiter.api.Test;

/** The exhaustive search recovers small laws exactly, says how far it got, and does not depend on threads. */
class SymbolicRegressionTest {

    static final List<Op> OPS = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.SIN, Op.COS, Op.EXP, Op.LOG);
    static final List<String> XY = List.of("x", "y");

    static double[][] data(DoubleBinaryOperator law, int n, double noise, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 + 2.5 * r.nextDouble();
            y[i] = 0.5 + 2.5 * r.nextDouble();
            t[i] = law.applyAsDouble(x[i], y[i]) + noise * r.nextGaussian();
        }
        return new double[][] {x, y, t};
    }

    static SymbolicRegression search(int threads) throws IOException {
        return new SymbolicRegression(OPS, StructurePrior.algorithmic(OPS, 2)).maxSize(5).seconds(120).seed(3)
                .stopAtExactFit(false).threads(threads);
    }

    static SymbolicRegression.Result run(double[][] d, int threads) throws IOException, InterruptedException {
        return search(threads).fit(new double[][] {d[0], d[1]}, d[2]);
    }

    /** The model's values equal the law's at fresh points. */
    static void assertSameFunction(SymbolicRegression.Model m, DoubleBinaryOperator law) {
        Random r = new Random(99);
        for (int i = 0; i < 50; i++) {
            double x = 0.5 + 2.5 * r.nextDouble();
            double y = 0.5 + 2.5 * r.nextDouble();
            double want = law.applyAsDouble(x, y);
            assertEquals(want, m.structure().evaluate(new double[] {x, y}, m.params()), 1e-6 * Math.max(1, Math.abs(want)),
                    m.sympy(XY));
        }
    }

    @Test
    void recoversSmallLawsExactly() throws Exception {
        DoubleBinaryOperator[] laws = {(x, y) -> 2.5 * x + 1, (x, y) -> x * Math.sin(y), (x, y) -> x / y - y,
                (x, y) -> Math.exp(-0.7 * x)};
        for (DoubleBinaryOperator law : laws) {
            SymbolicRegression.Result r = run(data(law, 60, 0, 1), 2);
            System.out.println("found " + r.best().sympy(XY) + " (" + r.best().bits().total() + " bits), sizes <= "
                    + r.completeSize() + ", " + r.evaluated() + " models in " + r.seconds() + " s");
            assertEquals(5, r.completeSize());
            assertSameFunction(r.best(), law);
            assertTrue(r.exactLaw(), "exact data: the law predicts held-out rows to double precision");
        }
    }

    @Test
    void noisyDataGiveTheLawNotAnOverfit() throws Exception {
        DoubleBinaryOperator law = (x, y) -> x * y;
        SymbolicRegression.Result r = run(data(law, 200, 0.05, 2), 2);
        System.out.println("noisy: " + r.best().sympy(XY) + "; front " + r.front().size());
        assertEquals(3, r.best().structure().size(), r.best().sympy(XY));
        assertTrue(r.front().get(r.front().size() - 1).mse() <= r.best().mse());
        assertTrue(!r.exactLaw() && r.summary().contains("no exact law found"), r.summary());
    }

    /** A search stopped after size 3 and resumed from its checkpoint ends where an uninterrupted one does. */
    @Test
    void resumedSearchGivesTheUninterruptedResult(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        double[][] d = data((x, y) -> Math.cos(x) * 1.7 + y, 40, 0.01, 5);
        double[][] xy = {d[0], d[1]};
        SymbolicRegression.Result plain = run(d, 2);
        java.nio.file.Path file = dir.resolve("fit.ckpt");
        java.nio.file.Path afterSize3 = dir.resolve("after-size-3.ckpt");
        SymbolicRegression.Result checkpointed = search(2).checkpoint(file, false).progress(line -> {
            try {
                if (line.startsWith("size 4:") && !java.nio.file.Files.exists(afterSize3)) {
                    java.nio.file.Files.copy(file, afterSize3); // the state written when size 3 completed
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).fit(xy, d[2]);
        assertEquals(3, FitCheckpoint.read(afterSize3).completeSize());
        assertTrue(FitCheckpoint.read(afterSize3).models().size() < plain.evaluated() / 10); // only what can matter
        SymbolicRegression.Result resumed = search(1).checkpoint(afterSize3, true).fit(xy, d[2]);
        for (SymbolicRegression.Result r : List.of(checkpointed, resumed)) {
            assertEquals(plain.best().sympy(XY), r.best().sympy(XY));
            assertArrayEquals(plain.best().params(), r.best().params(), 0);
            assertEquals(plain.front().size(), r.front().size());
            for (int i = 0; i < plain.front().size(); i++) {
                assertEquals(plain.front().get(i).sympy(XY), r.front().get(i).sympy(XY));
            }
            assertEquals(plain.evaluated(), r.evaluated());
            assertEquals(5, r.completeSize());
        }
        // Other data: refused.
        double[] other = d[2].clone();
        other[0] += 1;
        org.ait.io.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.ait.io.InputException.class,
                () -> search(1).checkpoint(afterSize3, true).fit(xy, other));
        assertTrue(e.getMessage().contains("another search"), e.getMessage());
    }

    @Test
    void sameModelsForOneAndTwoThreads() throws Exception {
        double[][] d = data((x, y) -> Math.cos(x) * 1.7 + y, 40, 0.01, 5);
        SymbolicRegression.Result one = run(d, 1);
        SymbolicRegression.Result two = run(d, 2);
        assertEquals(one.best().sympy(XY), two.best().sympy(XY));
        assertArrayEquals(one.best().params(), two.best().params(), 0);
        assertEquals(one.front().size(), two.front().size());
        assertEquals(one.evaluated(), two.evaluated());
    }
}
