package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The characteristic function of a set: a(m) = 1 when m is a value of b, else 0, for a strictly increasing b >= 0.
 * A 0/1 input reduces to the positions of its ones, so the indicator of the squares, the powers of 2 or the
 * Fibonacci numbers reduces to a polynomial or a recurrence (and, below an Euler transform, partitions into such
 * parts). The inverse of {@link Characteristic}; applies to 0/1 inputs with at least 4 ones.
 */
public final class Positions implements Transform {

    @Override
    public String name() {
        return "characteristic function of the values";
    }

    @Override
    public String inverse() {
        return new Characteristic().name();
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        BigInteger[] ones = new BigInteger[a.length];
        int k = 0;
        for (int m = 0; m < a.length; m++) {
            if (a[m].equals(BigInteger.ONE)) {
                ones[k++] = BigInteger.valueOf(m);
            } else if (a[m].signum() != 0) {
                return null;
            }
        }
        return k < 4 ? null : new Reduction(Arrays.copyOf(ones, k), new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        // b is strictly increasing from b(0) >= 0, so b(k) >= k: its first count terms hold every value below count
        BigInteger[] b = inner.terms(count);
        BigInteger[] a = new BigInteger[count];
        Arrays.fill(a, BigInteger.ZERO);
        long known = count; // a is known below this
        for (int k = 0; k < b.length; k++) {
            if (b[k].signum() < 0 || k > 0 && b[k].compareTo(b[k - 1]) <= 0) {
                known = k == 0 ? 0 : Math.min(count, b[k - 1].longValue() + 1);
                break;
            }
            if (b[k].compareTo(BigInteger.valueOf(count)) >= 0) {
                break;
            }
            a[b[k].intValue()] = BigInteger.ONE;
        }
        if (b.length < count && known == count) {
            // b ends early: beyond its last value nothing is known
            known = b.length == 0 ? 0 : Math.min(count, b[b.length - 1].longValue() + 1);
        }
        return Arrays.copyOf(a, (int) known);
    }
}
