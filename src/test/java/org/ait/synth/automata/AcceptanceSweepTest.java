package org.ait.synth.automata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's full acceptance protocol (about 5 minutes on two cores):
 * {@code mvn -B -Pslow test -Dtest=AcceptanceSweepTest}. Every rule of the 1D families with 20 seeded random
 * initial rows (32 wide, 16 steps; cyclic boundary for even seeds, zero for odd), 1 % and 5 % flips, windows of 8
 * steps and 32 columns cut from the middle of a 64-wide run at steps 8..15; Life-like: the named rules and 1,000
 * random ones, 10 frames of a 32x32 torus from a random start.
 */
@Tag("slow")
class AcceptanceSweepTest {

    static final int[] ECA = Protocol.rules(RuleFamily.ELEMENTARY, 256, 0);

    @Test
    void elementary() {
        Protocol.Tally clean = AcceptanceTest.report("elementary, clean",
                Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 20, 32, 16, 0));
        Protocol.Tally one = AcceptanceTest.report("elementary, 1 % flips",
                Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 20, 32, 16, 0.01));
        Protocol.Tally five = AcceptanceTest.report("elementary, 5 % flips",
                Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 20, 32, 16, 0.05));
        RuleIdentifier window = RuleIdentifier.of(RuleFamily.ELEMENTARY).boundaries(Boundary.WINDOW).limit(1, 1000);
        Protocol.Tally told = AcceptanceTest.report("elementary, window steps 8-15 (boundary window)",
                Protocol.sweep(window, RuleFamily.ELEMENTARY, ECA, 20, 32, 8, 0, 64, 8));
        Protocol.Tally blind = AcceptanceTest.report("elementary, window steps 8-15 (every boundary tried)",
                Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 20, 32, 8, 0, 64, 8));
        AcceptanceTest.report("elementary, window steps 0-7 (every boundary tried)",
                Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 20, 32, 8, 0, 64, 0));
        assertEquals(clean.runs, clean.correct);
        assertTrue(one.rate() >= 0.99);
        assertTrue(five.rate() >= 0.90);
        assertEquals(told.runs, told.correct);
        assertTrue(blind.rate() >= 0.95);
    }

    @Test
    void totalistic() {
        RuleFamily r2 = RuleFamily.totalistic(2, 2);
        RuleFamily k3 = RuleFamily.totalistic(1, 3);
        Protocol.Tally t2 = AcceptanceTest.report("totalistic r=2 k=2, clean",
                Protocol.sweep(r2, Protocol.rules(r2, 64, 0), 20, 32, 16, 0));
        Protocol.Tally t3 = AcceptanceTest.report("totalistic r=1 k=3, clean",
                Protocol.sweep(k3, Protocol.rules(k3, 2187, 0), 20, 32, 16, 0));
        AcceptanceTest.report("totalistic r=2 k=2, 1 % flips",
                Protocol.sweep(r2, Protocol.rules(r2, 64, 0), 20, 32, 16, 0.01));
        assertTrue(t2.rate() >= 0.99);
        assertTrue(t3.rate() >= 0.99);
    }

    @Test
    void lifeLike() {
        int[] rules = Arrays.copyOf(Protocol.namedLife(), Protocol.NAMED_LIFE.length + 1000);
        System.arraycopy(Protocol.rules(RuleFamily.LIFE_LIKE, 1000, 1), 0, rules, Protocol.NAMED_LIFE.length, 1000);
        Protocol.Tally life = AcceptanceTest.report("life-like, 10 frames 32x32", Protocol.lifeSweep(rules, 1, 32, 10));
        assertTrue(life.rate() >= 0.99);
    }
}
