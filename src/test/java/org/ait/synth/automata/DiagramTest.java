package org.ait.synth.automata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Diagrams and their text form: parsing, missing cells, errors that name line and column, and noise. */
class DiagramTest {

    @Test
    void readsRowsWithMissingCellsAndHexSymbols() {
        Diagram d = DiagramReader.rows("01.?\naf09\n....\n\n");
        assertEquals(3, d.steps());
        assertEquals(4, d.width());
        assertEquals(1, d.dimensions());
        assertEquals(Diagram.MISSING, d.cell(0, 2));
        assertEquals(Diagram.MISSING, d.cell(0, 3));
        assertEquals(10, d.cell(1, 0));
        assertEquals(15, d.cell(1, 1));
        assertFalse(d.observed(2));
        assertFalse(d.complete());
        assertEquals(16, d.colours());
        assertEquals("01..\naf09\n....\n", d.text());
        assertEquals(d, DiagramReader.rows(d.text()));
    }

    @Test
    void readsFrames() {
        Diagram d = DiagramReader.frames("010\n111\n\n\n000\n0.0\n");
        assertEquals(2, d.steps());
        assertEquals(2, d.height());
        assertEquals(3, d.width());
        assertEquals(2, d.dimensions());
        assertEquals(Diagram.MISSING, d.cell(1, 4));
        assertEquals(d, DiagramReader.frames(d.text()));
    }

    @Test
    void badInputNamesLineAndColumn() {
        assertEquals("line 2, column 3: 'x' is not a symbol (0-9, a-f, or '.' or '?' for a missing cell)",
                message(() -> DiagramReader.rows("0101\n01x1\n")));
        assertEquals("line 3: row of 3 cells, the first row has 4", message(() -> DiagramReader.rows("0101\n0101\n010")));
        assertEquals("line 1: no rows", message(() -> DiagramReader.rows("\n\n")));
        assertTrue(message(() -> DiagramReader.rows("01\n\n01")).startsWith("line 2: empty row"));
        assertEquals("line 4: frame of 1 rows, the first frame has 2",
                message(() -> DiagramReader.frames("01\n01\n\n01\n")));
        assertTrue(message(() -> DiagramReader.rows("01\n0\u0663")).startsWith("line 2, column 2:"));
        for (String m : new String[] {message(() -> DiagramReader.rows("0101\n01x1\n"))}) {
            assertFalse(m.contains("\n"));
        }
    }

    private static String message(Runnable r) {
        return assertThrows(org.ait.io.InputException.class, r::run).getMessage();
    }

    @Test
    void windowsAndColumns() {
        Diagram d = DiagramReader.rows("0123\n4567\n89ab\n");
        assertEquals("56\n9a\n", d.window(1, 2, 1, 2).text());
        assertArrayEquals(new byte[] {2, 6, 10}, d.column(2));
        assertThrows(IllegalArgumentException.class, () -> d.window(2, 2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> DiagramReader.frames("01\n").column(0));
    }

    @Test
    void flipsAreSeededAtTheRateAskedAndAlwaysChangeTheSymbol() {
        byte[][] rows = new byte[200][];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = new byte[100];
            for (int x = 0; x < 100; x++) {
                rows[t][x] = (byte) ((t + x) % 3);
            }
        }
        Diagram d = Diagram.ofRows(rows);
        Diagram noisy = d.withFlips(0.05, 3, 7);
        assertEquals(noisy, d.withFlips(0.05, 3, 7));
        assertNotEquals(noisy, d.withFlips(0.05, 3, 8));
        int flipped = 0;
        int[] to = new int[3];
        for (int t = 0; t < d.steps(); t++) {
            for (int x = 0; x < d.width(); x++) {
                if (noisy.cell(t, x) != d.cell(t, x)) {
                    flipped++;
                    to[(noisy.cell(t, x) - d.cell(t, x) + 3) % 3]++;
                }
            }
        }
        // 20,000 cells at 5 %: 1,000 expected, standard deviation about 31.
        assertTrue(Math.abs(flipped - 1000) < 130, "flipped " + flipped);
        assertEquals(0, to[0]);
        assertTrue(Math.abs(to[1] - to[2]) < 150, to[1] + " vs " + to[2]);
        Diagram holes = d.withMissing(0.1, 3).withMissingSteps(5);
        assertFalse(holes.observed(5));
        assertThrows(IllegalArgumentException.class, () -> d.withFlips(0.1, 2, 1));
    }
}
