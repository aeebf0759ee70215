package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Hidden tests of the random forest.
 *
 * <p>Oracles: the bootstrap's closed form (a row is out of bag with probability
 * {@code (1 − 1/n)ⁿ ≈ e⁻¹}; a uniformly drawn subset of {@code m} of {@code d} features contains a
 * given one with probability {@code m/d}); the forest's own held-out accuracy for the OOB estimate;
 * chance level on random labels; Smile 3.1.1's {@code DecisionTree} (the single tree to beat) and
 * {@code RandomForest} (accuracy baseline) on seeded stratified 70/30 splits of Breast Cancer and Wine.
 */
@Challenge("p2.supervised.random-forest")
class RandomForestClassifierGradingTest {

    private static final int SPLITS = 3;
    private static final int TREES = 50;
    private static final int DEPTH = 20;
    /** How far below Smile's mean RandomForest accuracy the learner's mean may be. */
    private static final double SMILE_MARGIN = 0.03;
    /** The largest allowed gap between the OOB score and the held-out accuracy. */
    private static final double OOB_BAND = 0.06;

    private static final String WITH_REPLACEMENT = "Is the bootstrap drawn WITH replacement, n times "
            + "random.nextInt(n)? Shuffling the rows (without replacement) gives every tree all n rows once: no row "
            + "is ever out of bag and the OOB score is undefined.";
    private static final String OOB_RULE = "Average, for each training row, only the trees whose bootstrap count "
            + "for that row is 0, and score the rows that have at least one such tree.";

    private static final List<Holdout> CANCER = new ArrayList<>();
    private static final List<Holdout> WINE = new ArrayList<>();
    private static double[] smileTreeCancer;
    private static double[] smileTreeWine;
    private static double[] smileForestCancer;
    private static double[] smileForestWine;
    private static Outcome[] ownCancer;
    private static Outcome[] ownWine;

    /** The learner's forest on one split: held-out accuracy and OOB score (NaN when it threw). */
    record Outcome(double accuracy, double oob, String oobError) {
    }

    @BeforeAll
    static void fitBaselines() {
        ClassificationData cancer = Datasets.breastCancer();
        ClassificationData wine = Datasets.wine();
        smileTreeCancer = new double[SPLITS];
        smileTreeWine = new double[SPLITS];
        smileForestCancer = new double[SPLITS];
        smileForestWine = new double[SPLITS];
        for (int s = 0; s < SPLITS; s++) {
            CANCER.add(Holdout.stratified(cancer, Seeds.of(300 + s)));
            WINE.add(Holdout.stratified(wine, Seeds.of(400 + s)));
            smileTreeCancer[s] = smileTree(CANCER.get(s));
            smileTreeWine[s] = smileTree(WINE.get(s));
            smileForestCancer[s] = smileForest(CANCER.get(s), Seeds.of(500 + s));
            smileForestWine[s] = smileForest(WINE.get(s), Seeds.of(600 + s));
        }
    }

    @Test
    @Points(4)
    @DisplayName("bootstraps with replacement: every tree's in-bag counts sum to n, some row is drawn twice, and on "
            + "average (1 − 1/n)ⁿ ≈ 36.7 % of the rows are out of bag (± 0.02, 50 trees, Breast Cancer)")
    void bootstrapIsWithReplacement() {
        Holdout split = CANCER.get(0);
        int n = split.trainY().length;
        RandomForestClassifier forest = new RandomForestClassifier(TREES, RandomForestClassifier.SQRT_FEATURES, 3, 1,
                Seeds.of(11)).fit(split.trainX(), split.trainY());
        double outOfBag = 0;
        for (int t = 0; t < TREES; t++) {
            int[] counts = forest.inBagCounts(t);
            int sum = Arrays.stream(counts).sum();
            int most = Arrays.stream(counts).max().orElse(0);
            if (counts.length != n || sum != n || most < 2) {
                throw Failure.of("tree " + t + "'s bootstrap sample is not n draws with replacement")
                        .expected(n + " counts summing to " + n + ", some count ≥ 2")
                        .actual(counts.length + " counts summing to " + sum + ", largest " + most)
                        .likelyMistake(WITH_REPLACEMENT)
                        .error();
            }
            outOfBag += Arrays.stream(counts).filter(c -> c == 0).count() / (double) n / TREES;
        }
        double expected = Math.pow(1 - 1.0 / n, n);
        ArrayAssertions.assertClose("mean fraction of out-of-bag rows per tree (n = " + n + ")", expected, outOfBag,
                Tolerance.absolute(0.02), WITH_REPLACEMENT);
    }

