package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The INVERT transform: 1 + sum_{n>=1} a(n) x^n = 1 / (1 - sum_{k>=1} b(k) x^k), with a(0) = 1. It counts
 * compositions (ordered sums) with b(k) kinds of part k, so compositions into parts from a set reduce to the set's
 * characteristic sequence. b(1), b(2), ... is the reduced sequence: b(n) = a(n) - sum_{k=1..n-1} b(k) a(n-k).
 */
public final class Invert implements Transform {

    @Override
    public String name() {
        return "INVERT transform (compositions)";
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < 3 || !a[0].equals(BigInteger.ONE)) {
            return null;
        }
        BigInteger[] b = new BigInteger[a.length - 1];
        for (int n = 1; n < a.length; n++) {
            BigInteger s = a[n];
            for (int k = 1; k < n; k++) {
                s = s.subtract(b[k - 1].multiply(a[n - k]));
            }
            b[n - 1] = s;
        }
        return new Reduction(b, new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count - 1);
        BigInteger[] a = new BigInteger[b.length + 1];
        a[0] = BigInteger.ONE;
        for (int n = 1; n < a.length; n++) {
            BigInteger s = BigInteger.ZERO;
            for (int k = 1; k <= n; k++) {
                s = s.add(b[k - 1].multiply(a[n - k]));
            }
            if (!Exact.fits(s)) {
                return Arrays.copyOf(a, n);
            }
            a[n] = s;
        }
        return a;
    }
}
