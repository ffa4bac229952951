package org.ait.collapse.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ait.collapse.metrics.Row;
import org.ait.collapse.metrics.RowCsv;
import org.ait.io.AtomicFiles;
import org.ait.io.Json;

/** Writes everything a study leaves in its directory, each file atomically. */
public final class StudyReport {

    private StudyReport() {
    }

    /** What was written. */
    public record Written(List<Summary.Check> checks, List<Plots.Plot> plots) {
    }

    /**
     * @param provenance what determines the results (into summary.json, which is then the same for any thread count)
     * @param runInfo    the provenance and how this run went (threads, time), for report.html
     */
    public static Written write(Path dir, String study, List<Row> rows, Map<String, Object> provenance,
            Map<String, Object> runInfo, List<String> notes) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("metrics.csv"), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(RowCsv.header());
            w.write('\n');
            for (Row r : rows) {
                w.write(RowCsv.line(r));
                w.write('\n');
            }
            w.flush();
        });
        Aggregate a = new Aggregate(rows);
        Map<String, Object> doc = Summary.document(a, provenance);
        doc.put("notes", notes);
        AtomicFiles.write(dir.resolve("summary.json"), Json.pretty(doc).getBytes(StandardCharsets.UTF_8));
        List<Plots.Plot> plots = Plots.write(a, dir);
        List<Summary.Check> checks = Summary.checks(a);
        AtomicFiles.write(dir.resolve("report.html"), HtmlReport.html(study, runInfo, a, checks, plots, notes)
                .getBytes(StandardCharsets.UTF_8));
        return new Written(checks, plots);
    }
}
