package org.ait.synth.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Misprinted terms are exceptions of the rule, not a reason to memorise the sequence. */
class MisprintTest {

    static BigInteger[] lucas(int n) {
        BigInteger[] t = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            t[i] = i == 0 ? BigInteger.TWO : i == 1 ? BigInteger.ONE : t[i - 1].add(t[i - 2]);
        }
        return t;
    }

    @Test
    void fivePercentMisprintsInALongRecurrence() {
        BigInteger[] truth = lucas(200);
        BigInteger[] seen = truth.clone();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        TreeSet<Integer> wrong = new TreeSet<>();
        while (wrong.size() < 10) {
            wrong.add(rng.nextInt(200));
        }
        for (int i : wrong) {
            seen[i] = seen[i].add(BigInteger.valueOf(1 + rng.nextInt(1000)));
        }
        Synthesizer s = Synthesizer.builder().classes(ProgramClasses.named(List.of("recurrence", "literal"))).build();
        SynthesisResult r = s.synthesize(Sequence.integers(seen), 5);
        RankedProgram best = r.best();
        assertEquals("recurrence", best.program().className(), best.program().text());
        assertTrue(best.program().text().startsWith("a(n) = a(n-1) + a(n-2);"), best.program().text());
        assertArrayEquals(wrong.stream().mapToInt(Integer::intValue).toArray(), best.candidate().exceptions());
        assertEquals(java.util.Arrays.asList(lucas(205)).subList(200, 205), best.prediction());
    }

    @Test
    void oneMisprintStillBeatsMemorising() {
        BigInteger[] t = lucas(30);
        t[17] = t[17].add(BigInteger.ONE);
        SynthesisResult r = Synthesizer.builder().build().synthesize(Sequence.integers(t), 3);
        assertEquals("a(n) = a(n-1) + a(n-2); a(0..1) = 2, 1", r.best().program().text());
        assertArrayEquals(new int[] {17}, r.best().candidate().exceptions());
    }
}
