package org.ait.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A CSV file of numbers: a header row naming the columns, then one row of finite numbers per observation. Read as a
 * stream ({@link CsvRecords}): memory holds the rows kept ({@link CsvOptions#maxRows}), never the file. Every problem
 * is an {@link InputException} with a one-line message naming the file, and where it applies the row (1-based, the
 * header is row 1) and the column.
 *
 * @param source  where the data came from, for messages
 * @param names   column names as given in the header, in file order
 * @param columns values by column, then row
 * @param steps   the precision of each value as written, by column, then row: one unit of its last digit (0.01 for
 *                3.14, 1e-4 for 1.5e-3, 1 for 42), never below the double's own spacing. Fits use it to tell an
 *                exact law from a close approximation.
 * @param reading what reading did: delimiter, decimal comma, rows dropped or sampled
 */
public record NumericCsv(String source, List<String> names, double[][] columns, double[][] steps, Reading reading) {

    /**
     * What reading a file did, for the output.
     *
     * @param dialect      the delimiter used (detected or given)
     * @param decimalComma some number was written with a decimal comma
     * @param dataRows     data rows in the file
     * @param droppedRows  rows dropped for a missing cell
     * @param keptRows     rows kept: all complete rows, or a uniform sample of them
     */
    public record Reading(CsvDialect dialect, boolean decimalComma, long dataRows, long droppedRows, int keptRows) {

        public boolean sampled() {
            return dataRows - droppedRows > keptRows;
        }

        /** One line for the output; empty when reading was plain (comma, nothing dropped or sampled). */
        public String describe() {
            StringBuilder s = new StringBuilder();
            if (dialect.delimiter() != ',') {
                s.append("delimiter ").append(dialect.describe());
            }
            if (decimalComma) {
                s.append(s.length() > 0 ? ", " : "").append("decimal comma");
            }
            if (droppedRows > 0) {
                s.append(s.length() > 0 ? "; " : "").append(droppedRows).append(" of ").append(dataRows)
                        .append(" rows dropped for a missing value");
            }
            if (sampled()) {
                s.append(s.length() > 0 ? "; " : "").append("a seeded sample of ").append(keptRows).append(" of ")
                        .append(dataRows - droppedRows).append(" rows used");
            }
            return s.toString();
        }
    }

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "#n/a");

    public int rows() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /**
     * The index of a column.
     *
     * @throws InputException naming the columns there are
     */
    public int column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new InputException(source + ": no column '" + name + "' (columns: " + String.join(", ", names) + ")");
        }
        return i;
    }

    /** Reads with the defaults: delimiter detected, a missing cell an error, every row kept. */
    public static NumericCsv read(Path file) throws IOException {
        return read(file, CsvOptions.DEFAULTS);
    }

    /**
     * @throws InputException for a missing file, text that is not UTF-8, or anything that is not such a CSV file
     * @throws IOException    when the file cannot be read
     */
    public static NumericCsv read(Path file, CsvOptions options) throws IOException {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": a directory, not a CSV file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            return read(in, file.toString(), options);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        }
    }

    public static NumericCsv read(Reader in, String source) throws IOException {
        return read(in, source, CsvOptions.DEFAULTS);
    }

    /**
     * @throws InputException for anything that is not a CSV file of numbers, naming row and column
     */
    public static NumericCsv read(Reader in, String source, CsvOptions options) throws IOException {
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        CsvDialect dialect;
        try {
            dialect = options.dialect() != null ? options.dialect() : CsvDialect.detect(headerLine(buffered));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(source + ": row 1: not UTF-8 text");
        }
        CsvRecords records = new CsvRecords(buffered, source, dialect.delimiter());
        String[] header = records.next();
        if (header == null) {
            throw new InputException(source + ": empty file (expected a header row naming the columns)");
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c].isEmpty()) {
                throw new InputException(source + ": column " + (c + 1) + " has no name in the header row");
            }
            if (!seen.add(header[c])) {
                throw new InputException(source + ": column name '" + header[c] + "' appears twice in the header");
            }
        }
        RowSample sample = new RowSample(options.maxRows(), options.seed());
        long dataRows = 0;
        long dropped = 0;
        boolean decimalComma = false;
        String[] cells;
        while ((cells = records.next()) != null) {
            dataRows++;
            if (cells.length != header.length) {
                throw new InputException(source + ": row " + records.row() + " has " + cells.length + " cells, the"
                        + " header has " + header.length);
            }
            // Values, then the step of each (one row array, so the sample keeps them together).
            double[] row = new double[2 * cells.length];
            boolean complete = true;
            for (int c = 0; c < cells.length; c++) {
                String s = cells[c];
                if (MISSING.contains(s.toLowerCase(Locale.ROOT))) {
                    if (options.missing() == CsvOptions.MissingCells.FAIL) {
                        throw new InputException(source + ": row " + records.row() + ", column '" + header[c]
                                + "': missing value" + (s.isEmpty() ? "" : " '" + s + "'")
                                + " (--drop-missing drops incomplete rows)");
                    }
                    complete = false;
                    break;
                }
                if (dialect.decimalComma() && s.indexOf(',') >= 0) {
                    s = s.replace(',', '.');
                    decimalComma = true;
                }
                row[c] = number(s, cells[c], source, records.row(), header[c]);
                row[cells.length + c] = Math.max(step(s), Math.ulp(row[c]));
            }
            if (complete) {
                sample.offer(row);
            } else {
                dropped++;
            }
        }
        if (dataRows == 0) {
            throw new InputException(source + ": no data rows after the header");
        }
        if (sample.size() == 0) {
            throw new InputException(source + ": every one of the " + dataRows + " rows has a missing value");
        }
        double[][] columns = sample.columns(0, header.length);
        double[][] steps = sample.columns(header.length, header.length);
        return new NumericCsv(source, List.of(header), columns, steps,
                new Reading(dialect, decimalComma, dataRows, dropped, sample.size()));
    }

    /** The first line (up to 64 K characters), to detect the delimiter; the reader is reset to where it was. */
    private static String headerLine(BufferedReader in) throws IOException {
        in.mark(1 << 16);
        char[] buf = new char[1 << 16];
        int n = 0;
        int r;
        while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
            n += r;
            String s = new String(buf, 0, n);
            if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                break;
            }
        }
        in.reset();
        String s = new String(buf, 0, n).stripLeading();
        int end = 0;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        return s.substring(0, end);
    }

    /** A plain decimal number: Double.parseDouble alone would also take "Infinity", hex and "1d". */
    private static double number(String s, String given, String source, long row, String column) {
        if (!isDecimal(s)) {
            throw new InputException(source + ": row " + row + ", column '" + column + "': '" + given
                    + "' is not a number" + delimiterHint(given));
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new InputException(source + ": row " + row + ", column '" + column + "': '" + given
                    + "' is too large for a finite number");
        }
        return v;
    }

    /** A cell holding another delimiter is most likely a whole row: say so. */
    private static String delimiterHint(String cell) {
        for (String d : new String[] {";", "\t", ","}) {
            if (cell.contains(d) && cell.length() > 2) {
                String name = d.equals("\t") ? "tab" : "'" + d + "'";
                return " (fields separated by " + name + "? try --delimiter " + (d.equals("\t") ? "tab" : d) + ")";
            }
        }
        return "";
    }

    /** One unit of the last digit of a decimal (checked by {@link #isDecimal}): 10^(exponent - digits after the point). */
    static double step(String s) {
        int e = s.indexOf('e') >= 0 ? s.indexOf('e') : s.indexOf('E');
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        int exponent = e >= 0 ? Integer.parseInt(s.substring(e + 1).replace("+", "")) : 0;
        int point = mantissa.indexOf('.');
        int decimals = point >= 0 ? mantissa.length() - point - 1 : 0;
        return Math.pow(10, exponent - decimals);
    }

    /** [+-] digits [. digits] [(e|E) [+-] digits], with a digit before or after the point. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }
}
