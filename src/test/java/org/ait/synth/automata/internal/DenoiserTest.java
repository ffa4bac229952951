package org.ait.synth.automata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.Naive;
import org.ait.synth.automata.RuleFamily;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The denoising decoder on diagrams from the naive simulator with known damage: a flipped cell costs one exception,
 * an error of the initial row stops spreading, missing cells and steps are filled in by the rule.
 */
class DenoiserTest {

    static byte[][] rule30(int width, int steps) {
        return Naive.run(RuleFamily.ELEMENTARY, 30, Boundary.CYCLIC,
                Naive.randomRow(RandomSource.XO_RO_SHI_RO_128_PP.create(9), width, 2), steps);
    }

    static Diagram flipped(byte[][] rows, int t, int x) {
        byte[][] copy = new byte[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        copy[t][x] ^= 1;
        return Diagram.ofRows(copy);
    }

    @Test
    void cleanDataDecodeWithoutExceptions() {
        byte[][] rows = rule30(40, 20);
        Diagram d = Diagram.ofRows(rows);
        Denoiser.Result r = Denoiser.decode(new Transitions(d, 0, RuleFamily.ELEMENTARY, Boundary.CYCLIC), 30,
                Double.POSITIVE_INFINITY);
        assertEquals(0, r.exceptions());
        assertEquals(20 * 40, r.predicted(), "the initial row's cells are data cells of the denoising code");
        assertArrayEquals(rows[19], r.last());
        byte[] observed = new byte[20 * 40];
        for (int t = 0; t < 20; t++) {
            System.arraycopy(rows[t], 0, observed, t * 40, 40);
        }
        assertArrayEquals(observed, r.predictions());
    }

    @Test
    void aFlippedCellCostsOneException() {
        byte[][] rows = rule30(40, 20);
        Diagram d = flipped(rows, 8, 17);
        Transitions tr = new Transitions(d, 0, RuleFamily.ELEMENTARY, Boundary.CYCLIC);
        assertTrue(tr.exceptions(30) >= 3, "plain code: the flip and the cells it feeds, " + tr.exceptions(30));
        Denoiser.Result r = Denoiser.decode(tr, 30, Double.POSITIVE_INFINITY);
        assertEquals(1, r.exceptions());
        assertArrayEquals(rows[19], r.last());
        double oneErrorKind = DataCode.kindBits(1, 0);
        assertEquals(DataCode.exceptionBits(20 * 40, 1, 2) + oneErrorKind, r.bits(), 1e-9);
    }

    @Test
    void aFlippedInitialCellCostsOneException() {
        byte[][] rows = rule30(40, 20);
        for (int x = 0; x < 40; x++) {
            Diagram d = flipped(rows, 0, x);
            Denoiser.Result r = Denoiser.decode(new Transitions(d, 0, RuleFamily.ELEMENTARY, Boundary.CYCLIC), 30,
                    Double.POSITIVE_INFINITY);
            assertEquals(1, r.exceptions(), "flip at " + x);
            assertArrayEquals(rows[19], r.last());
        }
    }

    @Test
    void missingStepsAndCellsAreFilledInByTheRule() {
        byte[][] rows = rule30(40, 20);
        byte[][] holes = new byte[20][];
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
        for (int t = 0; t < 20; t++) {
            holes[t] = rows[t].clone();
            for (int x = 0; t > 0 && x < 40; x++) {
                holes[t][x] = rng.nextDouble() < 0.1 ? Diagram.MISSING : holes[t][x];
            }
        }
        Diagram d = Diagram.ofRows(holes).withMissingSteps(5, 6, 19);
        Transitions tr = new Transitions(d, 0, RuleFamily.ELEMENTARY, Boundary.CYCLIC);
        Denoiser.Result r = Denoiser.decode(tr, 30, Double.POSITIVE_INFINITY);
        assertEquals(0, r.exceptions());
        assertEquals(tr.dataCells + 40, r.predicted(), "every observed cell is predicted");
        assertTrue(tr.unpredicted > 40, "the plain code cannot predict the step after a missing one");
        assertArrayEquals(rows[19], r.last());
    }

    @Test
    void decodingStopsAtTheBound() {
        Diagram d = Diagram.ofRows(rule30(40, 20));
        Transitions tr = new Transitions(d, 0, RuleFamily.ELEMENTARY, Boundary.CYCLIC);
        assertNull(Denoiser.decode(tr, 45, 20));
        Denoiser.Result r = Denoiser.decode(tr, 45, Double.POSITIVE_INFINITY);
        assertTrue(r.bits() > 20);
    }
}
