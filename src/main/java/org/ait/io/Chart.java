package org.ait.collapse.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ait.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** A line chart (JFreeChart), written as PNG and SVG. */
public final class Chart {

    /** One line: measured (solid, with markers when {@code points}) or a closed form (dashed). */
    public record Series(String name, double[] x, double[] y, boolean closedForm, boolean points) {
    }

    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79), new Color(0x637939)};

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logY;
    private final List<Series> series = new ArrayList<>();
    private double[] yRange;

    public Chart(String title, String xLabel, String yLabel, boolean logY) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logY = logY;
    }

    public Chart add(Series s) {
        series.add(s);
        return this;
    }

    /** A fixed y range (for fractions), instead of one fitted to the data. */
    public Chart yRange(double lo, double hi) {
        this.yRange = new double[] {lo, hi};
        return this;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    JFreeChart build() {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int colour = 0;
        int i = 0;
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int j = 0; j < s.x().length; j++) {
                double y = s.y()[j];
                if (Double.isFinite(y) && (!logY || y > 0)) {
                    xy.add(s.x()[j], y);
                }
            }
            data.addSeries(xy);
            Color c = s.closedForm() ? Color.BLACK : PALETTE[colour++ % PALETTE.length];
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesStroke(i, s.closedForm()
                    ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(1.8f));
            renderer.setSeriesShapesVisible(i, s.points());
            i++;
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y;
        if (logY) {
            LogAxis log = new LogAxis(yLabel);
            log.setSmallestValue(1e-6);
            XYPlot plot = new XYPlot(data, x, log, renderer);
            return finish(plot);
        }
        y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        // A flat line (a mechanism kept in every seed) would otherwise get a range of 1e-8 and labels all alike.
        y.setAutoRangeMinimumSize(1e-3);
        if (yRange != null) {
            y.setRange(yRange[0], yRange[1]);
        }
        return finish(new XYPlot(data, x, y, renderer));
    }

    private JFreeChart finish(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(new Font("SansSerif", Font.PLAIN, 10));
        return chart;
    }

    /** PNG bytes of the chart. */
    public byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, build(), width, height);
        return out.toByteArray();
    }

    /** SVG text of the chart. */
    public String svg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        build().draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes {@code base}.png and {@code base}.svg atomically; returns the PNG bytes. */
    public byte[] write(Path dir, String base, int width, int height) throws IOException {
        byte[] png = png(width, height);
        AtomicFiles.write(dir.resolve(base + ".png"), png);
        AtomicFiles.write(dir.resolve(base + ".svg"), svg(width, height).getBytes(StandardCharsets.UTF_8));
        return png;
    }
}
