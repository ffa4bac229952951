package org.ait.ctm;

import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.tm.Output2D;
import org.ait.tm.OutputCodec;
import org.ait.tm.Witnesses;

/**
 * A CTM lookup table: for every output pattern P the exact count C(P) = sum of c0(s) over the strings s with
 * that pattern, and H0. A string s with pattern P of j distinct symbols gets
 * {@code D(s) = C(P) / (H0 * k!/(k-j)!)} and {@code K(s) = -log2 D(s)} (formalism §2; for binary,
 * C(P) = c0(s) + c0(complement s)).
 *
 * <p>Lookups are O(1): strings up to {@value #DENSE_BITS} bits index a dense array, longer ones are
 * canonicalised and hashed. Missing strings (not produced within the cutoff) give {@code NaN}. Immutable and
 * thread-safe.
 */
public final class CtmTable {

    static final int DENSE_BITS = 16;
    private static final double LN2 = Math.log(2);

    private final Provenance provenance;
    private final int dim;
    private final OutputShape shape;
    private final Estimate estimate;
    private final int symbols;
    private final int bits;
    private final long halting;
    private final Long2LongOpenHashMap patternCounts;
    private final Object2LongOpenHashMap<String> longPatternCounts;
    private final Long2DoubleOpenHashMap kByPattern;
    private final double[][] dense;
    /** Split-sampled tables: per pattern, sum over draws of x^2 minus unit * C(P) (see {@link #interval}). */
    private final Long2LongOpenHashMap squareExcess;
    private final long unit;
    private final long distinctOutputs;
    private final int maxLength;
    /** The witnesses, decoded on first use (a large table's BDM users never pay for them); null when none. */
    private final Lazy witnesses;

    /**
     * @param provenance        where the table comes from (recorded, never read for behaviour)
     * @param shape             strings or arrays
     * @param estimate          exact counts, or a sample's (with its units per draw)
     * @param patternCounts     C(P) by canonical pattern code
     * @param longPatternCounts C(P) of patterns too long to pack, by canonical pattern string
     * @param squareExcess      split samples: per canonical pattern, the sum over draws of x^2 minus unit * C(P), x =
     *                          the draw's units on the pattern (absent: 0, as for every draw that was not split)
     */
    public CtmTable(Provenance provenance, OutputShape shape, Estimate estimate, int symbols, long halting,
            Long2LongMap patternCounts, Object2LongMap<String> longPatternCounts, Long2LongMap squareExcess) {
        if (halting <= 0) {
            throw new IllegalArgumentException("a table needs at least one halting machine");
        }
        this.provenance = provenance;
        this.shape = shape;
        this.dim = shape.dim();
        this.estimate = estimate;
        this.symbols = symbols;
        this.bits = OutputCodec.bitsPerSymbol(symbols);
        this.halting = halting;
        // Taken over, not copied: copying a large open-hash map into a smaller one in slot order clusters badly.
        this.patternCounts = patternCounts instanceof Long2LongOpenHashMap own ? own
                : new Long2LongOpenHashMap(patternCounts);
        this.longPatternCounts = new Object2LongOpenHashMap<>(longPatternCounts);
        this.squareExcess = squareExcess instanceof Long2LongOpenHashMap own ? own
                : new Long2LongOpenHashMap(squareExcess);
        this.unit = estimate.unit();
        this.kByPattern = new Long2DoubleOpenHashMap(patternCounts.size());
        kByPattern.defaultReturnValue(Double.NaN);
        // Strings up to DENSE_BITS bits get a direct index; arrays are always canonicalised (their turns).
        int denseLength = shape == OutputShape.STRING ? DENSE_BITS / bits : 0;
        this.dense = new double[denseLength + 1][];
        for (int len = 1; len <= denseLength; len++) {
            dense[len] = new double[1 << (len * bits)];
            Arrays.fill(dense[len], Double.NaN);
        }
        long outputs = 0;
        int longest = 0;
        for (Long2LongMap.Entry e : patternCounts.long2LongEntrySet()) {
            long pattern = e.getLongKey();
            int j = shape.distinctSymbols(pattern, symbols);
            double k = complexityOf(e.getLongValue(), j);
            kByPattern.put(pattern, k);
            int len = shape.longestSide(pattern, symbols);
            longest = Math.max(longest, len);
            outputs += Patterns.relabellings(symbols, j);
            if (len <= denseLength) {
                for (long code : Patterns.expand(pattern, symbols)) {
                    dense[len][(int) (code ^ (1L << (len * bits)))] = k;
                }
            }
        }
        for (Object2LongMap.Entry<String> e : longPatternCounts.object2LongEntrySet()) {
            longest = Math.max(longest, shape.longestSide(e.getKey()));
            outputs += Patterns.relabellings(symbols, shape.distinctSymbols(e.getKey()));
        }
        this.distinctOutputs = outputs;
        this.maxLength = longest;
        this.witnesses = null;
    }

