package org.ait.tm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ait.tm.MachineSpace;
import org.ait.tm.TuringMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detectors may only prove non-halting when no completion halts: checked against the plain simulator run
 * far past the cutoff, on random machines of spaces too large to brute-force.
 */
class DetectorSoundnessTest {

    /** Busy-beaver notation of a full machine: halting transitions become undefined ("---") for the walker. */
    private static String notation(MachineSpace space, long index) {
        long base = space.choicesPerTransition();
        StringBuilder sb = new StringBuilder();
        long rest = index;
        int k = space.symbols();
        for (int i = 0; i < space.transitions(); i++) {
            int d = (int) (rest % base);
            rest /= base;
            if (d < k) {
                sb.append("--- ");
            } else {
                int mm = d - k;
                sb.append(mm % k).append((mm / k) % 2 == 0 ? 'L' : 'R').append((char) ('A' + mm / (2 * k))).append(' ');
            }
        }
        return sb.toString().trim();
    }

    @ParameterizedTest
    @CsvSource({"4,1", "5,2", "5,3"})
    void provedNonHaltingMachinesNeverHalt(int n, long seed) {
        MachineSpace space = new MachineSpace(1, n, 2);
        long size = space.size().longValueExact();
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] tape = new byte[2 * 20_000 + 3];
        int proved = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            long index = rnd.nextLong(size);
            TuringMachine m = TuringMachine.fromIndex(space, index);
            String verdict = Walker1D.classify(notation(space, index), 500);
            if (verdict.startsWith("non-halting")) {
                proved++;
                assertFalse(m.run(20_000, tape).halted(), () -> "proved non-halting but halts: " + notation(space, index));
            } else if (verdict.startsWith("undefined")) {
                // The walker stops where the run first reads a halting transition: exactly where the machine halts.
                TuringMachine.RunResult r = m.run(501, tape);
                assertTrue(r.halted());
                assertEquals(Integer.parseInt(verdict.substring(verdict.indexOf('@') + 1)) + 1, r.steps());
            } else {
                assertFalse(m.run(500, tape).halted(), "cut off at 500 steps but halts within them");
            }
        }
        assertTrue(proved > 5_000, "the detectors should prove most random machines non-halting, proved " + proved);
    }

    @Test
    void knownMachines() {
        // Busy beaver champion (4,2): halts after 107 steps, so its halting transition is read after 106.
        assertEquals("undefined@106", Walker1D.classify("1RB 1LB 1LA 0LC --- 1LD 1RD 0RA", 500));
        // Translated cycler whose records in state D alternate between two tapes (period: 2 records).
        assertTrue(Walker1D.classify("0LB 0LC 1RA 1LB 0LD 0LC 0RE 1LE 1LD 1RC", 500).startsWith("non-halting"));
        // Reading blank, same state, onto a fresh cell.
        assertEquals("non-halting@1", Walker1D.classify("1RA ---", 500));
        // A bouncer (sweeps growing on both sides) whose states are all fully defined: a closed state set.
        assertEquals("non-halting@4", Walker1D.classify("1LB 1RA 1RA 1LB", 500));
        // A binary counter that could still reach its undefined transition C1: nothing proves it, it is cut off.
        assertEquals("cutoff@500", Walker1D.classify("0RB 0LC 0LC 1RA 1LA ---", 500));
    }
}
