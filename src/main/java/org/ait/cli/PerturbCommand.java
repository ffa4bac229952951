package org.ait.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.Perturbation;
import org.ait.bdm.SymbolGrid;
import org.ait.bdm.SymbolReader;
import org.ait.ctm.Tables;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait perturb}: how BDM changes when each element is flipped (or deleted). */
@Command(name = "perturb", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Perturbation analysis (algorithmic information dynamics): for every element, the change of BDM"
                + " when it is flipped (0<->1; with k symbols s becomes s+1 mod k). Elements whose flip lowers BDM"
                + " the most are the ones that make the object complex.",
            "Output: a TSV (index from 0; 2D: row and column) after a '# bdm=...' comment line, or JSON."})
final class PerturbCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Text of symbols; '-': standard input.")
    String file;

    @Mixin
    ScorerOptions options;

    @Option(names = "--delete", description = "Also the change when each element is deleted (1D) or each row and"
            + " column is deleted (2D).")
    boolean delete;

    @Option(names = "--sequence", paramLabel = "N", description = "Instead: keep, N times, the single change that"
            + " lowers BDM most (the 'keep changes' sequence), and print each step.")
    Integer sequence;

    @Option(names = "--raise", description = "With --sequence: keep the change that raises BDM most.")
    boolean raise;

    @Mixin
    OutputOptions.JsonOption json;

    @Override
    public Integer call() throws IOException {
        BdmScorer scorer = options.scorer();
        SymbolGrid x;
        String source = file.equals("-") ? "<stdin>" : file;
        try (InputStream in = BdmCommand.open(file)) {
            x = SymbolReader.read(in, source, scorer.dimensions(), scorer.symbols());
        }
        if (sequence != null && sequence < 0) {
            throw new UserError("--sequence must be at least 0, not " + sequence);
        }
        Perturbation p = scorer.perturbation(x);
        double base = p.bdm();
        boolean twoD = scorer.dimensions() == 2;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("bdm", base);
        doc.put("input", source);
        doc.put("rows", x.rows());
        doc.put("cols", x.cols());
        doc.put("settings", ScorerOptions.settings(scorer));
        doc.put("ait_version", Tables.codeVersion());
        PrintWriter o = spec.commandLine().getOut();
        if (sequence != null) {
            List<Perturbation.Step> steps = p.greedy(sequence, !raise);
            if (json.json) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Perturbation.Step s : steps) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("index", s.cell());
                    if (twoD) {
                        m.put("row", s.cell() / x.cols());
                        m.put("col", s.cell() % x.cols());
                    }
                    m.put("from", s.from());
                    m.put("to", s.to());
                    m.put("delta", s.delta());
                    m.put("bdm", s.bdm());
                    list.add(m);
                }
                doc.put("sequence", list);
                doc.put("final", p.current().toString());
                o.println(Json.pretty(doc));
            } else {
                o.println("# bdm=" + base + " " + describe(scorer));
                o.println(twoD ? "step\trow\tcol\tfrom\tto\tdelta\tbdm" : "step\tindex\tfrom\tto\tdelta\tbdm");
                int n = 1;
                for (Perturbation.Step s : steps) {
                    o.println(n++ + "\t" + (twoD ? s.cell() / x.cols() + "\t" + s.cell() % x.cols() : s.cell())
                            + "\t" + s.from() + "\t" + s.to() + "\t" + s.delta() + "\t" + s.bdm());
                }
            }
            o.flush();
            return Main.EXIT_OK;
        }
        double[] flips = p.flipDeltas();
        double[] deletions = delete && !twoD ? p.deletionDeltas() : null;
        double[] rowDeletions = delete && twoD ? p.rowDeletionDeltas() : null;
        double[] colDeletions = delete && twoD ? p.columnDeletionDeltas() : null;
        if (json.json) {
            doc.put("flip", flips);
            if (deletions != null) {
                doc.put("delete", deletions);
            }
            if (rowDeletions != null) {
                doc.put("delete_row", rowDeletions);
                doc.put("delete_column", colDeletions);
            }
            o.println(Json.pretty(doc));
            o.flush();
            return Main.EXIT_OK;
        }
        o.println("# bdm=" + base + " " + describe(scorer));
        StringBuilder line = new StringBuilder();
        o.println(twoD ? "row\tcol\tsymbol\tdelta" : deletions != null ? "index\tsymbol\tdelta\tdelete" : "index\tsymbol\tdelta");
        byte[] cells = x.cells();
        for (int i = 0; i < flips.length; i++) {
            line.setLength(0);
            if (twoD) {
                line.append(i / x.cols()).append('\t').append(i % x.cols());
            } else {
                line.append(i);
            }
            line.append('\t').append(Character.forDigit(cells[i], 16)).append('\t').append(flips[i]);
            if (deletions != null) {
                line.append('\t').append(deletions[i]);
            }
            o.println(line);
        }
        if (rowDeletions != null) {
            o.println("# deletions");
            o.println("axis\tindex\tdelta");
            for (int r = 0; r < rowDeletions.length; r++) {
                o.println("row\t" + r + "\t" + rowDeletions[r]);
            }
            for (int c = 0; c < colDeletions.length; c++) {
                o.println("column\t" + c + "\t" + colDeletions[c]);
            }
        }
        o.flush();
        return Main.EXIT_OK;
    }

    private static String describe(BdmScorer s) {
        return "table=" + s.values().name() + " block=" + (s.dimensions() == 1 ? "" + s.block().cols()
                : s.block().rows() + "x" + s.block().cols()) + " partition=" + s.partition().label();
    }
}
