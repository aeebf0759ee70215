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
 * Your k-means (k = 3) on Iris's petal measurements, without the labels: points coloured by the
 * cluster it found, its centroids as black diamonds, and the inertia after each iteration (it
 * never rises: each assignment and update step can only lower it).
 */
@Challenge("p2.unsupervised.kmeans")
public final class KMeansPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] petals = new double[iris.size()][];
        for (int i = 0; i < petals.length; i++) {
            petals[i] = new double[] {iris.features()[i][2], iris.features()[i][3]};
        }
        KMeans kMeans = new KMeans(3, 100, 1e-6, 42).fit(petals);
        int[] labels = kMeans.labels();
        double[][] centroids = kMeans.centroids();
        double[] history = kMeans.inertiaHistory();

        XYChart clusters = Charts.xy("k-means (k = 3) clusters of Iris petals", "petal length (cm)", "petal width (cm)");
        clusters.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        for (int c = 0; c < centroids.length; c++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < petals.length; i++) {
                if (labels[i] == c) {
                    xs.add(petals[i][0]);
                    ys.add(petals[i][1]);
                }
            }
            if (!xs.isEmpty()) {
                clusters.addSeries("cluster " + (c + 1) + " (" + xs.size() + " flowers)", xs, ys);
            }
        }
        double[] cx = new double[centroids.length];
        double[] cy = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            cx[c] = centroids[c][0];
            cy[c] = centroids[c][1];
        }
        clusters.addSeries("centroids", cx, cy).setMarker(SeriesMarkers.DIAMOND).setMarkerColor(Color.BLACK);
        clusters.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        figures.save("iris-kmeans-clusters", clusters);

        XYChart inertia = Charts.xy("k-means inertia on Iris petals, per iteration", "iteration",
                "inertia (sum of squared distances, cm²)");
        double[] iterations = new double[history.length];
        for (int t = 0; t < history.length; t++) {
            iterations[t] = t + 1;
        }
        inertia.addSeries("inertia", iterations, history);
        figures.save("iris-kmeans-inertia", inertia);
    }
}
