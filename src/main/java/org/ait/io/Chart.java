package org.ait.io;

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

/** An x-y chart (JFreeChart) of lines and points, written as PNG and SVG, alone or several side by side. */
public final class Chart {

    /** How a series is drawn. */
    public enum Style {
        /** A solid line. */
        LINE,
        /** A solid line with a marker at each point. */
        LINE_AND_POINTS,
        /** A dashed black line: a closed form, an exact reference. */
        CLOSED_FORM,
        /** Markers only: observations. */
        POINTS
    }

    /** One series. */
    public record Series(String name, double[] x, double[] y, Style style) {

        /** A measured line (with markers when {@code points}) or a closed form (dashed). */
        public Series(String name, double[] x, double[] y, boolean closedForm, boolean points) {
            this(name, x, y, closedForm ? Style.CLOSED_FORM : points ? Style.LINE_AND_POINTS : Style.LINE);
        }

        boolean closedForm() {
            return style == Style.CLOSED_FORM;
        }
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
    private boolean legend = true;
    private double logSmallest = 1e-6;
    private boolean integerX;

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

    /** Whole-number ticks on the x axis (an index: problem 1, 2, 3, not 1.2). */
    public Chart integerX() {
        this.integerX = true;
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
            renderer.setSeriesShapesVisible(i, s.style() == Style.LINE_AND_POINTS || s.style() == Style.POINTS);
            renderer.setSeriesLinesVisible(i, s.style() != Style.POINTS);
            if (s.style() == Style.POINTS) {
                renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            }
            i++;
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        if (integerX) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis y;
        if (logY) {
            LogAxis log = new LogAxis(yLabel);
            log.setSmallestValue(logSmallest);
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
        // Later series on top: a highlighted point stays visible over the line it belongs to.
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            LegendTitle items = chart.getLegend();
            items.setPosition(RectangleEdge.RIGHT);
            items.setItemFont(new Font("SansSerif", Font.PLAIN, 10));
        }
        return chart;
    }

    /** Several charts side by side in one PNG, each {@code width} wide. */
    public static byte[] png(List<Chart> charts, int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width * charts.size(), height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).build().draw(g, new Rectangle(i * width, 0, width, height));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Several charts side by side in one SVG document. */
    public static String svg(List<Chart> charts, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width * charts.size(), height);
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).build().draw(g, new Rectangle(i * width, 0, width, height));
        }
        return g.getSVGDocument();
    }

    /** The smallest value a logarithmic y axis shows (default 1e-6). */
    public Chart logSmallest(double v) {
        this.logSmallest = v;
        return this;
    }

    /** Hides the legend (a chart of one series needs none). */
    public Chart noLegend() {
        this.legend = false;
        return this;
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
