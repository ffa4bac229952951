package org.ait.synth.fit.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

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
}
