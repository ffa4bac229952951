package org.ait.synth.fit.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.terms.TermRegression.Candidate;

/**
 * A sum whose terms have equal coefficients up to sign, stated with one parameter per class of equal ones:
 * c (t1 + t2 - t3) + d t4 instead of c1 t1 + c2 t2 + c3 t3 + d t4. Laws are full of such sums (kinetic energy over
 * three velocities, differences of two inverse distances), and under noise the free coefficients cost parameter
 * bits that exact numbers cannot win back (1/2 three times costs more than it saves), so without this form an
 * equal-quality sum of other terms whose coefficient happens to be 1 is preferred to the law.
 */
final class EqualCoefficients {

    /**
     * Coefficients within this relative difference in magnitude, or within two standard errors of their difference
     * (under noise a law's equal coefficients are estimated apart), count as equal; the fit then decides.
     */
    static final double TOLERANCE = 0.1;

    private EqualCoefficients() {
    }

    /**
     * Per coefficient, the index of the first one equal to it (up to sign when {@code signs}; else of the same sign
     * only), itself when it is the first, grouped greedily in order; {@code se}: their standard errors.
     */
    static int[] classes(double[] a, double[] se, boolean signs) {
        int[] of = new int[a.length];
        Arrays.fill(of, -1);
        for (int i = 0; i < a.length; i++) {
            if (of[i] >= 0) {
                continue;
            }
            of[i] = i;
            for (int j = i + 1; j < a.length; j++) {
                double big = Math.max(Math.abs(a[i]), Math.abs(a[j]));
                boolean sign = signs || Math.signum(a[i]) == Math.signum(a[j]);
                double apart = Math.max(TOLERANCE * big, 2 * Math.hypot(se[i], se[j]));
                if (of[j] < 0 && sign && big > 0 && Math.abs(Math.abs(a[i]) - Math.abs(a[j])) <= apart) {
                    of[j] = i;
                }
            }
        }
        return of;
    }

    /**
     * The sum of {@code terms} with equal coefficients tied, from least-squares coefficients {@code coef} and their
     * standard errors {@code se} (the constant first in both when {@code constant}); null when no two are equal.
     * Opposite ones are tied (by a difference) only when {@code subtract}: the operator set must have it. Parameters:
     * the constant, then one per class in the order of its first term ({@link #grouped}).
     */
    static Candidate tied(List<Expr> terms, double[] coef, double[] se, boolean constant, boolean subtract) {
        int offset = constant ? 1 : 0;
        int[] of = classes(Arrays.copyOfRange(coef, offset, coef.length), Arrays.copyOfRange(se, offset, se.length),
                subtract);
        if (Arrays.stream(of).distinct().count() == of.length) {
            return null;
        }
        return grouped(terms, coef, constant, of);
    }

    /** The sum of {@code terms} with a free coefficient each, started at {@code coef} (the constant first if any). */
    static Candidate free(List<Expr> terms, double[] coef, boolean constant) {
        return grouped(terms, coef, constant, java.util.stream.IntStream.range(0, terms.size()).toArray());
    }

    /**
     * The sum of {@code terms} with one parameter per class ({@code of}, as from {@link #classes}): the constant,
     * then per class, in the order of its first term, c (t1 + t2 - t3) with members of the first's sign added and
     * the others subtracted, c started at the mean magnitude of its members' coefficients with the first's sign.
     */
    private static Candidate grouped(List<Expr> terms, double[] coef, boolean constant, int[] of) {
        int offset = constant ? 1 : 0;
        double[] a = Arrays.copyOfRange(coef, offset, coef.length);
        List<Double> start = new ArrayList<>();
        Expr sum = null;
        if (constant) {
            start.add(coef[0]);
            sum = new Expr.Param(0);
        }
        for (int i = 0; i < a.length; i++) {
            if (of[i] != i) {
                continue;
            }
            Expr inner = terms.get(i);
            double magnitude = Math.abs(a[i]);
            int members = 1;
            for (int j = i + 1; j < a.length; j++) {
                if (of[j] == i) {
                    boolean same = Math.signum(a[j]) == Math.signum(a[i]);
                    inner = new Expr.Binary(same ? Op.ADD : Op.SUB, inner, terms.get(j));
                    magnitude += Math.abs(a[j]);
                    members++;
                }
            }
            Expr term = new Expr.Binary(Op.MUL, new Expr.Param(start.size()), inner);
            // A class of one keeps its coefficient exactly (the mean of one magnitude with its sign).
            start.add(members == 1 ? a[i] : Math.copySign(magnitude / members, a[i]));
            sum = sum == null ? term : new Expr.Binary(Op.ADD, sum, term);
        }
        return new Candidate(sum, start.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
