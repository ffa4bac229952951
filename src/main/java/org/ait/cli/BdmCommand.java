package org.ait.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.bdm.BdmResult;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.SymbolGrid;
import org.ait.bdm.SymbolReader;
import org.ait.ctm.Tables;
import org.ait.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait bdm}: BDM, normalised BDM and block entropy of a file of symbols. */
@Command(name = "bdm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Block Decomposition Method: the estimated algorithmic complexity of a string (1D) or an array"
                + " (2D), in bits. Prints the value as the last token (BDM; the normalised BDM with --normalized;"
                + " the block entropy with --entropy; both flags: the normalised block entropy).",
            "Input is read as a stream, so files larger than memory are fine."})
final class BdmCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "Text of symbols; '-' or none: standard input.")
    String file;

    @Mixin
    ScorerOptions options;

    @Option(names = "--normalized", description = "Print the normalised BDM (0 = simplest, 1 = most complex arrangement of as many blocks).")
    boolean normalized;

    @Option(names = "--entropy", description = "Print the block entropy (bits) instead of BDM.")
    boolean entropy;

    @Option(names = "--given", paramLabel = "FILE", description = "Conditional BDM(FILE|GIVEN), coarse form.")
    String given;

    @Mixin
    OutputOptions.JsonOption json;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Override
    public Integer call() throws IOException {
        BdmScorer scorer = options.scorer();
        String source = file == null || file.equals("-") ? "<stdin>" : file;
        BdmResult r;
        Double conditional = null;
        try (InputStream in = open(file)) {
            if (given != null) {
                SymbolGrid x = SymbolReader.read(in, source, scorer.dimensions(), scorer.symbols());
                SymbolGrid y;
                try (InputStream g = open(given)) {
                    y = SymbolReader.read(g, given, scorer.dimensions(), scorer.symbols());
                }
                r = scorer.score(x);
                conditional = scorer.conditionalBdm(x, y);
            } else {
                r = SymbolReader.score(in, source, scorer);
            }
        }
        if (r.blocks() == 0) {
            throw new UserError(source + ": shorter than one block of " + scorer.block()
                    + " (partition " + scorer.partition().label() + "): no blocks to score; use a smaller --block or"
                    + " --partition recursive or periodic");
        }
        if (r.missingBlocks() > 0 && !quiet.quiet) {
            spec.commandLine().getErr().println("ait: note: " + r.missingBlocks() + " block(s) (" + r.missingDistinct()
                    + " distinct) have no CTM value in " + scorer.values().name()
                    + "; each counts as the largest value of its shape + 1 bit");
        }
        double value = conditional != null ? conditional
                : entropy ? (normalized ? r.normalizedEntropy() : r.entropy()) : normalized ? r.normalizedBdm() : r.bdm();
        if (json.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("bdm", r.bdm());
            doc.put("nbdm", r.normalizedBdm());
            doc.put("entropy", r.entropy());
            doc.put("normalized_entropy", r.normalizedEntropy());
            if (conditional != null) {
                doc.put("conditional_bdm", conditional);
                doc.put("given", given);
            }
            doc.put("min_bdm", r.minBdm());
            doc.put("max_bdm", r.maxBdm());
            doc.put("blocks", r.blocks());
            doc.put("distinct_blocks", r.distinctBlocks());
            doc.put("missing", r.missingBlocks());
            doc.put("missing_distinct", r.missingDistinct());
            doc.put("input", source);
            doc.put("settings", ScorerOptions.settings(scorer));
            doc.put("ait_version", Tables.codeVersion());
            spec.commandLine().getOut().println(Json.pretty(doc));
        } else {
            spec.commandLine().getOut().println(value);
        }
        return Main.EXIT_OK;
    }

    static InputStream open(String file) throws IOException {
        if (file == null || file.equals("-")) {
            return new BufferedInputStream(System.in, 1 << 16);
        }
        Path p = Paths.get(file);
        if (Files.isDirectory(p)) {
            throw new UserError(file + ": is a directory");
        }
        return Files.newInputStream(p);
    }
}
