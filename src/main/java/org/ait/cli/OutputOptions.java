package org.ait.cli;

import picocli.CommandLine.Option;

/** The output options commands share, as picocli mixins. */
final class OutputOptions {

    private OutputOptions() {
    }

    /** {@code --json}: one JSON document instead of the human table. */
    static final class JsonOption {
        @Option(names = "--json", description = "Print one JSON document instead of the text.")
        boolean json;
    }

    /** {@code --quiet}: no progress or notes on stderr; errors still print. */
    static final class QuietOption {
        @Option(names = "--quiet", description = "No progress or notes on stderr.")
        boolean quiet;
    }
}
