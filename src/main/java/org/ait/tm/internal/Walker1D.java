package org.ait.tm.internal;

import java.util.Arrays;
import java.util.List;
import org.ait.tm.MachineCode;
import org.ait.tm.MachineSpace;
import org.ait.tm.OutputCodec;

/**
 * Depth-first walk of the weighted tree of partial transition tables for 1D machines (formalism §2).
 *
 * <p>A node is simulated from its parent's configuration until its run halts (impossible: halting
 * transitions only appear in leaves), reads an undefined transition (the node branches on every choice for
 * it), is proved non-halting, or reaches the step cutoff. A leaf with d defined transitions stands for
 * {@code choices^(nk - d)} machines, times the number of unused states each "first use of a new state"
 * stood for.
 *
 * <p>Non-halting detectors, each sound for every completion of the partial table because it only relies on
 * transitions the run has already executed:
 * <ul>
 * <li>closed state set: every transition of every state reachable from the current state (through defined
 * transitions) is defined, so the run can never read an undefined, hence halting, transition; checked before a
 * node is simulated and at every Brent snapshot, without looking at the tape;</li>
 * <li>reading blank, keeping the state and moving onto a fresh cell (the same step repeats forever);</li>
 * <li>more than n consecutive moves onto fresh cells (a state repeats on an all-blank half-tape);</li>
 * <li>translated cycler: the same state reaches a new record cell twice and the tape behind the head,
 * back to the leftmost cell visited in between, is identical (checked over at most {@value #WINDOW} cells);</li>
 * <li>exact configuration repeat, found with Brent's power-of-two snapshots.</li>
 * </ul>
 * One walker per thread; the hot loop allocates nothing.
 */
public final class Walker1D implements TreeWalker<Subtree> {

    static final int WINDOW = 64;
    private static final int EV_UNDEFINED = 0;
    private static final int EV_CUTOFF = 1;
    private static final int EV_NON_HALTING = 2;

    private final int n;
    private final int k;
    private final int nk;
    private final int bits;
    private final int maxPacked;
    private final int maxSteps;
    private final long[] pow;

    private final int[] nx;
    private final int[] wr;
    private final int[] mv;
    /** The same table packed for the hot loop: -1 undefined, else next << 8 | (move + 1) << 4 | write. */
    private final int[] packed;
    private final byte[] tape;
    private final int origin;

    // Current configuration.
    private int head;
    private int state;
    private int step;
    private int lo;
    private int hi;
    private int fresh;
    private int used;
    private int defined;
    private long mult;
    private int pending;
    /** Sum of tape[c] * zobrist[c]: equal configurations have equal hashes, so a repeat is rarely compared in full. */
    private long hash;
    private final long[] zobrist;
    private final long[] saveHash;

    // Saved branch configurations, one level per number of defined transitions.
    private final byte[][] saveTape;
    private final int[][] saveInts;

    // Detector scratch.
    private final byte[] brent;
    // Records of the current run, indexed by cell: state on arrival, extreme head position until the next
    // record, and the tape behind the head on arrival.
    private final int[] rState;
    private final int[] rSegMin;
    private final byte[] rSnap;
    private final int[] lState;
    private final int[] lSegMax;
    private final byte[] lSnap;
    private int baseLo;
    private int baseHi;
    /** Extreme head positions since the last right (segMin) and left (segMax) record: part of the configuration. */
    private int segMin;
    private int segMax;

    private Partial out;
    private int splitDepth = Integer.MAX_VALUE;
    private List<Subtree> frontier;

    // Witnesses (binary spaces whose tables fit in a MachineCode): the current partial table as a code, and per
    // transition the code bits of each halting choice and of the first moving choice.
    private final boolean codable;
    private final MachineSpace space;
    private long machine;
    private final long[][] haltBits;
    private final int[] shiftOf;

