package org.ait.tm.internal;

/** The closed-state-set detector, shared by the 1D and 2D walkers. */
final class ClosedStates {

    private ClosedStates() {
    }

    /**
     * True when no state reachable from {@code q} through defined transitions has an undefined transition: the
     * run can then only execute defined, non-halting transitions, whatever the tape and the completion.
     *
     * @param packed the transition table: -1 undefined, else the next state in bits 8 and up
     */
    static boolean from(int q, int[] packed, int n, int k) {
        if (n > 31) {
            return false;
        }
        int seen = 1 << q;
        int todo = seen;
        while (todo != 0) {
            int r = Integer.numberOfTrailingZeros(todo);
            todo &= todo - 1;
            for (int s = r * k, end = s + k; s < end; s++) {
                int c = packed[s];
                if (c < 0) {
                    return false;
                }
                int bit = 1 << (c >>> 8);
                if ((seen & bit) == 0) {
                    seen |= bit;
                    todo |= bit;
                }
            }
        }
        return true;
    }
}
