package org.ait.synth.sequence.internal;

import java.math.BigInteger;

/**
 * Integer relations among columns: a primitive integer vector x with A x = 0 for an integer matrix A. The rank is
 * first found modulo a prime (cheap: most candidate systems have no relation, and a relation over Q is one modulo
 * every prime, so the test never misses one); only then is the relation solved exactly, by fraction-free
 * (Bareiss) elimination, and checked against every row.
 */
public final class Nullspace {

    /** A prime below 2^31, so products of residues fit in a long. */
    static final long P = 2_147_483_647L;

    private Nullspace() {
    }

    /** The residues of integers modulo the prime. */
    public static long[] residues(BigInteger[] v) {
        long[] r = new long[v.length];
        BigInteger p = BigInteger.valueOf(P);
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].mod(p).longValue();
        }
        return r;
    }

    /** Dimension of the null space modulo the prime (an upper bound on the dimension over Q). */
    public static int nullityModP(long[][] rows, int cols) {
        int m = rows.length;
        long[][] a = new long[m][];
        for (int i = 0; i < m; i++) {
            a[i] = rows[i].clone();
        }
        int rank = 0;
        for (int c = 0; c < cols && rank < m; c++) {
            int piv = -1;
            for (int i = rank; i < m; i++) {
                if (a[i][c] != 0) {
                    piv = i;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            long[] t = a[piv];
            a[piv] = a[rank];
            a[rank] = t;
            long inv = inverse(t[c]);
            for (int j = c; j < cols; j++) {
                t[j] = t[j] * inv % P;
            }
            for (int i = rank + 1; i < m; i++) {
                long f = a[i][c];
                if (f != 0) {
                    long[] row = a[i];
                    for (int j = c; j < cols; j++) {
                        row[j] = Math.floorMod(row[j] - f * t[j] % P, P);
                    }
                }
            }
            rank++;
        }
        return cols - rank;
    }

    static long inverse(long a) {
        long r = 1;
        long b = a % P;
        long e = P - 2;
        while (e > 0) {
            if ((e & 1) != 0) {
                r = r * b % P;
            }
            b = b * b % P;
            e >>= 1;
        }
        return r;
    }

    /**
     * A primitive integer vector spanning the null space of A, whose first non-zero entry is positive; null when the
     * null space over Q is not exactly one-dimensional.
     */
    public static BigInteger[] exactNullVector(BigInteger[][] rows, int cols) {
        int m = rows.length;
        BigInteger[][] a = new BigInteger[m][];
        for (int i = 0; i < m; i++) {
            a[i] = rows[i].clone();
        }
        int[] pivotCol = new int[Math.min(m, cols)];
        int rank = 0;
        BigInteger prev = BigInteger.ONE;
        for (int c = 0; c < cols && rank < m; c++) {
            int piv = -1;
            int bestBits = Integer.MAX_VALUE;
            for (int i = rank; i < m; i++) {
                if (a[i][c].signum() != 0 && a[i][c].bitLength() < bestBits) {
                    piv = i;
                    bestBits = a[i][c].bitLength();
                }
            }
            if (piv < 0) {
                continue;
            }
            BigInteger[] t = a[piv];
            a[piv] = a[rank];
            a[rank] = t;
            BigInteger pv = t[c];
            for (int i = rank + 1; i < m; i++) {
                BigInteger[] row = a[i];
                BigInteger f = row[c];
                for (int j = c + 1; j < cols; j++) {
                    // Bareiss: the division by the previous pivot is exact.
                    row[j] = pv.multiply(row[j]).subtract(f.multiply(t[j])).divide(prev);
                }
                row[c] = BigInteger.ZERO;
            }
            prev = pv;
            pivotCol[rank++] = c;
        }
        if (cols - rank != 1) {
            return null;
        }
        int free = -1;
        boolean[] isPivot = new boolean[cols];
        for (int i = 0; i < rank; i++) {
            isPivot[pivotCol[i]] = true;
        }
        for (int c = 0; c < cols; c++) {
            if (!isPivot[c]) {
                free = c;
            }
        }
        // Back substitution over Q, x as numerators over one common denominator.
        BigInteger[] num = new BigInteger[cols];
        BigInteger den = BigInteger.ONE;
        java.util.Arrays.fill(num, BigInteger.ZERO);
        num[free] = BigInteger.ONE;
        for (int i = rank - 1; i >= 0; i--) {
            int c = pivotCol[i];
            BigInteger s = BigInteger.ZERO;
            for (int j = c + 1; j < cols; j++) {
                if (num[j].signum() != 0) {
                    s = s.add(a[i][j].multiply(num[j]));
                }
            }
            // a[i][c] * x_c + s/den = 0  =>  x_c = -s / (den * a[i][c]); rescale everything by a[i][c].
            BigInteger piv = a[i][c];
            BigInteger g = s.gcd(piv);
            BigInteger sc = piv.divide(g.signum() == 0 ? BigInteger.ONE : g);
            if (sc.signum() < 0) {
                sc = sc.negate();
            }
            for (int j = 0; j < cols; j++) {
                num[j] = num[j].multiply(sc);
            }
            den = den.multiply(sc);
            num[c] = s.multiply(sc).divide(piv).negate();
        }
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : num) {
            g = g.gcd(x);
        }
        int sign = 0;
        for (BigInteger x : num) {
            if (x.signum() != 0) {
                sign = x.signum();
                break;
            }
        }
        for (int j = 0; j < cols; j++) {
            num[j] = num[j].divide(g);
            if (sign < 0) {
                num[j] = num[j].negate();
            }
        }
        for (BigInteger[] row : rows) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < cols; j++) {
                s = s.add(row[j].multiply(num[j]));
            }
            if (s.signum() != 0) {
                return null;
            }
        }
        return num;
    }
}