    public Walker1D(MachineSpace space, int maxSteps) {
        if (space.dim() != 1) {
            throw new IllegalArgumentException("Walker1D enumerates 1D machines only");
        }
        this.n = space.states();
        this.k = space.symbols();
        this.nk = space.transitions();
        this.bits = OutputCodec.bitsPerSymbol(k);
        this.maxPacked = OutputCodec.maxPackedLength(k);
        this.maxSteps = maxSteps;
        this.pow = new long[nk + 1];
        pow[0] = 1;
        for (int i = 1; i <= nk; i++) {
            // Saturates for spaces too large for exact counts: only sampling runs on those, and it never weighs leaves.
            long c = space.choicesPerTransition();
            pow[i] = pow[i - 1] > Long.MAX_VALUE / c ? Long.MAX_VALUE : pow[i - 1] * c;
        }
        nx = new int[nk];
        wr = new int[nk];
        mv = new int[nk];
        packed = new int[nk];
        int size = 2 * maxSteps + 2 * WINDOW + 5;
        tape = new byte[size];
        origin = size / 2;
        saveTape = new byte[nk + 1][size];
        saveInts = new int[nk + 1][8];
        saveHash = new long[nk + 1];
        zobrist = new long[size];
        for (int c = 0; c < size; c++) {
            zobrist[c] = Zobrist.of(c); // a table: one load per step in the hot loop
        }
        brent = new byte[size];
        definedAt = new int[nk + 1];
        rState = new int[size];
        rSegMin = new int[size];
        rSnap = new byte[size * WINDOW];
        lState = new int[size];
        lSegMax = new int[size];
        lSnap = new byte[size * WINDOW];
        this.space = space;
        codable = MachineCode.fits(space);
        haltBits = new long[nk][k];
        shiftOf = new int[nk];
        if (codable) {
            for (int i = 0; i < nk; i++) {
                shiftOf[i] = MachineCode.shift(space, i);
                for (int w = 0; w < k; w++) {
                    haltBits[i][w] = (long) MachineCode.haltRank(space, w) << shiftOf[i];
                }
            }
        }
    }

    /** Code bits of transition i = (write w, move dir, next q). */
    private long moveBits(int i, int w, int dir, int q) {
        return (long) MachineCode.moveRank(space, w, dir < 0 ? 0 : 1, q) << shiftOf[i];
    }

    /** The code of the current partial table. */
    private long machineCode() {
        long c = 0;
        if (codable) {
            for (int i = 0; i < nk; i++) {
                if (nx[i] >= 0) {
                    c |= moveBits(i, wr[i], mv[i], nx[i]);
                }
            }
        }
        return c;
    }

    /** Walks the whole tree from the blank tape, or only down to {@code splitDepth}, handing deeper nodes to {@code frontier}. */
    @Override
    public void walkRoot(Partial into, int splitDepth, List<Subtree> frontier) {
        this.out = into;
        this.splitDepth = splitDepth;
        this.frontier = frontier;
        Arrays.fill(tape, (byte) 0);
        resetToBlank();
        requireCodable();
        out.nodes++;
        dispatch(simulate());
        clearTape();
    }

    private void requireCodable() {
        if (out.witnesses != null && !codable) {
            throw new IllegalArgumentException("machines of " + space + " do not fit in a code: no witnesses");
        }
    }

    @Override
    public void split(Subtree t, Partial into, int levels, List<Subtree> frontier) {
        this.out = into;
        this.splitDepth = levels >= Integer.MAX_VALUE - t.defined() ? Integer.MAX_VALUE : t.defined() + levels;
        this.frontier = frontier;
        System.arraycopy(t.next(), 0, nx, 0, nk);
        System.arraycopy(t.write(), 0, wr, 0, nk);
        System.arraycopy(t.move(), 0, mv, 0, nk);
        for (int i = 0; i < nk; i++) {
            pack(i);
        }
        requireCodable();
        machine = machineCode();
        lo = t.lo();
        hi = t.lo() + t.tapeSegment().length - 1;
        System.arraycopy(t.tapeSegment(), 0, tape, lo, t.tapeSegment().length);
        hash = 0;
        for (int c = lo; c <= hi; c++) {
            hash += tape[c] * zobrist[c];
        }
        head = t.head();
        startHistory();
        state = t.state();
        step = t.step();
        fresh = t.fresh();
        used = t.used();
        defined = t.defined();
        mult = t.multiplicity();
        pending = t.pending();
        expand();
        clearTape();
    }

