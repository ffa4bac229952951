package org.ait.cli;

import org.ait.io.InputException;

/** An input error found by the command line itself, with its exit code (2, or a documented other code). */
public class UserError extends InputException {
    private final int exitCode;

    public UserError(String message) {
        this(message, Main.EXIT_USAGE);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
