package org.ait.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.ait.tm.internal.Checkpoint;
import org.ait.tm.internal.Partial;
import org.ait.tm.internal.Subtree;
import org.junit.jupiter.api.Test;

/**
 * The D(6) build (6 states, 500 steps) running with an older jar checkpoints in layout AITCKPT5 under the key
 * (1, 6, 2, 500, max side 2^31-1, split depth 5, 11,468 subtrees, 0, 0, 0). A resume with this code needs the same key
 * and, behind it, the same subtrees in the same order: each checkpointed index must name the subtree the old jar ran.
 * The fingerprint below (SHA-256 over every subtree's fields in order) and the top's sums were computed by the jar of
 * that build ({@code /work/d6/ait-d6.jar}), walking the top at depths 1 to 5 with one walker as its enumerator did.
 */
class D6ResumeTest {

    @Test
    void theD6PlanIsTheOneTheRunningBuildCheckpoints() throws NoSuchAlgorithmException {
        BuildPlan plan = BuildSpec.exhaustive(new MachineSpace(1, 6, 2), 500).plan();
        assertEquals(new Checkpoint.Key(1, 6, 2, 500, Integer.MAX_VALUE, 5, 11468, 0, 0, 0), plan.checkpointKey());
        Partial top = plan.top().partial();
        assertEquals(7104457373079040L, top.halting);
        assertEquals(7340688973975552L, top.unmirroredHalting);
        assertEquals(24273, top.nodes);
        assertEquals(60, top.counts.size());
        assertEquals("d630b543c8c8a109ed45ed3559d47650cecaa8541c1c65f759a10b0dbcebdba0", fingerprint(plan));
    }

    @Test
    void theD4PlanIsTheOneOfTheD6Jar() throws NoSuchAlgorithmException {
        BuildPlan plan = BuildSpec.exhaustive(new MachineSpace(1, 4, 2), 107).plan();
        assertEquals("fc48a3a437436690ff9ab68640064e9f4f0297e6c00e186fc79b7bde251012c1", fingerprint(plan));
    }

    private static String fingerprint(BuildPlan plan) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        StringBuilder sb = new StringBuilder();
        for (WorkUnit u : plan.units()) {
            Subtree t = (Subtree) u;
            sb.setLength(0);
            sb.append(Arrays.toString(t.next())).append(Arrays.toString(t.write())).append(Arrays.toString(t.move()))
                    .append(Arrays.toString(t.tapeSegment())).append(t.head()).append(',').append(t.state()).append(',')
                    .append(t.step()).append(',').append(t.lo()).append(',').append(t.fresh()).append(',')
                    .append(t.used()).append(',').append(t.defined()).append(',').append(t.multiplicity()).append(',')
                    .append(t.pending()).append(';');
            md.update(sb.toString().getBytes());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
