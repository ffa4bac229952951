package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.ProgramClasses;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Interleavings: a(kn + j) = P_j(n) for k = 2 or 3 parts, each part a program of its own (found by the inner
 * classes on the bisection or trisection of the input). The code is k, then each part's code.
 */
public final class Interleave implements ProgramClass {

    static final int MAX_PARTS = 3;

    private final List<ProgramClass> inner;

    public Interleave(List<ProgramClass> inner) {
        this.inner = List.copyOf(inner);
    }

    @Override
    public String name() {
        return "interleave";
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
        BigInteger[] a = ctx.input().terms();
        for (int k = 2; k <= MAX_PARTS && a.length >= 4 * k; k++) {
            SequenceProgram[] parts = new SequenceProgram[k];
            boolean all = true;
            for (int j = 0; j < k && all; j++) {
                BigInteger[] part = new BigInteger[(a.length - j + k - 1) / k];
                for (int i = 0; i < part.length; i++) {
                    part[i] = a[j + i * k];
                }
                parts[j] = ctx.solve(Sequence.integers(part), inner);
                all = parts[j] != null;
            }
            if (all) {
                ctx.offer(new Program(parts));
            }
        }
        ctx.searched(name(), "2 and 3 parts");
    }

    /** a(kn + j) = parts[j](n). */
    public record Program(SequenceProgram[] parts) implements SequenceProgram {

        @Override
        public String className() {
            return "interleave";
        }

        @Override
        public String text() {
            int k = parts.length;
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < k; j++) {
                sb.append(j > 0 ? "; " : "").append("a(").append(k).append("n").append(j > 0 ? "+" + j : "")
                        .append(") = b").append(j).append("(n) where ")
                        .append(Terms.renamed(parts[j].text(), "b" + j));
            }
            return sb.toString();
        }

        @Override
        public void encode(BitCode code) {
            code.natural(parts.length - 2);
            for (SequenceProgram p : parts) {
                ProgramClasses.writeTag(code, p.className());
                p.encode(code);
            }
        }

        @Override
        public BigInteger[] terms(int count) {
            int k = parts.length;
            BigInteger[][] t = new BigInteger[k][];
            for (int j = 0; j < k; j++) {
                t[j] = parts[j].terms((count - j + k - 1) / k);
            }
            BigInteger[] out = new BigInteger[count];
            for (int i = 0; i < count; i++) {
                BigInteger[] part = t[i % k];
                if (i / k >= part.length) {
                    return Arrays.copyOf(out, i);
                }
                out[i] = part[i / k];
            }
            return out;
        }
    }
}
