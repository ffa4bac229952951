package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.internal.LongOps;

/**
 * Bitwise operations on the binary expansions of simple functions of n: a(n) = f(n) op g(n), op one of xor, and, or,
 * f and g each floor((u n + v)/w) with u up to 4, v 0 or 1, w 1, 2 or 4 (the Gray code n xor floor(n/2), n xor
 * (n + 1), n and 2n), or g a constant (n xor 14). The constant of an and is a mask, and a mask is an infinite bit
 * string: it is written as a 2-adic rational p/q, q odd, whose expansion is eventually periodic (-2 = ...11110 clears
 * bit 0, -1/3 = ...010101 keeps the even bits), since the data, whose high bits are all clear, cannot tell such a mask
 * from a positive one cut at its length (30 = 11110, 21 = 10101), and the cut one continues the wrong way. The
 * constants of xor and or are positive integers (an infinite mask would give an infinite result). The arithmetic
 * grammar has no bit operations: these sequences are otherwise long loops or tables.
 */
public final class Bitwise implements ProgramClass {

    /** Bound of |p| of a mask, and of the positive constants of xor and or. */
    static final int MAX_CONSTANT = 255;
    /** Largest odd denominator q of a mask. */
    static final int MAX_DENOMINATOR = 15;
    private static final int[] DIVISORS = {1, 2, 4};
    /** Terms compared during the search; a match is then checked on every term. */
    private static final int SEARCH_TERMS = 40;

