package org.ait.synth.sequence;

import org.ait.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark suite of integer sequences, one a line as the OEIS extracts have them: {@code ID ,t0,t1,...,}
 * (the trailing comma optional; blank lines and lines starting with {@code #} ignored).
 */
public final class SequenceSuite {

    /** One sequence of a suite. */
    public record Entry(String id, BigInteger[] terms) {
    }

    private SequenceSuite() {
    }

    /** Reads a suite; a malformed line is an {@link InputException} naming file and line. */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int comma = l.indexOf(',');
                if (comma < 0) {
                    throw new InputException(file + ":" + no + ": expected 'ID ,t0,t1,...'");
                }
                String id = l.substring(0, comma).strip();
                if (id.isEmpty()) {
                    throw new InputException(file + ":" + no + ": missing sequence id before the first comma");
                }
                List<BigInteger> terms = new ArrayList<>();
                for (String f : l.substring(comma + 1).split(",")) {
                    String t = f.strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    try {
                        terms.add(new BigInteger(t));
                    } catch (NumberFormatException e) {
                        throw new InputException(file + ":" + no + ": '" + t + "' is not an integer");
                    }
                }
                out.add(new Entry(id, terms.toArray(new BigInteger[0])));
            }
        }
        return out;
    }
}
