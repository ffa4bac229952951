package org.ait.collapse.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.ait.collapse.Catalog;
import org.ait.collapse.Configuration;
import org.ait.collapse.Generator;
import org.ait.collapse.Learner;
import org.ait.collapse.Loop;
import org.ait.collapse.Mode;
import org.ait.collapse.Model;
import org.ait.collapse.Schedule;
import org.ait.collapse.Streams;
import org.ait.collapse.Study;
import org.ait.collapse.data.Strings;
import org.ait.collapse.metrics.Row;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The neural language model (built with -Pneural): it trains, gives the same numbers for a seed whatever the number of
 * threads, learns something of the truth at generation 0, and at alpha = 0 loses entropy and support where rule
 * identification keeps both.
 */
class NeuralLmTest {

    @SuppressWarnings("unchecked")
    static Configuration<Strings> config(String generator, String learner, String alpha, int n, int t) {
        Generator<?> g = Catalog.generator(generator);
        return (Configuration<Strings>) Catalog.configuration(g, Catalog.learner(learner, g, 1), Schedule.parse(alpha),
                Mode.REPLACE, n, t);
    }

    @Test
    void namesAndParameters() {
        Generator<?> g = Catalog.generator("eca:110");
        assertEquals("neural-lm", Catalog.learner("neural-lm", g, 1).name());
        assertEquals("neural-lm:16:40", Catalog.learner("neural-lm:16:40", g, 1).name());
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("neural-lm:0", g, 1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("neural-lm:x", g, 1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("neural-lm+warm", g, 1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.learner("neural-lm", Catalog.generator("gaussian:0:1"),
                1));
    }

    @Test
    void sameNumbersForAnyThreadCount() throws Exception {
        Configuration<Strings> a = config("tm:1RB0RA_1-H1RA", "neural-lm:16:40", "0", 30, 2);
        Configuration<Strings> b = config("eca:30:8:4", "neural-lm:8:20", "0.5", 10, 2);
        Study s = Study.of(List.of(a, b), List.of(7L, 8L));
        List<Row> one = s.run(1, null, null);
        List<Row> two = s.run(2, null, null);
        assertEquals(one, two);
        assertEquals(Loop.run(a, 7), one.subList(0, 3));
        assertTrue(Double.isFinite(one.get(2).crossEntropy()), "held-out cross-entropy is defined");
    }

    @SuppressWarnings("unchecked")
    @Test
    void samplerAndScorerAgreeAndProbabilitiesSumToOne() throws Exception {
        // Two independent paths through the network: sampling feeds one symbol at a time and carries the LSTM state,
        // scoring runs whole strings. Over all 64 strings of 6 bits the scores sum to 1, and 20,000 samples fall as
        // the scores say.
        Generator<Strings> g = (Generator<Strings>) Catalog.generator("eca:30:3:2");
        Learner<Strings> l = (Learner<Strings>) Catalog.learner("neural-lm:8:30", g, 1);
        UniformRandomProvider rng = Streams.stream(5, 6, 7);
        Model<Strings> m = l.fit(g.sample(20, rng), null, rng);
        double[] p = new double[64];
        double total = 0;
        for (int v = 0; v < 64; v++) {
            byte[] s = new byte[6];
            for (int j = 0; j < 6; j++) {
                s[j] = (byte) (v >> (5 - j) & 1);
            }
            p[v] = Math.pow(2, m.logLikelihoodBits(new Strings(2, List.of(s))));
            total += p[v];
        }
        assertEquals(1, total, 1e-4, "probabilities of all strings");
        int draws = 20_000;
        Strings sample = m.sample(draws, rng);
        double[] f = new double[64];
        for (int i = 0; i < draws; i++) {
            int v = 0;
            for (byte b : sample.item(i)) {
                v = v << 1 | b;
            }
            f[v] += 1.0 / draws;
        }
        double tv = 0;
        for (int v = 0; v < 64; v++) {
            tv += Math.abs(f[v] - p[v]) / 2;
        }
        assertTrue(tv < 0.03, "TV between samples and scores " + tv);
        ((AutoCloseable) m).close();
    }

    @Test
    void learnsTheMachineBetterThanAnNgramAtGenerationZero() {
        Row neural = Loop.run(config("tm:1RB0RA_1-H1RA", "neural-lm", "0", 100, 0), 1).get(0);
        Row ngram = Loop.run(config("tm:1RB0RA_1-H1RA", "ngram:3", "0", 100, 0), 1).get(0);
        System.out.printf(Locale.ROOT, "tm:1RB0RA_1-H1RA, n = 100, generation 0: TV to truth neural-lm %.3f, ngram:3"
                + " %.3f%n", neural.tvToTruth(), ngram.tvToTruth());
        assertTrue(neural.tvToTruth() < 0.5 && neural.tvToTruth() < ngram.tvToTruth() - 0.3, neural.tvToTruth() + "");
    }

    @Test
    void losesEntropyAndSupportAtAlphaZeroWhereRuleIdentificationKeepsThem() {
        int t = 20;
        int seeds = 2;
        double[] m = new double[6];
        for (long seed = 1; seed <= seeds; seed++) {
            List<Row> rows = Loop.run(config("eca:110:16:10", "neural-lm", "0", 20, t), seed);
            Row a = rows.get(0);
            Row b = rows.get(t);
            double[] v = {a.modelEntropy(), b.modelEntropy(), a.support(), b.support(), a.tvToTruth(), b.tvToTruth()};
            for (int i = 0; i < v.length; i++) {
                m[i] += v[i] / seeds;
            }
        }
        System.out.printf(Locale.ROOT, "eca:110:16:10 neural-lm, alpha = 0, generation 0 -> %d: entropy rate %.3f ->"
                + " %.3f bits, distinct rows %.0f -> %.0f, TV to truth %.3f -> %.3f%n", t, m[0], m[1], m[2], m[3], m[4],
                m[5]);
        assertTrue(m[1] < 0.8 * m[0], "entropy rate falls");
        assertTrue(m[3] < 0.8 * m[2], "support falls");
        assertTrue(m[5] > m[4], "drifts away from the truth");
    }
}
