package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.Arrays;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.Exact;
import org.ait.synth.sequence.SequenceProgram;

/**
 * A loop program of a minimal register language: registers a, b, c start at 0, 1 or n; then
 * {@code for k = 1..n: body} runs a body of assignments {@code r = x op y} (x a register, the loop index k or the
 * input n; y the same or a small constant); a(n) is register a at the end. The loop bound is the input, so every program halts; loops
 * and registers reach what no closed form does: divisor counts and sums, digit and bit operations, two-term
 * recurrences with n in them. Exact with big integers; the search runs the same semantics in longs.
 *
 * @param init   the start value of a, b, c: 0, 1 or n (codes 0, 1, 2)
 * @param body   instructions, each {@code {op, dst, x, y}}
 * @param offset the first n is 0 or 1
 */
public record LoopProgram(int[] init, int[][] body, int offset) implements SequenceProgram {

    static final String[] OPS = {"=", "+", "-", "*", "div", "mod", "==", "gcd"};
    static final int MOV = 0;
    static final int ADD = 1;
    static final int SUB = 2;
    static final int MUL = 3;
    static final int DIV = 4;
    static final int MOD = 5;
    static final int EQU = 6;
    static final int GCD = 7;
    /** Operand codes: registers a, b, c (0-2), k (3), n (4), constants 0, 1, 2, 10 (5-8). */
    static final int OPERANDS = 9;
    static final long[] CONSTANTS = {0, 1, 2, 10};
    static final int REGISTERS = 3;
    /** First operands: registers, k, n (no constants: "r = 2 - b" is "r = b - 2" negated, rarely needed). */
    static final int FIRST_OPERANDS = 5;
    static final int INSTRUCTIONS = OPS.length * REGISTERS * FIRST_OPERANDS * OPERANDS;

    @Override
    public String className() {
        return "loop";
    }

    static String operand(int s) {
        return s < 3 ? String.valueOf((char) ('a' + s)) : s == 3 ? "k" : s == 4 ? "n" : String.valueOf(CONSTANTS[s - 5]);
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < REGISTERS; r++) {
            sb.append(r > 0 ? ", " : "").append((char) ('a' + r)).append(" = ").append(init[r] == 2 ? "n" : init[r]);
        }
        sb.append("; for k = 1..n: ");
        for (int i = 0; i < body.length; i++) {
            int[] ins = body[i];
            String d = operand(ins[2]);
            String s = operand(ins[3]);
            sb.append(i > 0 ? "; " : "").append(operand(ins[1])).append(" = ").append(switch (ins[0]) {
                case MOV -> s;
                case DIV -> "floor(" + d + "/" + s + ")";
                case MOD -> d + " mod " + s;
                case EQU -> "[" + d + " == " + s + "]";
                case GCD -> "gcd(" + d + ", " + s + ")";
                default -> d + " " + OPS[ins[0]] + " " + s;
            });
        }
        sb.append("; a(n) = a");
        return offset == 0 ? sb.toString() : sb.append(" with n counted from 1").toString();
    }

    @Override
    public void encode(BitCode code) {
        code.natural(body.length - 1).natural(offset);
        for (int r : init) {
            code.choice(r, 3);
        }
        for (int[] ins : body) {
            code.choice(((ins[0] * REGISTERS + ins[1]) * FIRST_OPERANDS + ins[2]) * OPERANDS + ins[3], INSTRUCTIONS);
        }
    }

    @Override
    public BigInteger[] terms(int count) {
        BigInteger[] out = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            BigInteger v = run(BigInteger.valueOf((long) i + offset));
            if (v == null) {
                return Arrays.copyOf(out, i);
            }
            out[i] = v;
        }
        return out;
    }

    /** The program's value at n, exactly; null when undefined (a division by zero, a value too large). */
    BigInteger run(BigInteger n) {
        BigInteger[] reg = new BigInteger[5];
        for (int r = 0; r < REGISTERS; r++) {
            reg[r] = init[r] == 2 ? n : BigInteger.valueOf(init[r]);
        }
        reg[4] = n;
        long iterations = n.signum() <= 0 ? 0 : n.longValueExact();
        for (long k = 1; k <= iterations; k++) {
            reg[3] = BigInteger.valueOf(k);
            for (int[] ins : body) {
                BigInteger d = reg[ins[2]];
                BigInteger s = ins[3] < 5 ? reg[ins[3]] : BigInteger.valueOf(CONSTANTS[ins[3] - 5]);
                BigInteger v = switch (ins[0]) {
                    case MOV -> s;
                    case ADD -> d.add(s);
                    case SUB -> d.subtract(s);
                    case MUL -> d.multiply(s);
                    case DIV -> s.signum() == 0 ? null : floorDiv(d, s);
                    case MOD -> s.signum() == 0 ? null : d.subtract(s.multiply(floorDiv(d, s)));
                    case EQU -> d.equals(s) ? BigInteger.ONE : BigInteger.ZERO;
                    default -> d.gcd(s);
                };
                if (v == null || !Exact.fits(v)) {
                    return null;
                }
                reg[ins[1]] = v;
            }
        }
        return reg[0];
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
