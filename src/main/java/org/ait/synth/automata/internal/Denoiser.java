package org.ait.synth.automata.internal;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;

/**
 * The decoder of the denoising data code, for one rule. It keeps a reconstructed configuration X and predicts each
 * step from X one step before (not from the observed step). An observed cell that matches the prediction, or that
 * the rule cannot predict, enters X as observed; a missing cell enters X as predicted (so the rule fills in missing
 * cells and steps). An exception is of one of two kinds, which the code says: an observation error (the cell
 * enters X as predicted, so one flipped cell costs one exception and does not spoil the 2r + 1 predictions it
 * feeds), or a state (it enters X as observed, which stops an error of the initial configuration from spreading).
 * The encoder chooses each kind greedily: a state when that makes fewer of the next step's cells exceptions. The
 * kinds cost {@link DataCode#kindBits} for the exceptions before the last step (which feed nothing observed).
 *
 * <p>The initial configuration's observed cells are data cells too, predicted by the program's initial
 * configuration, which is the observed one: there an exception is an observation error of an initial cell, made
 * when correcting the cell leaves fewer exceptions in all (the correction plus the next step's cells it feeds). So
 * a flipped initial cell costs one exception too, and rules that differ only on the neighbourhoods it fakes predict
 * alike.
 */
final class Denoiser {

    /** A decoded rule: its prediction for each data cell, the counts, the data bits and the last reconstruction. */
    record Result(byte[] predictions, int predicted, int exceptions, int unpredicted, double bits, byte[] last) {
    }

    private final Transitions tr;
    private final RuleFamily family;
    private final byte[] outputs;
    private final int width;
    private final int cells;

    private Denoiser(Transitions tr, int rule) {
        this.tr = tr;
        this.family = tr.family;
        this.outputs = family.outputs(rule);
        this.width = tr.diagram.width();
        this.cells = tr.cellsPerStep;
    }

    /** Decodes the data under the rule; null as soon as the data bits must exceed {@code bound}. */
    static Result decode(Transitions tr, int rule, double bound) {
        return new Denoiser(tr, rule).run(bound);
    }

    private Result run(double bound) {
        int k = family.colours();
        double literal = DataCode.log2(k);
        byte[] initial = tr.steps[tr.first];
        byte[] x = initial.clone();
        int lastStep = tr.steps.length - 1;
        int m = 0;
        if (tr.first < lastStep) {
            m = correctInitial(x, tr.first + 1, bound);
            if (m < 0) {
                return null;
            }
        }
        boolean[] dirty = new boolean[cells];
        boolean anyDirty = m > 0;
        boolean[] recompute = new boolean[cells];
        byte[] vector = new byte[tr.dataCells + observed(initial)];
        int i = 0;
        int n = 0;
        for (int c = 0; c < cells; c++) {
            dirty[c] = x[c] != initial[c];
            if (initial[c] != Diagram.MISSING) {
                vector[i++] = x[c];
                n++;
            }
        }
        IntArrayList wrong = new IntArrayList();
        int u = 0;
        int eligible = 0;
        int states = 0;
        for (int t = tr.first + 1; t <= lastStep; t++) {
            byte[] y = tr.steps[t];
            if (anyDirty) {
                Arrays.fill(recompute, false);
                for (int c = 0; c < cells; c++) {
                    if (dirty[c]) {
                        markBall(c, recompute);
                    }
                }
            }
            byte[] next = new byte[cells];
            wrong.clear();
            for (int c = 0; c < cells; c++) {
                int ctx = anyDirty && recompute[c] ? family.context(x, width, c, tr.boundary)
                        : tr.contexts[t * cells + c];
                byte p = ctx < 0 ? Diagram.MISSING : outputs[ctx];
                byte o = y[c];
                if (o == Diagram.MISSING) {
                    next[c] = p;
                    continue;
                }
                vector[i++] = p;
                if (p < 0) {
                    u++;
                    next[c] = o;
                } else {
                    n++;
                    next[c] = p;
                    if (p != o) {
                        m++;
                        wrong.add(c);
                    }
                }
            }
            if (u * literal + DataCode.exceptionBits(n, m, k) > bound) {
                return null;
            }
            if (t < lastStep && !wrong.isEmpty()) {
                eligible += wrong.size();
                states += chooseKinds(next, y, tr.steps[t + 1], wrong);
            }
            anyDirty = false;
            for (int c = 0; c < cells; c++) {
                dirty[c] = next[c] != y[c];
                anyDirty |= dirty[c];
            }
            x = next;
        }
        double bits = u * literal + DataCode.exceptionBits(n, m, k) + DataCode.kindBits(eligible, states);
        return new Result(vector, n, m, u, bits, x);
    }

