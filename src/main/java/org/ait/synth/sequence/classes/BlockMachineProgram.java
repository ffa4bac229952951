package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.ait.bdm.BdmProgram;
import org.ait.ctm.Witness;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.tm.RunDiagram;

/**
 * A binary string as the program its BDM value stands for ({@link BdmProgram}): the string cut into blocks of 12 (the
 * recursive partition, down to single symbols, so every symbol is covered), each distinct block printed by its witness
 * machine, then the blocks in order. Its code, in ideal lengths: the string's length n and the number m of distinct
 * blocks (Elias delta), then per distinct block one bit (machine or literal) and its code (K(block) bits under the
 * table's D; a block no machine prints, its length and symbols), then for every window of the partition (whose layout
 * n fixes) which of the m blocks it holds, log2 m bits. It is never shorter than the BDM value, which leaves out the
 * order of the blocks; the BDM value is reported beside it. It does not extend the string.
 *
 * @param program the BDM program
 * @param table   the name of the table of the blocks
 * @param length  the string's length
 */
public record BlockMachineProgram(BdmProgram program, String table, int length) implements SequenceProgram {

    @Override
    public String className() {
        return "tm";
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d blocks of %s printed by their witness machines, in order:", program.blocks().size(), table));
        for (BdmProgram.Repeat r : program.repeats()) {
            sb.append(" #").append(r.block() + 1).append(r.repetitions() > 1 ? "x" + r.repetitions() : "");
        }
        sb.append(';');
        for (int b = 0; b < program.blocks().size(); b++) {
            BdmProgram.Block block = program.blocks().get(b);
            sb.append(b > 0 ? "," : "").append(" #").append(b + 1).append(' ').append(block.text());
            Witness w = block.witness();
            sb.append(w == null ? " literal" : " by " + MachineProgram.visited(w)
                    + (w.blank() == 0 ? "" : " from blank 1"));
        }
        return sb.append(String.format(Locale.ROOT, " (BDM %.6f bits)", program.bits())).toString();
    }

    @Override
    public OptionalDouble codeBits() {
        List<BdmProgram.Block> blocks = program.blocks();
        int m = blocks.size();
        double bits = BitCode.naturalLength(BigInteger.valueOf(length)) + BitCode.naturalLength(BigInteger.valueOf(m));
        long windows = 0;
        for (BdmProgram.Block b : blocks) {
            bits += 1 + (b.literal() ? BitCode.naturalLength(BigInteger.valueOf(b.text().length())) + b.text().length()
                    : b.complexity());
            windows += b.occurrences();
        }
        return OptionalDouble.of(bits + windows * (Math.log(m) / Math.log(2)));
    }

    /** The code with whole bits: every block's machine as {@link MachineProgram#encode} writes it. */
    @Override
    public void encode(BitCode code) {
        List<BdmProgram.Block> blocks = program.blocks();
        code.natural(length).natural(blocks.size());
        for (BdmProgram.Block b : blocks) {
            code.bit(b.literal());
            if (b.literal()) {
                code.natural(b.text().length());
                for (char c : b.text().toCharArray()) {
                    code.bit(c == '1');
                }
            } else {
                MachineProgram.encode(code, MachineProgram.visited(b.witness()), b.witness().blank());
            }
        }
        for (BdmProgram.Repeat r : program.repeats()) {
            for (int i = 0; i < r.repetitions(); i++) {
                code.choice(r.block(), blocks.size());
            }
        }
    }

    /** Every machine run by the plain simulator, the outputs laid out as the partition does. */
    @Override
    public BigInteger[] terms(int count) {
        String s = program.run() + program.leftover();
        int n = Math.min(count, s.length());
        BigInteger[] out = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            out[i] = BigInteger.valueOf(s.charAt(i) - '0');
        }
        return out;
    }

    /** The BDM value and the blocks, each with cli.md's machine fields (null for a literal block). */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("table", table);
        f.put("block_size", WitnessTables.BLOCK);
        f.put("partition", "recursive");
        f.put("bdm_bits", program.bits());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (BdmProgram.Block b : program.blocks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            Witness w = b.witness();
            m.put("block", b.text());
            m.put("occurrences", b.occurrences());
            m.put("complexity", b.complexity());
            m.put("machine", w == null ? null : MachineProgram.visited(w));
            m.put("states", w == null ? null : w.states());
            m.put("steps", w == null ? null : w.steps());
            m.put("blank", w == null ? null : w.blank());
            blocks.add(m);
        }
        f.put("blocks", blocks);
        List<Integer> order = new ArrayList<>();
        for (BdmProgram.Repeat r : program.repeats()) {
            for (int i = 0; i < r.repetitions(); i++) {
                order.add(r.block() + 1);
            }
        }
        f.put("order", order);
        return f;
    }

    /** The run of every distinct block's machine. */
    @Override
    public List<String> diagrams() {
        List<String> out = new ArrayList<>();
        for (int b = 0; b < program.blocks().size(); b++) {
            BdmProgram.Block block = program.blocks().get(b);
            Witness w = block.witness();
            if (w != null) {
                out.add("#" + (b + 1) + " " + block.text() + ": " + RunDiagram.of(MachineProgram.visited(w),
                        w.blank(), Math.toIntExact(w.steps())).text());
            }
        }
        return out;
    }
}