    @Override
    public String name() {
        return "bitwise";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS && input.length() >= 6;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() > 0) {
            return;
        }
        BigInteger[] all = ctx.input().terms();
        long[] target = Terms.prefix(all, SEARCH_TERMS);
        if (target == null || Arrays.stream(target).anyMatch(v -> v < 0)) {
            return;
        }
        List<Operand> constants = constants();
        for (int offset = 0; offset <= 1; offset++) {
            List<Operand> functions = distinct(offset, target.length);
            for (int i = 0; i < functions.size(); i++) {
                for (int j = i + 1; j < functions.size(); j++) {
                    for (Op op : Op.values()) {
                        offerIfMatches(ctx, all, target, new Program(op, functions.get(i), functions.get(j), offset));
                    }
                }
                for (Op op : Op.values()) {
                    // of the constants that give the input, the shortest (the others only repeat it in more bits)
                    Program best = null;
                    for (Operand c : constants) {
                        Program p = new Program(op, functions.get(i), c, offset);
                        if (c.allowedWith(op) && matches(p, target) && (best == null || p.bits() < best.bits())) {
                            best = p;
                        }
                    }
                    if (best != null) {
                        offerIfMatches(ctx, all, target, best);
                    }
                }
            }
        }
        ctx.searched(name(), "xor, and, or of floor((u n + v)/w) (u <= 4, v <= 1, w = 1, 2, 4), constants up to "
                + MAX_CONSTANT + " and masks p/q (|p| <= " + MAX_CONSTANT + ", q <= " + MAX_DENOMINATOR + " odd)");
    }

    /** The operands floor((u n + v)/w) in code order, each kept only if its values on the input differ from those before. */
    private static List<Operand> distinct(int offset, int length) {
        List<Operand> out = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        for (int u = 1; u <= 4; u++) {
            for (int v = 0; v <= 1; v++) {
                for (int w : DIVISORS) {
                    Operand f = new Operand(u, v, w);
                    List<Long> values = new ArrayList<>();
                    for (int n = 0; n < length; n++) {
                        values.add(f.at(n + offset));
                    }
                    if (seen.add(values)) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** Every constant p/q (u = 0): q odd, p and q coprime, not 0 or -1 (x and 0 = 0, x and -1 = x). */
    private static List<Operand> constants() {
        List<Operand> out = new ArrayList<>();
        for (int q = 1; q <= MAX_DENOMINATOR; q += 2) {
            for (int p = -MAX_CONSTANT; p <= MAX_CONSTANT; p++) {
                if (LongOps.gcd(Math.abs(p), q) == 1 && (q > 1 || p > 0 || p < -1)) {
                    out.add(new Operand(0, p, q));
                }
            }
        }
        return out;
    }

    private static boolean matches(Program p, long[] target) {
        for (int n = 0; n < target.length; n++) {
            if (p.at(n) != target[n]) {
                return false;
            }
        }
        return true;
    }

    private static void offerIfMatches(SearchContext ctx, BigInteger[] all, long[] target, Program p) {
        if (matches(p, target) && Terms.givesAll(p, all, target.length)) {
            ctx.offer(p);
        }
    }

    /** The operations. */
    public enum Op {
        XOR, AND, OR;

        long apply(long a, long b) {
            return switch (this) {
                case XOR -> a ^ b;
                case AND -> a & b;
                case OR -> a | b;
            };
        }
    }

    /**
     * floor((u n + v)/w); or, when u = 0, the constant v/w: an integer when w = 1, else (w odd) the 2-adic rational
     * whose low 64 bits are v times the inverse of w modulo 2^64.
     */
    public record Operand(int u, int v, int w) {

        boolean isConstant() {
            return u == 0;
        }

        /** Positive integers with any operation; other constants (masks) with and only. */
        boolean allowedWith(Op op) {
            return !isConstant() || op == Op.AND || (w == 1 && v > 0);
        }

        long at(long n) {
            if (isConstant()) {
                return v * inverse(w);
            }
            return (u * n + v) / w;
        }

        /** The inverse of an odd q modulo 2^64, by Newton's iteration (each step doubles the correct low bits). */
        private static long inverse(long q) {
            long x = q; // correct to 3 bits: q q = 1 mod 8
            for (int i = 0; i < 5; i++) {
                x *= 2 - q * x;
            }
            return x;
        }

        void encode(BitCode code, Op op) {
            code.bit(isConstant());
            if (!isConstant()) {
                code.natural(u - 1).bit(v == 1).choice(Arrays.binarySearch(DIVISORS, w), DIVISORS.length);
            } else if (op == Op.AND) {
                code.integer(v).natural((w - 1) / 2);
            } else {
                code.natural(v - 1);
            }
        }

        String text() {
            if (isConstant()) {
                if (w == 1) {
                    return String.valueOf(v);
                }
                String bits = Long.toBinaryString(at(0) & 0xFFF);
                return "..." + "0".repeat(12 - bits.length()) + bits + " (the 2-adic " + v + "/" + w + ")";
            }
            String un = (u == 1 ? "" : String.valueOf(u)) + "n" + (v == 0 ? "" : " + " + v);
            return w == 1 ? un : "floor(" + (v == 0 ? un : "(" + un + ")") + "/" + w + ")";
        }
    }

    /** a(n) = f(n + offset) op g(n + offset). */
    public record Program(Op op, Operand f, Operand g, int offset) implements SequenceProgram {

        @Override
        public String className() {
            return "bitwise";
        }

        @Override
        public String text() {
            String s = "a(n) = " + atom(f.text()) + " " + op.name().toLowerCase() + " " + atom(g.text());
            return offset == 0 ? s : s + ", n from 1";
        }

        private static String atom(String operand) {
            return operand.contains(" ") && !operand.startsWith("...") ? "(" + operand + ")" : operand;
        }

        @Override
        public void encode(BitCode code) {
            code.choice(op.ordinal(), Op.values().length).bit(offset == 1);
            f.encode(code, op);
            g.encode(code, op);
        }

        /** Bits of the code (the search keeps the shortest of equivalent constants). */
        int bits() {
            BitCode code = new BitCode();
            encode(code);
            return code.length();
        }

        long at(long n) {
            return op.apply(f.at(n + offset), g.at(n + offset));
        }

        @Override
        public BigInteger[] terms(int count) {
            BigInteger[] out = new BigInteger[count];
            for (int i = 0; i < count; i++) {
                out[i] = BigInteger.valueOf(at(i));
            }
            return out;
        }
    }
}
