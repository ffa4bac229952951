package org.ait.synth.automata.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.RuleFamily;

/**
 * The scores of every rule of one family and boundary on a diagram. The data code is one of two, with a bit to say
 * which: the plain code ({@link Transitions}) or the denoising code ({@link Denoiser}); each rule is priced by the
 * shorter of the two that {@link Search} computed for it, and its predictions are that code's.
 */
final class DiagramScores implements RuleScores {

    private final Transitions tr;
    private final double[] dataBits;
    private final int[] predicted;
    private final int[] exceptions;
    private final int[] unpredicted;
    private final boolean[] denoised;
    private final int[] keys;
    /** The prediction vector of each denoised rule that represents its tie class. */
    private final Map<Integer, byte[]> vectors = new HashMap<>();
    private final Map<Predictions, Integer> classOf = new HashMap<>();

    /** Every rule priced by the plain code. */
    DiagramScores(Transitions tr) {
        this.tr = tr;
        int rules = tr.family.rules();
        dataBits = new double[rules];
        predicted = new int[rules];
        exceptions = new int[rules];
        unpredicted = new int[rules];
        denoised = new boolean[rules];
        keys = new int[rules];
        for (int rule = 0; rule < rules; rule++) {
            dataBits[rule] = 1 + tr.plainBits(rule);
            predicted[rule] = tr.predicted;
            exceptions[rule] = tr.exceptions(rule);
            unpredicted[rule] = tr.unpredicted;
        }
    }

    Transitions transitions() {
        return tr;
    }

    /** Takes the denoising code for the rule when it is not longer than the plain one. */
    void offer(int rule, Denoiser.Result r) {
        if (1 + r.bits() > dataBits[rule]) {
            return;
        }
        dataBits[rule] = 1 + r.bits();
        predicted[rule] = r.predicted();
        exceptions[rule] = r.exceptions();
        unpredicted[rule] = r.unpredicted();
        denoised[rule] = true;
        Integer rep = classOf.putIfAbsent(new Predictions(r.predictions()), rule);
        keys[rule] = rep == null ? rule : rep;
        if (rep == null) {
            vectors.put(rule, r.predictions());
        }
    }

    /**
     * Gives the plain-coded rules their keys: the first plain-coded rule of each plain tie class, so that no key
     * of a plain class is the key of a denoised one (denoised keys are denoised rules).
     */
    void finish() {
        int[] first = new int[keys.length];
        Arrays.fill(first, -1);
        for (int rule = 0; rule < keys.length; rule++) {
            if (!denoised[rule]) {
                int k = tr.key(rule);
                if (first[k] < 0) {
                    first[k] = rule;
                }
                keys[rule] = first[k];
            }
        }
    }

    @Override
    public RuleFamily family() {
        return tr.family;
    }

    @Override
    public Boundary boundary() {
        return tr.boundary;
    }

    @Override
    public double dataBits(int rule) {
        return dataBits[rule];
    }

    @Override
    public int predicted(int rule) {
        return predicted[rule];
    }

    @Override
    public int exceptions(int rule) {
        return exceptions[rule];
    }

    @Override
    public int unpredicted(int rule) {
        return unpredicted[rule];
    }

    @Override
    public int tieKey(int rule) {
        return keys[rule];
    }

    @Override
    public byte[] predictions(int rule) {
        return denoised[rule] ? vectors.get(keys[rule]).clone() : tr.plainPredictions(rule);
    }

    @Override
    public long fingerprint(int rule) {
        return denoised[rule] ? Predictions.fingerprint(vectors.get(keys[rule])) : tr.plainFingerprint(rule);
    }

    @Override
    public CaProgram program(int rule) {
        return new CaProgram(tr.family, rule, tr.boundary, tr.diagram.width(), tr.steps[tr.first]);
    }
}