    /**
     * Draws {@code count} machines uniformly at random and runs each from the blank tape with the detectors. A
     * transition is drawn, uniformly among all choices, when the run first reads it; unread transitions do not
     * matter, so this is the same as drawing whole machines. (A new state is drawn as the lowest unused one:
     * unused states are interchangeable.) Each halting run adds 1 to its output's count; every run adds 1 to
     * halting, proved non-halting or cut off.
     */
    public void sample(Partial into, org.apache.commons.rng.UniformRandomProvider rng, long count) {
        sample(into, rng, count, Integer.MAX_VALUE);
    }

    /** {@link #sample(Partial, org.apache.commons.rng.UniformRandomProvider, long)}, keeping only outputs up to maxLength. */
    public void sample(Partial into, org.apache.commons.rng.UniformRandomProvider rng, long count, int maxLength) {
        sample(into, rng, count, maxLength, new int[0], 1);
    }

    /**
     * Sampling with splitting (multilevel splitting, a rare-event method): a run that reaches a branch point with
     * a visited segment of at least {@code splitAt[j]} cells, having been split j times, continues as
     * {@code factor} independent copies (each drawing its own remaining transitions), each carrying
     * 1/factor of its weight. Every draw weighs {@code factor^splitAt.length} units, so all sums stay integers;
     * the estimate of every count is unbiased (a copy continues exactly as the original would have), and long
     * outputs, which only runs with a long segment can produce, are seen factor^j times as often.
     *
     * <p>The copies of one draw are not independent, so a count's variance is not its Poisson variance: for each
     * draw that was split, the sum x of its units over each output pattern adds x^2 - unit*x to
     * {@link Partial#squareExcess}; then sum over draws of x^2 = unit * count + excess, which is what confidence
     * intervals need.
     */
    public void sample(Partial into, org.apache.commons.rng.UniformRandomProvider rng, long count, int maxLength,
            int[] splitAt, int factor) {
        this.out = into;
        this.frontier = null;
        this.rng = rng;
        this.maxKept = maxLength;
        this.splitAt = splitAt;
        this.factor = factor;
        long unit = 1;
        for (int j = 0; j < splitAt.length; j++) {
            unit = Math.multiplyExact(unit, factor);
        }
        if (splitAt.length > 0 && maxLength > maxPacked) {
            throw new IllegalArgumentException("split sampling keeps outputs of at most " + maxPacked + " symbols");
        }
        this.unit = unit;
        for (long m = 0; m < count; m++) {
            resetToBlank();
            out.nodes++;
            split = false;
            run(0, unit);
            if (split) {
                addSquareExcess();
            }
            clearTape();
        }
    }

    // Sampling state.
    private org.apache.commons.rng.UniformRandomProvider rng;
    private int maxKept;
    private int[] splitAt;
    private int factor;
    private long unit;
    private boolean split;
    /** Transition defined at each depth of the current run (so that copies can undo them). */
    private final int[] definedAt;
    /** Units of the current draw per canonical output pattern (only kept once the draw was split). */
    private final it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap drawn =
            new it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap();

