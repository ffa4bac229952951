package org.ait.ctm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.ait.tm.EnumerationResult;
import org.ait.tm.MachineSpace;
import org.ait.tm.TreeEnumerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds D(5) (500-step cutoff) from scratch and checks it is the shipped table, byte for byte in content: counts
 * and witnesses.
 * About a minute on two cores: run with {@code mvn -B verify -Pslow}.
 */
@Tag("slow")
class D5BuildTest {

    @Test
    void rebuildEqualsShippedTable() throws IOException {
        EnumerationResult r = new TreeEnumerator(new MachineSpace(1, 5, 2), 500).run();
        assertEquals(26_559_922_791_424L, r.totalWeight());
        assertEquals(6_897_263_888_672L, r.halting());
        CtmTable built = Tables.fromEnumeration(r);
        CtmTable shipped = TableFile.read(PublishedD5Test.SHIPPED);
        assertArrayEquals(TableFile.body(shipped), TableFile.body(built));
        assertArrayEquals(TableFile.witnessBody(shipped.witnesses(), 1), TableFile.witnessBody(built.witnesses(), 1));
    }
}