    @Test
    @Points(4)
    @DisplayName("the OOB score is defined and estimates the held-out accuracy: within 0.06 of it on each of 3 "
            + "seeded Breast Cancer splits (50 trees, √d features)")
    void oobScoreEstimatesHeldOutAccuracy() {
        Outcome[] outcomes = cancerOutcomes();
        for (int s = 0; s < SPLITS; s++) {
            Outcome outcome = outcomes[s];
            if (outcome.oobError() != null || !(Math.abs(outcome.oob() - outcome.accuracy()) <= OOB_BAND)) {
                throw Failure.of("the OOB score is not within " + OOB_BAND + " of the held-out accuracy (split " + s
                                + " of Breast Cancer)")
                        .expected("OOB within " + OOB_BAND + " of " + outcome.accuracy())
                        .actual(outcome.oobError() != null ? "oobScore() threw " + outcome.oobError()
                                : String.valueOf(outcome.oob()))
                        .likelyMistake(WITH_REPLACEMENT + " " + OOB_RULE)
                        .error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("OOB votes come only from trees that did not see the row: on random labels the OOB score is chance "
            + "(0.5 ± 0.15) although the forest fits its training rows")
    void oobScoreIsChanceOnRandomLabels() {
        Random random = new Random(Seeds.of(21));
        double[][] x = new double[300][5];
        int[] y = new int[300];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < 5; k++) {
                x[i][k] = random.nextDouble();
            }
            y[i] = random.nextInt(2);
        }
        RandomForestClassifier forest = new RandomForestClassifier(TREES, RandomForestClassifier.SQRT_FEATURES, DEPTH,
                1, Seeds.of(22)).fit(x, y);
        double oob = oobOrFail(forest, "random labels");
        if (!(Math.abs(oob - 0.5) <= 0.15)) {
            throw Failure.of("the OOB score on random labels is far from chance")
                    .expected("0.5 ± 0.15 (labels are coin flips: no tree can predict an unseen row)")
                    .actual(oob)
                    .line("train acc.", String.valueOf(accuracy(forest.predict(x), y)))
                    .likelyMistake("the OOB vote used trees that were trained on the row, so it measures training "
                            + "accuracy. " + OOB_RULE)
                    .error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("beats a single tree: the mean held-out accuracy over 3 seeded splits is above Smile's DecisionTree "
            + "(Gini, depth 20) on Breast Cancer and on Wine")
    void beatsASingleTree() {
        expectAbove("Breast Cancer", cancerOutcomes(), smileTreeCancer, 0.0, "Smile DecisionTree");
        expectAbove("Wine", wineOutcomes(), smileTreeWine, 0.0, "Smile DecisionTree");
    }

    @Test
    @Points(3)
    @DisplayName("matches Smile's RandomForest (50 trees, ⌊√d⌋ features): the mean held-out accuracy over 3 seeded "
            + "splits is at least Smile's mean − 0.03 on Breast Cancer and on Wine")
    void matchesSmileForest() {
        expectAbove("Breast Cancer", cancerOutcomes(), smileForestCancer, -SMILE_MARGIN, "Smile RandomForest − "
                + SMILE_MARGIN);
        expectAbove("Wine", wineOutcomes(), smileForestWine, -SMILE_MARGIN, "Smile RandomForest − " + SMILE_MARGIN);
    }

    @Test
    @Points(3)
    @DisplayName("draws ⌊√d⌋ features per split: with d = 16 and one perfectly informative feature, about "
            + "4/16 = 25 % (± 0.1) of 400 stumps split on it at the root; with maxFeatures = 16 all of them do")
    void subsamplesFeaturesPerSplit() {
        Random random = new Random(Seeds.of(31));
        int n = 200;
        int d = 16;
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[i][0] = y[i] + 0.4 * random.nextDouble();
            for (int k = 1; k < d; k++) {
                x[i][k] = random.nextDouble();
            }
        }
        int[] sqrtRoots = new RandomForestClassifier(400, RandomForestClassifier.SQRT_FEATURES, 1, 1, Seeds.of(32))
                .fit(x, y).rootFeatures();
        int[] allRoots = new RandomForestClassifier(20, d, 1, 1, Seeds.of(33)).fit(x, y).rootFeatures();
        double share = Arrays.stream(sqrtRoots).filter(f -> f == 0).count() / (double) sqrtRoots.length;
        long allShare = Arrays.stream(allRoots).filter(f -> f == 0).count();
        if (!(Math.abs(share - 0.25) <= 0.1) || allShare != allRoots.length) {
            throw Failure.of("the features tried at each split are not a random subset of size maxFeatures")
                    .expected("about 25 % of roots on feature 0 with ⌊√16⌋ = 4 features per split; 100 % with 16")
                    .actual(String.format("%.3f with SQRT_FEATURES; %d of %d with maxFeatures = 16", share, allShare,
                            allRoots.length))
                    .likelyMistake("draw m distinct features (m = max(1, ⌊√d⌋) for SQRT_FEATURES) afresh at every "
                            + "node, and search the best split only among them")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("is seeded: the same seed gives identical probabilities, OOB score and bootstrap counts; another "
            + "seed gives other bootstrap samples")
    void sameSeedSameForest() {
        Holdout split = WINE.get(0);
        RandomForestClassifier first = new RandomForestClassifier(10, RandomForestClassifier.SQRT_FEATURES, DEPTH, 1,
                Seeds.of(41)).fit(split.trainX(), split.trainY());
        RandomForestClassifier second = new RandomForestClassifier(10, RandomForestClassifier.SQRT_FEATURES, DEPTH, 1,
                Seeds.of(41)).fit(split.trainX(), split.trainY());
        RandomForestClassifier other = new RandomForestClassifier(10, RandomForestClassifier.SQRT_FEATURES, DEPTH, 1,
                Seeds.of(42)).fit(split.trainX(), split.trainY());
        ArrayAssertions.assertClose("probabilities of a second forest with the same seed",
                first.predictProba(split.testX()), second.predictProba(split.testX()), Tolerance.absolute(0),
                "create one new Random(seed) in fit and draw everything from it, in a fixed order");
        ArrayAssertions.assertClose("OOB score of a second forest with the same seed", oobOrFail(first, "Wine"),
                oobOrFail(second, "Wine"), Tolerance.absolute(0), "the same seed must give the same forest");
        if (Arrays.equals(first.inBagCounts(0), other.inBagCounts(0))) {
            throw Failure.of("two different seeds gave tree 0 the same bootstrap sample")
                    .expected("different in-bag counts for seeds 41 and 42").actual("identical")
                    .likelyMistake("use the seed passed to the constructor, not a constant").error();
        }
        first.fit(split.trainX(), split.trainY());
        ArrayAssertions.assertClose("probabilities after fitting the same forest again",
                second.predictProba(split.testX()), first.predictProba(split.testX()), Tolerance.absolute(0),
                "fit must start from a fresh Random(seed) and an empty forest");
    }

    @Test
    @Points(2)
    @DisplayName("predictProba has K = max(y) + 1 columns summing to 1, even when a bootstrap sample misses a class, "
            + "and predict is its most probable class")
    void probabilitiesAndPredictionsAgree() {
        // 3 classes, class 2 has a single row: most bootstrap samples miss it.
        double[][] x = new double[21][];
        int[] y = new int[21];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {i, i % 3};
            y[i] = i < 10 ? 0 : 1;
        }
        x[20] = new double[] {30, 0};
        y[20] = 2;
        RandomForestClassifier forest = new RandomForestClassifier(15, RandomForestClassifier.SQRT_FEATURES, DEPTH, 1,
                Seeds.of(51)).fit(x, y);
        double[][] proba = forest.predictProba(x);
        int[] predicted = forest.predict(x);
        for (int i = 0; i < x.length; i++) {
            double sum = Arrays.stream(proba[i]).sum();
            int argmax = 0;
            for (int k = 1; k < proba[i].length; k++) {
                argmax = proba[i][k] > proba[i][argmax] ? k : argmax;
            }
            if (proba[i].length != 3 || Math.abs(sum - 1) > 1e-9 || predicted[i] != argmax) {
                throw Failure.of("predictProba and predict disagree for row " + i)
                        .expected("3 probabilities summing to 1, predict = argmax")
                        .actual(Arrays.toString(proba[i]) + " (sum " + sum + "), predict = " + predicted[i])
                        .likelyMistake("K comes from all training labels (max(y) + 1), not from a tree's bootstrap "
                                + "sample; average the trees' leaf proportions and take the most probable class")
                        .error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad input with IllegalArgumentException naming the rule and value: trees 0, maxFeatures "
            + "−1 or > d, maxDepth 0, minSamplesLeaf 0, null/ragged/NaN x, label mismatch, label −1, tree index")
    void rejectsBadInput() {
        int sqrt = RandomForestClassifier.SQRT_FEATURES;
        Rejections.assertRejects("trees = 0", () -> new RandomForestClassifier(0, sqrt, 5, 1, 1), "0",
                "trees must be at least 1");
        Rejections.assertRejects("maxFeatures = −1", () -> new RandomForestClassifier(5, -1, 5, 1, 1), "-1",
                "maxFeatures must be SQRT_FEATURES or at least 1");
        Rejections.assertRejects("maxDepth = 0", () -> new RandomForestClassifier(5, sqrt, 0, 1, 1), "0",
                "maxDepth must be at least 1");
        Rejections.assertRejects("minSamplesLeaf = 0", () -> new RandomForestClassifier(5, sqrt, 5, 0, 1), "0",
                "minSamplesLeaf must be at least 1");
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        int[] y = {0, 1, 0};
        Rejections.assertRejects("maxFeatures = 3 with d = 2", () -> new RandomForestClassifier(5, 3, 5, 1, 1).fit(x, y),
                "3", "maxFeatures must be at most d");
        RandomForestClassifier forest = new RandomForestClassifier(5, sqrt, 5, 1, 1);
        Rejections.assertRejects("x = null", () -> forest.fit(null, y), null, "x must not be null");
        Rejections.assertRejects("a ragged x (row 1 has 1 value)", () -> forest.fit(new double[][] {{1, 2}, {3}},
                new int[] {0, 1}), "1", "rows must all have length 2");
        Rejections.assertRejects("x with NaN", () -> forest.fit(new double[][] {{1, 2}, {Double.NaN, 4}},
                new int[] {0, 1}), "NaN", "values must be finite");
        Rejections.assertRejects("3 rows but 2 labels", () -> forest.fit(x, new int[] {0, 1}), "2",
                "one label per row");
        Rejections.assertRejects("label −1", () -> forest.fit(x, new int[] {0, 1, -1}), "-1",
                "labels are class indices 0 … K−1");
        RandomForestClassifier fitted = new RandomForestClassifier(5, sqrt, 5, 1, 1).fit(x, y);
        Rejections.assertRejects("inBagCounts(5) of a 5-tree forest", () -> fitted.inBagCounts(5), "5",
                "tree must be in 0 … trees−1");
    }

    @Test
    @Points(2)
    @DisplayName("refuses to be used before fit (IllegalStateException) and rejects query rows of the wrong length")
    void rejectsBadQueries() {
        int sqrt = RandomForestClassifier.SQRT_FEATURES;
        Rejections.assertThrowsState("predict before fit",
                () -> new RandomForestClassifier(5, sqrt, 5, 1, 1).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("oobScore before fit", () -> new RandomForestClassifier(5, sqrt, 5, 1, 1).oobScore());
        Rejections.assertThrowsState("inBagCounts before fit",
                () -> new RandomForestClassifier(5, sqrt, 5, 1, 1).inBagCounts(0));
        RandomForestClassifier forest = new RandomForestClassifier(5, sqrt, 5, 1, 1)
                .fit(new double[][] {{0, 0}, {2, 2}, {1, 3}}, new int[] {0, 1, 1});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> forest.predict(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> forest.predictProba(new double[][] {{1, Double.NaN}}),
                "NaN", "features must be finite");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static synchronized Outcome[] cancerOutcomes() {
        if (ownCancer == null) {
            ownCancer = outcomes(CANCER, 700);
        }
        return ownCancer;
    }

    private static synchronized Outcome[] wineOutcomes() {
        if (ownWine == null) {
            ownWine = outcomes(WINE, 800);
        }
        return ownWine;
    }

    private static Outcome[] outcomes(List<Holdout> splits, long seed) {
        Outcome[] out = new Outcome[splits.size()];
        for (int s = 0; s < out.length; s++) {
            Holdout split = splits.get(s);
            RandomForestClassifier forest = new RandomForestClassifier(TREES, RandomForestClassifier.SQRT_FEATURES,
                    DEPTH, 1, Seeds.of(seed + s)).fit(split.trainX(), split.trainY());
            double accuracy = accuracy(forest.predict(split.testX()), split.testY());
            double oob = Double.NaN;
            String error = null;
            try {
                oob = forest.oobScore();
            } catch (IllegalStateException e) {
                error = "IllegalStateException: " + e.getMessage();
            }
            out[s] = new Outcome(accuracy, oob, error);
        }
        return out;
    }

    private static double oobOrFail(RandomForestClassifier forest, String where) {
        try {
            return forest.oobScore();
        } catch (IllegalStateException e) {
            throw Failure.of("oobScore() is undefined on " + where)
                    .expected("an accuracy in [0, 1]").actual("IllegalStateException: " + e.getMessage())
                    .likelyMistake(WITH_REPLACEMENT).error();
        }
    }

    private static void expectAbove(String data, Outcome[] own, double[] baseline, double offset, String what) {
        double ownMean = Arrays.stream(own).mapToDouble(Outcome::accuracy).average().orElseThrow();
        double baseMean = Arrays.stream(baseline).average().orElseThrow();
        boolean ok = offset == 0 ? ownMean > baseMean : ownMean >= baseMean + offset;
        if (!ok) {
            StringBuilder detail = new StringBuilder();
            for (int s = 0; s < own.length; s++) {
                detail.append(String.format("%.3f/%.3f ", own[s].accuracy(), baseline[s]));
            }
            throw Failure.of("the forest's mean held-out accuracy on " + data + " is not above " + what)
                    .expected((offset == 0 ? "more than " : "at least ") + (baseMean + offset) + " (" + what + ")")
                    .actual(ownMean)
                    .line("per split", detail + "(yours/Smile)")
                    .likelyMistake("each tree needs its own bootstrap sample (with replacement) and a fresh random "
                            + "subset of ⌊√d⌋ features at every node; average the trees' probabilities")
                    .error();
        }
    }

    private static double smileTree(Holdout split) {
        String[] names = names(split.trainX()[0].length);
        DataFrame frame = DataFrame.of(split.trainX(), names).merge(IntVector.of("y", split.trainY()));
        DecisionTree tree = DecisionTree.fit(Formula.lhs("y"), frame, SplitRule.GINI, DEPTH, split.trainX().length, 5);
        return accuracy(tree.predict(DataFrame.of(split.testX(), names)), split.testY());
    }

    private static double smileForest(Holdout split, long seed) {
        String[] names = names(split.trainX()[0].length);
        DataFrame frame = DataFrame.of(split.trainX(), names).merge(IntVector.of("y", split.trainY()));
        int mtry = (int) Math.floor(Math.sqrt(names.length));
        RandomForest forest = RandomForest.fit(Formula.lhs("y"), frame, TREES, mtry, SplitRule.GINI, DEPTH,
                split.trainX().length, 1, 1.0, null, LongStream.range(0, TREES).map(t -> seed * 1000 + t));
        return accuracy(forest.predict(DataFrame.of(split.testX(), names)), split.testY());
    }

    private static String[] names(int d) {
        String[] names = new String[d];
        for (int k = 0; k < d; k++) {
            names[k] = "x" + k;
        }
        return names;
    }

    static double accuracy(int[] predicted, int[] truth) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += predicted[i] == truth[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
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
