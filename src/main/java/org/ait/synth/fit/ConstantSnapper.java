package org.ait.synth.fit;

import java.util.ArrayList;
import java.util.List;
import org.ait.synth.expr.Expr;

/**
 * Replaces fitted parameters by exact numbers (integers, simple fractions, simple multiples of pi) when that
 * shortens the description: 4.99997 becomes 5 if stating "5" (a few bits) plus the slightly larger residuals costs
 * less than stating 4.99997 to the precision the data supports. Each parameter in turn is tried against the exact
 * numbers near its value, the others refitted; a replacement is kept only when the total description length drops.
 */
public final class ConstantSnapper {

    /** Largest denominator of a fraction tried. */
    static final int MAX_DENOMINATOR = 12;

    private ConstantSnapper() {
    }

    /** Bits to state an exact number: an Elias-gamma-like code of its integers (+1 bit for a factor pi). */
    static double bits(long numerator, long denominator, boolean pi) {
        return integerBits(numerator) + (denominator == 1 ? 1 : integerBits(denominator)) + (pi ? 1 : 0);
    }

    private static double integerBits(long v) {
        return 1 + 2 * Math.log(Math.abs(v) + 1) / Math.log(2);
    }

    /** Exact numbers within 2% of v (and within 1e-6 absolutely for v near 0), simplest first; then 0. */
    static List<Expr.Num> candidates(double v) {
        List<Expr.Num> out = new ArrayList<>();
        double tolerance = Math.max(0.02 * Math.abs(v), 1e-6);
        for (int q = 1; q <= MAX_DENOMINATOR; q++) {
            for (boolean pi : new boolean[] {false, true}) {
                double unit = pi ? Math.PI / q : 1.0 / q;
                long p = Math.round(v / unit);
                if (Math.abs(p * unit - v) > tolerance || Math.abs(p) > 100_000 || (p == 0 && pi)) {
                    continue;
                }
                if (gcd(Math.abs(p), q) != 1 && p != 0) {
                    continue; // the reduced fraction comes with a smaller q
                }
                if (p == 0 && q > 1) {
                    continue;
                }
                String text = pi ? (p == 1 ? "pi" : p == -1 ? "-pi" : p + "*pi") + (q == 1 ? "" : "/" + q)
                        : p + (q == 1 ? "" : "/" + q);
                out.add(new Expr.Num(p * unit, text));
            }
        }
        out.sort((a, b) -> Double.compare(cost(a), cost(b)));
        // Zero is always worth a try, last (a spurious offset or term fitted to noise): the description decides.
        if (out.stream().noneMatch(c -> c.value() == 0)) {
            out.add(Expr.Num.of(0));
        }
        return out;
    }

    /** Bits of a candidate, read back from its text. */
    static double cost(Expr.Num n) {
        // Texts are those of candidates(): "p", "p/q", "pi", "-pi", "p*pi", each optionally "/q".
        String t = n.text();
        boolean pi = t.contains("pi");
        String[] pq = t.replace("*pi", "").replace("pi", "1").split("/");
        long p = Long.parseLong(pq[0]);
        long q = pq.length > 1 ? Long.parseLong(pq[1]) : 1;
        return bits(p, q, pi);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The structure with parameter {@code slot} replaced by {@code number} and later slots moved down by one. */
    static Expr substitute(Expr e, int slot, Expr.Num number) {
        if (e instanceof Expr.Param p) {
            return p.slot() == slot ? number : p.slot() > slot ? new Expr.Param(p.slot() - 1) : p;
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), substitute(u.arg(), slot, number));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), substitute(b.left(), slot, number), substitute(b.right(), slot, number));
        }
        return e;
    }

    /**
     * The structure without the no-op numbers snapping leaves behind: 1 * x, x * 1 and x / 1 become x; x + 0, 0 + x
     * and x - 0 become x; 0 * x becomes 0 when x has no parameter (a parameter must not lose its last use).
     */
    static Expr simplify(Expr e) {
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), simplify(u.arg()));
        }
        if (!(e instanceof Expr.Binary b)) {
            return e;
        }
        Expr l = simplify(b.left());
        Expr r = simplify(b.right());
        switch (b.op()) {
            case MUL -> {
                if (is(l, 1)) {
                    return r;
                }
                if (is(r, 1)) {
                    return l;
                }
                if (is(l, 0) && r.parameters() == 0 || is(r, 0) && l.parameters() == 0) {
                    return Expr.Num.of(0);
                }
            }
            case DIV -> {
                if (is(r, 1)) {
                    return l;
                }
            }
            case ADD -> {
                if (is(l, 0)) {
                    return r;
                }
                if (is(r, 0)) {
                    return l;
                }
            }
            case SUB -> {
                if (is(r, 0)) {
                    return l;
                }
            }
            default -> {
            }
        }
        return new Expr.Binary(b.op(), l, r);
    }

    private static boolean is(Expr e, double value) {
        return e instanceof Expr.Num n && n.value() == value;
    }

    /** Total bits of the exact numbers in a structure. */
    static double numberBits(Expr e) {
        if (e instanceof Expr.Num n) {
            return cost(n);
        }
        if (e instanceof Expr.Unary u) {
            return numberBits(u.arg());
        }
        if (e instanceof Expr.Binary b) {
            return numberBits(b.left()) + numberBits(b.right());
        }
        return 0;
    }

    /**
     * The model with its parameters snapped where that shortens the description.
     *
     * @param score fits a structure from start values and returns the model (parameters refitted, bits including
     *              exact numbers)
     */
    static SymbolicRegression.Model snap(SymbolicRegression.Model m, java.util.function.BiFunction<Expr, double[],
            SymbolicRegression.Model> score) {
        SymbolicRegression.Model best = m;
        boolean improved = true;
        while (improved && best.params().length > 0) {
            improved = false;
            for (int slot = 0; slot < best.params().length && !improved; slot++) {
                for (Expr.Num n : candidates(best.params()[slot])) {
                    double[] rest = new double[best.params().length - 1];
                    for (int j = 0, k = 0; j < best.params().length; j++) {
                        if (j != slot) {
                            rest[k++] = best.params()[j];
                        }
                    }
                    SymbolicRegression.Model s = score.apply(simplify(substitute(best.structure(), slot, n)), rest);
                    if (s != null && s.bits().total() < best.bits().total()) {
                        best = s;
                        improved = true;
                        break;
                    }
                }
            }
        }
        return best;
    }
}
