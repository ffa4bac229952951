package org.ait.tm.internal;

import java.util.HashMap;
import java.util.Map;
import org.ait.tm.MachineCode;
import org.ait.tm.MachineSpace;
import org.ait.tm.Output2D;
import org.ait.tm.OutputCodec;
import org.ait.tm.Witnesses;

/**
 * Turns the witnesses of the walked part of the tree into the witnesses of every output pattern of the whole space.
 *
 * <p>Each walked leaf M also stands for its images g(M) under the symmetries the walker folded away: in 1D the mirror
 * image (symmetry 1, reversed output); in 2D the rotations by j quarter turns clockwise of M or of its up-down mirror
 * image (symmetry 2j + m, m = 1 for the mirror; the walker already offered the mirror images, with m = 1). A candidate
 * g(M) is ordered by M's states, defined transitions and steps (which symmetries keep), then M's code, then g: so the
 * least image of the least walked machine is the least machine overall, whichever part of the tree found it. This
 * gives, for every output s, the least machine A(s) that prints s from the blank-0 tape.
 *
 * <p>A binary pattern P stands for P and its complement Q (formalism §2: a blank-1 run of the complemented machine
 * prints the complement). It keeps the lesser W of A(P) and A(Q), and, when A(P) and A(Q) have the same states,
 * transitions and steps, the other one too: then each string has its own blank-0 witness of that size; otherwise the
 * string W does not print gets the complement of W, run from the blank-1 tape, which is strictly smaller than any
 * blank-0 machine printing it.
 */
public final class WitnessUnfolding {

    private WitnessUnfolding() {
    }

    /** The witnesses of every pattern of the space, from the sums over the walked part (with witnesses). */
    public static Witnesses of(Partial walked, MachineSpace space) {
        boolean twoD = space.dim() == 2;
        int k = space.symbols();
        // Twice as many outputs as walked ones in 1D; in 2D up to four times, but many images coincide: sized for
        // twice, the map grows if need be.
        WitnessMap byOutput = new WitnessMap(walked.witnesses.size() * 2);
        walked.witnesses.forEach((output, order, machine) -> {
            if (twoD) {
                int m = WitnessMap.symmetry(order);
                long code = output;
                for (int j = 0; j < 4; j++) {
                    byOutput.offer(code, WitnessMap.withSymmetry(order, 2 * j + m, false), machine);
                    code = Output2D.rotate(code, k);
                }
            } else {
                byOutput.offer(output, order, machine);
                byOutput.offer(Partial.reverse(output, k), WitnessMap.withSymmetry(order, 1, false), machine);
            }
        });
        Map<String, long[]> longOutputs = new HashMap<>();
        for (Map.Entry<String, long[]> e : walked.longWitnesses.entrySet()) {
            long order = e.getValue()[0];
            long machine = e.getValue()[1];
            String s = e.getKey();
            if (twoD) {
                int m = WitnessMap.symmetry(order);
                for (int j = 0; j < 4; j++) {
                    Partial.offer(longOutputs, s, WitnessMap.withSymmetry(order, 2 * j + m, false), machine);
                    s = Output2D.rotate(s);
                }
            } else {
                Partial.offer(longOutputs, s, order, machine);
                Partial.offer(longOutputs, new StringBuilder(s).reverse().toString(),
                        WitnessMap.withSymmetry(order, 1, false), machine);
            }
        }

        Witnesses.Builder b = Witnesses.builder(space).expect(byOutput.size() / 2 + 1);
        byOutput.forEach((output, order, machine) -> {
            long pattern = twoD ? Output2D.canonical(output, k) : OutputCodec.canonical(output, k);
            int other = byOutput.find(complement(output, twoD));
            if (output != pattern && other >= 0) {
                return; // added with its pattern
            }
            long[] w = pair(order, machine, output == pattern, other >= 0, other >= 0 ? byOutput.order(other) : 0,
                    other >= 0 ? byOutput.machine(other) : 0, space);
            b.add(pattern, w[0], w[1], w[2] != 0, w[3]);
        });
        for (Map.Entry<String, long[]> e : longOutputs.entrySet()) {
            String s = e.getKey();
            String pattern = twoD ? Output2D.canonical(s) : complementIfFirstIsOne(s);
            long[] other = longOutputs.get(complement(s));
            if (!s.equals(pattern) && other != null) {
                continue;
            }
            long[] mine = e.getValue();
            long[] w = pair(mine[0], mine[1], s.equals(pattern), other != null, other == null ? 0 : other[0],
                    other == null ? 0 : other[1], space);
            b.add(pattern, w[0], w[1], w[2] != 0, w[3]);
        }
        return b.build();
    }

    /**
     * The witness of a pattern from the least machine x printing one of its strings and, when there is one, the least
     * machine y printing the other: {machine, steps, 1 if it prints the complement, the second machine or 0}.
     */
    private static long[] pair(long ox, long mx, boolean xIsPattern, boolean hasY, long oy, long my,
            MachineSpace space) {
        boolean yFirst = hasY && WitnessMap.less(oy, my, ox, mx);
        long o = yFirst ? oy : ox;
        long m = yFirst ? my : mx;
        boolean printsComplement = yFirst == xIsPattern;
        long second = 0;
        if (hasY && (ox >>> 8) == (oy >>> 8)) {
            // Same states, transitions and steps: the other string keeps its own blank-0 machine.
            second = yFirst ? image(mx, WitnessMap.symmetry(ox), space) : image(my, WitnessMap.symmetry(oy), space);
        }
        return new long[] {image(m, WitnessMap.symmetry(o), space), WitnessMap.steps(o), printsComplement ? 1 : 0,
                second};
    }

    /** The machine g(M) for symmetry g (see the class comment). */
    static long image(long machine, int symmetry, MachineSpace space) {
        if (space.dim() == 1) {
            return symmetry == 1 ? MachineCode.mirror(machine, space) : machine;
        }
        long x = (symmetry & 1) != 0 ? MachineCode.flipRows(machine, space) : machine;
        for (int j = 0; j < symmetry >> 1; j++) {
            x = MachineCode.rotate(x, space);
        }
        return x;
    }

    private static long complement(long code, boolean twoD) {
        if (twoD) {
            int cells = Output2D.rows(code) * Output2D.cols(code);
            return code ^ ((1L << cells) - 1);
        }
        int len = 63 - Long.numberOfLeadingZeros(code);
        return code ^ ((1L << len) - 1);
    }

    private static String complement(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] == '0' ? '1' : c[i] == '1' ? '0' : c[i];
        }
        return new String(c);
    }

    /** The canonical binary pattern of a string: itself, or its complement when it starts with 1. */
    private static String complementIfFirstIsOne(String s) {
        return s.charAt(0) == '0' ? s : complement(s);
    }
}
