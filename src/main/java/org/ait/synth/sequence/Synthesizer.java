package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.mdl.ProgramPrior;

/**
 * The entry point of sequence synthesis: the most probable generating programs of a sequence, best first. Every
 * class of {@link ProgramClasses} proposes candidates; each is run over the input and scored by its description
 * length (its code under the prior, plus the terms it gets wrong); each listed program comes with its probability
 * relative to the best, 2^-(bits - best bits), and its continuation.
 *
 * <pre>{@code
 * SynthesisResult r = Synthesizer.builder().build().synthesize(Sequence.integers(0, 1, 1, 2, 3, 5, 8, 13), 5);
 * r.best().program().text();   // a(n) = a(n-1) + a(n-2); a(0..1) = 0, 1
 * r.best().prediction();       // [21, 34, 55, 89, 144]
 * }</pre>
 *
 * <p>Searches are bounded by sizes, not by time, so the result is the same on any machine and for any number of
 * threads; the time limit only cuts a search that would run too long, and the result then says so.
 */
public final class Synthesizer {

    /** Shortest input on which a class can check a rule beyond the terms that state it. */
    public static final int MIN_IDENTIFIABLE = 4;

    private static final java.util.concurrent.Executor PREPARE = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "synth-prepare");
        t.setDaemon(true);
        return t;
    });

    private final List<ProgramClass> classes;
    private final ProgramPrior prior;
    private final long timeNanos;
    private final int top;
    private final java.util.function.Consumer<String> progress;

    private Synthesizer(Builder b) {
        this.classes = List.copyOf(b.classes);
        this.prior = b.prior;
        this.timeNanos = b.timeNanos;
        this.top = b.top;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings; defaults: every class, the algorithmic prior, 10 s, the best 5 programs. */
    public static final class Builder {
        private List<ProgramClass> classes = ProgramClasses.defaults();
        private ProgramPrior prior = ProgramPrior.ALGORITHMIC;
        private long timeNanos = 10_000_000_000L;
        private int top = 5;
        private java.util.function.Consumer<String> progress = s -> { };

        /** Receives the name of each class as its search starts (for progress on long runs). */
        public Builder progress(java.util.function.Consumer<String> listener) {
            this.progress = listener;
            return this;
        }

        public Builder classes(List<ProgramClass> classes) {
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("no program class to search");
            }
            this.classes = classes;
            return this;
        }

        public Builder prior(ProgramPrior prior) {
            this.prior = prior;
            return this;
        }

        /** Time limit of one synthesis, in seconds (> 0). */
        public Builder timeSeconds(double seconds) {
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("time must be positive, got " + seconds);
            }
            this.timeNanos = (long) (seconds * 1e9);
            return this;
        }

        /** Programs listed (>= 1). */
        public Builder top(int top) {
            if (top < 1) {
                throw new IllegalArgumentException("top must be at least 1, got " + top);
            }
            this.top = top;
            return this;
        }

        public Synthesizer build() {
            return new Synthesizer(this);
        }
    }

    /**
     * Builds the classes' one-time tables now (otherwise the first synthesis builds them on another core while it
     * searches): for callers that time each synthesis, so the process's setup is not charged to its first input.
     */
    public void prepare() {
        classes.forEach(ProgramClass::prepare);
    }

    /** The ranked programs of {@code input}, each with its next {@code predict} terms. */
    public SynthesisResult synthesize(Sequence input, int predict) {
        if (predict < 0) {
            throw new IllegalArgumentException("predict must be >= 0, got " + predict);
        }
        long start = System.nanoTime();
        // One-time tables are built on another core while the cheap classes search (the result does not depend on it).
        PREPARE.execute(() -> classes.forEach(ProgramClass::prepare));
        // The searches stop a little early so that the fallback, the ranking and the predictions fit in the limit too.
        Ranking ranking = new Ranking(input, prior, start + timeNanos - timeNanos / 25);
        SearchContext ctx = new SearchContext(input, ranking);
        for (ProgramClass c : classes) {
            // The fallback describes every input, so it runs even when time is up.
            if (c.appliesTo(input) && (!ranking.timeUp() || c.name().equals("literal"))) {
                long t0 = System.nanoTime();
                progress.accept(c.name());
                c.search(ctx);
                ranking.searched(c.name(), String.format(java.util.Locale.ROOT, "%.3f s", (System.nanoTime() - t0) / 1e9));
            }
        }
        List<Candidate> best = ranking.best(top);
        List<RankedProgram> out = new ArrayList<>();
        double min = best.isEmpty() ? 0 : best.get(0).totalBits();
        int n = input.length();
        for (Candidate c : best) {
            List<BigInteger> next = List.of();
            if (predict > 0) {
                BigInteger[] all;
                try {
                    all = c.program().terms(n + predict);
                } catch (ArithmeticException e) {
                    all = new BigInteger[0];
                }
                next = all.length > n ? Arrays.asList(Arrays.copyOfRange(all, n, all.length)) : List.of();
            }
            out.add(new RankedProgram(c, Math.pow(2, min - c.totalBits()), next));
        }
        List<String> notes = new ArrayList<>();
        if (input.length() < MIN_IDENTIFIABLE) {
            notes.add("too short to identify a mechanism: " + input.length() + " term" + (input.length() == 1 ? "" : "s")
                    + " (at least " + MIN_IDENTIFIABLE + " are needed to check any rule); the ranking below is of"
                    + " honest fallbacks");
        } else if (!out.isEmpty() && out.get(0).prediction().isEmpty() && predict > 0) {
            int extending = 0;
            while (extending < out.size() && out.get(extending).prediction().isEmpty()) {
                extending++;
            }
            if (out.get(0).program().className().equals("tm")) {
                notes.add("the best program is a halting machine: it prints the input and nothing more, so it predicts"
                        + " nothing" + (extending < out.size() ? "; program " + (extending + 1) + " is the best"
                        + " listed that extends the input" : ""));
            } else {
                notes.add("no program found that is shorter than the input written out and extends it");
            }
        }
        if (out.isEmpty()) {
            notes.add("no program of the classes searched (" + String.join(", ", classes.stream().map(ProgramClass::name)
                    .toList()) + ") describes the input; the classes literal and bdm describe every input");
        }
        return new SynthesisResult(input, out, ranking.searched(), ranking.timedOut(), prior.label(),
                System.nanoTime() - start, notes);
    }
}
