package org.ait.collapse;

import java.util.ArrayList;
import java.util.List;

/**
 * The named studies of {@code ait collapse --study NAME}. Each is a list of parts: a generator, learners, schedules,
 * a mode, n, T and a number of seeds (capped for the expensive symbolic fits).
 */
public final class Studies {

    /** The names. */
    public static final List<String> NAMES = List.of("default", "default-neural", "closed-forms", "eca",
            "simplicity");

    /** The machine of the default study's Turing-machine part: unique behaviour among the 10,000 (2,2) machines. */
    public static final String MACHINE = "1RB0RA_1-H1RA";

    /** One part of a study. */
    public record Part(String generator, List<String> learners, List<String> schedules, Mode mode, int samples,
            int generations, int maxSeeds) {
    }

    private Studies() {
    }

    /** The parts of a named study. @throws org.ait.io.InputException for an unknown name */
    public static List<Part> parts(String name) {
        List<String> main = Schedule.MAIN;
        List<Part> p = new ArrayList<>();
        switch (name) {
            case "default", "default-neural" -> {
                p.add(new Part("categorical:10", List.of("categorical-mle", "add-beta:1"), main, Mode.REPLACE, 100, 100,
                        Integer.MAX_VALUE));
                p.add(new Part("categorical:10", List.of("categorical-mle"), List.of("0"), Mode.ACCUMULATE, 100, 100,
                        Integer.MAX_VALUE));
                p.add(new Part("categorical:10", List.of("categorical-mle"), List.of("0"), Mode.ACCUMULATE_SUBSAMPLE,
                        100, 100, Integer.MAX_VALUE));
                p.add(new Part("zipf:20:1.1", List.of("categorical-mle", "add-beta:1"), List.of("1", "0.1", "0"),
                        Mode.REPLACE, 100, 100, Integer.MAX_VALUE));
                p.add(new Part("gaussian:0:1", List.of("gaussian-mle", "gaussian-unbiased", "kde-silverman"), main,
                        Mode.REPLACE, 100, 100, Integer.MAX_VALUE));
                p.add(new Part("gmm:3", List.of("gmm-em:3", "kde-silverman"), List.of("1", "0.1", "0"), Mode.REPLACE,
                        100, 50, Integer.MAX_VALUE));
                for (int rule : new int[] {30, 90, 110, 184}) {
                    p.add(new Part("eca:" + rule + ":16:10", List.of("eca-rule", "eca-rule+warm", "ngram:3",
                            "categorical-mle"), List.of("1", "0.1", "1/t", "0"), Mode.REPLACE, 20, 50,
                            Integer.MAX_VALUE));
                }
                p.add(new Part("eca:110:8:2", List.of("eca-rule", "eca-rule+warm"), List.of("0"), Mode.REPLACE, 1, 50,
                        Integer.MAX_VALUE));
                p.add(new Part("tm:" + MACHINE, List.of("tm-ctm", "tm-ctm+warm", "ngram:3", "categorical-mle"),
                        List.of("1", "0.1", "1/t", "0"), Mode.REPLACE, 100, 50, Integer.MAX_VALUE));
                p.add(new Part("sequence:fibonacci", List.of("sequence-synth", "sequence-synth+warm",
                        "categorical-mle"), List.of("1", "0.1", "0"), Mode.REPLACE, 30, 30, 5));
                p.add(new Part("law:x*sin(x)+1:0.1", List.of("formula-fit", "formula-fit+warm"), List.of("1", "0"),
                        Mode.REPLACE, 100, 8, 2));
                if (name.equals("default-neural")) {
                    p.add(new Part("eca:110:16:10", List.of("neural-lm"), List.of("1", "0"), Mode.REPLACE, 20, 20, 3));
                    p.add(new Part("tm:" + MACHINE, List.of("neural-lm"), List.of("0"), Mode.REPLACE, 100, 20, 3));
                }
            }
            case "closed-forms" -> {
                p.add(new Part("categorical:10", List.of("categorical-mle"), List.of("0", "0.1", "0.5"), Mode.REPLACE,
                        100, 300, Integer.MAX_VALUE));
                p.add(new Part("gaussian:0:1", List.of("gaussian-mle", "gaussian-unbiased", "kde-silverman"),
                        List.of("0"), Mode.REPLACE, 100, 50, Integer.MAX_VALUE));
            }
            case "eca" -> {
                for (int rule : new int[] {30, 90, 110, 184}) {
                    p.add(new Part("eca:" + rule + ":16:10", List.of("eca-rule", "eca-rule+warm", "ngram:3"),
                            List.of("0"), Mode.REPLACE, 20, 50, Integer.MAX_VALUE));
                }
            }
            case "simplicity" -> {
                p.add(new Part("eca:110:8:2", List.of("eca-rule", "eca-rule+warm"), List.of("0"), Mode.REPLACE, 1, 50,
                        Integer.MAX_VALUE));
                p.add(new Part("eca:110:16:10", List.of("eca-rule", "eca-rule+warm"), List.of("0"), Mode.REPLACE, 1,
                        50, Integer.MAX_VALUE));
            }
            default -> throw new org.ait.io.InputException("unknown study '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        }
        return p;
    }
}
