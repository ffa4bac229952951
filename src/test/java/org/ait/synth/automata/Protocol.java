package org.ait.synth.automata;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The acceptance protocol of issue 12: for each rule, seeded random initial rows, a diagram from the naive
 * simulator, optionally noisy or a window of a wider run; identification is correct when the true rule is in the
 * best tie group and every member of that group has as many exceptions as the true rule (they reproduce the data
 * equally well).
 */
final class Protocol {

    /** Tally of one sweep. */
    static final class Tally {
        int runs;
        int correct;
        int ties;
        final List<String> failures = new ArrayList<>();

        double rate() {
            return runs == 0 ? 0 : correct / (double) runs;
        }

        @Override
        public String toString() {
            return String.format("%d/%d correct (%.2f %%), %d with ties, first failures %s", correct, runs,
                    100 * rate(), ties, failures.subList(0, Math.min(10, failures.size())));
        }
    }

    private Protocol() {
    }

    static byte[] randomRow(UniformRandomProvider rng, int width, int colours) {
        byte[] row = new byte[width];
        for (int x = 0; x < width; x++) {
            row[x] = (byte) rng.nextInt(colours);
        }
        return row;
    }

    /** Rules of the sweep: all when the family is small, otherwise {@code sample} seeded random ones. */
    static int[] rules(RuleFamily family, int sample, long seed) {
        if (family.rules() <= sample) {
            int[] all = new int[family.rules()];
            for (int r = 0; r < all.length; r++) {
                all[r] = r;
            }
            return all;
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int[] some = new int[sample];
        for (int i = 0; i < sample; i++) {
            some[i] = rng.nextInt(family.rules());
        }
        return some;
    }

    /** A full diagram of {@code width} x {@code steps}, flips at rate {@code noise}. */
    static Tally sweep(RuleFamily family, int[] rules, int seeds, int width, int steps, double noise) {
        return sweep(family, rules, seeds, width, steps, noise, 0, 0);
    }

    /**
     * The sweep: for each rule and seed a run from a random row (cyclic boundary for even seeds, zero for odd ones),
     * with flips at rate {@code noise}. When {@code runWidth} > 0 the run is that wide and {@code start + steps}
     * long, and the diagram is the window of its last {@code steps} steps and central {@code width} columns.
     */
    static Tally sweep(RuleFamily family, int[] rules, int seeds, int width, int steps, double noise, int runWidth,
            int start) {
        return sweep(RuleIdentifier.of(family).limit(1, 1000), family, rules, seeds, width, steps, noise, runWidth,
                start);
    }

    /** {@link #sweep} with a given identifier (e.g. one told the boundary is a window). */
    static Tally sweep(RuleIdentifier identifier, RuleFamily family, int[] rules, int seeds, int width, int steps,
            double noise, int runWidth, int start) {
        Tally tally = new Tally();
        for (int rule : rules) {
            for (int seed = 0; seed < seeds; seed++) {
                long s = rule * 1000L + seed;
                UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(s);
                Boundary truth = seed % 2 == 0 ? Boundary.CYCLIC : Boundary.ZERO;
                int w = runWidth > 0 ? runWidth : width;
                Diagram d = Diagram.ofRows(Naive.run(family, rule, truth, randomRow(rng, w, family.colours()),
                        start + steps));
                if (runWidth > 0) {
                    d = d.window(start, steps, (runWidth - width) / 2, width);
                }
                if (noise > 0) {
                    d = d.withFlips(noise, family.colours(), s + 7);
                }
                judge(tally, identifier.identify(d), family, rule, d, noise == 0, "rule " + rule + " seed " + seed);
            }
        }
        return tally;
    }

    /**
     * Counts a run correct when the true rule is in the best tie group. When that group reproduces noise-free data
     * without exceptions, also checks with the naive simulator that every member does.
     */
    static void judge(Tally tally, Identification id, RuleFamily family, int rule, Diagram d, boolean clean,
            String label) {
        tally.runs++;
        TieGroup best = id.best();
        boolean ok = best.contains(family, rule) && best.complete();
        if (ok && clean && best.best().exceptions() == 0) {
            for (Candidate c : best.members()) {
                CaProgram p = c.program();
                ok &= Naive.exceptions(p.family(), p.rule(), p.boundary(), d) == 0;
            }
        }
        if (ok) {
            tally.correct++;
            tally.ties += best.size() > 1 ? 1 : 0;
        } else {
            CaProgram top = best.best().program();
            tally.failures.add(label + " -> " + top.family().ruleName(top.rule()) + " " + top.boundary().label()
                    + (best.size() > 1 ? " +" + (best.size() - 1) : ""));
        }
    }

    /**
     * Life-like sweep: for each rule and seed a random frame (density 1/2) on a side x side torus, {@code frames}
     * frames by the naive simulator; correct when the true rule's tie group is the best one. When the best group
     * has no exceptions, every listed member must reproduce the data by the naive simulator.
     */
    /** Named Life-like rules: Life, HighLife, Seeds, Day & Night, Replicator, Diamoeba, Maze, 2x2, Morley, ... */
    static final String[] NAMED_LIFE = {"B3/S23", "B36/S23", "B2/S", "B3678/S34678", "B1357/S1357",
        "B35678/S5678", "B3/S12345", "B36/S125", "B368/S245", "B4678/S35678", "B3/S012345678", "B3/S45678",
        "B1/S1", "B345/S5", "B357/S1358", "B234/S", "B45678/S2345", "B3678/S235678", "B378/S235678", "B345/S4567"};

    static int[] namedLife() {
        int[] rules = new int[NAMED_LIFE.length];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = RuleFamily.LIFE_LIKE.parseRule(NAMED_LIFE[i]);
        }
        return rules;
    }

