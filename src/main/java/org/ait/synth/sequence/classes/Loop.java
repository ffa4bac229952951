package org.ait.synth.sequence.classes;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.internal.LongOps;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Loop programs ({@link LoopProgram}), smallest body first, with observational-equivalence pruning: bodies are told
 * apart by what they do to a fixed set of random register states, and of bodies that act alike only the first (the
 * shortest) is kept. Every kept body is run with every choice of start values against the input, from n = 0 or 1,
 * stopping at the first term it gets wrong, so a search costs little per body. The set of bodies is built once per
 * process: it does not depend on the input.
 */
public final class Loop implements ProgramClass {

    static final int MAX_BODY = 2;
    /** Bodies kept per length (deterministic: the first in enumeration order). */
    static final int MAX_BODIES = 2_000_000;
    static final int PROBES = 12;
    /** Programs offered at most: the bodies come shortest first, so later ones only restate the input longer. */
    static final int MAX_OFFERS = 64;

    private static volatile List<int[][]> bodies;
    private static int completeLength;

    @Override
    public String name() {
        return "loop";
    }

    @Override
    public void prepare() {
        bodies();
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
        long[] target = Expression.longs(ctx.input().terms());
        if (target == null) {
            return;
        }
        List<int[][]> all = bodies();
        int[] init = new int[LoopProgram.REGISTERS];
        int offered = 0;
        for (int[][] body : all) {
            if (ctx.timeUp()) {
                return;
            }
            if (!writesOutput(body)) {
                continue; // a(n) would be a's start value: 0, 1 or n, which simpler classes describe
            }
            for (int code = 0; code < 27; code++) {
                init[0] = code % 3;
                init[1] = code / 3 % 3;
                init[2] = code / 9;
                for (int offset = 0; offset <= 1; offset++) {
                    if (matches(init, body, offset, target)) {
                        ctx.offer(new LoopProgram(init.clone(), body, offset));
                        if (++offered >= MAX_OFFERS) {
                            ctx.searched(name(), "stopped after " + MAX_OFFERS + " programs that print the input");
                            return;
                        }
                    }
                }
            }
        }
        ctx.searched(name(), "bodies of every length up to " + completeLength + " (and the first "
                + "of longer ones, " + all.size() + " in all), told apart on random states; every start");
    }

