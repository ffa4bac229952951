package org.ait.synth.automata.internal;

import java.util.HashMap;
import java.util.Map;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;

/**
 * Scores every rule of a 1D family on one column: the rule is run from a seed on a background of 0 and the column
 * of the seed's centre cell is compared with the data (every observed entry, the first one included). The
 * background is infinite; a ring wide enough that nothing crosses it within the steps shown is the same program:
 * the centre cell at step t depends only on the cells within radius * t of it at step 0.
 */
public final class ColumnScores implements RuleScores {

    private final RuleFamily family;
    private final byte[] seed;
    private final int steps;
    private final byte[][] predictions;
    private final int[] exceptions;
    private final int[] keys;
    private final int predicted;

    /** The centre column of every rule of the family from the seed, {@code steps} entries each (index = rule). */
    public static byte[][] runs(RuleFamily family, byte[] seed, int steps) {
        byte[][] runs = new byte[family.rules()][];
        for (int rule = 0; rule < runs.length; rule++) {
            runs[rule] = centreColumn(seeded(family, rule, seed, steps), steps);
        }
        return runs;
    }

    /** Scores the rules on the column, given their {@link #runs} from the seed. */
    public ColumnScores(RuleFamily family, byte[] seed, byte[][] runs, byte[] column) {
        this.family = family;
        this.seed = seed.clone();
        this.steps = column.length;
        int n = 0;
        for (byte b : column) {
            n += b == Diagram.MISSING ? 0 : 1;
        }
        predicted = n;
        int rules = family.rules();
        predictions = new byte[rules][];
        exceptions = new int[rules];
        keys = new int[rules];
        Map<Predictions, Integer> distinct = new HashMap<>();
        for (int rule = 0; rule < rules; rule++) {
            byte[] run = runs[rule];
            byte[] p = new byte[n];
            int i = 0;
            for (int t = 0; t < steps; t++) {
                if (column[t] != Diagram.MISSING) {
                    p[i++] = run[t];
                    exceptions[rule] += run[t] != column[t] ? 1 : 0;
                }
            }
            predictions[rule] = p;
            Integer key = distinct.putIfAbsent(new Predictions(p), rule);
            keys[rule] = key == null ? rule : key;
        }
    }

    /** The program: the seed centred in a ring of 0 wide enough for {@code steps} steps. */
    public static CaProgram seeded(RuleFamily family, int rule, byte[] seed, int steps) {
        int margin = family.radius() * Math.max(steps - 1, 1);
        byte[] row = new byte[seed.length + 2 * margin];
        System.arraycopy(seed, 0, row, margin, seed.length);
        return new CaProgram(family, rule, Boundary.CYCLIC, row.length, row);
    }

    /**
     * The first {@code steps} entries of the column of the seed's centre cell in a run of a {@link #seeded} program.
     * Only the light cone of the last entry is computed: at step t the cells within radius * (steps - 1 - t) of the
     * centre.
     */
    public static byte[] centreColumn(CaProgram seeded, int steps) {
        int width = seeded.width();
        int centre = width / 2;
        int r = seeded.family().radius();
        byte[] outputs = seeded.family().outputs(seeded.rule());
        byte[] column = new byte[steps];
        byte[] row = seeded.initial();
        byte[] next = new byte[width];
        column[0] = row[centre];
        for (int t = 1; t < steps; t++) {
            int reach = r * (steps - 1 - t);
            for (int x = centre - reach; x <= centre + reach; x++) {
                next[x] = outputs[seeded.family().context(row, width, x, Boundary.CYCLIC)];
            }
            byte[] swap = row;
            row = next;
            next = swap;
            column[t] = row[centre];
        }
        return column;
    }

    @Override
    public RuleFamily family() {
        return family;
    }

    @Override
    public Boundary boundary() {
        return Boundary.CYCLIC;
    }

    @Override
    public double dataBits(int rule) {
        return DataCode.exceptionBits(predicted, exceptions[rule], family.colours());
    }

    @Override
    public int predicted(int rule) {
        return predicted;
    }

    @Override
    public int exceptions(int rule) {
        return exceptions[rule];
    }

    @Override
    public int unpredicted(int rule) {
        return 0;
    }

    @Override
    public int tieKey(int rule) {
        return keys[rule];
    }

    @Override
    public byte[] predictions(int rule) {
        return predictions[rule].clone();
    }

    @Override
    public CaProgram program(int rule) {
        return seeded(family, rule, seed, steps);
    }
}
