package org.ait.bdm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ait.ctm.TableCatalog;

/**
 * CTM values for the BDM tests: our shipped D(5) table, and, as test fixtures only, the published tables in
 * {@code ../shared/reference/} (tests that need them are skipped where that folder is absent).
 */
final class ReferenceValues {

    static final Path REFERENCE = org.ait.ReferenceFiles.folder();
    private static CtmValues d5;
    private static CtmValues published1d;
    private static CtmValues published2d;

    private ReferenceValues() {
    }

    /** Our own D(5) table (ctm-tables/ctm-1d-s5-k2.ctm). */
    static synchronized CtmValues d5() {
        if (d5 == null) {
            try {
                d5 = CtmValues.of(TableCatalog.load("ctm-1d-s5-k2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return d5;
    }

    /** The published 1D binary table (pybdm / acss), which also has values for the two strings D(5) lacks. */
    static synchronized CtmValues published1d() throws IOException {
        Path f = REFERENCE.resolve("ctm-1d-k2-published-d5.tsv");
        assumeTrue(Files.exists(f), "reference values not present: " + f);
        if (published1d == null) {
            published1d = CtmValues.readTsv(f, 2, 1);
        }
        return published1d;
    }

    /** The published 2D binary table, square blocks 1x1 to 4x4. */
    static synchronized CtmValues published2d() throws IOException {
        Path f = REFERENCE.resolve("ctm-2d-k2-published-4x4.tsv");
        assumeTrue(Files.exists(f), "reference values not present: " + f);
        if (published2d == null) {
            Map<String, Double> values = new HashMap<>();
            try (BufferedReader in = Files.newBufferedReader(f)) {
                in.readLine();
                String line;
                while ((line = in.readLine()) != null) {
                    String[] t = line.split("\t");
                    int side = Integer.parseInt(t[0]);
                    StringBuilder rows = new StringBuilder();
                    for (int r = 0; r < side; r++) {
                        if (r > 0) {
                            rows.append('-');
                        }
                        rows.append(t[1], r * side, (r + 1) * side);
                    }
                    values.put(rows.toString(), Double.parseDouble(t[2]));
                }
            }
            published2d = CtmValues.of("published-2d-4x4", 2, 2, values);
        }
        return published2d;
    }
}
