package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Your softmax regression's three-class decision regions on Iris's standardised petal
 * measurements: the border between classes {@code j} and {@code k} is where their logits tie,
 * {@code (W_j − W_k)·x + b_j − b_k = 0}, a straight line, so the plane is cut into three convex
 * wedges.
 */
@Challenge("p2.supervised.softmax-regression")
public final class SoftmaxRegressionPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] x = standardised(iris.features(), 2, 3);
        SoftmaxRegression model = new SoftmaxRegression(10, 0.5, 5_000, 1e-6).fit(x, iris.labels());
        XYChart chart = DecisionRegions.chart("Softmax regression (C = 10, " + model.iterations()
                + " gradient steps) on Iris petals", "petal length (standard deviations)",
                "petal width (standard deviations)", x, iris.labels(), iris.classNames(), model::predict);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        figures.save("iris-softmax-regions", chart);
    }

    /** Columns {@code a} and {@code b} of {@code features} as z-scores. */
    private static double[][] standardised(double[][] features, int a, int b) {
        double[][] x = new double[features.length][2];
        int[] columns = {a, b};
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (double[] row : features) {
                mean += row[columns[j]] / features.length;
            }
            double variance = 0;
            for (double[] row : features) {
                variance += (row[columns[j]] - mean) * (row[columns[j]] - mean) / features.length;
            }
            for (int i = 0; i < features.length; i++) {
                x[i][j] = (features[i][columns[j]] - mean) / Math.sqrt(variance);
            }
        }
        return x;
    }
}
