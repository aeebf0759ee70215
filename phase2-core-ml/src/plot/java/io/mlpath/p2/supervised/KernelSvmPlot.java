package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;

/**
 * Your RBF-kernel SVM separating Iris versicolor from the other two species on standardised petal
 * measurements: versicolor sits between them, so no straight line works, while the kernel's
 * border curves round it. Ringed points are the support vectors (nonzero alphas); only they
 * shape the border.
 */
@Challenge("p2.supervised.svm")
public final class KernelSvmPlot implements Plot {

    /** An open ring around a point. */
    private static final Marker RING = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int markerSize) {
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
        }
    };

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] x = standardisedPetals(iris.features());
        int[] versicolor = new int[iris.size()];
        for (int i = 0; i < versicolor.length; i++) {
            versicolor[i] = iris.labels()[i] == 1 ? 1 : 0;
        }
        KernelSvm svm = new KernelSvm(KernelSvm.Kernel.rbf(1.0), 10, 1e-3, 10, 42).fit(x, versicolor);
        int[] support = svm.supportVectorIndices();
        XYChart chart = DecisionRegions.chart("RBF-kernel SVM (γ = 1, C = 10): versicolor against the rest",
                "petal length (standard deviations)", "petal width (standard deviations)", x, versicolor,
                List.of("setosa or virginica", "versicolor"), svm::predict);
        double[] sx = new double[support.length];
        double[] sy = new double[support.length];
        for (int s = 0; s < support.length; s++) {
            sx[s] = x[support[s]][0];
            sy[s] = x[support[s]][1];
        }
        chart.addSeries(support.length + " support vectors", sx, sy).setMarker(RING).setMarkerColor(Color.BLACK);
        figures.save("iris-svm-regions", chart);
    }

    /** Petal length and width (columns 2 and 3) as z-scores. */
    private static double[][] standardisedPetals(double[][] features) {
        double[][] x = new double[features.length][2];
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (double[] row : features) {
                mean += row[j + 2] / features.length;
            }
            double variance = 0;
            for (double[] row : features) {
                variance += (row[j + 2] - mean) * (row[j + 2] - mean) / features.length;
            }
            for (int i = 0; i < features.length; i++) {
                x[i][j] = (features[i][j + 2] - mean) / Math.sqrt(variance);
            }
        }
        return x;
    }
}
