package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * The honest fallback: the input written out. Integers cost their integer codes ({@code literal}); a symbol string
 * costs its symbols ({@code bdm}: under the algorithmic prior that is the BDM of the string's code). Every input
 * thus has a finite description, and a program must beat this one to claim it found structure. It cannot extend.
 */
public final class Literal implements ProgramClass {

    @Override
    public String name() {
        return "literal";
    }

    @Override
    public void search(SearchContext ctx) {
        Sequence s = ctx.input();
        ctx.offer(new Program(s.terms(), s.kind() == Sequence.Kind.SYMBOLS ? s.alphabet() : 0));
        ctx.searched(name(), "the terms written out");
    }

    /** The terms themselves; {@code alphabet} > 0 for a symbol string. */
    public record Program(BigInteger[] values, int alphabet) implements SequenceProgram {

        @Override
        public String className() {
            return alphabet > 0 ? "bdm" : "literal";
        }

        @Override
        public String text() {
            return "the " + values.length + (alphabet > 0 ? " symbols" : " terms") + " as given";
        }

        @Override
        public void encode(BitCode code) {
            code.natural(values.length);
            Terms.write(code, values, alphabet);
        }

        @Override
        public BigInteger[] terms(int count) {
            return Arrays.copyOf(values, Math.min(count, values.length));
        }
    }
}
