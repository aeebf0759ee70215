package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Your Gaussian mixture (3 diagonal components) on Iris's petal measurements: each flower
 * coloured by its most probable component, and each component drawn as its mean with the 1σ and
 * 2σ ellipses of its diagonal covariance (axis-aligned, since the covariances are diagonal).
 */
@Challenge("p2.unsupervised.gmm")
public final class GaussianMixturePlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] petals = new double[iris.size()][];
        for (int i = 0; i < petals.length; i++) {
            petals[i] = new double[] {iris.features()[i][2], iris.features()[i][3]};
        }
        GaussianMixture gmm = new GaussianMixture(3, 200, 1e-6, 1e-6, 42).fit(petals);
        int[] labels = gmm.predict(petals);
        double[][] means = gmm.means();
        double[][] variances = gmm.variances();
        double[] weights = gmm.weights();

        XYChart chart = Charts.xy("Gaussian mixture (3 diagonal components) on Iris petals", "petal length (cm)",
                "petal width (cm)");
        chart.getStyler().setMarkerSize(6);
        for (int k = 0; k < means.length; k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < petals.length; i++) {
                if (labels[i] == k) {
                    xs.add(petals[i][0]);
                    ys.add(petals[i][1]);
                }
            }
            if (!xs.isEmpty()) {
                chart.addSeries(String.format("component %d (weight %.2f)", k + 1, weights[k]), xs, ys)
                        .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarkerColor(Charts.color(k));
            }
            for (int sigmas = 1; sigmas <= 2; sigmas++) {
                double[] ex = new double[101];
                double[] ey = new double[101];
                for (int t = 0; t <= 100; t++) {
                    double angle = 2 * Math.PI * t / 100;
                    ex[t] = means[k][0] + sigmas * Math.sqrt(variances[k][0]) * Math.cos(angle);
                    ey[t] = means[k][1] + sigmas * Math.sqrt(variances[k][1]) * Math.sin(angle);
                }
                XYSeries ellipse = chart.addSeries("component " + (k + 1) + " " + sigmas + "σ", ex, ey);
                ellipse.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                        .setLineColor(Charts.color(k)).setLineStyle(new BasicStroke(sigmas == 1 ? 2f : 1f));
                ellipse.setShowInLegend(false);
            }
        }
        double[] mx = new double[means.length];
        double[] my = new double[means.length];
        for (int k = 0; k < means.length; k++) {
            mx[k] = means[k][0];
            my[k] = means[k][1];
        }
        chart.addSeries("means", mx, my).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                .setMarker(SeriesMarkers.DIAMOND).setMarkerColor(Color.BLACK);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        figures.save("iris-gmm-components", chart);
    }
}