    /** Continues the current run, drawing transitions as they are read, with the given weight in units. */
    private void run(int level, long weight) {
        final int choices = 2 * n * k + k;
        while (true) {
            int ev = simulate();
            if (ev == EV_CUTOFF) {
                out.cutOff += weight;
                return;
            }
            if (ev == EV_NON_HALTING) {
                out.provedNonHalting += weight;
                return;
            }
            if (level < splitAt.length && hi - lo + 1 >= splitAt[level]) {
                copies(level, weight / factor);
                return;
            }
            int c = rng.nextInt(choices);
            int i = pending;
            if (c < k) {
                // Halts writing c: the output is the visited segment with the head cell rewritten.
                int read = tape[head];
                tape[head] = (byte) c;
                if (hi - lo + 1 <= maxKept) {
                    if (hi - lo + 1 <= maxPacked) {
                        long code = OutputCodec.pack(tape, lo, hi + 1, k);
                        out.counts.addTo(code, weight);
                        if (split) {
                            drawn.addTo(OutputCodec.canonical(code, k), weight);
                        }
                    } else {
                        out.longCounts.addTo(segmentString(), weight);
                    }
                }
                tape[head] = (byte) read;
                out.halting += weight;
                out.steps++;
                return;
            }
            c -= k;
            int q = c / (2 * k);
            if (q >= used) {
                q = used++;
            }
            nx[i] = q;
            wr[i] = c % k;
            mv[i] = (c / k) % 2 == 0 ? -1 : 1;
            pack(i);
            definedAt[defined++] = i;
            if (closedFrom(state)) {
                out.provedNonHalting += weight;
                return;
            }
        }
    }

    /** Continues the current run (at a branch point) as {@link #factor} independent copies of the given weight. */
    private void copies(int level, long weight) {
        split = true;
        final int d = defined;
        final int savedUsed = used;
        final int savedPending = pending;
        saveBranch(d);
        for (int r = 0; r < factor; r++) {
            if (r > 0) {
                out.nodes++;
                restoreBranch(d);
                for (int j = d; j < defined; j++) {
                    nx[definedAt[j]] = -1;
                    packed[definedAt[j]] = -1;
                }
                defined = d;
                used = savedUsed;
                pending = savedPending;
            }
            run(level + 1, weight);
        }
    }

    /** Saves the configuration of a branch point at depth d: head, state, counters, hash and the visited tape. */
    private void saveBranch(int d) {
        final int[] sv = saveInts[d];
        sv[0] = head;
        sv[1] = state;
        sv[2] = step;
        sv[3] = lo;
        sv[4] = hi;
        sv[5] = fresh;
        sv[6] = segMin;
        sv[7] = segMax;
        saveHash[d] = hash;
        System.arraycopy(tape, lo, saveTape[d], 0, hi - lo + 1);
    }

    /** Returns to the configuration saved at depth d, blanking the cells visited since. */
    private void restoreBranch(int d) {
        final int[] sv = saveInts[d];
        final int savedLo = sv[3];
        final int savedHi = sv[4];
        if (lo < savedLo) {
            Arrays.fill(tape, lo, savedLo, (byte) 0);
        }
        if (hi > savedHi) {
            Arrays.fill(tape, savedHi + 1, hi + 1, (byte) 0);
        }
        System.arraycopy(saveTape[d], 0, tape, savedLo, savedHi - savedLo + 1);
        head = sv[0];
        state = sv[1];
        step = sv[2];
        lo = savedLo;
        hi = savedHi;
        fresh = sv[5];
        segMin = sv[6];
        segMax = sv[7];
        hash = saveHash[d];
    }

    /** Adds x^2 - unit*x per output pattern of the finished draw, x = its units on that pattern. */
    private void addSquareExcess() {
        for (it.unimi.dsi.fastutil.longs.Long2LongMap.Entry e : drawn.long2LongEntrySet()) {
            long x = e.getLongValue();
            if (x != unit) {
                out.squareExcess.addTo(e.getLongKey(), Math.multiplyExact(x, x - unit));
            }
        }
        drawn.clear();
    }

