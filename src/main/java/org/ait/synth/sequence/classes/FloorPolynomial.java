package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.IntPoly;
import org.ait.synth.sequence.internal.LongOps;

/**
 * Floors of polynomials with a rational scale, a(n) = floor(P(n)/q): P an integer polynomial of degree 1..4, q >= 2
 * (quasi-polynomials such as floor(n^2/4) or floor(n(n-1)(n-2)(n-3)/13), whose periods q are too long for a
 * recurrence fitted to the terms given). For each q, smallest first, and each degree, the coefficients are found
 * exactly, highest first: q a(n) <= P(n) <= q a(n) + q - 1 bounds the d-th differences of P, that is d! times its
 * leading coefficient, from every window of d + 1 terms; each coefficient in the intersection is tried, smallest in
 * magnitude first, and the rest solved the same way on what is left. The first solution of each degree is offered
 * (the smallest q codes shortest).
 */
public final class FloorPolynomial implements ProgramClass {

    static final int MAX_DEGREE = 4;
    static final int MAX_Q = 512;
    /** Terms at least: the coefficients and q must be over-determined for a fit to mean anything. */
    static final int MIN_TERMS = 12;
    /** Coefficient choices tried per (q, degree) at most: a bound on the work when the constraints are loose. */
    static final int MAX_NODES = 20_000;
    /** Terms times q must stay well inside long arithmetic. */
    private static final long MAX_TERM = 1L << 36;

    @Override
    public String name() {
        return "floorpoly";
    }

    @Override
    public boolean appliesTo(org.ait.synth.sequence.Sequence input) {
        return input.kind() == org.ait.synth.sequence.Sequence.Kind.INTEGERS && input.length() >= MIN_TERMS;
    }

    @Override
    public void search(SearchContext ctx) {
        long[] a = Expression.longs(ctx.input().terms());
        if (a == null || Arrays.stream(a).anyMatch(v -> Math.abs(v) > MAX_TERM)
                || Polynomial.vanishingOrder(ctx.input().terms()) >= 0) {
            return; // a plain polynomial is the polynomial class's (a floor would only say it again)
        }
        int maxDegree = Math.min(MAX_DEGREE, (a.length - 4) / 3);
        boolean[] done = new boolean[maxDegree + 1];
        int q = 2;
        for (; q <= MAX_Q && !ctx.timeUp(); q++) {
            for (int d = 1; d <= maxDegree; d++) {
                if (done[d]) {
                    continue;
                }
                long[] b = solve(a, q, d);
                if (b != null) {
                    done[d] = true;
                    ctx.offer(new Program(big(b), BigInteger.valueOf(q)));
                }
            }
        }
        ctx.searched(name(), "degrees 1.." + maxDegree + ", q = 2.." + (q - 1));
    }

    /**
     * Integer coefficients b(0..d), b(d) != 0, with q a(n) <= sum b(j) n^j <= q a(n) + q - 1 for every n given, or
     * null (none, or none found within {@link #MAX_NODES}).
     */
    static long[] solve(long[] a, int q, int d) {
        long[] low = new long[a.length];
        for (int n = 0; n < a.length; n++) {
            low[n] = a[n] * q;
        }
        long[] b = new long[d + 1];
        int[] nodes = {0};
        return solve(low, q - 1, d, b, nodes, true) ? b : null;
    }

    /** Fills b(0..j) so that sum b(i) n^i lies in [low(n), low(n) + width] for every n; false if impossible. */
    private static boolean solve(long[] low, long width, int j, long[] b, int[] nodes, boolean leading) {
        int len = low.length;
        if (j == 0) {
            long lo = Long.MIN_VALUE;
            long hi = Long.MAX_VALUE;
            for (long v : low) {
                lo = Math.max(lo, v);
                hi = Math.min(hi, v + width);
            }
            if (lo > hi) {
                return false;
            }
            b[0] = lo > 0 ? lo : Math.min(0, hi); // the smallest in magnitude
            return true;
        }
        // j! b(j) is the j-th difference of the polynomial, within width 2^(j-1) of the j-th difference of low.
        long[] diff = low.clone();
        for (int k = 0; k < j; k++) {
            for (int n = 0; n + 1 < len - k; n++) {
                diff[n] = diff[n + 1] - diff[n];
            }
        }
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;
        for (int n = 0; n < len - j; n++) {
            max = Math.max(max, diff[n]);
            min = Math.min(min, diff[n]);
        }
        long slack = width << (j - 1);
        long fact = LongOps.factorial(j);
        long from = -Math.floorDiv(slack - max, fact);
        long to = Math.floorDiv(min + slack, fact);
        if (from > to) {
            return false;
        }
        long[] rest = new long[len];
        // Smallest magnitude first, so that among solutions the shortest to code comes first.
        long start = Math.max(from, Math.min(to, 0));
        for (long step = 0; ; step++) {
            long c = step % 2 == 0 ? start + step / 2 : start - (step + 1) / 2;
            if (start + step / 2 > to && start - (step + 1) / 2 < from) {
                return false;
            }
            if (c < from || c > to || leading && c == 0) {
                continue;
            }
            if (++nodes[0] > MAX_NODES) {
                return false;
            }
            for (int n = 0; n < len; n++) {
                rest[n] = low[n] - c * LongOps.pow(n, j); // n^j < 2^24: no overflow
            }
            b[j] = c;
            if (solve(rest, width, j - 1, b, nodes, false)) {
                return true;
            }
        }
    }

    private static BigInteger[] big(long[] b) {
        return Arrays.stream(b).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }

    /** a(n) = floor(P(n)/q), n from 0. */
    public record Program(BigInteger[] coefficients, BigInteger q) implements SequenceProgram {

        @Override
        public String className() {
            return "floorpoly";
        }

        @Override
        public String text() {
            String p = IntPoly.format(coefficients, "n");
            return "a(n) = floor(" + (IntPoly.isSum(coefficients) ? "(" + p + ")" : p) + "/" + q + ")";
        }

        @Override
        public void encode(BitCode code) {
            int d = IntPoly.degree(coefficients);
            code.natural(d - 1).natural(q.subtract(BigInteger.TWO));
            for (int k = 0; k <= d; k++) {
                code.integer(coefficients[k]);
            }
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            for (int n = 0; n < count; n++) {
                BigInteger[] qr = IntPoly.evaluate(coefficients, n).divideAndRemainder(q);
                out[n] = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
            }
            return out;
        }
    }
}
