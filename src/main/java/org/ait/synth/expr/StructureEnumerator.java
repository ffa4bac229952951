package org.ait.synth.expr;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import org.ait.synth.expr.internal.ValueSignature;

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
    private final double[][] probes;
    private final double[] values;
    /** The constant leaf: a free parameter for model structures, the number 1 for parameter-free terms. */
    private final Expr constantLeaf;
    /** Structures by size (index 0 empty) and whether each is a lone parameter. */
    private final List<List<Expr>> bySize = new ArrayList<>();
    private final List<List<Boolean>> constantOnly = new ArrayList<>();
    private final LongOpenHashSet seen = new LongOpenHashSet();
    private long total;

    /** One size of structures; {@code complete} is false when time or the structure cap cut it short. */
    public record Level(int size, List<Expr> structures, boolean complete) {
    }

    /**
     * @param probes {@code probes[i][r]}: variable i at probe observation r (a few rows of the data)
     */
    public StructureEnumerator(List<Op> operators, int variables, double[][] probes) {
        this(operators, variables, probes, new Expr.Param(0));
    }

    /**
     * Parameter-free terms: the same enumeration with the number 1 as the constant leaf (so 1 - x*x and 1/x are
     * terms, and no term has a parameter); the building blocks of the term phase ({@code org.ait.synth.fit.terms}).
     */
    public static StructureEnumerator terms(List<Op> operators, int variables, double[][] probes) {
        return new StructureEnumerator(operators, variables, probes, Expr.Num.of(1));
    }

    private StructureEnumerator(List<Op> operators, int variables, double[][] probes, Expr constantLeaf) {
        this.constantLeaf = constantLeaf;
        this.unary = operators.stream().filter(o -> o.arity == 1).toList();
        this.binary = operators.stream().filter(o -> o.arity == 2).toList();
        this.variables = variables;
        this.probes = probes;
        this.values = new double[probes.length == 0 ? 0 : probes[0].length];
        bySize.add(List.of());
        constantOnly.add(List.of());
    }

    /** Structures by size up to maxSize (index s: the distinct ones of size s; index 0 empty), without a deadline. */
    public List<List<Expr>> enumerate(int maxSize, long maxStructures) {
        while (bySize.size() <= maxSize) {
            if (!next(Long.MAX_VALUE, maxStructures).complete()) {
                break;
            }
        }
        return bySize;
    }

    /**
     * Builds the structures of the next size from the smaller ones, stopping early (an incomplete level) when
     * {@code System.nanoTime()} passes the deadline or {@code maxStructures} have been made in all.
     */
    public Level next(long deadlineNanos, long maxStructures) {
        int size = bySize.size();
        List<Expr> level = new ArrayList<>();
        List<Boolean> levelConst = new ArrayList<>();
        bySize.add(level);
        constantOnly.add(levelConst);
        Budget budget = new Budget(deadlineNanos, maxStructures);
        if (size == 1) {
            for (int v = 0; v < variables; v++) {
                consider(new Expr.Var(v), false, level, levelConst, budget);
            }
            consider(constantLeaf, true, level, levelConst, budget);
            return new Level(size, level, !budget.exceeded);
        }
        for (Op op : unary) {
            List<Expr> args = bySize.get(size - 1);
            for (int a = 0; a < args.size(); a++) {
                if (!constantOnly.get(size - 1).get(a)
                        && !consider(new Expr.Unary(op, args.get(a)), false, level, levelConst, budget)) {
                    return new Level(size, level, false);
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
                        Expr e = new Expr.Binary(op, lefts.get(a), shiftParams(rights.get(b),
                                lefts.get(a).parameters()));
                        if (!consider(e, false, level, levelConst, budget)) {
                            return new Level(size, level, false);
                        }
                    }
                }
            }
        }
        return new Level(size, level, true);
    }

    /** Time and count limits of one level, checked every 4,096 candidates (time) and every structure (count). */
    private static final class Budget {
        final long deadline;
        final long max;
        int sinceCheck;
        boolean exceeded;

        Budget(long deadline, long max) {
            this.deadline = deadline;
            this.max = max;
        }
    }

    /** Keeps a candidate if its values are new; false when the budget is exhausted (nothing more to add). */
    private boolean consider(Expr e, boolean lone, List<Expr> level, List<Boolean> levelConst, Budget budget) {
        if (++budget.sinceCheck == 4096) {
            budget.sinceCheck = 0;
            if (System.nanoTime() > budget.deadline) {
                budget.exceeded = true;
                return false;
            }
        }
        long signature;
        if (lone) {
            signature = Long.MIN_VALUE; // the lone parameter
        } else {
            e.evaluate(probes, GENERIC, values);
            signature = ValueSignature.of(values);
            if (signature == 0) {
                return true;
            }
        }
        if (seen.add(signature)) {
            level.add(e);
            levelConst.add(lone);
            if (++total >= budget.max) {
                budget.exceeded = true;
                return false;
            }
        }
        return true;
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
