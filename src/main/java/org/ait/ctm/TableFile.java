package org.ait.ctm;

import com.fasterxml.jackson.core.type.TypeReference;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ait.io.AtomicFiles;
import org.ait.io.Digests;
import org.ait.io.Json;
import org.ait.tm.OutputCodec;

/**
 * The table file format, version 1 ({@code .ctm}):
 * <pre>
 *   "AITCTM" (6 bytes)  format version (2 bytes, big-endian)
 *   provenance length (4 bytes)  provenance (UTF-8 JSON object)
 *   body: varint pattern count, then per pattern in increasing code order:
 *         varint code (OutputCodec code of the canonical pattern; Output2D code for 2D tables), or 0, then
 *         (2D only) varint rows, varint cells, one byte per cell (patterns too long to pack); then varint C(P)
 *   version 2 only (split-sampled tables): varint n, then n times in increasing code order: varint code,
 *         varint -E(P), where E(P) &le; 0 is the pattern's square excess ({@link CtmTable#squareExcess})
 *   SHA-256 of everything above (32 bytes)
 * </pre>
 * Tables without a square-excess section are written as version 1, which older readers accept.
 * The body depends only on the table's content; its SHA-256 is also stored in the provenance
 * ({@code content_sha256}), so two builds of the same table can be compared whatever their timings.
 */
public final class TableFile {

    public static final String EXTENSION = ".ctm";
    public static final int FORMAT_VERSION = 1;
    /** Version of files that carry the split-sampling section. */
    public static final int FORMAT_VERSION_SPLIT = 2;
    private static final byte[] MAGIC = "AITCTM".getBytes(StandardCharsets.US_ASCII);

    private TableFile() {
    }

