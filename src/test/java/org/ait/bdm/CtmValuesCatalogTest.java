package org.ait.bdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ait.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which values a name, dimension and alphabet give, and the refusals. */
class CtmValuesCatalogTest {

    @Test
    void defaultsFollowDimensionAndAlphabet() {
        assertEquals("ctm-1d-s5-k2", CtmValuesCatalog.defaultName(1, 2));
        assertEquals("ctm-1d-s4-k4", CtmValuesCatalog.defaultName(1, 4));
        assertEquals("ctm-2d-s5-k2", CtmValuesCatalog.defaultName(2, 2));
    }

    @Test
    void aTableOfTheOtherDimensionOrABadTsvIsAnInputError(@TempDir Path dir) throws IOException {
        assertEquals("table ctm-2d-s5-k2 is 2D; --dim 1 needs a 1D table (--table)", assertThrows(InputException.class,
                () -> CtmValuesCatalog.load("ctm-2d-s5-k2", 1, null, 4)).getMessage());
        Path tsv = dir.resolve("values.tsv");
        Files.writeString(tsv, "01\tnot-a-number\n");
        assertThrows(InputException.class, () -> CtmValuesCatalog.load(tsv.toString(), 1, 2, 2));
        assertThrows(InputException.class, () -> CtmValuesCatalog.load("no-such-table", 1, null, 12));
    }

    @Test
    void valuesAreLoadedOncePerNameAndSide() throws IOException {
        CtmValues first = CtmValuesCatalog.load("ctm-1d-s5-k2", 1, null, 6);
        assertSame(first, CtmValuesCatalog.load("ctm-1d-s5-k2", 1, null, 6));
        assertEquals(2, first.symbols());
    }
}
