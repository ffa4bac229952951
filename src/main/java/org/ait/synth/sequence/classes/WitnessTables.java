package org.ait.synth.sequence.classes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Partition;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;

/**
 * The shipped exact 1D binary tables D(1)..D(5) with their witness machines, loaded once per process on first use
 * (through {@link TableCatalog}, so the table the algorithmic prior loads is shared), and the BDM scorer of the
 * programs made of blocks.
 */
final class WitnessTables {

    /** The largest table: its K is the description length of a witness program. */
    static final String LARGEST = "ctm-1d-s5-k2";

    /** Blocks of BDM programs: the published 1D convention. */
    static final int BLOCK = 12;

    private WitnessTables() {
    }

    /**
     * D(1)..D(5), smallest first, each able to answer for a string of {@code length} symbols: D(5) is read whole only
     * for strings longer than a block (its outputs up to 12 symbols are the ones the algorithmic prior reads anyway).
     */
    static List<CtmTable> all(int length) {
        List<CtmTable> t = new ArrayList<>(Holder.SMALL);
        t.add(largest(length));
        return t;
    }

    /** D(5), whole or its outputs up to {@link #BLOCK} symbols, as {@code length} needs. */
    static CtmTable largest(int length) {
        return length <= BLOCK ? Holder.BLOCKS : Whole.D5;
    }

    /** The outputs of the largest table up to {@link #BLOCK} symbols, shared with the algorithmic prior. */
    static CtmTable blocks() {
        return Holder.BLOCKS;
    }

    /** BDM with blocks of 12, the recursive partition down to single symbols: every symbol is covered by a block. */
    static BdmScorer scorer() {
        return Holder.SCORER;
    }

    private static CtmTable load(String name, int maxLength) {
        try {
            return TableCatalog.load(name, maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("class tm needs the shipped table " + name, e);
        }
    }

    private static final class Holder {
        static final List<CtmTable> SMALL;
        static final CtmTable BLOCKS = load(LARGEST, BLOCK);
        static final BdmScorer SCORER = BdmScorer.builder(CtmValues.of(BLOCKS)).block(BLOCK)
                .partition(Partition.RECURSIVE).minLength(1).build();

        static {
            List<CtmTable> t = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                t.add(load("ctm-1d-s" + n + "-k2", Integer.MAX_VALUE));
            }
            SMALL = List.copyOf(t);
        }
    }

    /** The whole of D(5) (outputs up to 49 symbols), read on first need. */
    private static final class Whole {
        static final CtmTable D5 = load(LARGEST, Integer.MAX_VALUE);
    }
}
