package org.ait.synth.mdl;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Partition;
import org.ait.ctm.TableCatalog;

/**
 * The bits a description costs. {@link #SIZE} is the length of its prefix-free code (every code of a given length
 * equally likely: the plain prior of enumerative search). {@link #ALGORITHMIC} is the project's prior: the code's
 * bits scored by BDM with our own exact D(5) table (blocks of 12, recursive partition down to single bits), plus
 * the code of its length, so descriptions with regularities (repeated coefficients, a term repeated, a periodic
 * pattern of choices) cost fewer bits than irregular ones of the same length.
 */
public enum ProgramPrior {

    SIZE("size") {
        @Override
        public double bits(BitCode code) {
            return code.length();
        }
    },

    ALGORITHMIC("algorithmic") {
        @Override
        public double bits(BitCode code) {
            if (code.length() == 0) {
                return 0;
            }
            return Holder.SCORER.bdm(code.bits()) + BitCode.naturalLength(java.math.BigInteger.valueOf(code.length()));
        }
    };

    private final String label;

    ProgramPrior(String label) {
        this.label = label;
    }

    /** Description length of a code under this prior, in bits. */
    public abstract double bits(BitCode code);

    /** The name as {@code --prior} spells it. */
    public String label() {
        return label;
    }

    /**
     * The prior named {@code algorithmic} or {@code size}.
     *
     * @throws org.ait.io.InputException for any other name
     */
    public static ProgramPrior named(String name) {
        for (ProgramPrior p : values()) {
            if (p.label.equals(name)) {
                return p;
            }
        }
        throw new org.ait.io.InputException("unknown prior '" + name + "' (algorithmic or size)");
    }

    /** Table and scorer of the algorithmic prior, loaded on first use. */
    private static final class Holder {
        static final BdmScorer SCORER;

        static {
            try {
                SCORER = BdmScorer.builder(CtmValues.of(TableCatalog.load("ctm-1d-s5-k2", 12))).block(12)
                        .partition(Partition.RECURSIVE).minLength(1).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the algorithmic prior needs the table ctm-1d-s5-k2", e);
            }
        }
    }
}
