package org.ait.collapse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ait.collapse.metrics.Row;
import org.ait.collapse.metrics.RowCsv;
import org.ait.io.AtomicFiles;
import org.ait.io.InputException;

/**
 * Runs every configuration for every seed, in parallel over (configuration, seed) pairs. Each pair has its own random
 * streams ({@link Streams}), so the rows do not depend on the number of threads or the order of execution. With a
 * checkpoint directory, every finished pair is written there at once (atomically), and a study started again over
 * the same directory skips the pairs it finds: an interrupted study resumes to the same numbers.
 */
public final class Study {

    /** Progress of a study: pairs done of the total, the configuration just finished. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total, String configuration);
    }

    private final List<Configuration<?>> configurations;
    private final List<Long> seeds;

    /**
     * @param seedsPerConfiguration seeds for each configuration, aligned with {@code configurations}
     */
    public Study(List<Configuration<?>> configurations, List<List<Long>> seedsPerConfiguration) {
        if (configurations.size() != seedsPerConfiguration.size()) {
            throw new IllegalArgumentException("one seed list per configuration");
        }
        this.configurations = List.copyOf(configurations);
        List<Long> flat = new ArrayList<>();
        for (List<Long> s : seedsPerConfiguration) {
            flat.add((long) s.size());
            flat.addAll(s);
        }
        this.seeds = flat;
    }

    /** Every configuration with the same seeds. */
    public static Study of(List<Configuration<?>> configurations, List<Long> seeds) {
        List<List<Long>> s = new ArrayList<>();
        for (int i = 0; i < configurations.size(); i++) {
            s.add(seeds);
        }
        return new Study(configurations, s);
    }

    public List<Configuration<?>> configurations() {
        return configurations;
    }

    /** The seeds of configuration i. */
    public List<Long> seeds(int i) {
        int pos = 0;
        for (int c = 0; c < i; c++) {
            pos += 1 + seeds.get(pos).intValue();
        }
        int count = seeds.get(pos).intValue();
        return seeds.subList(pos + 1, pos + 1 + count);
    }

    /** Deletes a finished study's checkpoint directory: its pairs are in the results now. */
    public static void deleteCheckpoint(Path checkpoint) throws IOException {
        if (!Files.exists(checkpoint)) {
            return;
        }
        try (Stream<Path> files = Files.walk(checkpoint)) {
            // Deepest first, so each directory is empty when its turn comes.
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The study as text: what a checkpoint must match to be resumed. */
    public String fingerprint() {
        StringBuilder s = new StringBuilder("ait collapse study v1\n");
        for (int i = 0; i < configurations.size(); i++) {
            s.append(configurations.get(i).key()).append(" | seeds ").append(seeds(i)).append('\n');
        }
        return s.toString();
    }

    /**
     * Runs the study.
     *
     * @param threads    worker threads (>= 1)
     * @param checkpoint directory of finished pairs, or null for none; it must be empty or hold this study's
     *                   checkpoint
     * @return every row, in configuration order, then seed order, then generation
     * @throws InputException when the checkpoint belongs to another study
     */
    public List<Row> run(int threads, Path checkpoint, Progress progress) throws IOException, InterruptedException {
        record Pair(int configuration, long seed, int order) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < configurations.size(); i++) {
            int k = 0;
            for (long s : seeds(i)) {
                pairs.add(new Pair(i, s, k++));
            }
        }
        List<List<Row>> results = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            results.add(null);
        }
        if (checkpoint != null) {
            Files.createDirectories(checkpoint);
            Path fp = checkpoint.resolve("study.txt");
            if (Files.exists(fp)) {
                if (!Files.readString(fp, StandardCharsets.UTF_8).equals(fingerprint())) {
                    throw new InputException(checkpoint + " holds the checkpoint of another study: use the options"
                            + " it was started with, or delete it");
                }
            } else {
                AtomicFiles.write(fp, fingerprint().getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < pairs.size(); i++) {
                Path f = checkpoint.resolve(file(pairs.get(i).configuration(), pairs.get(i).seed()));
                if (Files.exists(f)) {
                    results.set(i, RowCsv.read(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        int total = pairs.size();
        AtomicInteger done = new AtomicInteger((int) results.stream().filter(r -> r != null).count());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "collapse-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            // Longest configurations first would balance better, but order does not change results.
            for (int i = 0; i < pairs.size(); i++) {
                if (results.get(i) != null) {
                    continue;
                }
                int idx = i;
                Pair p = pairs.get(i);
                futures.add(pool.submit(() -> {
                    Configuration<?> c = configurations.get(p.configuration());
                    List<Row> rows = Loop.run(c, p.seed());
                    if (checkpoint != null) {
                        AtomicFiles.write(checkpoint.resolve(file(p.configuration(), p.seed())),
                                RowCsv.write(rows).getBytes(StandardCharsets.UTF_8));
                    }
                    synchronized (results) {
                        results.set(idx, rows);
                    }
                    if (progress != null) {
                        progress.done(done.incrementAndGet(), total, c.key());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error er) {
                        throw er;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Row> all = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> pairs.get(i).configuration())
                .thenComparingInt(i -> pairs.get(i).order()));
        for (int i : order) {
            all.addAll(results.get(i));
        }
        return all;
    }

    private static String file(int configuration, long seed) {
        return "run-" + configuration + "-" + seed + ".csv";
    }
}
