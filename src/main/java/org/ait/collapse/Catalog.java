package org.ait.collapse;

import java.util.List;
import org.ait.collapse.data.Points;
import org.ait.collapse.data.Reals;
import org.ait.collapse.data.Sequences;
import org.ait.collapse.data.Strings;
import org.ait.collapse.data.Symbols;
import org.ait.collapse.generators.CategoricalGenerator;
import org.ait.collapse.generators.EcaGenerator;
import org.ait.collapse.generators.GaussianGenerator;
import org.ait.collapse.generators.LawGenerator;
import org.ait.collapse.generators.Machine;
import org.ait.collapse.generators.MachineGenerator;
import org.ait.collapse.generators.MixtureGenerator;
import org.ait.collapse.generators.SequenceGenerator;
import org.ait.collapse.learners.CategoricalMle;
import org.ait.collapse.learners.EcaRuleLearner;
import org.ait.collapse.learners.EmpiricalLearner;
import org.ait.collapse.learners.FormulaLearner;
import org.ait.collapse.learners.GaussianLearner;
import org.ait.collapse.learners.GmmLearner;
import org.ait.collapse.learners.KdeLearner;
import org.ait.collapse.learners.MachineLearner;
import org.ait.collapse.learners.NGramLearner;
import org.ait.collapse.learners.SequenceLearner;

/**
 * Generators and learners by the names of the command-line contract. Every bad name or parameter is an
 * {@link IllegalArgumentException} with a one-line message.
 */
public final class Catalog {

    /** Generator spec forms. */
    public static final List<String> GENERATORS = List.of("categorical:K", "zipf:K:S", "gaussian:MU:SIGMA", "gmm:K",
            "eca:RULE[:WIDTH:STEPS]", "tm:MACHINE", "sequence:NAME", "law:EXPRESSION[:NOISE[:LO:HI]]");

    /** Learner names. */
    public static final List<String> LEARNERS = List.of("categorical-mle", "add-beta:B", "ngram:K", "gaussian-mle",
            "gaussian-unbiased", "kde:H", "kde-silverman", "gmm-em:K", "neural-lm", "eca-rule", "tm-ctm",
            "sequence-synth", "formula-fit");

    /** The class of the optional neural learner (built with -Pneural). */
    static final String NEURAL = "org.ait.collapse.neural.NeuralLmLearner";

    private Catalog() {
    }

