package org.ait.ctm;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ait.tm.EnumerationResult;
import org.ait.tm.MachineSpace;
import org.ait.tm.Witnesses;

/** Turns an exact enumeration into a {@link CtmTable} with its provenance. */
public final class Tables {

    private Tables() {
    }

    /** The version of this code, as recorded in provenance. */
    public static String codeVersion() {
        String v = Tables.class.getPackage().getImplementationVersion();
        if (v == null) {
            try (var in = Tables.class.getResourceAsStream("/org/ait/version.properties")) {
                java.util.Properties p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                    v = p.getProperty("version");
                }
            } catch (java.io.IOException e) {
                v = null;
            }
        }
        return "ait " + (v == null ? "unknown" : v);
    }

    public static CtmTable fromEnumeration(EnumerationResult r) {
        MachineSpace space = r.space();
        int k = space.symbols();
        OutputShape shape = OutputShape.of(space.dim());
        boolean twoD = shape == OutputShape.ARRAY;
        Long2LongOpenHashMap patterns = new Long2LongOpenHashMap(r.counts().size());
        for (Long2LongMap.Entry e : r.counts().long2LongEntrySet()) {
            patterns.addTo(shape.canonical(e.getLongKey(), k), e.getLongValue());
        }
        Object2LongOpenHashMap<String> longPatterns = new Object2LongOpenHashMap<>();
        for (Object2LongMap.Entry<String> e : r.longCounts().object2LongEntrySet()) {
            longPatterns.addTo(shape.canonical(e.getKey()), e.getLongValue());
        }
        int bb = k == 2 ? MachineSpace.busyBeaverSteps(space.states()) : -1;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(Provenance.NAME, space.tableName());
        p.put(Provenance.DIM, space.dim());
        p.put(Provenance.STATES, space.states());
        p.put(Provenance.SYMBOLS, k);
        p.put(Provenance.MAX_STEPS, r.maxSteps());
        p.put(Provenance.METHOD, twoD
                ? "exhaustive weighted tree enumeration of turmites (blank-0 grid, rotation and reflection symmetry, "
                        + "non-halting detectors: closed state sets, runs out of the visited rectangle, configuration repeats)"
                : "exhaustive weighted tree enumeration (blank-0 tape, mirror symmetry, "
                        + "non-halting detectors: fresh-cell runs, configuration repeats, translated cyclers)");
        if (r.spec().method() instanceof org.ait.tm.BuildMethod.Sampled sample) {
            p.put(Provenance.METHOD, "random sample: " + sample.draws() + " machines drawn uniformly (transitions drawn"
                    + " when first read), run with the non-halting detectors; counts are numbers of draws; 95% Wilson"
                    + " intervals per pattern");
            p.put(Provenance.SAMPLES, sample.draws());
            p.put(Provenance.SEED, sample.seed());
            if (sample.split().splits()) {
                p.put(Provenance.METHOD, "random sample with multilevel splitting: " + sample.draws() + " machines drawn"
                        + " uniformly (transitions drawn when first read), run with the non-halting detectors; a run"
                        + " reaching a branch point with a visited segment of split_at[j] cells (after j splits)"
                        + " continues as split_factor independent copies of 1/split_factor of its weight; counts and"
                        + " H0 are in units of 1/units_per_draw of a draw (unbiased); 95% intervals from Kish"
                        + " effective counts per pattern");
                p.put(Provenance.SPLIT_AT, java.util.Arrays.stream(sample.split().at()).boxed().toList());
                p.put(Provenance.SPLIT_FACTOR, sample.split().factor());
                p.put(Provenance.UNIT, sample.split().unit());
            }
        }
        p.put(Provenance.EXACT, bb > 0 && r.maxSteps() >= bb && !twoD && !r.sampled());
        if (r.spec().maxSide() != org.ait.tm.BuildSpec.ALL) {
            p.put(shape.maxSideKey(), r.spec().maxSide());
        }
        p.put(Provenance.SPACE_SIZE, space.size());
        p.put(Provenance.HALTING, r.halting());
        p.put(Provenance.PROVED_NON_HALTING, r.provedNonHalting());
        p.put(Provenance.CUT_OFF, r.cutOff());
        p.put(Provenance.TREE_NODES, r.nodes());
        p.put(Provenance.SIMULATED_STEPS, r.steps());
        p.put(Provenance.SUBTREES, r.stats().units());
        p.put(Provenance.THREADS, r.stats().workers());
        p.put(Provenance.BUILD_SECONDS, Math.round(r.stats().elapsedNanos() / 1e6) / 1e3);
        p.put(Provenance.CREATED, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        p.put(Provenance.CODE_VERSION, codeVersion());
        p.put(Provenance.JAVA_VERSION, System.getProperty("java.version"));
        if (r.witnesses() != null) {
            p.put(Provenance.WITNESSES, WITNESS_ORDER);
        }
        Estimate estimate = r.spec().method().countsMachines() ? new Estimate.Exact()
                : new Estimate.Sampled(r.spec().unit());
        CtmTable draft = new CtmTable(new Provenance(p), shape, estimate, k, r.halting(), patterns, longPatterns,
                r.squareExcess());
        if (r.witnesses() != null) {
            if (r.witnesses().size() != draft.patterns()) {
                throw new IllegalStateException(r.witnesses().size() + " witnesses for " + draft.patterns()
                        + " patterns: the enumeration is wrong");
            }
            Witnesses w = r.witnesses();
            draft = draft.withWitnesses(() -> w);
        }
        p.put(Provenance.PATTERNS, draft.patterns());
        p.put(Provenance.DISTINCT_OUTPUTS, draft.distinctOutputs());
        p.put(Provenance.MAX_OUTPUT_LENGTH, draft.maxLength());
        return draft.withProvenance(new Provenance(p));
    }

    /** What a table's witnesses are, as its provenance states it ({@link Provenance#WITNESSES}). */
    static final String WITNESS_ORDER = "for every output, the least machine printing it from a blank tape: fewest"
            + " states visited, then fewest defined transitions (a tree leaf; transitions its run never reads are ---),"
            + " then fewest steps, then the text of the machine as walked (turned so that its first move goes right and"
            + " its first vertical move down), then the symmetry; from the blank-0 tape unless a strictly smaller"
            + " machine prints the complement from blank 0 (then blank 1 and that machine complemented)";

    /**
     * The same table (same counts and values) with witnesses for the outputs whose longest side (1D: length) is at most
     * maxSide only: a smaller file where the witnesses of the longest outputs are not wanted. Provenance records the
     * limit.
     */
    public static CtmTable witnessesUpTo(CtmTable table, int maxSide) {
        OutputShape shape = table.shape();
        Witnesses w = table.witnesses().filter(p -> shape.longestSide(p, 2) <= maxSide,
                p -> shape.longestSide(p) <= maxSide);
        Map<String, Object> p = new LinkedHashMap<>(table.provenance().asMap());
        p.put(Provenance.WITNESS_MAX_SIDE, maxSide);
        p.remove(Provenance.WITNESS_SHA256);
        return table.withProvenance(new Provenance(p)).withWitnesses(() -> w);
    }

    /**
     * A table without the outputs longer than maxSide (1D) or with a side longer than maxSide (2D): same H0 and
     * values, fewer rows (for a small table to ship and load fast). Provenance records the limit and the source's
     * content checksum.
     */
    public static CtmTable trimmed(CtmTable table, int maxSide) {
        OutputShape shape = table.shape();
        int k = table.symbols();
        Long2LongOpenHashMap patterns = new Long2LongOpenHashMap(table.patternCounts().size());
        for (Long2LongMap.Entry e : table.patternCounts().long2LongEntrySet()) {
            if (shape.longestSide(e.getLongKey(), k) <= maxSide) {
                patterns.put(e.getLongKey(), e.getLongValue());
            }
        }
        Object2LongOpenHashMap<String> longPatterns = new Object2LongOpenHashMap<>();
        for (Object2LongMap.Entry<String> e : table.longPatternCounts().object2LongEntrySet()) {
            if (shape.longestSide(e.getKey()) <= maxSide) {
                longPatterns.put(e.getKey(), e.getLongValue());
            }
        }
        Long2LongOpenHashMap excess = new Long2LongOpenHashMap();
        for (Long2LongMap.Entry e : table.squareExcess().long2LongEntrySet()) {
            if (patterns.containsKey(e.getLongKey())) {
                excess.put(e.getLongKey(), e.getLongValue());
            }
        }
        Map<String, Object> p = new LinkedHashMap<>(table.provenance().asMap());
        p.put(shape.maxSideKey(), maxSide);
        p.put(Provenance.TRIMMED_FROM, table.provenance().getString(Provenance.CONTENT_SHA256));
        p.remove(Provenance.CONTENT_SHA256);
        p.remove(Provenance.LOADED_MAX_SIDE);
        p.remove(Provenance.WITNESS_SHA256);
        CtmTable draft = new CtmTable(new Provenance(p), shape, table.estimate(), k, table.halting(), patterns,
                longPatterns, excess);
        if (table.hasWitnesses()) {
            Witnesses w = table.witnesses().filter(patterns::containsKey, longPatterns::containsKey);
            draft = draft.withWitnesses(() -> w);
        }
        p.put(Provenance.PATTERNS, draft.patterns());
        p.put(Provenance.DISTINCT_OUTPUTS, draft.distinctOutputs());
        p.put(Provenance.MAX_OUTPUT_LENGTH, draft.maxLength());
        return draft.withProvenance(new Provenance(p));
    }
}
