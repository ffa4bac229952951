package org.ait.synth.sequence.internal;

import org.ait.synth.expr.NumberTheory;
import org.ait.synth.expr.Op;

/**
 * The integer operators on longs, with the exact semantics of {@link org.ait.synth.expr.ExactEvaluator} wherever the
 * result fits in a long; {@link #UNDEFINED} for a domain error or an overflow (the candidate is then dropped from
 * the fast enumeration; exact evaluation stays with big integers).
 */
public final class LongOps {

    /** Marks an undefined result. Never a real value of a kept candidate. */
    public static final long UNDEFINED = Long.MIN_VALUE;

    private LongOps() {
    }

    public static long apply(Op op, long a) {
        return switch (op) {
            case NEG -> a == UNDEFINED ? UNDEFINED : -a;
            case FACTORIAL -> a < 0 || a > 20 ? UNDEFINED : factorial((int) a);
            case ISQRT -> a < 0 ? UNDEFINED : isqrt(a);
            // beyond the sieve undefined here (the enumeration's fast path); exact evaluation factors it
            default -> NumberTheory.handles(op) ? NumberTheory.apply(op, a, true) : UNDEFINED;
        };
    }

    /** Overflow is tested without exceptions: this runs hundreds of millions of times per search. */
    public static long apply(Op op, long a, long b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> {
                long r = a - b;
                yield ((a ^ b) & (a ^ r)) < 0 ? UNDEFINED : r;
            }
            case MUL -> mul(a, b);
            case POW -> pow(a, b);
            case FLOORDIV -> b == 0 || a == Long.MIN_VALUE ? UNDEFINED : Math.floorDiv(a, b);
            case MOD -> b == 0 ? UNDEFINED : Math.floorMod(a, b);
            case GCD -> a == Long.MIN_VALUE || b == Long.MIN_VALUE ? UNDEFINED : gcd(Math.abs(a), Math.abs(b));
            case BINOMIAL -> binomial(a, b);
            default -> UNDEFINED;
        };
    }

    static long add(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? UNDEFINED : r;
    }

    static long mul(long a, long b) {
        long lo = a * b;
        long hi = Math.multiplyHigh(a, b);
        return hi != (lo >> 63) || lo == UNDEFINED ? UNDEFINED : lo;
    }

    /** n! for 0 <= n <= 20 (no overflow check: larger n are the caller's to refuse). */
    public static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    static long isqrt(long a) {
        long r = (long) Math.sqrt((double) a);
        while (r * r > a) {
            r--;
        }
        while ((r + 1) * (r + 1) <= a) {
            r++;
        }
        return r;
    }

    /** a^b, or {@link #UNDEFINED} for b < 0 or an overflow. */
    public static long pow(long a, long b) {
        if (b < 0) {
            return UNDEFINED;
        }
        if (a == 0 || a == 1) {
            return b == 0 ? 1 : a;
        }
        if (a == -1) {
            return (b & 1) == 0 ? 1 : -1;
        }
        if (b > 63) {
            return UNDEFINED;
        }
        long r = 1;
        for (long i = 0; i < b; i++) {
            r = mul(r, a);
            if (r == UNDEFINED) {
                return UNDEFINED;
            }
        }
        return r;
    }

    /** gcd(a, b) of non-negative a, b. */
    public static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static long binomial(long n, long k) {
        if (n < 0) {
            return UNDEFINED;
        }
        if (k < 0 || k > n) {
            return 0;
        }
        k = Math.min(k, n - k);
        long r = 1;
        for (long i = 1; i <= k; i++) {
            // r * (n - k + i) / i is exact at every step (a binomial coefficient); guard the product.
            long p = mul(r, n - k + i);
            if (p == UNDEFINED) {
                return UNDEFINED;
            }
            r = p / i;
        }
        return r;
    }
}
