package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Scores every offered program against the input and keeps the best: a program is run for as many terms as were
 * given; the terms it gets wrong are its exceptions, charged as data given the program (their number, each
 * position among the n terms, and the correction as an integer), so that a rule with one misprinted term still
 * costs less than the terms written out. A program that is undefined before the end of the input, or wrong on more
 * than half of it, is not a description of it and is dropped.
 */
final class Ranking {

    private final Sequence input;
    private final ProgramPrior prior;
    private final long deadlineNanos;
    private final Map<String, Candidate> byText = new HashMap<>();
    private final Map<String, String> searched = new LinkedHashMap<>();
    private double best = Double.POSITIVE_INFINITY;
    private boolean timedOut;

    Ranking(Sequence input, ProgramPrior prior, long deadlineNanos) {
        this.input = input;
        this.prior = prior;
        this.deadlineNanos = deadlineNanos;
    }

    /** A ranking of another input under the same prior and deadline (its own searched notes are not kept). */
    Ranking child(Sequence other) {
        return new Ranking(other, prior, deadlineNanos);
    }

    boolean timeUp() {
        if (!timedOut && System.nanoTime() > deadlineNanos) {
            timedOut = true;
        }
        return timedOut;
    }

    boolean timedOut() {
        return timedOut;
    }

    double bestBits() {
        return best;
    }

    void searched(String name, String what) {
        searched.merge(name, what, (a, b) -> a + "; " + b);
    }

    Map<String, String> searched() {
        return searched;
    }

    /**
     * How far behind the best a program may be and still be run: 2^-64 relative probability is nothing a reader
     * sees, and skipping the run of such programs (most of what a search offers on a simple input) keeps the cost of
     * a search in the programs that matter.
     */
    static final double SLACK_BITS = 64;

    /** Scores {@code program}; returns its candidate, or null when it does not describe the input (or is hopeless). */
    Candidate offer(SequenceProgram program) {
        BitCode code = new BitCode();
        ProgramClasses.writeTag(code, program.className());
        program.encode(code);
        double programBits = prior.bits(code);
        if (programBits > best + SLACK_BITS) {
            return null;
        }
        String text = program.text();
        Candidate known = byText.get(text);
        if (known != null) {
            return known;
        }
        int n = input.length();
        BigInteger[] out;
        try {
            out = program.terms(n);
        } catch (ArithmeticException e) {
            return null;
        }
        if (out == null || out.length < n) {
            return null;
        }
        int[] wrong = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!out[i].equals(input.term(i))) {
                wrong[count++] = i;
                if (2 * count > n) {
                    return null;
                }
            }
        }
        BitCode data = new BitCode().natural(count);
        for (int j = 0; j < count; j++) {
            int i = wrong[j];
            data.choice(i, n).integer(input.term(i).subtract(out[i]));
        }
        Candidate c = new Candidate(program, programBits, prior.bits(data), java.util.Arrays.copyOf(wrong, count));
        byText.put(text, c);
        best = Math.min(best, c.totalBits());
        return c;
    }

    /** The best {@code top} candidates, best first (ties: shorter program text, then text order). */
    List<Candidate> best(int top) {
        List<Candidate> all = new ArrayList<>(byText.values());
        all.sort(Comparator.comparingDouble(Candidate::totalBits)
                .thenComparingInt(c -> c.program().text().length())
                .thenComparing(c -> c.program().text()));
        return all.subList(0, Math.min(top, all.size()));
    }
}
