package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import io.mlpath.p2.supervised.DecisionTreeClassifier.Criterion;
import io.mlpath.p2.supervised.DecisionTreeClassifier.Split;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Hidden tests of the CART classification tree.
 *
 * <p>Oracles: closed forms (Gini and entropy of small count vectors, the Iris root split, hand-worked
 * 1-D examples); scikit-learn 1.2.1's {@code DecisionTreeClassifier} (fixture
 * {@code decision-tree-breast-cancer.json}, checked tie-free by its script) for feature importances,
 * tree shape and predictions; Smile 3.1.1's {@code DecisionTree} as the held-out accuracy baseline
 * on seeded stratified 70/30 splits.
 */
@Challenge("p2.supervised.decision-tree")
class DecisionTreeClassifierGradingTest {

    /** How far below Smile's mean held-out accuracy (over {@value #SPLITS} splits) the learner may be. */
    private static final double ACCURACY_MARGIN = 0.03;
    private static final int SPLITS = 5;

    private static final String WEIGHTING = "Are the children's impurities weighted by their share of the rows, "
            + "childImpurity = (n_L/n)·I(left) + (n_R/n)·I(right)? A plain average (I(left) + I(right))/2 "
            + "favours peeling off a few pure rows.";

    private static Fixture sklearn;
    private static double[][] cancerX;
    private static int[] cancerY;

    @BeforeAll
    static void load() {
        sklearn = Fixture.load(DecisionTreeClassifierGradingTest.class, "decision-tree-breast-cancer.json");
        ClassificationData cancer = Datasets.breastCancer();
        double[] columns = sklearn.vector("columns");
        cancerX = new double[cancer.size()][columns.length];
        for (int i = 0; i < cancer.size(); i++) {
            for (int k = 0; k < columns.length; k++) {
                cancerX[i][k] = cancer.features()[i][(int) columns[k]];
            }
        }
        cancerY = cancer.labels();
    }

    @Test
    @Points(3)
    @DisplayName("impurity matches the closed forms: Gini {1, 3} = 0.375, {1, 1} = 0.5, {7} = 0; entropy {1, 3} = "
            + "0.8113 bits, {5, 0, 5} = 1 (an empty class adds 0, not NaN), {7} = 0")
    void impurityClosedForms() {
        double q = 0.25;
        expectImpurity(new int[] {1, 3}, Criterion.GINI, 1 - q * q - (1 - q) * (1 - q), "Gini = 1 − Σ pₖ²");
        expectImpurity(new int[] {1, 1}, Criterion.GINI, 0.5, "Gini = 1 − (½² + ½²)");
        expectImpurity(new int[] {7}, Criterion.GINI, 0.0, "a pure node has impurity 0");
        expectImpurity(new int[] {1, 3}, Criterion.ENTROPY, -(q * log2(q) + (1 - q) * log2(1 - q)),
                "entropy = −Σ pₖ log₂ pₖ in bits: is the logarithm base 2 (divide Math.log by Math.log(2))?");
        expectImpurity(new int[] {5, 0, 5}, Criterion.ENTROPY, 1.0,
                "skip classes with count 0: 0·log 0 is taken as 0, but Java computes 0 · −∞ = NaN");
        expectImpurity(new int[] {7}, Criterion.ENTROPY, 0.0, "a pure node has entropy 0");
    }

    @Test
    @Points(3)
    @DisplayName("Gini on Iris: the root (0.6667) is split to separate setosa, weighted child impurity 0.3333, gain "
            + "0.3333 (petal length ≤ 2.45 and petal width ≤ 0.8 tie; either is accepted)")
    void irisRootSplitGini() {
        ClassificationData iris = Datasets.iris();
        Split root = rootOf(new DecisionTreeClassifier(Criterion.GINI, 3, 1).fit(iris.features(), iris.labels()));

        ArrayAssertions.assertClose("Iris root Gini impurity", 2.0 / 3, root.impurity(), Tolerance.absolute(1e-9),
                "50 rows of each of 3 classes: 1 − 3·(1/3)²");
        ArrayAssertions.assertClose("Iris root weighted child Gini", 1.0 / 3, root.childImpurity(),
                Tolerance.absolute(1e-9), "the setosa split has children 0 (50 rows) and 0.5 (100 rows): "
                        + "(50/150)·0 + (100/150)·0.5. " + WEIGHTING);
        ArrayAssertions.assertClose("Iris root gain", 1.0 / 3, root.gain(), Tolerance.absolute(1e-9), WEIGHTING);
        expectSetosaSplit(root);
    }