    /**
     * Runs one partial machine from the blank tape, for tests of the detectors. Transitions are written as in
     * the busy-beaver notation, e.g. {@code "1RB 1LA 1LA ---"} (write, move, next state; {@code ---} undefined).
     *
     * @return "undefined@STEP", "cutoff@STEP" or "non-halting@STEP"
     */
    public static String classify(String table, int maxSteps) {
        String[] tr = table.trim().split("\\s+");
        int n = tr.length / 2;
        Walker1D w = new Walker1D(new MachineSpace(1, n, 2), maxSteps);
        Arrays.fill(w.nx, -1);
        Arrays.fill(w.packed, -1);
        for (int i = 0; i < tr.length; i++) {
            if (!tr[i].startsWith("-")) {
                w.wr[i] = tr[i].charAt(0) - '0';
                w.mv[i] = tr[i].charAt(1) == 'L' ? -1 : 1;
                w.nx[i] = tr[i].charAt(2) - 'A';
                w.pack(i);
            }
        }
        w.out = new Partial();
        w.head = w.origin;
        w.lo = w.origin;
        w.hi = w.origin;
        w.startHistory();
        int ev = w.simulate();
        return (ev == EV_UNDEFINED ? "undefined@" : ev == EV_CUTOFF ? "cutoff@" : "non-halting@") + w.step;
    }

    private boolean closedFrom(int q) {
        return ClosedStates.from(q, packed, n, k);
    }

    /** An empty transition table on a blank tape (the tape must already be blank). */
    private void resetToBlank() {
        Arrays.fill(nx, -1);
        Arrays.fill(packed, -1);
        head = origin;
        lo = origin;
        hi = origin;
        startHistory();
        hash = 0;
        state = 0;
        step = 0;
        fresh = 0;
        used = 1;
        defined = 0;
        mult = 1;
        machine = 0;
    }

    private void pack(int i) {
        packed[i] = nx[i] < 0 ? -1 : (nx[i] << 8) | ((mv[i] + 1) << 4) | wr[i];
    }

    /** Starts the record history at the current configuration (the head must be set). */
    private void startHistory() {
        baseLo = lo;
        baseHi = hi;
        segMin = head;
        segMax = head;
    }

    private void clearTape() {
        Arrays.fill(tape, lo, hi + 1, (byte) 0);
    }

    private void dispatch(int ev) {
        if (ev == EV_UNDEFINED) {
            if (defined >= splitDepth) {
                frontier.add(new Subtree(nx.clone(), wr.clone(), mv.clone(), Arrays.copyOfRange(tape, lo, hi + 1),
                        head, state, step, lo, fresh, used, defined, mult, pending));
            } else {
                expand();
            }
        } else {
            long weight = mult * pow[nk - defined];
            if (ev == EV_CUTOFF) {
                out.cutOff += weight;
            } else {
                out.provedNonHalting += weight;
            }
        }
    }

