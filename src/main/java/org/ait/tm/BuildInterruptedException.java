package org.ait.tm;

/** A build stopped by its {@link ProgressListener} before the end; the checkpoint holds what was finished. */
public final class BuildInterruptedException extends RuntimeException {
    public BuildInterruptedException(String message) {
        super(message);
    }
}
