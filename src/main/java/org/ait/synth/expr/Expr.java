package org.ait.synth.expr;

import java.util.List;

/**
 * A symbolic model: a tree of {@link Op}s over input variables, exact numbers (2, 1/2, pi) and fitted
 * parameters. Immutable; equal trees are equal records. Evaluation is IEEE: a domain error gives NaN.
 */
public sealed interface Expr permits Expr.Var, Expr.Num, Expr.Param, Expr.Unary, Expr.Binary {

    /** Input variable number {@code index} (a column of the data). */
    record Var(int index) implements Expr {
        public int size() {
            return 1;
        }

        public int parameters() {
            return 0;
        }

        public double evaluate(double[] row, double[] params) {
            return row[index];
        }

        public void evaluate(double[][] columns, double[] params, double[] out) {
            System.arraycopy(columns[index], 0, out, 0, out.length);
        }
    }

    /**
     * An exact number, printed as {@code text} (an integer, a fraction such as {@code 1/2}, or {@code pi}).
     */
    record Num(double value, String text) implements Expr {

        public static Num of(long n) {
            return new Num(n, Long.toString(n));
        }

        public static final Num PI = new Num(Math.PI, "pi");

        public int size() {
            return 1;
        }

        public int parameters() {
            return 0;
        }

        public double evaluate(double[] row, double[] params) {
            return value;
        }

        public void evaluate(double[][] columns, double[] params, double[] out) {
            java.util.Arrays.fill(out, value);
        }
    }

    /** Fitted parameter number {@code slot}, its value given at evaluation. */
    record Param(int slot) implements Expr {
        public int size() {
            return 1;
        }

        public int parameters() {
            return slot + 1;
        }

        public double evaluate(double[] row, double[] params) {
            return params[slot];
        }

        public void evaluate(double[][] columns, double[] params, double[] out) {
            java.util.Arrays.fill(out, params[slot]);
        }
    }

    record Unary(Op op, Expr arg) implements Expr {
        public Unary {
            if (op.arity != 1) {
                throw new IllegalArgumentException(op + " takes two arguments");
            }
        }

        public int size() {
            return 1 + arg.size();
        }

        public int parameters() {
            return arg.parameters();
        }

        public double evaluate(double[] row, double[] params) {
            return op.apply(arg.evaluate(row, params));
        }

        public void evaluate(double[][] columns, double[] params, double[] out) {
            arg.evaluate(columns, params, out);
            for (int r = 0; r < out.length; r++) {
                out[r] = op.apply(out[r]);
            }
        }
    }

    record Binary(Op op, Expr left, Expr right) implements Expr {
        public Binary {
            if (op.arity != 2) {
                throw new IllegalArgumentException(op + " takes one argument");
            }
        }

        public int size() {
            return 1 + left.size() + right.size();
        }

        public int parameters() {
            return Math.max(left.parameters(), right.parameters());
        }

        public double evaluate(double[] row, double[] params) {
            return op.apply(left.evaluate(row, params), right.evaluate(row, params));
        }

        public void evaluate(double[][] columns, double[] params, double[] out) {
            left.evaluate(columns, params, out);
            double[] r = new double[out.length];
            right.evaluate(columns, params, r);
            for (int i = 0; i < out.length; i++) {
                out[i] = op.apply(out[i], r[i]);
            }
        }
    }

    /** Number of nodes. */
    int size();

    /** Number of parameter slots used: 1 + the highest slot, 0 without parameters. */
    int parameters();

    /** The value at one observation: {@code row[i]} is variable i. */
    double evaluate(double[] row, double[] params);

    /** Values at every observation: {@code columns[i][r]} is variable i at observation r; writes {@code out[r]}. */
    void evaluate(double[][] columns, double[] params, double[] out);

    /** Infix in sympy syntax ({@code **} for powers), variables by name, parameters by their values. */
    default String toSympy(List<String> names, double[] params) {
        return Printer.sympy(this, names, params);
    }

    /** LaTeX, variables by name (names with underscores become subscripts), parameters by their values. */
    default String toLatex(List<String> names, double[] params) {
        return Printer.latex(this, names, params);
    }
}
