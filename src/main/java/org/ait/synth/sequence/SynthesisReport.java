package org.ait.synth.sequence;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A synthesis result as the command line shows it: a table for people, and the JSON document of the CLI contract. */
public final class SynthesisReport {

    private SynthesisReport() {
    }

    /** Largest integer a JSON reader holds exactly in a double. */
    private static final BigInteger JSON_SAFE = BigInteger.TWO.pow(53);

    /** The JSON document: {@code {"input", "programs", "provenance"}} (see the README's contract). */
    public static Map<String, Object> json(SynthesisResult r, Map<String, Object> provenance) {
        return json(r, provenance, false);
    }

    /**
     * The JSON document; with {@code diagrams}, the first listed program that runs machines also carries
     * {@code "diagram"}: its runs' space-time diagrams, as lists of lines.
     */
    public static Map<String, Object> json(SynthesisResult r, Map<String, Object> provenance, boolean diagrams) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> in = new LinkedHashMap<>();
        boolean symbols = r.input().kind() == Sequence.Kind.SYMBOLS;
        in.put("kind", symbols ? "symbols" : "integers");
        in.put("length", r.input().length());
        if (symbols) {
            in.put("alphabet", r.input().alphabet());
        }
        doc.put("input", in);
        List<Map<String, Object>> programs = new ArrayList<>();
        RankedProgram shown = diagrams ? withDiagrams(r) : null;
        for (RankedProgram p : r.programs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", p.program().className());
            m.put("program", p.program().text());
            m.put("description_length_bits", p.bits());
            m.put("program_bits", p.candidate().programBits());
            m.put("exception_bits", p.candidate().exceptionBits());
            m.put("relative_probability", p.relativeProbability());
            m.put("exceptions", p.candidate().exceptions());
            List<Object> pred = new ArrayList<>();
            for (BigInteger t : p.prediction()) {
                pred.add(symbols ? Integer.toHexString(t.intValue()) : jsonInteger(t));
            }
            m.put("prediction", pred);
            m.putAll(p.program().fields());
            if (p == shown) {
                List<List<String>> runs = new ArrayList<>();
                for (String d : p.program().diagrams()) {
                    runs.add(List.of(d.split("\n")));
                }
                m.put("diagram", runs);
            }
            programs.add(m);
        }
        doc.put("programs", programs);
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("prior", r.prior());
        prov.put("searched", r.searched());
        prov.put("timed_out", r.timedOut());
        prov.put("notes", r.notes());
        prov.put("elapsed_seconds", r.elapsedNanos() / 1e9);
        doc.put("provenance", prov);
        return doc;
    }

    /** A JSON integer when a double holds it exactly, else its digits as a string. */
    static Object jsonInteger(BigInteger t) {
        return t.abs().compareTo(JSON_SAFE) <= 0 ? (Object) t.longValue() : t.toString();
    }

    /** The first listed program whose runs have space-time diagrams (machines), or null. */
    private static RankedProgram withDiagrams(SynthesisResult r) {
        for (RankedProgram p : r.programs()) {
            if (!p.program().diagrams().isEmpty()) {
                return p;
            }
        }
        return null;
    }

    /** The human table: rank, class, bits, relative probability, program, its exceptions and continuation. */
    public static String text(SynthesisResult r) {
        return text(r, false);
    }

    /**
     * The human table; with {@code diagrams}, then the space-time diagrams of the runs of the first listed program that
     * runs machines (or a line saying that none is listed).
     */
    public static String text(SynthesisResult r, boolean diagrams) {
        StringBuilder sb = new StringBuilder();
        boolean symbols = r.input().kind() == Sequence.Kind.SYMBOLS;
        sb.append(String.format(Locale.ROOT, "%s of length %d; prior %s; %.2f s%s%n",
                symbols ? "symbol string (alphabet " + r.input().alphabet() + ")" : "integer sequence",
                r.input().length(), r.prior(), r.elapsedNanos() / 1e9,
                r.timedOut() ? " (time limit reached: some searches were cut short)" : ""));
        for (String note : r.notes()) {
            sb.append("note: ").append(note).append('\n');
        }
        int rank = 1;
        for (RankedProgram p : r.programs()) {
            sb.append(String.format(Locale.ROOT, "%n%d. %-11s %9.2f bits  p = %.3g%n   %s%n", rank++,
                    p.program().className(), p.bits(), p.relativeProbability(), p.program().text()));
            int[] ex = p.candidate().exceptions();
            if (ex.length > 0) {
                StringBuilder e = new StringBuilder();
                for (int i = 0; i < ex.length; i++) {
                    e.append(i > 0 ? ", " : "").append(ex[i]);
                }
                sb.append("   exceptions at ").append(e).append(" (0-based)\n");
            }
            if (!p.prediction().isEmpty()) {
                sb.append("   next: ").append(Sequence.format(p.prediction().toArray(new BigInteger[0]),
                        r.input().kind()).replace(",", ", ")).append('\n');
            }
        }
        if (diagrams) {
            RankedProgram d = withDiagrams(r);
            if (d == null) {
                sb.append("\nno listed program runs a machine: no space-time diagram (class tm describes binary"
                        + " strings)\n");
            } else {
                sb.append(String.format(Locale.ROOT, "%nspace-time diagram of program %d (%s):%n",
                        r.programs().indexOf(d) + 1, d.program().className()));
                for (String run : d.program().diagrams()) {
                    sb.append(run);
                }
            }
        }
        return sb.toString();
    }
}
