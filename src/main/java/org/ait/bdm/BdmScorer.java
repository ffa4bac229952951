package org.ait.bdm;

import java.util.ArrayList;
import java.util.List;
import org.ait.bdm.internal.BlockCounter;
import org.ait.bdm.internal.ShapeValues;
import org.ait.bdm.internal.Tiler;

/**
 * Block Decomposition Method (formalism §3): splits an object into blocks, looks their CTM up and adds
 * {@code CTM(r) + log2(n_r)} over the distinct blocks r. Also normalised BDM (for every partition), block entropy,
 * conditional BDM and, through {@link #perturbation(SymbolGrid)}, perturbation analysis.
 *
 * <p>Build one with {@link #builder(CtmValues)}; a scorer is immutable and thread-safe, and scoring allocates
 * nothing once a thread has scored its first object (each thread reuses its own block counters).
 *
 * <pre>{@code
 * BdmScorer bdm = BdmScorer.builder(CtmValues.of(TableCatalog.load("ctm-1d-s5-k2"))).block(12).build();
 * double bits = bdm.bdm(SymbolGrid.parse("010101110100..."));
 * }</pre>
 */
public final class BdmScorer {

    private final CtmValues values;
    private final int dimensions;
    private final BlockShape block;
    private final Partition partition;
    private final int shift;
    private final int minLength;
    /** Shapes this scorer may count: [0] is the block; the rest are smaller shapes of the recursive partition. */
    final ShapeValues[] shapes;
    /** Shape index by [rows][cols], -1 when not used. */
    final int[][] shapeIndex;
    private final ThreadLocal<Workspace> workspaces;

