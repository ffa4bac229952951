package org.ait.synth.automata.internal;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Prices every candidate (family, boundary, rule) on a diagram. The plain code prices all rules at once from the
 * counts; the denoising decoder then runs rule by rule, in order of a lower bound on its result, for the rules it
 * could make competitive. The bound: a cell the plain code checks has its whole neighbourhood observed, so the
 * decoder predicts it too, and differently only when a cell of that neighbourhood was corrected (a filled-in
 * missing cell never is one of them); a correction is a denoising exception and lies in at most N neighbourhoods
 * (N cells each), so the plain code's exceptions are at most (N + 1) times the denoising code's, on any data. Rules
 * whose bound is more than {@link #MARGIN} bits above the best description found are left at the plain code, which
 * is still the length of a valid code for them; their probability relative to the best is below 2^-64 either way.
 * On complete data a rule without plain exceptions needs no decoding: both codes are then the same.
 */
public final class Search {

    /** Rules whose description cannot come within this many bits of the best are not decoded. */
    static final double MARGIN = 64;

    private final List<Transitions> pairs = new ArrayList<>();
    private final boolean complete;

    /**
     * Counts the diagram for every family (that fits its dimensions and symbols) and boundary.
     *
     * @throws IllegalArgumentException when the diagram has no observed cell or no family fits it
     */
    public Search(Diagram diagram, List<RuleFamily> families, List<Boundary> boundaries) {
        int first = 0;
        while (first < diagram.steps() && !diagram.observed(first)) {
            first++;
        }
        if (first == diagram.steps()) {
            throw new IllegalArgumentException("the diagram has no observed cell");
        }
        for (RuleFamily family : families) {
            if (family.dimensions() == diagram.dimensions() && family.colours() >= diagram.colours()) {
                for (Boundary boundary : boundaries) {
                    pairs.add(new Transitions(diagram, first, family, boundary));
                }
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no family given fits a " + diagram.dimensions() + "D diagram of "
                    + diagram.colours() + " symbols");
        }
        complete = diagram.complete();
    }

    /** The scores of every family and boundary, in the order counted. */
    public List<RuleScores> score(ProgramPrior prior) {
        List<DiagramScores> scores = new ArrayList<>();
        List<double[]> programBits = new ArrayList<>();
        double bestPlain = Double.POSITIVE_INFINITY;
        for (Transitions tr : pairs) {
            DiagramScores s = new DiagramScores(tr);
            double[] bits = Prices.programBits(s.program(0), prior);
            for (int rule = 0; rule < bits.length; rule++) {
                bestPlain = Math.min(bestPlain, bits[rule] + s.dataBits(rule));
            }
            scores.add(s);
            programBits.add(bits);
        }
        IntArrayList pairOf = new IntArrayList();
        IntArrayList ruleOf = new IntArrayList();
        DoubleArrayList lower = new DoubleArrayList();
        for (int p = 0; p < pairs.size(); p++) {
            Transitions tr = pairs.get(p);
            double[] bits = programBits.get(p);
            for (int rule = 0; rule < bits.length; rule++) {
                if (complete && tr.exceptions(rule) == 0) {
                    continue;
                }
                double bound = bits[rule] + 1 + lowerBits(tr, rule);
                if (bound <= bestPlain + MARGIN) {
                    pairOf.add(p);
                    ruleOf.add(rule);
                    lower.add(bound);
                }
            }
        }
        int[] order = new int[lower.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        IntArrays.quickSort(order, (a, b) -> Double.compare(lower.getDouble(a), lower.getDouble(b)));
        double best = bestPlain;
        for (int i : order) {
            if (lower.getDouble(i) > best + MARGIN) {
                break;
            }
            int p = pairOf.getInt(i);
            int rule = ruleOf.getInt(i);
            double program = programBits.get(p)[rule];
            Denoiser.Result r = Denoiser.decode(pairs.get(p), rule, best + MARGIN - program - 1);
            if (r != null) {
                scores.get(p).offer(rule, r);
                best = Math.min(best, program + scores.get(p).dataBits(rule));
            }
        }
        scores.forEach(DiagramScores::finish);
        return new ArrayList<>(scores);
    }

    /**
     * A lower bound on the denoising code's data bits for the rule (see the class comment): at least
     * ceil(plain exceptions / (N + 1)) exceptions among at least the plain code's predicted cells (the bits never
     * fall as either grows), and on complete data the same cells left unpredicted (window edges).
     */
    private double lowerBits(Transitions tr, int rule) {
        int m = (tr.exceptions(rule) + tr.neighbourhood) / (tr.neighbourhood + 1);
        double unpredicted = complete ? tr.unpredicted * DataCode.log2(tr.family.colours()) : 0;
        return unpredicted + DataCode.exceptionBits(tr.predicted, m, tr.family.colours());
    }

    /** The configuration after the last step as the program's decoder reconstructs it (missing cells filled in). */
    public byte[] lastConfiguration(CaProgram program) {
        for (Transitions tr : pairs) {
            if (tr.family.equals(program.family()) && tr.boundary == program.boundary()) {
                return Denoiser.decode(tr, program.rule(), Double.POSITIVE_INFINITY).last();
            }
        }
        throw new IllegalArgumentException("no scores for " + program.text());
    }
}
