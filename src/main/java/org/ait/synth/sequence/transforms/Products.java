package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/** a(n) = a(0) * b(0) * ... * b(n-1): b is the ratios a(n+1)/a(n), when they are all integers. */
public final class Products implements Transform {

    @Override
    public String name() {
        return "partial products";
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < 2) {
            return null;
        }
        BigInteger[] b = new BigInteger[a.length - 1];
        for (int i = 0; i < b.length; i++) {
            if (a[i].signum() == 0) {
                return null;
            }
            BigInteger[] qr = a[i + 1].divideAndRemainder(a[i]);
            if (qr[1].signum() != 0) {
                return null;
            }
            b[i] = qr[0];
        }
        return new Reduction(b, new BigInteger[] {a[0]});
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count - 1);
        BigInteger[] a = new BigInteger[Math.min(count, b.length + 1)];
        a[0] = kept[0];
        for (int i = 1; i < a.length; i++) {
            a[i] = a[i - 1].multiply(b[i - 1]);
            if (!Exact.fits(a[i])) {
                return java.util.Arrays.copyOf(a, i);
            }
        }
        return a;
    }
}
