package org.ait.synth.automata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.Naive;
import org.ait.synth.automata.RuleFamily;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The count pass against brute force: every rule's plain exceptions equal the naive simulator's one-step count,
 * its plain predictions the naive one-step predictions, and two rules share a key exactly when those agree.
 */
class TransitionsTest {

    private static final UniformRandomProvider RNG = RandomSource.XO_RO_SHI_RO_128_PP.create(3);

    static Diagram noisy(RuleFamily family, int rule, int width, int steps, double noise, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        return Diagram.ofRows(Naive.run(family, rule, Boundary.CYCLIC, Naive.randomRow(rng, width, family.colours()),
                steps)).withFlips(noise, family.colours(), seed);
    }

    @Test
    void everyElementaryRuleMatchesBruteForce() {
        Diagram d = noisy(RuleFamily.ELEMENTARY, 110, 20, 12, 0.05, 1).withMissing(0.05, 2);
        for (Boundary b : Boundary.values()) {
            Transitions tr = new Transitions(d, 0, RuleFamily.ELEMENTARY, b);
            byte[][] predictions = new byte[256][];
            for (int rule = 0; rule < 256; rule++) {
                assertEquals(Naive.exceptions(RuleFamily.ELEMENTARY, rule, b, d), tr.exceptions(rule), rule + " " + b);
                predictions[rule] = naivePredictions(RuleFamily.ELEMENTARY, rule, b, d);
                assertArrayEquals(predictions[rule], tr.plainPredictions(rule));
            }
            for (int a = 0; a < 256; a++) {
                for (int c = 0; c < 256; c++) {
                    assertEquals(Arrays.equals(predictions[a], predictions[c]), tr.key(a) == tr.key(c), a + " " + c);
                }
            }
        }
    }

    @Test
    void totalisticRulesMatchBruteForce() {
        RuleFamily f = RuleFamily.totalistic(1, 3);
        Diagram d = noisy(f, 1599, 24, 10, 0.02, 4);
        Transitions tr = new Transitions(d, 0, f, Boundary.ZERO);
        for (int i = 0; i < 300; i++) {
            int rule = RNG.nextInt(f.rules());
            assertEquals(Naive.exceptions(f, rule, Boundary.ZERO, d), tr.exceptions(rule));
        }
        assertEquals(9 * 24, tr.predicted);
    }

    @Test
    void windowEdgesAreNotPredicted() {
        RuleFamily f = RuleFamily.totalistic(2, 2);
        Diagram d = noisy(f, 20, 30, 8, 0, 5);
        Transitions tr = new Transitions(d, 0, f, Boundary.WINDOW);
        assertEquals(7 * 4, tr.unpredicted);
        assertEquals(7 * 26, tr.predicted);
    }

    /** The naive one-step prediction of every observed cell after step 0, in step order. */
    static byte[] naivePredictions(RuleFamily family, int rule, Boundary b, Diagram d) {
        byte[] out = new byte[d.steps() * d.width()];
        int n = 0;
        for (int t = 1; t < d.steps(); t++) {
            byte[] p = Naive.step(family, rule, b, d.cells(t - 1));
            for (int x = 0; x < p.length; x++) {
                if (d.cell(t, x) != Diagram.MISSING) {
                    out[n++] = p[x];
                }
            }
        }
        return Arrays.copyOf(out, n);
    }
}
