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
import org.ait.tm.Output2D;
import org.ait.tm.OutputCodec;
import org.ait.tm.Witnesses;

/**
 * The table file format ({@code .ctm}), version 3:
 * <pre>
 *   "AITCTM" (6 bytes)  format version (2 bytes, big-endian)
 *   provenance length (4 bytes)  provenance (UTF-8 JSON object)
 *   body length (8 bytes), compressed body length (8 bytes), then the body compressed with DEFLATE (zlib stream):
 *   body: varint pattern count, then per pattern in increasing code order:
 *         varint (code - previous code) (OutputCodec code of the canonical pattern; Output2D code for 2D tables;
 *         previous code 0 at the start), or 0 for a pattern too long to pack, followed by (2D only) varint rows,
 *         varint cells, one byte per cell; then varint C(P)
 *         split-sampled tables only (provenance units_per_draw &gt; 1): varint n, then n times in increasing code
 *         order: varint (code - previous code), varint -E(P), E(P) &le; 0 the pattern's square excess
 *         ({@link CtmTable#squareExcess})
 *   witness section length (8 bytes; 0 for a table without witnesses), then the section compressed with DEFLATE:
 *         varint n, then n varints (pattern code - previous code) in increasing code order (the patterns of the
 *         body that are packed), n varints machine code ({@link org.ait.tm.MachineCode}), n varints
 *         (steps * 2 + 1 if the machine prints the pattern's complement), n varints second machine code (0: none;
 *         {@link Witnesses#second}); then varint m and per pattern too long to pack, in text order: (2D only)
 *         varint rows, varint cells, one byte per cell, varint machine code, varint (steps * 2 + complement),
 *         varint second machine code
 *   SHA-256 of everything above (32 bytes)
 * </pre>
 * Version 2 (still read) is version 3 without the compressed body length and the witness section; version 1 also
 * stored the body uncompressed and its codes whole instead of as differences (the exact 2D table took 85.6 MB in
 * version 1, 14.7 MB in version 2). The body is the same in versions 2 and 3 and depends only on the counts; its
 * SHA-256 (uncompressed) is stored in the provenance ({@code content_sha256}), so two builds of the same table can be
 * compared whatever their timings; the witness section's is {@code witness_sha256}.
 */
public final class TableFile {

