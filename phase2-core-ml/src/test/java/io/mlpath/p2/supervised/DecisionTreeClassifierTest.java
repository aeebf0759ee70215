package io.mlpath.p2.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p2.supervised.DecisionTreeClassifier.Criterion;
import io.mlpath.p2.supervised.DecisionTreeClassifier.Split;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the CART classification tree. */
@Challenge("p2.supervised.decision-tree")
class DecisionTreeClassifierTest {

    @Test
    @Points(1)
    @DisplayName("Iris has 50 flowers of each of 3 species: Gini 1 − 3·(1/3)² = 0.6667, entropy log₂ 3 = 1.585 bits")
    void impurityOfIris() {
        int[] counts = {50, 50, 50};

        ArrayAssertions.assertClose("Gini impurity of {50, 50, 50}", 2.0 / 3,
                DecisionTreeClassifier.impurity(counts, Criterion.GINI), Tolerance.absolute(1e-12),
                "Gini = 1 − Σ pₖ² with pₖ = countₖ / total");
        ArrayAssertions.assertClose("entropy of {50, 50, 50}", Math.log(3) / Math.log(2),
                DecisionTreeClassifier.impurity(counts, Criterion.ENTROPY), Tolerance.absolute(1e-12),
                "entropy = −Σ pₖ log₂ pₖ, in bits (log base 2)");
    }

    @Test
    @Points(2)
    @DisplayName("the Iris root split separates setosa: petal length ≤ 2.45, child Gini (50/150)·0 + (100/150)·0.5 "
            + "= 0.3333, gain 0.3333")
    void irisRootSplit() {
        ClassificationData iris = Datasets.iris();
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 3, 1)
                .fit(iris.features(), iris.labels());

        Split root = tree.rootSplit().orElseThrow();
        ArrayAssertions.assertClose("root impurity", 2.0 / 3, root.impurity(), Tolerance.absolute(1e-12),
                "the root holds all 150 rows, 50 per class");
        ArrayAssertions.assertClose("weighted child impurity", 1.0 / 3, root.childImpurity(),
                Tolerance.absolute(1e-12), "weight each child's impurity by its share of the rows: n_L/n and n_R/n");
        ArrayAssertions.assertClose("gain", 1.0 / 3, root.gain(), Tolerance.absolute(1e-12),
                "gain = impurity − childImpurity");
        // Petal width ≤ 0.8 has the same gain; the tie rule (lowest feature index first) picks petal length.
        assertThat(root.feature()).as("root feature (2 = petal length; the tie with feature 3 goes to the lower index)")
                .isEqualTo(2);
        ArrayAssertions.assertClose("root threshold", 2.45, root.threshold(), Tolerance.absolute(1e-12),
                "the threshold is the midpoint of the largest setosa petal length (1.9) and the smallest other (3.0)");
    }

    @Test
    @Points(1)
    @DisplayName("x = {1, 2, 10, 11} with classes {0, 0, 1, 1}: the threshold is the midpoint 6, and x = 6 goes left")
    void midpointThreshold() {
        double[][] x = {{1}, {2}, {10}, {11}};
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 5, 1).fit(x, new int[] {0, 0, 1, 1});

        ArrayAssertions.assertClose("root threshold", 6.0, tree.rootSplit().orElseThrow().threshold(),
                Tolerance.absolute(1e-12), "(2 + 10) / 2");
        assertThat(tree.predict(new double[][] {{6}, {6.5}, {-100}, {100}}))
                .as("classes of x = 6 (≤ 6: left), 6.5, −100, 100").containsExactly(0, 1, 0, 1);
    }
}
