package org.ait.synth.automata;

import java.util.List;

/**
 * Candidates whose predictions agree on every observed cell: the data cannot tell them apart, only the prior does.
 * Members are listed best first, up to the identifier's limit; {@code size} counts them all.
 *
 * @param rank 0 for the best group
 */
public record TieGroup(int rank, long size, List<Candidate> members) {

    public TieGroup {
        members = List.copyOf(members);
    }

    /** The member with the fewest bits. */
    public Candidate best() {
        return members.get(0);
    }

    /** True when every member is listed. */
    public boolean complete() {
        return members.size() == size;
    }

    /** True when a listed member runs this rule of this family. */
    public boolean contains(RuleFamily family, int rule) {
        return members.stream().anyMatch(c -> c.program().family().equals(family) && c.program().rule() == rule);
    }
}
