package org.ait.synth.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.io.InputException;
import org.ait.io.NumericCsv;
import org.ait.synth.expr.SafeNames;

/**
 * A CSV's columns as a regression problem: the target, optional observation weights, and every other column an
 * input, each under a safe symbol (a column is named as in the header or by its symbol). Everything the problem
 * needs is checked here, so a bad choice is one line naming the file and column.
 *
 * @param csv     the data read
 * @param symbols the symbol of every column, in header order
 * @param target  the target's column
 * @param weights the weights' column, or -1
 * @param inputs  the input columns, in header order
 */
public record FitData(NumericCsv csv, List<String> symbols, int target, int weights, List<Integer> inputs) {

    /**
     * Chooses the columns and checks them.
     *
     * @param source  the file's name in messages
     * @param target  the target column's name or symbol
     * @param weights the weights column's name or symbol, or null
     * @throws InputException for a missing column, weights that are the target, negative or all zero, no input
     *                        column, or a constant target
     */
    public static FitData of(NumericCsv csv, String source, String target, String weights) {
        List<String> symbols = SafeNames.of(csv.names());
        int t = column(csv, symbols, target, source, "");
        int wc = weights == null ? -1 : column(csv, symbols, weights, source, "--weights: ");
        if (wc == t) {
            throw new InputException("--weights: the weights column cannot be the target");
        }
        if (wc >= 0) {
            double[] w = csv.columns()[wc];
            for (int r = 0; r < w.length; r++) {
                if (w[r] < 0) {
                    // Row numbers count the header as row 1, as a spreadsheet shows them.
                    throw new InputException(source + ": row " + (r + 2) + ", column '" + weights + "': weight " + w[r]
                            + " is negative");
                }
            }
            if (Arrays.stream(w).allMatch(v -> v == 0)) {
                throw new InputException(source + ": every weight in column '" + weights + "' is zero");
            }
        }
        List<Integer> inputs = new ArrayList<>();
        for (int c = 0; c < csv.names().size(); c++) {
            if (c != t && c != wc) {
                inputs.add(c);
            }
        }
        if (inputs.isEmpty()) {
            throw new InputException(source + ": no input columns besides the target '" + target + "'");
        }
        double[] y = csv.columns()[t];
        if (Arrays.stream(y).distinct().count() == 1) {
            throw new InputException(source + ": target '" + target + "' is constant (" + y[0] + "): nothing to fit");
        }
        return new FitData(csv, symbols, t, wc, List.copyOf(inputs));
    }

    private static int column(NumericCsv csv, List<String> symbols, String name, String source, String option) {
        int c = csv.names().indexOf(name);
        if (c < 0) {
            c = symbols.indexOf(name);
        }
        if (c < 0) {
            throw new InputException(option + source + ": no column '" + name + "' (columns: "
                    + String.join(", ", csv.names()) + ")");
        }
        return c;
    }

    /** The inputs' symbols, the names models use. */
    public List<String> inputSymbols() {
        return inputs.stream().map(symbols::get).toList();
    }

    /** The input columns, one array a column. */
    public double[][] x() {
        return inputs.stream().map(c -> csv.columns()[c]).toArray(double[][]::new);
    }

    public double[] y() {
        return csv.columns()[target];
    }

    /** The precision of each input value as written ({@link NumericCsv#steps}), one array a column. */
    public double[][] xSteps() {
        return inputs.stream().map(c -> csv.steps()[c]).toArray(double[][]::new);
    }

    /** The precision of each target value as written. */
    public double[] ySteps() {
        return csv.steps()[target];
    }

    /** The weights, or null. */
    public double[] w() {
        return weights < 0 ? null : csv.columns()[weights];
    }

    /** Symbols that differ from their column's name, symbol to name, in header order. */
    public Map<String, String> renamed() {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int c = 0; c < symbols.size(); c++) {
            if (!symbols.get(c).equals(csv.names().get(c))) {
                renamed.put(symbols.get(c), csv.names().get(c));
            }
        }
        return renamed;
    }
}
