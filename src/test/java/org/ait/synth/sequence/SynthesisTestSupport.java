package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.Arrays;

/** Helpers of the sequence-synthesis tests. */
final class SynthesisTestSupport {

    private SynthesisTestSupport() {
    }

    static final Synthesizer SYNTH = Synthesizer.builder().timeSeconds(60).top(5).build();

    static BigInteger[] big(long... v) {
        return Arrays.stream(v).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }

    /** The best program's terms 0 .. total-1, given the first {@code given} of {@code truth}. */
    static BigInteger[] extend(Synthesizer s, BigInteger[] truth, int given, int total) {
        SynthesisResult r = s.synthesize(Sequence.integers(Arrays.copyOf(truth, given)), 0);
        return r.best().program().terms(total);
    }
}
