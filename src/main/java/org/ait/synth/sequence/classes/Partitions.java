package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;

/**
 * Restricted partitions ({@link PartitionProgram}): every modulus up to {@link #MAX_MODULUS}, every set of up to
 * {@link #MAX_CLASSES} residue classes, each with repeated or distinct parts, required or not, from n = 0 or 1. The
 * series are multiplied in longs (a product that overflows is skipped) with each prefix of classes multiplied once,
 * so the whole space is a few million multiply-adds.
 */
public final class Partitions implements ProgramClass {

    static final int MAX_MODULUS = 12;
    static final int MAX_CLASSES = 3;
    /** Terms the series are multiplied to (the cost grows as its square); a match is then checked on every term. */
    static final int SEARCH_TERMS = 40;
    /** Factor kinds: bit 0 distinct, bit 1 required. */
    private static final int KINDS = 4;

    @Override
    public String name() {
        return "partitions";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 8;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        BigInteger[] all = ctx.input().terms();
        long[] target = Terms.prefix(all, SEARCH_TERMS);
        if (target == null || Arrays.stream(target).anyMatch(v -> v < 0)) {
            return; // counts are never negative
        }
        int degree = target.length + 1;
        for (int m = 1; m <= MAX_MODULUS && !ctx.timeUp(); m++) {
            long[][][] factors = new long[m][KINDS][];
            for (int r = 0; r < m; r++) {
                for (int kind = 0; kind < KINDS; kind++) {
                    factors[r][kind] = factor(m, r, (kind & 1) != 0, (kind & 2) != 0, degree);
                }
            }
            long[] one = new long[degree];
            one[0] = 1;
            extend(ctx, all, target, m, factors, one, new int[0], new int[0], 0);
        }
        ctx.searched(name(), "moduli up to " + MAX_MODULUS + ", up to " + MAX_CLASSES + " residue classes, repeated or"
                + " distinct parts, each required or not");
    }

    /** Multiplies in one more class above {@code from} in every way, offering each product that gives the input. */
    private static void extend(SearchContext ctx, BigInteger[] all, long[] target, int m, long[][][] factors, long[] product,
            int[] residues, int[] kinds, int from) {
        for (int r = from; r < m; r++) {
            for (int kind = 0; kind < KINDS; kind++) {
                long[] p = multiply(product, factors[r][kind]);
                if (p == null) {
                    continue;
                }
                int[] rs = Arrays.copyOf(residues, residues.length + 1);
                int[] ks = Arrays.copyOf(kinds, kinds.length + 1);
                rs[residues.length] = r;
                ks[kinds.length] = kind;
                for (int offset = 0; offset <= 1; offset++) {
                    if (Arrays.equals(p, offset, offset + target.length, target, 0, target.length)) {
                        boolean[] distinct = new boolean[ks.length];
                        boolean[] required = new boolean[ks.length];
                        for (int i = 0; i < ks.length; i++) {
                            distinct[i] = (ks[i] & 1) != 0;
                            required[i] = (ks[i] & 2) != 0;
                        }
                        PartitionProgram program = new PartitionProgram(m, rs, distinct, required, offset);
                        if (Terms.givesAll(program, all, target.length)) {
                            ctx.offer(program);
                        }
                    }
                }
                if (rs.length < MAX_CLASSES) {
                    extend(ctx, all, target, m, factors, p, rs, ks, r + 1);
                }
            }
        }
    }

    /** The product of two series truncated to their length; null on overflow. */
    static long[] multiply(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; i + j < a.length; j++) {
                if (b[j] != 0) {
                    long t = Math.multiplyHigh(a[i], b[j]) == 0 ? a[i] * b[j] : -1;
                    long s = out[i + j] + t;
                    if (t < 0 || s < 0) {
                        return null;
                    }
                    out[i + j] = s;
                }
            }
        }
        return out;
    }

    /** A sum of counts, held at Long.MAX_VALUE once it overflows (a product with it then overflows and is skipped). */
    private static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    static long[] factor(int m, int r, boolean distinct, boolean required, int degree) {
        long[] c = new long[degree];
        c[0] = 1;
        for (int k = r == 0 ? m : r; k < degree; k += m) {
            if (distinct) {
                for (int i = degree - 1; i >= k; i--) {
                    c[i] = add(c[i], c[i - k]);
                }
            } else {
                for (int i = k; i < degree; i++) {
                    c[i] = add(c[i], c[i - k]);
                }
            }
        }
        if (required) {
            c[0] = 0;
        }
        return c;
    }
}
