package org.ait.synth.sequence.classes;

import java.util.ArrayList;
import java.util.List;
import org.ait.bdm.BdmProgram;
import org.ait.bdm.SymbolGrid;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Provenance;
import org.ait.ctm.Witness;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;

/**
 * Class {@code tm}: a binary string as the output of a small Turing machine. A string that the largest shipped table,
 * D(5), has is offered as its witness machine ({@link MachineProgram}, K(s) bits); a string longer than a block of 12
 * (or one D(5) lacks) also as the program of its BDM value ({@link BlockMachineProgram}): its blocks' witness
 * machines, in order. Both are table lookups, well under a millisecond once the tables are loaded; the tables are
 * read on the first binary string (D(5) up to 12 symbols is shared with the algorithmic prior; the whole of D(5) is
 * read only for a longer string).
 */
public final class Machine implements ProgramClass {

    @Override
    public String name() {
        return "tm";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.SYMBOLS && input.alphabet() == 2;
    }

    @Override
    public String requirement() {
        return "binary symbol strings (of 0 and 1)";
    }

    @Override
    public void search(SearchContext ctx) {
        String s = text(ctx.input());
        MachineProgram single = witness(s);
        if (single != null) {
            ctx.offer(single);
        }
        if (single == null || s.length() > WitnessTables.BLOCK) {
            ctx.offer(blocks(s));
        }
        ctx.searched(name(), single == null ? "no machine of " + WitnessTables.LARGEST + " prints the string: the"
                + " witness machines of its blocks of " + WitnessTables.BLOCK : "the witness of "
                + WitnessTables.LARGEST + (s.length() > WitnessTables.BLOCK ? " and those of the blocks of "
                + WitnessTables.BLOCK : ""));
    }

    /** The witness program of s from D(5) with its values in every table; null when D(5) does not have s. */
    public static MachineProgram witness(String s) {
        CtmTable largest = WitnessTables.largest(s.length());
        if (largest.count(s) == 0) {
            return null;
        }
        Witness w = largest.witness(s);
        List<MachineProgram.TableValue> values = new ArrayList<>();
        for (CtmTable t : WitnessTables.all(s.length())) {
            long c = t.count(s);
            if (c > 0) {
                values.add(new MachineProgram.TableValue(t.name(), c, t.complexity(s)));
            }
        }
        return MachineProgram.of(w, largest.name(), cutoff(largest), values);
    }

    /** The program of the BDM value of s: blocks of 12 of D(5), recursive partition down to single symbols. */
    public static BlockMachineProgram blocks(String s) {
        CtmTable t = WitnessTables.blocks();
        BdmProgram p = BdmProgram.of(WitnessTables.scorer(), t, SymbolGrid.parse(s));
        return new BlockMachineProgram(p, t.name(), s.length());
    }

    private static int cutoff(CtmTable t) {
        return Math.toIntExact(t.provenance().getLong(Provenance.MAX_STEPS));
    }

    private static String text(Sequence in) {
        StringBuilder sb = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            sb.append(in.term(i).intValue());
        }
        return sb.toString();
    }
}
