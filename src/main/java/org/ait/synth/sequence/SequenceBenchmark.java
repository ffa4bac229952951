package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The prediction protocol of d'Ascoli et al. (ICML 2022) on a suite: the first {@code inputTerms} terms of each
 * sequence are given, the best program's next {@code predictTerms} are compared with the listed ones, and a
 * sequence counts as solved when all of them are exact. Sequences run in parallel, each on one thread, so the
 * outcome does not depend on the thread count.
 */
public final class SequenceBenchmark {

    /** One sequence's outcome. {@code predicted} is empty when the best program cannot extend the input. */
    public record Outcome(String id, boolean exact, String className, String program, double bits,
            List<BigInteger> predicted, List<BigInteger> expected, double seconds, boolean timedOut) {
    }

    /** The outcomes and the settings that produced them. */
    public record Report(List<Outcome> outcomes, int inputTerms, int predictTerms, int eligible, long sampleSeed,
            Integer sample, String prior, double timeSeconds, int threads) {

        public long solved() {
            return outcomes.stream().filter(Outcome::exact).count();
        }

        public double rate() {
            return outcomes.isEmpty() ? 0 : (double) solved() / outcomes.size();
        }

        public double medianSeconds() {
            double[] s = outcomes.stream().mapToDouble(Outcome::seconds).sorted().toArray();
            return s.length == 0 ? 0 : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        public double maxSeconds() {
            return outcomes.stream().mapToDouble(Outcome::seconds).max().orElse(0);
        }

        /** Solved sequences per class of the best program. */
        public Map<String, Integer> solvedByClass() {
            Map<String, Integer> m = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (o.exact()) {
                    m.merge(o.className(), 1, Integer::sum);
                }
            }
            return m;
        }
    }

    private final Synthesizer synthesizer;
    private final int inputTerms;
    private final int predictTerms;

    /** @param predictTerms terms to predict; 0 for every remaining listed term */
    public SequenceBenchmark(Synthesizer synthesizer, int inputTerms, int predictTerms) {
        if (inputTerms < 1) {
            throw new IllegalArgumentException("input terms must be at least 1, got " + inputTerms);
        }
        if (predictTerms < 0) {
            throw new IllegalArgumentException("predicted terms must be at least 1, got " + predictTerms);
        }
        this.synthesizer = synthesizer;
        this.inputTerms = inputTerms;
        this.predictTerms = predictTerms;
    }

    /** The entries long enough for the protocol (input + predicted terms; with "all", at least one to predict). */
    public List<SequenceSuite.Entry> eligible(List<SequenceSuite.Entry> suite) {
        int need = inputTerms + Math.max(1, predictTerms);
        return suite.stream().filter(e -> e.terms().length >= need).toList();
    }

    /** A seeded sample of {@code k} entries (all when k >= size), in suite order. */
    public static List<SequenceSuite.Entry> sample(List<SequenceSuite.Entry> entries, int k, long seed) {
        if (k >= entries.size()) {
            return entries;
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int[] idx = java.util.stream.IntStream.range(0, entries.size()).toArray();
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] chosen = Arrays.copyOf(idx, k);
        Arrays.sort(chosen);
        List<SequenceSuite.Entry> out = new ArrayList<>(k);
        for (int i : chosen) {
            out.add(entries.get(i));
        }
        return out;
    }

    /** Runs every entry; {@code progress} receives each outcome as it finishes (in any order). */
    public List<Outcome> run(List<SequenceSuite.Entry> entries, int threads, Consumer<Outcome> progress)
            throws InterruptedException {
        // Time per sequence is the synthesis's own: the one-time tables are built before the first clock starts.
        synthesizer.prepare();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-synth");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (SequenceSuite.Entry e : entries) {
                futures.add(pool.submit(() -> {
                    Outcome o = one(e);
                    synchronized (progress) {
                        progress.accept(o);
                    }
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException ex) {
                    throw new IllegalStateException("synthesis failed: " + ex.getCause(), ex.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One entry under the protocol. */
    public Outcome one(SequenceSuite.Entry e) {
        BigInteger[] t = e.terms();
        int m = predictTerms == 0 ? t.length - inputTerms : Math.min(predictTerms, t.length - inputTerms);
        List<BigInteger> expected = Arrays.asList(Arrays.copyOfRange(t, inputTerms, inputTerms + m));
        long start = System.nanoTime();
        SynthesisResult r = synthesizer.synthesize(Sequence.integers(Arrays.copyOf(t, inputTerms)), m);
        double seconds = (System.nanoTime() - start) / 1e9;
        RankedProgram best = r.best();
        List<BigInteger> predicted = best == null ? List.of() : best.prediction();
        return new Outcome(e.id(), predicted.equals(expected), best == null ? "" : best.program().className(),
                best == null ? "" : best.program().text(), best == null ? Double.NaN : best.bits(), predicted, expected,
                seconds, r.timedOut());
    }

    /** {@code predictions.tsv}: id, class, program, bits, predicted terms. */
    public static String predictionsTsv(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("id\tclass\tprogram\tbits\tpredicted\n");
        for (Outcome o : outcomes) {
            sb.append(o.id()).append('\t').append(o.className()).append('\t').append(o.program().replace('\t', ' '))
                    .append('\t').append(Double.isNaN(o.bits()) ? "" : String.format(Locale.ROOT, "%.3f", o.bits()))
                    .append('\t').append(join(o.predicted())).append('\n');
        }
        return sb.toString();
    }

    /** {@code results.csv}: one row per sequence. */
    public static String resultsCsv(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("id,exact,class,bits,seconds,timed_out,program\n");
        for (Outcome o : outcomes) {
            sb.append(String.format(Locale.ROOT, "%s,%b,%s,%.3f,%.3f,%b,\"%s\"%n", o.id(), o.exact(), o.className(),
                    o.bits(), o.seconds(), o.timedOut(), o.program().replace("\"", "\"\"")));
        }
        return sb.toString();
    }

    /** {@code results.md}: the rate, the times, solved sequences per class, and the settings. */
    public static String resultsMarkdown(String suiteName, Report r, String version) {
        StringBuilder sb = new StringBuilder("# bench-synth: " + suiteName + "\n\n");
        sb.append(String.format(Locale.ROOT, "%d of %d sequences exact (**%.1f %%**): first %d terms given, %s predicted.%n%n",
                r.solved(), r.outcomes().size(), 100 * r.rate(), r.inputTerms(),
                r.predictTerms() == 0 ? "every remaining term" : "the next " + r.predictTerms()));
        sb.append(String.format(Locale.ROOT, "- sequences: %s%n", r.sample() == null
                ? "all " + r.eligible() + " with enough terms"
                : "a seeded sample (seed " + r.sampleSeed() + ") of " + r.outcomes().size() + " of the " + r.eligible()
                        + " with enough terms"));
        sb.append(String.format(Locale.ROOT, "- time per sequence: median %.3f s, max %.3f s (limit %.0f s); %d hit the limit%n",
                r.medianSeconds(), r.maxSeconds(), r.timeSeconds(), r.outcomes().stream().filter(Outcome::timedOut).count()));
        sb.append(String.format(Locale.ROOT, "- prior %s, %d threads, %s%n%n", r.prior(), r.threads(), version));
        sb.append("| class of the best program | solved |\n|---|---:|\n");
        r.solvedByClass().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return sb.toString();
    }

    static String join(List<BigInteger> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            sb.append(i > 0 ? "," : "").append(terms.get(i));
        }
        return sb.toString();
    }
}
