package org.ait.synth.mdl;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A program's description as a bit string, written with prefix-free codes only, so that the code of a whole program
 * (class tag, then its parts) is itself prefix-free and its length is a description length in bits. Naturals use
 * the Elias delta code of m + 1, integers the zigzag map onto the naturals, a choice among N options a fixed
 * width of ceil(log2 N) bits.
 */
public final class BitCode {

    private byte[] bits = new byte[64];
    private int length;

    /** The bits written so far, one per byte (0 or 1). */
    public byte[] bits() {
        return Arrays.copyOf(bits, length);
    }

    public int length() {
        return length;
    }

    public BitCode bit(boolean one) {
        if (length == bits.length) {
            bits = Arrays.copyOf(bits, 2 * length);
        }
        bits[length++] = (byte) (one ? 1 : 0);
        return this;
    }

    /** One of {@code options} equally likely values, in ceil(log2 options) bits (none for a single option). */
    public BitCode choice(int value, int options) {
        if (value < 0 || value >= options) {
            throw new IllegalArgumentException("choice " + value + " out of " + options);
        }
        int width = 32 - Integer.numberOfLeadingZeros(options - 1);
        for (int b = width - 1; b >= 0; b--) {
            bit(((value >> b) & 1) != 0);
        }
        return this;
    }

    /** A natural number m >= 0: the Elias delta code of m + 1. */
    public BitCode natural(long m) {
        return natural(BigInteger.valueOf(m));
    }

    /** A natural number m >= 0: the Elias delta code of m + 1. */
    public BitCode natural(BigInteger m) {
        if (m.signum() < 0) {
            throw new IllegalArgumentException("not a natural number: " + m);
        }
        BigInteger x = m.add(BigInteger.ONE);
        int len = x.bitLength();
        int lenBits = 32 - Integer.numberOfLeadingZeros(len);
        for (int i = 0; i < lenBits - 1; i++) {
            bit(false);
        }
        for (int b = lenBits - 1; b >= 0; b--) {
            bit(((len >> b) & 1) != 0);
        }
        for (int b = len - 2; b >= 0; b--) {
            bit(x.testBit(b));
        }
        return this;
    }

    /** An integer: 0, -1, 1, -2, 2, ... mapped to the naturals 0, 1, 2, 3, 4, ... */
    public BitCode integer(BigInteger z) {
        return natural(z.signum() >= 0 ? z.shiftLeft(1) : z.negate().shiftLeft(1).subtract(BigInteger.ONE));
    }

    public BitCode integer(long z) {
        return integer(BigInteger.valueOf(z));
    }

    /** Appends another code. */
    public BitCode append(BitCode other) {
        for (int i = 0; i < other.length; i++) {
            bit(other.bits[i] != 0);
        }
        return this;
    }

    /** Length of the natural code of m, without writing it. */
    public static int naturalLength(BigInteger m) {
        int len = m.add(BigInteger.ONE).bitLength();
        int lenBits = 32 - Integer.numberOfLeadingZeros(len);
        return 2 * lenBits - 1 + len - 1;
    }

    /** Length of the integer code of z, without writing it. */
    public static int integerLength(BigInteger z) {
        return naturalLength(z.signum() >= 0 ? z.shiftLeft(1) : z.negate().shiftLeft(1).subtract(BigInteger.ONE));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(bits[i]);
        }
        return sb.toString();
    }
}
