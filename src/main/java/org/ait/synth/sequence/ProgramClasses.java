package org.ait.synth.sequence;

import java.util.ArrayList;
import java.util.List;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.classes.Arithmetic;
import org.ait.synth.sequence.classes.Beatty;
import org.ait.synth.sequence.classes.Bitwise;
import org.ait.synth.sequence.classes.CentreColumn;
import org.ait.synth.sequence.classes.Concatenation;
import org.ait.synth.sequence.classes.Expression;
import org.ait.synth.sequence.classes.FloorPolynomial;
import org.ait.synth.sequence.classes.Halving;
import org.ait.synth.sequence.classes.Holonomic;
import org.ait.synth.sequence.classes.Interleave;
import org.ait.synth.sequence.classes.LinearRecurrence;
import org.ait.synth.sequence.classes.Literal;
import org.ait.synth.sequence.classes.Loop;
import org.ait.synth.sequence.classes.Machine;
import org.ait.synth.sequence.classes.Morphic;
import org.ait.synth.sequence.classes.Multiplicative;
import org.ait.synth.sequence.classes.Partitions;
import org.ait.synth.sequence.classes.Periodic;
import org.ait.synth.sequence.classes.Polynomial;
import org.ait.synth.sequence.classes.PolynomialResidues;
import org.ait.synth.sequence.classes.QSeries;
import org.ait.synth.sequence.classes.Radix;
import org.ait.synth.sequence.classes.RationalDigits;
import org.ait.synth.sequence.classes.Transformed;
import org.ait.synth.sequence.classes.Triangle;

/**
 * The registry of program classes: their names, the tag that opens every program's code (one of 32 equally likely
 * classes, 5 bits), and the default search order (cheap and decisive classes first; fallbacks last).
 */
public final class ProgramClasses {

    /** Every class name, in tag order; new classes take the free slots at the end. */
    static final List<String> TAGS = List.of("literal", "bdm", "periodic", "polynomial", "recurrence", "holonomic",
            "expression", "loop", "transform", "morphic", "automatic", "tm", "eca", "totalistic", "lifelike",
            "interleave", "triangle", "concatenation", "digits", "multiplicative", "partitions", "radix", "arithmetic",
            "floorpoly", "polymod", "halving", "beatty", "qseries", "bitwise");

    /** Bits of a class tag: one of 32 equally likely classes. */
    public static final int TAG_BITS = 5;

    private ProgramClasses() {
    }

    /** Writes the class tag of {@code name}. */
    public static void writeTag(BitCode code, String name) {
        int i = TAGS.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("class '" + name + "' has no tag");
        }
        code.choice(i, 32);
    }

    /** The default classes for sequences, in search order. */
    public static List<ProgramClass> defaults() {
        List<ProgramClass> base = List.of(new Periodic(), new Polynomial(), new LinearRecurrence(), new Holonomic());
        Expression expression = new Expression();
        List<ProgramClass> inner = new ArrayList<>(base);
        inner.add(expression);
        inner.add(new Multiplicative());
        inner.add(new Arithmetic());
        List<ProgramClass> all = new ArrayList<>();
        all.add(new Machine()); // binary strings: a table lookup
        all.addAll(base);
        all.add(new RationalDigits());
        all.add(new Transformed(inner));
        all.add(new Interleave(inner));
        all.add(expression);
        all.add(new Loop());
        all.add(new Halving());
        all.add(new Multiplicative());
        all.add(new Partitions());
        all.add(new QSeries());
        all.add(new Radix());
        all.add(new Bitwise());
        all.add(new Arithmetic());
        all.add(new FloorPolynomial());
        all.add(new PolynomialResidues());
        all.add(new Beatty());
        all.add(new Triangle(base));
        all.add(new Morphic(false));
        all.add(new Morphic(true));
        all.add(new Concatenation());
        all.add(new CentreColumn(false));
        all.add(new CentreColumn(true));
        all.add(new Literal());
        return all;
    }

    /**
     * Checks that every class named for {@code input} can describe it.
     *
     * @throws IllegalArgumentException naming the first class whose {@link ProgramClass#requirement} the input does not
     *                                  meet
     */
    public static void requireApplicable(List<ProgramClass> named, Sequence input) {
        for (ProgramClass c : named) {
            if (c.requirement() != null && !c.appliesTo(input)) {
                String what = input.kind() == Sequence.Kind.INTEGERS ? "an integer sequence"
                        : "a string over the symbols 0.." + Integer.toHexString(input.alphabet() - 1);
                throw new org.ait.io.InputException("class " + c.name() + " describes " + c.requirement()
                        + " only; the input is " + what);
            }
        }
    }

    /** The default classes whose names are listed (any order); unknown names are an error. */
    public static List<ProgramClass> named(List<String> names) {
        List<ProgramClass> all = defaults();
        for (String n : names) {
            if (all.stream().noneMatch(c -> c.name().equals(n))) {
                throw new org.ait.io.InputException("unknown program class '" + n + "' (known: "
                        + String.join(", ", all.stream().map(ProgramClass::name).toList()) + ")");
            }
        }
        return all.stream().filter(c -> names.contains(c.name())).toList();
    }
}
