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

    @Test
    void aCutReadKeepsTheShortOutputsWithTheirValues(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.ctm");
        TableFile.write(table, f);
        CtmTable cut = TableFile.read(f, 5);
        assertEquals(table.rows(5), cut.rows(99));
        assertEquals(5L, cut.provenance().getLong(Provenance.LOADED_MAX_SIDE));
        assertEquals(table.halting(), cut.halting());
        assertTrue(Double.isNaN(cut.complexity("010110")));
        assertEquals(TableFile.read(f).provenance().asMap(), TableFile.readProvenance(Files.readAllBytes(f), "t")
                .asMap(), "the provenance reads without the body");
    }

    @Test
    void versionOneFilesStillRead() throws IOException {
        // The shipped binary tables were written in version 1 (whole codes instead of differences).
        byte[] v1 = Files.readAllBytes(Path.of("ctm-tables", "ctm-1d-s3-k2.ctm"));
        assertEquals(1, v1[7]);
        CtmTable old = TableFile.read(v1, "v1");
        assertTrue(old.patterns() > 0);
        CtmTable again = TableFile.read(TableFile.toBytes(old), "v2");
        assertEquals(old.rows(99), again.rows(99));
        assertEquals(2, TableFile.toBytes(old)[7]);
    }
}
