package org.ait.synth.sequence;

import java.util.List;
import java.util.Map;

/**
 * The ranked programs for one input, best first, and what was searched.
 *
 * @param searched per class, what its search covered (e.g. "all expressions up to 7 nodes"); a class that ran out
 *                 of time says so
 * @param timedOut whether the time limit cut some search short (then the result may depend on the machine's speed)
 * @param notes    what a reader should know about the result (e.g. that the input is too short to identify anything)
 */
public record SynthesisResult(Sequence input, List<RankedProgram> programs, Map<String, String> searched,
        boolean timedOut, String prior, long elapsedNanos, List<String> notes) {

    /** The best program, or null when none was found (never: the fallback always describes the input). */
    public RankedProgram best() {
        return programs.isEmpty() ? null : programs.get(0);
    }
}
