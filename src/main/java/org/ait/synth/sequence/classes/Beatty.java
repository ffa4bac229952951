package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.LongOps;

/**
 * Beatty sequences and their shifts, a(n) = floor(alpha m + s/t) with m = n or n + 1 and alpha a quadratic irrational
 * (p + q sqrt(k))/r: floor(n phi), floor(n sqrt 2), the Wythoff pairs, floor(n phi^2) - 1. No rational slope fits
 * such a sequence for long (floors of rational lines are the {@code floorpoly} class's), and a short irrational one
 * predicts it for ever. Every alpha of the family (k < {@link #MAX_K} not a square, 0 < q <= 2, |p| <= 2r, r <= 2) whose
 * line stays within one of the terms at every n is tried, with the simplest shift that does (t <= 2: floor and
 * rounding). The family is kept small on purpose: every parameter more lets an irrational line pass through the first
 * terms of a rational one (floor(8n/7) and floor(n (2 + sqrt 2)/3 + 2/5) agree on 25 terms).
 */
public final class Beatty implements ProgramClass {

    static final int MAX_K = 14;
    static final int MAX_R = 2;
    static final int MAX_T = 2;
    /**
     * Terms at least. Through 15 terms the family's slopes pass within reach of the rational slopes of short periodic
     * patterns (floor((sqrt 7 - 1)(n + 1)) and a set of residues mod 5 agree on 15 terms), with codes no longer than
     * theirs; through 20 and more the lines part.
     */
    static final int MIN_TERMS = 20;

    @Override
    public String name() {
        return "beatty";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= MIN_TERMS;
    }

    @Override
    public void search(SearchContext ctx) {
        long[] a = Expression.longs(ctx.input().terms());
        if (a == null) {
            return;
        }
        for (int offset = 0; offset <= 1; offset++) {
            for (int k = 2; k < MAX_K; k++) {
                if (isSquare(k)) {
                    continue;
                }
                for (int q = 1; q <= 2; q++) {
                    for (int r = 1; r <= MAX_R; r++) {
                        for (int p = -2 * r; p <= 2 * r; p++) {
                            double alpha = (p + q * Math.sqrt(k)) / r;
                            long[] shift = shift(a, alpha, offset);
                            if (shift != null) {
                                ctx.offer(new Program(p, q, k, r, shift[0], shift[1], offset));
                            }
                        }
                    }
                }
            }
        }
        ctx.searched(name(), "(p + q sqrt(k))/r for k < " + MAX_K + ", q <= 2, r <= " + MAX_R + ", |p| <= 2r; shifts s/t, t <= "
                + MAX_T);
    }

    /**
     * The simplest shift s/t (smallest t, then |s|) with a(n) <= alpha m + s/t < a(n) + 1 at every n, or null. Doubles
     * only choose candidates; the ranking checks each one exactly.
     */
    static long[] shift(long[] a, double alpha, int offset) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (int n = 0; n < a.length; n++) {
            double line = alpha * (n + offset);
            low = Math.max(low, a[n] - line);
            high = Math.min(high, a[n] + 1 - line);
            if (low >= high) {
                return null;
            }
        }
        for (long t = 1; t <= MAX_T; t++) {
            // the numerators s with s/t in [low, high); the one closest to 0, unless a smaller t said it already
            long from = (long) Math.ceil(low * t - 1e-9);
            long to = (long) Math.ceil(high * t) - 1;
            long s = Math.max(from, Math.min(to, 0));
            if (from <= to && LongOps.gcd(Math.abs(s), t) == 1) {
                return new long[] {s, t};
            }
        }
        return null;
    }

    private static boolean isSquare(int k) {
        int s = (int) Math.round(Math.sqrt(k));
        return s * s == k;
    }

    /**
     * a(n) = floor((p + q sqrt(k))/r * m + s/t), m = n + offset; computed exactly: with X = t q m, the value is
     * floor((t p m + r s + sqrt(X^2 k)) / (r t)), and as sqrt(X^2 k) is irrational (k not a square) unless X = 0, its
     * integer part can stand for it.
     */
    public record Program(long p, long q, long k, long r, long s, long t, int offset) implements SequenceProgram {

        @Override
        public String className() {
            return "beatty";
        }

        @Override
        public String text() {
            String alpha = (p == 0 ? "" : p + " + ") + (q == 1 ? "" : q + "*") + "sqrt(" + k + ")";
            alpha = r == 1 ? (p == 0 ? alpha : "(" + alpha + ")") : "(" + alpha + ")/" + r;
            String m = offset == 0 ? "n" : "(n + 1)";
            String shift = s == 0 ? "" : (s > 0 ? " + " : " - ") + Math.abs(s) + (t == 1 ? "" : "/" + t);
            return "a(n) = floor(" + alpha + "*" + m + shift + ")";
        }

        @Override
        public void encode(BitCode code) {
            code.natural(offset).natural(k - 2).natural(q - 1).natural(r - 1).integer(p).natural(t - 1).integer(s);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            BigInteger den = BigInteger.valueOf(r * t);
            for (int n = 0; n < count; n++) {
                long m = n + offset;
                BigInteger x = BigInteger.valueOf(t * q).multiply(BigInteger.valueOf(m));
                BigInteger num = BigInteger.valueOf(t * p).multiply(BigInteger.valueOf(m))
                        .add(BigInteger.valueOf(r * s)).add(x.multiply(x).multiply(BigInteger.valueOf(k)).sqrt());
                out[n] = floorDiv(num, den);
            }
            return out;
        }

        private static BigInteger floorDiv(BigInteger a, BigInteger b) {
            BigInteger[] qr = a.divideAndRemainder(b);
            return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        }
    }
}
