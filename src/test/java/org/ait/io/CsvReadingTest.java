package org.ait.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV files as users save them. */
class CsvReadingTest {

    static NumericCsv read(String text, CsvOptions o) throws IOException {
        return NumericCsv.read(new StringReader(text), "d.csv", o);
    }

    @Test
    void bomDelimitersQuotesAndDecimalCommas() throws IOException {
        NumericCsv bom = read("\uFEFFx,y\n1,2\n", CsvOptions.DEFAULTS);
        assertEquals(List.of("x", "y"), bom.names());
        NumericCsv semi = read("a b;\"c;d\"\r\n1,5;-2e1\r\n3;4,25\r\n", CsvOptions.DEFAULTS);
        assertEquals(List.of("a b", "c;d"), semi.names());
        assertArrayEquals(new double[] {1.5, 3}, semi.columns()[0]);
        assertArrayEquals(new double[] {-20, 4.25}, semi.columns()[1]);
        assertTrue(semi.reading().decimalComma());
        NumericCsv tab = read("x\ty\n1\t2\n", CsvOptions.DEFAULTS);
        assertEquals('\t', tab.reading().dialect().delimiter());
        NumericCsv multiline = read("\"x\ny\",z\n1,2\n", CsvOptions.DEFAULTS);
        assertEquals("x\ny", multiline.names().get(0));
        // A decimal comma is a comma-separated file's delimiter, never a decimal.
        assertThrows(InputException.class, () -> read("x,y\n\"1,5\",2\n", CsvOptions.DEFAULTS));
    }

    @Test
    void missingCellsFailOrDropTheirRow() throws IOException {
        String text = "x,y\n1,2\n,3\n4,NA\n5,6\n";
        InputException e = assertThrows(InputException.class, () -> read(text, CsvOptions.DEFAULTS));
        assertEquals("d.csv: row 3, column 'x': missing value (--drop-missing drops incomplete rows)", e.getMessage());
        NumericCsv d = read(text, CsvOptions.DEFAULTS.withMissing(CsvOptions.MissingCells.DROP_ROW));
        assertArrayEquals(new double[] {1, 5}, d.columns()[0]);
        assertEquals(2, d.reading().droppedRows());
        assertEquals(4, d.reading().dataRows());
        assertThrows(InputException.class, () -> read("x\nNA\n", CsvOptions.DEFAULTS.withMissing(
                CsvOptions.MissingCells.DROP_ROW)));
    }

    /** Rows kept by the reservoir: each row of n equally likely, cap/n, checked against that count by chi-square. */
    @Test
    void theRowSampleIsUniformAndSeeded() throws IOException {
        int n = 40;
        int cap = 10;
        StringBuilder s = new StringBuilder("i\n");
        for (int i = 0; i < n; i++) {
            s.append(i).append('\n');
        }
        int[] kept = new int[n];
        int trials = 4000;
        for (int seed = 0; seed < trials; seed++) {
            NumericCsv d = read(s.toString(), CsvOptions.DEFAULTS.withMaxRows(cap, seed));
            assertEquals(cap, d.rows());
            assertEquals(cap, java.util.Arrays.stream(d.columns()[0]).distinct().count(), "rows kept once");
            for (double v : d.columns()[0]) {
                kept[(int) v]++;
            }
            assertTrue(d.reading().sampled());
        }
        double expected = (double) trials * cap / n;
        double chi2 = 0;
        for (int k : kept) {
            chi2 += (k - expected) * (k - expected) / expected;
        }
        // 39 degrees of freedom: P(chi2 > 80) < 1e-4.
        assertTrue(chi2 < 80, "chi-square " + chi2);
        assertArrayEquals(read(s.toString(), CsvOptions.DEFAULTS.withMaxRows(cap, 5)).columns()[0],
                read(s.toString(), CsvOptions.DEFAULTS.withMaxRows(cap, 5)).columns()[0], "same seed, same sample");
        assertFalse(read(s.toString(), CsvOptions.DEFAULTS.withMaxRows(n, 5)).reading().sampled());
    }

    @Test
    void decimalsArePlain() {
        for (String ok : List.of("1", "-2.5", "+.5", "5.", "1e3", "1E-3", "007")) {
            assertTrue(NumericCsv.isDecimal(ok), ok);
        }
        for (String bad : List.of("", "-", ".", "e3", "1e", "0x1p3", "1d", "Infinity", "1.2.3", "١٢")) {
            assertFalse(NumericCsv.isDecimal(bad), bad);
        }
    }
}
