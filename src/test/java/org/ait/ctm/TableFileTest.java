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
    void versionOneAndTwoFilesStillRead() throws IOException {
        // Tables written before witnesses: version 1 (whole codes instead of differences) and version 2 (DEFLATE).
        for (int version : new int[] {1, 2}) {
            byte[] old;
            try (var in = TableFileTest.class.getResourceAsStream("ctm-1d-s3-k2-format" + version + ".ctm")) {
                old = in.readAllBytes();
            }
            assertEquals(version, old[7]);
            CtmTable t = TableFile.read(old, "v" + version);
            assertEquals(table.rows(99), t.rows(99), "same values as a build of today");
            assertEquals(TableFile.contentSha256(table), TableFile.contentSha256(t), "same counts");
            assertTrue(!t.hasWitnesses());
            IllegalStateException none = assertThrows(IllegalStateException.class, () -> t.witness("01"));
            assertTrue(none.getMessage().contains("no witness"), none.getMessage());
            byte[] again = TableFile.toBytes(t);
            assertEquals(TableFile.FORMAT_VERSION, again[7]);
            assertEquals(t.rows(99), TableFile.read(again, "v3").rows(99));
            assertTrue(TableFile.read(again, "v3").provenance().get(Provenance.WITNESS_SHA256) == null);
        }
    }

    @Test
    void witnessesSurviveTheFileAndACutRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.ctm");
        TableFile.write(table, f);
        CtmTable back = TableFile.read(f);
        CtmTable cut = TableFile.read(f, 4);
        assertTrue(back.hasWitnesses());
        assertEquals(TableFile.witnessBody(table.witnesses(), 1).length,
                TableFile.witnessBody(back.witnesses(), 1).length);
        assertArrayEquals(TableFile.witnessBody(table.witnesses(), 1), TableFile.witnessBody(back.witnesses(), 1));
        for (CtmTable.Row r : table.rows(99)) {
            assertEquals(table.witness(r.output()), back.witness(r.output()));
            assertEquals(r.output().length() <= 4 ? table.witness(r.output()) : null, cut.witness(r.output()));
        }
        assertEquals(table.witnesses().size(), back.witnesses().size());
        assertTrue(cut.witnesses().size() < back.witnesses().size());
        CtmTable trimmed = Tables.trimmed(back, 5);
        CtmTable trimmedBack = TableFile.read(TableFile.toBytes(trimmed), "trimmed");
        for (CtmTable.Row r : trimmed.rows(99)) {
            assertEquals(table.witness(r.output()), trimmedBack.witness(r.output()));
        }
        assertEquals(trimmed.patterns(), trimmedBack.witnesses().size());
    }

    @Test
    void witnessesCanBeKeptForTheShorterOutputsOnly() throws IOException {
        CtmTable shorter = TableFile.read(TableFile.toBytes(Tables.witnessesUpTo(table, 4)), "shorter");
        assertArrayEquals(TableFile.body(table), TableFile.body(shorter), "same counts");
        assertEquals(4L, shorter.provenance().getLong(Provenance.WITNESS_MAX_SIDE));
        for (CtmTable.Row r : table.rows(99)) {
            if (r.output().length() <= 4) {
                assertEquals(table.witness(r.output()), shorter.witness(r.output()));
            } else {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> shorter.witness(r.output()));
                assertTrue(e.getMessage().contains("sides up to 4"), e.getMessage());
            }
        }
    }
}
