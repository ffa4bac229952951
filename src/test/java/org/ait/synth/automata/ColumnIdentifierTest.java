package org.ait.synth.automata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Single-column identification (issue 12 acceptance): for every elementary rule, the centre column of a single-cell
 * seed over 64 steps identifies exactly the rules that print that column, by brute force with the naive simulator
 * (run under a fixed-0 boundary on a row wide enough that the edge never reaches the centre, which is independent of
 * the engine's ring).
 */
class ColumnIdentifierTest {

    static final int STEPS = 64;

    static byte[] naiveColumn(RuleFamily family, int rule, int steps) {
        int r = family instanceof RuleFamily.Totalistic t ? t.radius() : 1;
        int width = 2 * r * steps + 1;
        byte[] seed = new byte[width];
        seed[width / 2] = 1;
        byte[][] rows = Naive.run(family, rule, Boundary.ZERO, seed, steps);
        byte[] column = new byte[steps];
        for (int t = 0; t < steps; t++) {
            column[t] = rows[t][width / 2];
        }
        return column;
    }

    @Test
    void everyElementaryRuleFromItsCentreColumn() {
        byte[][] columns = new byte[256][];
        for (int rule = 0; rule < 256; rule++) {
            columns[rule] = naiveColumn(RuleFamily.ELEMENTARY, rule, STEPS);
        }
        ColumnIdentifier identifier = ColumnIdentifier.of(RuleFamily.ELEMENTARY).limit(1, 256);
        int unique = 0;
        for (int rule = 0; rule < 256; rule++) {
            Set<Integer> same = new HashSet<>();
            for (int other = 0; other < 256; other++) {
                if (Arrays.equals(columns[rule], columns[other])) {
                    same.add(other);
                }
            }
            unique += same.size() == 1 ? 1 : 0;
            TieGroup best = identifier.identify(columns[rule]).best();
            Set<Integer> found = new HashSet<>();
            best.members().forEach(c -> found.add(c.program().rule()));
            assertEquals(same, found, "rule " + rule);
            assertEquals(0, best.best().exceptions());
        }
        System.out.printf("centre columns, 64 steps: %d of 256 rules print a column no other rule prints%n", unique);
        assertTrue(unique > 0);
    }

    @Test
    void rule30sColumnAndItsContinuation() {
        byte[] column = naiveColumn(RuleFamily.ELEMENTARY, 30, 80);
        assertArrayEquals(new byte[] {1, 1, 0, 1}, Arrays.copyOf(column, 4), "worked out by hand");
        Identification id = ColumnIdentifier.of(RuleFamily.ELEMENTARY).identify(Arrays.copyOf(column, STEPS));
        // Rule 86 is rule 30 mirrored: from a symmetric seed it prints the same centre column, so the two tie.
        assertEquals(2, id.best().size());
        assertTrue(id.best().contains(RuleFamily.ELEMENTARY, 30));
        assertTrue(id.best().contains(RuleFamily.ELEMENTARY, 86));
        for (Candidate c : id.best().members()) {
            Diagram next = id.predict(c, 16);
            for (int t = 0; t < 16; t++) {
                assertEquals(column[STEPS + t], next.cell(t, 0), "step " + (STEPS + t));
            }
        }
        byte[] damaged = Arrays.copyOf(column, STEPS);
        damaged[40] ^= 1;
        damaged[41] = Diagram.MISSING;
        TieGroup noisy = ColumnIdentifier.of(RuleFamily.ELEMENTARY).identify(damaged).best();
        assertTrue(noisy.contains(RuleFamily.ELEMENTARY, 30));
        assertEquals(1, noisy.best().exceptions());
        assertEquals(STEPS - 1, noisy.best().predicted());
    }

    @Test
    void totalisticColumns() {
        RuleFamily k3 = RuleFamily.totalistic(1, 3);
        byte[] column = naiveColumn(k3, 1599, 40);
        Identification id = ColumnIdentifier.of(k3).identify(column);
        assertTrue(id.best().contains(k3, 1599));
        for (Candidate c : id.best().members()) {
            assertArrayEquals(column, naiveColumn(k3, c.program().rule(), 40));
        }
    }
}
