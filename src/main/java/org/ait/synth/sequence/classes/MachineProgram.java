package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.ait.ctm.Witness;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.tm.RunDiagram;
import org.ait.tm.TuringMachine;

/**
 * A binary string as the output of a Turing machine: the witness of a CTM table (the least machine that prints it from
 * a blank tape). Its code is the string's ideal code under the table's algorithmic probability D, so its length is
 * K(s) = -log2 D(s), the coding theorem's description length; the machine is what the code stands for, printed,
 * runnable and checked ({@link #terms} runs it with the plain simulator). A halting machine prints nothing more: the
 * program does not extend the string.
 *
 * @param witness the table's witness, count and K
 * @param machine the witness's text without the states its run never visits (a machine of {@code states} states)
 * @param table   the table's name
 * @param cutoff  the table's step limit
 * @param tables  the string's count and K in every table that has it, smallest first
 */
public record MachineProgram(Witness witness, String machine, String table, int cutoff, List<TableValue> tables)
        implements SequenceProgram {

    /** The count and K of a string in one table. */
    public record TableValue(String table, long count, double complexity) {
    }

    public MachineProgram {
        tables = List.copyOf(tables);
    }

    /** The program of a witness. */
    static MachineProgram of(Witness w, String table, int cutoff, List<TableValue> tables) {
        return new MachineProgram(w, visited(w), table, cutoff, tables);
    }

    /**
     * The witness's machine without the states its run never visits: the enumerator gives each newly visited state the
     * next letter, so those are the last ones, and every visited state has a transition its run reads.
     */
    static String visited(Witness w) {
        String[] states = w.machine().split("_");
        return String.join("_", java.util.Arrays.copyOf(states, Math.max(1, w.states())));
    }

    @Override
    public String className() {
        return "tm";
    }

    @Override
    public String text() {
        return String.format(Locale.ROOT, "%s from a blank-%d tape halts after %d step%s (%d state%s, %d"
                + " transitions); K = %.6f bits in %s", machine, witness.blank(), witness.steps(),
                witness.steps() == 1 ? "" : "s", witness.states(), witness.states() == 1 ? "" : "s",
                witness.transitions(), witness.complexity(), table);
    }

    /** The string's ideal code under the table's D: K(s) bits. */
    @Override
    public OptionalDouble codeBits() {
        return OptionalDouble.of(witness.complexity());
    }

    /**
     * The machine itself, for a class that nests this program in another (the ranking uses {@link #codeBits()}): its
     * number of states, the blank, and each transition as one of the 4n + 2 choices of formalism §1 or undefined.
     */
    @Override
    public void encode(BitCode code) {
        encode(code, machine, witness.blank());
    }

    /** Writes a binary machine of formalism §1 text and its blank (see {@link #encode(BitCode)}). */
    static void encode(BitCode code, String machine, int blank) {
        TuringMachine m = TuringMachine.parse(machine);
        int n = m.space().states();
        code.natural(n - 1).choice(blank, 2);
        for (int q = 0; q < n; q++) {
            for (int read = 0; read < 2; read++) {
                TuringMachine.Action a = m.action(q, read);
                int choice = a == null ? 0 : a.halts() ? 1 + a.write()
                        : 3 + (a.next() * 2 + (a.move() < 0 ? 0 : 1)) * 2 + a.write();
                code.choice(choice, 4 * n + 3);
            }
        }
    }

    /** The machine's output, run by the plain simulator (at most {@code count} symbols: it halts). */
    @Override
    public BigInteger[] terms(int count) {
        TuringMachine.RunResult r = TuringMachine.parse(machine).run(cutoff, witness.blank(), null);
        if (!r.halted()) {
            return new BigInteger[0];
        }
        int n = Math.min(count, r.output().length());
        BigInteger[] out = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            out[i] = BigInteger.valueOf(r.output().charAt(i) - '0');
        }
        return out;
    }

    /** cli.md's machine fields, then the table's values: count, K, probability, and per table. */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("machine", machine);
        f.put("states", witness.states());
        f.put("steps", witness.steps());
        f.put("blank", witness.blank());
        f.put("transitions", witness.transitions());
        f.put("table", table);
        f.put("count", witness.count());
        f.put("complexity", witness.complexity());
        f.put("probability", Math.pow(2, -witness.complexity()));
        List<Map<String, Object>> per = new ArrayList<>();
        for (TableValue v : tables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", v.table());
            m.put("count", v.count());
            m.put("complexity", v.complexity());
            per.add(m);
        }
        f.put("tables", per);
        return f;
    }

    @Override
    public List<String> diagrams() {
        return List.of(RunDiagram.of(machine, witness.blank(), cutoff).text());
    }
}
