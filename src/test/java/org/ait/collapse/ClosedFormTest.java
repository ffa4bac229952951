package org.ait.collapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ait.collapse.data.Reals;
import org.ait.collapse.data.Symbols;
import org.ait.collapse.generators.CategoricalGenerator;
import org.ait.collapse.generators.GaussianGenerator;
import org.ait.collapse.learners.CategoricalMle;
import org.ait.collapse.learners.CategoricalModel;
import org.ait.collapse.learners.GaussianLearner;
import org.ait.collapse.learners.GaussianModel;
import org.ait.collapse.learners.KdeLearner;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Every closed form of collapse.md, reproduced by the harness's own loop within 3 standard errors over at least 400
 * seeds (the mean fixation time, a diffusion approximation, within 5 %); and every check rejects a subtly wrong learner
 * ({@link Mutants}; the Gaussian checks the unbiased variance where maximum likelihood is asked, and the converse).
 * The expected values are computed here from the formulas, never from the code under test.
 */
class ClosedFormTest {

    static final int K = 10;
    static final int N = 100;
    static final int SEEDS = 400;

    /** Collision probability S_t of the categorical MLE at the given generations, one array per generation. */
    static double[][] collisions(Configuration<Symbols> c, int[] at, int seeds) {
        double[][] s = new double[at.length][seeds];
        for (int r = 0; r < seeds; r++) {
            int rr = r;
            Loop.run(c, r, false, step -> {
                for (int i = 0; i < at.length; i++) {
                    if (step.generation() == at[i]) {
                        CategoricalModel m = (CategoricalModel) step.model();
                        double v = 0;
                        for (int j = 0; j < K; j++) {
                            v += m.p(j) * m.p(j);
                        }
                        s[i][rr] = v;
                    }
                }
            });
        }
        return s;
    }

    static Configuration<Symbols> categorical(Learner<Symbols> l, String alpha, Mode mode, int generations) {
        return new Configuration<>(CategoricalGenerator.uniform(K), l, Schedule.parse(alpha), mode, N, generations);
    }

    @Test
    void collisionProbabilityGrowsAsTheRecurrencePredicts() {
        int[] at = {0, 10, 50, 100, 300};
        double[][] s = collisions(categorical(CategoricalMle.mle(), "0", Mode.REPLACE, 300), at, SEEDS);
        double s0 = Oracle.estimate(s[0]).mean();
        double[] published = {.109, .196, .463, .675, .954};
        for (int i = 0; i < at.length; i++) {
            // E[S_t] = 1 - (1 - 1/n)^t (1 - S_0), with E[S_0] = 1/K + (1 - 1/K)/n for the first MLE fit
            double expected = 1 - Math.pow(1 - 1.0 / N, at[i]) * (1 - (1.0 / K + (1 - 1.0 / K) / N));
            Oracle.Estimate e = Oracle.estimate(s[i]);
            System.out.println(e.report("E[S_" + at[i] + "]", expected));
            // collapse.md rounds: .196 at t = 10 is .1942 by its own formula
            assertEquals(published[i], expected, 0.0025, "collapse.md's table");
            assertTrue(e.agrees(expected, 3), e.report("E[S_" + at[i] + "]", expected));
        }
        assertTrue(Math.abs(s0 - 0.109) < 0.01);
    }

    @Test
    void subtlyWrongLearnersFailTheCollisionCheck() {
        // add-0.01 smoothing where maximum likelihood is asked keeps every symbol alive; a sampling temperature of
        // 0.95 speeds the collapse up.
        double expected = 1 - Math.pow(1 - 1.0 / N, 100) * (1 - (1.0 / K + (1 - 1.0 / K) / N));
        for (Learner<Symbols> wrong : List.of(CategoricalMle.addBeta(0.01), Mutants.tempered(0.99))) {
            double[][] s = collisions(categorical(wrong, "0", Mode.REPLACE, 100), new int[] {100}, SEEDS);
            Oracle.Estimate e = Oracle.estimate(s[0]);
            System.out.println("wrong learner " + wrong.name() + ": " + e.report("E[S_100]", expected));
            assertFalse(e.agrees(expected, 3), e.report("E[S_100]", expected));
        }
    }