    /** The body bytes of a table: deterministic for a given content. */
    public static byte[] body(CtmTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] codes = table.patternCounts().keySet().toLongArray();
        Arrays.sort(codes);
        String[] longOnes = table.longPatternCounts().keySet().toArray(new String[0]);
        Arrays.sort(longOnes);
        writeVarint(out, codes.length + longOnes.length);
        for (long code : codes) {
            writeVarint(out, code);
            writeVarint(out, table.patternCounts().get(code));
        }
        for (String s : longOnes) {
            writeVarint(out, 0);
            String cells = s;
            if (table.dimensions() == 2) {
                // 2D: rows, columns, then the cells row-major.
                String[] rows = s.split("-", -1);
                writeVarint(out, rows.length);
                cells = s.replace("-", "");
            }
            writeVarint(out, cells.length());
            for (int i = 0; i < cells.length(); i++) {
                out.write(OutputCodec.symbolOf(cells.charAt(i), table.symbols()));
            }
            writeVarint(out, table.longPatternCounts().getLong(s));
        }
        if (table.unit() > 1) {
            long[] excess = table.squareExcess().keySet().toLongArray();
            Arrays.sort(excess);
            writeVarint(out, excess.length);
            for (long code : excess) {
                writeVarint(out, code);
                writeVarint(out, -table.squareExcess().get(code));
            }
        }
        return out.toByteArray();
    }

    public static String contentSha256(CtmTable table) {
        byte[] body = body(table);
        return Digests.sha256Hex(body, 0, body.length);
    }

    /** Serialises a table; the provenance's content_sha256 is set from the body. */
    public static byte[] toBytes(CtmTable table) {
        byte[] body = body(table);
        Provenance p = table.provenance().with(Provenance.CONTENT_SHA256, Digests.sha256Hex(body, 0, body.length));
        byte[] prov = Json.pretty(p.asMap()).getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 2 + 4 + prov.length + body.length + 32);
        buf.put(MAGIC).putShort((short) (table.unit() > 1 ? FORMAT_VERSION_SPLIT : FORMAT_VERSION)).putInt(prov.length).put(prov).put(body);
        byte[] all = buf.array();
        buf.put(Digests.sha256(all, 0, all.length - 32));
        return all;
    }

    /** Writes a table atomically. */
    public static void write(CtmTable table, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(table));
    }

    public static CtmTable read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such table file");
        }
        return read(bytes, file.toString());
    }

    public static CtmTable read(InputStream in, String source) throws IOException {
        return read(in.readAllBytes(), source);
    }

    /**
     * Parses and verifies a table.
     *
     * @throws TableFormatException with a one-line message naming {@code source} when the bytes are not a
     *                              whole, uncorrupted table of a supported version
     */
    public static CtmTable read(byte[] bytes, String source) throws TableFormatException {
        int header = MAGIC.length + 2 + 4;
        if (bytes.length < header + 32 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new TableFormatException(source + " is not an ait CTM table (bad magic or too short)");
        }
        int end = bytes.length - 32;
        if (!Arrays.equals(Digests.sha256(bytes, 0, end), 0, 32, bytes, end, bytes.length)) {
            throw new TableFormatException(source + " is corrupted or truncated (SHA-256 checksum mismatch)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, 0, end);
        buf.position(MAGIC.length);
        int version = buf.getShort();
        if (version != FORMAT_VERSION && version != FORMAT_VERSION_SPLIT) {
            throw new TableFormatException(source + " has table format version " + version
                    + "; this ait reads versions " + FORMAT_VERSION + " and " + FORMAT_VERSION_SPLIT);
        }
        int provLength = buf.getInt();
        if (provLength < 2 || provLength > end - buf.position()) {
            throw new TableFormatException(source + " has a damaged provenance header");
        }
        Map<String, Object> fields;
        try {
            fields = Json.mapper().readValue(bytes, buf.position(), provLength,
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new TableFormatException(source + " has an unreadable provenance header");
        }
        Provenance p = new Provenance(fields);
        buf.position(buf.position() + provLength);
        int bodyStart = buf.position();
        String sha = Digests.sha256Hex(bytes, bodyStart, end - bodyStart);
        if (!sha.equals(p.getString(Provenance.CONTENT_SHA256))) {
            throw new TableFormatException(source + ": content checksum does not match its provenance");
        }
        try {
            int symbols = p.getInt(Provenance.SYMBOLS);
            long halting = p.getLong(Provenance.HALTING);
            long n = readVarint(buf);
            Long2LongOpenHashMap counts = new Long2LongOpenHashMap((int) Math.min(n, 1 << 24));
            Object2LongOpenHashMap<String> longCounts = new Object2LongOpenHashMap<>();
            for (long i = 0; i < n; i++) {
                long code = readVarint(buf);
                if (code == 0) {
                    int rows = p.dim() == 2 ? Math.toIntExact(readVarint(buf)) : 1;
                    int len = Math.toIntExact(readVarint(buf));
                    if (rows < 1 || len % rows != 0) {
                        throw new IllegalStateException("array of " + len + " cells in " + rows + " rows");
                    }
                    StringBuilder c = new StringBuilder(len + rows);
                    for (int j = 0; j < len; j++) {
                        if (j > 0 && j % (len / rows) == 0) {
                            c.append('-');
                        }
                        c.append(OutputCodec.charOf(buf.get()));
                    }
                    longCounts.put(c.toString(), readVarint(buf));
                } else {
                    counts.put(code, readVarint(buf));
                }
            }
            Long2LongOpenHashMap excess = new Long2LongOpenHashMap();
            if (version == FORMAT_VERSION_SPLIT) {
                long m = readVarint(buf);
                excess.ensureCapacity((int) Math.min(m, 1 << 24));
                for (long i = 0; i < m; i++) {
                    long code = readVarint(buf);
                    excess.put(code, -readVarint(buf));
                }
            }
            if (buf.hasRemaining()) {
                throw new TableFormatException(source + " has trailing bytes after its last pattern");
            }
            return new CtmTable(p, symbols, halting, counts, longCounts, excess);
        } catch (RuntimeException e) {
            throw new TableFormatException(source + " has a damaged body: " + e.getMessage());
        }
    }

    static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    static long readVarint(ByteBuffer buf) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = buf.get();
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new IllegalStateException("varint longer than 64 bits");
    }
}
