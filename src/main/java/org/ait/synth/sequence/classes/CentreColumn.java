package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Candidate;
import org.ait.synth.automata.ColumnIdentifier;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.DiagramSynthesis;
import org.ait.synth.automata.Identification;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.automata.TieGroup;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Symbol strings that are the centre column of a cellular automaton run from a single cell of 1 on a background of
 * 0 (rule 30's column, ...): every elementary and totalistic rule is run by the automata engine's
 * {@link ColumnIdentifier}, and the rules of the best tie groups (the ones that print the input) are offered, all of
 * them: ties are for the ranking to show, not to break.
 */
public final class CentreColumn implements ProgramClass {

    private final boolean totalistic;

    /** @param totalistic the totalistic families (class {@code totalistic}) instead of the elementary rules */
    public CentreColumn(boolean totalistic) {
        this.totalistic = totalistic;
    }

    @Override
    public String name() {
        return totalistic ? "totalistic" : "eca";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        int k = input.kind() == Sequence.Kind.SYMBOLS ? input.alphabet() : input.symbolAlphabet();
        return input.length() >= 8 && k >= 2 && k <= (totalistic ? 3 : 2);
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        Sequence in = ctx.input();
        byte[] column = new byte[in.length()];
        for (int i = 0; i < column.length; i++) {
            column[i] = in.term(i).byteValue();
        }
        RuleFamily[] families = totalistic ? new RuleFamily[] {RuleFamily.totalistic(2, 2), RuleFamily.totalistic(1, 3)}
                : new RuleFamily[] {RuleFamily.ELEMENTARY};
        Identification id = ColumnIdentifier.of(families).limit(3, 64).identify(column);
        for (TieGroup g : id.groups()) {
            for (Candidate c : g.members()) {
                if (c.exceptions() == 0 && c.unpredicted() == 0) {
                    ctx.offer(new Program(c.program().family(), c.program().rule()));
                }
            }
        }
        ctx.searched(name(), "centre columns of every " + (totalistic ? "totalistic rule (radius 2, 2 colours;"
                + " radius 1, 3 colours)" : "elementary rule") + " from a single cell");
    }

    /** The centre column of {@code rule} run from a single cell of 1 on 0. */
    public record Program(RuleFamily family, int rule) implements SequenceProgram {

        @Override
        public String className() {
            return DiagramSynthesis.className(family);
        }

        @Override
        public String text() {
            return "centre column of " + family.name() + " " + family.ruleName(rule) + " from a single cell of 1";
        }

        @Override
        public void encode(BitCode code) {
            family.writeTag(code);
            code.choice(rule, family.rules());
        }

        /** cli.md's cellular-automaton fields; the run is wide enough never to reach its zero boundary. */
        @Override
        public java.util.Map<String, Object> fields() {
            java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
            f.put("rule", rule);
            f.put("radius", family.radius());
            f.put("colors", family.colours());
            f.put("boundary", Boundary.ZERO.label());
            return f;
        }

        @Override
        public BigInteger[] terms(int count) {
            int r = family.radius();
            int width = 2 * r * count + 1;
            byte[] init = new byte[width];
            init[width / 2] = 1;
            Diagram d = new CaProgram(family, rule, Boundary.ZERO, width, init).run(count);
            BigInteger[] out = new BigInteger[count];
            for (int t = 0; t < count; t++) {
                out[t] = BigInteger.valueOf(d.cell(t, width / 2));
            }
            return out;
        }
    }
}
