package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The digits of a rational number p/q in base b, 0 <= p < q: long division. Its digits are eventually periodic, but
 * with a period up to q - 1, far beyond what a short input shows (1/287 repeats after 30 decimals), so the periodic
 * class cannot see them. For each base above every term, the search takes the rational with the smallest
 * denominator whose expansion begins with the input: the simplest fraction in the interval of numbers with that
 * prefix (continued fractions), which is also the one with the shortest code.
 */
public final class RationalDigits implements ProgramClass {

    /** Inputs shorter than this have too many fractions that fit them to say anything. */
    static final int MIN_TERMS = 8;
    static final int MAX_BASE = 16;

    @Override
    public String name() {
        return "digits";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.length() >= MIN_TERMS;
    }

    @Override
    public void search(SearchContext ctx) {
        Sequence s = ctx.input();
        BigInteger[] t = s.terms();
        BigInteger max = BigInteger.ZERO;
        for (BigInteger v : t) {
            if (v.signum() < 0) {
                return;
            }
            max = max.max(v);
        }
        int from = max.intValue() + 1;
        if (max.compareTo(BigInteger.valueOf(MAX_BASE)) >= 0) {
            return;
        }
        // Symbols are digits in the alphabet's base; integers in any base above the largest term up to 16.
        int to = s.kind() == Sequence.Kind.SYMBOLS ? Math.max(from, s.alphabet()) : MAX_BASE;
        for (int base = Math.max(2, from); base <= to && !ctx.timeUp(); base++) {
            BigInteger b = BigInteger.valueOf(base);
            BigInteger prefix = BigInteger.ZERO;
            for (BigInteger v : t) {
                prefix = prefix.multiply(b).add(v);
            }
            BigInteger scale = b.pow(t.length);
            BigInteger[] pq = simplestAtLeast(prefix, prefix.add(BigInteger.ONE), scale);
            ctx.offer(new Program(pq[0], pq[1], base, s.kind() == Sequence.Kind.SYMBOLS ? s.alphabet() : 0));
        }
        ctx.searched(name(), "bases " + Math.max(2, from) + ".." + to + ", the simplest fraction per base");
    }

    /**
     * The fraction with the smallest denominator in [lo/scale, hi/scale): lo/scale itself when nothing simpler
     * lies strictly inside.
     */
    static BigInteger[] simplestAtLeast(BigInteger lo, BigInteger hi, BigInteger scale) {
        BigInteger[] inside = simplestBetween(lo, scale, hi, scale);
        BigInteger g = lo.gcd(scale);
        BigInteger[] low = {lo.divide(g), scale.divide(g)};
        return low[1].compareTo(inside[1]) <= 0 ? low : inside;
    }

    /** The fraction with the smallest denominator strictly between a/b and c/d (0 <= a/b < c/d), as {p, q}. */
    static BigInteger[] simplestBetween(BigInteger a, BigInteger b, BigInteger c, BigInteger d) {
        BigInteger fl = a.divide(b);
        BigInteger next = fl.add(BigInteger.ONE);
        if (next.multiply(d).compareTo(c) < 0) {
            return new BigInteger[] {next, BigInteger.ONE};
        }
        // Both ends lie in [fl, fl + 1]: x = fl + 1/y with y strictly between d/(c - fl d) and b/(a - fl b).
        BigInteger ra = a.subtract(fl.multiply(b));
        BigInteger rc = c.subtract(fl.multiply(d));
        BigInteger[] y;
        if (ra.signum() == 0) {
            y = new BigInteger[] {d.divide(rc).add(BigInteger.ONE), BigInteger.ONE};
        } else {
            y = simplestBetween(d, rc, b, ra);
        }
        // fl + y[1]/y[0]
        return new BigInteger[] {fl.multiply(y[0]).add(y[1]), y[0]};
    }

    /** The base-{@code base} digits of p/q after the point; {@code alphabet} > 0 for symbols. */
    public record Program(BigInteger p, BigInteger q, int base, int alphabet) implements SequenceProgram {

        @Override
        public String className() {
            return "digits";
        }

        @Override
        public String text() {
            return "digits of " + p + "/" + q + " in base " + base;
        }

        @Override
        public void encode(BitCode code) {
            code.natural(base - 2).natural(q.subtract(BigInteger.ONE));
            // p < q: a fixed width once q is known.
            for (int i = q.subtract(BigInteger.ONE).bitLength() - 1; i >= 0; i--) {
                code.bit(p.testBit(i));
            }
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            BigInteger b = BigInteger.valueOf(base);
            BigInteger r = p;
            for (int i = 0; i < count; i++) {
                BigInteger[] dr = r.multiply(b).divideAndRemainder(q);
                out[i] = dr[0];
                r = dr[1];
            }
            return out;
        }
    }
}
