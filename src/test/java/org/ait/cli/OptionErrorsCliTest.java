package org.ait.cli;

import static org.ait.cli.CliTest.assertOneLineError;
import static org.ait.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ait.bdm.Partition;
import org.ait.collapse.StudyPlan;
import org.ait.collapse.Studies;
import org.ait.io.InputException;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.DiagramSynthesis;
import org.ait.synth.mdl.ProgramPrior;
import org.ait.synth.sequence.ProgramClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong option value the libraries check is an input error: exit 2 and one line, never an internal error. */
class OptionErrorsCliTest {

    @Test
    void wrongNamesAndValuesExitTwoWithOneLine(@TempDir Path dir) throws IOException {
        assertOneLineError(run("synth", "--classes", "nosuch", "--sequence", "1,2,3", "--quiet"), 2,
                "unknown program class 'nosuch'");
        assertOneLineError(run("synth", "--classes", "tm", "--sequence", "1,2,30", "--quiet"), 2, "class tm describes");
        assertOneLineError(run("synth", "--prior", "nosuch", "--sequence", "1,2,3", "--quiet"), 2,
                "unknown prior 'nosuch'");
        assertOneLineError(run("bench-synth", dir.resolve("suite.txt").toString(), "--prior", "nosuch", "--out",
                dir.resolve("bench").toString()), 2, "unknown prior 'nosuch'");
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "x,y\n1,2\n2,4\n3,6\n4,8\n5,10\n");
        assertOneLineError(run("fit", csv.toString(), "--target", "y", "--prior", "nosuch"), 2, "--prior");
        Path bits = dir.resolve("bits.txt");
        Files.writeString(bits, "010011010110100101101001");
        assertOneLineError(run("bdm", bits.toString(), "--partition", "nosuch"), 2, "unknown partition 'nosuch'");
        Path diagram = dir.resolve("diagram.txt");
        Files.writeString(diagram, "0110\n1011\n0101\n");
        assertOneLineError(run("synth", diagram.toString(), "--boundary", "torus", "--quiet"), 2,
                "unknown boundary 'torus' (cyclic, zero or window)");
        assertOneLineError(run("synth", diagram.toString(), "--classes", "lifelike", "--quiet"), 2,
                "need the class eca or totalistic");
        // The engine refuses these with IllegalArgumentException; the command reports them as input errors.
        assertOneLineError(run("tables", "build", "--states", "2", "--sample", "100", "--max-length", "8",
                "--split-at", "5,3", "--out", dir.resolve("t").toString(), "--quiet"), 2, "split lengths");
        assertOneLineError(run("tables", "build", "--states", "2", "--sample", "100", "--max-length", "8",
                "--split-at", "3", "--split-factor", "1", "--out", dir.resolve("t").toString(), "--quiet"), 2,
                "split factor");
        assertFalse(Files.exists(dir.resolve("bench")), "nothing written");
        // Every build option is checked before anything is written: not even the output directory is made.
        assertFalse(Files.exists(dir.resolve("t")), "no directory, table or checkpoint written");
    }

    @Test
    void theLibrariesThrowInputExceptionForTheUsersWords() {
        assertThrows(InputException.class, () -> Partition.parse("nosuch"));
        assertEquals(Boundary.WINDOW, Boundary.parse(" Window "));
        assertThrows(InputException.class, () -> Boundary.parse("torus"));
        assertThrows(InputException.class, () -> DiagramSynthesis.families(List.of("nosuch"), false));
        assertThrows(InputException.class, () -> DiagramSynthesis.families(List.of("eca"), true));
        assertThrows(InputException.class, () -> ProgramPrior.named("nosuch"));
        assertThrows(InputException.class, () -> ProgramClasses.named(List.of("nosuch")));
        assertThrows(InputException.class, () -> Studies.parts("nosuch"));
        assertThrows(InputException.class, () -> new StudyPlan.Overrides(0, 1, null, null, 1));
        // A schedule the catalog cannot parse (an IllegalArgumentException there) is the user's word here.
        assertThrows(InputException.class, () -> StudyPlan.of(List.of(StudyPlan.custom(null, null, "1/x", null)),
                new StudyPlan.Overrides(1, 1, null, null, 1)));
    }
}
