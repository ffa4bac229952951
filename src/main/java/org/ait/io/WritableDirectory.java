package org.ait.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before hours of work, that results can be written where the user asked. */
public final class WritableDirectory {

    private WritableDirectory() {
    }

    /**
     * Creates {@code dir} if needed and writes and deletes a probe file in it.
     *
     * @throws InputException naming the directory when it cannot be created or written
     */
    public static void require(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".ait-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new InputException("cannot write to output directory " + dir + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }
}