    /**
     * Corrects observed initial cells, one by one, to the symbol that leaves the fewest exceptions among the next
     * step's cells it feeds, when that saves more than the one exception the correction is; returns how many, or -1
     * when the next step alone already puts the data bits above the bound. Only cells that feed a cell the
     * uncorrected configuration mispredicts can gain from a correction.
     */
    private int correctInitial(byte[] x, int next, double bound) {
        byte[] following = tr.steps[next];
        boolean[] near = new boolean[cells];
        int mismatches = 0;
        int checked = 0;
        for (int c = 0; c < cells; c++) {
            int ctx = tr.contexts[next * cells + c];
            if (ctx >= 0 && following[c] != Diagram.MISSING) {
                checked++;
                if (outputs[ctx] != following[c]) {
                    mismatches++;
                    markBall(c, near);
                }
            }
        }
        int least = (mismatches + tr.neighbourhood) / (tr.neighbourhood + 1);
        if (DataCode.exceptionBits(checked, least, family.colours()) > bound) {
            return -1;
        }
        int corrected = 0;
        for (int c = 0; c < cells; c++) {
            byte observed = x[c];
            if (observed == Diagram.MISSING || !near[c]) {
                continue;
            }
            int best = mismatchesAround(c, x, following) - 1;
            byte choice = observed;
            for (byte v = 0; v < family.colours(); v++) {
                if (v != observed) {
                    x[c] = v;
                    int after = mismatchesAround(c, x, following);
                    if (after < best) {
                        best = after;
                        choice = v;
                    }
                }
            }
            x[c] = choice;
            corrected += choice != observed ? 1 : 0;
        }
        return corrected;
    }

    private static int observed(byte[] cells) {
        int n = 0;
        for (byte b : cells) {
            n += b == Diagram.MISSING ? 0 : 1;
        }
        return n;
    }

    /** Sets each exception to a state (observed value) when that fits the next step better; returns how many. */
    private int chooseKinds(byte[] next, byte[] observed, byte[] following, IntArrayList wrong) {
        int states = 0;
        for (int j = 0; j < wrong.size(); j++) {
            int e = wrong.getInt(j);
            byte predicted = next[e];
            int asError = mismatchesAround(e, next, following);
            next[e] = observed[e];
            int asState = mismatchesAround(e, next, following);
            if (asState < asError) {
                states++;
            } else {
                next[e] = predicted;
            }
        }
        return states;
    }

    /** Exceptions, at the next step, among the cells whose neighbourhood holds cell e, given configuration x. */
    private int mismatchesAround(int e, byte[] x, byte[] following) {
        int[] count = {0};
        forBall(e, c -> {
            byte o = following[c];
            if (o != Diagram.MISSING) {
                int ctx = family.context(x, width, c, tr.boundary);
                if (ctx >= 0 && outputs[ctx] != o) {
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    private void markBall(int c, boolean[] marks) {
        forBall(c, d -> marks[d] = true);
    }

    /**
     * Visits the cells within the family's radius of cell c in every coordinate (the cells whose neighbourhood
     * holds c, for every family here), wrapping at the edges; wrapping may visit a cell that is not really a
     * neighbour under a zero or window boundary, which only costs a needless check.
     */
    private void forBall(int c, java.util.function.IntConsumer visit) {
        int r = family.radius();
        if (family.dimensions() == 1) {
            for (int d = -r; d <= r; d++) {
                visit.accept(Math.floorMod(c + d, cells));
            }
            return;
        }
        int height = cells / width;
        int y = c / width;
        int x = c % width;
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                visit.accept(Math.floorMod(y + dy, height) * width + Math.floorMod(x + dx, width));
            }
        }
    }
}
