package org.ait.synth.fit.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The term pool: its monomials are the products of 2 to d of the variables, each once. */
class TermPoolTest {

    @Test
    void monomialCountsAreBinomial() {
        // Products of 2..d factors from v variables, with repetition: C(v + d, d) - 1 - v.
        int[][] cases = {{1, 6}, {2, 5}, {3, 3}, {4, 3}, {5, 2}, {9, 2}};
        for (int[] c : cases) {
            long want = binomial(c[0] + c[1], c[1]) - 1 - c[0];
            assertEquals(want, TermPool.monomials(c[0]).size(), "variables " + c[0]);
        }
    }

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }
}
