package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import org.ait.synth.sequence.SequenceProgram;

/** a(n) = b(n) - b(n-1), a(0) = b(0): b is the partial sums of a. */
public final class Differences implements Transform {

    @Override
    public String name() {
        return "first differences";
    }

    @Override
    public String inverse() {
        return "partial sums";
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        BigInteger[] b = new BigInteger[a.length];
        BigInteger s = BigInteger.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i]);
            b[i] = s;
        }
        return new Reduction(b, new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] b = inner.terms(count);
        BigInteger[] a = new BigInteger[b.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = i == 0 ? b[0] : b[i].subtract(b[i - 1]);
        }
        return a;
    }
}
