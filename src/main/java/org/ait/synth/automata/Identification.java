package org.ait.synth.automata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ait.synth.automata.internal.Ranking;

/**
 * The result of an identification: tie groups ranked by their best member's description length (best first), each
 * listing the candidates that predict the observed data alike, and the next steps each candidate predicts.
 */
public final class Identification {

    private final List<TieGroup> groups;
    private final int groupCount;
    private final Ranking.Lookup lookup;
    private final BiFunction<CaProgram, Integer, Diagram> predictor;

    Identification(Ranking.Result ranking, BiFunction<CaProgram, Integer, Diagram> predictor) {
        this.groups = List.copyOf(ranking.groups());
        this.groupCount = ranking.groupCount();
        this.lookup = ranking.lookup();
        this.predictor = predictor;
    }

    /** The listed groups, best first. */
    public List<TieGroup> groups() {
        return groups;
    }

    /** How many tie groups there are in all (more than are listed when the identifier's limit cut them). */
    public int groupCount() {
        return groupCount;
    }

    /** The best group: the programs the data and the prior favour, which the data cannot tell apart. */
    public TieGroup best() {
        return groups.get(0);
    }

    /**
     * Any candidate that was scored, listed or not: how a given rule fares. Its {@link Candidate#tieGroup} is -1
     * when its group is not listed.
     *
     * @throws IllegalArgumentException when no such candidate was scored
     */
    public Candidate candidate(RuleFamily family, int rule, Boundary boundary) {
        Candidate c = lookup.candidate(family, boundary, rule);
        if (c == null) {
            throw new IllegalArgumentException(family.name() + " " + family.ruleName(rule) + " under a "
                    + boundary.label() + " boundary was not scored");
        }
        return c;
    }

    /** Every listed candidate, best first. */
    public List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.members()));
        all.sort((a, b) -> Double.compare(a.bits(), b.bits()));
        return all;
    }

    /**
     * The next {@code steps} rows or frames under a candidate's program, continuing from the last observed step
     * (its missing cells filled in by the program); for a column identification, the next entries of the column.
     */
    public Diagram predict(Candidate candidate, int steps) {
        return predictor.apply(candidate.program(), steps);
    }

    /** A report: one line per listed candidate, groups separated, ties marked. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (TieGroup g : groups) {
            s.append(String.format("group %d: %d program%s predicting alike%s%n", g.rank() + 1, g.size(),
                    g.size() == 1 ? "" : "s", g.complete() ? "" : " (" + g.members().size() + " listed)"));
            for (Candidate c : g.members()) {
                s.append("  ").append(c.text()).append('\n');
            }
        }
        if (groupCount > groups.size()) {
            s.append(groupCount - groups.size()).append(" more groups not listed\n");
        }
        return s.toString();
    }
}
