package org.ait.synth.sequence;

import static org.ait.synth.sequence.SynthesisTestSupport.big;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.sequence.classes.Literal;
import org.ait.synth.sequence.classes.Periodic;
import org.ait.synth.sequence.transforms.Binomial;
import org.ait.synth.sequence.transforms.Characteristic;
import org.ait.synth.sequence.transforms.Differences;
import org.ait.synth.sequence.transforms.DivisorSums;
import org.ait.synth.sequence.transforms.Euler;
import org.ait.synth.sequence.transforms.Positions;
import org.ait.synth.sequence.transforms.Invert;
import org.ait.synth.sequence.transforms.Necklaces;
import org.ait.synth.sequence.transforms.PartialSums;
import org.ait.synth.sequence.transforms.Products;
import org.ait.synth.sequence.transforms.Transform;
import org.junit.jupiter.api.Test;

/** Each transform against known values, and reduce then expand gives the input back. */
class TransformsTest {

    static final BigInteger[] PARTITIONS = big(1, 1, 2, 3, 5, 7, 11, 15, 22, 30, 42, 56, 77, 101, 135, 176, 231, 297,
            385, 490);

    static BigInteger[] ones(int n) {
        BigInteger[] b = new BigInteger[n];
        Arrays.fill(b, BigInteger.ONE);
        return b;
    }

    static void roundTrip(Transform t, BigInteger[] a) {
        Transform.Reduction r = t.reduce(a);
        BigInteger[] back = t.expand(new Literal.Program(r.reduced(), 0), r.kept(), a.length);
        assertArrayEquals(a, back, t.name());
    }

    @Test
    void eulerTransformOfOnesIsThePartitionNumbers() {
        Transform.Reduction r = new Euler(false).reduce(PARTITIONS);
        assertArrayEquals(ones(PARTITIONS.length - 1), r.reduced());
        assertArrayEquals(PARTITIONS, new Euler(false).expand(new Literal.Program(ones(19), 0), r.kept(), 20));
        assertNull(new Euler(false).reduce(big(2, 1, 1, 1)), "needs a(0) = 1");
    }

    @Test
    void weighTransformOfOnesCountsPartitionsIntoDistinctParts() {
        BigInteger[] distinct = big(1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 22, 27, 32, 38, 46, 54);
        assertArrayEquals(ones(distinct.length - 1), new Euler(true).reduce(distinct).reduced());
        roundTrip(new Euler(true), PARTITIONS);
    }

    @Test
    void invertTransformOfOnesCountsCompositions() {
        BigInteger[] pow2 = new BigInteger[16];
        for (int n = 0; n < 16; n++) {
            pow2[n] = n == 0 ? BigInteger.ONE : BigInteger.TWO.pow(n - 1);
        }
        assertArrayEquals(ones(15), new Invert().reduce(pow2).reduced(), "compositions of n: 2^(n-1)");
        roundTrip(new Invert(), PARTITIONS);
    }

    @Test
    void dirichletTransformsOfDivisorFunctions() {
        long[] sigma = new long[30];
        long[] phi = new long[30];
        for (int n = 1; n <= 30; n++) {
            for (int d = 1; d <= n; d++) {
                if (n % d == 0) {
                    sigma[n - 1] += d;
                }
                if (BigInteger.valueOf(n).gcd(BigInteger.valueOf(d)).equals(BigInteger.ONE)) {
                    phi[n - 1]++;
                }
            }
        }
        long[] identity = new long[30];
        for (int n = 1; n <= 30; n++) {
            identity[n - 1] = n;
        }
        // sigma = sum over divisors of n; so its Moebius reduction is n. Sum over divisors of phi is n.
        assertArrayEquals(big(identity), new DivisorSums(false, 0).reduce(big(sigma)).reduced());
        assertArrayEquals(big(identity), new DivisorSums(true, 0).reduce(big(phi)).reduced());
        roundTrip(new DivisorSums(false, 0), big(sigma));
        roundTrip(new DivisorSums(true, 1), big(phi));
    }