    /** Branches on every choice for the pending undefined transition; leaves the configuration as it found it. */
    private void expand() {
        final int i = pending;
        final int h = head;
        final int read = tape[h];
        final int d = defined;
        final long m0 = mult;
        final long code0 = machine;
        final WitnessMap witnesses = out.witnesses;
        // Every halting child visited the states used so far, defines d + 1 transitions and halts on the next step.
        final long order = WitnessMap.order(used, d + 1, step + 1, 0, false);

        // Halting children: write w, stop. Output = visited segment with the head cell rewritten.
        long haltWeight = m0 * pow[nk - d - 1];
        int len = hi - lo + 1;
        if (d == 0) {
            // The root's halting children are the only leaves outside the mirrored half (see below). Their witnesses
            // go with the others: a machine without moves is its own mirror image, so unfolding changes nothing.
            for (int w = 0; w < k; w++) {
                out.unmirrored.addTo((1L << bits) | w, haltWeight);
                if (witnesses != null) {
                    witnesses.offer((1L << bits) | w, order, code0 | haltBits[i][w]);
                }
            }
            out.unmirroredHalting += haltWeight * k;
        } else if (len <= maxPacked) {
            int shift = (hi - h) * bits;
            long base = OutputCodec.pack(tape, lo, hi + 1, k) & ~(((1L << bits) - 1) << shift);
            for (int w = 0; w < k; w++) {
                out.counts.addTo(base | ((long) w << shift), haltWeight);
                if (witnesses != null) {
                    witnesses.offer(base | ((long) w << shift), order, code0 | haltBits[i][w]);
                }
            }
            out.halting += haltWeight * k;
        } else {
            for (int w = 0; w < k; w++) {
                tape[h] = (byte) w;
                String s = segmentString();
                out.longCounts.addTo(s, haltWeight);
                if (witnesses != null) {
                    Partial.offer(out.longWitnesses, s, order, code0 | haltBits[i][w]);
                }
            }
            tape[h] = (byte) read;
            out.halting += haltWeight * k;
        }
        out.nodes += k;
        out.steps += k;

        // Moving children, each continued from this configuration.
        final int savedState = state;
        final int savedUsed = used;
        saveBranch(d);

        int targets = savedUsed < n ? savedUsed + 1 : savedUsed;
        for (int q = 0; q < targets; q++) {
            boolean newState = q == savedUsed;
            long m = newState ? m0 * (n - savedUsed) : m0;
            for (int w = 0; w < k; w++) {
                // Mirror symmetry: the root's first move goes right only; a machine whose first move goes left is
                // the mirror image of one that goes right, with the reversed output (restored by Partial).
                for (int dir = d == 0 ? 1 : -1; dir <= 1; dir += 2) {
                    nx[i] = q;
                    wr[i] = w;
                    mv[i] = dir;
                    packed[i] = (q << 8) | ((dir + 1) << 4) | w;
                    if (codable) {
                        machine = code0 | moveBits(i, w, dir, q);
                    }
                    defined = d + 1;
                    used = newState ? savedUsed + 1 : savedUsed;
                    mult = m;
                    out.nodes++;
                    if (closedFrom(savedState)) {
                        dispatch(EV_NON_HALTING);
                        continue;
                    }
                    dispatch(simulate());
                    restoreBranch(d); // for the next child
                }
            }
        }
        nx[i] = -1;
        packed[i] = -1;
        defined = d;
        used = savedUsed;
        mult = m0;
        machine = code0;
        pending = i;
    }

    private String segmentString() {
        char[] c = new char[hi - lo + 1];
        for (int p = lo; p <= hi; p++) {
            c[p - lo] = OutputCodec.charOf(tape[p]);
        }
        return new String(c);
    }

