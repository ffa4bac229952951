package org.ait.synth.expr;

import java.math.BigInteger;

/**
 * Rewrites a fitted model for printing where it costs nothing: parameters become their values, constants fold
 * ({@code 2*3} to {@code 6}, {@code exp(c0)} to its value), and identities drop out ({@code 1*x} and {@code x + 0}
 * to {@code x}, {@code x + x} to {@code 2*x}, {@code 3*x - x} to {@code 2*x}, {@code x*x} to {@code x**2},
 * {@code -(-x)} to {@code x}). The result has the same value wherever the model is defined; exact numbers stay
 * exact ({@code sqrt(2)} and {@code pi} are kept, as are fractions), only decimals (fitted values) are computed.
 */
public final class Simplifier {

    private Simplifier() {
    }

    /** The model with {@code params} substituted and simplified; parameter-free. */
    public static Expr simplify(Expr e, double[] params) {
        if (e instanceof Expr.Param p) {
            return params == null || params.length <= p.slot() ? p : number(params[p.slot()], false);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u.op(), simplify(u.arg(), params));
        }
        if (e instanceof Expr.Binary b) {
            return binary(b.op(), simplify(b.left(), params), simplify(b.right(), params));
        }
        return e;
    }

    private static Expr unary(Op op, Expr arg) {
        if (op == Op.NEG) {
            if (arg instanceof Expr.Unary u && u.op() == Op.NEG) {
                return u.arg();
            }
            if (arg instanceof Expr.Num n && foldable(n)) {
                return number(-n.value(), isInteger(n));
            }
        } else if (arg instanceof Expr.Num n && foldable(n) && !isInteger(n)) {
            // A function of a fitted value is one more fitted value.
            double v = op.apply(n.value());
            if (Double.isFinite(v)) {
                return number(v, false);
            }
        }
        return new Expr.Unary(op, arg);
    }

    private static Expr binary(Op op, Expr l, Expr r) {
        if (l instanceof Expr.Num a && r instanceof Expr.Num b && foldable(a) && foldable(b)) {
            Expr folded = fold(op, a, b);
            if (folded != null) {
                return folded;
            }
        }
        switch (op) {
            case ADD -> {
                if (isValue(l, 0)) {
                    return r;
                }
                if (isValue(r, 0)) {
                    return l;
                }
                Expr like = likeTerms(l, r, 1);
                if (like != null) {
                    return like;
                }
                // a + (-b) and a + (-2)*b print as differences.
                if (r instanceof Expr.Unary u && u.op() == Op.NEG) {
                    return binary(Op.SUB, l, u.arg());
                }
                if (l instanceof Expr.Unary u && u.op() == Op.NEG) {
                    return binary(Op.SUB, r, u.arg());
                }
                Expr.Num c = coefficient(r);
                if (c != null && c.value() < 0 && r instanceof Expr.Binary) {
                    return binary(Op.SUB, l, binary(Op.MUL, number(-c.value(), isInteger(c)), rest(r)));
                }
            }
            case SUB -> {
                if (isValue(r, 0)) {
                    return l;
                }
                if (isValue(l, 0)) {
                    return unary(Op.NEG, r);
                }
                if (l.equals(r)) {
                    return Expr.Num.of(0);
                }
                Expr like = likeTerms(l, r, -1);
                if (like != null) {
                    return like;
                }
            }
            case MUL -> {
                if (isValue(l, 1)) {
                    return r;
                }
                if (isValue(r, 1)) {
                    return l;
                }
                if (isValue(l, 0) || isValue(r, 0)) {
                    return Expr.Num.of(0);
                }
                if (l.equals(r)) {
                    return binary(Op.POW, l, Expr.Num.of(2));
                }
                if (isValue(l, -1)) {
                    return unary(Op.NEG, r);
                }
                if (l instanceof Expr.Unary u && u.op() == Op.NEG) {
                    return unary(Op.NEG, binary(Op.MUL, u.arg(), r));
                }
                if (r instanceof Expr.Unary u && u.op() == Op.NEG) {
                    return unary(Op.NEG, binary(Op.MUL, l, u.arg()));
                }
                // x * x**k and x**j * x**k with whole exponents: one power.
                int[] jk = {1, 1};
                Expr base = sameBase(l, r, jk);
                if (base != null) {
                    return binary(Op.POW, base, Expr.Num.of(jk[0] + jk[1]));
                }
                // 2*(3*x) is 6*x.
                if (l instanceof Expr.Num a && r instanceof Expr.Binary rb && rb.op() == Op.MUL
                        && rb.left() instanceof Expr.Num b && foldable(a) && foldable(b)) {
                    return binary(Op.MUL, binary(Op.MUL, a, b), rb.right());
                }
            }
            case DIV -> {
                if (isValue(r, 1)) {
                    return l;
                }
                if (isValue(r, -1)) {
                    return unary(Op.NEG, l); // a product form's sign, c = -1, written as a divisor
                }
                if (isValue(l, 0)) {
                    return Expr.Num.of(0);
                }
                if (l.equals(r)) {
                    return Expr.Num.of(1);
                }
            }
            case POW -> {
                if (isValue(r, 1)) {
                    return l;
                }
                if (isValue(r, 0) || isValue(l, 1)) {
                    return Expr.Num.of(1);
                }
                // (x**j)**k is x**(j*k) for whole j, k.
                if (l instanceof Expr.Binary lb && lb.op() == Op.POW && wholeExponent(lb.right()) != null
                        && wholeExponent(r) != null) {
                    return binary(Op.POW, lb.left(), Expr.Num.of(wholeExponent(lb.right()) * wholeExponent(r)));
                }
            }
            default -> {
            }
        }
        return new Expr.Binary(op, l, r);
    }

    /** A small whole exponent, or null. */
    private static Integer wholeExponent(Expr e) {
        return e instanceof Expr.Num n && foldable(n) && isInteger(n) && Math.abs(n.value()) <= 64 ? (int) n.value() : null;
    }

    /**
     * The common base of l and r when each is that base or a whole power of it (exponents into {@code jk}); null
     * otherwise. Plain numbers are left to folding.
     */
    private static Expr sameBase(Expr l, Expr r, int[] jk) {
        Expr bl = l;
        Expr br = r;
        if (l instanceof Expr.Binary b && b.op() == Op.POW && wholeExponent(b.right()) != null) {
            bl = b.left();
            jk[0] = wholeExponent(b.right());
        }
        if (r instanceof Expr.Binary b && b.op() == Op.POW && wholeExponent(b.right()) != null) {
            br = b.left();
            jk[1] = wholeExponent(b.right());
        }
        return bl.equals(br) && !(bl instanceof Expr.Num) && (jk[0] > 0 && jk[1] > 0) ? bl : null;
    }

    /** a*e ± b*e as (a ± b)*e, where a bare e counts 1; null when l and r are no like terms. */
    private static Expr likeTerms(Expr l, Expr r, int sign) {
        Expr.Num a = coefficient(l);
        Expr.Num b = coefficient(r);
        Expr el = rest(l);
        Expr er = rest(r);
        if (a == null || b == null || !el.equals(er) || el instanceof Expr.Num) {
            return null;
        }
        Expr sum = binary(sign > 0 ? Op.ADD : Op.SUB, a, b);
        return sum instanceof Expr.Num ? binary(Op.MUL, sum, el) : null;
    }

    private static Expr.Num coefficient(Expr e) {
        if (e instanceof Expr.Binary b && b.op() == Op.MUL && b.left() instanceof Expr.Num n) {
            return foldable(n) ? n : null;
        }
        return Expr.Num.of(1);
    }

    private static Expr rest(Expr e) {
        return e instanceof Expr.Binary b && b.op() == Op.MUL && b.left() instanceof Expr.Num ? b.right() : e;
    }

    /** Two plain numbers combined: integers stay integers (a quotient becomes a fraction), decimals stay decimal. */
    private static Expr fold(Op op, Expr.Num a, Expr.Num b) {
        boolean exact = isInteger(a) && isInteger(b);
        if (exact && op == Op.DIV) {
            BigInteger p = BigInteger.valueOf((long) a.value());
            BigInteger q = BigInteger.valueOf((long) b.value());
            if (q.signum() == 0) {
                return null;
            }
            BigInteger g = p.gcd(q);
            p = p.divide(g).multiply(BigInteger.valueOf(q.signum()));
            q = q.divide(g).abs();
            return q.equals(BigInteger.ONE) ? number(p.doubleValue(), true)
                    : new Expr.Num(p.doubleValue() / q.doubleValue(), p + "/" + q);
        }
        if (!(op == Op.ADD || op == Op.SUB || op == Op.MUL || op == Op.POW || op == Op.DIV)) {
            return null;
        }
        double v = op.apply(a.value(), b.value());
        if (!Double.isFinite(v)) {
            return null;
        }
        if (exact) {
            // An integer power with a negative exponent is a fraction: leave it as written.
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? number(v, true) : null;
        }
        return number(v, false);
    }

    private static Expr.Num number(double v, boolean integer) {
        String text = integer ? Long.toString((long) v) : Printer.number(v);
        return new Expr.Num(v, text);
    }

    /** An integer or a decimal (not pi, not a fraction): folding it loses nothing that was exact. */
    private static boolean foldable(Expr.Num n) {
        return n.text().matches("-?[0-9.]+(e-?[0-9]+)?") && Double.isFinite(n.value());
    }

    private static boolean isInteger(Expr.Num n) {
        return n.text().matches("-?[0-9]+") && Math.abs(n.value()) < 1e15;
    }

    private static boolean isValue(Expr e, double v) {
        return e instanceof Expr.Num n && foldable(n) && n.value() == v;
    }
}
