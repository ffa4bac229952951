package org.ait.synth.expr;

import java.math.BigInteger;

/**
 * Exact evaluation of integer expressions (sequence programs): big integers throughout, so a term with ten thousand
 * digits is computed exactly. Defined on + - * neg, ** (non-negative exponents), the integer operators of
 * {@link Op} and integer numbers; a domain error (division by zero, a negative exponent or factorial, a result
 * above {@link #MAX_BITS} bits) makes the value undefined (null), never an exception.
 */
public final class ExactEvaluator {

    /**
     * Largest value kept, in bits (about 79,000 decimal digits): larger intermediate values make a program undefined
     * there, which bounds the cost of one evaluation.
     */
    public static final int MAX_BITS = 1 << 18;
    /** Largest exponent and factorial argument evaluated. */
    static final int MAX_EXPONENT = 100_000;
    /** Largest factorial argument: 5,000! has about 16,000 digits, well under {@link #MAX_BITS}. */
    static final int MAX_FACTORIAL = 5_000;

    private ExactEvaluator() {
    }

    /** The value with {@code vars[i]} for variable i; null when undefined. */
    public static BigInteger evaluate(Expr e, BigInteger[] vars) {
        if (e instanceof Expr.Var v) {
            return vars[v.index()];
        }
        if (e instanceof Expr.Num n) {
            return integer(n);
        }
        if (e instanceof Expr.Unary u) {
            BigInteger a = evaluate(u.arg(), vars);
            return a == null ? null : apply(u.op(), a);
        }
        if (e instanceof Expr.Binary b) {
            BigInteger l = evaluate(b.left(), vars);
            if (l == null) {
                return null;
            }
            BigInteger r = evaluate(b.right(), vars);
            return r == null ? null : apply(b.op(), l, r);
        }
        throw new IllegalArgumentException("a fitted parameter has no exact value: " + e);
    }

    /** The integer a number stands for; an {@link IllegalArgumentException} for a fraction or pi. */
    public static BigInteger integer(Expr.Num n) {
        try {
            return new BigInteger(n.text());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("not an integer: " + n.text());
        }
    }

    /** A unary operator on an integer; null when undefined there. */
    public static BigInteger apply(Op op, BigInteger a) {
        return switch (op) {
            case NEG -> a.negate();
            case ABS -> a.abs();
            case FACTORIAL -> {
                // log2(a!) > a (log2 a - 1.45) for a >= 2: refuse before multiplying what cannot fit.
                if (a.signum() < 0 || a.compareTo(BigInteger.valueOf(MAX_FACTORIAL)) > 0) {
                    yield null;
                }
                BigInteger f = BigInteger.ONE;
                for (int i = 2; i <= a.intValue(); i++) {
                    f = f.multiply(BigInteger.valueOf(i));
                    if (f.bitLength() > MAX_BITS) {
                        yield null;
                    }
                }
                yield f;
            }
            case ISQRT -> a.signum() < 0 ? null : a.sqrt();
            default -> NumberTheory.handles(op) ? NumberTheory.apply(op, a) : null;
        };
    }

    /** A binary operator on integers; null when undefined there. */
    public static BigInteger apply(Op op, BigInteger a, BigInteger b) {
        BigInteger r = switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            case POW -> {
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
                    yield null;
                }
                if (a.bitLength() > 1 && (long) a.bitLength() * b.intValue() > MAX_BITS + 64L) {
                    yield null;
                }
                yield a.pow(b.intValue());
            }
            case FLOORDIV -> b.signum() == 0 ? null : floorDiv(a, b);
            case MOD -> b.signum() == 0 ? null : a.subtract(b.multiply(floorDiv(a, b)));
            case GCD -> a.gcd(b);
            case BINOMIAL -> binomial(a, b);
            default -> null;
        };
        return r == null || r.bitLength() > MAX_BITS ? null : r;
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** C(n, k) for n >= 0 (0 when k < 0 or k > n); undefined for negative n. */
    static BigInteger binomial(BigInteger n, BigInteger k) {
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            return null;
        }
        if (k.signum() < 0 || k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        int nn = n.intValue();
        int kk = Math.min(k.intValue(), nn - k.intValue());
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= kk; i++) {
            r = r.multiply(BigInteger.valueOf(nn - kk + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