    private static boolean readsN(int[] init, int[][] body) {
        for (int r : init) {
            if (r == 2) {
                return true;
            }
        }
        for (int[] ins : body) {
            if (ins[2] == 4 || ins[3] == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean writesOutput(int[][] body) {
        for (int[] ins : body) {
            if (ins[1] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the program reproduces the target (long arithmetic; any overflow counts as a mismatch). A program
     * that never reads n (in its body or its start values) is in the same state after k passes whatever n is, so
     * one run of the loop serves every term.
     */
    static boolean matches(int[] init, int[][] body, int offset, long[] target) {
        if (!readsN(init, body)) {
            long[] reg = new long[5];
            for (int r = 0; r < LoopProgram.REGISTERS; r++) {
                reg[r] = init[r];
            }
            long done = 0;
            for (int i = 0; i < target.length; i++) {
                long n = i + offset;
                for (long k = done + 1; k <= n; k++) {
                    reg[3] = k;
                    if (!step(body, reg)) {
                        return false;
                    }
                }
                done = Math.max(done, n);
                if (reg[0] != target[i]) {
                    return false;
                }
            }
            return true;
        }
        long[] reg = new long[5];
        for (int i = 0; i < target.length; i++) {
            long n = i + offset;
            for (int r = 0; r < LoopProgram.REGISTERS; r++) {
                reg[r] = init[r] == 2 ? n : init[r];
            }
            reg[4] = n;
            for (long k = 1; k <= n; k++) {
                reg[3] = k;
                if (!step(body, reg)) {
                    return false;
                }
            }
            if (reg[0] != target[i]) {
                return false;
            }
        }
        return true;
    }

    /** One pass of the body in longs; false on a division by zero or an overflow. */
    static boolean step(int[][] body, long[] reg) {
        for (int[] ins : body) {
            long d = reg[ins[2]];
            long s = ins[3] < 5 ? reg[ins[3]] : LoopProgram.CONSTANTS[ins[3] - 5];
            long v;
            switch (ins[0]) {
                case LoopProgram.MOV -> v = s;
                case LoopProgram.ADD -> {
                    v = d + s;
                    if (((d ^ v) & (s ^ v)) < 0) {
                        return false;
                    }
                }
                case LoopProgram.SUB -> {
                    v = d - s;
                    if (((d ^ s) & (d ^ v)) < 0) {
                        return false;
                    }
                }
                case LoopProgram.MUL -> {
                    v = d * s;
                    if (Math.multiplyHigh(d, s) != (v >> 63)) {
                        return false;
                    }
                }
                case LoopProgram.DIV -> {
                    if (s == 0) {
                        return false;
                    }
                    v = Math.floorDiv(d, s);
                }
                case LoopProgram.MOD -> {
                    if (s == 0) {
                        return false;
                    }
                    v = Math.floorMod(d, s);
                }
                case LoopProgram.EQU -> v = d == s ? 1 : 0;
                default -> v = LongOps.gcd(Math.abs(d), Math.abs(s));
            }
            reg[ins[1]] = v;
        }
        return true;
    }

    /** Distinct bodies up to MAX_BODY instructions, built once. */
    static List<int[][]> bodies() {
        List<int[][]> b = bodies;
        if (b == null) {
            synchronized (Loop.class) {
                if (bodies == null) {
                    bodies = build();
                }
                b = bodies;
            }
        }
        return b;
    }

    private static List<int[][]> build() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261129L);
        long[][] probes = new long[PROBES][5];
        for (long[] p : probes) {
            for (int r = 0; r < 5; r++) {
                p[r] = rng.nextInt(41) - 8;
            }
            p[3] = 1 + rng.nextInt(12);
            p[4] = p[3] + rng.nextInt(12);
        }
        List<int[]> instructions = new ArrayList<>();
        for (int op = 0; op < LoopProgram.OPS.length; op++) {
            for (int d = 0; d < LoopProgram.REGISTERS; d++) {
                for (int x = 0; x < LoopProgram.FIRST_OPERANDS; x++) {
                    for (int y = 0; y < LoopProgram.OPERANDS; y++) {
                        if (!noOp(op, d, x, y)) {
                            instructions.add(new int[] {op, d, x, y});
                        }
                    }
                }
            }
        }
        LongOpenHashSet seen = new LongOpenHashSet();
        seen.add(fingerprint(new int[0][], probes));
        List<int[][]> out = new ArrayList<>();
        List<int[][]> previous = new ArrayList<>();
        previous.add(new int[0][]);
        completeLength = 0;
        for (int len = 1; len <= MAX_BODY; len++) {
            List<int[][]> level = new ArrayList<>();
            outer:
            for (int[][] prefix : previous) {
                for (int[] ins : instructions) {
                    int[][] body = java.util.Arrays.copyOf(prefix, len);
                    body[len - 1] = ins;
                    long f = fingerprint(body, probes);
                    if (f != 0 && seen.add(f)) {
                        level.add(body);
                        if (level.size() >= MAX_BODIES) {
                            break outer;
                        }
                    }
                }
            }
            out.addAll(level);
            if (level.size() < MAX_BODIES) {
                completeLength = len;
            } else {
                break;
            }
            previous = level;
        }
        return out;
    }

    /**
     * Instructions that change nothing or say one thing twice: r = r, r = r + 0, r * 1, r div 1, a move with a first
     * operand (only the second counts), x op y with a constant that makes it undefined.
     */
    private static boolean noOp(int op, int d, int x, int y) {
        long c = y >= 5 ? LoopProgram.CONSTANTS[y - 5] : -1;
        if (op == LoopProgram.MOV) {
            return x != 0 || y == d;
        }
        boolean identity = (op == LoopProgram.ADD || op == LoopProgram.SUB) && c == 0
                || (op == LoopProgram.MUL || op == LoopProgram.DIV) && c == 1 || op == LoopProgram.GCD && x == y;
        return identity && x == d || (op == LoopProgram.DIV || op == LoopProgram.MOD) && c == 0;
    }

    /** A hash of the body's action on the probe states (0 when it is undefined on one). */
    private static long fingerprint(int[][] body, long[][] probes) {
        long h = 0x9E3779B97F4A7C15L;
        long[] reg = new long[5];
        for (long[] p : probes) {
            System.arraycopy(p, 0, reg, 0, 5);
            if (!step(body, reg)) {
                return 0;
            }
            for (int r = 0; r < LoopProgram.REGISTERS; r++) {
                h = (h ^ reg[r]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
        }
        return h == 0 ? 1 : h;
    }
}
