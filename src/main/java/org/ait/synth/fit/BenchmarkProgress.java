package org.ait.synth.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ait.io.InputException;
import org.ait.io.Json;

/**
 * The outcomes of a benchmark run so far, in a file of JSON lines after a first line naming the run (suite and every
 * option that changes an outcome): each (problem, draw) is appended as soon as it ends, solved or not, so a run of
 * hours that is interrupted resumes where it stopped and ends with the same results. A file of another run is refused.
 */
public final class BenchmarkProgress implements AutoCloseable {

    private static final ObjectMapper JSON = Json.mapper().copy()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private final Map<String, FitBenchmark.Outcome> done = new HashMap<>();
    private final BufferedWriter out;

    private BenchmarkProgress(BufferedWriter out) {
        this.out = out;
    }

    /**
     * Opens the progress file: with {@code resume} and an existing file of the same run, its outcomes count as done;
     * otherwise a new file.
     *
     * @throws InputException when resuming a file of another run, or a damaged file
     */
    public static BenchmarkProgress open(Path file, String run, boolean resume) throws IOException {
        String key = JSON.writeValueAsString(Map.of("run", run));
        if (resume && Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(key)) {
                throw new InputException(file + ": progress of another run (other suite or options); remove it or"
                        + " run without --resume");
            }
            BenchmarkProgress p = new BenchmarkProgress(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    FitBenchmark.Outcome o = JSON.readValue(line, FitBenchmark.Outcome.class);
                    p.done.put(o.id() + "#" + o.draw(), o);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    // A line cut by the interruption: that outcome is solved again.
                }
            }
            return p;
        }
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(key);
        w.newLine();
        w.flush();
        return new BenchmarkProgress(w);
    }

    /** The outcome of (problem, draw) from an earlier run, or null. */
    public FitBenchmark.Outcome done(String id, int draw) {
        return done.get(id + "#" + draw);
    }

    /** Appends an outcome (written through at once). */
    public void add(FitBenchmark.Outcome o) throws IOException {
        out.write(JSON.writeValueAsString(o));
        out.newLine();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