    /** Absorption of the categorical MLE: the absorbing symbol and the generation, per seed. */
    record Absorption(int symbol, int time) {
    }

    static List<Absorption> absorptions(CategoricalGenerator g, Learner<Symbols> l, int seeds, int maxGenerations) {
        Configuration<Symbols> c = new Configuration<>(g, l, Schedule.parse("0"), Mode.REPLACE, N, maxGenerations);
        List<Absorption> out = new ArrayList<>();
        for (int r = 0; r < seeds; r++) {
            Absorption[] a = {null};
            Loop.run(c, r, false, step -> {
                if (a[0] == null) {
                    CategoricalModel m = (CategoricalModel) step.model();
                    for (int j = 0; j < g.pmf().length; j++) {
                        if (m.p(j) == 1) {
                            a[0] = new Absorption(j, step.generation());
                        }
                    }
                }
            });
            assertTrue(a[0] != null, "seed " + r + " not absorbed within " + maxGenerations + " generations");
            out.add(a[0]);
        }
        return out;
    }

    /** Whether P(absorbed on j) = p_j for every symbol within 3 standard errors, for the learner. */
    static boolean fixationProbabilitiesAgree(Learner<Symbols> l, String label) {
        CategoricalGenerator zipf = CategoricalGenerator.zipf(5, 1);
        List<Absorption> a = absorptions(zipf, l, SEEDS, 3000);
        double[] p = zipf.pmf();
        boolean all = true;
        for (int j = 0; j < p.length; j++) {
            double[] hit = new double[a.size()];
            for (int r = 0; r < a.size(); r++) {
                hit[r] = a.get(r).symbol() == j ? 1 : 0;
            }
            Oracle.Estimate e = Oracle.estimate(hit);
            System.out.println(label + e.report("P(absorbed on " + j + ")", p[j]));
            all &= e.agrees(p[j], 3);
        }
        return all;
    }

    @Test
    void fixationProbabilityIsTheInitialFrequency() {
        assertTrue(fixationProbabilitiesAgree(CategoricalMle.mle(), ""));
        assertFalse(fixationProbabilitiesAgree(Mutants.tempered(0.99), "wrong learner, temperature 0.99: "),
                "the check rejects a learner sampled at temperature 0.99");
    }

    /** Mean absorption time of the learner over its expected value (uniform K = 10, n = 100). */
    static double fixationTimeRatio(Learner<Symbols> l, String label) {
        List<Absorption> a = absorptions(CategoricalGenerator.uniform(K), l, SEEDS, 3000);
        double expected = 0;
        for (int j = 0; j < K; j++) {
            expected += -2.0 * N * (1 - 1.0 / K) * Math.log(1 - 1.0 / K);
        }
        assertEquals(189.6, expected, 0.1);
        double[] t = a.stream().mapToDouble(Absorption::time).toArray();
        Oracle.Estimate e = Oracle.estimate(t);
        System.out.println(label + e.report("mean fixation time", expected));
        return e.mean() / expected;
    }

    @Test
    void meanFixationTimeMatchesTheDiffusionApproximation() {
        // The diffusion approximation is not exact at n = 100: within 5 %, as the issue asks ("within a few %").
        assertEquals(1, fixationTimeRatio(CategoricalMle.mle(), ""), 0.05);
        double wrong = fixationTimeRatio(Mutants.tempered(0.99), "wrong learner, temperature 0.99: ");
        assertTrue(Math.abs(wrong - 1) > 0.05, "the check rejects a learner sampled at temperature 0.99: " + wrong);
    }

    @Test
    void entropyNeverRisesInExpectation() {
        int[] at = {0, 5, 10, 20, 40, 80, 160};
        Configuration<Symbols> c = categorical(CategoricalMle.mle(), "0", Mode.REPLACE, 160);
        double[] mean = new double[at.length];
        for (int r = 0; r < SEEDS; r++) {
            Loop.run(c, r, false, step -> {
                for (int i = 0; i < at.length; i++) {
                    if (step.generation() == at[i]) {
                        mean[i] += step.model().entropyBits() / SEEDS;
                    }
                }
            });
        }
        for (int i = 1; i < at.length; i++) {
            assertTrue(mean[i] < mean[i - 1], "mean entropy rose between generations " + at[i - 1] + " and " + at[i]);
        }
    }

