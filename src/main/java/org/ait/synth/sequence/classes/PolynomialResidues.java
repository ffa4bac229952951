package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.IntPoly;

/**
 * Residues of a polynomial, a(n) = P(n) mod m (squares mod 23, cubes mod 23, ...): periodic with period m or a divisor,
 * often too long a period to show in the terms given, but a few coefficients and a modulus. A polynomial of degree d
 * has vanishing (d+1)-th differences, so those of the input are all multiples of m: the candidate moduli are the
 * divisors of their gcd larger than every term. P is written in the binomial basis, P(n) = sum c(j) C(n, j), whose
 * coefficients c(j) = (j-th difference of a at 0) mod m follow from the input, so nothing is searched but d and m.
 */
public final class PolynomialResidues implements ProgramClass {

    static final int MAX_DEGREE = 4;
    static final long MAX_MODULUS = 1 << 16;
    /** Differences that must vanish mod m beyond those the coefficients use: a fit must be over-determined. */
    static final int MIN_CHECKS = 6;

    @Override
    public String name() {
        return "polymod";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= MIN_CHECKS + 3;
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] a = ctx.input().terms();
        BigInteger max = BigInteger.ZERO;
        for (BigInteger v : a) {
            if (v.signum() < 0) {
                return; // residues are in [0, m)
            }
            max = max.max(v);
        }
        if (max.compareTo(BigInteger.valueOf(MAX_MODULUS)) >= 0) {
            return;
        }
        BigInteger[] diff = a.clone();
        BigInteger[] first = new BigInteger[MAX_DEGREE + 1];
        int len = a.length;
        int degree = 0;
        for (int d = 0; d <= MAX_DEGREE && len - (d + 1) >= MIN_CHECKS; d++) {
            first[d] = diff[0];
            len--;
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < len; i++) {
                diff[i] = diff[i + 1].subtract(diff[i]);
                g = g.gcd(diff[i]);
            }
            degree = d;
            // g == 0: a plain polynomial, the polynomial class's; otherwise the smallest divisor of g above the terms
            if (g.signum() != 0 && g.bitLength() < 63) {
                long m = smallestDivisorAbove(g.longValue(), max.longValue());
                if (m > 0 && m <= MAX_MODULUS) {
                    BigInteger bm = BigInteger.valueOf(m);
                    BigInteger[] c = new BigInteger[d + 1];
                    for (int j = 0; j <= d; j++) {
                        c[j] = first[j].mod(bm);
                    }
                    ctx.offer(new Program(c, bm));
                    break;
                }
            }
        }
        ctx.searched(name(), "degrees up to " + degree + ", moduli up to " + MAX_MODULUS);
    }

    /** The smallest divisor of g greater than {@code above}, or 0 if there is none. */
    static long smallestDivisorAbove(long g, long above) {
        long best = 0;
        for (long k = 1; k * k <= g; k++) {
            if (g % k == 0) {
                if (k > above) {
                    return k; // the small divisors come in increasing order
                }
                long other = g / k;
                if (other > above && (best == 0 || other < best)) {
                    best = other;
                }
            }
        }
        return best;
    }

    /** a(n) = (sum c(j) C(n, j)) mod m, n from 0. */
    public record Program(BigInteger[] c, BigInteger m) implements SequenceProgram {

        @Override
        public String className() {
            return "polymod";
        }

        @Override
        public String text() {
            // the same polynomial in powers of n, over a common denominator, for reading
            int d = c.length - 1;
            BigInteger[] values = terms(d + 1, false);
            Polynomial.Program p = Polynomial.fit(new BigInteger[0], values, d + 1);
            String poly = IntPoly.format(p.coefficients(), "n");
            String s = p.den().equals(BigInteger.ONE) ? poly : "(" + poly + ")/" + p.den();
            return "a(n) = (" + s + ") mod " + m;
        }

        @Override
        public void encode(BitCode code) {
            code.natural(c.length - 1).natural(m.subtract(BigInteger.TWO));
            for (BigInteger x : c) {
                code.choice(x.intValueExact(), m.intValueExact());
            }
        }

        @Override
        public BigInteger[] terms(int count) {
            return terms(count, true);
        }

        /** P(0..count-1), reduced mod m or not. */
        private BigInteger[] terms(int count, boolean reduce) {
            BigInteger[] out = new BigInteger[count];
            for (int n = 0; n < count; n++) {
                BigInteger sum = BigInteger.ZERO;
                BigInteger binomial = BigInteger.ONE; // C(n, j)
                for (int j = 0; j < c.length && j <= n; j++) {
                    sum = sum.add(c[j].multiply(binomial));
                    binomial = binomial.multiply(BigInteger.valueOf(n - j)).divide(BigInteger.valueOf(j + 1));
                }
                out[n] = reduce ? sum.mod(m) : sum;
            }
            return out;
        }
    }
}
