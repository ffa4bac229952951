package org.ait.ctm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a table comes from: the machine space, cutoff, method, exact totals, build time, threads and code
 * version. Stored as a JSON object in the table file; field order is kept as written.
 */
public final class Provenance {

    // Field names used across the code base.
    public static final String NAME = "name";
    public static final String DIM = "dim";
    public static final String STATES = "states";
    public static final String SYMBOLS = "symbols";
    public static final String MAX_STEPS = "max_steps";
    public static final String METHOD = "method";
    public static final String SPACE_SIZE = "space_size";
    public static final String HALTING = "h0_halting";
    public static final String PROVED_NON_HALTING = "proved_non_halting";
    public static final String CUT_OFF = "cut_off";
    public static final String EXACT = "exact";
    public static final String PATTERNS = "patterns";
    public static final String DISTINCT_OUTPUTS = "distinct_outputs";
    public static final String MAX_OUTPUT_LENGTH = "max_output_length";
    public static final String TREE_NODES = "tree_nodes";
    public static final String SIMULATED_STEPS = "simulated_steps";
    public static final String SUBTREES = "subtrees";
    public static final String THREADS = "threads";
    public static final String BUILD_SECONDS = "build_seconds";
    public static final String CREATED = "created";
    public static final String CODE_VERSION = "code_version";
    public static final String JAVA_VERSION = "java_version";
    public static final String CONTENT_SHA256 = "content_sha256";
    /** Sampled tables: machines drawn (counts are numbers of draws, H0 the halting draws). */
    public static final String SAMPLES = "samples";
    public static final String SEED = "seed";
    /** Split sampling: segment lengths at which a draw is split, and copies per split. */
    public static final String SPLIT_AT = "split_at";
    public static final String SPLIT_FACTOR = "split_factor";
    /** Split sampling: units per draw (split_factor^levels); counts and H0 are in units. */
    public static final String UNIT = "units_per_draw";
    /** Trimmed tables: the content SHA-256 of the table they were cut from. */
    public static final String TRIMMED_FROM = "trimmed_from_content_sha256";
    /** Sampled 1D tables: longer outputs count in H0 but are not in the table. */
    public static final String MAX_KEPT_LENGTH = "max_kept_length";
    /** Set on a table read with only its outputs up to this side (1D: length); the file has more. */
    public static final String LOADED_MAX_SIDE = "loaded_max_side";
    /** Tables with witness machines: what the witness of an output is. */
    public static final String WITNESSES = "witnesses";
    /** Tables with witness machines: SHA-256 of the (uncompressed) witness section of the file. */
    public static final String WITNESS_SHA256 = "witness_sha256";
    /** Tables whose witnesses were kept for the shorter outputs only: the longest side (1D: length) with witnesses. */
    public static final String WITNESS_MAX_SIDE = "witness_max_side";
    /** 2D tables: outputs with a longer side count in H0 but are not in the table. */
    public static final String MAX_OUTPUT_SIDE = "max_output_side";
    /** Distributed builds: the cluster manager URL (e.g. {@code local[2]}, {@code spark://host:7077}). */
    public static final String CLUSTER = "cluster";
    /** Distributed builds: executors that ran units, and their cores. */
    public static final String EXECUTORS = "executors";
    public static final String EXECUTOR_CORES = "executor_cores";
    /** Distributed builds: work units of the plan and tasks they were grouped into. */
    public static final String WORK_UNITS = "work_units";
    public static final String TASKS = "tasks";

    private final Map<String, Object> fields;

    public Provenance(Map<String, Object> fields) {
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    /** One line a field, "name value", names aligned: how the command line shows a table's provenance. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Object> e : asMap().entrySet()) {
            s.append(String.format("%-19s %s%n", e.getKey(), e.getValue()));
        }
        return s.toString();
    }

    public Provenance with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(fields);
        m.put(key, value);
        return new Provenance(m);
    }

    public Object get(String key) {
        return fields.get(key);
    }

    public String getString(String key) {
        Object v = fields.get(key);
        return v == null ? null : v.toString();
    }

    /** A whole-number field; throws when it is missing or not a number. */
    public long getLong(String key) {
        Object v = fields.get(key);
        if (v instanceof Number num) {
            return num.longValue();
        }
        throw new IllegalStateException("provenance field '" + key + "' is missing or not a number");
    }

    /** The table's dimension (1 when the field is absent, as in tables written before 2D existed). */
    public int dim() {
        Object v = fields.get(DIM);
        return v instanceof Number num ? num.intValue() : 1;
    }

    public int getInt(String key) {
        return Math.toIntExact(getLong(key));
    }
}
