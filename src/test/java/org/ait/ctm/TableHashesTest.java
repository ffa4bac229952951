package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.ait.io.Digests;
import org.ait.tm.EnumerationResult;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Content hashes of built tables, fixed: the shipped D(1)..D(4) files (built by earlier code and committed) and, for
 * the builds that ship no file, the hashes the enumerator gave before the build engine was redesigned. Any change to
 * the walk, the merge, the unfolding or the sampler that moves one count changes a hash.
 */
class TableHashesTest {

    private static String contentHash(CtmTable t) {
        return TableFile.contentSha256(t);
    }

    private static String witnessHash(CtmTable t) {
        byte[] w = TableFile.witnessBody(t.witnesses(), t.dimensions());
        return Digests.sha256Hex(w, 0, w.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void exactBinaryTablesEqualTheShippedFiles(int n) throws IOException {
        CtmTable shipped = TableFile.read(Path.of("ctm-tables", "ctm-1d-s" + n + "-k2.ctm"));
        CtmTable built = Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, n, 2),
                MachineSpace.busyBeaverSteps(n)).threads(2).run());
        assertEquals(shipped.provenance().getString(Provenance.CONTENT_SHA256), contentHash(built));
        assertEquals(shipped.provenance().getString(Provenance.WITNESS_SHA256), witnessHash(built));
    }

    @Test
    void twoDimensionalTableKeepsItsHash() throws IOException {
        EnumerationResult r = new TreeEnumerator(new MachineSpace(2, 3, 2), 20).maxOutputSide(4).threads(2).run();
        CtmTable t = Tables.fromEnumeration(r);
        assertEquals("8c490cd39cf2023544d8c77862472ce109b654f535a82865e3989525cf9fdd50 e0701138017a5aa8e170f7991fa1b4b71adac9aa0610128be3714067a7c709b1", contentHash(t) + " " + witnessHash(t));
    }

    @Test
    void threeSymbolTableKeepsItsHash() throws IOException {
        CtmTable t = Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, 2, 3), 40).threads(2).run());
        assertEquals("655b4d9f798d1c0d5e687717987969a19444e698e9aa2a04d5ca3c53ae027325", contentHash(t));
    }

    @Test
    void sampledTableKeepsItsHash() throws IOException {
        CtmTable t = Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, 3, 3), 200).threads(2)
                .sample(600_000, 7).maxOutputLength(10).run());
        assertEquals("8970684993184bc7e5bcc0e96e578feb4b4d15e8fff2471336d8a33d462b3751", contentHash(t));
    }

    @Test
    void splitSampledTableKeepsItsHash() throws IOException {
        CtmTable t = Tables.fromEnumeration(new TreeEnumerator(new MachineSpace(1, 4, 4), 300).threads(2)
                .sample(100_000, 3).maxOutputLength(9).split(new int[] {4, 6}, 3).run());
        assertEquals("5fe3a479ef55ab2c5ce8b5d0d0764fff12210ef32f2e751fc5b65ef85986d370", contentHash(t));
    }
}