    /** Per-seed (ln var_T - ln var_0) / T, and (mu_T - mu_0)^2 / var_0, of a Gaussian learner. */
    static double[][] gaussianDrift(Learner<Reals> l, int generations, int seeds) {
        Configuration<Reals> c = new Configuration<>(new GaussianGenerator(0, 1), l, Schedule.parse("0"), Mode.REPLACE,
                N, generations);
        double[][] out = new double[2][seeds];
        for (int r = 0; r < seeds; r++) {
            double[] first = new double[2];
            int rr = r;
            Loop.run(c, r, false, step -> {
                GaussianModel m = (GaussianModel) step.model();
                if (step.generation() == 0) {
                    first[0] = m.mean();
                    first[1] = m.variance();
                } else if (step.generation() == generations) {
                    out[0][rr] = (Math.log(m.variance()) - Math.log(first[1])) / generations;
                    out[1][rr] = (m.mean() - first[0]) * (m.mean() - first[0]) / first[1];
                }
            });
        }
        return out;
    }

    static final double MLE_DRIFT = Gamma.digamma((N - 1) / 2.0) + Math.log(2.0 / N);
    static final double UNBIASED_DRIFT = Gamma.digamma((N - 1) / 2.0) + Math.log(2.0 / (N - 1));

    @Test
    void gaussianLogVarianceDriftsAsPredicted() {
        int t = 50;
        Oracle.Estimate mle = Oracle.estimate(gaussianDrift(GaussianLearner.mle(), t, SEEDS)[0]);
        Oracle.Estimate unb = Oracle.estimate(gaussianDrift(GaussianLearner.unbiased(), t, SEEDS)[0]);
        System.out.println(mle.report("MLE log-variance drift per generation", MLE_DRIFT));
        System.out.println(unb.report("unbiased log-variance drift per generation", UNBIASED_DRIFT));
        assertTrue(mle.agrees(MLE_DRIFT, 3), mle.report("MLE drift", MLE_DRIFT));
        assertTrue(unb.agrees(UNBIASED_DRIFT, 3), unb.report("unbiased drift", UNBIASED_DRIFT));
        assertTrue(UNBIASED_DRIFT < 0, "the unbiased variance collapses too");
    }

    @Test
    void unbiasedVarianceFailsTheMleCheck() {
        // The subtly wrong learner: unbiased variance where maximum likelihood is asked. Same check, same seeds.
        Oracle.Estimate wrong = Oracle.estimate(gaussianDrift(GaussianLearner.unbiased(), 50, SEEDS)[0]);
        System.out.println("wrong learner gaussian-unbiased " + wrong.report("MLE log-variance drift", MLE_DRIFT));
        assertFalse(wrong.agrees(MLE_DRIFT, 3), wrong.report("MLE drift", MLE_DRIFT));
        Oracle.Estimate wrong2 = Oracle.estimate(gaussianDrift(GaussianLearner.mle(), 50, SEEDS)[0]);
        assertFalse(wrong2.agrees(UNBIASED_DRIFT, 3), wrong2.report("unbiased drift", UNBIASED_DRIFT));
    }

    @Test
    void meanDriftsAsPredicted() {
        int t = 50;
        int seeds = 1000;
        double mleExpected = 1 - Math.pow((N - 1.0) / N, t);
        double unbExpected = t / (double) N;
        Oracle.Estimate mle = Oracle.estimate(gaussianDrift(GaussianLearner.mle(), t, seeds)[1]);
        Oracle.Estimate unb = Oracle.estimate(gaussianDrift(GaussianLearner.unbiased(), t, seeds)[1]);
        System.out.println(mle.report("MLE E[(mu_t - mu_0)^2] / sigma0^2, t=50", mleExpected));
        System.out.println(unb.report("unbiased E[(mu_t - mu_0)^2] / sigma0^2, t=50", unbExpected));
        assertTrue(mle.agrees(mleExpected, 3), mle.report("MLE mean drift", mleExpected));
        assertTrue(unb.agrees(unbExpected, 3), unb.report("unbiased mean drift", unbExpected));
        assertFalse(unb.agrees(mleExpected, 3), "the wrong learner is told apart by the mean drift too");
    }

