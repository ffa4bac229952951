package org.ait.synth.automata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Mechanism synthesis for space-time diagrams, as {@code ait synth} offers it: the class names of the command line
 * ({@code eca}, {@code totalistic}, {@code lifelike}) mapped to rule families, the identification run, and its
 * programs listed best first with their predictions, in the JSON shape that sequence synthesis uses.
 */
public final class DiagramSynthesis {

    /** The class names for diagrams, in the order they are searched. */
    public static final List<String> CLASSES = List.of("eca", "totalistic", "lifelike");

    private DiagramSynthesis() {
    }

    /**
     * The rule families of the named classes ({@code lifelike} for frames, the others for rows).
     *
     * @throws org.ait.io.InputException for an unknown class, or when no class named fits rows (or frames)
     */
    public static List<RuleFamily> families(List<String> classes, boolean frames) {
        List<RuleFamily> out = new ArrayList<>();
        for (String c : classes) {
            switch (c) {
                case "eca" -> out.add(RuleFamily.ELEMENTARY);
                case "totalistic" -> {
                    out.add(RuleFamily.totalistic(2, 2));
                    out.add(RuleFamily.totalistic(1, 3));
                }
                case "lifelike" -> out.add(RuleFamily.LIFE_LIKE);
                default -> throw new org.ait.io.InputException("unknown class '" + c + "' for a diagram (known: "
                        + String.join(", ", CLASSES) + ")");
            }
        }
        out.removeIf(f -> (f.dimensions() == 2) != frames);
        if (out.isEmpty()) {
            throw new org.ait.io.InputException(frames ? "frames (blank-line separated) need the class lifelike"
                    : "rows of a diagram need the class eca or totalistic");
        }
        return out;
    }

    /** The class name of a family, as the command line spells it. */
    public static String className(RuleFamily f) {
        return f instanceof RuleFamily.Elementary ? "eca" : f instanceof RuleFamily.LifeLike ? "lifelike" : "totalistic";
    }

    /**
     * Identifies the diagram's rule among the families (colours beyond a family's are not its data).
     *
     * @throws org.ait.io.InputException when the diagram has more colours than every family
     */
    public static Identification identify(Diagram d, List<RuleFamily> families, List<Boundary> boundaries,
            ProgramPrior prior, int top) {
        List<RuleFamily> fit = families.stream().filter(f -> f.colours() >= d.colours()).toList();
        if (fit.isEmpty()) {
            throw new org.ait.io.InputException("the diagram has " + d.colours() + " colours; the classes asked for have"
                    + " at most " + families.stream().mapToInt(RuleFamily::colours).max().orElse(0));
        }
        return RuleIdentifier.of(fit.toArray(new RuleFamily[0])).boundaries(boundaries.toArray(new Boundary[0]))
                .prior(prior).limit(top, top).identify(d);
    }

    /** The observed cells the program's own run from its initial step does not reproduce, as [step, cell]. */
    public static List<int[]> exceptions(Diagram observed, CaProgram p) {
        Diagram run = p.run(observed.steps());
        List<int[]> out = new ArrayList<>();
        for (int t = 0; t < observed.steps(); t++) {
            for (int x = 0; x < observed.cellsPerStep(); x++) {
                byte o = observed.cell(t, x);
                byte r = run.cell(t, x);
                if (o != Diagram.MISSING && r != Diagram.MISSING && o != r) {
                    out.add(new int[] {t, x});
                }
            }
        }
        return out;
    }

    /** The JSON document of the CLI contract for an identification. */
    public static Map<String, Object> json(Diagram d, Identification id, int predict, int top, Map<String, Object> provenance) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("kind", "diagram");
        in.put("length", d.steps());
        in.put("width", d.width());
        if (d.dimensions() == 2) {
            in.put("height", d.height());
        }
        in.put("colours", d.colours());
        doc.put("input", in);
        List<Map<String, Object>> programs = new ArrayList<>();
        for (Candidate c : id.candidates().subList(0, Math.min(top, id.candidates().size()))) {
            CaProgram p = c.program();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", className(p.family()));
            m.put("program", p.text());
            m.put("description_length_bits", c.bits());
            m.put("program_bits", c.programBits());
            m.put("exception_bits", c.dataBits());
            m.put("relative_probability", c.relativeProbability());
            m.put("exceptions", exceptions(d, p));
            m.put("exception_count", c.exceptions());
            m.put("flip_rate", c.flipRate());
            m.put("tie_group", c.tieGroup());
            m.put("prediction", predict > 0 ? rows(id.predict(c, predict)) : List.of());
            m.put("rule", p.family() instanceof RuleFamily.LifeLike ? p.family().ruleName(p.rule()) : p.rule());
            m.put("radius", p.family().radius());
            m.put("colors", p.family().colours());
            m.put("boundary", p.boundary().label());
            programs.add(m);
        }
        doc.put("programs", programs);
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("tie_groups", id.groupCount());
        doc.put("provenance", prov);
        return doc;
    }

    /** A diagram's steps as strings: rows, or frames with their rows joined by '-'. */
    public static List<String> rows(Diagram d) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < d.steps(); t++) {
            StringBuilder s = new StringBuilder();
            for (int x = 0; x < d.cellsPerStep(); x++) {
                if (d.dimensions() == 2 && x > 0 && x % d.width() == 0) {
                    s.append('-');
                }
                byte b = d.cell(t, x);
                s.append(b == Diagram.MISSING ? '.' : Character.forDigit(b, 16));
            }
            out.add(s.toString());
        }
        return out;
    }

    /** The human report: the tie groups, then each listed program's predicted steps. */
    public static String text(Diagram d, Identification id, int predict, int top) {
        StringBuilder s = new StringBuilder(String.format("%s diagram: %d steps of %s cells, %d colours; %d tie groups%n%n",
                d.dimensions() == 2 ? "2D" : "1D", d.steps(), d.dimensions() == 2 ? d.height() + "x" + d.width()
                        : String.valueOf(d.width()), d.colours(), id.groupCount()));
        s.append(id.text());
        if (predict > 0) {
            List<Candidate> best = id.candidates();
            for (Candidate c : best.subList(0, Math.min(top, best.size()))) {
                s.append("\nnext ").append(predict).append(" under ").append(c.program().text()).append(":\n");
                for (String r : rows(id.predict(c, predict))) {
                    s.append("  ").append(r).append('\n');
                }
            }
        }
        return s.toString();
    }
}