    private CtmTable(CtmTable other, Provenance provenance, Lazy witnesses) {
        this.witnesses = witnesses;
        this.provenance = provenance;
        this.dim = other.dim;
        this.shape = other.shape;
        this.estimate = other.estimate;
        this.symbols = other.symbols;
        this.bits = other.bits;
        this.halting = other.halting;
        this.patternCounts = other.patternCounts;
        this.longPatternCounts = other.longPatternCounts;
        this.squareExcess = other.squareExcess;
        this.unit = other.unit;
        this.kByPattern = other.kByPattern;
        this.dense = other.dense;
        this.distinctOutputs = other.distinctOutputs;
        this.maxLength = other.maxLength;
    }

    /** The same table with other provenance. */
    public CtmTable withProvenance(Provenance provenance) {
        return new CtmTable(this, provenance, witnesses);
    }

    /** The same table with witnesses, decoded when first asked for (binary tables only). */
    CtmTable withWitnesses(java.util.function.Supplier<Witnesses> source) {
        if (symbols != 2) {
            throw new IllegalArgumentException("witnesses are kept for binary tables");
        }
        return new CtmTable(this, provenance, new Lazy(source));
    }

    /** Decodes once, on first use; thread-safe. */
    private static final class Lazy {
        private java.util.function.Supplier<Witnesses> source;
        private volatile Witnesses value;

        Lazy(java.util.function.Supplier<Witnesses> source) {
            this.source = source;
        }

