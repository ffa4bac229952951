package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Eventually periodic sequences and words: a preperiod, then a period repeated forever. For every period p, the
 * shortest preperiod after which the input repeats with period p; offered when no shorter period has a preperiod as
 * short (the others store a longer prefix of the input, so they cost more in every part of their code).
 */
public final class Periodic implements ProgramClass {

    @Override
    public String name() {
        return "periodic";
    }

    @Override
    public void search(SearchContext ctx) {
        Sequence s = ctx.input();
        BigInteger[] t = s.terms();
        int n = t.length;
        int alphabet = s.kind() == Sequence.Kind.SYMBOLS ? s.alphabet() : 0;
        int bestPre = Integer.MAX_VALUE;
        for (int p = 1; p < n; p++) {
            // Shortest preperiod: the last index i with t[i] != t[i + p], plus one.
            int pre = 0;
            for (int i = n - p - 1; i >= 0; i--) {
                if (!t[i].equals(t[i + p])) {
                    pre = i + 1;
                    break;
                }
            }
            // A larger period with a preperiod no shorter stores a longer prefix of the input: never cheaper.
            if (pre < bestPre && pre + p < n) {
                bestPre = pre;
                ctx.offer(new Program(Arrays.copyOf(t, pre), Arrays.copyOfRange(t, pre, pre + p), alphabet));
            }
        }
        ctx.searched(name(), "every period and preperiod");
    }

    /** {@code preperiod} then {@code period} forever; {@code alphabet} > 0 for symbols. */
    public record Program(BigInteger[] preperiod, BigInteger[] period, int alphabet) implements SequenceProgram {

        @Override
        public String className() {
            return "periodic";
        }

        @Override
        public String text() {
            String rep = alphabet > 0 ? Sequence.format(period, Sequence.Kind.SYMBOLS)
                    : Sequence.format(period, Sequence.Kind.INTEGERS);
            String pre = preperiod.length == 0 ? "" : (alphabet > 0 ? Sequence.format(preperiod, Sequence.Kind.SYMBOLS)
                    : Sequence.format(preperiod, Sequence.Kind.INTEGERS)) + " then ";
            return pre + "(" + rep + ") repeated, period " + period.length;
        }

        @Override
        public void encode(BitCode code) {
            code.natural(preperiod.length).natural(period.length - 1);
            Terms.write(code, preperiod, alphabet);
            Terms.write(code, period, alphabet);
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            for (int i = 0; i < count; i++) {
                out[i] = i < preperiod.length ? preperiod[i] : period[(i - preperiod.length) % period.length];
            }
            return out;
        }
    }
}
