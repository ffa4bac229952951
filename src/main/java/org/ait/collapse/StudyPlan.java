package org.ait.collapse;

import java.util.ArrayList;
import java.util.List;
import org.ait.io.InputException;

/**
 * A study made concrete: the parts of a named or custom study turned into configurations (generator x learner x
 * schedule), each with its seeds, and the notes the report prints about what the metrics see and what the symbolic
 * learners assume. Every bad name or number is an {@link InputException} with a one-line message, raised
 * before anything runs.
 *
 * @param configurations one per (part, learner, schedule)
 * @param seeds          the seeds of each configuration, aligned with {@code configurations}
 * @param notes          sentences for the report
 * @param neural         whether a configuration uses the neural language model
 */
public record StudyPlan(List<Configuration<?>> configurations, List<List<Long>> seeds, List<String> notes,
        boolean neural) {

    /**
     * What the command line may change in the parts of a study.
     *
     * @param seeds       seeds per configuration (capped by a part's own maximum)
     * @param firstSeed   the first seed; seeds are S, S + 1, ...
     * @param samples     items a generation, or null for each part's own
     * @param generations generations, or null for each part's own
     * @param fitSeconds  safety time limit of one formula fit
     * @throws InputException for a count below 1 or a time that is not a positive number
     */
    public record Overrides(int seeds, long firstSeed, Integer samples, Integer generations, double fitSeconds) {
        public Overrides {
            if (seeds < 1) {
                throw new InputException("--seeds must be at least 1, got " + seeds);
            }
            if (samples != null && samples < 1) {
                throw new InputException("--samples must be at least 1, got " + samples);
            }
            if (generations != null && generations < 1) {
                throw new InputException("--generations must be at least 1, got " + generations);
            }
            if (!(fitSeconds > 0) || Double.isInfinite(fitSeconds)) {
                throw new InputException("--time must be a positive number of seconds, got " + fitSeconds);
            }
        }
    }

    public StudyPlan {
        configurations = List.copyOf(configurations);
        seeds = List.copyOf(seeds);
        notes = List.copyOf(notes);
    }

    /** The one part of a custom study: one generator, learners and schedules as the command line lists them. */
    public static Studies.Part custom(String generator, String learners, String schedules, String mode) {
        return new Studies.Part(generator == null ? "categorical:10" : generator.trim(), split(learners == null
                ? "categorical-mle" : learners), split(schedules == null ? "0" : schedules), mode == null ? Mode.REPLACE
                : Mode.parse(mode), 100, 100, Integer.MAX_VALUE);
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",", -1)) {
            out.add(s.trim());
        }
        return out;
    }

    /**
     * Builds every configuration of the parts, checking every name first.
     *
     * @throws InputException for a generator, learner or schedule the catalog does not know or cannot combine
     */
    public static StudyPlan of(List<Studies.Part> parts, Overrides o) {
        try {
            return build(parts, o);
        } catch (IllegalArgumentException e) {
            // The catalog's parsers report a bad name or parameter so; here they are the user's words.
            throw new InputException(e.getMessage(), e);
        }
    }

    private static StudyPlan build(List<Studies.Part> parts, Overrides o) {
        List<Configuration<?>> configs = new ArrayList<>();
        List<List<Long>> seedLists = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean neural = false;
        for (Studies.Part p : parts) {
            Generator<?> g = Catalog.generator(p.generator());
            List<Schedule> schedules = new ArrayList<>();
            for (String s : p.schedules()) {
                schedules.add(Schedule.parse(s));
            }
            String note = g.spec() + ": the metrics see " + g.view().describe() + "; the truth's distribution there is "
                    + (g.exact() ? "exact." : "estimated from a reference sample of 20,000 items (fixed seed).");
            if (!notes.contains(note)) {
                notes.add(note);
            }
            for (String l : p.learners()) {
                Learner<?> learner = Catalog.learner(l, g, o.fitSeconds());
                neural |= learner.name().startsWith("neural-lm");
                for (Schedule s : schedules) {
                    configs.add(Catalog.configuration(g, learner, s, p.mode(), o.samples() != null ? o.samples()
                            : p.samples(), o.generations() != null ? o.generations() : p.generations()));
                    List<Long> sl = new ArrayList<>();
                    for (int r = 0; r < Math.min(o.seeds(), p.maxSeeds()); r++) {
                        sl.add(o.firstSeed() + r);
                    }
                    seedLists.add(sl);
                }
            }
        }
        notes.add("A symbolic learner keeps the mechanism only when the data identify it: the true program must be in"
                + " its search class, each generation's data must tell it apart, and the hypothesis must persist (warm"
                + " start, or re-identification every generation). With too little data a simplicity prior refitted"
                + " from scratch drifts to the simplest consistent program (simplicity collapse): see the eca:110:8:2"
                + " rows (one 8-cell diagram of 2 rows a generation) when the study has them.");
        notes.add("Symbolic learners model their inputs too (initial rows and machine inputs as independent bits,"
                + " fair unless the data reject that at level 0.001; initial terms of a recurrence as uniform over"
                + " their observed range; x of a law as uniform over its observed range; the noise of a law by its"
                + " maximum-likelihood variance). That part is distributional and can drift like any estimate at"
                + " alpha = 0: self-training adds no information about the truth, and the best a learner can do is"
                + " keep what it has.");
        notes.add("alpha_t is realised per sample: n_real ~ Binomial(n, alpha_t), recorded in metrics.csv.");
        if (!neural) {
            notes.add("The neural language model is not part of this study" + (Catalog.neuralAvailable() ? ""
                    : " (and not in this build: AIT_PROFILES=neural ./ait, or mvn -B -Pneural package)") + ".");
        }
        return new StudyPlan(configs, seedLists, notes, neural);
    }

    /** The study to run. */
    public Study study() {
        return new Study(configurations, seeds);
    }

    /** Runs (configuration x seed) of the study. */
    public int runs() {
        return seeds.stream().mapToInt(List::size).sum();
    }
}