        Witnesses get() {
            Witnesses v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = source.get();
                        value = v;
                        source = null;
                    }
                }
            }
            return v;
        }
    }

    /** Whether the table keeps a witness machine for each of its outputs. */
    public boolean hasWitnesses() {
        return witnesses != null;
    }

    /**
     * The witnesses, by canonical pattern (decoded on first call).
     *
     * @throws IllegalStateException when the table keeps none
     */
    public Witnesses witnesses() {
        if (witnesses == null) {
            throw new IllegalStateException("table " + name() + " keeps no witness machines (built without them, or"
                    + " written by an older ait: rebuild it to have them)");
        }
        return witnesses.get();
    }

    /**
     * The witness machine of s (2D: rows joined by '-'): the least machine of the table's space that prints s from a
     * blank tape, with s's count and K; null when no machine of the table prints s.
     *
     * @throws IllegalArgumentException when s is empty or holds a character outside the table's alphabet
     * @throws IllegalStateException    when the table keeps no witnesses
     */
    public Witness witness(String s) {
        long count = count(s);
        if (count == 0) {
            return null;
        }
        Witnesses w = witnesses();
        int i;
        boolean isPattern;
        long code = shape.code(s, symbols);
        if (code != 0) {
            long p = shape.canonical(code, symbols);
            i = w.find(p);
            isPattern = p == code;
        } else {
            String p = shape.canonical(s);
            i = w.find(p);
            isPattern = p.equals(s);
        }
        if (i < 0) {
            Object limit = provenance.get(Provenance.WITNESS_MAX_SIDE);
            throw new IllegalStateException("table " + name() + " has no witness for " + s + (limit == null ? ""
                    : ": it keeps the witnesses of outputs with sides up to " + limit + " only (rebuild it for more)"));
        }
        org.ait.tm.MachineSpace space = w.space();
        long machine = w.machine(i);
        // The least machine prints the pattern, or its complement, from the blank-0 tape. The other string has its own
        // blank-0 machine of the same size, or else the complement of the least one prints it from the blank-1 tape.
        int blank = 0;
        if (isPattern == w.complement(i)) {
            if (w.second(i) != 0) {
                machine = w.second(i);
            } else {
                machine = org.ait.tm.MachineCode.complement(machine, space);
                blank = 1;
            }
        }
        return new Witness(s, org.ait.tm.MachineCode.text(machine, space), org.ait.tm.MachineCode.states(machine, space),
                org.ait.tm.MachineCode.defined(machine, space), w.steps(i), blank, count, complexity(s));
    }

    private double complexityOf(long count, int distinct) {
        double d = (double) count / ((double) halting * Patterns.relabellings(symbols, distinct));
        return -Math.log(d) / LN2;
    }

    public Provenance provenance() {
        return provenance;
    }

    public String name() {
        return provenance.getString(Provenance.NAME);
    }

    public int symbols() {
        return symbols;
    }

    /** 1 for strings, 2 for arrays (turmite outputs; codes are {@link Output2D} codes). */
    public int dimensions() {
        return dim;
    }

    /** Strings or arrays. */
    public OutputShape shape() {
        return shape;
    }

    /** H0: machines that halt from the blank-0 tape within the cutoff. */
    public long halting() {
        return halting;
    }

    /** Number of patterns (strings up to symbol relabelling) with a value. */
    public int patterns() {
        return patternCounts.size() + longPatternCounts.size();
    }

    /** Number of strings with a value (every relabelling of every pattern). */
    public long distinctOutputs() {
        return distinctOutputs;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * K(s) = -log2 D(s) of a packed code, or NaN when no machine of the table produces s. The code must be an
     * {@link OutputCodec} code over this table's alphabet (the hot path does not check it).
     */
    public double complexity(long code) {
        if (dense.length > 1) {
            int len = OutputCodec.length(code, symbols);
            if (len < dense.length) {
                return dense[len][(int) (code ^ (1L << (len * bits)))];
            }
        }
        return kByPattern.get(shape.canonical(code, symbols));
    }

    /**
     * K(s) of a string of symbols '0'..; NaN when no machine of the table produces it.
     *
     * @throws IllegalArgumentException when s is empty or holds a character outside the table's alphabet
     */
    public double complexity(String s) {
        long code = shape.code(s, symbols);
        if (code != 0) {
            return complexity(code);
        }
        String pattern = shape.canonical(s);
        long c = longPatternCounts.getLong(pattern);
        return c == 0 ? Double.NaN : complexityOf(c, shape.distinctSymbols(pattern));
    }

    /** C(pattern of s): the exact number of blank-0 halting runs producing any relabelling of s; 0 when none. */
    public long count(String s) {
        long code = shape.code(s, symbols);
        return code != 0 ? patternCounts.get(shape.canonical(code, symbols)) : longPatternCounts.getLong(shape.canonical(s));
    }

    /** Whether the table is a random sample (its counts are numbers of draws). */
    public boolean sampled() {
        return estimate instanceof Estimate.Sampled;
    }

    /** Exact counts, or a sample's. */
    public Estimate estimate() {
        return estimate;
    }

    /**
     * For a sampled table: a 95% confidence interval {low, high} for K(s), from the Wilson score interval of the
     * pattern's share of halting draws (s gets 1/(k!/(k-j)!) of it); for an exact table {K, K}; null when s has no
     * value. For a split sample the draws are weighted and a pattern's units from one draw are correlated, so the
     * interval uses Kish's effective numbers: hits C^2/S and trials C*H0/S, where S = sum over draws of x^2 (x = a
     * draw's units on the pattern). Without splitting these are the numbers of draws.
     */
    public double[] interval(String s) {
        return interval(s, 1.959963984540054);
    }

    /** {@link #interval(String)} for another confidence level, given as its normal quantile z (3.29 for 99.9%). */
    public double[] interval(String s, double z) {
        double k = complexity(s);
        if (Double.isNaN(k)) {
            return null;
        }
        if (!sampled()) {
            return new double[] {k, k};
        }
        double c = count(s);
        double p = c / halting;
        double n = effectiveCount(s) * halting / c;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double r = c / (halting * Math.pow(2, -k)); // strings sharing s's pattern: k!/(k-j)!
        return new double[] {-Math.log((centre + half) / r) / LN2, -Math.log(Math.max(centre - half, 0) / r) / LN2};
    }

    /**
     * For a sampled table: how many independent draws the pattern's count is worth, C^2 / sum of x^2 over draws
     * (Kish's effective sample size; x = a draw's units on the pattern). Without splitting, the number of draws
     * that produced the pattern; 0 when none did.
     */
    public double effectiveCount(String s) {
        double c = count(s);
        if (c == 0) {
            return 0;
        }
        long code = shape.code(s, symbols);
        double squares = (double) unit * c + (code != 0 ? squareExcess.get(shape.canonical(code, symbols)) : 0);
        return c * c / squares;
    }

    /** Split-sampled tables: units per draw (1 for every other table). */
    public long unit() {
        return unit;
    }

    /** Split-sampled tables: the sums of squares beyond unit * C(P), by pattern (see {@link #interval}). */
    public Long2LongMap squareExcess() {
        return it.unimi.dsi.fastutil.longs.Long2LongMaps.unmodifiable(squareExcess);
    }

    /** D(s), the algorithmic probability estimate; 0 when s is not produced. */
    public double probability(String s) {
        double k = complexity(s);
        return Double.isNaN(k) ? 0 : Math.pow(2, -k);
    }

    /** Number of strings with a value, by length (index 0 unused, up to {@link #maxLength()}). */
    public long[] stringsByLength() {
        long[] n = new long[maxLength + 1];
        if (shape != OutputShape.STRING) {
            return n; // arrays are counted by shape (arraysByShape)
        }
        for (long pattern : patternCounts.keySet()) {
            n[OutputCodec.length(pattern, symbols)] += Patterns.relabellings(symbols, Patterns.distinctSymbols(pattern, symbols));
        }
        for (String p : longPatternCounts.keySet()) {
            n[p.length()] += Patterns.relabellings(symbols, Patterns.distinctSymbols(p));
        }
        return n;
    }

    /** 2D: number of arrays with a value, by shape "RxC" (rows, then columns, increasing). */
    public java.util.SortedMap<String, Long> arraysByShape() {
        java.util.SortedMap<String, Long> m = new java.util.TreeMap<>(CtmTable::compareShapes);
        for (long pattern : patternCounts.keySet()) {
            m.merge(Output2D.rows(pattern) + "x" + Output2D.cols(pattern),
                    Patterns.relabellings(symbols, Output2D.distinctSymbols(pattern, symbols)), Long::sum);
        }
        for (String p : longPatternCounts.keySet()) {
            String[] rows = p.split("-", -1);
            m.merge(rows.length + "x" + rows[0].length(), Patterns.relabellings(symbols, shape.distinctSymbols(p)),
                    Long::sum);
        }
        return m;
    }

    static int compareShapes(String a, String b) {
        String[] x = a.split("x");
        String[] y = b.split("x");
        int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    /** 2D: visits every packed pattern: rows, columns, cells (b-bit fields, row-major, first cell high) and K. */
    public void forEachArrayPattern(ArrayPatternVisitor visitor) {
        for (Long2LongMap.Entry e : patternCounts.long2LongEntrySet()) {
            long p = e.getLongKey();
            visitor.visit(Output2D.rows(p), Output2D.cols(p), Output2D.cells(p), kByPattern.get(p));
        }
    }

    /** Receives one 2D pattern. */
    @FunctionalInterface
    public interface ArrayPatternVisitor {
        void visit(int rows, int cols, long cells, double complexity);
    }

    /** One exported row: an output string, C(its pattern) and K. */
    public record Row(String output, long count, double complexity) {
    }

    /** Every string with a value, up to the given length, ordered by length then lexicographically. */
    public List<Row> rows(int maxLength) {
        if (shape == OutputShape.ARRAY) {
            return rows2D(maxLength); // arrays sort by shape, then text
        }
        List<long[]> packed = new ArrayList<>();
        int n = 0;
        for (Long2LongMap.Entry e : patternCounts.long2LongEntrySet()) {
            if (OutputCodec.length(e.getLongKey(), symbols) <= maxLength) {
                long[] codes = Patterns.expand(e.getLongKey(), symbols);
                packed.add(codes);
                n += codes.length;
            }
        }
        long[] all = new long[n];
        int i = 0;
        for (long[] codes : packed) {
            System.arraycopy(codes, 0, all, i, codes.length);
            i += codes.length;
        }
        Arrays.sort(all);
        List<Row> rows = new ArrayList<>(n);
        for (long code : all) {
            long canonical = Patterns.canonical(code, symbols);
            rows.add(new Row(OutputCodec.unpack(code, symbols), patternCounts.get(canonical),
                    kByPattern.get(canonical)));
        }
        List<String> longOnes = new ArrayList<>();
        for (String p : longPatternCounts.keySet()) {
            if (p.length() <= maxLength) {
                longOnes.addAll(Patterns.expand(p, symbols));
            }
        }
        longOnes.sort((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
        for (String s : longOnes) {
            rows.add(new Row(s, count(s), complexity(s)));
        }
        return rows;
    }

    /** One pattern: its canonical text, the number of strings (relabellings) it stands for, C(P) and K. */
    public record PatternRow(String pattern, long strings, long count, double complexity) {
    }

    private int sizeOf(long pattern) {
        return shape.longestSide(pattern, symbols);
    }

    private int distinct(long pattern) {
        return shape.distinctSymbols(pattern, symbols);
    }

    /** Number of strings (2D: arrays) with a value whose length (2D: longest side) is at most maxLength. */
    public long strings(int maxLength) {
        long n = 0;
        for (long pattern : patternCounts.keySet()) {
            if (sizeOf(pattern) <= maxLength) {
                n += Patterns.relabellings(symbols, distinct(pattern));
            }
        }
        for (String p : longPatternCounts.keySet()) {
            if (shape.longestSide(p) <= maxLength) {
                n += Patterns.relabellings(symbols, shape.distinctSymbols(p));
            }
        }
        return n;
    }

    /**
     * Every pattern whose length (2D: longest side) is at most maxLength: packed ones in code order (1D: by length,
     * then lexicographically), then the longer ones by text. One row stands for {@code strings} strings, each with
     * the row's K.
     */
    public List<PatternRow> patternRows(int maxLength) {
        long[] codes = patternCounts.keySet().toLongArray();
        Arrays.sort(codes);
        List<PatternRow> rows = new ArrayList<>();
        for (long code : codes) {
            if (sizeOf(code) <= maxLength) {
                rows.add(new PatternRow(shape.text(code, symbols),
                        Patterns.relabellings(symbols, distinct(code)), patternCounts.get(code), kByPattern.get(code)));
            }
        }
        String[] longOnes = longPatternCounts.keySet().toArray(new String[0]);
        Arrays.sort(longOnes);
        for (String p : longOnes) {
            if (shape.longestSide(p) <= maxLength) {
                long c = longPatternCounts.getLong(p);
                int j = shape.distinctSymbols(p);
                rows.add(new PatternRow(p, Patterns.relabellings(symbols, j), c, complexityOf(c, j)));
            }
        }
        return rows;
    }

    /** Receives one pattern of a table. */
    @FunctionalInterface
    public interface PatternVisitor {
        /**
         * @param canonicalCode the pattern as an {@link OutputCodec} code (symbols relabelled in order of first
         *                      appearance)
         * @param complexity    K of every string with this pattern
         */
        void visit(long canonicalCode, double complexity);
    }

    /**
     * Visits every pattern of the given length (at most {@link OutputCodec#maxPackedLength(int)} symbols), in no
     * particular order.
     */
    public void forEachPattern(int length, PatternVisitor visitor) {
        for (Long2LongMap.Entry e : patternCounts.long2LongEntrySet()) {
            long pattern = e.getLongKey();
            if (OutputCodec.length(pattern, symbols) == length) {
                visitor.visit(pattern, kByPattern.get(pattern));
            }
        }
    }

    /** 2D rows: every array (all relabellings of every pattern) with both sides at most maxSide, by shape then text. */
    private List<Row> rows2D(int maxSide) {
        List<Row> rows = new ArrayList<>();
        for (Long2LongMap.Entry e : patternCounts.long2LongEntrySet()) {
            long p = e.getLongKey();
            if (Output2D.rows(p) <= maxSide && Output2D.cols(p) <= maxSide) {
                double k = kByPattern.get(p);
                for (long code : Output2D.expand(p, symbols)) {
                    rows.add(new Row(Output2D.toString(code, symbols), e.getLongValue(), k));
                }
            }
        }
        for (Object2LongMap.Entry<String> e : longPatternCounts.object2LongEntrySet()) {
            String p = e.getKey();
            if (shape.longestSide(p) <= maxSide) {
                double k = complexityOf(e.getLongValue(), shape.distinctSymbols(p));
                for (String s : Patterns.expand(p.replace("-", ""), symbols)) {
                    rows.add(new Row(reshape(s, p), e.getLongValue(), k));
                }
            }
        }
        rows.sort((a, b) -> {
            int c = compareShapes(shapeOf(a.output()), shapeOf(b.output()));
            return c != 0 ? c : a.output().compareTo(b.output());
        });
        return rows;
    }

    private static String shapeOf(String text) {
        String[] r = text.split("-", -1);
        return r.length + "x" + r[0].length();
    }

    /** Puts the '-' of template back into cells. */
    private static String reshape(String cells, String template) {
        StringBuilder sb = new StringBuilder(template.length());
        int j = 0;
        for (int i = 0; i < template.length(); i++) {
            sb.append(template.charAt(i) == '-' ? '-' : cells.charAt(j++));
        }
        return sb.toString();
    }

    /** C(P) by canonical pattern code (a copy-free view; do not modify). */
    Long2LongOpenHashMap patternCounts() {
        return patternCounts;
    }

    Object2LongOpenHashMap<String> longPatternCounts() {
        return longPatternCounts;
    }
}
