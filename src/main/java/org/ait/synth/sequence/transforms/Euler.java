package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The Euler transform: 1 + sum_{n>=1} a(n) x^n = prod_{k>=1} (1 - x^k)^(-b(k)), with a(0) = 1. It counts multisets
 * (partitions into parts of b(k) kinds of size k; eta products for negative b), so partition-like sequences reduce
 * to a short, often periodic or polynomial b. With {@code distinct}, the weigh transform prod (1 + x^k)^b(k): sets
 * instead of multisets (partitions into distinct parts). b(1), b(2), ... is the reduced sequence; the reduction needs
 * every b(k) to be an integer. Both follow from n a(n) = sum_{k=1..n} c(k) a(n-k), with c(m) = sum_{d|m} d b(d) s,
 * s = 1 for the Euler transform and (-1)^(m/d + 1) for the weigh transform.
 */
public final class Euler implements Transform {

    private final boolean distinct;

    public Euler(boolean distinct) {
        this.distinct = distinct;
    }

    @Override
    public String name() {
        return distinct ? "weigh transform (distinct parts)" : "Euler transform";
    }

    /** The sign of d b(d) in c(m). */
    private int sign(int m, int d) {
        return !distinct || (m / d) % 2 == 1 ? 1 : -1;
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < 3 || !a[0].equals(BigInteger.ONE)) {
            return null;
        }
        int n = a.length - 1;
        // n a(n) = sum_{k=1..n} c(k) a(n-k), with c(k) = sum_{d|k} d b(d).
        BigInteger[] c = new BigInteger[n + 1];
        for (int m = 1; m <= n; m++) {
            BigInteger s = a[m].multiply(BigInteger.valueOf(m));
            for (int k = 1; k < m; k++) {
                s = s.subtract(c[k].multiply(a[m - k]));
            }
            c[m] = s;
        }
        BigInteger[] b = new BigInteger[n];
        for (int m = 1; m <= n; m++) {
            // m b(m) = c(m) - sum_{d|m, d<m} s d b(d)
            BigInteger s = c[m];
            for (int d = 1; d < m; d++) {
                if (m % d == 0) {
                    s = s.subtract(BigInteger.valueOf((long) sign(m, d) * d).multiply(b[d - 1]));
                }
            }
            BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(m));
            if (qr[1].signum() != 0) {
                return null;
            }
            b[m - 1] = qr[0];
        }
        return new Reduction(b, new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count - 1);
        int n = b.length;
        BigInteger[] c = new BigInteger[n + 1];
        for (int m = 1; m <= n; m++) {
            BigInteger s = BigInteger.ZERO;
            for (int d = 1; d <= m; d++) {
                if (m % d == 0) {
                    s = s.add(BigInteger.valueOf((long) sign(m, d) * d).multiply(b[d - 1]));
                }
            }
            c[m] = s;
        }
        BigInteger[] a = new BigInteger[n + 1];
        a[0] = BigInteger.ONE;
        for (int m = 1; m <= n; m++) {
            BigInteger s = BigInteger.ZERO;
            for (int k = 1; k <= m; k++) {
                s = s.add(c[k].multiply(a[m - k]));
            }
            BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(m));
            if (qr[1].signum() != 0 || !Exact.fits(qr[0])) {
                return Arrays.copyOf(a, m);
            }
            a[m] = qr[0];
        }
        return a;
    }
}
