package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Your DBSCAN on Iris's sepal measurements (eps = 0.3 cm, minPts = 5): clusters grow through
 * dense regions, whatever their shape; core points are filled circles, border points hollow
 * diamonds, and points in no dense region are noise (black crosses). The number of clusters is
 * found, not given.
 */
@Challenge("p2.unsupervised.dbscan")
public final class DbscanPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] sepals = new double[iris.size()][];
        for (int i = 0; i < sepals.length; i++) {
            sepals[i] = new double[] {iris.features()[i][0], iris.features()[i][1]};
        }
        Dbscan dbscan = new Dbscan(0.3, 5).fit(sepals);
        int[] labels = dbscan.labels();
        Dbscan.PointType[] types = dbscan.pointTypes();
        XYChart chart = Charts.xy("DBSCAN (eps = 0.3 cm, minPts = 5) on Iris sepals: " + dbscan.clusterCount()
                + " clusters", "sepal length (cm)", "sepal width (cm)");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        for (int c = 0; c < dbscan.clusterCount(); c++) {
            for (Dbscan.PointType type : List.of(Dbscan.PointType.CORE, Dbscan.PointType.BORDER)) {
                List<double[]> points = select(sepals, labels, types, c, type);
                if (!points.isEmpty()) {
                    chart.addSeries("cluster " + (c + 1) + " " + type.name().toLowerCase(), xs(points), ys(points))
                            .setMarker(type == Dbscan.PointType.CORE ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND)
                            .setMarkerColor(type == Dbscan.PointType.CORE ? Charts.color(c) : Charts.pale(c));
                }
            }
        }
        List<double[]> noise = select(sepals, labels, types, Dbscan.NOISE, Dbscan.PointType.NOISE);
        if (!noise.isEmpty()) {
            chart.addSeries("noise (" + noise.size() + " flowers)", xs(noise), ys(noise))
                    .setMarker(SeriesMarkers.CROSS).setMarkerColor(Color.BLACK);
        }
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        figures.save("iris-dbscan-clusters", chart);
    }

    private static List<double[]> select(double[][] x, int[] labels, Dbscan.PointType[] types, int label,
                                         Dbscan.PointType type) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (labels[i] == label && types[i] == type) {
                out.add(x[i]);
            }
        }
        return out;
    }

    private static double[] xs(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[0]).toArray();
    }

    private static double[] ys(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[1]).toArray();
    }
}
