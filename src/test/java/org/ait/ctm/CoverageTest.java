package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage against hand-counted numbers of strings and patterns. */
class CoverageTest {

    @Test
    void patternCountsAreSumsOfStirlingNumbers() {
        // Length 3 over 2 symbols: 000, 001, 010, 011 (strings starting with 0, up to relabelling).
        assertEquals(4, Coverage.allPatterns(3, 2));
        // Length 4 over 3 symbols: S(4,1) + S(4,2) + S(4,3) = 1 + 7 + 6.
        assertEquals(14, Coverage.allPatterns(4, 3));
        // With k >= length every set partition counts: the Bell numbers 1, 2, 5, 15, 52.
        assertEquals(List.of(1L, 2L, 5L, 15L, 52L), List.of(Coverage.allPatterns(1, 9), Coverage.allPatterns(2, 9),
                Coverage.allPatterns(3, 9), Coverage.allPatterns(4, 4), Coverage.allPatterns(5, 5)));
    }

    @Test
    void aFourSymbolTableCoversEveryShortStringAndPattern() throws IOException {
        // The shipped (4,4) table has a value for every string up to length 10 (KSymbolTablesTest).
        List<Coverage> rows = Coverage.of(TableCatalog.load("ctm-1d-s4-k4", 4));
        long[] strings = {4, 16, 64, 256};
        long[] patterns = {1, 2, 5, 15};
        for (int len = 1; len <= 4; len++) {
            Coverage c = rows.get(len - 1);
            assertEquals(len, c.key());
            assertEquals(strings[len - 1], c.have(), "strings of length " + len);
            assertEquals(strings[len - 1], c.of(), 0);
            assertEquals(patterns[len - 1], c.patterns(), "patterns of length " + len);
            assertEquals(patterns[len - 1], c.patternsOf());
        }
    }

    @Test
    void binaryTablesCountNoPatterns() throws IOException {
        Coverage three = Coverage.of(TableCatalog.load("ctm-1d-s5-k2", 3)).get(2);
        assertEquals(8, three.have(), "D(5) produces every string of length 3");
        assertEquals(8, three.of(), 0);
        assertEquals(0, three.patternsOf());
    }
}
