package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;

/**
 * Your k-NN classifier's decision regions on Iris's petal measurements, for {@code k = 1} and
 * {@code k = 15}: with one neighbour every training flower claims its own patch and the border is
 * ragged (low bias, high variance); fifteen neighbours smooth it.
 */
@Challenge("p2.supervised.knn")
public final class KnnClassifierPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] petals = new double[iris.size()][];
        for (int i = 0; i < petals.length; i++) {
            petals[i] = new double[] {iris.features()[i][2], iris.features()[i][3]};
        }
        for (int k : new int[] {1, 15}) {
            KnnClassifier model = new KnnClassifier(k, false).fit(petals, iris.labels());
            figures.save("iris-knn-" + k, DecisionRegions.chart("k-NN (k = " + k + ") on Iris petals",
                    "petal length (cm)", "petal width (cm)", petals, iris.labels(), iris.classNames(), model::predict));
        }
    }
}
