package org.ait.synth.automata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ait.synth.automata.internal.ColumnScores;
import org.ait.synth.automata.internal.Ranking;
import org.ait.synth.automata.internal.RuleScores;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Identifies a 1D rule from a single column of its diagram: the column of a seed's centre cell (by default a single
 * cell of 1) on an infinite background of 0, such as rule 30's centre column. Every rule of the families is run
 * from the seed; rules that print the same column are ties, ranked by the prior of their tables; rules that miss
 * entries pay for them as exceptions. Immutable apart from a cache of the runs from the seed (they do not depend
 * on the column), and thread-safe; the setters return a new identifier.
 */
public final class ColumnIdentifier {

    private final List<RuleFamily> families;
    private final byte[] seed;
    private final ProgramPrior prior;
    private final int maxGroups;
    private final int maxMembers;
    /** The runs from the seed depend only on family and length, not on the column: kept for the next column. */
    private final Map<List<Object>, byte[][]> runs = new ConcurrentHashMap<>();

    private ColumnIdentifier(List<RuleFamily> families, byte[] seed, ProgramPrior prior, int maxGroups,
            int maxMembers) {
        for (RuleFamily f : families) {
            if (f.dimensions() != 1) {
                throw new IllegalArgumentException("a column comes from a 1D rule, not " + f.name());
            }
        }
        if (families.isEmpty() || seed.length == 0) {
            throw new IllegalArgumentException("a column identification needs a family and a seed");
        }
        this.families = List.copyOf(families);
        this.seed = seed.clone();
        this.prior = prior;
        this.maxGroups = maxGroups;
        this.maxMembers = maxMembers;
    }

    /** A single-cell seed, the algorithmic prior, up to 20 groups of 300 listed. */
    public static ColumnIdentifier of(RuleFamily... families) {
        return new ColumnIdentifier(List.of(families), new byte[] {1}, ProgramPrior.ALGORITHMIC, 20, 300);
    }

    /** The seed row, centred on the background of 0; the column is that of its centre cell (index length / 2). */
    public ColumnIdentifier seed(byte... seed) {
        return new ColumnIdentifier(families, seed, prior, maxGroups, maxMembers);
    }

    public ColumnIdentifier prior(ProgramPrior prior) {
        return new ColumnIdentifier(families, seed, prior, maxGroups, maxMembers);
    }

    public ColumnIdentifier limit(int groups, int membersPerGroup) {
        if (groups < 1 || membersPerGroup < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        return new ColumnIdentifier(families, seed, prior, groups, membersPerGroup);
    }

    /** Identifies the rule from the column's entries, step 0 first ({@link Diagram#MISSING} for a missing entry). */
    public Identification identify(byte[] column) {
        int colours = 2;
        for (byte b : column) {
            colours = Math.max(colours, b + 1);
        }
        for (byte b : seed) {
            colours = Math.max(colours, b + 1);
        }
        List<RuleScores> scores = new ArrayList<>();
        for (RuleFamily family : families) {
            if (family.colours() >= colours) {
                byte[][] r = runs.computeIfAbsent(List.of(family, column.length),
                        key -> ColumnScores.runs(family, seed, column.length));
                scores.add(new ColumnScores(family, seed, r, column));
            }
        }
        if (scores.isEmpty() || column.length == 0) {
            throw new IllegalArgumentException("no family given has the " + colours + " colours of the column");
        }
        Ranking.Result r = Ranking.rank(scores, prior, maxGroups, maxMembers);
        int shown = column.length;
        return new Identification(r, (program, steps) -> {
            CaProgram wide = ColumnScores.seeded(program.family(), program.rule(), seed, shown + steps);
            byte[] all = ColumnScores.centreColumn(wide, shown + steps);
            byte[][] rows = new byte[steps][];
            for (int t = 0; t < steps; t++) {
                rows[t] = Arrays.copyOfRange(all, shown + t, shown + t + 1);
            }
            return Diagram.ofRows(rows);
        });
    }
}
