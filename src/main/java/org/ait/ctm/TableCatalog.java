package org.ait.ctm;

import org.ait.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds tables by name or path. A name ({@code ctm-1d-s5-k2}) is looked up, in order, in the directory named by
 * the environment variable {@code AIT_TABLES}, in {@code ./ctm-tables}, and in the {@code ctm-tables/} folder
 * on the classpath (the tables shipped inside the jar). Loaded tables are cached.
 */
public final class TableCatalog {

    public static final String DIRECTORY = "ctm-tables";
    public static final Pattern NAME = Pattern.compile("ctm-[12]d-s\\d+-k\\d+");
    private static final Map<String, CtmTable> CACHE = new ConcurrentHashMap<>();

    private TableCatalog() {
    }

    /**
     * A listed table and where it lives; {@code provenance} is null and {@code problem} says why when it is
     * damaged. Listing verifies each file's checksum but does not parse its body.
     */
    public record Entry(String name, String source, Provenance provenance, String problem) {
    }

    /**
     * Loads a table from a file path or by name.
     *
     * @throws InputException with a one-line message when there is no such table or it is damaged
     * @throws IOException    when a table file cannot be read
     */
    public static CtmTable load(String nameOrPath) throws IOException {
        return load(nameOrPath, Integer.MAX_VALUE);
    }

    /**
     * Loads only the outputs of a table whose longest side (1D: length) is at most maxSide (see
     * {@link TableFile#read(Path, int)}): what BDM with small blocks, or one lookup, needs from a large table.
     */
    public static CtmTable load(String nameOrPath, int maxSide) throws IOException {
        String key = nameOrPath + "|" + maxSide;
        CtmTable cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        CtmTable t = resolve(nameOrPath, maxSide);
        CACHE.put(key, t);
        return t;
    }

    private static CtmTable resolve(String nameOrPath, int maxSide) throws IOException {
        Path path = Paths.get(nameOrPath);
        if (Files.isRegularFile(path)) {
            return TableFile.read(path, maxSide);
        }
        if (!NAME.matcher(nameOrPath).matches()) {
            throw new InputException("unknown table '" + nameOrPath + "': no such file, and not a table name like "
                    + "ctm-1d-s5-k2 (see 'ait tables list')");
        }
        for (Path dir : directories()) {
            Path file = dir.resolve(nameOrPath + TableFile.EXTENSION);
            if (Files.isRegularFile(file)) {
                return TableFile.read(file, maxSide);
            }
        }
        String resource = DIRECTORY + "/" + nameOrPath + TableFile.EXTENSION;
        try (InputStream in = TableCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                return TableFile.read(in.readAllBytes(), "classpath:" + resource, maxSide);
            }
        }
        throw new InputException("unknown table '" + nameOrPath + "' (see 'ait tables list'; build it with "
                + "'ait tables build')");
    }

    /** Directories searched before the classpath. */
    public static List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv("AIT_TABLES");
        if (env != null && !env.isBlank()) {
            dirs.add(Paths.get(env));
        }
        dirs.add(Paths.get(DIRECTORY));
        return dirs;
    }

    /** Every table found, by name; a directory table hides a classpath table of the same name. */
    public static List<Entry> list() throws IOException {
        Map<String, Entry> found = new TreeMap<>();
        URL url = TableCatalog.class.getClassLoader().getResource(DIRECTORY);
        if (url != null) {
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
                    } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    scan(fs.getPath(DIRECTORY), "jar", found);
                } else {
                    scan(Paths.get(uri), "classpath", found);
                }
            } catch (URISyntaxException e) {
                throw new IOException("cannot list the shipped tables: " + e.getMessage());
            }
        }
        List<Path> dirs = directories();
        Collections.reverse(dirs);
        for (Path dir : dirs) {
            scan(dir, dir.toAbsolutePath().normalize().toString(), found);
        }
        return new ArrayList<>(found.values());
    }

    private static void scan(Path dir, String source, Map<String, Entry> found) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String file = f.getFileName().toString();
                if (file.endsWith(TableFile.EXTENSION)) {
                    String name = file.substring(0, file.length() - TableFile.EXTENSION.length());
                    try {
                        found.put(name, new Entry(name, source,
                                TableFile.readProvenance(Files.readAllBytes(f), source + "/" + file), null));
                    } catch (TableFormatException e) {
                        found.put(name, new Entry(name, source, null, e.getMessage()));
                    }
                }
            }
        }
    }
}
