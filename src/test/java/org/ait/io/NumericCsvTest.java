package org.ait.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericCsvTest {

    static NumericCsv read(String text) throws IOException {
        return NumericCsv.read(new StringReader(text), "d.csv");
    }

    static void assertError(String text, String message) {
        InputException e = assertThrows(InputException.class, () -> read(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsColumnsByName() throws IOException {
        NumericCsv d = read("x, \"y\" ,z\n1,2.5,-3e2\n\n4,.5,6\n");
        assertEquals(List.of("x", "y", "z"), d.names());
        assertEquals(2, d.rows());
        assertArrayEquals(new double[] {2.5, 0.5}, d.columns()[d.column("y")]);
        assertArrayEquals(new double[] {-300, 6}, d.columns()[2]);
    }

    @Test
    void stepsAreOneUnitOfTheLastDigitWritten() throws IOException {
        NumericCsv d = read("a,b\n3.14,1.5e-3\n42,-0.5E+2\n0.30000000000000004,.5\n");
        assertArrayEquals(new double[] {0.01, 1, Math.ulp(0.30000000000000004)}, d.steps()[0], 1e-18);
        assertArrayEquals(new double[] {1e-4, 10, 0.1}, d.steps()[1], 1e-15);
    }

    @Test
    void badInputGetsOneLineNamingRowAndColumn() {
        assertError("", "d.csv: empty file (expected a header row naming the columns)");
        assertError("x,y\n", "d.csv: no data rows after the header");
        assertError("x,y\n1,2\n3,abc\n", "d.csv: row 3, column 'y': 'abc' is not a number");
        assertError("x,y\n1,NaN\n", "d.csv: row 2, column 'y': missing value 'NaN' (--drop-missing drops incomplete rows)");
        assertError("x,y\n1,inf\n", "d.csv: row 2, column 'y': 'inf' is not a number");
        assertError("x,y\n1,Infinity\n", "d.csv: row 2, column 'y': 'Infinity' is not a number");
        assertError("x,y\n1,\n", "d.csv: row 2, column 'y': missing value (--drop-missing drops incomplete rows)");
        assertError("x,y\n1,2,3\n", "d.csv: row 2 has 3 cells, the header has 2");
        assertError("x,x\n1,2\n", "d.csv: column name 'x' appears twice in the header");
        assertError("x,,z\n1,2,3\n", "d.csv: column 2 has no name in the header row");
        InputException e = assertThrows(InputException.class, () -> read("x,y\n1,2\n").column("t"));
        assertEquals("d.csv: no column 't' (columns: x, y)", e.getMessage());
    }
}
