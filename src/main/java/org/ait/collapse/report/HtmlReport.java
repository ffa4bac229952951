package org.ait.collapse.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.html: one self-contained page (plots inlined as PNG data, links to their SVGs and to the data files) with
 * the study's provenance, the closed forms against the measurements, a table of every configuration's first and last
 * generation, and the plots by generator.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String html(String study, Map<String, Object> provenance, Aggregate a, List<Summary.Check> checks,
            List<Plots.Plot> plots, List<String> notes) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>ait collapse: ")
                .append(esc(study)).append("</title>\n<style>\n")
                .append("body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1100px;"
                        + "color:#222;line-height:1.45}\n")
                .append("table{border-collapse:collapse;font-size:12px;margin:8px 0 20px}\n")
                .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}\n")
                .append("td.l,th.l{text-align:left}\nth{background:#f2f2f2}\n")
                .append("tr.bad td{background:#fde0e0}\ntr.good td.z{background:#e3f4e3}\n")
                .append("figure{margin:12px 0 28px}\nfigcaption{font-size:13px;color:#555}\n")
                .append("img{max-width:100%;border:1px solid #ddd}\ncode{background:#f4f4f4;padding:1px 3px}\n")
                .append("</style></head><body>\n");
        h.append("<h1>ait collapse: study <code>").append(esc(study)).append("</code></h1>\n");
        h.append("<p>A learner retrained generation after generation on its own output (the fraction alpha_t of real"
                + " data going to 0) loses diversity and drifts from the truth unless it recovers the generating"
                + " mechanism. Each configuration below is a generator (the truth), a learner, a schedule of alpha_t and"
                + " a mode; every line of a plot is a mean over seeds. Data: <a href=\"metrics.csv\">metrics.csv</a>"
                + " (one row per configuration, seed and generation), <a href=\"summary.json\">summary.json</a>.</p>\n");
        h.append("<table>");
        for (Map.Entry<String, Object> e : provenance.entrySet()) {
            h.append("<tr><th class=\"l\">").append(esc(e.getKey())).append("</th><td class=\"l\">")
                    .append(esc(String.valueOf(e.getValue()))).append("</td></tr>");
        }
        h.append("</table>\n");
        if (!checks.isEmpty()) {
            h.append("<h2>Closed forms (collapse.md) against this study</h2>\n<table><tr><th class=\"l\">closed form"
                    + "</th><th class=\"l\">configuration</th><th>expected</th><th>measured</th><th>SE</th><th>seeds"
                    + "</th><th>z</th></tr>\n");
            for (Summary.Check c : checks) {
                h.append("<tr class=\"").append(c.within3se() ? "good" : "bad").append("\"><td class=\"l\">")
                        .append(esc(c.name())).append("</td><td class=\"l\">").append(esc(c.configuration()))
                        .append("</td><td>").append(num(c.expected())).append("</td><td>").append(num(c.measured()))
                        .append("</td><td>").append(num(c.se())).append("</td><td>").append(c.seeds())
                        .append("</td><td class=\"z\">").append(String.format(Locale.ROOT, "%.2f", c.z()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n<p>Green: within 3 standard errors. With few seeds the study's own check is coarse;"
                    + " the test suite checks every closed form with at least 400 seeds.</p>\n");
        }
        h.append("<h2>Every configuration: first and last generation (means over seeds)</h2>\n");
        h.append("<table><tr><th class=\"l\">generator</th><th class=\"l\">learner</th><th class=\"l\">mode</th>"
                + "<th class=\"l\">alpha</th><th>seeds</th><th>T</th><th>entropy 0</th><th>entropy T</th>"
                + "<th>support 0</th><th>support T</th><th>TV 0</th><th>TV T</th><th>mechanism T</th>"
                + "<th>agreement T</th></tr>\n");
        for (Aggregate.Group g : a.groups()) {
            int t = g.generations();
            h.append("<tr><td class=\"l\">").append(esc(g.generator())).append("</td><td class=\"l\">")
                    .append(esc(g.learner())).append("</td><td class=\"l\">").append(esc(g.mode()))
                    .append("</td><td class=\"l\">").append(esc(g.alpha())).append("</td><td>").append(g.seeds())
                    .append("</td><td>").append(t).append("</td><td>").append(num(g.mean("entropy")[0]))
                    .append("</td><td>").append(num(g.mean("entropy")[t])).append("</td><td>")
                    .append(num(g.mean("support")[0])).append("</td><td>").append(num(g.mean("support")[t]))
                    .append("</td><td>").append(num(g.mean("tv_to_truth")[0])).append("</td><td>")
                    .append(num(g.mean("tv_to_truth")[t])).append("</td><td>")
                    .append(num(g.mean("mechanism_recovered")[t])).append("</td><td>")
                    .append(num(g.mean("behaviour_agreement")[t])).append("</td></tr>\n");
        }
        h.append("</table>\n");
        String section = null;
        for (Plots.Plot p : plots) {
            if (!p.section().equals(section)) {
                section = p.section();
                h.append("<h2>").append(esc(section)).append("</h2>\n");
            }
            h.append("<figure><img alt=\"").append(esc(p.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(p.png())).append("\">\n<figcaption>")
                    .append(esc(p.caption())).append(" <a href=\"").append(esc(p.file())).append(".svg\">SVG</a>, <a href=\"")
                    .append(esc(p.file())).append(".png\">PNG</a></figcaption></figure>\n");
        }
        if (!notes.isEmpty()) {
            h.append("<h2>How to read this, honestly</h2>\n<ul>\n");
            for (String n : notes) {
                h.append("<li>").append(esc(n)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 || Math.abs(v) < 1e-3 && v != 0 ? "%.3g" : "%.4f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
