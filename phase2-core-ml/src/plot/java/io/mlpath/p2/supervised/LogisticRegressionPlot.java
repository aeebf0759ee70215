package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.List;

/**
 * Your logistic regression's decision regions on two standardised Breast Cancer features (mean
 * radius, mean texture): the border {@code w·x + b = 0} is a straight line, and the tumours on
 * the wrong side of it are the model's mistakes.
 */
@Challenge("p2.supervised.logistic-regression")
public final class LogisticRegressionPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData cancer = Datasets.breastCancer();
        double[][] x = standardised(cancer.features(), 0, 1);
        int[] malignant = new int[cancer.size()];
        for (int i = 0; i < malignant.length; i++) {
            malignant[i] = cancer.labels()[i] == 0 ? 1 : 0;
        }
        LogisticRegression model = new LogisticRegression(1.0).fit(x, malignant);
        figures.save("breast-cancer-logistic-regions", DecisionRegions.chart(
                "Logistic regression (C = 1) on two Breast Cancer features", "mean radius (standard deviations)",
                "mean texture (standard deviations)", x, malignant, List.of("benign", "malignant"), model::predict));
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
