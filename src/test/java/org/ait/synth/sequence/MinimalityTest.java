package org.ait.synth.sequence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.NumberTheory;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.ProgramPrior;
import org.ait.synth.sequence.classes.Arithmetic;
import org.ait.synth.sequence.classes.ArithmeticProgram;
import org.ait.synth.sequence.classes.ExpressionProgram;
import org.ait.synth.sequence.classes.PartitionProgram;
import org.ait.synth.sequence.classes.Periodic;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * No program with fewer bits reproduces the input among the classes searched, to the size reached: checked against
 * brute force on small cases (every periodic program; every closed-form expression tree up to 5 nodes, no pruning),
 * under the size prior, for which the searches are exhaustive by construction.
 */
class MinimalityTest {

    static double bitsOf(Sequence input, SequenceProgram p) {
        Candidate c = new Ranking(input, ProgramPrior.SIZE, Long.MAX_VALUE).offer(p);
        return c == null || c.exceptions().length > 0 ? Double.POSITIVE_INFINITY : c.totalBits();
    }

    @Test
    void noPeriodicProgramIsShorterThanTheOneFound() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11);
        Synthesizer s = Synthesizer.builder().prior(ProgramPrior.SIZE)
                .classes(ProgramClasses.named(List.of("periodic", "literal"))).build();
        for (int trial = 0; trial < 40; trial++) {
            int n = 8 + rng.nextInt(8);
            int period = 1 + rng.nextInt(4);
            int pre = rng.nextInt(3);
            long[] v = new long[n];
            long[] cycle = new long[period];
            for (int i = 0; i < period; i++) {
                cycle[i] = rng.nextInt(3);
            }
            for (int i = 0; i < n; i++) {
                v[i] = i < pre ? rng.nextInt(3) : cycle[(i - pre) % period];
            }
            Sequence in = Sequence.integers(v);
            double found = s.synthesize(in, 0).best().bits();
            BigInteger[] t = in.terms();
            for (int pp = 0; pp < n; pp++) {
                for (int p = 1; pp + p <= n; p++) {
                    SequenceProgram prog = new Periodic.Program(Arrays.copyOf(t, pp), Arrays.copyOfRange(t, pp, pp + p), 0);
                    double bits = bitsOf(in, prog);
                    assertTrue(found <= bits + 1e-9, in + ": found " + found + " bits but " + prog.text() + " has " + bits);
                }
            }
        }
    }

    /** Every expression tree over the closed-form grammar with exactly {@code size} nodes. */
    static List<Expr> trees(int size) {
        return trees(size, ExpressionProgram.CONSTANTS, ExpressionProgram.UNARY, ExpressionProgram.BINARY);
    }

    /** Every expression tree in n over the given tokens with exactly {@code size} nodes. */
    static List<Expr> trees(int size, List<Long> constants, List<Op> unary, List<Op> binary) {
        List<Expr> out = new ArrayList<>();
        if (size == 1) {
            out.add(new Expr.Var(0));
            for (long c : constants) {
                out.add(Expr.Num.of(c));
            }
            return out;
        }
        for (Op op : unary) {
            for (Expr a : trees(size - 1, constants, unary, binary)) {
                out.add(new Expr.Unary(op, a));
            }
        }
        for (int l = 1; l <= size - 2; l++) {
            for (Op op : binary) {
                for (Expr a : trees(l, constants, unary, binary)) {
                    for (Expr b : trees(size - 1 - l, constants, unary, binary)) {
                        out.add(new Expr.Binary(op, a, b));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noClosedFormUpToFiveNodesIsShorterThanTheOneFound() {
        List<Expr> all = new ArrayList<>();
        for (int size = 1; size <= 5; size++) {
            all.addAll(trees(size));
        }
        Synthesizer s = Synthesizer.builder().prior(ProgramPrior.SIZE)
                .classes(ProgramClasses.named(List.of("expression", "literal"))).build();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        int checked = 0;
        for (int trial = 0; trial < 400 && checked < 12; trial++) {
            Expr truth = all.get(rng.nextInt(all.size()));
            BigInteger[] t = new BigInteger[14];
            boolean defined = true;
            for (int n = 0; n < t.length && defined; n++) {
                t[n] = ExactEvaluator.evaluate(truth, new BigInteger[] {BigInteger.valueOf(n)});
                defined = t[n] != null && t[n].bitLength() < 60;
            }
            if (!defined || Arrays.stream(t).distinct().count() < 4) {
                continue;
            }
            checked++;
            Sequence in = Sequence.integers(t);
            double found = s.synthesize(in, 0).best().bits();
            for (Expr e : all) {
                for (int offset = 0; offset <= 1; offset++) {
                    SequenceProgram p = new ExpressionProgram(e, 0, offset, new BigInteger[0]);
                    if (!Arrays.equals(p.terms(3), Arrays.copyOf(t, 3))) {
                        continue; // cannot reproduce the input: no need to price it
                    }
                    double bits = bitsOf(in, p);
                    assertTrue(found <= bits + 1e-9, in + ": found " + found + " bits but " + p.text() + " has " + bits);
                }
            }
        }
        assertTrue(checked >= 12, "too few non-trivial closed forms drawn: " + checked);
    }

    /**
     * The value of an arithmetic form at n, null where undefined or where an arithmetic function's argument leaves
     * the sieve (the table's enumeration evaluates there only; beyond it the class does not claim minimality).
     */
    static BigInteger withinSieve(Expr e, long n) {
        if (e instanceof Expr.Unary u) {
            BigInteger a = withinSieve(u.arg(), n);
            if (a == null || NumberTheory.handles(u.op()) && a.compareTo(BigInteger.valueOf(NumberTheory.SIEVE)) > 0) {
                return null;
            }
            return ExactEvaluator.apply(u.op(), a);
        }
        if (e instanceof Expr.Binary b) {
            BigInteger l = withinSieve(b.left(), n);
            BigInteger r = withinSieve(b.right(), n);
            return l == null || r == null ? null : ExactEvaluator.apply(b.op(), l, r);
        }
        return ExactEvaluator.evaluate(e, new BigInteger[] {BigInteger.valueOf(n)});
    }

    @Test
    void noArithmeticFormUpToFourNodesIsShorterThanTheOneFound() {
        List<Expr> all = new ArrayList<>();
        for (int size = 1; size <= 4; size++) {
            all.addAll(trees(size, ArithmeticProgram.CONSTANTS, ArithmeticProgram.UNARY, ArithmeticProgram.BINARY));
        }
        Synthesizer s = Synthesizer.builder().prior(ProgramPrior.SIZE)
                .classes(ProgramClasses.named(List.of("arithmetic", "literal"))).build();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        // 20 terms from n = 1: every form defined on them is defined on the table's 19 rows (n = 1..19)
        int terms = 20;
        int checked = 0;
        for (int trial = 0; trial < 2000 && checked < 12; trial++) {
            Expr truth = all.get(rng.nextInt(all.size()));
            BigInteger[] t = values(truth, 1, terms);
            if (t == null || !Arithmetic.callsArithmetic(truth) || Arrays.stream(t).distinct().count() < 4
                    || all.stream().anyMatch(e -> !Arithmetic.callsArithmetic(e)
                            && (Arrays.equals(values(e, 1, terms), t) || Arrays.equals(values(e, 2, terms), t)))) {
                continue; // an input a form without arithmetic functions prints is the expression class's
            }
            checked++;
            Sequence in = Sequence.integers(t);
            double found = s.synthesize(in, 0).best().bits();
            for (Expr e : all) {
                for (int offset = 1; offset <= 2; offset++) {
                    if (!Arithmetic.callsArithmetic(e) || !Arrays.equals(values(e, offset, terms), t)) {
                        continue; // not an arithmetic program of the input: no need to price it
                    }
                    SequenceProgram p = new ArithmeticProgram(e, offset, new BigInteger[0]);
                    double bits = bitsOf(in, p);
                    assertTrue(found <= bits + 1e-9, in + ": found " + found + " bits but " + p.text() + " has " + bits);
                }
            }
        }
        assertTrue(checked >= 12, "too few non-trivial arithmetic forms drawn: " + checked);
    }

    private static BigInteger[] values(Expr e, int from, int count) {
        BigInteger[] t = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            t[i] = withinSieve(e, from + i);
            if (t[i] == null || t[i].bitLength() > 60) {
                return null;
            }
        }
        return t;
    }

    /** Every restricted-partition program (moduli up to 12, up to 3 classes), built and run here by BigInteger series. */
    static List<PartitionProgram> partitionPrograms() {
        List<PartitionProgram> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            List<int[]> sets = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                sets.add(new int[] {a});
                for (int b = a + 1; b < m; b++) {
                    sets.add(new int[] {a, b});
                    for (int c = b + 1; c < m; c++) {
                        sets.add(new int[] {a, b, c});
                    }
                }
            }
            for (int[] rs : sets) {
                for (int kinds = 0; kinds < 1 << (2 * rs.length); kinds++) {
                    boolean[] distinct = new boolean[rs.length];
                    boolean[] required = new boolean[rs.length];
                    for (int i = 0; i < rs.length; i++) {
                        distinct[i] = (kinds >> (2 * i) & 1) != 0;
                        required[i] = (kinds >> (2 * i + 1) & 1) != 0;
                    }
                    for (int offset = 0; offset <= 1; offset++) {
                        out.add(new PartitionProgram(m, rs, distinct, required, offset));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noRestrictedPartitionProgramIsShorterThanTheOneFound() {
        List<PartitionProgram> all = partitionPrograms();
        Synthesizer s = Synthesizer.builder().prior(ProgramPrior.SIZE)
                .classes(ProgramClasses.named(List.of("partitions", "literal"))).build();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        for (int trial = 0; trial < 4; trial++) {
            PartitionProgram truth = all.get(rng.nextInt(all.size()));
            BigInteger[] t = truth.terms(16);
            Sequence in = Sequence.integers(t);
            double found = s.synthesize(in, 0).best().bits();
            for (PartitionProgram p : all) {
                if (Arrays.equals(p.terms(16), t)) {
                    double bits = bitsOf(in, p);
                    assertTrue(found <= bits + 1e-9, in + ": found " + found + " bits but " + p.text() + " has " + bits);
                }
            }
        }
    }
}
