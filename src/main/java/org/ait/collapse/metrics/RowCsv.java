package org.ait.collapse.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows as CSV (the metrics.csv format and the checkpoints'): the header of {@link Row#COLUMNS}, numbers written with
 * Java's shortest round-trip form (so a row read back is the row written, bit for bit), NaN as an empty cell, text
 * quoted when it holds a comma, quote or line break.
 */
public final class RowCsv {

    private RowCsv() {
    }

    public static String header() {
        return String.join(",", Row.COLUMNS);
    }

    public static String line(Row r) {
        StringBuilder s = new StringBuilder();
        s.append(text(r.generator())).append(',').append(text(r.learner())).append(',').append(text(r.mode()))
                .append(',').append(text(r.alpha())).append(',').append(r.seed()).append(',').append(r.generation());
        for (double v : new double[] {r.alphaT(), r.nReal(), r.nTrain(), r.entropy(), r.modelEntropy(), r.collision(),
            r.support(), r.sampleEntropy(), r.sampleEntropyMm(), r.tvToTruth(), r.jsToTruth(), r.klToTruth(), r.mean(),
            r.logVariance(), r.meanDrift(), r.logVarianceDrift(), r.tailMass(), r.crossEntropy(), r.bdmPerSymbol(),
            r.deflateRatio()}) {
            s.append(',').append(number(v));
        }
        s.append(',').append(r.mechanismRecovered() == null ? "" : r.mechanismRecovered().toString());
        s.append(',').append(number(r.behaviourAgreement()));
        s.append(',').append(text(r.model()));
        return s.toString();
    }

    /** The whole file: header and rows, one a line. */
    public static String write(List<Row> rows) {
        StringBuilder s = new StringBuilder(header()).append('\n');
        for (Row r : rows) {
            s.append(line(r)).append('\n');
        }
        return s.toString();
    }

    /** Reads what {@link #write} wrote. @throws IllegalArgumentException on a malformed file */
    public static List<Row> read(String csv) {
        List<List<String>> records = records(csv);
        if (records.isEmpty() || !String.join(",", records.get(0)).equals(header())) {
            throw new IllegalArgumentException("not a metrics file of this version (header differs)");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> f = records.get(i);
            if (f.size() != Row.COLUMNS.size()) {
                throw new IllegalArgumentException("record " + i + " has " + f.size() + " fields, not "
                        + Row.COLUMNS.size());
            }
            double[] d = new double[20];
            for (int j = 0; j < 20; j++) {
                d[j] = parse(f.get(6 + j));
            }
            Integer rec = f.get(26).isEmpty() ? null : Integer.valueOf(f.get(26));
            rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), Long.parseLong(f.get(4)),
                    Integer.parseInt(f.get(5)), d[0], (int) d[1], (int) d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9],
                    d[10], d[11], d[12], d[13], d[14], d[15], d[16], d[17], d[18], d[19], rec, parse(f.get(27)),
                    f.get(28)));
        }
        return rows;
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** RFC 4180 records. */
    static List<List<String>> records(String csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n') {
                rec.add(field.toString());
                field.setLength(0);
                out.add(rec);
                rec = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            rec.add(field.toString());
            out.add(rec);
        }
        return out;
    }
}