    @Test
    @Points(2)
    @DisplayName("entropy on Iris: the root (log₂ 3 = 1.585 bits) is split to separate setosa, weighted child "
            + "entropy (100/150)·1 = 0.6667, gain 0.9183")
    void irisRootSplitEntropy() {
        ClassificationData iris = Datasets.iris();
        Split root = rootOf(new DecisionTreeClassifier(Criterion.ENTROPY, 3, 1).fit(iris.features(), iris.labels()));

        ArrayAssertions.assertClose("Iris root entropy", log2(3), root.impurity(), Tolerance.absolute(1e-9),
                "entropy in bits: −3·(1/3)·log₂(1/3) = log₂ 3; natural logs would give ln 3 = 1.0986");
        ArrayAssertions.assertClose("Iris root weighted child entropy", 2.0 / 3, root.childImpurity(),
                Tolerance.absolute(1e-9), "children: 0 bits (50 setosa) and 1 bit (50 + 50). " + WEIGHTING);
        ArrayAssertions.assertClose("Iris root gain (information gain)", log2(3) - 2.0 / 3, root.gain(),
                Tolerance.absolute(1e-9), WEIGHTING);
        expectSetosaSplit(root);
    }

    @Test
    @Points(4)
    @DisplayName("weights children by size: x = 1…6, y = (0, 0, 0, 1, 0, 1) splits at x ≤ 3.5 (child Gini "
            + "(3/6)·0 + (3/6)·(4/9) = 2/9, gain 4/9 − 2/9), not at 5.5, which an unweighted average prefers")
    void childImpuritiesAreWeightedBySize() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        Split root = rootOf(new DecisionTreeClassifier(Criterion.GINI, 1, 1).fit(x, new int[] {0, 0, 0, 1, 0, 1}));

