package org.ait.bdm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ait.bdm.internal.BlockCodes;
import org.ait.bdm.internal.BlockCounter;
import org.ait.bdm.internal.ShapeValues;
import org.ait.bdm.internal.Tiler;
import org.ait.ctm.CtmTable;
import org.ait.ctm.Witness;
import org.ait.tm.TuringMachine;

/**
 * The program a 1D BDM value stands for: the blocks of the partition, each with the witness machine that prints it
 * (from a table that keeps witnesses), in order of appearance with their repetitions. BDM = sum over the distinct
 * blocks of K(block) + log2(occurrences): the bits of describing each distinct block by its machine, plus those of
 * saying how often it recurs. {@link #run} executes every machine with the plain simulator and lays the outputs out
 * as the partition does, so every BDM value comes with a checkable generating program.
 *
 * <p>Blocks the table has no value for (BDM charges them the largest K of their length + 1 bit) have no machine; they
 * appear as literals and are {@link #literals counted}. What the partition leaves uncovered (the tail of
 * {@code ignore}, pieces shorter than the minimum length of {@code recursive}, the tail after the last window of
 * {@code correlated}) is reported by {@link #leftover}: {@code run() + leftover()} is the input.
 */
public final class BdmProgram {

    /**
     * One distinct block.
     *
     * @param text        the block's symbols
     * @param witness     the machine that prints it, with the table's count and K; null when the table has no value
     * @param occurrences how often the partition contains it
     * @param complexity  the K it is charged (the table's, or the largest of its length + 1 bit when missing)
     */
    public record Block(String text, Witness witness, long occurrences, double complexity) {

        /** Its share of the BDM value: K + log2(occurrences). */
        public double bits() {
            return complexity + BlockCounter.log2(occurrences);
        }

        public boolean literal() {
            return witness == null;
        }
    }

    /**
     * Consecutive windows holding the same block.
     *
     * @param block       index into {@link #blocks()}
     * @param repetitions how many windows in a row
     * @param offset      where the first of them starts in the input
     */
    public record Repeat(int block, int repetitions, int offset) {
    }

    private final String input;
    private final BdmScorer scorer;
    private final int cutoff;
    private final List<Block> blocks;
    private final List<Repeat> repeats;
    /** Every window in order: its offset and block index. */
    private final int[] offsets;
    private final int[] blockOf;
    private final int covered;
    private final double bits;

    private BdmProgram(String input, BdmScorer scorer, int cutoff, List<Block> blocks, List<Repeat> repeats,
            int[] offsets, int[] blockOf, int covered) {
        this.input = input;
        this.scorer = scorer;
        this.cutoff = cutoff;
        this.blocks = List.copyOf(blocks);
        this.repeats = List.copyOf(repeats);
        this.offsets = offsets;
        this.blockOf = blockOf;
        this.covered = covered;
        double sum = 0;
        for (Block b : blocks) {
            sum += b.bits();
        }
        this.bits = sum;
    }

