package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;

/**
 * Your Gaussian naive Bayes's decision regions on Iris's sepal measurements: each class is an
 * axis-aligned Gaussian with its own variances, so the borders between classes are curves
 * (quadratic in the features), not the straight lines of a linear model.
 */
@Challenge("p2.supervised.naive-bayes")
public final class GaussianNaiveBayesPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] sepals = new double[iris.size()][];
        for (int i = 0; i < sepals.length; i++) {
            sepals[i] = new double[] {iris.features()[i][0], iris.features()[i][1]};
        }
        GaussianNaiveBayes model = new GaussianNaiveBayes(1e-9).fit(sepals, iris.labels());
        figures.save("iris-gaussian-naive-bayes", DecisionRegions.chart("Gaussian naive Bayes on Iris sepals",
                "sepal length (cm)", "sepal width (cm)", sepals, iris.labels(), iris.classNames(), model::predict));
    }
}
