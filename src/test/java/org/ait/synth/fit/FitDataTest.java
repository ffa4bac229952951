package org.ait.synth.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.ait.io.InputException;
import org.ait.io.NumericCsv;
import org.junit.jupiter.api.Test;

/** Choosing a CSV's target, weights and inputs, and each refusal as one line naming the file and column. */
class FitDataTest {

    private static NumericCsv csv(String text) throws IOException {
        return NumericCsv.read(new StringReader(text), "d.csv");
    }

    @Test
    void everyOtherColumnIsAnInputAndNamesMayBeSymbols() throws IOException {
        FitData d = FitData.of(csv("t (s),w,y\n1,1,2\n2,0,4\n3,2,7\n"), "d.csv", "y", "w");
        assertEquals(List.of("t_s"), d.inputSymbols());
        assertArrayEquals(new double[] {1, 2, 3}, d.x()[0]);
        assertArrayEquals(new double[] {2, 4, 7}, d.y());
        assertArrayEquals(new double[] {1, 0, 2}, d.w());
        assertEquals(Map.of("t_s", "t (s)"), d.renamed());
        // The target named by its symbol, no weights: both other columns are inputs.
        FitData bySymbol = FitData.of(csv("t (s),w,y\n1,1,2\n2,0,4\n3,2,7\n"), "d.csv", "t_s", null);
        assertEquals(List.of("w", "y"), bySymbol.inputSymbols());
        assertNull(bySymbol.w());
    }

    @Test
    void badChoicesAreOneLineNamingFileAndColumn() throws IOException {
        String text = "x,w,y\n1,1,2\n2,-1,4\n3,2,7\n";
        assertEquals("d.csv: no column 'z' (columns: x, w, y)",
                assertThrows(InputException.class, () -> FitData.of(csv(text), "d.csv", "z", null)).getMessage());
        assertEquals("d.csv: row 3, column 'w': weight -1.0 is negative",
                assertThrows(InputException.class, () -> FitData.of(csv(text), "d.csv", "y", "w")).getMessage());
        assertEquals("--weights: the weights column cannot be the target",
                assertThrows(InputException.class, () -> FitData.of(csv(text), "d.csv", "y", "y")).getMessage());
        assertEquals("d.csv: every weight in column 'w' is zero", assertThrows(InputException.class,
                () -> FitData.of(csv("x,w,y\n1,0,2\n2,0,4\n"), "d.csv", "y", "w")).getMessage());
        assertEquals("d.csv: target 'y' is constant (5.0): nothing to fit", assertThrows(InputException.class,
                () -> FitData.of(csv("x,y\n1,5\n2,5\n"), "d.csv", "y", null)).getMessage());
        assertEquals("d.csv: no input columns besides the target 'y'", assertThrows(InputException.class,
                () -> FitData.of(csv("y\n1\n2\n"), "d.csv", "y", null)).getMessage());
    }
}