    /** The mean collision of generations 200-300 at alpha = 0.1, over seeds. */
    static Oracle.Estimate floor(Learner<Symbols> l) {
        int[] at = new int[101];
        for (int i = 0; i <= 100; i++) {
            at[i] = 200 + i;
        }
        double[][] s = collisions(categorical(l, "0.1", Mode.REPLACE, 300), at, SEEDS);
        double[] perSeed = new double[SEEDS];
        for (int r = 0; r < SEEDS; r++) {
            for (int i = 0; i < at.length; i++) {
                perSeed[r] += s[i][r] / at.length;
            }
        }
        return Oracle.estimate(perSeed);
    }

    @Test
    void constantAlphaSettlesAtTheFloor() {
        double alpha = 0.1;
        double sStar = 1.0 / K;
        double q = (1 - 1.0 / N) * (1 - alpha) * (1 - alpha);
        double expected = ((1 - 1.0 / N) * (1 - (1 - alpha) * (1 - alpha)) * sStar + 1.0 / N) / (1 - q);
        Oracle.Estimate e = floor(CategoricalMle.mle());
        System.out.println(e.report("S_inf at alpha = 0.1 (mean of generations 200-300)", expected));
        assertTrue(e.agrees(expected, 3), e.report("S_inf", expected));
        Oracle.Estimate wrong = floor(Mutants.tempered(0.99));
        System.out.println("wrong learner, temperature 0.99: " + wrong.report("S_inf at alpha = 0.1", expected));
        assertFalse(wrong.agrees(expected, 3), wrong.report("S_inf", expected));
    }

    @Test
    void accumulateKeepsTheSupport() {
        Configuration<Symbols> c = categorical(CategoricalMle.mle(), "0", Mode.ACCUMULATE, 100);
        int[] lost = {0};
        for (int r = 0; r < 200; r++) {
            int[] first = {-1};
            Loop.run(c, r, false, step -> {
                CategoricalModel m = (CategoricalModel) step.model();
                int support = 0;
                for (int j = 0; j < K; j++) {
                    support += m.p(j) > 0 ? 1 : 0;
                }
                if (step.generation() == 0) {
                    first[0] = support;
                } else if (support < first[0]) {
                    lost[0]++;
                }
            });
        }
        assertEquals(0, lost[0], "generations that lost a symbol under ACCUMULATE");
        // ... while REPLACE loses symbols in most seeds within 100 generations.
        double[][] s = collisions(categorical(CategoricalMle.mle(), "0", Mode.REPLACE, 100), new int[] {100}, 200);
        assertTrue(Oracle.estimate(s[0]).mean() > 0.5);
    }

    /** The per-generation variance factor of a KDE learner, over 2,000 seeds. */
    static Oracle.Estimate kdeFactor(Learner<Reals> l) {
        Configuration<Reals> c = new Configuration<>(new GaussianGenerator(0, 1), l, Schedule.parse("0"),
                Mode.REPLACE, N, 1);
        int seeds = 2000;
        double[] ratio = new double[seeds];
        for (int r = 0; r < seeds; r++) {
            double[] v = new double[2];
            Loop.run(c, r, false, step -> v[step.generation()] = step.model().moments()[1]);
            ratio[r] = v[1] / v[0];
        }
        return Oracle.estimate(ratio);
    }

    @Test
    void silvermanKdeInflatesTheVariance() {
        double expected = (N - 1.0) / N + 1.1236 * Math.pow(N, -0.4);
        assertEquals(1.168, expected, 0.0005);
        Oracle.Estimate e = kdeFactor(KdeLearner.silverman());
        System.out.println(e.report("KDE (Silverman) variance factor per generation", expected));
        assertTrue(e.agrees(expected, 3), e.report("KDE inflation", expected));
        Oracle.Estimate wrong = kdeFactor(Mutants.kdeWrongConstant());
        System.out.println("wrong learner, h = 0.9 s n^-1/5: " + wrong.report("KDE variance factor", expected));
        assertFalse(wrong.agrees(expected, 3), wrong.report("KDE inflation", expected));
    }
}
