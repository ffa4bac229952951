package org.ait.tm.internal;

import java.util.Arrays;
import java.util.List;
import org.ait.tm.MachineCode;
import org.ait.tm.MachineSpace;
import org.ait.tm.Output2D;

/**
 * Depth-first walk of the weighted tree of partial transition tables for 2D machines (turmites, formalism §1):
 * moves up, down, left, right; the output is the bounding rectangle of the visited cells.
 *
 * <p>Rotation symmetry: turning every move of a machine by 90 degrees turns its run and its output, so only
 * machines whose first move goes right are walked; each of their leaves also stands for its three rotations
 * ({@link Partial#unfoldRotations}).
 *
 * <p>Reflection symmetry: likewise, until a transition moves vertically only "down" is walked, and each leaf
 * below it also stands for its mirror image (up and down swapped, rows of the output reversed).
 *
 * <p>Non-halting detectors, each sound for every completion of the partial table:
 * <ul>
 * <li>closed state set (as in 1D: no reachable state has an undefined transition);</li>
 * <li>more than n consecutive moves out of the visited rectangle: such moves read blank and, as opposite moves
 * cannot both leave the rectangle in a row, go in at most two orthogonal directions, ending on a corner from
 * which a repeated state repeats them forever (reading blank and keeping the state on such a move is the
 * shortest case);</li>
 * <li>exact configuration repeat (Brent's power-of-two snapshots of the visited rectangle, filtered by a hash).</li>
 * </ul>
 * One walker per thread; the hot loop allocates nothing.
 */
public final class Walker2D implements TreeWalker<Subtree2D> {

    private static final int EV_UNDEFINED = 0;
    private static final int EV_CUTOFF = 1;
    private static final int EV_NON_HALTING = 2;
    /** Move codes in a packed transition: up, down, left, right. */
    static final int UP = 0;
    static final int DOWN = 1;
    static final int LEFT = 2;
    static final int RIGHT = 3;

    private final int n;
    private final int k;
    private final int nk;
    private final int maxSteps;
    private final long[] pow;
    private final int width;
    private final int[] delta;

    private final int[] nx;
    private final int[] wr;
    private final int[] mv;
    /** -1 undefined, else next << 8 | move << 4 | write. */
    private final int[] packed;
    private final byte[] grid;

    private int head;
    private int state;
    private int step;
    private int rlo;
    private int rhi;
    private int clo;
    private int chi;
    private int fresh;
    private int used;
    private int defined;
    private long mult;
    private int pending;
    private long hash;
    /**
     * Whether a defined transition moves up or down. Until one does, only "down" is walked: a table and its mirror
     * image (up and down swapped) print mirrored outputs, so each leaf below the first "down" also counts for its
     * mirror twin (the output with its rows reversed); tables without vertical moves are their own mirror images.
     */
    private boolean vertical;

    /** Undo journal of the cells runs wrote: a child's writes are undone instead of copying the rectangle back. */
    private final int[] journalCell;
    private final byte[] journalOld;
    private int journalTop;
    private final int[][] saveInts;
    private final long[] saveHash;
    private final byte[] brent;

    private Partial out;
    private int splitDepth = Integer.MAX_VALUE;
    private List<Subtree2D> frontier;

    /** Outputs with a side longer than this count in H0 but are not recorded. */
    private final int maxSide;

    /** Move ranks of the machine text (D, L, R, U) by move code (up, down, left, right). */
    private static final int[] MOVE_RANK = {3, 0, 1, 2};
    /** The up-down mirror image of a leaf, as a witness symmetry ({@link WitnessUnfolding}). */
    static final int FLIP = 1;
    // Witnesses: the current partial table as a MachineCode, and per transition the bits of each halting choice.
    private final boolean codable;
    private final MachineSpace space;
    private long machine;
    private final long[][] haltBits;
    private final int[] shiftOf;

    public Walker2D(MachineSpace space, int maxSteps) {
        this(space, maxSteps, Integer.MAX_VALUE);
    }

