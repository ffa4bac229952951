package org.ait.synth.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ait.fuzz.Fuzz;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.DescriptionLength;
import net.jqwik.api.Example;

/** Fit checkpoints: every truncation and bit flip is detected (SHA-256 field), mutations are read or refused. */
class FitCheckpointFuzzTest {

    static byte[] valid;
    static Path dir;

    @BeforeContainer
    static void write() throws IOException {
        dir = Files.createTempDirectory("ait-fit-fuzz");
        Path f = dir.resolve("valid.json");
        Expr e = new Expr.Binary(Op.MUL, new Expr.Param(0), new Expr.Unary(Op.SIN, new Expr.Var(0)));
        SymbolicRegression.Model m = new SymbolicRegression.Model(e, new double[] {2.5}, 0.01,
                new DescriptionLength.Bits(10, 5, 20));
        FitCheckpoint.write(f, new FitCheckpoint.State("key", 3, 17, 40, new SymbolicRegression.TermPhase(5, 2, 3,
                true), List.of(m)));
        valid = Files.readAllBytes(f);
        FitCheckpoint.read(f);
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

    @Example
    void everyTruncationAndBitFlipIsDetected() {
        for (int n = 0; n < valid.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(valid, n);
            Fuzz.refuse("truncated to " + n, () -> FitCheckpoint.read(cut, "c.json"));
        }
        for (int i = 0; i < valid.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] b = valid.clone();
                b[i] ^= (byte) (1 << bit);
                Fuzz.refuse("bit " + bit + " of byte " + i + " flipped", () -> FitCheckpoint.read(b, "c.json"));
            }
        }
    }

    @Property(tries = 10_000)
    void mutatedCheckpoints(@ForAll long seed) {
        Random r = new Random(seed);
        byte[] b = Fuzz.mutate(valid, r);
        Fuzz.readOrRefuse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1),
                () -> FitCheckpoint.read(b, "m.json"));
    }
}
