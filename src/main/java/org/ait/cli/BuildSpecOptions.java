package org.ait.cli;

import org.ait.tm.BuildMethod;
import org.ait.tm.BuildSpec;
import org.ait.tm.MachineSpace;
import org.ait.tm.OutputCodec;
import org.ait.tm.SplitSchedule;
import org.ait.tm.TreeEnumerator;
import picocli.CommandLine.Option;

/**
 * The options that define a table build (space, cutoff, exhaustive or sampled, kept outputs), shared by
 * {@code ait tables build} and the Spark job, and turned into one {@link BuildSpec} with every refusal a one-line
 * input error naming the option.
 */
public final class BuildSpecOptions {

    static final int DEFAULT_MAX_SIDE = 6;

    @Option(names = "--dim", defaultValue = "1", description = "1: Turing machines on a tape; 2: turmites on a grid"
            + " (output: the rectangle of visited cells). Default ${DEFAULT-VALUE}.")
    int dim;

    @Option(names = "--max-side", description = "2D: outputs with a longer side count as halting (in H0) but are"
            + " not kept in the table. Default 6.")
    Integer maxSide;

    @Option(names = "--states", required = true, description = "Working states n (>= 1).")
    int states;

    @Option(names = "--symbols", defaultValue = "2", description = "Alphabet size k (2..16), default ${DEFAULT-VALUE}.")
    int symbols;

    @Option(names = "--max-steps", description = "Step cutoff (the halting step counts). Default for k = 2: "
            + "the busy-beaver bound S(n) for n <= 4 (exact tables); required otherwise (the published D(5) uses 500).")
    Integer maxSteps;

    @Option(names = "--sample", paramLabel = "M", description = "Estimate from M machines drawn at random (1D) instead of"
            + " enumerating all; every K gets a 95%% confidence interval.")
    Long sample;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --sample, default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--max-length", description = "With --sample: longer outputs count as halting (in H0) but are"
            + " not kept in the table.")
    Integer maxLength;

    @Option(names = "--split-at", split = ",", paramLabel = "L1,L2,...", description = "With --sample: multilevel"
            + " splitting. A run whose visited segment reaches L1 cells (then L2, ...) at a branch point continues as"
            + " --split-factor independent copies of proportionally smaller weight: long, rare outputs are seen far"
            + " more often, estimates stay unbiased, intervals stay honest.")
    int[] splitAt;

    @Option(names = "--split-factor", defaultValue = "4", description = "Copies per split, default ${DEFAULT-VALUE}.")
    int splitFactor;

    /**
     * The build the options ask for.
     *
     * @throws UserError naming the option when the options do not describe a build
     */
    public BuildSpec spec() {
        if (states < 1) {
            throw new UserError("--states must be at least 1, got " + states);
        }
        if (symbols < 2 || symbols > MachineSpace.MAX_SYMBOLS) {
            throw new UserError("--symbols must be between 2 and " + MachineSpace.MAX_SYMBOLS + ", got " + symbols);
        }
        if (dim != 1 && dim != 2) {
            throw new UserError("--dim must be 1 or 2, got " + dim);
        }
        if (sample != null && dim != 1) {
            throw new UserError("--sample applies to --dim 1");
        }
        if (maxLength != null && (sample == null || maxLength < 1)) {
            throw new UserError(sample == null ? "--max-length applies to --sample builds"
                    : "--max-length must be at least 1, got " + maxLength);
        }
        if (sample != null && sample < 1) {
            throw new UserError("--sample must be at least 1, got " + sample);
        }
        if (splitAt != null && sample == null) {
            throw new UserError("--split-at applies to --sample builds");
        }
        if (maxSide != null && dim != 2) {
            throw new UserError("--max-side applies to --dim 2");
        }
        if (maxSide != null && maxSide < 1) {
            throw new UserError("--max-side must be at least 1, got " + maxSide);
        }
        MachineSpace space = new MachineSpace(dim, states, symbols);
        if (!space.fitsInLong() && sample == null) {
            throw new UserError("the space " + space + " has " + space.size()
                    + " machines: too many for exact 64-bit counts (an exhaustive build is out of reach anyway;"
                    + " --sample M estimates the table from M random machines)");
        }
        int steps;
        if (maxSteps != null) {
            steps = maxSteps;
        } else if (dim == 1 && symbols == 2 && MachineSpace.busyBeaverSteps(states) > 0) {
            steps = MachineSpace.busyBeaverSteps(states);
        } else {
            throw new UserError("--max-steps is required for " + space + ": no busy-beaver bound is known");
        }
        int limit = dim == 1 ? TreeEnumerator.MAX_STEPS_LIMIT : TreeEnumerator.MAX_STEPS_LIMIT_2D;
        if (steps < 1 || steps > limit) {
            throw new UserError("--max-steps must be between 1 and " + limit + ", got " + steps);
        }
        int side = dim == 2 ? (maxSide != null ? maxSide : DEFAULT_MAX_SIDE)
                : maxLength != null ? maxLength : BuildSpec.ALL;
        SplitSchedule schedule = SplitSchedule.none();
        if (splitAt != null) {
            try {
                schedule = new SplitSchedule(splitAt, splitFactor);
            } catch (IllegalArgumentException e) {
                throw new UserError("--split-at/--split-factor: " + e.getMessage());
            }
            if (maxLength == null || maxLength > OutputCodec.maxPackedLength(symbols)) {
                throw new UserError("--split-at needs --max-length of at most "
                        + OutputCodec.maxPackedLength(symbols) + " for " + symbols + " symbols");
            }
        }
        try {
            // The engine checks a spec with IllegalArgumentException (a library's contract); here every part of it
            // comes from the user, so a refusal is an input error.
            BuildMethod method = sample == null ? new BuildMethod.Exhaustive()
                    : new BuildMethod.Sampled(sample, seed, schedule);
            return new BuildSpec(space, steps, method, side, true);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
