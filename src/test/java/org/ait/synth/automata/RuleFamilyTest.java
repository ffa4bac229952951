package org.ait.synth.automata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Rule families against the naive simulator (written from the definitions, without contexts or tables) and
 * against facts worked out by hand: rule 30's first rows, rule 90's Pascal triangle mod 2, rule 150 as the
 * totalistic code 10, a Life blinker and glider.
 */
class RuleFamilyTest {

    private static final UniformRandomProvider RNG = RandomSource.XO_RO_SHI_RO_128_PP.create(42);

    @Test
    void everyElementaryRuleStepsAsDefinedUnderEveryBoundary() {
        for (int rule = 0; rule < 256; rule++) {
            for (Boundary b : Boundary.values()) {
                byte[] row = Protocol.randomRow(RNG, 17, 2);
                CaProgram p = new CaProgram(RuleFamily.ELEMENTARY, rule, b, row.length, row);
                assertArrayEquals(Naive.elementary(rule, b, row), p.step(row), "rule " + rule + " " + b);
            }
        }
    }

    @Test
    void totalisticRulesStepAsDefined() {
        for (RuleFamily.Totalistic f : new RuleFamily.Totalistic[] {RuleFamily.totalistic(2, 2),
                RuleFamily.totalistic(1, 3), RuleFamily.totalistic(1, 4)}) {
            for (int i = 0; i < 200; i++) {
                int code = RNG.nextInt(f.rules());
                Boundary b = Boundary.values()[i % 3];
                byte[] row = Protocol.randomRow(RNG, 13, f.colours());
                CaProgram p = new CaProgram(f, code, b, row.length, row);
                assertArrayEquals(Naive.totalistic(f.radius(), f.colours(), code, b, row), p.step(row),
                        f.name() + " code " + code);
            }
        }
        assertEquals(64, RuleFamily.totalistic(2, 2).rules());
        assertEquals(2187, RuleFamily.totalistic(1, 3).rules());
        assertEquals(7, RuleFamily.totalistic(1, 3).contexts());
    }

    @Test
    void rule30FromOneCellByHand() {
        // 30 = 00011110: 100, 011, 010, 001 -> 1, worked out cell by cell.
        Diagram d = new CaProgram(RuleFamily.ELEMENTARY, 30, Boundary.ZERO, 7, bits("0001000")).run(4);
        assertEquals("0001000\n0011100\n0110010\n1101111\n", d.text());
    }

    @Test
    void rule90IsPascalsTriangleModTwo() {
        int steps = 40;
        int width = 2 * steps + 1;
        byte[] seed = new byte[width];
        seed[steps] = 1;
        Diagram d = new CaProgram(RuleFamily.ELEMENTARY, 90, Boundary.ZERO, width, seed).run(steps);
        for (int t = 0; t < steps; t++) {
            for (int x = -t; x <= t; x++) {
                int expected = (t + x) % 2 == 0 && binomialIsOdd(t, (t + x) / 2) ? 1 : 0;
                assertEquals(expected, d.cell(t, steps + x), "t " + t + " x " + x);
            }
        }
    }

    /** Lucas: C(n, k) is odd exactly when k's bits are a subset of n's. */
    private static boolean binomialIsOdd(int n, int k) {
        return (n & k) == k;
    }

    @Test
    void rule150IsTotalisticCode10() {
        // 150 is the sum of the three cells mod 2; code 10 = 1010 in binary: sums 1 and 3 give 1.
        for (int i = 0; i < 50; i++) {
            byte[] row = Protocol.randomRow(RNG, 21, 2);
            assertEquals(new CaProgram(RuleFamily.ELEMENTARY, 150, Boundary.CYCLIC, 21, row).run(10).text(),
                    new CaProgram(RuleFamily.totalistic(1, 2), 10, Boundary.CYCLIC, 21, row).run(10).text());
        }
    }

    @Test
    void lifeLikeRulesStepAsDefined() {
        for (int i = 0; i < 100; i++) {
            int rule = RNG.nextInt(1 << 18);
            boolean[] born = new boolean[9];
            boolean[] survives = new boolean[9];
            for (int n = 0; n < 9; n++) {
                born[n] = (rule >> n & 1) == 1;
                survives[n] = (rule >> (9 + n) & 1) == 1;
            }
            byte[] frame = Protocol.randomRow(RNG, 7 * 9, 2);
            CaProgram p = new CaProgram(RuleFamily.LIFE_LIKE, rule, Boundary.CYCLIC, 9, frame);
            assertArrayEquals(Naive.lifeLike(born, survives, 7, 9, frame),
                    p.step(frame));
        }
    }

    @Test
    void lifeBlinkerAndGlider() {
        int life = RuleFamily.LIFE_LIKE.parseRule("B3/S23");
        assertEquals((1 << 3) | (1 << 11) | (1 << 12), life);
        byte[] blinker = frame(5, "00000", "00100", "00100", "00100", "00000");
        byte[] turned = frame(5, "00000", "00000", "01110", "00000", "00000");
        Diagram d = new CaProgram(RuleFamily.LIFE_LIKE, life, Boundary.ZERO, 5, blinker).run(3);
        assertArrayEquals(turned, d.cells(1));
        assertArrayEquals(blinker, d.cells(2));
        byte[] glider = frame(8, "01000000", "00100000", "11100000", "00000000", "00000000", "00000000",
                "00000000", "00000000");
        byte[] moved = frame(8, "00000000", "00100000", "00010000", "01110000", "00000000", "00000000",
                "00000000", "00000000");
        assertArrayEquals(moved,
                new CaProgram(RuleFamily.LIFE_LIKE, life, Boundary.CYCLIC, 8, glider).run(5).cells(4));
    }

    @Test
    void ruleNamesRoundTrip() {
        for (int i = 0; i < 1000; i++) {
            int rule = RNG.nextInt(1 << 18);
            assertEquals(rule, RuleFamily.LIFE_LIKE.parseRule(RuleFamily.LIFE_LIKE.ruleName(rule)));
        }
        assertEquals("B36/S23", RuleFamily.LIFE_LIKE.ruleName(RuleFamily.LIFE_LIKE.parseRule("b36s23")));
        assertEquals(30, RuleFamily.ELEMENTARY.parseRule("rule 30"));
        assertEquals(30, RuleFamily.ELEMENTARY.parseRule("30"));
        assertEquals(1599, RuleFamily.totalistic(1, 3).parseRule("code 1599"));
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.ELEMENTARY.parseRule("256"));
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.ELEMENTARY.parseRule("rule x"));
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.LIFE_LIKE.parseRule("B9/S23"));
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.LIFE_LIKE.parseRule("B33/S23"));
    }

    @Test
    void familiesOutsideTheScoredRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.totalistic(0, 2));
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.totalistic(1, 5));
        assertThrows(IllegalArgumentException.class, () -> RuleFamily.totalistic(4, 3));
    }

    static byte[] bits(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (s.charAt(i) - '0');
        }
        return b;
    }

    static byte[] frame(int width, String... rows) {
        byte[] f = new byte[rows.length * width];
        for (int y = 0; y < rows.length; y++) {
            System.arraycopy(bits(rows[y]), 0, f, y * width, width);
        }
        return f;
    }
}
