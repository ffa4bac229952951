package org.ait.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ait.bdm.CtmValues;
import org.ait.ctm.TableFile;
import org.ait.tm.internal.Checkpoint;
import org.ait.tm.internal.Partial;
import net.jqwik.api.Example;

/**
 * Table files, build checkpoints and TSV value files. Tables and checkpoints end in a SHA-256 of their content, so
 * every truncation and every single-bit flip is detected (checked exhaustively); random and mutated bytes are read
 * or refused. 10,000 cases or more each.
 */
class BinaryReadersFuzzTest {

    static final int TRIES = 10_000;

    static byte[] table;
    static byte[] checkpoint;
    static Path dir;

    @BeforeContainer
    static void valid() throws IOException {
        table = Files.readAllBytes(Path.of("ctm-tables/ctm-1d-s2-k2.ctm"));
        dir = Files.createTempDirectory("ait-fuzz");
        Partial sums = new Partial();
        sums.halting = 12;
        sums.nodes = 40;
        sums.counts.put(5L, 7L);
        sums.counts.put(9L, 5L);
        sums.longCounts.put("0101010101010101010101", 3L);
        BitSet done = new BitSet();
        done.set(3);
        Path f = dir.resolve("valid.ckpt");
        new Checkpoint(new Checkpoint.Key(1, 2, 2, 6, 0, 1, 8, 0, 0, 0), done, sums, 1234).write(f);
        checkpoint = Files.readAllBytes(f);
        Checkpoint.read(f); // valid: the mutations below start from a readable file
        TableFile.read(table, "valid");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b, 0, Math.min(b.length, 64)) + (b.length > 64 ? "... (" + b.length + " bytes)" : "");
    }

    @Example
    void everyTruncationAndBitFlipOfATableIsDetected() {
        int cases = 0;
        for (int n = 0; n < table.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(table, n);
            Fuzz.refuse("table truncated to " + n + " bytes", () -> TableFile.read(cut, "t.ctm"));
            cases++;
        }
        for (int i = 0; i < table.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = table.clone();
                flipped[i] ^= (byte) (1 << bit);
                Fuzz.refuse("table with bit " + bit + " of byte " + i + " flipped", () -> TableFile.read(flipped,
                        "t.ctm"));
                cases++;
            }
        }
        assertEquals(table.length * 9, cases);
    }

    @Property(tries = TRIES)
    void tableBytes(@ForAll long seed) {
        Random r = new Random(seed);
        byte[] b = r.nextInt(4) == 0 ? randomBytes(r, 2 * table.length) : Fuzz.mutate(table, r);
        Fuzz.readOrRefuse(hex(b), () -> TableFile.read(b, "t.ctm"));
    }

    @Example
    void everyTruncationAndBitFlipOfACheckpointIsDetected() {
        for (int n = 0; n < checkpoint.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(checkpoint, n);
            Fuzz.refuse("checkpoint truncated to " + n + " bytes", () -> Checkpoint.read(cut, "c.ckpt"));
        }
        for (int i = 0; i < checkpoint.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = checkpoint.clone();
                flipped[i] ^= (byte) (1 << bit);
                Fuzz.refuse("checkpoint with bit " + bit + " of byte " + i + " flipped",
                        () -> Checkpoint.read(flipped, "c.ckpt"));
            }
        }
    }

    @Property(tries = TRIES)
    void checkpointBytes(@ForAll long seed) {
        Random r = new Random(seed);
        byte[] b = r.nextInt(4) == 0 ? randomBytes(r, 2 * checkpoint.length) : Fuzz.mutate(checkpoint, r);
        Fuzz.readOrRefuse(hex(b), () -> Checkpoint.read(b, "m.ckpt"));
    }

    @Property(tries = TRIES)
    void tsvValueFiles(@ForAll long seed) {
        String valid = "output\tcount\tk\n0\t5\t2.5\n01\t3\t3.5\n0101\t1\t6.25\n";
        String text = Fuzz.input(seed, valid, "01\t\n -.e5x#2a");
        Fuzz.readOrRefuse(text, () -> CtmValues.readTsv(new java.io.BufferedReader(new java.io.StringReader(text)),
                Path.of("v.tsv"), 2, 1));
    }

    static byte[] randomBytes(Random r, int max) {
        byte[] b = new byte[r.nextInt(max + 1)];
        r.nextBytes(b);
        return b;
    }
}