    static Tally lifeSweep(int[] rules, int seeds, int side, int frames) {
        Tally tally = new Tally();
        RuleIdentifier identifier = RuleIdentifier.of(RuleFamily.LIFE_LIKE).boundaries(Boundary.CYCLIC).limit(1, 50);
        for (int rule : rules) {
            boolean[] born = new boolean[9];
            boolean[] survives = new boolean[9];
            for (int n = 0; n <= 8; n++) {
                born[n] = (rule >> n & 1) == 1;
                survives[n] = (rule >> (9 + n) & 1) == 1;
            }
            for (int seed = 0; seed < seeds; seed++) {
                UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(rule * 1000L + seed);
                byte[][] f = new byte[frames][];
                f[0] = randomRow(rng, side * side, 2);
                for (int t = 1; t < frames; t++) {
                    f[t] = Naive.lifeLike(born, survives, side, side, f[t - 1]);
                }
                Diagram d = Diagram.ofFrames(side, side, f);
                Identification id = identifier.identify(d);
                tally.runs++;
                Candidate truth = id.candidate(RuleFamily.LIFE_LIKE, rule, Boundary.CYCLIC);
                boolean ok = truth.tieGroup() == 0;
                if (ok && id.best().best().exceptions() == 0) {
                    for (Candidate c : id.best().members()) {
                        ok &= lifeExceptions(c.program().rule(), d) == 0;
                    }
                }
                if (ok) {
                    tally.correct++;
                    tally.ties += id.best().size() > 1 ? 1 : 0;
                } else {
                    tally.failures.add(RuleFamily.LIFE_LIKE.ruleName(rule) + " seed " + seed + " -> "
                            + RuleFamily.LIFE_LIKE.ruleName(id.best().best().program().rule()));
                }
            }
        }
        return tally;
    }

    /** One-step exceptions of a Life-like rule on a torus diagram, by the naive simulator. */
    static int lifeExceptions(int rule, Diagram d) {
        boolean[] born = new boolean[9];
        boolean[] survives = new boolean[9];
        for (int n = 0; n <= 8; n++) {
            born[n] = (rule >> n & 1) == 1;
            survives[n] = (rule >> (9 + n) & 1) == 1;
        }
        int wrong = 0;
        for (int t = 1; t < d.steps(); t++) {
            byte[] p = Naive.lifeLike(born, survives, d.height(), d.width(), d.cells(t - 1));
            for (int i = 0; i < p.length; i++) {
                wrong += p[i] != d.cell(t, i) ? 1 : 0;
            }
        }
        return wrong;
    }
}
