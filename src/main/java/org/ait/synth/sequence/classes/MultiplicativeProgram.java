package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.ExactEvaluator;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A multiplicative function: a(n) = prod over p^e || n of f(p, e), with f an arithmetic expression ({@link #GRAMMAR}) in
 * the prime p (variable 0) and its exponent e (variable 1); a(1) = 1. Arithmetic functions start at n = 1: the terms
 * are a(1), a(2), ..., after the terms {@code kept} aside (a(0) of a sequence listed from n = 0). The code: the number
 * of kept terms, f's tokens in prefix order, the kept terms.
 */
public record MultiplicativeProgram(Expr f, BigInteger[] kept) implements SequenceProgram {

    /**
     * The grammar of f: plain arithmetic. The values at prime powers are few and small, so the richer grammar of
     * {@link ExpressionProgram} (mod, gcd, factorial, ...) fits sparse patterns by coincidence and predicts nothing.
     */
    static final Grammar GRAMMAR = new Grammar(List.of(1L, 2L, 3L),
            List.of(), List.of(Op.ADD, Op.SUB, Op.MUL, Op.FLOORDIV, Op.POW));

    @Override
    public String className() {
        return "multiplicative";
    }

    @Override
    public String text() {
        String rule = "a(n) = product over p^e || n of " + f.toSympy(List.of("p", "e"), null)
                + (kept.length > 0 ? " for n >= 1" : "");
        return Terms.withInitial(rule, kept);
    }

    @Override
    public void encode(BitCode code) {
        code.natural(kept.length);
        GRAMMAR.write(f, code, 2);
        Terms.write(code, kept, 0);
    }

    @Override
    public BigInteger[] terms(int count) {
        BigInteger[] out = Arrays.copyOf(kept, Math.max(count, kept.length));
        BigInteger[] vars = new BigInteger[2];
        for (int i = kept.length; i < count; i++) {
            long n = i - kept.length + 1;
            BigInteger v = BigInteger.ONE;
            long m = n;
            for (long p = 2; m > 1; p++) {
                if (p * p > m) {
                    p = m; // what is left is prime
                }
                if (m % p == 0) {
                    int e = 0;
                    while (m % p == 0) {
                        m /= p;
                        e++;
                    }
                    vars[0] = BigInteger.valueOf(p);
                    vars[1] = BigInteger.valueOf(e);
                    BigInteger x = ExactEvaluator.evaluate(f, vars);
                    if (x == null) {
                        return Arrays.copyOf(out, i);
                    }
                    v = v.multiply(x);
                    if (!Exact.fits(v)) {
                        return Arrays.copyOf(out, i);
                    }
                }
            }
            out[i] = v;
        }
        return Arrays.copyOf(out, count);
    }

    /** The prime powers q = p^e in 2..n, increasing, each as {p, e, q}. */
    static List<long[]> primePowers(int n) {
        List<long[]> out = new ArrayList<>();
        for (int q = 2; q <= n; q++) {
            int p = 2;
            while (q % p != 0) {
                p++;
            }
            int m = q;
            int e = 0;
            while (m % p == 0) {
                m /= p;
                e++;
            }
            if (m == 1) {
                out.add(new long[] {p, e, q});
            }
        }
        return out;
    }
}
