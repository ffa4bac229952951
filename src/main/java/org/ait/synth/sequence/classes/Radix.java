package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Radix reinterpretation: a(n) is the base-b digits of n + offset read as a numeral in base c (the Moser-de Bruijn
 * sequence is b = 2, c = 4; sums of distinct powers of c are b = 2). Every b up to {@link #MAX_FROM}, c up to
 * {@link #MAX_TO} and offset 0 or 1 is tried.
 */
public final class Radix implements ProgramClass {

    static final int MAX_FROM = 10;
    static final int MAX_TO = 36;

    @Override
    public String name() {
        return "radix";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 6;
    }

    @Override
    public void search(SearchContext ctx) {
        BigInteger[] t = ctx.input().terms();
        for (int b = 2; b <= MAX_FROM; b++) {
            for (int c = 2; c <= MAX_TO; c++) {
                for (int offset = 0; offset <= 1 && c != b; offset++) {
                    Program p = new Program(b, c, offset);
                    if (p.reproduces(t)) {
                        ctx.offer(p);
                    }
                }
            }
        }
        ctx.searched(name(), "digits in every base up to " + MAX_FROM + " read in every base up to " + MAX_TO);
    }

    /** The base-{@code from} digits of n + offset read in base {@code to}. */
    public record Program(int from, int to, int offset) implements SequenceProgram {

        @Override
        public String className() {
            return "radix";
        }

        @Override
        public String text() {
            return "a(n) = the base-" + from + " digits of " + (offset == 0 ? "n" : "n + 1") + " read in base " + to;
        }

        @Override
        public void encode(BitCode code) {
            code.natural(from - 2).natural(to - 2).bit(offset == 1);
        }

        BigInteger at(long n) {
            BigInteger v = BigInteger.ZERO;
            BigInteger place = BigInteger.ONE;
            BigInteger base = BigInteger.valueOf(to);
            for (long m = n; m > 0; m /= from) {
                v = v.add(place.multiply(BigInteger.valueOf(m % from)));
                place = place.multiply(base);
            }
            return v;
        }

        boolean reproduces(BigInteger[] t) {
            for (int i = 0; i < t.length; i++) {
                if (!at((long) i + offset).equals(t[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            for (int i = 0; i < count; i++) {
                out[i] = at((long) i + offset);
            }
            return out;
        }
    }
}
