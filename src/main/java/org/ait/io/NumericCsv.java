package org.ait.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A CSV file of numbers: a header row naming the columns, then one row of finite numbers per observation. Every
 * problem is reported as an {@link IllegalArgumentException} with a one-line message naming the file, and where
 * it applies the row (1-based, the header is row 1) and the column.
 *
 * @param source  where the data came from, for messages
 * @param names   column names, in file order
 * @param columns values by column, then row
 */
public record NumericCsv(String source, List<String> names, double[][] columns) {

    public int rows() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** The index of a column, or an error naming the columns there are. */
    public int column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(source + ": no column '" + name + "' (columns: "
                    + String.join(", ", names) + ")");
        }
        return i;
    }

    public static NumericCsv read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
    }

    public static NumericCsv read(Reader in, String source) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(in)) {
            while (it.hasNextValue()) {
                lines.add(it.nextValue());
            }
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
            throw new IllegalArgumentException(source + ": not a readable CSV file (" + m + ")");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty file (expected a header row naming the columns)");
        }
        String[] header = lines.get(0);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.length; c++) {
            String name = header[c].trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(source + ": column " + (c + 1) + " has no name in the header row");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(source + ": column name '" + name + "' appears twice in the header");
            }
            header[c] = name;
        }
        if (lines.size() == 1) {
            throw new IllegalArgumentException(source + ": no data rows after the header");
        }
        int rows = lines.size() - 1;
        double[][] columns = new double[header.length][rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(source + ": row " + (r + 2) + " has " + cells.length + " cells, the"
                        + " header has " + header.length);
            }
            for (int c = 0; c < cells.length; c++) {
                columns[c][r] = parse(cells[c], source, r + 2, header[c]);
            }
        }
        return new NumericCsv(source, List.copyOf(Arrays.asList(header)), columns);
    }

    private static double parse(String cell, String source, int row, String column) {
        String s = cell.trim();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": row " + row + ", column '" + column + "': '" + s
                    + "' is not a number");
        }
        // Double.parseDouble also takes "NaN", "Infinity" and hex or type-suffixed forms ("1d"): accept only plain
        // decimal numbers, and no missing values.
        if (!Double.isFinite(v) || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException(source + ": row " + row + ", column '" + column + "': '" + s
                    + "' is not a finite decimal number");
        }
        return v;
    }
}
