package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * Restricted partitions: a(n) is the number of partitions of n + offset whose parts lie in the given residue classes
 * modulo {@code modulus}; per class the parts may repeat or must be distinct, and the class may be required (at least
 * one part from it). The generating function is the product over the classes of prod 1/(1 - x^k) or prod (1 + x^k)
 * over the parts k of the class, less 1 for a required class. Partition identities (Euler's odd and distinct parts,
 * Rogers-Ramanujan's parts = 1, 4 mod 5) and their "at least one part of each type" variants are programs here.
 *
 * @param modulus  m >= 1
 * @param residues the classes, increasing, each in 0..m-1 (0: the multiples of m)
 * @param distinct per class, whether its parts are distinct
 * @param required per class, whether it must contribute a part
 * @param offset   the first term is a(offset)
 */
public record PartitionProgram(int modulus, int[] residues, boolean[] distinct, boolean[] required, int offset)
        implements SequenceProgram {

    @Override
    public String className() {
        return "partitions";
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder("a(n) = number of partitions of n into ");
        for (int i = 0; i < residues.length; i++) {
            sb.append(i == 0 ? "" : i == residues.length - 1 ? " and " : ", ");
            sb.append(distinct[i] ? "distinct parts" : "parts");
            if (modulus > 1) {
                sb.append(" = ").append(residues[i]).append(" mod ").append(modulus);
            }
        }
        long req = countRequired();
        if (req > 0) {
            sb.append(req == residues.length && req > 1 ? ", with at least one part of each type" : req == 1 && residues.length == 1
                    ? ", at least one" : ", with at least one part of the types " + requiredList());
        }
        return offset == 0 ? sb.toString() : sb.append("; the first term is a(").append(offset).append(')').toString();
    }

    private long countRequired() {
        int c = 0;
        for (boolean r : required) {
            c += r ? 1 : 0;
        }
        return c;
    }

    private String requiredList() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < residues.length; i++) {
            if (required[i]) {
                sb.append(sb.length() > 0 ? ", " : "").append(residues[i]).append(" mod ").append(modulus);
            }
        }
        return sb.toString();
    }

    @Override
    public void encode(BitCode code) {
        code.natural(modulus - 1).natural(residues.length - 1).bit(offset == 1);
        int from = 0;
        for (int i = 0; i < residues.length; i++) {
            // classes come in increasing order: each is a choice among those above the last
            code.choice(residues[i] - from, modulus - from);
            from = residues[i] + 1;
            code.bit(distinct[i]).bit(required[i]);
        }
    }

    @Override
    public BigInteger[] terms(int count) {
        int degree = count + offset;
        BigInteger[] product = new BigInteger[degree];
        Arrays.fill(product, BigInteger.ZERO);
        if (degree > 0) {
            product[0] = BigInteger.ONE;
        }
        // Each class multiplies in place, one part at a time (O(degree) per part, not a full series product); a
        // required class multiplies by its factor less 1: P (F - 1) = P F - P.
        for (int i = 0; i < residues.length; i++) {
            BigInteger[] before = required[i] ? product.clone() : null;
            for (int k = residues[i] == 0 ? modulus : residues[i]; k < degree; k += modulus) {
                if (distinct[i]) {
                    for (int d = degree - 1; d >= k; d--) {
                        product[d] = product[d].add(product[d - k]);
                    }
                } else {
                    for (int d = k; d < degree; d++) {
                        product[d] = product[d].add(product[d - k]);
                    }
                }
            }
            if (before != null) {
                for (int d = 0; d < degree; d++) {
                    product[d] = product[d].subtract(before[d]);
                }
            }
        }
        for (int d = offset; d < degree; d++) {
            if (!Exact.fits(product[d])) {
                return Arrays.copyOfRange(product, offset, d);
            }
        }
        return Arrays.copyOfRange(product, offset, degree);
    }
}