    /** Runs the current configuration until an undefined transition, a proof of non-halting, or the cutoff. */
    private int simulate() {
        final byte[] t = tape;
        final int[] tr = packed;
        final int k = this.k;
        final int n = this.n;
        final int cap = maxSteps;
        int h = head;
        int q = state;
        int st = step;
        int lo = this.lo;
        int hi = this.hi;
        int fr = fresh;
        final int st0 = st;

        // Brent: a snapshot after 4 steps, then after 8, 16, ... more; a later identical configuration is a cycle. (Shorter
        // runs are mostly settled by the other detectors; skipping the first snapshots saves copies.)
        long hs = hash;
        final long[] zb = zobrist;
        long bhash = 0;
        int bq = -1;
        int bh = 0;
        int blo = 0;
        int bhi = -1;
        int power = 4;
        int lam = 0;
        // Records made before this node's branch point are real history of the same run, so they stay valid.
        int segMin = this.segMin;
        int segMax = this.segMax;

        int ev;
        while (true) {
            if (st == cap) {
                ev = EV_CUTOFF;
                break;
            }
            final int s = t[h];
            final int i = q * k + s;
            final int c = tr[i];
            if (c < 0) {
                pending = i;
                ev = EV_UNDEFINED;
                break;
            }
            final int q2 = c >>> 8;
            final int w = c & 0xF;
            t[h] = (byte) w;
            hs += (w - s) * zb[h];
            h += ((c >> 4) & 0xF) - 1;
            st++;
            if (h > hi) {
                hi = h;
                if (++fr > n || (s == 0 && q2 == q) || rightRecord(h, q2, segMin)) {
                    q = q2;
                    ev = EV_NON_HALTING;
                    break;
                }
                segMin = h;
                segMax = h;
            } else if (h < lo) {
                lo = h;
                if (++fr > n || (s == 0 && q2 == q) || leftRecord(h, q2, segMax)) {
                    q = q2;
                    ev = EV_NON_HALTING;
                    break;
                }
                segMax = h;
                segMin = h;
            } else {
                fr = 0;
                if (h < segMin) {
                    segMin = h;
                } else if (h > segMax) {
                    segMax = h;
                }
            }
            q = q2;
            // A repeat is only looked for once the visited range has stopped growing (same range as the
            // snapshot): a cycle that is still widening the range is caught at a later snapshot.
            if (h == bh && hs == bhash && q == bq && lo == blo && hi == bhi
                    && Arrays.equals(t, lo, hi + 1, brent, lo, hi + 1)) {
                ev = EV_NON_HALTING;
                break;
            }
            if (++lam == power) {
                if (closedFrom(q)) {
                    ev = EV_NON_HALTING;
                    break;
                }
                bq = q;
                bhash = hs;
                bh = h;
                blo = lo;
                bhi = hi;
                System.arraycopy(t, lo, brent, lo, hi - lo + 1);
                power <<= 1;
                lam = 0;
            }
        }
        head = h;
        state = q;
        step = st;
        this.lo = lo;
        this.hi = hi;
        fresh = fr;
        hash = hs;
        this.segMin = segMin;
        this.segMax = segMax;
        out.steps += st - st0;
        return ev;
    }

    /**
     * A new rightmost cell h reached in state q. Right records fall on consecutive cells, so an earlier record
     * is found by its cell p. If the tape over [p - d, p] when the head first reached p in state q equals the
     * tape now over [h - d, h], where p - d is the leftmost cell visited since, the run from p to h repeats
     * forever, shifted by h - p each time. Earlier records are searched up to {@value #WINDOW} cells back.
     */
    private boolean rightRecord(int h, int q, int segMin) {
        final byte[] t = tape;
        int first = Math.max(baseHi + 1, h - WINDOW);
        if (h - 1 >= first) {
            rSegMin[h - 1] = segMin;
        }
        int runMin = Integer.MAX_VALUE;
        for (int p = h - 1; p >= first; p--) {
            int m = rSegMin[p];
            if (m < runMin) {
                runMin = m;
            }
            if (rState[p] == q) {
                int d = p - runMin;
                int base = p * WINDOW;
                if (d < WINDOW && Arrays.equals(t, h - d, h + 1, rSnap, base + WINDOW - 1 - d, base + WINDOW)) {
                    return true;
                }
            }
        }
        rState[h] = q;
        System.arraycopy(t, h - WINDOW + 1, rSnap, h * WINDOW, WINDOW);
        return false;
    }

    /** Mirror image of {@link #rightRecord}. */
    private boolean leftRecord(int h, int q, int segMax) {
        final byte[] t = tape;
        int last = Math.min(baseLo - 1, h + WINDOW);
        if (h + 1 <= last) {
            lSegMax[h + 1] = segMax;
        }
        int runMax = Integer.MIN_VALUE;
        for (int p = h + 1; p <= last; p++) {
            int m = lSegMax[p];
            if (m > runMax) {
                runMax = m;
            }
            if (lState[p] == q) {
                int d = runMax - p;
                int base = p * WINDOW;
                if (d < WINDOW && Arrays.equals(t, h, h + d + 1, lSnap, base, base + d + 1)) {
                    return true;
                }
            }
        }
        lState[h] = q;
        System.arraycopy(t, h, lSnap, h * WINDOW, WINDOW);
        return false;
    }
}
