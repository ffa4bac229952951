package org.ait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ait.io.InputException;
import org.ait.ctm.Tables;
import org.ait.io.Json;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.DiagramReader;
import org.ait.synth.automata.DiagramSynthesis;
import org.ait.synth.automata.Identification;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.ProgramClasses;
import org.ait.synth.mdl.ProgramPrior;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceInput;
import org.ait.synth.sequence.SynthesisReport;
import org.ait.synth.sequence.SynthesisResult;
import org.ait.synth.sequence.Synthesizer;
import org.ait.synth.sequence.classes.Machine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ait synth}: the most probable programs that print a sequence, and what comes next. */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Mechanism synthesis: the shortest programs that print an integer sequence or a symbol string"
                + " (recurrences, polynomials, P-recursive relations, periodic words, the Turing machines of the CTM"
                + " tables, ...), ranked by description"
                + " length in bits (program under the prior, plus the terms it gets wrong), each with its probability"
                + " relative to the best and, with --predict, its continuation."})
final class SynthCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--sequence", paramLabel = "TEXT", description = "Integers separated by commas (e.g."
                + " '1,1,2,3,5'), or symbols 0-9a-f without separators (e.g. '0110100110010110').")
        String text;

        @Parameters(index = "0", paramLabel = "FILE", description = "A file holding the sequence ('-' for stdin).")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--kind", description = "integers, symbols or diagram (default: from the input's shape: several"
            + " lines of symbols of one length are a diagram, rows = time steps; frames separated by blank lines are a"
            + " 2D diagram).")
    String kind;

    @Option(names = "--boundary", split = ",", defaultValue = "cyclic,zero,window", description = "Diagrams: the"
            + " boundaries tried (cyclic, zero, window = a window cut out of a larger run), default ${DEFAULT-VALUE}.")
    List<String> boundary;

    @Option(names = "--classes", split = ",", description = "Program classes to search (default: all; e.g. 'tm':"
            + " the least Turing machine that prints a binary string, from the shipped CTM tables, with its steps,"
            + " states and algorithmic probability).")
    List<String> classes;

    @Option(names = "--predict", defaultValue = "0", description = "Terms to predict, default ${DEFAULT-VALUE}.")
    int predict;

    @Option(names = "--top", defaultValue = "5", description = "Programs listed, default ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--time", defaultValue = "10", description = "Time limit in seconds, default ${DEFAULT-VALUE}.")
    double time;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (searches are deterministic; recorded in the"
            + " provenance), default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--prior", defaultValue = "algorithmic", description = "algorithmic (BDM of the program's code"
            + " with our D(5) table) or size (its length), default ${DEFAULT-VALUE}.")
    String prior;

    @Option(names = "--threads", description = "Accepted for symmetry with bench-synth; one sequence runs on one thread.")
    Integer threads;

    @Option(names = "--diagram", description = "Binary strings: also print the space-time diagram of the run of the"
            + " best listed Turing-machine program (class tm): the tape at every step, the head's cell in brackets, the"
            + " state about to act (JSON: \"diagram\", its lines).")
    boolean diagram;

    @Mixin
    OutputOptions.JsonOption json;

    @Mixin
    OutputOptions.QuietOption quiet;

    @Override
    public Integer call() throws IOException {
        if (predict < 0) {
            throw new UserError("--predict must be at least 0, got " + predict);
        }
        if (top < 1) {
            throw new UserError("--top must be at least 1, got " + top);
        }
        if (!(time > 0)) {
            throw new UserError("--time must be positive, got " + time);
        }
        Threads.check(threads);
        ProgramPrior p = ProgramPrior.named(prior);
        String[] text = read();
        SequenceInput.Kind k = kind(text[0], text[1]);
        if (k == SequenceInput.Kind.DIAGRAM) {
            if (diagram) {
                throw new UserError("--diagram shows Turing-machine runs (class tm, binary strings); the input is a"
                        + " space-time diagram already");
            }
            return diagram(text[0], text[1], p);
        }
        Synthesizer.Builder b = Synthesizer.builder().top(top).timeSeconds(time).prior(p);
        Sequence input = SequenceInput.parse(text[0], k, text[1]);
        if (classes != null) {
            List<ProgramClass> named = ProgramClasses.named(classes);
            ProgramClasses.requireApplicable(named, input);
            b.classes(named);
        }
        if (diagram && !new Machine().appliesTo(input)) {
            throw new UserError("--diagram shows the runs of class tm, which describes binary symbol strings (of 0"
                    + " and 1) only");
        }
        if (diagram && classes != null && !classes.contains("tm")) {
            throw new UserError("--diagram shows the runs of class tm, which --classes leaves out");
        }
        Progress bar = new Progress(spec.commandLine().getErr(), quiet.quiet);
        long started = System.nanoTime();
        b.progress(c -> bar.status(String.format(java.util.Locale.ROOT, "searching %s (%.1f s)", c,
                (System.nanoTime() - started) / 1e9)));
        SynthesisResult r = b.build().synthesize(input, predict);
        bar.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> prov = new LinkedHashMap<>();
            prov.put("version", Tables.codeVersion());
            prov.put("seed", seed);
            prov.put("time_limit_seconds", time);
            o.println(Json.pretty(SynthesisReport.json(r, prov, diagram)));
        } else {
            o.print(SynthesisReport.text(r, diagram));
        }
        o.flush();
        return Main.EXIT_OK;
    }

    /** The input's text and its name in messages. */
    private String[] read() throws IOException {
        String text;
        String name;
        if (source.text != null) {
            text = source.text;
            name = "--sequence";
        } else if (source.file.toString().equals("-")) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            name = "stdin";
        } else {
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError(source.file + ": no such file");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new UserError(source.file + ": not a text file (UTF-8)");
            }
            name = source.file.toString();
        }
        if (text.isBlank()) {
            throw new UserError(name + ": the sequence is empty");
        }
        return new String[] {text, name};
    }

    private SequenceInput.Kind kind(String text, String name) {
        if (kind != null) {
            try {
                return SequenceInput.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException | InputException e) {
                throw new UserError("--kind must be integers, symbols or diagram, got '" + kind + "'");
            }
        }
        try {
            return SequenceInput.guess(text);
        } catch (IllegalArgumentException | InputException e) {
            throw new UserError(name + ": " + e.getMessage());
        }
    }

    /** A space-time diagram: rule identification among the cellular-automaton classes. */
    private int diagram(String text, String name, ProgramPrior programPrior) {
        boolean frames = SequenceInput.frames(text);
        Diagram d;
        List<RuleFamily> families;
        List<Boundary> bounds = new java.util.ArrayList<>();
        for (String bd : boundary) {
            bounds.add(Boundary.parse(bd));
        }
        try {
            d = frames ? DiagramReader.frames(text) : DiagramReader.rows(text);
            families = DiagramSynthesis.families(classes != null ? classes : DiagramSynthesis.CLASSES, frames);
        } catch (IllegalArgumentException | InputException e) {
            throw new UserError(name + ": " + e.getMessage());
        }
        Identification id;
        try {
            id = DiagramSynthesis.identify(d, families, bounds, programPrior, top);
        } catch (IllegalArgumentException | InputException e) {
            throw new UserError(name + ": " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> prov = new LinkedHashMap<>();
            prov.put("version", Tables.codeVersion());
            prov.put("seed", seed);
            prov.put("prior", prior);
            prov.put("boundaries", boundary);
            o.println(Json.pretty(DiagramSynthesis.json(d, id, predict, top, prov)));
        } else {
            o.print(DiagramSynthesis.text(d, id, predict, top));
        }
        o.flush();
        return Main.EXIT_OK;
    }
}
