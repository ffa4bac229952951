package org.ait.synth.automata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.mdl.ProgramPrior;
import org.junit.jupiter.api.Test;

/**
 * The pruned search against exhaustive decoding: every rule within the margin of the best is priced exactly as if
 * every rule had been decoded, and every other rule gets at least its exhaustive price and stays beyond the margin.
 */
class SearchTest {

    @Test
    void pruningNeverChangesARuleNearTheBest() {
        for (long seed = 1; seed <= 6; seed++) {
            Diagram d = TransitionsTest.noisy(RuleFamily.ELEMENTARY, (int) (seed * 37 % 256), 32, 16,
                    seed % 2 == 0 ? 0.05 : 0.01, seed);
            check(d, List.of(RuleFamily.ELEMENTARY, RuleFamily.totalistic(2, 2)));
            check(d.withMissing(0.1, seed), List.of(RuleFamily.ELEMENTARY));
        }
    }

    private static void check(Diagram d, List<RuleFamily> families) {
        List<Boundary> boundaries = List.of(Boundary.values());
        List<RuleScores> pruned = new Search(d, families, boundaries).score(ProgramPrior.ALGORITHMIC);
        double best = Double.POSITIVE_INFINITY;
        double[][] exhaustive = new double[pruned.size()][];
        double[][] program = new double[pruned.size()][];
        int p = 0;
        for (RuleFamily f : families) {
            for (Boundary b : boundaries) {
                Transitions tr = new Transitions(d, 0, f, b);
                program[p] = Prices.programBits(pruned.get(p).program(0), ProgramPrior.ALGORITHMIC);
                exhaustive[p] = new double[f.rules()];
                for (int rule = 0; rule < f.rules(); rule++) {
                    double denoised = 1 + Denoiser.decode(tr, rule, Double.POSITIVE_INFINITY).bits();
                    exhaustive[p][rule] = Math.min(1 + tr.plainBits(rule), denoised);
                    best = Math.min(best, program[p][rule] + exhaustive[p][rule]);
                }
                p++;
            }
        }
        int exact = 0;
        for (p = 0; p < pruned.size(); p++) {
            for (int rule = 0; rule < exhaustive[p].length; rule++) {
                double got = pruned.get(p).dataBits(rule);
                if (program[p][rule] + exhaustive[p][rule] <= best + Search.MARGIN) {
                    assertEquals(exhaustive[p][rule], got, 1e-9, "rule " + rule + " pair " + p);
                    exact++;
                } else {
                    assertTrue(got >= exhaustive[p][rule] - 1e-9);
                }
            }
        }
        assertTrue(exact > 0);
    }
}