    /** A number as the names write it: integers without a decimal point. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Parses a generator spec. */
    public static Generator<?> generator(String spec) {
        String s = spec.trim();
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon);
        String rest = colon < 0 ? "" : s.substring(colon + 1);
        String[] a = rest.isEmpty() ? new String[0] : rest.split(":", -1);
        try {
            return switch (kind) {
                case "categorical" -> CategoricalGenerator.uniform(integer(a, 0, 1, spec));
                case "zipf" -> CategoricalGenerator.zipf(integer(a, 0, 2, spec), real(a, 1, spec));
                case "gaussian" -> new GaussianGenerator(real(a, 0, spec), real(a, 1, spec));
                case "gmm" -> new MixtureGenerator(integer(a, 0, 1, spec));
                case "eca" -> a.length == 1 ? new EcaGenerator(integer(a, 0, 1, spec), 16, 10)
                        : new EcaGenerator(integer(a, 0, 3, spec), integer(a, 1, 3, spec), integer(a, 2, 3, spec));
                case "tm" -> {
                    if (rest.isEmpty()) {
                        throw new IllegalArgumentException("generator '" + spec + "': tm:MACHINE needs a machine");
                    }
                    yield new MachineGenerator(Machine.parse(rest));
                }
                case "sequence" -> new SequenceGenerator(rest);
                case "law" -> law(a, spec);
                default -> throw new IllegalArgumentException("unknown generator '" + spec + "' (known: "
                        + String.join(", ", GENERATORS) + ")");
            };
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m != null && m.startsWith("generator '") || m != null
                    && m.startsWith("unknown generator") ? m : "generator '" + spec + "': " + m, e);
        }
    }

    private static Generator<?> law(String[] a, String spec) {
        if (a.length == 0 || a[0].isBlank()) {
            throw new IllegalArgumentException("law:EXPRESSION needs an expression in x");
        }
        double noise = a.length > 1 ? real(a, 1, spec) : 0.1;
        if (a.length == 3 || a.length > 4) {
            throw new IllegalArgumentException("law:EXPRESSION[:NOISE[:LO:HI]] has 1, 2 or 4 parts");
        }
        double lo = a.length > 2 ? real(a, 2, spec) : -2;
        double hi = a.length > 3 ? real(a, 3, spec) : 2;
        return new LawGenerator(a[0], noise, lo, hi);
    }

    /**
     * A learner by name, for the generator's data.
     *
     * @param fitSeconds time limit of one formula fit
     */
    @SuppressWarnings("unchecked")
    public static Learner<?> learner(String name, Generator<?> generator, double fitSeconds) {
        String s = name.trim();
        boolean warm = s.endsWith("+warm");
        String base = warm ? s.substring(0, s.length() - 5) : s;
        int colon = base.indexOf(':');
        String kind = colon < 0 ? base : base.substring(0, colon);
        String[] a = colon < 0 ? new String[0] : base.substring(colon + 1).split(":", -1);
        Class<?> type = generator.dataType();
        Learner<?> l;
        try {
            l = switch (kind) {
                case "categorical-mle" -> {
                    none(a, name);
                    yield type == Symbols.class ? CategoricalMle.mle() : new EmpiricalLearner<>((Class) type);
                }
                case "add-beta" -> CategoricalMle.addBeta(real(a, 0, name));
                case "ngram" -> new NGramLearner(integer(a, 0, 1, name));
                case "gaussian-mle" -> {
                    none(a, name);
                    yield GaussianLearner.mle();
                }
                case "gaussian-unbiased" -> {
                    none(a, name);
                    yield GaussianLearner.unbiased();
                }
                case "kde" -> KdeLearner.fixed(real(a, 0, name));
                case "kde-silverman" -> {
                    none(a, name);
                    yield KdeLearner.silverman();
                }
                case "gmm-em" -> new GmmLearner(integer(a, 0, 1, name));
                case "eca-rule" -> {
                    none(a, name);
                    if (!(generator instanceof EcaGenerator g)) {
                        throw new IllegalArgumentException("learner eca-rule needs an eca: generator, got "
                                + generator.spec());
                    }
                    yield new EcaRuleLearner(g.width(), g.steps(), warm);
                }
                case "tm-ctm" -> {
                    none(a, name);
                    yield new MachineLearner(warm);
                }
                case "sequence-synth" -> {
                    none(a, name);
                    yield new SequenceLearner(warm);
                }
                case "formula-fit" -> {
                    none(a, name);
                    yield new FormulaLearner(warm, fitSeconds);
                }
                case "neural-lm" -> neural(a, name);
                default -> throw new IllegalArgumentException("unknown learner '" + name + "' (known: "
                        + String.join(", ", LEARNERS) + "; +warm after a symbolic one)");
            };
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m != null && (m.startsWith("unknown learner") || m.startsWith("learner"))
                    ? m : "learner '" + name + "': " + m, e);
        }
        if (warm && !l.symbolic()) {
            throw new IllegalArgumentException("learner '" + name + "': +warm applies to symbolic learners only"
                    + " (eca-rule, tm-ctm, sequence-synth, formula-fit)");
        }
        if (l.dataType() != type) {
            throw new IllegalArgumentException("learner " + l.name() + " does not fit the data of generator "
                    + generator.spec() + " (" + kindOf(type) + ")");
        }
        return l;
    }

    private static Learner<?> neural(String[] a, String name) {
        try {
            Class<?> c = Class.forName(NEURAL);
            return (Learner<?>) c.getConstructor(String[].class).newInstance((Object) a);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("learner neural-lm is not in this build: build with the neural profile"
                    + " (AIT_PROFILES=neural ./ait collapse ..., or mvn -B -Pneural package)");
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("learner '" + name + "': " + cause.getMessage(), cause);
        }
    }

    /** Whether the neural learner is in this build. */
    public static boolean neuralAvailable() {
        try {
            Class.forName(NEURAL);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static String kindOf(Class<?> type) {
        if (type == Symbols.class) {
            return "symbols";
        } else if (type == Reals.class) {
            return "reals";
        } else if (type == Strings.class) {
            return "strings";
        } else if (type == Sequences.class) {
            return "integer sequences";
        } else if (type == Points.class) {
            return "(x, y) points";
        }
        return type.getSimpleName();
    }

    /** A configuration from a generator and a learner whose types were checked to match. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Configuration<?> configuration(Generator<?> g, Learner<?> l, Schedule s, Mode m, int n, int t) {
        return new Configuration(g, l, s, m, n, t);
    }

    private static void none(String[] a, String name) {
        if (a.length > 0) {
            throw new IllegalArgumentException("learner '" + name + "' takes no parameter");
        }
    }

    private static int integer(String[] a, int i, int expected, String spec) {
        if (a.length != expected) {
            throw new IllegalArgumentException("'" + spec + "' needs " + expected + " parameter"
                    + (expected == 1 ? "" : "s"));
        }
        try {
            return Integer.parseInt(a[i].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + spec + "': '" + a[i] + "' is not an integer");
        }
    }

    private static double real(String[] a, int i, String spec) {
        if (i >= a.length) {
            throw new IllegalArgumentException("'" + spec + "' needs " + (i + 1) + " parameter" + (i == 0 ? "" : "s"));
        }
        try {
            double v = Double.parseDouble(a[i].trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + spec + "': '" + a[i] + "' is not a finite number");
        }
    }
}
