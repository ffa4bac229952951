package org.ait.synth;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Every model structure up to a size, each function once: expressions over the variables and a free parameter
 * leaf, built smallest first from smaller ones. Two rules cut redundancy before any evaluation: an operator is
 * never applied to parameters alone (that is just another parameter), and the operands of + and * come in one
 * order only. Then every candidate is evaluated at probe observations with fixed generic parameter values, and a
 * candidate whose values match an earlier one's is dropped (the earlier one is no larger and computes the same
 * function family at those values); so is one that is undefined (NaN or infinite) at every probe.
 */
public final class StructureEnumerator {

    /** Generic parameter values: distinct, between 0.4 and 2.4, away from 1 and from each other's simple ratios. */
    private static final double[] GENERIC = new double[64];

    static {
        for (int j = 0; j < GENERIC.length; j++) {
            double f = (j + 1) * 0.6180339887498949 % 1; // golden-ratio sequence: well spread, never repeating
            GENERIC[j] = 0.4 + 2 * f + 1e-3 * (j % 7);
        }
    }

    private final List<Op> unary;
    private final List<Op> binary;
    private final int variables;

    public StructureEnumerator(List<Op> operators, int variables) {
        this.unary = operators.stream().filter(o -> o.arity == 1).toList();
        this.binary = operators.stream().filter(o -> o.arity == 2).toList();
        this.variables = variables;
    }

    /** Structures by size; index s holds the distinct ones of size s (index 0 empty). */
    public List<List<Expr>> enumerate(int maxSize, double[][] probes, long maxStructures) {
        List<List<Expr>> bySize = new ArrayList<>();
        List<List<Boolean>> constantOnly = new ArrayList<>();
        bySize.add(List.of());
        constantOnly.add(List.of());
        LongOpenHashSet seen = new LongOpenHashSet();
        long total = 0;
        int n = probes.length == 0 ? 0 : probes[0].length;
        double[] values = new double[n];
        for (int size = 1; size <= maxSize; size++) {
            List<Expr> level = new ArrayList<>();
            List<Boolean> levelConst = new ArrayList<>();
            List<Expr> candidates = new ArrayList<>();
            List<Boolean> candidatesConst = new ArrayList<>();
            if (size == 1) {
                for (int v = 0; v < variables; v++) {
                    candidates.add(new Expr.Var(v));
                    candidatesConst.add(false);
                }
                candidates.add(new Expr.Param(0));
                candidatesConst.add(true);
            } else {
                for (Op op : unary) {
                    List<Expr> args = bySize.get(size - 1);
                    for (int a = 0; a < args.size(); a++) {
                        if (!constantOnly.get(size - 1).get(a)) {
                            candidates.add(new Expr.Unary(op, args.get(a)));
                            candidatesConst.add(false);
                        }
                    }
                }
                for (Op op : binary) {
                    boolean commutative = op == Op.ADD || op == Op.MUL;
                    for (int ls = 1; ls <= size - 2; ls++) {
                        int rs = size - 1 - ls;
                        if (commutative && ls > rs) {
                            continue;
                        }
                        List<Expr> lefts = bySize.get(ls);
                        List<Expr> rights = bySize.get(rs);
                        for (int a = 0; a < lefts.size(); a++) {
                            boolean ca = constantOnly.get(ls).get(a);
                            for (int b = commutative && ls == rs ? a : 0; b < rights.size(); b++) {
                                boolean cb = constantOnly.get(rs).get(b);
                                if (ca && cb || lefts.get(a).parameters() + rights.get(b).parameters() > GENERIC.length) {
                                    continue;
                                }
                                candidates.add(new Expr.Binary(op, lefts.get(a),
                                        shiftParams(rights.get(b), lefts.get(a).parameters())));
                                candidatesConst.add(false);
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < candidates.size(); i++) {
                Expr e = candidates.get(i);
                long signature;
                if (candidatesConst.get(i)) {
                    signature = Long.MIN_VALUE; // the lone parameter
                } else {
                    e.evaluate(probes, GENERIC, values);
                    signature = signature(values);
                    if (signature == 0) {
                        continue;
                    }
                }
                if (seen.add(signature)) {
                    level.add(e);
                    levelConst.add(candidatesConst.get(i));
                    if (++total >= maxStructures) {
                        bySize.add(level);
                        constantOnly.add(levelConst);
                        return bySize;
                    }
                }
            }
            bySize.add(level);
            constantOnly.add(levelConst);
        }
        return bySize;
    }

    /** A hash of values rounded to 32 significant bits (about 9.6 digits); 0 when no value is finite. */
    static long signature(double[] values) {
        long h = 0x9E3779B97F4A7C15L;
        boolean any = false;
        for (double v : values) {
            long bits;
            if (Double.isFinite(v)) {
                any = true;
                // Round the bit pattern: equal functions computed in another order differ in the last bits, and a
                // carry out of the mantissa moves to the next binade as it should (0.49999999999999994 -> 0.5).
                bits = v == 0 ? 0 : (Double.doubleToRawLongBits(v) + (1L << 19)) >>> 20;
            } else {
                bits = Double.isNaN(v) ? 7 : v > 0 ? 11 : 13;
            }
            h = (h ^ bits) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return any ? (h == 0 || h == Long.MIN_VALUE ? 1 : h) : 0;
    }

    /** The same expression with every parameter slot moved up by {@code by}. */
    static Expr shiftParams(Expr e, int by) {
        if (by == 0) {
            return e;
        }
        if (e instanceof Expr.Param p) {
            return new Expr.Param(p.slot() + by);
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), shiftParams(u.arg(), by));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), shiftParams(b.left(), by), shiftParams(b.right(), by));
        }
        return e;
    }
}
