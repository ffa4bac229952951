package org.ait.synth.automata.internal;

import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.RuleFamily;

/**
 * How every rule of one family, under one boundary, fits the data. Prediction vectors list the data cells in step
 * order, the same way for every family and boundary of one identification and one data code, so that they can be
 * compared cell by cell (vectors of different codes have different lengths and never compare equal).
 */
public interface RuleScores {

    RuleFamily family();

    Boundary boundary();

    /** Bits of the data given the rule's program. */
    double dataBits(int rule);

    /** Data cells the rule predicts. */
    int predicted(int rule);

    /** Predicted data cells where the rule is wrong. */
    int exceptions(int rule);

    /** Data cells the rule cannot predict. */
    int unpredicted(int rule);

    /**
     * A rule number, equal for two rules exactly when their predictions agree on every data cell (ties within this
     * family and boundary).
     */
    int tieKey(int rule);

    /** The rule's prediction for each data cell, -1 where it makes none. */
    byte[] predictions(int rule);

    /**
     * {@link Predictions#fingerprint} of the rule's predictions: equal predictions give equal fingerprints, and
     * different ones almost never do.
     */
    default long fingerprint(int rule) {
        return Predictions.fingerprint(predictions(rule));
    }

    /** The program the rule stands for: this family and boundary, and the initial configuration of the data. */
    CaProgram program(int rule);
}