    public static final String EXTENSION = ".ctm";
    /** The version written. */
    public static final int FORMAT_VERSION = 3;
    private static final int FORMAT_VERSION_1 = 1;
    private static final int FORMAT_VERSION_2 = 2;
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
        long previous = 0;
        for (long code : codes) {
            writeVarint(out, code - previous);
            previous = code;
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
            previous = 0;
            for (long code : excess) {
                writeVarint(out, code - previous);
                previous = code;
                writeVarint(out, -table.squareExcess().get(code));
            }
        }
        return out.toByteArray();
    }

    public static String contentSha256(CtmTable table) {
        byte[] body = body(table);
        return Digests.sha256Hex(body, 0, body.length);
    }

    /** The witness section of a table (uncompressed): deterministic for given witnesses. */
    public static byte[] witnessBody(Witnesses w, int dim) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = w.packed();
        writeVarint(out, n);
        long previous = 0;
        for (int i = 0; i < n; i++) {
            writeVarint(out, w.pattern(i) - previous);
            previous = w.pattern(i);
        }
        for (int i = 0; i < n; i++) {
            writeVarint(out, w.machine(i));
        }
        for (int i = 0; i < n; i++) {
            writeVarint(out, w.steps(i) << 1 | (w.complement(i) ? 1 : 0));
        }
        for (int i = 0; i < n; i++) {
            writeVarint(out, w.second(i));
        }
        writeVarint(out, w.size() - n);
        for (int i = n; i < w.size(); i++) {
            String s = w.longPattern(i);
            if (dim == 2) {
                writeVarint(out, s.split("-", -1).length);
                s = s.replace("-", "");
            }
            writeVarint(out, s.length());
            for (int j = 0; j < s.length(); j++) {
                out.write(OutputCodec.symbolOf(s.charAt(j), 2));
            }
            writeVarint(out, w.machine(i));
            writeVarint(out, w.steps(i) << 1 | (w.complement(i) ? 1 : 0));
            writeVarint(out, w.second(i));
        }
        return out.toByteArray();
    }

    /** Serialises a table; the provenance's content_sha256 (and witness_sha256) are set from the sections. */
    public static byte[] toBytes(CtmTable table) {
        byte[] body = body(table);
        Provenance p = table.provenance().with(Provenance.CONTENT_SHA256, Digests.sha256Hex(body, 0, body.length));
        byte[] witnesses = null;
        if (table.hasWitnesses()) {
            witnesses = witnessBody(table.witnesses(), table.dimensions());
            p = p.with(Provenance.WITNESS_SHA256, Digests.sha256Hex(witnesses, 0, witnesses.length));
        } else {
            Map<String, Object> m = new LinkedHashMap<>(p.asMap());
            m.remove(Provenance.WITNESSES);
            m.remove(Provenance.WITNESS_SHA256);
            p = new Provenance(m);
        }
        byte[] prov = Json.pretty(p.asMap()).getBytes(StandardCharsets.UTF_8);
        byte[] packed = deflate(body);
        byte[] packedWitnesses = witnesses == null ? new byte[0] : deflate(witnesses);
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 2 + 4 + prov.length + 16 + packed.length + 8
                + packedWitnesses.length + 32);
        buf.put(MAGIC).putShort((short) FORMAT_VERSION).putInt(prov.length).put(prov).putLong(body.length)
                .putLong(packed.length).put(packed).putLong(witnesses == null ? 0 : witnesses.length)
                .put(packedWitnesses);
        byte[] all = buf.array();
        buf.put(Digests.sha256(all, 0, all.length - 32));
        return all;
    }

    private static byte[] deflate(byte[] body) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(6);
        try {
            d.setInput(body);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 64);
            byte[] chunk = new byte[1 << 16];
            while (!d.finished()) {
                out.write(chunk, 0, d.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static byte[] inflate(byte[] bytes, int from, int to, long length, String source)
            throws TableFormatException {
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw new TableFormatException(source + " has a damaged body length");
        }
        java.util.zip.Inflater in = new java.util.zip.Inflater();
        try {
            in.setInput(bytes, from, to - from);
            byte[] body = new byte[(int) length];
            int n = 0;
            while (n < body.length && !in.finished()) {
                int got = in.inflate(body, n, body.length - n);
                if (got == 0 && (in.needsInput() || in.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != body.length || !in.finished() || in.getRemaining() != 0) {
                throw new TableFormatException(source + " has a damaged compressed body");
            }
            return body;
        } catch (java.util.zip.DataFormatException e) {
            throw new TableFormatException(source + " has a damaged compressed body");
        } finally {
            in.end();
        }
    }

    /** Writes a table atomically. */
    public static void write(CtmTable table, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(table));
    }

    public static CtmTable read(Path file) throws IOException {
        return read(readBytes(file), file.toString(), Integer.MAX_VALUE);
    }

    /**
     * Reads only the outputs whose longest side (1D: length) is at most maxSide: a large table loads fast and
     * small when only its short outputs are needed (BDM with small blocks). Values are those of the whole table;
     * the provenance records the cut as {@link Provenance#LOADED_MAX_SIDE}.
     */
    public static CtmTable read(Path file, int maxSide) throws IOException {
        return read(readBytes(file), file.toString(), maxSide);
    }

    private static byte[] readBytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such table file");
        }
    }

    public static CtmTable read(InputStream in, String source) throws IOException {
        return read(in.readAllBytes(), source, Integer.MAX_VALUE);
    }

    public static CtmTable read(byte[] bytes, String source) throws TableFormatException {
        return read(bytes, source, Integer.MAX_VALUE);
    }

    /** The header of a verified file: version, provenance, and where the body starts and ends. */
    private record Header(int version, Provenance provenance, int bodyStart, int end) {
    }

    private static Header header(byte[] bytes, String source) throws TableFormatException {
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
        if (version != FORMAT_VERSION && version != FORMAT_VERSION_2 && version != FORMAT_VERSION_1) {
            throw new TableFormatException(source + " has table format version " + version
                    + "; this ait reads versions " + FORMAT_VERSION_1 + " to " + FORMAT_VERSION);
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
        return new Header(version, new Provenance(fields), buf.position() + provLength, end);
    }

    /** The provenance of a verified table file, without parsing its body (for listings). */
    public static Provenance readProvenance(byte[] bytes, String source) throws TableFormatException {
        return header(bytes, source).provenance();
    }

    /**
     * Parses and verifies a table, keeping the outputs whose longest side (1D: length) is at most maxSide.
     *
     * @throws TableFormatException with a one-line message naming {@code source} when the bytes are not a
     *                              whole, uncorrupted table of a supported version
     */
    public static CtmTable read(byte[] bytes, String source, int maxSide) throws TableFormatException {
        Header h = header(bytes, source);
        Provenance p = h.provenance();
        boolean delta = h.version() >= 2;
        byte[] body = bytes;
        int from = h.bodyStart();
        int to = h.end();
        int witnessStart = -1;
        long witnessLength = 0;
        if (h.version() >= 3) {
            if (to - from < 16) {
                throw new TableFormatException(source + " has a damaged body length");
            }
            long packedLength = ByteBuffer.wrap(bytes, from + 8, 8).getLong();
            if (packedLength < 0 || packedLength > to - from - 24) {
                throw new TableFormatException(source + " has a damaged body length");
            }
            int bodyEnd = from + 16 + (int) packedLength;
            witnessLength = ByteBuffer.wrap(bytes, bodyEnd, 8).getLong();
            witnessStart = bodyEnd + 8;
            body = inflate(bytes, from + 16, bodyEnd, ByteBuffer.wrap(bytes, from, 8).getLong(), source);
            from = 0;
            to = body.length;
        } else if (delta) {
            if (to - from < 8) {
                throw new TableFormatException(source + " has a damaged body length");
            }
            body = inflate(bytes, from + 8, to, ByteBuffer.wrap(bytes, from, 8).getLong(), source);
            from = 0;
            to = body.length;
        }
        String sha = Digests.sha256Hex(body, from, to - from);
        if (!sha.equals(p.getString(Provenance.CONTENT_SHA256))) {
            throw new TableFormatException(source + ": content checksum does not match its provenance");
        }
        ByteBuffer buf = ByteBuffer.wrap(body, 0, to);
        buf.position(from);
        boolean twoD = p.dim() == 2;
        try {
            int symbols = p.getInt(Provenance.SYMBOLS);
            long halting = p.getLong(Provenance.HALTING);
            long n = readVarint(buf);
            Long2LongOpenHashMap counts = new Long2LongOpenHashMap((int) Math.min(n, 1 << 24));
            Object2LongOpenHashMap<String> longCounts = new Object2LongOpenHashMap<>();
            long previous = 0;
            boolean cut = false;
            for (long i = 0; i < n; i++) {
                long code = readVarint(buf);
                if (code == 0) {
                    int rows = twoD ? Math.toIntExact(readVarint(buf)) : 1;
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
                    long count = readVarint(buf);
                    if (Math.max(rows, len / rows) <= maxSide) {
                        longCounts.put(c.toString(), count);
                    } else {
                        cut = true;
                    }
                } else {
                    if (delta) {
                        code += previous;
                        previous = code;
                    }
                    long count = readVarint(buf);
                    int side = twoD ? Math.max(Output2D.rows(code), Output2D.cols(code))
                            : OutputCodec.length(code, symbols);
                    if (side <= maxSide) {
                        counts.put(code, count);
                    } else {
                        cut = true;
                    }
                }
            }
            Long2LongOpenHashMap excess = new Long2LongOpenHashMap();
            if (delta && p.get(Provenance.UNIT) != null && p.getLong(Provenance.UNIT) > 1) {
                long m = readVarint(buf);
                excess.ensureCapacity((int) Math.min(m, 1 << 24));
                previous = 0;
                for (long i = 0; i < m; i++) {
                    long code = readVarint(buf) + previous;
                    previous = code;
                    long e = -readVarint(buf);
                    if (OutputCodec.length(code, symbols) <= maxSide) {
                        excess.put(code, e);
                    }
                }
            }
            if (buf.hasRemaining()) {
                throw new TableFormatException(source + " has trailing bytes after its last pattern");
            }
            if (cut) {
                p = p.with(Provenance.LOADED_MAX_SIDE, maxSide);
            }
            CtmTable table = new CtmTable(p, OutputShape.of(p.dim()), Estimate.of(p), symbols, halting, counts,
                    longCounts, excess);
            if (witnessLength > 0) {
                byte[] packed = Arrays.copyOfRange(bytes, witnessStart, h.end());
                String expected = p.getString(Provenance.WITNESS_SHA256);
                int dim = p.dim();
                long length = witnessLength;
                org.ait.tm.MachineSpace space = new org.ait.tm.MachineSpace(dim, p.getInt(Provenance.STATES), symbols);
                table = table.withWitnesses(() -> readWitnesses(packed, length, expected, space, maxSide, source));
            }
            return table;
        } catch (RuntimeException e) {
            throw new TableFormatException(source + " has a damaged body: " + e.getMessage());
        }
    }

    /** Decodes a witness section, keeping the patterns whose longest side (1D: length) is at most maxSide. */
    private static Witnesses readWitnesses(byte[] packed, long length, String expectedSha, org.ait.tm.MachineSpace space,
            int maxSide, String source) {
        try {
            byte[] body = inflate(packed, 0, packed.length, length, source);
            if (!Digests.sha256Hex(body, 0, body.length).equals(expectedSha)) {
                throw new TableFormatException(source + ": witness checksum does not match its provenance");
            }
            ByteBuffer buf = ByteBuffer.wrap(body);
            boolean twoD = space.dim() == 2;
            int n = Math.toIntExact(readVarint(buf));
            long[] codes = new long[n];
            long previous = 0;
            for (int i = 0; i < n; i++) {
                previous += readVarint(buf);
                codes[i] = previous;
            }
            long[] machines = new long[n];
            for (int i = 0; i < n; i++) {
                machines[i] = readVarint(buf);
            }
            long[] infos = new long[n];
            for (int i = 0; i < n; i++) {
                infos[i] = readVarint(buf);
            }
            Witnesses.Builder b = Witnesses.builder(space);
            for (int i = 0; i < n; i++) {
                long second = readVarint(buf);
                long code = codes[i];
                int side = twoD ? Math.max(Output2D.rows(code), Output2D.cols(code)) : OutputCodec.length(code, 2);
                if (side <= maxSide) {
                    b.add(code, machines[i], infos[i] >>> 1, (infos[i] & 1) != 0, second);
                }
            }
            long m = readVarint(buf);
            for (long i = 0; i < m; i++) {
                int rows = twoD ? Math.toIntExact(readVarint(buf)) : 1;
                int len = Math.toIntExact(readVarint(buf));
                StringBuilder c = new StringBuilder(len + rows);
                for (int j = 0; j < len; j++) {
                    if (j > 0 && j % (len / rows) == 0) {
                        c.append('-');
                    }
                    c.append(OutputCodec.charOf(buf.get()));
                }
                long machine = readVarint(buf);
                long info = readVarint(buf);
                long second = readVarint(buf);
                if (Math.max(rows, len / rows) <= maxSide) {
                    b.add(c.toString(), machine, info >>> 1, (info & 1) != 0, second);
                }
            }
            if (buf.hasRemaining()) {
                throw new TableFormatException(source + " has trailing bytes after its last witness");
            }
            return b.build();
        } catch (TableFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(source + " has a damaged witness section: " + e.getMessage(), e);
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
