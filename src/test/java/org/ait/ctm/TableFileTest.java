package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFileTest {

    static CtmTable table;

    @BeforeAll
    static void build() throws IOException {
        table = Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, 3, 2), 21).run());
    }

    @Test
    void roundTripKeepsEveryValueAndTheProvenance(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.ctm");
        TableFile.write(table, f);
        CtmTable back = TableFile.read(f);
        assertEquals(table.halting(), back.halting());
        assertEquals(table.patterns(), back.patterns());
        assertEquals(table.rows(99), back.rows(99));
        assertEquals(21L, back.provenance().getLong(Provenance.MAX_STEPS));
        assertEquals(TableFile.contentSha256(table), back.provenance().getString(Provenance.CONTENT_SHA256));
        assertArrayEquals(TableFile.body(table), TableFile.body(back));
    }

    @Test
    void everyCorruptedByteIsDetected() {
        byte[] good = TableFile.toBytes(table);
        for (int i = 0; i < good.length; i += Math.max(1, good.length / 200)) {
            byte[] bad = good.clone();
            bad[i] ^= 0x10;
            TableFormatException e = assertThrows(TableFormatException.class, () -> TableFile.read(bad, "x.ctm"));
            assertTrue(e.getMessage().startsWith("x.ctm"), e.getMessage());
        }
    }

    @Test
    void truncatedFilesAreRejected() {
        byte[] good = TableFile.toBytes(table);
        for (int len : new int[] {0, 5, 12, good.length / 2, good.length - 1}) {
            byte[] bad = Arrays.copyOf(good, len);
            assertThrows(TableFormatException.class, () -> TableFile.read(bad, "x.ctm"));
        }
    }
}
