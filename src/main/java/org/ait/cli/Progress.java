package org.ait.cli;

import java.io.PrintWriter;
import org.ait.tm.ProgressListener;

/**
 * Progress of a table build or a search on the command's error writer (stderr): on a terminal one line redrawn in place twice a second; otherwise (a log
 * file of a long build) one line a minute. The launcher tells whether stderr is a terminal
 * ({@code -Dait.stderr.tty=true|false}); without it, a console on stdin/stdout stands in.
 */
final class Progress implements ProgressListener {

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private long lastPrint;
    private boolean printed;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        String tty = System.getProperty("ait.stderr.tty");
        this.terminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        this.enabled = !quiet;
        this.lastPrint = System.nanoTime();
    }

    @Override
    public boolean subtreeDone(int done, int total, long nodes, long steps, long elapsedNanos) {
        if (due(terminal && done == total)) {
            double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
            double fraction = done / (double) total;
            String eta = fraction > 0 && done < total ? duration(seconds * (1 - fraction) / fraction) : "-";
            err.printf((terminal ? "\r" : "") + "subtrees %d/%d (%.1f%%)  nodes %.3g (%.3g/s)  steps %.3g  elapsed %s"
                    + "  ETA %s" + (terminal ? "   " : "%n"), done, total, 100 * fraction, (double) nodes,
                    nodes / seconds, (double) steps, duration(seconds), eta);
            err.flush();
            printed = terminal;
        }
        return true;
    }

    /** A status line of a search: redrawn twice a second on a terminal, once a minute in a log. */
    void status(String line) {
        if (due(false)) {
            err.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
            err.flush();
            printed = terminal;
        }
    }

    /** Whether a line is due (twice a second on a terminal, once a minute otherwise, or now if forced); if so, now. */
    private boolean due(boolean force) {
        long now = System.nanoTime();
        if (!enabled || !force && now - lastPrint <= (terminal ? 500_000_000L : 60_000_000_000L)) {
            return false;
        }
        lastPrint = now;
        return true;
    }

    void finish() {
        if (printed) {
            err.println();
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }
}
