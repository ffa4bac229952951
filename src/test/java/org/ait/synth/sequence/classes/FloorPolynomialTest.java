package org.ait.synth.sequence.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The exact coefficient search of {@link FloorPolynomial} against brute force: on short inputs, every integer
 * polynomial of degree 1 or 2 in a box is tried for every q; the search must find a solution exactly when one exists
 * in the box (it may find one outside it), and every solution it returns must satisfy all the constraints.
 */
class FloorPolynomialTest {

    static final int TERMS = 9;
    static final int BOX = 30;

    /** Whether floor((b0 + b1 n + b2 n^2)/q) = a(n) for every n given. */
    static boolean fits(long[] a, long[] b, int q) {
        for (int n = 0; n < a.length; n++) {
            long v = 0;
            for (int j = b.length - 1; j >= 0; j--) {
                v = v * n + b[j];
            }
            if (Math.floorDiv(v, q) != a[n]) {
                return false;
            }
        }
        return true;
    }

    /** A solution of exactly degree d (leading coefficient non-zero) with every coefficient in [-BOX, BOX], or null. */
    static long[] bruteForce(long[] a, int q, int d) {
        long[] b = new long[d + 1];
        int side = 2 * BOX + 1;
        long combos = (long) Math.pow(side, d + 1);
        for (long code = 0; code < combos; code++) {
            long c = code;
            for (int j = 0; j <= d; j++) {
                b[j] = c % side - BOX;
                c /= side;
            }
            if (b[d] != 0 && fits(a, b, q)) {
                return b.clone();
            }
        }
        return null;
    }

    @Test
    void findsASolutionExactlyWhenBruteForceDoes() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        int found = 0;
        int none = 0;
        for (int trial = 0; trial < 60; trial++) {
            // half the inputs are floors of a polynomial, half the same perturbed in one term
            int q = 2 + rng.nextInt(8);
            long[] truth = {rng.nextInt(21) - 10, rng.nextInt(21) - 10, 1 + rng.nextInt(3)};
            long[] a = new long[TERMS];
            for (int n = 0; n < TERMS; n++) {
                a[n] = Math.floorDiv(truth[0] + truth[1] * n + truth[2] * n * n, q);
            }
            if (trial % 2 == 1) {
                a[rng.nextInt(TERMS)] += 1;
            }
            for (int d = 1; d <= 2; d++) {
                for (int s = 2; s <= 9; s++) {
                    long[] brute = bruteForce(a, s, d);
                    long[] got = FloorPolynomial.solve(a, s, d);
                    if (got != null) {
                        assertEquals(d + 1, got.length);
                        assertTrue(got[d] != 0 && fits(a, got, s), "returned a non-solution " + Arrays.toString(got));
                        found++;
                    } else {
                        assertNull(brute, "missed " + Arrays.toString(brute) + " for q = " + s + " on "
                                + Arrays.toString(a));
                        none++;
                    }
                }
            }
        }
        assertTrue(found > 50 && none > 50, "both outcomes exercised: " + found + " found, " + none + " none");
    }

    @Test
    void recoversALongPeriodQuasiPolynomial() {
        // floor(n(n-1)(n-2)(n-3)/13): period 13, degree 4
        long[] a = new long[25];
        for (int n = 0; n < a.length; n++) {
            a[n] = Math.floorDiv((long) n * (n - 1) * (n - 2) * (n - 3), 13);
        }
        // no quartic over 12 fits these terms (an integer program, scipy's milp, says so too)
        assertNull(FloorPolynomial.solve(a, 12, 4));
        long[] b = FloorPolynomial.solve(a, 13, 4);
        assertNotNull(b);
        assertTrue(fits(a, b, 13));
    }
}
