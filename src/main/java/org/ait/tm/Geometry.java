package org.ait.tm;

import org.ait.tm.internal.Partial;
import org.ait.tm.internal.TreeWalker;
import org.ait.tm.internal.Walker1D;
import org.ait.tm.internal.Walker2D;

/**
 * Where machines write and what they output: a line (1D tape, output = the visited segment, a string) or a grid
 * (2D turmites, output = the visited rectangle, an array). The engine asks the geometry for its walker, its step
 * limit and the symmetry it folded away; everything else is the same code.
 */
public enum Geometry {

    /** A two-way tape; the walk keeps machines whose first move goes right, the mirror image restores the rest. */
    LINE {
        @Override
        public int maxStepsLimit() {
            // Each walker keeps, per tree level, a tape of twice the cutoff and 64 cells of record history per cell.
            return 100_000;
        }

        @Override
        TreeWalker<? extends WorkUnit> walker(BuildSpec spec) {
            return new Walker1D(spec.space(), spec.maxSteps());
        }

        @Override
        Partial unfold(Partial half, int symbols) {
            return half.unfold(symbols);
        }
    },

    /** A grid; the walk keeps one of four rotations (first move right), the rotations restore the rest. */
    GRID {
        @Override
        public int maxStepsLimit() {
            // Each walker keeps a grid of (2 * cutoff + 3)^2 cells, twice.
            return 4_000;
        }

        @Override
        TreeWalker<? extends WorkUnit> walker(BuildSpec spec) {
            return new Walker2D(spec.space(), spec.maxSteps(), spec.maxSide());
        }

        @Override
        Partial unfold(Partial quarter, int symbols) {
            return quarter.unfoldRotations(symbols);
        }
    };

    /** The geometry of a space's dimension (1 or 2). */
    public static Geometry of(int dim) {
        return dim == 1 ? LINE : GRID;
    }

    /** Longest cutoff a walker accepts (memory grows with it). */
    public abstract int maxStepsLimit();

    /** A tree walker for one thread. */
    abstract TreeWalker<? extends WorkUnit> walker(BuildSpec spec);

    /** The sums over the whole space from the sums over the walked part (the symmetry folded away, restored). */
    abstract Partial unfold(Partial walked, int symbols);
}
