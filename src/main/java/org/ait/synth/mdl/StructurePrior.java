package org.ait.synth.mdl;

import java.io.IOException;
import java.util.List;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Partition;
import org.ait.ctm.TableCatalog;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

/**
 * The bits of a model structure: -log2 of its prior probability. {@link #algorithmic} is the product's prior: the
 * structure written as a string over 4 symbols ({@link StructureCode}: prefix order, canonical sums and products,
 * powers, shared subtrees) and scored by BDM with our own (4,4) CTM table, so structures with regularities cost fewer
 * bits than irregular ones of the same size. {@link #size} is the plain baseline of
 * enumerative search: every node one of T equally likely tokens, size * log2 T bits.
 */
public abstract class StructurePrior {

    /** Prior bits of a structure. */
    public abstract double bits(Expr structure);

    /** A short name for output and provenance. */
    public abstract String name();

    /** Tokens: the operators given, then the variables, then the parameter. */
    static int tokens(List<Op> operators, int variables) {
        return operators.size() + variables + 1;
    }

    public static StructurePrior size(List<Op> operators, int variables) {
        double perNode = Math.log(tokens(operators, variables)) / Math.log(2);
        return new StructurePrior() {
            @Override
            public double bits(Expr structure) {
                return structure.size() * perNode;
            }

            @Override
            public String name() {
                return "size";
            }
        };
    }

    /**
     * Block length of the algorithmic prior: the (4,4) table has every string up to length 10 (so no block is
     * missing) and a dense lookup array of 4^10 values builds in well under a second.
     */
    static final int BLOCK = 10;

    /**
     * BDM, with the shipped {@code ctm-1d-s4-k4} table (recursive partition, blocks of 10), of the structure's code
     * ({@link StructureCode}: sums and products in canonical order, repeated factors as powers, repeated subtrees as
     * references), so a structure that repeats itself is charged for the repetition once and what remains regular
     * is seen by BDM.
     */
    public static StructurePrior algorithmic(List<Op> operators, int variables) throws IOException {
        BdmScorer bdm = scorer();
        StructureCode code = new StructureCode(operators, variables);
        return new StructurePrior() {
            @Override
            public double bits(Expr structure) {
                return bdm.bdm(code.encode(structure));
            }

            @Override
            public String name() {
                return "algorithmic (BDM of the structure code: canonical sums and products, powers, shared subtrees;"
                        + " table ctm-1d-s4-k4)";
            }
        };
    }

    private static BdmScorer scorer;

    /** The scorer of the algorithmic prior, built once: its dense lookup array takes a noticeable fraction of a second. */
    private static synchronized BdmScorer scorer() throws IOException {
        if (scorer == null) {
            scorer = BdmScorer.builder(CtmValues.of(TableCatalog.load("ctm-1d-s4-k4", BLOCK))).block(BLOCK)
                    .partition(Partition.RECURSIVE).minLength(1).build();
        }
        return scorer;
    }
}
