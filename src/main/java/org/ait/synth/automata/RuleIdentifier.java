package org.ait.synth.automata;

import java.util.List;
import org.ait.synth.automata.internal.Ranking;
import org.ait.synth.automata.internal.Search;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Identifies the rule behind a diagram: every rule of the families asked for, under every boundary asked for, is a
 * candidate program whose initial configuration is the first observed step; each is priced by its description
 * length (program bits under the prior, plus the data given the program, see {@code DataCode}) and the candidates
 * are grouped into ties and ranked. Immutable; the setters return a new identifier.
 *
 * <pre>{@code
 * Identification id = RuleIdentifier.of(RuleFamily.ELEMENTARY).identify(DiagramReader.rows(text));
 * id.best().members()   // the rules the data cannot tell apart, best (simplest table) first
 * }</pre>
 *
 * <p>Data are coded step by step, each cell predicted from the step before it, so a flipped cell costs its own
 * exception and those of the few cells it feeds, never a diverged run. Complete diagrams, and 2D ones, are scored
 * for all rules at once from counts of (context, next symbol); a 1D diagram with missing cells is decoded rule by
 * rule so that missing cells and steps are filled in by the rule.
 */
public final class RuleIdentifier {

    private final List<RuleFamily> families;
    private final List<Boundary> boundaries;
    private final ProgramPrior prior;
    private final int maxGroups;
    private final int maxMembers;

    private RuleIdentifier(List<RuleFamily> families, List<Boundary> boundaries, ProgramPrior prior, int maxGroups,
            int maxMembers) {
        if (families.isEmpty() || boundaries.isEmpty()) {
            throw new IllegalArgumentException("identification needs at least one family and one boundary");
        }
        this.families = List.copyOf(families);
        this.boundaries = List.copyOf(boundaries);
        this.prior = prior;
        this.maxGroups = maxGroups;
        this.maxMembers = maxMembers;
    }

    /** Every rule of these families, all boundaries, the algorithmic prior, up to 20 groups of 100 listed. */
    public static RuleIdentifier of(RuleFamily... families) {
        return new RuleIdentifier(List.of(families), List.of(Boundary.values()), ProgramPrior.ALGORITHMIC, 20, 100);
    }

    public RuleIdentifier boundaries(Boundary... boundaries) {
        return new RuleIdentifier(families, List.of(boundaries), prior, maxGroups, maxMembers);
    }

    public RuleIdentifier prior(ProgramPrior prior) {
        return new RuleIdentifier(families, boundaries, prior, maxGroups, maxMembers);
    }

    /** How many groups, and members of each, the result lists (the ranking itself considers every candidate). */
    public RuleIdentifier limit(int groups, int membersPerGroup) {
        if (groups < 1 || membersPerGroup < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        return new RuleIdentifier(families, boundaries, prior, groups, membersPerGroup);
    }

    /**
     * @throws IllegalArgumentException when the diagram has no observed cell, or no family fits its dimensions and
     *                                  symbols
     */
    public Identification identify(Diagram diagram) {
        Search search = new Search(diagram, families, boundaries);
        Ranking.Result r = Ranking.rank(search.score(prior), prior, maxGroups, maxMembers);
        return new Identification(r,
                (program, steps) -> program.continueFrom(search.lastConfiguration(program), steps));
    }
}