    @Test
    void binomialTransformsAndSums() {
        BigInteger[] pow2 = new BigInteger[20];
        for (int n = 0; n < 20; n++) {
            pow2[n] = BigInteger.TWO.pow(n);
        }
        assertArrayEquals(ones(20), new Binomial(false).reduce(pow2).reduced(), "2^n is the binomial transform of 1");
        roundTrip(new Binomial(false), pow2);
        roundTrip(new Binomial(true), PARTITIONS);
        roundTrip(new PartialSums(), PARTITIONS);
        roundTrip(new Differences(), PARTITIONS);
        assertArrayEquals(big(1, 2, 3, 4, 5), new Products().reduce(big(1, 1, 2, 6, 24, 120)).reduced());
        roundTrip(new Products(), big(1, 1, 2, 6, 24, 120));
    }

    @Test
    void positionsOfOnesAreTheSetACharacteristicFunctionIndicates() {
        BigInteger[] squares = big(1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0);
        assertArrayEquals(big(0, 1, 4, 9, 16), new Positions().reduce(squares).reduced());
        assertArrayEquals(squares, new Positions().expand(new Literal.Program(big(0, 1, 4, 9, 16, 25), 0),
                new BigInteger[0], squares.length));
        assertArrayEquals(big(1, 0, 1), new Positions().expand(new Literal.Program(big(0, 2, 2), 0),
                new BigInteger[0], 10), "known only up to where the set stops increasing");
        assertNull(new Positions().reduce(big(1, 2, 0, 1, 1, 1)), "not 0/1");
        assertNull(new Positions().reduce(big(1, 0, 0, 1, 1)), "fewer than 4 ones");
    }

    @Test
    void characteristicSequenceOfASet() {
        BigInteger[] odd = big(1, 3, 5, 7, 9, 11);
        assertArrayEquals(big(0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1), new Characteristic().reduce(odd).reduced());
        assertNull(new Characteristic().reduce(big(1, 3, 3, 5)), "not strictly increasing");
    }

    /** From b(1): the m-th term of the reduction (from 0) says whether m + 1 is a member, so 0 cannot be one. */
    @Test
    void characteristicSequenceOfASetOfPositiveIntegers() {
        Characteristic fromOne = new Characteristic(1);
        BigInteger[] odd = big(1, 3, 5, 7, 9, 11);
        assertArrayEquals(big(1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1), fromOne.reduce(odd).reduced());
        assertArrayEquals(big(1, 3, 5, 7, 9, 11, 13, 15), fromOne.expand(
                new Periodic.Program(new BigInteger[0], big(1, 0), 0), new BigInteger[0], 8));
        assertNull(fromOne.reduce(big(0, 1, 3, 5)), "0 is not a positive integer");
    }

    /**
     * Necklaces of n beads from part sizes: counted here by listing every composition of n into odd parts and keeping
     * one per rotation class (its least rotation), against the necklace transform of the odd parts' indicator.
     */
    @Test
    void necklaceTransformCountsCompositionsUpToRotation() {
        int count = 18;
        BigInteger[] necklaces = new BigInteger[count];
        for (int n = 1; n <= count; n++) {
            java.util.Set<java.util.List<Integer>> classes = new java.util.HashSet<>();
            compositions(n, new java.util.ArrayList<>(), classes);
            necklaces[n - 1] = BigInteger.valueOf(classes.size());
        }
        BigInteger[] oddParts = new BigInteger[count];
        for (int k = 1; k <= count; k++) {
            oddParts[k - 1] = BigInteger.valueOf(k % 2);
        }
        assertArrayEquals(oddParts, new Necklaces().reduce(necklaces).reduced());
        assertArrayEquals(necklaces, new Necklaces().expand(new Literal.Program(oddParts, 0), new BigInteger[0], count));
        roundTrip(new Necklaces(), PARTITIONS);
    }

    /** Adds to {@code classes} the least rotation of every composition of n into odd parts extending {@code prefix}. */
    private static void compositions(int n, java.util.List<Integer> prefix, java.util.Set<java.util.List<Integer>> classes) {
        if (n == 0) {
            java.util.List<Integer> least = null;
            for (int r = 0; r < prefix.size(); r++) {
                java.util.List<Integer> rotation = new java.util.ArrayList<>(prefix.subList(r, prefix.size()));
                rotation.addAll(prefix.subList(0, r));
                if (least == null || compare(rotation, least) < 0) {
                    least = rotation;
                }
            }
            classes.add(least);
            return;
        }
        for (int part = 1; part <= n; part += 2) {
            prefix.add(part);
            compositions(n - part, prefix, classes);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static int compare(java.util.List<Integer> x, java.util.List<Integer> y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return Integer.compare(x.get(i), y.get(i));
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