    private BdmScorer(Builder b) {
        this.values = b.values;
        this.dimensions = b.dimensions;
        this.partition = b.partition;
        this.block = b.block != null ? b.block : defaultBlock(b.values, b.dimensions);
        this.shift = b.shift;
        this.minLength = b.minLength;
        if (dimensions != 1 && dimensions != 2) {
            throw new IllegalArgumentException("dimensions must be 1 or 2, not " + dimensions);
        }
        if (dimensions == 1 && block.rows() != 1) {
            throw new IllegalArgumentException("1D blocks have one row, not " + block);
        }
        if (values.dimensions() != dimensions) {
            throw new IllegalArgumentException("table " + values.name() + " is " + values.dimensions()
                    + "D; it cannot score " + dimensions + "D objects");
        }
        if (!values.has(block)) {
            throw new IllegalArgumentException("table " + values.name() + " has no values for blocks of "
                    + describe(block) + (values.shapes().isEmpty() ? "" : "; the largest it has is "
                    + describe(values.shapes().last())));
        }
        if (shift < 1) {
            throw new IllegalArgumentException("shift must be at least 1, not " + shift);
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("minimum length must be at least 1, not " + minLength);
        }
        List<ShapeValues> list = new ArrayList<>();
        shapeIndex = new int[block.rows() + 1][block.cols() + 1];
        for (int[] row : shapeIndex) {
            java.util.Arrays.fill(row, -1);
        }
        list.add(new ShapeValues(values, block));
        shapeIndex[block.rows()][block.cols()] = 0;
        if (partition == Partition.RECURSIVE) {
            for (int r = 1; r <= block.rows(); r++) {
                for (int c = 1; c <= block.cols(); c++) {
                    BlockShape s = new BlockShape(r, c);
                    boolean needed = dimensions == 1 ? c >= minLength
                            : Math.min(r, c) >= minLength && (values.has(s) || r == c);
                    if (needed && shapeIndex[r][c] < 0) {
                        if (!values.has(s)) {
                            throw new IllegalArgumentException("the recursive partition needs CTM values for blocks of "
                                    + describe(s) + " and table " + values.name() + " has none");
                        }
                        shapeIndex[r][c] = list.size();
                        list.add(new ShapeValues(values, s));
                    }
                }
            }
        }
        this.shapes = list.toArray(new ShapeValues[0]);
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(shapes));
    }

    private String describe(BlockShape s) {
        return dimensions == 1 ? "length " + s.cols() : "shape " + s.rows() + "x" + s.cols();
    }

    /** 12 symbols in 1D and 4x4 in 2D (the published conventions), or the largest the table has if smaller. */
    static BlockShape defaultBlock(CtmValues values, int dimensions) {
        BlockShape wanted = dimensions == 1 ? BlockShape.of(12) : new BlockShape(4, 4);
        if (values.has(wanted)) {
            return wanted;
        }
        BlockShape best = null;
        for (BlockShape s : values.shapes()) {
            if ((dimensions == 1 || s.rows() == s.cols()) && s.cells() <= wanted.cells()) {
                best = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("table " + values.name() + " has no block shape to score with");
        }
        return best;
    }

    public static Builder builder(CtmValues values) {
        return new Builder(values);
    }

    /** Settings of a scorer; defaults: the table's dimensions, its default block, {@code ignore}, shift 1. */
    public static final class Builder {
        private final CtmValues values;
        private int dimensions;
        private BlockShape block;
        private Partition partition = Partition.IGNORE;
        private int shift = 1;
        private int minLength = 2;

        private Builder(CtmValues values) {
            this.values = values;
            this.dimensions = values.dimensions();
        }

        public Builder dimensions(int d) {
            this.dimensions = d;
            return this;
        }

        /** 1D block length. */
        public Builder block(int length) {
            this.block = BlockShape.of(length);
            return this;
        }

        public Builder block(int rows, int cols) {
            this.block = new BlockShape(rows, cols);
            return this;
        }

        public Builder block(BlockShape shape) {
            this.block = shape;
            return this;
        }

        public Builder partition(Partition p) {
            this.partition = p;
            return this;
        }

        /** Step of the {@code correlated} window along each axis (default 1). */
        public Builder shift(int s) {
            this.shift = s;
            return this;
        }

        /** Shortest side of a leftover piece the {@code recursive} partition still scores (default 2). */
        public Builder minLength(int m) {
            this.minLength = m;
            return this;
        }

        /**
         * @throws IllegalArgumentException when the table has no values for the block (or, for the recursive
         *                                  partition, for a smaller shape it needs), or a setting is out of range
         */
        public BdmScorer build() {
            return new BdmScorer(this);
        }
    }

    public CtmValues values() {
        return values;
    }

    public int dimensions() {
        return dimensions;
    }

    public BlockShape block() {
        return block;
    }

    public Partition partition() {
        return partition;
    }

    public int shift() {
        return shift;
    }

    public int minLength() {
        return minLength;
    }

    public int symbols() {
        return values.symbols();
    }

    /** The CTM values of the block shape (lookup, missing value, bounds). */
    ShapeValues blockValues() {
        return shapes[0];
    }

    /** Counters of one thread. */
    static final class Workspace {
        final BlockCounter[] counters;
        final BlockCounter[] others;
        final BlockCounter.Totals totals = new BlockCounter.Totals();

        Workspace(ShapeValues[] shapes) {
            counters = new BlockCounter[shapes.length];
            others = new BlockCounter[shapes.length];
            for (int i = 0; i < shapes.length; i++) {
                counters[i] = new BlockCounter(shapes[i]);
                others[i] = new BlockCounter(shapes[i]);
            }
        }

        void clear(BlockCounter[] cs) {
            for (BlockCounter c : cs) {
                c.clear();
            }
        }
    }

    /** BDM of x in bits. */
    public double bdm(SymbolGrid x) {
        Workspace w = workspaces.get();
        count(x, w.counters);
        BlockCounter.Totals t = w.totals;
        t.clear();
        for (BlockCounter c : w.counters) {
            c.addTo(t);
        }
        return t.bdm;
    }

    /** BDM of a 1D sequence of symbols. */
    public double bdm(byte[] sequence) {
        return bdm(SymbolGrid.of(sequence));
    }

    /** BDM, normalised BDM, block entropy and the counts behind them. */
    public BdmResult score(SymbolGrid x) {
        Workspace w = workspaces.get();
        count(x, w.counters);
        return result(w.counters, w.totals);
    }

    public BdmResult score(byte[] sequence) {
        return score(SymbolGrid.of(sequence));
    }

    /**
     * Conditional BDM(X|Y), coarse form: a block of X absent from Y counts CTM + log2 of its multiplicity in X; a
     * block of both with different multiplicities counts log2 of its multiplicity in X; a block with the same
     * multiplicity in both counts nothing.
     */
    public double conditionalBdm(SymbolGrid x, SymbolGrid y) {
        Workspace w = workspaces.get();
        count(x, w.counters);
        count(y, w.others);
        double sum = 0;
        for (int s = 0; s < shapes.length; s++) {
            BlockCounter cx = w.counters[s];
            BlockCounter cy = w.others[s];
            double[] acc = {0};
            cx.forEach((code, n) -> {
                long m = cy.count(code);
                if (m == 0) {
                    double k = cx.values.complexity(code);
                    acc[0] += (Double.isNaN(k) ? cx.values.missingK : k) + BlockCounter.log2(n);
                } else if (m != n) {
                    acc[0] += BlockCounter.log2(n);
                }
            });
            sum += acc[0];
        }
        return sum;
    }

    /** Perturbation analysis of x (a copy of x is taken). */
    public Perturbation perturbation(SymbolGrid x) {
        validate(x);
        return new Perturbation(this, x.copy());
    }

    /** A scorer for input that arrives in pieces (files larger than memory). */
    public StreamingBdm streaming() {
        return new StreamingBdm(this);
    }

    void count(SymbolGrid x, BlockCounter[] counters) {
        validate(x);
        for (BlockCounter c : counters) {
            c.clear();
        }
        Tiler.tile(x.cells(), x.rows(), x.cols(), values.symbols(), partition, shift, minLength, dimensions,
                shapeIndex, counters);
    }

    void validate(SymbolGrid x) {
        int k = values.symbols();
        byte[] cells = x.cells();
        boolean bad = false;
        if ((k & (k - 1)) == 0) {
            // Power of two: no byte may have a bit above the alphabet's; OR eight cells at a time.
            long or = 0;
            int i = 0;
            for (; i + 8 <= cells.length; i += 8) {
                or |= (long) LONGS.get(cells, i);
            }
            for (; i < cells.length; i++) {
                or |= cells[i] & 0xff;
            }
            bad = (or & (0x0101010101010101L * (0xff & ~(k - 1)))) != 0;
        } else {
            for (byte b : cells) {
                bad |= b < 0 || b >= k;
            }
        }
        if (bad) {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] < 0 || cells[i] >= k) {
                    throw new IllegalArgumentException("symbol " + cells[i] + " at " + position(x, i)
                            + " is outside the " + k + "-symbol alphabet");
                }
            }
        }
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static String position(SymbolGrid x, int i) {
        return x.rows() == 1 ? "position " + (i + 1) : "row " + (i / x.cols() + 1) + ", column " + (i % x.cols() + 1);
    }

    BdmResult result(BlockCounter[] counters, BlockCounter.Totals t) {
        t.clear();
        double min = 0;
        double max = 0;
        for (BlockCounter c : counters) {
            c.addTo(t);
            min += c.values.minBdm(c.total());
            max += c.values.maxBdm(c.total());
        }
        long n = t.blocks;
        double entropy = n == 0 ? 0 : BlockCounter.log2(n) - t.nLogN / n;
        // Entropy bounds: blocks of different shapes are always distinct, so the least entropy puts one block per
        // shape; the most spreads each shape's blocks as evenly as its number of distinct blocks allows.
        double minEntropy = 0;
        double maxEntropy = 0;
        if (n > 0) {
            double minNLogN = 0;
            double maxNLogN = 0;
            for (BlockCounter c : counters) {
                long ns = c.total();
                if (ns == 0) {
                    continue;
                }
                minNLogN += ns * BlockCounter.log2(ns);
                long d = Math.min(ns, c.values.codes);
                long q = ns / d;
                long r = ns % d;
                maxNLogN += r * (q + 1) * BlockCounter.log2(q + 1) + (d - r) * q * BlockCounter.log2(q);
            }
            minEntropy = BlockCounter.log2(n) - minNLogN / n;
            maxEntropy = BlockCounter.log2(n) - maxNLogN / n;
        }
        return new BdmResult(t.bdm, normalise(t.bdm, min, max), min, max, entropy,
                normalise(entropy, minEntropy, maxEntropy), n, t.distinct, t.missing, t.missingDistinct);
    }

    private static double normalise(double v, double min, double max) {
        if (!(max - min > 1e-12)) {
            return 0;
        }
        return (v - min) / (max - min);
    }

    @Override
    public String toString() {
        return "BDM(" + values.name() + ", " + dimensions + "D, block " + block + ", " + partition.label()
                + (partition == Partition.CORRELATED ? ", shift " + shift : "")
                + (partition == Partition.RECURSIVE ? ", min length " + minLength : "") + ")";
    }
}