    public Walker2D(MachineSpace space, int maxSteps, int maxSide) {
        if (space.dim() != 2) {
            throw new IllegalArgumentException("Walker2D enumerates 2D machines only");
        }
        this.n = space.states();
        this.k = space.symbols();
        this.nk = space.transitions();
        this.maxSteps = maxSteps;
        this.maxSide = maxSide;
        this.pow = new long[nk + 1];
        pow[0] = 1;
        for (int i = 1; i <= nk; i++) {
            pow[i] = Math.multiplyExact(pow[i - 1], (long) space.choicesPerTransition());
        }
        width = 2 * maxSteps + 3;
        delta = new int[] {-width, width, -1, 1};
        nx = new int[nk];
        wr = new int[nk];
        mv = new int[nk];
        packed = new int[nk];
        grid = new byte[width * width];
        journalCell = new int[(nk + 1) * (maxSteps + 1)];
        journalOld = new byte[journalCell.length];
        saveInts = new int[nk + 1][9];
        saveHash = new long[nk + 1];
        brent = new byte[width * width];
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

    /** Code bits of transition i = (write w, move m, next q). */
    private long moveBits(int i, int w, int m, int q) {
        return (long) MachineCode.moveRank(space, w, MOVE_RANK[m], q) << shiftOf[i];
    }

    private void requireCodable() {
        if (out.witnesses != null && !codable) {
            throw new IllegalArgumentException("machines of " + space + " do not fit in a code: no witnesses");
        }
    }

    private int centre() {
        return (width / 2) * width + width / 2;
    }

    /** Walks the whole tree from the blank grid, or only down to {@code splitDepth}, handing deeper nodes to {@code frontier}. */
    @Override
    public void walkRoot(Partial into, int splitDepth, List<Subtree2D> frontier) {
        this.out = into;
        this.splitDepth = splitDepth;
        this.frontier = frontier;
        Arrays.fill(nx, -1);
        Arrays.fill(packed, -1);
        journalTop = 0;
        head = centre();
        rlo = rhi = width / 2;
        clo = chi = width / 2;
        hash = 0;
        state = 0;
        step = 0;
        fresh = 0;
        used = 1;
        defined = 0;
        mult = 1;
        vertical = false;
        machine = 0;
        requireCodable();
        out.nodes++;
        dispatch(simulate());
        clearBox();
    }

    @Override
    public void split(Subtree2D t, Partial into, int levels, List<Subtree2D> frontier) {
        this.out = into;
        this.splitDepth = levels >= Integer.MAX_VALUE - t.defined() ? Integer.MAX_VALUE : t.defined() + levels;
        this.frontier = frontier;
        journalTop = 0;
        System.arraycopy(t.next(), 0, nx, 0, nk);
        System.arraycopy(t.write(), 0, wr, 0, nk);
        System.arraycopy(t.move(), 0, mv, 0, nk);
        machine = 0;
        for (int i = 0; i < nk; i++) {
            pack(i);
            if (codable && nx[i] >= 0) {
                machine |= moveBits(i, wr[i], mv[i], nx[i]);
            }
        }
        requireCodable();
        rlo = t.rowLo();
        rhi = t.rowHi();
        clo = t.colLo();
        chi = t.colHi();
        int w = chi - clo + 1;
        hash = 0;
        for (int r = rlo; r <= rhi; r++) {
            System.arraycopy(t.region(), (r - rlo) * w, grid, r * width + clo, w);
            for (int c = clo; c <= chi; c++) {
                hash += grid[r * width + c] * Zobrist.of(r * width + c);
            }
        }
        head = t.headRow() * width + t.headCol();
        state = t.state();
        step = t.step();
        fresh = t.fresh();
        used = t.used();
        defined = t.defined();
        mult = t.multiplicity();
        pending = t.pending();
        vertical = t.vertical();
        expand();
        clearBox();
    }

    private void pack(int i) {
        packed[i] = nx[i] < 0 ? -1 : (nx[i] << 8) | (mv[i] << 4) | wr[i];
    }

    private void clearBox() {
        for (int r = rlo; r <= rhi; r++) {
            Arrays.fill(grid, r * width + clo, r * width + chi + 1, (byte) 0);
        }
    }

    private boolean closedFrom(int q) {
        return ClosedStates.from(q, packed, n, k);
    }

    private void dispatch(int ev) {
        if (ev == EV_UNDEFINED) {
            if (defined >= splitDepth) {
                int h = rhi - rlo + 1;
                int w = chi - clo + 1;
                byte[] region = new byte[h * w];
                for (int r = rlo; r <= rhi; r++) {
                    System.arraycopy(grid, r * width + clo, region, (r - rlo) * w, w);
                }
                frontier.add(new Subtree2D(nx.clone(), wr.clone(), mv.clone(), region, rlo, rhi, clo, chi,
                        head / width, head % width, state, step, fresh, used, defined, mult, pending, vertical));
            } else {
                expand();
            }
        } else {
            long weight = mult * pow[nk - defined] * (vertical ? 2 : 1);
            if (ev == EV_CUTOFF) {
                out.cutOff += weight;
            } else {
                out.provedNonHalting += weight;
            }
        }
    }

    private void expand() {
        final int i = pending;
        final int h = head;
        final int read = grid[h];
        final int d = defined;
        final long m0 = mult;
        final long code0 = machine;
        final WitnessMap witnesses = out.witnesses;
        final long order = WitnessMap.order(used, d + 1, step + 1, 0, false);
        final long flipOrder = WitnessMap.order(used, d + 1, step + 1, FLIP, false);

        long haltWeight = m0 * pow[nk - d - 1];
        int rows = rhi - rlo + 1;
        int cols = chi - clo + 1;
        if (d == 0) {
            // Halting on the first step: a 1x1 output, the only leaves that are their own rotations (their
            // witnesses go with the others: rotating a machine without moves changes nothing).
            for (int w = 0; w < k; w++) {
                out.unmirrored.addTo(Output2D.of(1, 1, w, k), haltWeight);
                if (witnesses != null) {
                    witnesses.offer(Output2D.of(1, 1, w, k), order, code0 | haltBits[i][w]);
                }
            }
            out.unmirroredHalting += haltWeight * k;
        } else if (rows > maxSide || cols > maxSide) {
            out.halting += haltWeight * k * (vertical ? 2 : 1);
        } else if (Output2D.fits(rows, cols, k)) {
            int b = org.ait.tm.OutputCodec.bitsPerSymbol(k);
            int index = (h / width - rlo) * cols + (h % width - clo);
            int shift = (rows * cols - 1 - index) * b;
            long base = Output2D.pack(grid, width, rlo, clo, rows, cols, k) & ~(((1L << b) - 1) << shift);
            for (int w = 0; w < k; w++) {
                long code = base | ((long) w << shift);
                out.counts.addTo(code, haltWeight);
                if (witnesses != null) {
                    witnesses.offer(code, order, code0 | haltBits[i][w]);
                }
                if (vertical) {
                    long flipped = Output2D.flipRows(code, k);
                    out.counts.addTo(flipped, haltWeight);
                    if (witnesses != null) {
                        witnesses.offer(flipped, flipOrder, code0 | haltBits[i][w]);
                    }
                }
            }
            out.halting += haltWeight * k * (vertical ? 2 : 1);
        } else {
            for (int w = 0; w < k; w++) {
                grid[h] = (byte) w;
                String text = Output2D.toString(grid, width, rlo, clo, rows, cols);
                out.longCounts.addTo(text, haltWeight);
                if (witnesses != null) {
                    Partial.offer(out.longWitnesses, text, order, code0 | haltBits[i][w]);
                }
                if (vertical) {
                    out.longCounts.addTo(Output2D.flipRows(text), haltWeight);
                    if (witnesses != null) {
                        Partial.offer(out.longWitnesses, Output2D.flipRows(text), flipOrder, code0 | haltBits[i][w]);
                    }
                }
            }
            grid[h] = (byte) read;
            out.halting += haltWeight * k * (vertical ? 2 : 1);
        }
        out.nodes += k;
        out.steps += k;

        final int[] sv = saveInts[d];
        sv[0] = head;
        sv[1] = state;
        sv[2] = step;
        sv[3] = rlo;
        sv[4] = rhi;
        sv[5] = clo;
        sv[6] = chi;
        sv[7] = fresh;
        saveHash[d] = hash;
        final int mark = journalTop;
        final int savedUsed = used;
        final boolean savedVertical = vertical;

        int targets = savedUsed < n ? savedUsed + 1 : savedUsed;
        for (int q = 0; q < targets; q++) {
            boolean newState = q == savedUsed;
            long m = newState ? m0 * (n - savedUsed) : m0;
            for (int w = 0; w < k; w++) {
                // Rotation symmetry: the root's first move goes right only.
                for (int dir = d == 0 ? RIGHT : savedVertical ? UP : DOWN; dir <= RIGHT; dir++) {
                    vertical = savedVertical || dir == DOWN;
                    nx[i] = q;
                    wr[i] = w;
                    mv[i] = dir;
                    packed[i] = (q << 8) | (dir << 4) | w;
                    if (codable) {
                        machine = code0 | moveBits(i, w, dir, q);
                    }
                    defined = d + 1;
                    used = newState ? savedUsed + 1 : savedUsed;
                    mult = m;
                    out.nodes++;
                    if (closedFrom(sv[1])) {
                        dispatch(EV_NON_HALTING);
                        continue;
                    }
                    dispatch(simulate());
                    for (int j = journalTop - 1; j >= mark; j--) {
                        grid[journalCell[j]] = journalOld[j];
                    }
                    journalTop = mark;
                    head = sv[0];
                    state = sv[1];
                    step = sv[2];
                    rlo = sv[3];
                    rhi = sv[4];
                    clo = sv[5];
                    chi = sv[6];
                    fresh = sv[7];
                    hash = saveHash[d];
                }
            }
        }
        nx[i] = -1;
        packed[i] = -1;
        defined = d;
        used = savedUsed;
        vertical = savedVertical;
        mult = m0;
        machine = code0;
        pending = i;
    }

    private int simulate() {
        final byte[] t = grid;
        final int[] tr = packed;
        final int[] dl = delta;
        final int k = this.k;
        final int n = this.n;
        final int W = width;
        final int cap = maxSteps;
        int h = head;
        int q = state;
        int st = step;
        int rlo = this.rlo;
        int rhi = this.rhi;
        int clo = this.clo;
        int chi = this.chi;
        int fr = fresh;
        final int st0 = st;
        long hs = hash;
        int jt = journalTop;
        int r = h / W;
        int col = h - r * W;

        long bhash = 0;
        int bq = -1;
        int bh = 0;
        int brlo = 0;
        int brhi = -1;
        int bclo = 0;
        int bchi = -1;
        int power = 4;
        int lam = 0;

        int ev;
        while (true) {
            if (st == cap) {
                ev = EV_CUTOFF;
                break;
            }
            final int s = t[h];
            final int c = tr[q * k + s];
            if (c < 0) {
                pending = q * k + s;
                ev = EV_UNDEFINED;
                break;
            }
            final int q2 = c >>> 8;
            final int w = c & 0xF;
            if (w != s) {
                journalCell[jt] = h;
                journalOld[jt++] = (byte) s;
                t[h] = (byte) w;
                hs += (w - s) * Zobrist.of(h);
            }
            final int m = (c >>> 4) & 0xF;
            h += dl[m];
            st++;
            boolean grew = false;
            switch (m) {
                case UP -> {
                    if (--r < rlo) {
                        rlo = r;
                        grew = true;
                    }
                }
                case DOWN -> {
                    if (++r > rhi) {
                        rhi = r;
                        grew = true;
                    }
                }
                case LEFT -> {
                    if (--col < clo) {
                        clo = col;
                        grew = true;
                    }
                }
                default -> {
                    if (++col > chi) {
                        chi = col;
                        grew = true;
                    }
                }
            }
            if (grew) {
                if (++fr > n || (s == 0 && q2 == q)) {
                    q = q2;
                    ev = EV_NON_HALTING;
                    break;
                }
            } else {
                fr = 0;
            }
            q = q2;
            if (h == bh && hs == bhash && q == bq && rlo == brlo && rhi == brhi && clo == bclo && chi == bchi
                    && sameBox(rlo, rhi, clo, chi)) {
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
                brlo = rlo;
                brhi = rhi;
                bclo = clo;
                bchi = chi;
                for (int rr = rlo; rr <= rhi; rr++) {
                    System.arraycopy(t, rr * W + clo, brent, rr * W + clo, chi - clo + 1);
                }
                power <<= 1;
                lam = 0;
            }
        }
        head = h;
        state = q;
        step = st;
        this.rlo = rlo;
        this.rhi = rhi;
        this.clo = clo;
        this.chi = chi;
        fresh = fr;
        hash = hs;
        journalTop = jt;
        out.steps += st - st0;
        return ev;
    }

    private boolean sameBox(int rlo, int rhi, int clo, int chi) {
        for (int r = rlo; r <= rhi; r++) {
            int from = r * width + clo;
            int to = r * width + chi + 1;
            if (!Arrays.equals(grid, from, to, brent, from, to)) {
                return false;
            }
        }
        return true;
    }
}
