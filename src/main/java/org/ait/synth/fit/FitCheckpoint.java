package org.ait.synth.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ait.io.AtomicFiles;
import org.ait.io.Digests;
import org.ait.io.InputException;
import org.ait.io.Json;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.mdl.DescriptionLength;

/**
 * A search's state between two sizes of its exhaustive phase, so that a long fit can stop and resume: the sizes
 * completed, how many structures were fitted (their seeds come from that count), what the term phase did, and the
 * models that can still matter (the Pareto front and the ten shortest descriptions: a model outside both never
 * re-enters either). Written atomically as JSON; {@code key} is a digest of the data and of every option that
 * changes the result, so a checkpoint is never resumed against other data. The last field, {@code sha256}, is the
 * SHA-256 of the file's bytes with that field's value zeroed: a truncated or altered file is detected, not resumed.
 */
final class FitCheckpoint {

    static final String FORMAT = "ait-fit-checkpoint-2";

    /** The checksum field, last in the file; its value is zeroed while the checksum is computed. */
    private static final String CHECKSUM_FIELD = "\"sha256\" : \"";
    private static final String ZEROS = "0".repeat(64);

    record State(String key, int completeSize, long index, long evaluated, SymbolicRegression.TermPhase terms,
            List<SymbolicRegression.Model> models) {
    }

    private FitCheckpoint() {
    }

    static void write(Path file, State s) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("key", s.key());
        root.put("complete_size", s.completeSize());
        root.put("index", s.index());
        root.put("evaluated", s.evaluated());
        ObjectNode t = root.putObject("term_regression");
        t.put("terms", s.terms().terms());
        t.put("complete_size", s.terms().completeSize());
        t.put("proposed", s.terms().proposed());
        t.put("complete", s.terms().complete());
        ArrayNode models = root.putArray("models");
        for (SymbolicRegression.Model m : s.models()) {
            ObjectNode o = models.addObject();
            o.put("structure", encode(m.structure()));
            ArrayNode p = o.putArray("params");
            for (double v : m.params()) {
                p.add(Double.toHexString(v)); // exact: a resumed search must give the same result
            }
            o.put("mse", Double.toHexString(m.mse()));
            o.put("bits_structure", Double.toHexString(m.bits().structure()));
            o.put("bits_parameters", Double.toHexString(m.bits().parameters()));
            o.put("bits_data", Double.toHexString(m.bits().data()));
        }
        root.put("sha256", ZEROS);
        String text = Json.pretty(root) + "\n";
        String sum = Digests.sha256Hex(text.getBytes(StandardCharsets.UTF_8), 0, text.getBytes(StandardCharsets.UTF_8)
                .length);
        int at = text.lastIndexOf(CHECKSUM_FIELD) + CHECKSUM_FIELD.length();
        text = text.substring(0, at) + sum + text.substring(at + ZEROS.length());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a checkpoint.
     *
     * @throws InputException naming the file when it is not a fit checkpoint of this version, or is truncated or
     *                        altered (checksum mismatch)
     * @throws IOException    when it cannot be read
     */
    static State read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Reads a checkpoint's bytes; {@code file} names them in messages. */
    static State read(byte[] bytes, String file) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf(CHECKSUM_FIELD);
        if (at < 0 || text.length() < at + CHECKSUM_FIELD.length() + 64) {
            if (!text.contains(FORMAT)) {
                throw new InputException(file + ": not a fit checkpoint (no " + FORMAT + " checksum)");
            }
            throw new InputException(file + ": a damaged or truncated fit checkpoint (no checksum)");
        }
        at += CHECKSUM_FIELD.length();
        String stored = text.substring(at, at + 64);
        byte[] zeroed = (text.substring(0, at) + ZEROS + text.substring(at + 64)).getBytes(StandardCharsets.ISO_8859_1);
        if (!Digests.sha256Hex(zeroed, 0, zeroed.length).equals(stored)) {
            throw new InputException(file + ": a damaged or truncated fit checkpoint (SHA-256 mismatch)");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new InputException(file + ": not a fit checkpoint (not JSON)");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new InputException(file + ": not a fit checkpoint (format is not " + FORMAT + ")");
        }
        try {
            List<SymbolicRegression.Model> models = new ArrayList<>();
            for (JsonNode o : root.get("models")) {
                double[] params = new double[o.get("params").size()];
                for (int j = 0; j < params.length; j++) {
                    params[j] = Double.parseDouble(o.get("params").get(j).asText());
                }
                models.add(new SymbolicRegression.Model(decode(o.get("structure").asText()), params,
                        Double.parseDouble(o.get("mse").asText()), new DescriptionLength.Bits(
                                Double.parseDouble(o.get("bits_structure").asText()),
                                Double.parseDouble(o.get("bits_parameters").asText()),
                                Double.parseDouble(o.get("bits_data").asText()))));
            }
            JsonNode t = root.get("term_regression");
            return new State(root.get("key").asText(), root.get("complete_size").asInt(), root.get("index").asLong(),
                    root.get("evaluated").asLong(), new SymbolicRegression.TermPhase(t.get("terms").asInt(),
                            t.get("complete_size").asInt(), t.get("proposed").asInt(),
                            t.get("complete").asBoolean()), models);
        } catch (RuntimeException e) {
            throw new InputException(file + ": damaged fit checkpoint (" + e + ")");
        }
    }

    /**
     * A structure as prefix tokens separated by spaces: operator names, v<i> for variable i, p<i> for parameter
     * slot i, n:<hex value>:<text> for an exact number.
     */
    static String encode(Expr e) {
        StringBuilder s = new StringBuilder();
        encode(e, s);
        return s.toString().trim();
    }

    private static void encode(Expr e, StringBuilder s) {
        if (e instanceof Expr.Var v) {
            s.append('v').append(v.index()).append(' ');
        } else if (e instanceof Expr.Param p) {
            s.append('p').append(p.slot()).append(' ');
        } else if (e instanceof Expr.Num n) {
            s.append("n:").append(Double.toHexString(n.value())).append(':').append(n.text()).append(' ');
        } else if (e instanceof Expr.Unary u) {
            s.append(u.op().name()).append(' ');
            encode(u.arg(), s);
        } else {
            Expr.Binary b = (Expr.Binary) e;
            s.append(b.op().name()).append(' ');
            encode(b.left(), s);
            encode(b.right(), s);
        }
    }

    static Expr decode(String text) {
        String[] tokens = text.trim().split(" ");
        int[] at = {0};
        Expr e = decode(tokens, at);
        if (at[0] != tokens.length) {
            throw new IllegalArgumentException("trailing tokens in structure '" + text + "'");
        }
        return e;
    }

    private static Expr decode(String[] tokens, int[] at) {
        if (at[0] >= tokens.length) {
            throw new IllegalArgumentException("structure ends early");
        }
        String t = tokens[at[0]++];
        if (t.startsWith("n:")) {
            int colon = t.indexOf(':', 2);
            return new Expr.Num(Double.parseDouble(t.substring(2, colon)), t.substring(colon + 1));
        }
        if (t.matches("v\\d+")) {
            return new Expr.Var(Integer.parseInt(t.substring(1)));
        }
        if (t.matches("p\\d+")) {
            return new Expr.Param(Integer.parseInt(t.substring(1)));
        }
        Op op = Op.valueOf(t);
        if (op.arity == 1) {
            return new Expr.Unary(op, decode(tokens, at));
        }
        Expr left = decode(tokens, at);
        return new Expr.Binary(op, left, decode(tokens, at));
    }
}
