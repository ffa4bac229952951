package org.ait.synth.automata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.synth.mdl.ProgramPrior;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Identification through the public API, judged by the naive simulator: the true rule, the exact tie groups, the
 * prior's probabilities within a tie, missing data, windows, noise, prediction, bad input.
 */
class RuleIdentifierTest {

    private static final UniformRandomProvider RNG = RandomSource.XO_RO_SHI_RO_128_PP.create(11);

    static Diagram run(RuleFamily f, int rule, Boundary b, int width, int steps, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        return Diagram.ofRows(Naive.run(f, rule, b, Naive.randomRow(rng, width, f.colours()), steps));
    }

    @Test
    void rule30FromAFullDiagram() {
        Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(run(RuleFamily.ELEMENTARY, 30,
                Boundary.CYCLIC, 32, 16, 1));
        Candidate best = id.best().best();
        assertEquals(30, best.program().rule());
        assertEquals(Boundary.CYCLIC, best.program().boundary());
        assertEquals(1, id.best().size());
        assertEquals(0, best.exceptions());
        assertEquals(1.0, best.relativeProbability());
        assertEquals(best.programBits() + best.dataBits(), best.bits(), 1e-12);
        List<Candidate> all = id.candidates();
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).bits() >= all.get(i - 1).bits());
            assertEquals(Math.pow(2, -(all.get(i).bits() - best.bits())), all.get(i).relativeProbability(), 1e-12);
        }
        assertEquals(best, id.candidate(RuleFamily.ELEMENTARY, 30, Boundary.CYCLIC));
        assertTrue(id.text().startsWith("group 1: 1 program predicting alike"));
    }

    /**
     * A sparse diagram where few neighbourhoods occur: the best group must be exactly the (rule, cyclic or zero)
     * candidates that the naive simulator finds consistent with every cell, and the window-consistent rules a
     * group of their own; within a group, probabilities follow the CTM of the rule tables.
     */
    @Test
    void tieGroupsAreExactlyTheRulesThatReproduceTheData() throws IOException {
        byte[] seed = new byte[24];
        seed[5] = 1;
        seed[6] = 1;
        seed[15] = 1;
        Diagram d = Diagram.ofRows(Naive.run(RuleFamily.ELEMENTARY, 4, Boundary.CYCLIC, seed, 6));
        Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY).limit(1000, 1000).identify(d);
        Set<String> consistent = new HashSet<>();
        Set<String> windowConsistent = new HashSet<>();
        for (int rule = 0; rule < 256; rule++) {
            for (Boundary b : Boundary.values()) {
                if (Naive.exceptions(RuleFamily.ELEMENTARY, rule, b, d) == 0) {
                    (b == Boundary.WINDOW ? windowConsistent : consistent).add(rule + " " + b);
                }
            }
        }
        assertTrue(consistent.size() > 4, "the data leave several rules tied: " + consistent.size());
        assertEquals(consistent, keys(id.best()));
        TieGroup windowGroup = id.groups().stream().filter(g -> g.best().program().boundary() == Boundary.WINDOW)
                .findFirst().orElseThrow();
        assertEquals(windowConsistent, keys(windowGroup));
        CtmTable d5 = TableCatalog.load("ctm-1d-s5-k2");
        Candidate top = id.best().best();
        for (Candidate c : id.best().members()) {
            double ctmDifference = d5.complexity(table(c.program().rule())) - d5.complexity(table(top.program().rule()));
            assertEquals(Math.pow(2, -ctmDifference), c.relativeProbability(), 1e-9);
            assertEquals(top.dataBits(), c.dataBits(), 1e-12);
        }
        assertEquals(id.groupCount(), id.groups().size());
    }

    private static String table(int rule) {
        return String.format("%8s", Integer.toBinaryString(rule)).replace(' ', '0');
    }

    private static Set<String> keys(TieGroup g) {
        Set<String> s = new HashSet<>();
        g.members().forEach(c -> s.add(c.program().rule() + " " + c.program().boundary()));
        return s;
    }

    @Test
    void tiesCrossFamilies() {
        // Rule 0 kills every cell: every rule of either family that maps the neighbourhoods seen to 0 reproduces it.
        Diagram d = run(RuleFamily.ELEMENTARY, 0, Boundary.CYCLIC, 24, 5, 3);
        RuleFamily r2 = RuleFamily.totalistic(2, 2);
        Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY, r2).boundaries(Boundary.CYCLIC)
                .limit(5, 1000).identify(d);
        assertTrue(id.best().contains(RuleFamily.ELEMENTARY, 0));
        assertTrue(id.best().contains(r2, 0));
    }

    @Test
    void missingCellsAndStepsAreFilledIn() {
        for (int rule : new int[] {30, 54, 110, 150}) {
            Diagram d = run(RuleFamily.ELEMENTARY, rule, Boundary.CYCLIC, 32, 24, rule).withMissing(0.2, 1)
                    .withMissingSteps(3, 4, 10, 11, 12);
            Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(d);
            assertTrue(id.best().contains(RuleFamily.ELEMENTARY, rule), "rule " + rule + ": " + id.best().best());
        }
        // Every other step missing: only two-step predictions remain, which the plain code cannot make.
        Diagram sparse = run(RuleFamily.ELEMENTARY, 110, Boundary.CYCLIC, 40, 21, 5).withMissingSteps(1, 3, 5, 7, 9,
                11, 13, 15, 17, 19);
        assertEquals(110, RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(sparse).best().best().program().rule());
    }

    @Test
    void aWindowOfAWiderRun() {
        Diagram wide = run(RuleFamily.ELEMENTARY, 110, Boundary.CYCLIC, 64, 12, 7);
        Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(wide.window(4, 8, 16, 32));
        Candidate best = id.best().best();
        assertEquals(110, best.program().rule());
        assertEquals(Boundary.WINDOW, best.program().boundary());
        assertEquals(2 * 7, best.unpredicted());
    }

    @Test
    void noiseIsEstimated() {
        Diagram d = run(RuleFamily.ELEMENTARY, 30, Boundary.CYCLIC, 64, 64, 2).withFlips(0.05, 2, 9);
        Candidate best = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(d).best().best();
        assertEquals(30, best.program().rule());
        assertEquals(0.05, best.flipRate(), 0.012);
    }

    @Test
    void predictionContinuesTheRun() {
        byte[][] rows = Naive.run(RuleFamily.ELEMENTARY, 110, Boundary.CYCLIC,
                Naive.randomRow(RNG, 30, 2), 25);
        Diagram shown = Diagram.ofRows(java.util.Arrays.copyOf(rows, 20));
        Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(shown);
        Diagram next = id.predict(id.best().best(), 5);
        for (int t = 0; t < 5; t++) {
            assertArrayEquals(rows[20 + t], next.cells(t));
        }
        // The last step missing: the prediction continues from the step the rule fills in.
        Identification gap = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(shown.withMissingSteps(19));
        assertArrayEquals(rows[20], gap.predict(gap.best().best(), 1).cells(0));
        // A window's prediction loses the radius at each edge per step.
        Identification window = RuleIdentifier.of(RuleFamily.ELEMENTARY).boundaries(Boundary.WINDOW).identify(shown);
        Diagram w = window.predict(window.best().best(), 3);
        assertEquals(Diagram.MISSING, w.cell(0, 0));
        assertEquals(rows[20][1], w.cell(0, 1));
        assertEquals(Diagram.MISSING, w.cell(0, 29));
        assertEquals(Diagram.MISSING, w.cell(2, 2));
        assertEquals(rows[22][3], w.cell(2, 3));
    }

    @Test
    void otherFamiliesAndPriors() {
        RuleFamily k3 = RuleFamily.totalistic(1, 3);
        Diagram d = run(k3, 1599, Boundary.ZERO, 32, 16, 4);
        Identification id = RuleIdentifier.of(k3).identify(d);
        assertTrue(id.best().contains(k3, 1599));
        assertEquals(Boundary.ZERO, id.best().best().program().boundary());
        Identification size = RuleIdentifier.of(k3).prior(ProgramPrior.SIZE).identify(d);
        assertTrue(size.best().contains(k3, 1599));
        size.best().members().forEach(c -> assertEquals(size.best().best().bits(), c.bits(), 1e-9));
        int life = RuleFamily.LIFE_LIKE.parseRule("B3/S23");
        byte[][] frames = new byte[8][];
        frames[0] = Naive.randomRow(RNG, 20 * 20, 2);
        boolean[] born = new boolean[9];
        boolean[] survives = new boolean[9];
        born[3] = true;
        survives[2] = true;
        survives[3] = true;
        for (int t = 1; t < frames.length; t++) {
            frames[t] = Naive.lifeLike(born, survives, 20, 20, frames[t - 1]);
        }
        Identification lifeId = RuleIdentifier.of(RuleFamily.LIFE_LIKE).identify(Diagram.ofFrames(20, 20, frames));
        assertEquals(0, lifeId.candidate(RuleFamily.LIFE_LIKE, life, Boundary.CYCLIC).tieGroup());
    }

    @Test
    void badInputIsRefused() {
        Diagram frames = DiagramReader.frames("01\n10\n\n11\n00\n");
        assertThrows(IllegalArgumentException.class, () -> RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(frames));
        Diagram threeSymbols = DiagramReader.rows("0120\n1201\n");
        assertEquals("no family given fits a 1D diagram of 3 symbols", assertThrows(IllegalArgumentException.class,
                () -> RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(threeSymbols)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(DiagramReader.rows("...\n...\n")));
        assertThrows(IllegalArgumentException.class, () -> RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(
                threeSymbols).candidate(RuleFamily.LIFE_LIKE, 0, Boundary.CYCLIC));
    }
}
