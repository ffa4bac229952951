package org.ait.synth.automata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's acceptance protocol on a seeded subset small enough for every build: every elementary rule with 4 of
 * the 20 initial rows, every radius-2 totalistic rule with 8, 100 of the 2,187 three-colour rules with 1, the
 * named Life-like rules and 10 random ones. The full protocol is {@link AcceptanceSweepTest} (tagged slow). The
 * single-column criterion is {@link ColumnIdentifierTest#everyElementaryRuleFromItsCentreColumn}.
 */
class AcceptanceTest {

    static final int[] ECA = Protocol.rules(RuleFamily.ELEMENTARY, 256, 0);

    @Test
    void elementaryFullDiagrams() {
        Protocol.Tally clean = report("elementary, clean", Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 4, 32, 16, 0));
        assertEquals(clean.runs, clean.correct, clean.toString());
        assertTrue(report("elementary, 1 % flips", Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 4, 32, 16, 0.01))
                .rate() >= 0.99);
        assertTrue(report("elementary, 5 % flips", Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 4, 32, 16, 0.05))
                .rate() >= 0.90);
    }

    @Test
    void elementaryWindows() {
        RuleIdentifier window = RuleIdentifier.of(RuleFamily.ELEMENTARY).boundaries(Boundary.WINDOW).limit(1, 1000);
        Protocol.Tally told = report("elementary, window (boundary window)",
                Protocol.sweep(window, RuleFamily.ELEMENTARY, ECA, 4, 32, 8, 0, 64, 8));
        assertEquals(told.runs, told.correct, told.toString());
        assertTrue(report("elementary, window (every boundary tried)",
                Protocol.sweep(RuleFamily.ELEMENTARY, ECA, 4, 32, 8, 0, 64, 8)).rate() >= 0.95);
    }

    @Test
    void totalisticRules() {
        RuleFamily r2 = RuleFamily.totalistic(2, 2);
        Protocol.Tally t2 = report("totalistic r=2 k=2, clean", Protocol.sweep(r2, Protocol.rules(r2, 64, 0), 8, 32,
                16, 0));
        assertTrue(t2.rate() >= 0.99, t2.toString());
        RuleFamily k3 = RuleFamily.totalistic(1, 3);
        Protocol.Tally t3 = report("totalistic r=1 k=3, clean", Protocol.sweep(k3, Protocol.rules(k3, 100, 12), 1, 32,
                16, 0));
        assertTrue(t3.rate() >= 0.99, t3.toString());
    }

    @Test
    void lifeLikeRules() {
        int[] rules = Arrays.copyOf(Protocol.namedLife(), Protocol.NAMED_LIFE.length + 10);
        System.arraycopy(Protocol.rules(RuleFamily.LIFE_LIKE, 10, 3), 0, rules, Protocol.NAMED_LIFE.length, 10);
        Protocol.Tally life = report("life-like, 10 frames 32x32", Protocol.lifeSweep(rules, 1, 32, 10));
        assertTrue(life.rate() >= 0.99, life.toString());
    }

    static Protocol.Tally report(String what, Protocol.Tally t) {
        System.out.println(what + ": " + t);
        return t;
    }
}