        if (Math.abs(root.threshold() - 3.5) > 1e-9 || Math.abs(root.childImpurity() - 2.0 / 9) > 1e-9) {
            throw Failure.of("wrong root split of x = 1…6, y = (0, 0, 0, 1, 0, 1)")
                    .expected("x ≤ 3.5 with childImpurity 2/9 = " + 2.0 / 9 + ", gain " + 2.0 / 9)
                    .actual("x ≤ " + root.threshold() + " with childImpurity " + root.childImpurity() + ", gain "
                            + root.gain())
                    .line("candidates", "x ≤ 3.5: (3/6)·0 + (3/6)·(4/9) = 0.2222; x ≤ 5.5: (5/6)·(8/25) + (1/6)·0 "
                            + "= 0.2667; an unweighted average would score 5.5 as (8/25 + 0)/2 = 0.16 and pick it")
                    .likelyMistake(WEIGHTING)
                    .error();
        }
        ArrayAssertions.assertClose("gain of the root split", 4.0 / 9 - 2.0 / 9, root.gain(),
                Tolerance.absolute(1e-9), "root Gini 1 − (4/6)² − (2/6)² = 4/9, minus the weighted child Gini 2/9");
    }

    @Test
    @Points(4)
    @DisplayName("Gini, max depth 4, min 10 rows per leaf on Breast Cancer (10 mean features): the same importances "
            + "(1e-9), leaves, depth and predictions as scikit-learn's DecisionTreeClassifier")
    void matchesSklearnGini() {
        expectSklearnTree("gini", Criterion.GINI);
    }

    @Test
    @Points(3)
    @DisplayName("entropy, max depth 5, min 10 rows per leaf on Breast Cancer (10 mean features): the same "
            + "importances (1e-9), leaves, depth and predictions as scikit-learn's DecisionTreeClassifier")
    void matchesSklearnEntropy() {
        expectSklearnTree("entropy", Criterion.ENTROPY);
    }

    @Test
    @Points(4)
    @DisplayName("on Breast Cancer the mean held-out accuracy over 5 seeded stratified 70/30 splits is at least "
            + "Smile's DecisionTree (Gini) mean − 0.03 (yours: Gini, max depth 20, min leaf 1)")
    void heldOutAccuracyMatchesSmileOnBreastCancer() {
        expectSmileBaseline(Datasets.breastCancer(), 1000);
    }

    @Test
    @Points(2)
    @DisplayName("on Wine the mean held-out accuracy over 5 seeded stratified 70/30 splits is at least Smile's "
            + "DecisionTree (Gini) mean − 0.03 (yours: Gini, max depth 20, min leaf 1)")
    void heldOutAccuracyMatchesSmileOnWine() {
        expectSmileBaseline(Datasets.wine(), 2000);
    }

    @Test
    @Points(2)
    @DisplayName("respects maxDepth: on Wine depth() ≤ maxDepth for 1, 2, 3, and maxDepth = 1 gives a stump with "
            + "2 leaves")
    void respectsMaxDepth() {
        ClassificationData wine = Datasets.wine();
        for (int maxDepth = 1; maxDepth <= 3; maxDepth++) {
            DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, maxDepth, 1)
                    .fit(wine.features(), wine.labels());
            if (tree.depth() > maxDepth || (maxDepth == 1 && tree.leafCount() != 2)) {
                throw Failure.of("the tree grew past maxDepth = " + maxDepth)
                        .expected("depth ≤ " + maxDepth + (maxDepth == 1 ? " and 2 leaves" : ""))
                        .actual("depth " + tree.depth() + ", " + tree.leafCount() + " leaves")
                        .likelyMistake("the root has depth 0: stop splitting a node whose depth equals maxDepth")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("respects minSamplesLeaf: with 15, every leaf of a Breast Cancer tree receives at least 15 training "
            + "rows, and apply() numbers the leaves 0 … leafCount()−1")
    void respectsMinSamplesLeaf() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 20, 15).fit(cancerX, cancerY);
        int[] leafOf = tree.apply(cancerX);
        int[] sizes = new int[tree.leafCount()];
        for (int i = 0; i < leafOf.length; i++) {
            if (leafOf[i] < 0 || leafOf[i] >= sizes.length) {
                throw Failure.of("apply() returned a leaf index outside 0 … leafCount()−1")
                        .expected("0 … " + (sizes.length - 1)).actual(leafOf[i] + " for row " + i)
                        .likelyMistake("number the leaves 0, 1, 2, … as they are created, depth-first").error();
            }
            sizes[leafOf[i]]++;
        }
        for (int leaf = 0; leaf < sizes.length; leaf++) {
            if (sizes[leaf] < 15) {
                throw Failure.of("a leaf holds fewer training rows than minSamplesLeaf = 15")
                        .expected("every leaf ≥ 15 rows").actual("leaf " + leaf + " has " + sizes[leaf])
                        .line("leaf sizes", Arrays.toString(sizes))
                        .likelyMistake("only consider thresholds where both children keep ≥ minSamplesLeaf rows")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("a fully grown tree (max depth 50, min leaf 1) classifies every Wine training row correctly and "
            + "puts it in a pure leaf (probability 1)")
    void fullyGrownTreeFitsTheTrainingData() {
        ClassificationData wine = Datasets.wine();
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.ENTROPY, 50, 1)
                .fit(wine.features(), wine.labels());
        int[] predicted = tree.predict(wine.features());
        double[][] proba = tree.predictProba(wine.features());
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] != wine.labels()[i] || Math.abs(proba[i][wine.labels()[i]] - 1) > 1e-12) {
                throw Failure.of("a fully grown tree does not fit training row " + i + " of Wine")
                        .expected("class " + wine.labels()[i] + " with probability 1")
                        .actual("class " + predicted[i] + ", probabilities " + Arrays.toString(proba[i]))
                        .likelyMistake("Wine has no two identical rows, so splitting until every leaf is pure must "
                                + "be possible: keep splitting while the node is impure and a threshold exists")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("thresholds are midpoints of consecutive distinct values and x ≤ t goes left: x = {0, 1, 3, 7}, "
            + "y = {0, 0, 1, 1} gives t = 2, with x = 2 → 0 and x = 2.01 → 1")
    void thresholdsAreMidpoints() {
        double[][] x = {{7}, {0}, {3}, {1}, {1}};
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 3, 1).fit(x, new int[] {1, 0, 1, 0, 0});
        Split root = rootOf(tree);
        ArrayAssertions.assertClose("root threshold", 2.0, root.threshold(), Tolerance.absolute(1e-12),
                "the candidates are midpoints (a + b)/2 of consecutive distinct sorted values: (1 + 3)/2 = 2; "
                        + "sort the rows by the feature first, and skip equal neighbours");
        int[] predicted = tree.predict(new double[][] {{2}, {2.01}, {1.99}});
        if (!Arrays.equals(predicted, new int[] {0, 1, 0})) {
            throw Failure.of("the side of the threshold is wrong")
                    .expected("[0, 1, 0] for x = 2, 2.01, 1.99").actual(Arrays.toString(predicted))
                    .likelyMistake("rows with x[f] ≤ threshold go left, rows with x[f] > threshold go right").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("breaks ties as documented: with two identical columns feature 0 wins; x = 1…4, y = (0, 1, 1, 0) "
            + "ties x ≤ 1.5 and x ≤ 3.5 (child Gini 1/3) and takes 1.5")
    void breaksTiesByLowestFeatureThenThreshold() {
        double[][] twin = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
        Split byFeature = rootOf(new DecisionTreeClassifier(Criterion.GINI, 1, 1).fit(twin, new int[] {0, 0, 1, 1}));
        double[][] line = {{1}, {2}, {3}, {4}};
        Split byThreshold = rootOf(new DecisionTreeClassifier(Criterion.GINI, 1, 1).fit(line, new int[] {0, 1, 1, 0}));
        if (byFeature.feature() != 0 || Math.abs(byThreshold.threshold() - 1.5) > 1e-12) {
            throw Failure.of("ties between equally good splits were not broken by the documented rule")
                    .expected("feature 0 for identical columns; threshold 1.5 for the 1-D tie")
                    .actual("feature " + byFeature.feature() + "; threshold " + byThreshold.threshold())
                    .likelyMistake("scan features 0 … d−1 and thresholds upwards, and replace the best split only "
                            + "when a candidate's gain is larger by more than 1e-12 (use >, not ≥)")
                    .error();
        }
        ArrayAssertions.assertClose("child Gini of x ≤ 1.5", 1.0 / 3, byThreshold.childImpurity(),
                Tolerance.absolute(1e-12), "(1/4)·0 + (3/4)·(1 − (1/3)² − (2/3)²) = 1/3. " + WEIGHTING);
    }

    @Test
    @Points(2)
    @DisplayName("predictProba rows sum to 1 and have K = max(y) + 1 columns, and predict is the most probable class")
    void probabilitiesAndPredictionsAgree() {
        ClassificationData wine = Datasets.wine();
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 3, 5).fit(wine.features(),
                wine.labels());
        double[][] proba = tree.predictProba(wine.features());
        int[] predicted = tree.predict(wine.features());
        for (int i = 0; i < proba.length; i++) {
            double sum = Arrays.stream(proba[i]).sum();
            int argmax = 0;
            for (int k = 1; k < proba[i].length; k++) {
                argmax = proba[i][k] > proba[i][argmax] ? k : argmax;
            }
            if (proba[i].length != 3 || Math.abs(sum - 1) > 1e-12 || predicted[i] != argmax) {
                throw Failure.of("predictProba and predict disagree for Wine row " + i)
                        .expected("3 probabilities summing to 1, predict = argmax")
                        .actual(Arrays.toString(proba[i]) + " (sum " + sum + "), predict = " + predicted[i])
                        .likelyMistake("a leaf stores its class counts; probabilities are count / leaf size, "
                                + "and predict returns the most frequent class (ties to the lower index)")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("does not split what cannot be split: a pure training set or constant features give a single leaf "
            + "(depth 0, no root split) whose importances are all 0")
    void singleLeafWhenNothingToSplit() {
        DecisionTreeClassifier pure = new DecisionTreeClassifier(Criterion.GINI, 5, 1)
                .fit(new double[][] {{1, 5}, {2, 4}, {3, 3}}, new int[] {1, 1, 1});
        DecisionTreeClassifier constant = new DecisionTreeClassifier(Criterion.ENTROPY, 5, 1)
                .fit(new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}}, new int[] {0, 1, 0, 1});
        for (DecisionTreeClassifier tree : List.of(pure, constant)) {
            String which = tree == pure ? "a pure training set" : "constant features";
            if (tree.leafCount() != 1 || tree.depth() != 0 || tree.rootSplit().isPresent()) {
                throw Failure.of("a tree on " + which + " was split")
                        .expected("1 leaf, depth 0, rootSplit() empty")
                        .actual(tree.leafCount() + " leaves, depth " + tree.depth() + ", root split "
                                + tree.rootSplit())
                        .likelyMistake("a pure node is a leaf, and equal values give no threshold between them")
                        .error();
            }
            ArrayAssertions.assertClose("feature importances of a single-leaf tree on " + which, new double[2],
                    tree.featureImportances(), Tolerance.absolute(0),
                    "with no split there is no impurity decrease: return zeros, not NaN from dividing by 0");
        }
        ArrayAssertions.assertClose("class probabilities of the constant-feature leaf", new double[] {0.5, 0.5},
                constant.predictProba(new double[][] {{9, 9}})[0], Tolerance.absolute(1e-12),
                "the leaf holds two rows of each class");
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad input with IllegalArgumentException naming the rule and value: null criterion, "
            + "maxDepth 0, minSamplesLeaf 0, null/empty/ragged/NaN x, label count mismatch, label −1, bad counts")
    void rejectsBadInput() {
        Rejections.assertRejects("criterion = null", () -> new DecisionTreeClassifier(null, 3, 1), null,
                "criterion must not be null");
        Rejections.assertRejects("maxDepth = 0", () -> new DecisionTreeClassifier(Criterion.GINI, 0, 1), "0",
                "maxDepth must be at least 1");
        Rejections.assertRejects("minSamplesLeaf = 0", () -> new DecisionTreeClassifier(Criterion.GINI, 3, 0), "0",
                "minSamplesLeaf must be at least 1");
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 3, 1);
        Rejections.assertRejects("x = null", () -> tree.fit(null, new int[] {0}), null, "x must not be null");
        Rejections.assertRejects("x with no rows", () -> tree.fit(new double[0][], new int[0]), null,
                "x must have at least one row");
        Rejections.assertRejects("a ragged x (row 1 has 1 value, row 0 has 2)",
                () -> tree.fit(new double[][] {{1, 2}, {3}}, new int[] {0, 1}), "1", "rows must all have length 2");
        Rejections.assertRejects("x with NaN", () -> tree.fit(new double[][] {{1}, {Double.NaN}}, new int[] {0, 1}),
                "NaN", "values must be finite");
        Rejections.assertRejects("3 rows but 2 labels", () -> tree.fit(new double[][] {{1}, {2}, {3}},
                new int[] {0, 1}), "2", "one label per row");
        Rejections.assertRejects("label −1", () -> tree.fit(new double[][] {{1}, {2}}, new int[] {0, -1}), "-1",
                "labels are class indices 0 … K−1");
        Rejections.assertRejects("impurity of all-zero counts", () -> DecisionTreeClassifier.impurity(new int[] {0, 0},
                Criterion.GINI), null, "counts must not all be zero");
        Rejections.assertRejects("impurity of a negative count", () -> DecisionTreeClassifier.impurity(
                new int[] {3, -1}, Criterion.GINI), "-1", "counts must not be negative");
    }

    @Test
    @Points(2)
    @DisplayName("refuses to predict before fit (IllegalStateException) and rejects query rows of the wrong length")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit",
                () -> new DecisionTreeClassifier(Criterion.GINI, 3, 1).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("featureImportances before fit",
                () -> new DecisionTreeClassifier(Criterion.GINI, 3, 1).featureImportances());
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 3, 1)
                .fit(new double[][] {{0, 0}, {2, 2}}, new int[] {0, 1});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> tree.predict(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> tree.predictProba(new double[][] {{1, Double.NaN}}),
                "NaN", "features must be finite");
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic and leaves its input alone: refitting gives the same tree, x and y are not "
            + "modified, and featureImportances() is a copy")
    void deterministicAndLeavesInputAlone() {
        double[][] x = deepCopy(cancerX);
        int[] y = cancerY.clone();
        DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 6, 2).fit(x, y);
        int[] first = tree.predict(cancerX);
        double[] importances = tree.featureImportances();
        tree.fit(x, y);
        if (!Arrays.equals(first, tree.predict(cancerX)) || !Arrays.deepEquals(x, cancerX)
                || !Arrays.equals(y, cancerY)) {
            throw Failure.of("refitting changed the predictions, or fit modified x or y")
                    .expected("identical predictions; x and y unchanged")
                    .actual("predictions equal: " + Arrays.equals(first, tree.predict(cancerX)) + ", x unchanged: "
                            + Arrays.deepEquals(x, cancerX) + ", y unchanged: " + Arrays.equals(y, cancerY))
                    .likelyMistake("sort copies of the row indices, never the caller's arrays, and start fit from "
                            + "an empty tree")
                    .error();
        }
        importances[0] += 1000;
        ArrayAssertions.assertClose("featureImportances() after the caller changed the returned array",
                importances[0] - 1000, tree.featureImportances()[0], Tolerance.absolute(1e-12),
                "return a copy of the importances, not the model's own array");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void expectImpurity(int[] counts, Criterion criterion, double expected, String mistake) {
        ArrayAssertions.assertClose(criterion + " impurity of " + Arrays.toString(counts), expected,
                DecisionTreeClassifier.impurity(counts, criterion), Tolerance.absolute(1e-12), mistake);
    }

    private static Split rootOf(DecisionTreeClassifier tree) {
        Optional<Split> root = tree.rootSplit();
        if (root == null || root.isEmpty()) {
            throw Failure.of("the tree has no root split where one exists")
                    .expected("a root split").actual(String.valueOf(root))
                    .likelyMistake("an impure root with a usable threshold must be split; return "
                            + "Optional.of(split) for it")
                    .error();
        }
        return root.get();
    }

    private static void expectSetosaSplit(Split root) {
        boolean petalLength = root.feature() == 2 && Math.abs(root.threshold() - 2.45) < 1e-9;
        boolean petalWidth = root.feature() == 3 && Math.abs(root.threshold() - 0.8) < 1e-9;
        if (!petalLength && !petalWidth) {
            throw Failure.of("the Iris root split does not separate setosa at a midpoint")
                    .expected("feature 2 (petal length) ≤ 2.45 or feature 3 (petal width) ≤ 0.8")
                    .actual("feature " + root.feature() + " ≤ " + root.threshold())
                    .likelyMistake("thresholds are midpoints of consecutive distinct values ((1.9 + 3.0)/2 = 2.45). "
                            + WEIGHTING)
                    .error();
        }
    }

    private static void expectSklearnTree(String name, Criterion criterion) {
        int maxDepth = (int) sklearn.number(name + "_max_depth");
        int minLeaf = (int) sklearn.number(name + "_min_samples_leaf");
        DecisionTreeClassifier tree = new DecisionTreeClassifier(criterion, maxDepth, minLeaf).fit(cancerX, cancerY);
        String mistake = WEIGHTING + " Is each node's importance (n_node/n)·gain, and are the totals divided by "
                + "their sum?";
        Split root = rootOf(tree);
        ArrayAssertions.assertClose(name + " root weighted child impurity", sklearn.number(name
                + "_root_child_impurity"), root.childImpurity(), Tolerance.absolute(1e-9), WEIGHTING);
        ArrayAssertions.assertClose(name + " feature importances", sklearn.vector(name + "_importances"),
                tree.featureImportances(), Tolerance.absolute(1e-9), mistake);
        if (tree.leafCount() != (int) sklearn.number(name + "_leaves")
                || tree.depth() != (int) sklearn.number(name + "_depth")) {
            throw Failure.of("the " + name + " tree has a different shape from scikit-learn's")
                    .expected(sklearn.number(name + "_leaves") + " leaves, depth " + sklearn.number(name + "_depth"))
                    .actual(tree.leafCount() + " leaves, depth " + tree.depth())
                    .likelyMistake("a node is a leaf when pure, at maxDepth, below 2·minSamplesLeaf rows, or when no "
                            + "allowed split has a positive gain; both children need ≥ minSamplesLeaf rows")
                    .error();
        }
        double[] expected = sklearn.vector(name + "_proba1");
        double[][] proba = tree.predictProba(cancerX);
        double[] actual = new double[proba.length];
        for (int i = 0; i < proba.length; i++) {
            actual[i] = proba[i][1];
        }
        ArrayAssertions.assertClose(name + " P(class 1) on the 569 training rows", expected, actual,
                Tolerance.absolute(1e-9), "leaf probabilities are the class proportions of the leaf's training rows");
        double[] predicted = Arrays.stream(tree.predict(cancerX)).asDoubleStream().toArray();
        ArrayAssertions.assertClose(name + " predicted classes on the 569 training rows",
                sklearn.vector(name + "_predictions"), predicted, Tolerance.absolute(0), "predict the leaf's "
                        + "most frequent class");
    }

    private static void expectSmileBaseline(ClassificationData data, long seed) {
        double smileSum = 0;
        double ownSum = 0;
        StringBuilder detail = new StringBuilder();
        for (int s = 0; s < SPLITS; s++) {
            Holdout split = Holdout.stratified(data, Seeds.of(seed + s));
            String[] names = new String[split.trainX()[0].length];
            for (int k = 0; k < names.length; k++) {
                names[k] = "x" + k;
            }
            DataFrame frame = DataFrame.of(split.trainX(), names).merge(IntVector.of("y", split.trainY()));
            DecisionTree smile = DecisionTree.fit(Formula.lhs("y"), frame, SplitRule.GINI, 20,
                    split.trainX().length, 5);
            double smileAccuracy = accuracy(smile.predict(DataFrame.of(split.testX(), names)), split.testY());
            DecisionTreeClassifier tree = new DecisionTreeClassifier(Criterion.GINI, 20, 1)
                    .fit(split.trainX(), split.trainY());
            double ownAccuracy = accuracy(tree.predict(split.testX()), split.testY());
            smileSum += smileAccuracy;
            ownSum += ownAccuracy;
            detail.append(String.format("%.3f/%.3f ", ownAccuracy, smileAccuracy));
        }
        double smileMean = smileSum / SPLITS;
        double ownMean = ownSum / SPLITS;
        if (!(ownMean >= smileMean - ACCURACY_MARGIN)) {
            throw Failure.of("mean held-out accuracy on " + data.name() + " is below Smile's baseline − "
                            + ACCURACY_MARGIN)
                    .expected("at least " + (smileMean - ACCURACY_MARGIN) + " (Smile DecisionTree: " + smileMean + ")")
                    .actual(ownMean)
                    .line("per split", detail + "(yours/Smile)")
                    .likelyMistake(WEIGHTING + " Does predict follow x[f] ≤ t to the left child?")
                    .error();
        }
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    static double accuracy(int[] predicted, int[] truth) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += predicted[i] == truth[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
    }

    static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** A stratified 70/30 train/test split of the raw features (trees need no scaling). */
    record Holdout(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {

        static Holdout stratified(ClassificationData data, long seed) {
            Random random = new Random(seed);
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int label = 0; label < data.classNames().size(); label++) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    if (data.labels()[i] == label) {
                        rows.add(i);
                    }
                }
                Collections.shuffle(rows, random);
                int cut = (int) Math.round(0.7 * rows.size());
                train.addAll(rows.subList(0, cut));
                test.addAll(rows.subList(cut, rows.size()));
            }
            Collections.sort(train);
            Collections.sort(test);
            return new Holdout(rows(data, train), labels(data, train), rows(data, test), labels(data, test));
        }

        private static double[][] rows(ClassificationData data, List<Integer> index) {
            double[][] out = new double[index.size()][];
            for (int r = 0; r < out.length; r++) {
                out[r] = data.features()[index.get(r)].clone();
            }
            return out;
        }

        private static int[] labels(ClassificationData data, List<Integer> index) {
            int[] out = new int[index.size()];
            for (int r = 0; r < out.length; r++) {
                out[r] = data.labels()[index.get(r)];
            }
            return out;
        }
    }

    /** Checks for rejected input, passing the learner's TODO through untouched. */
    static final class Rejections {

        private Rejections() {
        }

        static void assertRejects(String input, Runnable call, String mentions, String rule) {
            try {
                call.run();
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (message == null || message.isBlank() || (mentions != null && !message.contains(mentions))) {
                    throw Failure.of("the IllegalArgumentException for " + input + " does not name the bad value")
                            .expected("a message stating the rule" + (mentions == null ? "" : " and containing \""
                                    + mentions + "\""))
                            .actual(String.valueOf(message))
                            .likelyMistake("put the rule and the value in the message, e.g. \"" + rule + ", was …\"")
                            .error();
                }
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(input + " was rejected with the wrong exception")
                        .expected("IllegalArgumentException (" + rule + ")")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("validate the input where it enters and throw IllegalArgumentException")
                        .error();
            }
            throw Failure.of(input + " was accepted")
                    .expected("IllegalArgumentException (" + rule + ")")
                    .actual("no exception")
                    .likelyMistake("validate the input where it enters: " + rule)
                    .error();
        }

        static void assertThrowsState(String call, Runnable action) {
            try {
                action.run();
            } catch (IllegalStateException e) {
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(call + " threw the wrong exception")
                        .expected("IllegalStateException (the model is not fitted)")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("check that fit has run before using the model").error();
            }
            throw Failure.of(call + " did not fail")
                    .expected("IllegalStateException (the model is not fitted)")
                    .actual("no exception")
                    .likelyMistake("check that fit has run before using the model").error();
        }
    }
}
