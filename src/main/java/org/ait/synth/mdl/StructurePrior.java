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
 * structure written as a string (its nodes in prefix order, each node a fixed-width token over 4 symbols) and
 * scored by BDM with our own (4,4) CTM table, so structures with regularities (repeated operators, repeated
 * subtrees) cost fewer bits than irregular ones of the same size. {@link #size} is the plain baseline of
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

    /** BDM of the prefix token string with the shipped {@code ctm-1d-s4-k4} table (recursive partition, blocks of 10). */
    public static StructurePrior algorithmic(List<Op> operators, int variables) throws IOException {
        BdmScorer bdm = scorer();
        int t = tokens(operators, variables);
        int width = 1;
        while (Math.pow(4, width) < t) {
            width++;
        }
        final int w = width;
        return new StructurePrior() {
            @Override
            public double bits(Expr structure) {
                return bdm.bdm(encode(structure, operators, variables, w));
            }

            @Override
            public String name() {
                return "algorithmic (BDM of the prefix encoding, table ctm-1d-s4-k4)";
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

    /** The prefix token string of a structure, each token in {@code width} base-4 digits (most significant first). */
    static byte[] encode(Expr e, List<Op> operators, int variables, int width) {
        byte[] out = new byte[e.size() * width];
        int[] at = {0};
        write(e, operators, variables, width, out, at);
        return out;
    }

    private static void write(Expr e, List<Op> operators, int variables, int width, byte[] out, int[] at) {
        int token;
        if (e instanceof Expr.Var v) {
            token = operators.size() + v.index();
        } else if (e instanceof Expr.Param || e instanceof Expr.Num) {
            token = operators.size() + variables;
        } else {
            Op op = e instanceof Expr.Unary u ? u.op() : ((Expr.Binary) e).op();
            token = operators.indexOf(op);
            if (token < 0) {
                throw new IllegalArgumentException("operator " + op + " is not in the operator set");
            }
        }
        for (int d = width - 1; d >= 0; d--) {
            out[at[0]++] = (byte) ((token >> (2 * d)) & 3);
        }
        if (e instanceof Expr.Unary u) {
            write(u.arg(), operators, variables, width, out, at);
        } else if (e instanceof Expr.Binary b) {
            write(b.left(), operators, variables, width, out, at);
            write(b.right(), operators, variables, width, out, at);
        }
    }
}
