package org.ait.collapse.learners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.collapse.generators.Machine;
import org.ait.collapse.generators.MachineGenerator;
import org.ait.ctm.CtmTable;
import org.ait.ctm.TableCatalog;
import org.ait.ctm.Witness;

/**
 * The machines beyond two states that {@link MachineLearner} considers: the witness machines of the shipped exact
 * tables D(3) and D(4) ({@link CtmTable#witness}: for each output, the least machine that prints it from a blank
 * tape), those that start on the blank-0 tape and have more than two states, each once. Enumerating the 3- and 4-state
 * spaces per fit is out of reach (7.5 million and 25.6 billion machines); the witnesses are a few thousand machines
 * the tables single out, each with the algorithmic probability of its output, K = -log2 D(output), its prior here.
 * Ordered by states, then K, then text; their outputs on every input are computed once.
 */
final class WitnessCandidates {

    /** The tables whose witnesses are candidates. */
    static final List<String> TABLES = List.of("ctm-1d-s3-k2", "ctm-1d-s4-k2");

    /**
     * One candidate: the machine, the table output it is the witness of, K of that output, its behaviour (outputs on
     * every input) and the behaviour as {@link OutputIds}.
     */
    record Candidate(Machine machine, String table, String output, double k, byte[][] outputs, int[] ids) {
    }

    private static volatile List<Candidate> all;

    private WitnessCandidates() {
    }

    static List<Candidate> all() {
        List<Candidate> c = all;
        if (c == null) {
            synchronized (WitnessCandidates.class) {
                if (all == null) {
                    all = load();
                }
                c = all;
            }
        }
        return c;
    }

    private static List<Candidate> load() {
        Map<String, Candidate> byText = new LinkedHashMap<>();
        for (String name : TABLES) {
            CtmTable t;
            try {
                t = TableCatalog.load(name);
            } catch (IOException e) {
                throw new UncheckedIOException("machine identification needs the shipped table " + name, e);
            }
            for (CtmTable.Row r : t.rows(t.maxLength())) {
                Witness w = t.witness(r.output());
                if (w == null || w.blank() != 0 || w.states() <= 2 || byText.containsKey(w.machine())) {
                    continue;
                }
                Machine m = Machine.parse(w.machine());
                byte[][] outputs = MachineGenerator.outputs(m);
                byText.put(w.machine(), new Candidate(m, name, r.output(), w.complexity(), outputs,
                        OutputIds.of(outputs)));
            }
        }
        List<Candidate> out = new ArrayList<>(byText.values());
        out.sort(Comparator.comparingInt((Candidate c) -> c.machine().states()).thenComparingDouble(Candidate::k)
                .thenComparing(c -> c.machine().text()));
        return List.copyOf(out);
    }
}
