package org.ait.cli;

/** Bad usage or bad input: reported as one line, exit code 2. */
public class UserError extends RuntimeException {
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
