package org.ait.cli;

/** The {@code --threads} option the commands share: at least 1, every core when not given. */
final class Threads {

    private Threads() {
    }

    /** Rejects a value below 1 with a {@link UserError}; null (the option not given) passes. */
    static void check(Integer threads) {
        if (threads != null && threads < 1) {
            throw new UserError("--threads must be at least 1, got " + threads);
        }
    }

    /** The threads to use: the option's value, or every core when it was not given. */
    static int orAllCores(Integer threads) {
        check(threads);
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
