package org.ait.ctm;

import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.ait.tm.MachineSpace;
import org.ait.tm.TuringMachine;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * An independent check of an exhaustive 1D table: random machines of its space, drawn uniformly, each run plainly
 * from a blank tape to the table's cutoff ({@link TuringMachine#run}: no tree, no shared prefixes, no non-halting
 * detectors). Every output a sampled machine prints must be in the table (up to the length it keeps); the share that
 * halts must agree with H0 / |space|, and the shares of the frequent patterns with C(pattern) / |space|, within
 * sampling error (a z-score for halting, a chi-squared test over the patterns expected at least
 * {@link #MIN_EXPECTED} times, the rest of the halting runs and the non-halting ones). Draws come in fixed chunks,
 * each with its own seed, so the result does not depend on the thread count.
 */
public final class SampleCheck {

    /** Machines per chunk (one seed each). */
    static final int CHUNK = 10_000;
    /** Patterns expected fewer times than this share one bin of the chi-squared test. */
    static final double MIN_EXPECTED = 20;
    /** Patterns tested on their own are looked for among the strings up to this length. */
    static final int MAX_BIN_LENGTH = 14;

    /**
     * What the sample showed. {@code missing} counts sampled outputs that the table lacks although it keeps their
     * length (any is a contradiction); {@code beyond} the outputs longer than the table keeps.
     */
    public record Result(long machines, int maxSteps, long halted, double expectedHalted, double haltingZ,
            int bins, double chiSquared, double pValue, String worstPattern, double worstZ, long missing,
            String firstMissing, long beyond) {

        /** Whether the table passes at the given limits (|z| of halting, p-value of the chi-squared test). */
        public boolean passed(double zLimit, double pLimit) {
            return missing == 0 && Math.abs(haltingZ) <= zLimit && pValue >= pLimit;
        }

        /** The fields in order, for JSON. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("machines", machines);
            m.put("max_steps", maxSteps);
            m.put("halted", halted);
            m.put("expected_halted", expectedHalted);
            m.put("halting_z", haltingZ);
            m.put("bins", bins);
            m.put("chi_squared", chiSquared);
            m.put("p_value", pValue);
            m.put("worst_pattern", worstPattern);
            m.put("worst_pattern_z", worstZ);
            m.put("outputs_missing_from_table", missing);
            m.put("first_missing", firstMissing);
            m.put("outputs_beyond_kept_length", beyond);
            return m;
        }
    }

    private SampleCheck() {
    }

    /** The step cutoff the table was built with. */
    public static int cutoff(CtmTable table) {
        return ((Number) table.provenance().asMap().get(Provenance.MAX_STEPS)).intValue();
    }

    /**
     * Samples {@code machines} machines of the table's space (seeded) and compares them with the table.
     *
     * @param maxSteps the cutoff the machines are run to: the table's own for a check (another value shows what a
     *                 disagreement looks like)
     * @param progress receives the number of machines run so far, after each chunk
     * @throws IllegalArgumentException for a 2D or sampled table, or a space whose size does not fit in a long
     */
    public static Result run(CtmTable table, long machines, long seed, int maxSteps, int threads,
            LongConsumer progress) {
        Map<String, Object> p = table.provenance().asMap();
        if (table.dimensions() != 1 || table.sampled()) {
            throw new IllegalArgumentException("table " + table.name() + " is " + (table.sampled() ? "sampled" : "2D")
                    + ": verify checks exhaustive 1D tables");
        }
        MachineSpace space = new MachineSpace(1, ((Number) p.get(Provenance.STATES)).intValue(), table.symbols());
        if (!space.fitsInLong()) {
            throw new IllegalArgumentException("the space of " + table.name() + " is too large to draw from");
        }
        Object kept = p.get(Provenance.MAX_KEPT_LENGTH);
        int keptLength = kept == null ? Integer.MAX_VALUE : ((Number) kept).intValue();
        long size = space.size().longValueExact();
        int chunks = (int) ((machines + CHUNK - 1) / CHUNK);
        Tally total = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Tally>> parts = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                long count = Math.min(CHUNK, machines - (long) c * CHUNK);
                parts.add(pool.submit(() -> runChunk(space, size, seed, chunk, count, maxSteps)));
            }
            long done = 0;
            for (int c = 0; c < chunks; c++) {
                Tally t = parts.get(c).get();
                total.add(t);
                done += t.machines;
                progress.accept(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return compare(table, size, keptLength, total, maxSteps);
    }

    /** Counts of one chunk: halting runs and the canonical pattern of each output. */
    private static final class Tally {
        long machines;
        long halted;
        final Object2LongOpenHashMap<String> outputs = new Object2LongOpenHashMap<>();

        void add(Tally o) {
            machines += o.machines;
            halted += o.halted;
            for (Object2LongMap.Entry<String> e : o.outputs.object2LongEntrySet()) {
                outputs.addTo(e.getKey(), e.getLongValue());
            }
        }
    }

    private static Tally runChunk(MachineSpace space, long size, long seed, int chunk, long count, int maxSteps) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, chunk});
        byte[] tape = new byte[2 * maxSteps + 3];
        Tally t = new Tally();
        for (long i = 0; i < count; i++) {
            TuringMachine.RunResult r = TuringMachine.fromIndex(space, rng.nextLong(size)).run(maxSteps, tape);
            t.machines++;
            if (r.halted()) {
                t.halted++;
                t.outputs.addTo(r.output(), 1);
            }
        }
        return t;
    }

    private static Result compare(CtmTable table, long size, int keptLength, Tally sample, int maxSteps) {
        double n = sample.machines;
        double pHalt = (double) table.halting() / size;
        double expectedHalted = n * pHalt;
        double haltingZ = (sample.halted - expectedHalted) / Math.sqrt(n * pHalt * (1 - pHalt));
        OutputShape shape = table.shape();
        // observed counts by pattern; outputs the table lacks
        Object2LongOpenHashMap<String> observed = new Object2LongOpenHashMap<>();
        long missing = 0;
        long beyond = 0;
        String firstMissing = null;
        List<String> outputs = new ArrayList<>(sample.outputs.keySet());
        outputs.sort(null);
        for (String s : outputs) {
            long c = sample.outputs.getLong(s);
            if (s.length() > keptLength) {
                beyond += c;
            } else if (table.count(s) == 0) {
                missing += c;
                firstMissing = firstMissing == null ? s : firstMissing;
            } else {
                observed.addTo(shape.canonical(s), c);
            }
        }
        // bins: every pattern up to MAX_BIN_LENGTH expected often enough, the other halting runs, the non-halting
        Bins bins = new Bins();
        for (int len = 1; len <= Math.min(MAX_BIN_LENGTH, table.maxLength()); len++) {
            table.forEachPattern(len, (pattern, complexity) -> {
                String text = shape.text(pattern, table.symbols());
                double expected = n * table.count(text) / size;
                if (expected >= MIN_EXPECTED) {
                    bins.add(text, expected, observed.getLong(text));
                }
            });
        }
        double restExpected = expectedHalted - bins.expected;
        long restObserved = sample.halted - bins.observed;
        double chi = bins.chi;
        chi += restExpected > 0 ? chiTerm(restObserved, restExpected) : 0;
        chi += chiTerm(n - sample.halted, n - expectedHalted);
        int count = bins.count + 2;
        double pValue = 1 - new ChiSquaredDistribution(count - 1).cumulativeProbability(chi);
        return new Result(sample.machines, maxSteps, sample.halted, expectedHalted, haltingZ, count, chi, pValue,
                bins.worst, bins.worstZ, missing, firstMissing, beyond);
    }

    /** One bin's term of the chi-squared statistic. */
    private static double chiTerm(double seen, double expected) {
        return (seen - expected) * (seen - expected) / expected;
    }

    /** The chi-squared bins of single patterns: their sum, totals and the most deviant pattern. */
    private static final class Bins {
        int count;
        double chi;
        double expected;
        long observed;
        String worst = "";
        double worstZ;

        void add(String pattern, double e, long seen) {
            count++;
            chi += chiTerm(seen, e);
            expected += e;
            observed += seen;
            double z = (seen - e) / Math.sqrt(e);
            if (Math.abs(z) > Math.abs(worstZ)) {
                worstZ = z;
                worst = pattern;
            }
        }
    }
}
