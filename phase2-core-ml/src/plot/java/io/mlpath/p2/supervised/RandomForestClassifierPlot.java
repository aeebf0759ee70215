package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.DecisionRegions;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.Locale;

/**
 * Your random forest's decision regions on Iris's sepal measurements, with one tree and with 100
 * (otherwise the same settings): a single deep tree on one bootstrap sample carves jagged boxes
 * around single flowers, while the vote of 100 such trees, each on its own sample, smooths the
 * borders (bagging lowers variance), and the out-of-bag accuracy in the titles rises with it.
 */
@Challenge("p2.supervised.random-forest")
public final class RandomForestClassifierPlot implements Plot {

    private static final int MAX_DEPTH = 10;

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] sepals = new double[iris.size()][];
        for (int i = 0; i < sepals.length; i++) {
            sepals[i] = new double[] {iris.features()[i][0], iris.features()[i][1]};
        }
        for (int trees : new int[] {1, 100}) {
            RandomForestClassifier forest = new RandomForestClassifier(trees, RandomForestClassifier.SQRT_FEATURES,
                    MAX_DEPTH, 1, 42).fit(sepals, iris.labels());
            String noun = trees == 1 ? "tree" : "trees";
            String title = String.format(Locale.ROOT,
                    "Random forest of %d %s on Iris sepals (out-of-bag accuracy %.2f)", trees, noun, forest.oobScore());
            figures.save("iris-forest-" + trees + "-" + noun, DecisionRegions.chart(title, "sepal length (cm)",
                    "sepal width (cm)", sepals, iris.labels(), iris.classNames(), forest::predict));
        }
    }
}
