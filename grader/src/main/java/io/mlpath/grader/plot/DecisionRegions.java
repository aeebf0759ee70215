package io.mlpath.grader.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A classifier's decision regions on two features: the model predicts every point of a
 * {@value #GRID}×{@value #GRID} grid over the data, each grid point is painted in a pale tint of
 * its predicted class, and the data points are drawn on top in the full colour of their true class.
 *
 * <p>Where a data point's colour differs from the region under it, the model gets that point
 * wrong; straight borders mean a linear model, staircase borders a tree, ragged islands an
 * over-fitted k-NN.
 *
 * <pre>{@code
 * XYChart chart = DecisionRegions.chart("k-NN (k = 15) on Iris", "petal length (cm)", "petal width (cm)",
 *         x2, iris.labels(), iris.classNames(), grid -> knn.predict(grid));
 * }</pre>
 */
public final class DecisionRegions {

    /** Grid points along each axis. */
    public static final int GRID = 150;

    /** Paints one grid cell as a filled square a little larger than the cell, so the cells tile without gaps. */
    private static final Marker CELL = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int markerSize) {
            g.fill(new Rectangle2D.Double(x - 3, y - 3, 6, 6));
        }
    };

    private DecisionRegions() {
    }

    /**
     * The regions of {@code predict} behind the points {@code x} (two columns) coloured by {@code labels}.
     *
     * @param predict    the model: class indices for the rows of a {@code m × 2} grid
     * @param classNames names of the classes, indexed by label, for the legend
     */
    public static XYChart chart(String title, String xAxisTitle, String yAxisTitle, double[][] x, int[] labels,
                                List<String> classNames, Function<double[][], int[]> predict) {
        double[] xs = column(x, 0);
        double[] ys = column(x, 1);
        double[] xRange = padded(xs);
        double[] yRange = padded(ys);
        double[][] grid = new double[GRID * GRID][];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                grid[i * GRID + j] = new double[] {
                    xRange[0] + (xRange[1] - xRange[0]) * i / (GRID - 1),
                    yRange[0] + (yRange[1] - yRange[0]) * j / (GRID - 1)};
            }
        }
        int[] predicted = predict.apply(grid);
        XYChart chart = Charts.xy(title, xAxisTitle, yAxisTitle);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]).setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setPlotGridLinesVisible(false);
        for (int c = 0; c < classNames.size(); c++) {
            List<double[]> cells = rows(grid, predicted, c);
            if (!cells.isEmpty()) {
                XYSeries region = chart.addSeries("region " + classNames.get(c), column(cells, 0), column(cells, 1));
                region.setMarker(CELL).setMarkerColor(Charts.pale(c));
                region.setShowInLegend(false);
            }
        }
        for (int c = 0; c < classNames.size(); c++) {
            List<double[]> points = rows(x, labels, c);
            if (!points.isEmpty()) {
                chart.addSeries(classNames.get(c), column(points, 0), column(points, 1))
                        .setMarker(SeriesMarkers.CIRCLE).setMarkerColor(Charts.color(c));
            }
        }
        return chart;
    }

    private static List<double[]> rows(double[][] x, int[] labels, int label) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (labels[i] == label) {
                out.add(x[i]);
            }
        }
        return out;
    }

    private static double[] column(double[][] x, int j) {
        return column(List.of(x), j);
    }

    private static double[] column(List<double[]> rows, int j) {
        return rows.stream().mapToDouble(r -> r[j]).toArray();
    }

    /** The range of {@code v} widened by 5% on each side. */
    private static double[] padded(double[] v) {
        double lo = Arrays.stream(v).min().orElse(0);
        double hi = Arrays.stream(v).max().orElse(1);
        double pad = Math.max(hi - lo, 1e-9) * 0.05;
        return new double[] {lo - pad, hi + pad};
    }
}
