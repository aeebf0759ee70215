package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;

/**
 * Your decision tree's regions on Iris's sepal measurements, at depth 2 and depth 6: every split
 * is a threshold on one feature, so the borders are axis-parallel staircases, and the deeper tree
 * carves small boxes around single flowers (over-fitting).
 */
@Challenge("p2.supervised.decision-tree")
public final class DecisionTreeClassifierPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] sepals = new double[iris.size()][];
        for (int i = 0; i < sepals.length; i++) {
            sepals[i] = new double[] {iris.features()[i][0], iris.features()[i][1]};
        }
        for (int depth : new int[] {2, 6}) {
            DecisionTreeClassifier tree = new DecisionTreeClassifier(DecisionTreeClassifier.Criterion.GINI, depth, 1)
                    .fit(sepals, iris.labels());
            figures.save("iris-tree-depth-" + depth, DecisionRegions.chart("Decision tree (Gini, depth " + depth
                    + ", " + tree.leafCount() + " leaves) on Iris sepals", "sepal length (cm)", "sepal width (cm)",
                    sepals, iris.labels(), iris.classNames(), tree::predict));
        }
    }
}
