package org.ait.synth.fit.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The selection's ranking of terms by gain. */
class SubsetSelectionTest {

    /** top(v, k) is the first k of the indices of non-negative values sorted by value (descending), then index. */
    @Property(tries = 300)
    void topAgreesWithSorting(@ForAll @Size(max = 40) List<@DoubleRange(min = -1, max = 5) Double> values,
            @ForAll @IntRange(min = 1, max = 8) int k) {
        double[] v = values.stream().mapToDouble(d -> Math.round(d * 4) / 4.0).toArray(); // ties happen
        int[] want = IntStream.range(0, v.length).boxed().filter(j -> v[j] >= 0)
                .sorted(Comparator.comparingDouble((Integer j) -> -v[j]).thenComparingInt(j -> j)).limit(k)
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(want, SubsetSelection.top(v, k));
    }

    /**
     * a^2 + b^2 with 1 % noise is fitted equally well by several pairs of these terms ((a+b)^2 and ab, a(a+b) and
     * b(b-a), ...); which fits the noise best is chance, so the simplest pair, a^2 and b^2, must be proposed
     * whichever it is, for every draw of the noise.
     */
    @Test
    void theSimplestOfEquallyGoodSetsIsProposed() throws Exception {
        java.util.concurrent.ForkJoinPool fj = new java.util.concurrent.ForkJoinPool(1);
        int[] sizes = {5, 5, 3, 5, 5, 5, 5, 3, 3}; // a^2 and b^2 last, of 3 nodes like ab
        for (long seed = 1; seed <= 20; seed++) {
            java.util.Random r = new java.util.Random(seed);
            int n = 100;
            double[][] raw = new double[sizes.length][n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double a = 1 + 2 * r.nextDouble();
                double b = 1 + 2 * r.nextDouble();
                double[] t = {(a + b) * (a + b), (a - b) * (a - b), a * b, a * (a + b), b * (b - a), a * (a - b),
                    b * (a + b), a * a, b * b};
                for (int j = 0; j < t.length; j++) {
                    raw[j][i] = t[j];
                }
                y[i] = (a * a + b * b) * (1 + 0.01 * r.nextGaussian());
            }
            List<int[]> sets = SubsetSelection.select(LeastSquares.standardizedAll(raw), sizes, y, fj);
            assertTrue(sets.stream().anyMatch(set -> Arrays.equals(sorted(set), new int[] {7, 8})), "seed " + seed);
        }
        fj.shutdown();
    }

    private static int[] sorted(int[] set) {
        int[] s = set.clone();
        Arrays.sort(s);
        return s;
    }
}
