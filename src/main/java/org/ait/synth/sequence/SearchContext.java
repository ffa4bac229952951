package org.ait.synth.sequence;

import java.util.function.UnaryOperator;

/**
 * What a class search sees: the input, the time left, and where candidates go. A derived context (a transform's
 * inner search on a reduced sequence) wraps every program it is offered into the transform and forwards it, so every
 * candidate is finally scored against the user's own input.
 */
public final class SearchContext {

    private final Sequence input;
    private final Ranking ranking;
    private final UnaryOperator<SequenceProgram> wrap;
    private final String path;
    private final String reducedBy;
    private final int depth;

    SearchContext(Sequence input, Ranking ranking) {
        this(input, ranking, UnaryOperator.identity(), "", "", 0);
    }

    private SearchContext(Sequence input, Ranking ranking, UnaryOperator<SequenceProgram> wrap, String path,
            String reducedBy, int depth) {
        this.input = input;
        this.ranking = ranking;
        this.wrap = wrap;
        this.path = path;
        this.reducedBy = reducedBy;
        this.depth = depth;
    }

    /** The name of the reduction that made this context's input from its parent's ("" for the user's input). */
    public String reducedBy() {
        return reducedBy;
    }

    /** The sequence to describe (the user's input, or a transform's reduction of it). */
    public Sequence input() {
        return input;
    }

    /** Whether the search's time limit has passed; a class then returns with what it has. */
    public boolean timeUp() {
        return ranking.timeUp();
    }

    /** Number of transforms between this context and the user's input. */
    public int depth() {
        return depth;
    }

    /** Scores a program (after wrapping it into the transforms this context stands for). */
    public void offer(SequenceProgram program) {
        ranking.offer(wrap.apply(program));
    }

    /** The best total so far for the user's input (a search may stop once it cannot beat it by much). */
    public double bestBits() {
        return ranking.bestBits();
    }

    /**
     * Records what a class searched on the user's input, e.g. "orders up to 12" (searches on a transform's reduction
     * are summarised by the transform class itself).
     */
    public void searched(String className, String what) {
        if (depth == 0) {
            ranking.searched(className, what);
        }
    }

    /**
     * The best program for another sequence (a part of this one), searched with {@code classes} and scored against
     * that sequence alone; null when only a description that cannot extend it (the terms written out) is found.
     */
    public SequenceProgram solve(Sequence part, java.util.List<ProgramClass> classes) {
        Ranking own = ranking.child(part);
        SearchContext sub = new SearchContext(part, own, UnaryOperator.identity(), path, "part", depth + 1);
        for (ProgramClass c : classes) {
            if (own.timeUp()) {
                break;
            }
            if (c.appliesTo(part)) {
                c.search(sub);
            }
        }
        java.util.List<Candidate> best = own.best(1);
        if (best.isEmpty()) {
            return null;
        }
        SequenceProgram p = best.get(0).program();
        java.math.BigInteger[] more;
        try {
            more = p.terms(part.length() + 1);
        } catch (ArithmeticException e) {
            return null;
        }
        return more.length > part.length() ? p : null;
    }

    /** A context for a sequence derived from this one; its programs are wrapped by {@code wrap} before scoring. */
    public SearchContext derived(Sequence reduced, String name, UnaryOperator<SequenceProgram> wrap) {
        UnaryOperator<SequenceProgram> outer = this.wrap;
        return new SearchContext(reduced, ranking, p -> outer.apply(wrap.apply(p)),
                path.isEmpty() ? name : path + " > " + name, name, depth + 1);
    }
}
