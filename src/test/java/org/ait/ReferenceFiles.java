package org.ait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the published reference values live for tests: {@code $AIT_REFERENCE}, else the first
 * {@code shared/reference} found walking up from the working directory. Tests that need them skip without them.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** The reference folder, or a path that does not exist. */
    public static Path folder() {
        String env = System.getenv("AIT_REFERENCE");
        if (env != null) {
            return Paths.get(env);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Paths.get("..", "shared", "reference");
    }

    /** A reference file, or null when it is not present. */
    public static Path file(String name) {
        Path f = folder().resolve(name);
        return Files.exists(f) ? f : null;
    }
}
