package org.ait.synth.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ait.io.NumericCsv;

/** The parts of a fit's JSON result: a model as it is reported, and how its CSV was read. */
public final class FitReport {

    private FitReport() {
    }

    /**
     * A model: expression (sympy and LaTeX), training loss, size, description length and its parts in bits (to
     * 0.01), probability relative to {@code best} (2^-(dL - dL_best)), and test R^2 when there are test rows.
     */
    public static Map<String, Object> model(SymbolicRegression.Model m, SymbolicRegression.Model best,
            List<String> names, DataSplit split) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("expression", m.sympy(names));
        d.put("latex", m.latex(names));
        d.put("loss", m.mse());
        d.put("complexity", m.structure().size());
        d.put("description_length_bits", round(m.bits().total()));
        d.put("bits", Map.of("structure", round(m.bits().structure()), "parameters", round(m.bits().parameters()),
                "data", round(m.bits().data())));
        d.put("relative_probability", Math.pow(2, best.bits().total() - m.bits().total()));
        if (split.yTest().length > 0) {
            double r2 = FitMetrics.r2(m, split.test(), split.yTest(), split.wTest());
            d.put("test_r2", Double.isFinite(r2) ? r2 : null);
        }
        return d;
    }

    /** How the CSV was read: delimiter, decimal comma, rows read, dropped and whether sampled. */
    public static Map<String, Object> csv(NumericCsv.Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delimiter", String.valueOf(r.dialect().delimiter()));
        m.put("decimal_comma", r.decimalComma());
        m.put("data_rows", r.dataRows());
        m.put("dropped_rows", r.droppedRows());
        m.put("sampled", r.sampled());
        return m;
    }

    /** Bits to two decimals: finer digits would claim a precision the code lengths do not have. */
    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