    /**
     * The program of x under a 1D binary scorer, with the witnesses of the table the scorer's values come from.
     *
     * @throws IllegalArgumentException when the scorer is not 1D, x is not one row, the table keeps no witnesses, or
     *                                  the table's K of a block differs from the scorer's (another table)
     */
    public static BdmProgram of(BdmScorer scorer, CtmTable table, SymbolGrid x) {
        if (scorer.dimensions() != 1 || x.rows() > 1 || table.dimensions() != 1) {
            throw new IllegalArgumentException("BDM programs are made for 1D strings and 1D tables");
        }
        if (!table.hasWitnesses()) {
            throw new IllegalArgumentException("table " + table.name() + " keeps no witness machines");
        }
        scorer.validate(x);
        int n = x.cols();
        byte[] cells = x.cells();
        int k = scorer.symbols();
        List<int[]> windows = new ArrayList<>();
        Tiler.forEachWindow(1, n, scorer.partition(), scorer.shift(), scorer.minLength(), 1, scorer.shapeIndex,
                scorer.block(), (r, c, shape, rows, cols) -> windows.add(new int[] {c, shape, cols}));
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<Double> ks = new ArrayList<>();
        int[] offsets = new int[windows.size()];
        int[] blockOf = new int[windows.size()];
        int covered = 0;
        byte[] digits = new byte[64];
        for (int w = 0; w < windows.size(); w++) {
            int c = windows.get(w)[0];
            ShapeValues values = scorer.shapes[windows.get(w)[1]];
            int length = windows.get(w)[2];
            StringBuilder sb = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                digits[j] = cells[(c + j) % n]; // the periodic partition wraps around
                sb.append(Character.forDigit(digits[j], 16));
            }
            String text = sb.toString();
            Integer b = index.get(text);
            if (b == null) {
                b = texts.size();
                index.put(text, b);
                texts.add(text);
                counts.add(new long[1]);
                ks.add(values.complexityOrMissing(BlockCodes.code(digits, 0, length, k)));
            }
            counts.get(b)[0]++;
            offsets[w] = c;
            blockOf[w] = b;
            covered = Math.max(covered, Math.min(n, c + length));
        }
        List<Block> blocks = new ArrayList<>(texts.size());
        for (int b = 0; b < texts.size(); b++) {
            String text = texts.get(b);
            Witness witness = table.witness(text);
            double k0 = ks.get(b);
            if (witness != null && Math.abs(witness.complexity() - k0) > 1e-9 * Math.max(1, k0)) {
                throw new IllegalArgumentException("table " + table.name() + " gives K(" + text + ") = "
                        + witness.complexity() + ", the scorer's values " + k0 + ": not the same table");
            }
            blocks.add(new Block(text, witness, counts.get(b)[0], k0));
        }
        List<Repeat> repeats = new ArrayList<>();
        for (int w = 0; w < offsets.length; w++) {
            Repeat last = repeats.isEmpty() ? null : repeats.get(repeats.size() - 1);
            if (last != null && last.block() == blockOf[w]) {
                repeats.set(repeats.size() - 1, new Repeat(last.block(), last.repetitions() + 1, last.offset()));
            } else {
                repeats.add(new Repeat(blockOf[w], 1, offsets[w]));
            }
        }
        int cutoff = Math.toIntExact(table.provenance().getLong(org.ait.ctm.Provenance.MAX_STEPS));
        return new BdmProgram(x.toString(), scorer, cutoff, blocks, repeats, offsets, blockOf, covered);
    }

    /** The distinct blocks in order of first appearance. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The windows of the partition in order, consecutive equal blocks as one repeat. */
    public List<Repeat> repeats() {
        return repeats;
    }

    /** The BDM value the program stands for: the sum of the blocks' {@link Block#bits()} (in bits). */
    public double bits() {
        return bits;
    }

    /** The symbols the partition does not cover (a suffix of the input; empty when every symbol is covered). */
    public String leftover() {
        return input.substring(covered);
    }

    /** Blocks without a machine (no value in the table), written out literally. */
    public int literals() {
        int n = 0;
        for (Block b : blocks) {
            n += b.literal() ? 1 : 0;
        }
        return n;
    }

    /**
     * Runs the program: every witness machine with the plain simulator ({@link TuringMachine}) from its blank tape
     * within the table's cutoff, each output written where its windows lie (literal blocks as they are). Overlapping
     * windows ({@code correlated}) and the wrapped window of {@code periodic} must print the symbols already there.
     *
     * @return the input up to the leftover, as the machines print it
     * @throws IllegalStateException when a machine does not halt, or prints something else than its block
     */
    public String run() {
        String[] printed = new String[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.literal()) {
                printed[b] = block.text();
                continue;
            }
            Witness w = block.witness();
            TuringMachine.RunResult r = TuringMachine.parse(w.machine()).run(cutoff, w.blank(), null);
            if (!r.halted()) {
                throw new IllegalStateException("machine " + w.machine() + " does not halt within " + cutoff + " steps");
            }
            printed[b] = r.output();
        }
        int n = input.length();
        char[] out = new char[n];
        for (int w = 0; w < offsets.length; w++) {
            String s = printed[blockOf[w]];
            for (int j = 0; j < s.length(); j++) {
                int at = (offsets[w] + j) % n;
                if (out[at] != 0 && out[at] != s.charAt(j)) {
                    throw new IllegalStateException("window at " + offsets[w] + " prints " + s + ", which disagrees"
                            + " with an overlapping window at position " + (at + 1));
                }
                out[at] = s.charAt(j);
            }
        }
        return new String(out, 0, covered);
    }

    /** The program as text: the value, the distinct blocks with their machines, then the blocks in order. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "BDM %.6f bits = sum over %d distinct blocks of K + log2(occurrences)"
                + " (%s, block %s, %s%s), %d windows", bits, blocks.size(), scorer.values().name(),
                scorer.block().cols(), scorer.partition().label(),
                scorer.partition() == Partition.CORRELATED ? " shift " + scorer.shift() : "", offsets.length));
        sb.append(leftover().isEmpty() ? "" : "; leftover not covered: " + leftover()).append('\n');
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            sb.append(String.format(Locale.ROOT, "  #%d %s x%d  K %.6f + log2 %d = %.6f  ", b + 1, block.text(),
                    block.occurrences(), block.complexity(), block.occurrences(), block.bits()));
            Witness w = block.witness();
            if (w == null) {
                sb.append("literal (no machine of the table prints it; charged the largest K of its length + 1)");
            } else {
                sb.append("machine ").append(w.machine()).append(" blank ").append(w.blank()).append(" states ")
                        .append(w.states()).append(" steps ").append(w.steps());
            }
            sb.append('\n');
        }
        sb.append("  in order:");
        for (Repeat r : repeats) {
            sb.append(" #").append(r.block() + 1).append(r.repetitions() > 1 ? "x" + r.repetitions() : "");
        }
        return sb.append('\n').toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
