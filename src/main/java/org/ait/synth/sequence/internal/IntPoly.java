package org.ait.synth.sequence.internal;

import java.math.BigInteger;

/** A polynomial in n with integer coefficients (lowest degree first): evaluation and printing. */
public final class IntPoly {

    private IntPoly() {
    }

    public static BigInteger evaluate(BigInteger[] c, long n) {
        BigInteger x = BigInteger.valueOf(n);
        BigInteger v = BigInteger.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v.multiply(x).add(c[k]);
        }
        return v;
    }

    /** Degree (index of the highest non-zero coefficient), -1 for the zero polynomial. */
    public static int degree(BigInteger[] c) {
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k].signum() != 0) {
                return k;
            }
        }
        return -1;
    }

    /** Sympy-style text, highest power first, e.g. {@code 2*n**2 - n + 1}; "0" for zero. */
    public static String format(BigInteger[] c, String var) {
        StringBuilder sb = new StringBuilder();
        for (int k = c.length - 1; k >= 0; k--) {
            BigInteger a = c[k];
            if (a.signum() == 0) {
                continue;
            }
            BigInteger abs = a.abs();
            if (sb.length() == 0) {
                sb.append(a.signum() < 0 ? "-" : "");
            } else {
                sb.append(a.signum() < 0 ? " - " : " + ");
            }
            String power = k == 0 ? "" : k == 1 ? var : var + "**" + k;
            if (k == 0) {
                sb.append(abs);
            } else if (abs.equals(BigInteger.ONE)) {
                sb.append(power);
            } else {
                sb.append(abs).append('*').append(power);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    /** Whether the formatted polynomial needs parentheses as a factor (more than one term). */
    public static boolean isSum(BigInteger[] c) {
        int terms = 0;
        for (BigInteger a : c) {
            if (a.signum() != 0) {
                terms++;
            }
        }
        return terms > 1;
    }

    /** The polynomial as a factor: parenthesised when a sum. */
    public static String factor(BigInteger[] c, String var) {
        String s = format(c, var);
        return isSum(c) ? "(" + s + ")" : s;
    }
}
