package org.ait.synth.automata.internal;

import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;

/**
 * One pass over the data for one family and boundary: the context of every cell from the <em>observed</em>
 * configuration one step before it, and how often each (context, next symbol) pair occurs. That prices every rule
 * under the plain code (each step predicted from the observed step before) at once: a rule's exceptions are a sum
 * over contexts, and two rules predict alike exactly when they agree on every context that occurs. Cells whose
 * neighbourhood holds a missing cell or crosses a window edge are not predicted by the plain code.
 */
public final class Transitions {

    final RuleFamily family;
    final Boundary boundary;
    final Diagram diagram;
    /** The initial step: the first with an observed cell. */
    final int first;
    final int cellsPerStep;
    /** Cells in a neighbourhood: every cell within the radius in each coordinate. */
    final int neighbourhood;
    /** Each step's cells, null before {@code first}. */
    final byte[][] steps;
    /** Context of position p at step t (> first) from the observed step t - 1, at [t * cellsPerStep + p]; -1 unknown. */
    final int[] contexts;
    /** Observed cells after the initial step. */
    final int dataCells;
    final int predicted;
    final int unpredicted;
    private final int[] exceptions;
    private final int[] keys;
    private double[] exceptionBits;
    /** Per context, the sum of the fingerprint weights of the data cells in that context. */
    private long[] contextWeights;

    public Transitions(Diagram diagram, int first, RuleFamily family, Boundary boundary) {
        this.family = family;
        this.boundary = boundary;
        this.diagram = diagram;
        this.first = first;
        this.cellsPerStep = diagram.cellsPerStep();
        int size = 1;
        for (int d = 0; d < family.dimensions(); d++) {
            size *= 2 * family.radius() + 1;
        }
        this.neighbourhood = size;
        steps = new byte[diagram.steps()][];
        contexts = new int[diagram.steps() * cellsPerStep];
        int k = family.colours();
        int[] counts = new int[family.contexts() * k];
        int observed = 0;
        int unknown = 0;
        steps[first] = diagram.cells(first);
        for (int t = first + 1; t < diagram.steps(); t++) {
            steps[t] = diagram.cells(t);
            for (int p = 0; p < cellsPerStep; p++) {
                int c = family.context(steps[t - 1], diagram.width(), p, boundary);
                contexts[t * cellsPerStep + p] = c;
                byte y = steps[t][p];
                if (y != Diagram.MISSING) {
                    observed++;
                    if (c < 0) {
                        unknown++;
                    } else {
                        counts[c * k + y]++;
                    }
                }
            }
        }
        dataCells = observed;
        predicted = observed - unknown;
        unpredicted = unknown;
        exceptions = new int[family.rules()];
        keys = new int[family.rules()];
        sweep(counts);
    }

    /**
     * Fills exceptions and tie keys for every rule, visiting the rule numbers in order as an odometer of digits
     * (digit c = output for context c), so each step changes few digits and updates both sums incrementally. The
     * key is the rule with the digits of contexts that never occur set to 0: a member of the rule's own tie class.
     */
    private void sweep(int[] counts) {
        int k = family.colours();
        int contextCount = family.contexts();
        int[] place = new int[contextCount];
        boolean[] seen = new boolean[contextCount];
        int agree = 0;
        for (int c = 0, pow = 1; c < contextCount; c++, pow *= k) {
            place[c] = pow;
            for (int s = 0; s < k; s++) {
                seen[c] |= counts[c * k + s] > 0;
            }
            agree += counts[c * k];
        }
        int[] digit = new int[contextCount];
        int key = 0;
        for (int rule = 0; rule < exceptions.length; rule++) {
            exceptions[rule] = predicted - agree;
            keys[rule] = key;
            for (int c = 0; c < contextCount; c++) {
                int from = digit[c];
                int to = from + 1 == k ? 0 : from + 1;
                digit[c] = to;
                agree += counts[c * k + to] - counts[c * k + from];
                if (seen[c]) {
                    key += (to - from) * place[c];
                }
                if (to != 0) {
                    break;
                }
            }
        }
    }

    /** Exceptions of the rule under the plain code. */
    int exceptions(int rule) {
        return exceptions[rule];
    }

    /** The plain-code tie key: equal exactly for rules whose plain predictions agree on every data cell. */
    int key(int rule) {
        return keys[rule];
    }

    /** Bits of the data under the plain code. */
    double plainBits(int rule) {
        if (exceptionBits == null) {
            exceptionBits = DataCode.exceptionBitsTable(predicted, family.colours());
        }
        return unpredicted * DataCode.log2(family.colours()) + exceptionBits[exceptions[rule]];
    }

    /** {@link Predictions#fingerprint} of the plain predictions, from per-context sums of the cells' weights. */
    long plainFingerprint(int rule) {
        if (contextWeights == null) {
            long[] w = new long[family.contexts()];
            int i = 0;
            for (int t = first + 1; t < steps.length; t++) {
                for (int c = 0; c < cellsPerStep; c++) {
                    if (steps[t][c] != Diagram.MISSING) {
                        int ctx = contexts[t * cellsPerStep + c];
                        if (ctx >= 0) {
                            w[ctx] += Predictions.weight(i);
                        }
                        i++;
                    }
                }
            }
            contextWeights = w;
        }
        byte[] out = family.outputs(rule);
        long f = 0;
        for (int c = 0; c < out.length; c++) {
            f += contextWeights[c] * (out[c] + 1);
        }
        return f;
    }

    /** The plain code's prediction for each data cell, -1 where it makes none. */
    byte[] plainPredictions(int rule) {
        byte[] out = family.outputs(rule);
        byte[] p = new byte[dataCells];
        int i = 0;
        for (int t = first + 1; t < steps.length; t++) {
            for (int c = 0; c < cellsPerStep; c++) {
                if (steps[t][c] != Diagram.MISSING) {
                    int ctx = contexts[t * cellsPerStep + c];
                    p[i++] = ctx < 0 ? -1 : out[ctx];
                }
            }
        }
        return p;
    }
}
