package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ait.ctm.TableFile;
import org.ait.ctm.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same table whatever the thread count, and after an interrupted build is resumed. */
class BuildDeterminismTest {

    private static final MachineSpace SPACE = new MachineSpace(1, 4, 2);

    /** The counts body and the witness section of the table (both must not depend on threads or resumes). */
    private static byte[] body(EnumerationResult r) {
        byte[] counts = TableFile.body(Tables.fromEnumeration(r));
        byte[] witnesses = TableFile.witnessBody(r.witnesses(), 1);
        byte[] both = java.util.Arrays.copyOf(counts, counts.length + witnesses.length);
        System.arraycopy(witnesses, 0, both, counts.length, witnesses.length);
        return both;
    }

    @Test
    void oneAndTwoThreadsGiveTheSameTable() throws IOException {
        byte[] one = body(new TreeEnumerator(SPACE, 107).threads(1).run());
        byte[] two = body(new TreeEnumerator(SPACE, 107).threads(2).run());
        assertArrayEquals(one, two);
    }

    @Test
    void resumedBuildGivesTheSameTable(@TempDir Path dir) throws IOException {
        byte[] reference = body(new TreeEnumerator(SPACE, 107).threads(2).run());
        Path ckpt = dir.resolve("build.ckpt");
        int[] stoppedAt = {0};
        // Stop after about 1,000 subtrees as a kill would: only the checkpoints written so far survive.
        assertThrows(BuildInterruptedException.class, () -> new TreeEnumerator(SPACE, 107).threads(2)
                .checkpoint(ckpt, false).checkpointInterval(0)
                .listener((done, total, nodes, steps, elapsed) -> {
                    stoppedAt[0] = done;
                    return done < 1000;
                }).run());
        assertTrue(Files.exists(ckpt));
        // Without --resume an existing checkpoint is never overwritten.
        org.ait.io.InputException refused = assertThrows(org.ait.io.InputException.class,
                () -> new TreeEnumerator(SPACE, 107).checkpoint(ckpt, false).run());
        assertTrue(refused.getMessage().contains("--resume"), refused.getMessage());
        int[] resumedFrom = {-1};
        EnumerationResult resumed = new TreeEnumerator(SPACE, 107).threads(1).checkpoint(ckpt, true)
                .listener((done, total, nodes, steps, elapsed) -> {
                    if (resumedFrom[0] < 0) {
                        resumedFrom[0] = done;
                    }
                    return true;
                }).run();
        // The checkpoint written before the stop holds every subtree merged before the last batch.
        int checkpointed = stoppedAt[0];
        assertTrue(resumedFrom[0] > checkpointed - TreeEnumerator.CHUNK * 2 && resumedFrom[0] <= checkpointed + TreeEnumerator.CHUNK,
                () -> "resumed from " + resumedFrom[0] + ", stopped at " + checkpointed);
        assertArrayEquals(reference, body(resumed));
    }

    @Test
    void checkpointOfAnotherBuildIsRejected(@TempDir Path dir) throws IOException {
        Path ckpt = dir.resolve("build.ckpt");
        assertThrows(BuildInterruptedException.class, () -> new TreeEnumerator(SPACE, 107).checkpoint(ckpt, false)
                .checkpointInterval(0).listener((d, t, n, s, e) -> d < 10).run());
        org.ait.io.InputException e = assertThrows(org.ait.io.InputException.class,
                () -> new TreeEnumerator(SPACE, 60).checkpoint(ckpt, true).run());
        assertTrue(e.getMessage().contains("another build"), e.getMessage());
        byte[] bytes = Files.readAllBytes(ckpt);
        bytes[bytes.length / 2] ^= 1;
        Files.write(ckpt, bytes);
        org.ait.io.InputException corrupted = assertThrows(org.ait.io.InputException.class,
                () -> new TreeEnumerator(SPACE, 107).checkpoint(ckpt, true).run());
        assertTrue(corrupted.getMessage().contains("corrupted"), corrupted.getMessage());
    }

    @Test
    void aCheckpointWrittenBeforeWitnessesResumesWithoutThem(@TempDir Path dir) throws IOException {
        // Written by the previous layout ("AITCKPT5", the code before witnesses): a (3,2) build stopped after 608 of
        // 1,320 subtrees.
        Path ckpt = dir.resolve("old.ckpt");
        try (var in = BuildDeterminismTest.class.getResourceAsStream("d3-format5.ckpt")) {
            Files.write(ckpt, in.readAllBytes());
        }
        MachineSpace d3 = new MachineSpace(1, 3, 2);
        EnumerationResult resumed = new TreeEnumerator(d3, 21).threads(2).checkpoint(ckpt, true).run();
        EnumerationResult fresh = new TreeEnumerator(d3, 21).threads(2).run();
        assertArrayEquals(TableFile.body(Tables.fromEnumeration(fresh)), TableFile.body(Tables.fromEnumeration(resumed)));
        assertEquals(null, resumed.witnesses(), "half the witnesses would be wrong: none are kept");
        assertTrue(!Tables.fromEnumeration(resumed).hasWitnesses());
        assertTrue(fresh.witnesses() != null);
    }

    @Test
    void aCheckpointOfTheD6JarResumes(@TempDir Path dir) throws IOException {
        // Written by the jar that runs the D(6) build (/work/d6/ait-d6.jar, layout "AITCKPT5"): a D(4) build killed
        // after a few seconds. Resumed by this code, it must give the shipped D(4) counts.
        Path ckpt = dir.resolve("d4.ckpt");
        try (var in = BuildDeterminismTest.class.getResourceAsStream("d4-d6jar-format5.ckpt")) {
            Files.write(ckpt, in.readAllBytes());
        }
        EnumerationResult resumed = new TreeEnumerator(SPACE, 107).threads(2).checkpoint(ckpt, true).run();
        assertEquals("8adfe0615cdd38b5402a3f3a400f122dff6f05b6644e73ecd955ebccaae8cd6c",
                TableFile.contentSha256(Tables.fromEnumeration(resumed)));
    }
}
