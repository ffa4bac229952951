package org.ait.io;

/**
 * Something the user can fix: a bad file, a bad option, bad data, a foreign or damaged checkpoint. Its message is
 * one line naming the file (or option) and, where it applies, the line, row or column. Every layer throws it for
 * its input; anything else escaping a command is a bug (the command line reports it as an internal error).
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(oneLine(message));
    }

    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Messages quote user text, which may hold line breaks: keep the promise of one line. */
    static String oneLine(String message) {
        if (message == null) {
            return "bad input";
        }
        StringBuilder s = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            s.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : Character.isISOControl(c) ? '?' : c);
        }
        return s.toString();
    }
}
