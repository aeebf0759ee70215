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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.classification.KNN;

/**
 * Hidden tests of the k-NN classifier.
 *
 * <p>Oracles: Smile 3.1.1's {@code smile.classification.KNN} (k-d tree for Iris, cover tree for
 * Wine) predictions and vote shares, compared exactly on every query whose neighbour set and vote
 * are unambiguous; Smile's own leave-one-out (its search skips the query when the query is the very
 * training array, by reference); scikit-learn 1.2.1's distance-weighted
 * {@code KNeighborsClassifier} (fixture {@code knn.json}, written by {@code fixtures/knn.py}); hand
 * examples for the tie rules, duplicates and exact matches.
 */
@Challenge("p2.supervised.knn")
class KnnClassifierGradingTest {

    static final String SELF_MISTAKE = "in leave-one-out, row i must not be its own neighbour: call "
            + "nearest(x, x[i], k, i) so that row i (at distance 0 from itself) is excluded by its index";
    static final String TIE_MISTAKE = "equal distances: the smaller training row index comes first (keep a row only "
            + "if it is STRICTLY nearer than the current k-th); equal votes: the smallest class index wins";

    private static ClassificationData iris;

    @BeforeAll
    static void load() {
        iris = Datasets.iris();
    }

    @Test
    @Points(4)
    @DisplayName("agrees with Smile's KNN on Iris (seeded stratified 70/30 split, k = 1, 3, 5, 7): the same class and "
            + "vote shares for every query without a distance or vote tie")
    void matchesSmileOnIris() {
        Split split = Split.stratified(iris.features(), iris.labels(), 3, Seeds.of(42));
        for (int k : new int[] {1, 3, 5, 7}) {
            assertMatchesSmile("Iris, k = " + k, split, k);
        }
    }

    @Test
    @Points(3)
    @DisplayName("agrees with Smile's KNN on standardised Wine (seeded stratified 70/30 split, k = 5): the same class "
            + "and vote shares for every query without a tie")
    void matchesSmileOnWine() {
        ClassificationData wine = Datasets.wine();
        Split split = Split.stratified(wine.features(), wine.labels(), 3, Seeds.of(17)).standardised();
        assertMatchesSmile("Wine, k = 5", split, 5);
    }

    @Test
    @Points(4)
    @DisplayName("leave-one-out agrees with Smile's leave-one-out on all 150 Iris rows (k = 1 and k = 5) wherever the "
            + "neighbours are unambiguous")
    void leaveOneOutMatchesSmile() {
        double[][] x = iris.features();
        int[] y = iris.labels();
        for (int k : new int[] {1, 5}) {
            int[] predicted = new KnnClassifier(k, false).leaveOneOutPredict(x, y);
            KNN<double[]> smile = KNN.fit(x, y, k);
            int compared = 0;
            for (int i = 0; i < x.length; i++) {
                if (Ties.ambiguous(x, y, x[i], k, i)) {
                    continue;
                }
                compared++;
                int expected = smile.predict(x[i]); // the same array object: Smile skips it, by reference
                if (predicted[i] != expected) {
                    throw Failure.of("leave-one-out prediction of Iris row " + i + " differs from Smile's (k = " + k
                                    + ")")
                            .expected(expected).actual(predicted[i])
                            .line("row", Arrays.toString(x[i]) + ", true class " + y[i])
                            .likelyMistake(SELF_MISTAKE)
                            .error();
                }
            }
            Ties.requireEnoughCompared("Iris leave-one-out, k = " + k, compared, x.length, 0.8);
        }
    }

    @Test
    @Points(3)
    @DisplayName("leave-one-out never uses the row itself: 1-NN leave-one-out accuracy on Iris is below 1.0 "
            + "(Smile: about 0.96), and x = 0, 1, 5, 6 with classes 0, 1, 0, 1 gives 1, 0, 1, 0")
    void leaveOneOutExcludesTheRowItself() {
        int[] predicted = new KnnClassifier(1, false).leaveOneOutPredict(iris.features(), iris.labels());
        double accuracy = accuracy(predicted, iris.labels());
        if (!(accuracy < 1.0)) {
            throw Failure.of("1-NN leave-one-out accuracy on Iris is a perfect 1.0")
                    .expected("below 1.0 (Iris has overlapping versicolor/virginica rows; Smile gets about 0.96)")
                    .actual(accuracy)
                    .likelyMistake(SELF_MISTAKE)
                    .error();
        }
        int[] small = new KnnClassifier(1, true).leaveOneOutPredict(new double[][] {{0}, {1}, {5}, {6}},
                new int[] {0, 1, 0, 1});
        if (!Arrays.equals(new int[] {1, 0, 1, 0}, small)) {
            throw Failure.of("leave-one-out 1-NN (distance-weighted) on x = 0, 1, 5, 6 with classes 0, 1, 0, 1")
                    .expected("[1, 0, 1, 0] (each row's nearest OTHER row has the other class)")
                    .actual(Arrays.toString(small))
                    .likelyMistake(SELF_MISTAKE)
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("leave-one-out leaves out a row by index, not by distance: a duplicate of the row is still a "
            + "neighbour (x = 0, 0, 3 with classes 1, 1, 0, k = 1 gives 1, 1, 1)")
    void leaveOneOutKeepsDuplicates() {
        int[] predicted = new KnnClassifier(1, false).leaveOneOutPredict(new double[][] {{0}, {0}, {3}},
                new int[] {1, 1, 0});
        if (!Arrays.equals(new int[] {1, 1, 1}, predicted)) {
            throw Failure.of("leave-one-out 1-NN on x = 0, 0, 3 with classes 1, 1, 0")
                    .expected("[1, 1, 1]: row 0's nearest other row is its duplicate, row 1 (distance 0); row 2's "
                            + "nearest are rows 0 and 1 at distance 3, row 0 first")
                    .actual(Arrays.toString(predicted))
                    .likelyMistake("exclude only row i itself (by index); skipping every row at distance 0 throws away "
                            + "genuine duplicates")
                    .error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("equal distances go to the smaller training index: x = 1, −1 with classes 0, 1 predicts 0 for the "
            + "query 0, and the same rows listed as −1, 1 (classes 1, 0) predict 1")
    void equalDistancesGoToTheSmallerIndex() {
        double[][] query = {{0}};
        int[] first = new KnnClassifier(1, false).fit(new double[][] {{1}, {-1}, {7}}, new int[] {0, 1, 1})
                .predict(query);
        int[] second = new KnnClassifier(1, false).fit(new double[][] {{-1}, {1}, {7}}, new int[] {1, 0, 1})
                .predict(query);
        if (first[0] != 0 || second[0] != 1) {
            throw Failure.of("1-NN at the query 0, equally far (1) from the training rows at 1 and −1")
                    .expected("class 0 for x = 1, −1, 7 (row 0 wins) and class 1 for x = −1, 1, 7 (row 0 wins)")
                    .actual("class " + first[0] + " and class " + second[0])
                    .likelyMistake(TIE_MISTAKE)
                    .error();
        }
        double[][] proba = new KnnClassifier(2, false).fit(new double[][] {{5}, {1}, {-1}, {1}},
                new int[] {0, 1, 2, 0}).predictProba(query);
        ArrayAssertions.assertClose("vote shares for the query 0, k = 2, rows at 5, 1, −1, 1 (classes 0, 1, 2, 0)",
                new double[] {0, 0.5, 0.5}, proba[0], Tolerance.absolute(1e-15),
                "rows 1, 2 and 3 are all at distance 1; the two with the smallest indices, 1 and 2, are the "
                        + "neighbours. " + TIE_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("equal votes go to the smallest class index: classes 2 and 1 one vote each predict 1; 2 votes for "
            + "class 3 and 2 for class 0 predict 0 (uniform and distance-weighted)")
    void equalVotesGoToTheSmallestClass() {
        double[][] query = {{0}};
        for (boolean weighted : new boolean[] {false, true}) {
            KnnClassifier two = new KnnClassifier(2, weighted).fit(new double[][] {{-1}, {1}}, new int[] {2, 1});
            KnnClassifier four = new KnnClassifier(4, weighted).fit(new double[][] {{-2}, {-1}, {1}, {2}},
                    new int[] {3, 0, 3, 0});
            int[] predicted = {two.predict(query)[0], four.predict(query)[0]};
            if (!Arrays.equals(new int[] {1, 0}, predicted)) {
                throw Failure.of("tied votes (" + (weighted ? "distance-weighted" : "uniform") + ")")
                        .expected("[1, 0]: classes {2, 1} one vote each → 1; classes {3, 0} two votes each at "
                                + "mirrored distances → 0")
                        .actual(Arrays.toString(predicted))
                        .likelyMistake(TIE_MISTAKE + " (take the FIRST maximum when scanning classes 0, 1, 2, …)")
                        .error();
            }
        }
        ArrayAssertions.assertClose("vote shares, classes {2, 1} one vote each",
                new double[] {0, 0.5, 0.5},
                new KnnClassifier(2, false).fit(new double[][] {{-1}, {1}}, new int[] {2, 1}).predictProba(query)[0],
                Tolerance.absolute(1e-15), "K = max(y) + 1 = 3 columns; class 0 got no vote");
    }

    @Test
    @Points(3)
    @DisplayName("distance weighting (1/d) matches scikit-learn's KNeighborsClassifier(weights='distance') on "
            + "standardised Wine (k = 5): vote shares within 1e-12 and the same classes")
    void distanceWeightedMatchesSklearn() {
        Fixture fixture = Fixture.load(KnnClassifierGradingTest.class, "knn.json");
        ClassificationData wine = Datasets.wine();
        double[] mean = fixture.vector("wine_mean");
        double[] std = fixture.vector("wine_std");
        double[][] trainX = rows(wine.features(), fixture.vector("wine_train_index"), mean, std);
        int[] trainY = labels(wine.labels(), fixture.vector("wine_train_index"));
        double[][] testX = rows(wine.features(), fixture.vector("wine_test_index"), mean, std);
        double[] tied = fixture.vector("wine_distance_tied");
        int k = (int) fixture.number("k");

        KnnClassifier model = new KnnClassifier(k, true).fit(trainX, trainY);
        double[][] proba = model.predictProba(testX);
        int[] predicted = model.predict(testX);
        double[][] expected = fixture.matrix("wine_distance_proba");
        double[] expectedClass = fixture.vector("wine_distance_predict");
        for (int q = 0; q < testX.length; q++) {
            if (tied[q] != 0) {
                continue;
            }
            ArrayAssertions.assertClose("distance-weighted vote shares of Wine test row " + q, expected[q], proba[q],
                    Tolerance.absolute(1e-12), "each of the k neighbours votes 1/d for its class; divide the class "
                            + "totals by their sum");
            if (predicted[q] != (int) expectedClass[q]) {
                throw Failure.of("distance-weighted prediction of Wine test row " + q + " differs from scikit-learn's")
                        .expected((int) expectedClass[q]).actual(predicted[q])
                        .likelyMistake("predict is the class with the largest weighted vote").error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("with distance weighting a query that coincides with training rows takes only their classes: "
            + "x = 0, 1, 2 with classes 0, 1, 1, k = 3, query 0 gives vote shares (1, 0)")
    void exactMatchesTakeAllTheWeight() {
        double[][] x = {{0}, {1}, {2}};
        int[] y = {0, 1, 1};
        double[][] query = {{0}};
        ArrayAssertions.assertClose("distance-weighted vote shares at an exact match",
                new double[] {1, 0}, new KnnClassifier(3, true).fit(x, y).predictProba(query)[0],
                Tolerance.absolute(1e-15), "1/0 is infinite: when some neighbours are at distance 0, only they "
                        + "vote (weight 1 each)");
        ArrayAssertions.assertClose("uniform vote shares at the same query", new double[] {1.0 / 3, 2.0 / 3},
                new KnnClassifier(3, false).fit(x, y).predictProba(query)[0], Tolerance.absolute(1e-15),
                "uniform weighting: one vote per neighbour, shares = counts / k");
    }

    @Test
    @Points(2)
    @DisplayName("fit keeps its own copy: changing the caller's arrays after fit changes no prediction, and "
            + "leaveOneOutPredict leaves the fitted model alone")
    void keepsItsOwnCopy() {
        double[][] x = {{0}, {1}, {10}, {11}};
        int[] y = {0, 0, 1, 1};
        KnnClassifier model = new KnnClassifier(1, false).fit(x, y);
        double[][] queries = {{0.2}, {10.4}};
        int[] before = model.predict(queries);
        x[0][0] = 10.2;
        y[3] = 0;
        model.leaveOneOutPredict(new double[][] {{100}, {200}, {300}}, new int[] {2, 2, 2});
        int[] after = model.predict(queries);
        if (!Arrays.equals(new int[] {0, 1}, before) || !Arrays.equals(before, after)) {
            throw Failure.of("predictions changed after the caller modified its arrays or ran leave-one-out")
                    .expected("[0, 1] before and after").actual(Arrays.toString(before) + " then "
                            + Arrays.toString(after))
                    .likelyMistake("copy x (row by row) and y in fit; leaveOneOutPredict must not overwrite the "
                            + "fitted data")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects k < 1 with an IllegalArgumentException naming the value")
    void rejectsBadK() {
        Rejections.assertRejects("k = 0", () -> new KnnClassifier(0, false), "0", "k must be ≥ 1");
        Rejections.assertRejects("k = -3", () -> new KnnClassifier(-3, true), "-3", "k must be ≥ 1");
    }

    @Test
    @Points(3)
    @DisplayName("fit and leaveOneOutPredict reject null, empty, ragged or non-finite x, a label count mismatch, "
            + "negative labels and too few rows for k, naming the bad value")
    void rejectsBadTrainingData() {
        KnnClassifier model = new KnnClassifier(2, false);
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        Rejections.assertRejects("x = null", () -> model.fit(null, new int[] {0, 1, 1}), null, "check x for null");
        Rejections.assertRejects("y = null", () -> model.fit(x, null), null, "check y for null");
        Rejections.assertRejects("x with no rows", () -> model.fit(new double[0][], new int[0]), null,
                "x needs at least one row");
        Rejections.assertRejects("ragged x (row 2 has 1 value)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, new int[] {0, 1, 1}), "1",
                "every row must have the same length");
        Rejections.assertRejects("x containing NaN",
                () -> model.fit(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}}, new int[] {0, 1, 1}), "NaN",
                "features must be finite");
        Rejections.assertRejects("3 rows but 2 labels", () -> model.fit(x, new int[] {0, 1}), "2", "one label per row");
        Rejections.assertRejects("label -1", () -> model.fit(x, new int[] {0, 1, -1}), "-1",
                "labels are class indices ≥ 0");
        Rejections.assertRejects("k = 4 with 3 rows", () -> new KnnClassifier(4, false).fit(x, new int[] {0, 1, 1}),
                "4", "k cannot exceed the number of training rows");
        Rejections.assertRejects("leave-one-out with k = 3 and 3 rows",
                () -> new KnnClassifier(3, false).leaveOneOutPredict(x, new int[] {0, 1, 1}), "3",
                "leave-one-out has only n − 1 candidate rows");
        Rejections.assertRejects("leave-one-out with x containing Infinity",
                () -> model.leaveOneOutPredict(new double[][] {{1}, {Double.POSITIVE_INFINITY}, {2}},
                        new int[] {0, 1, 1}), "Infinity", "features must be finite");
    }

    @Test
    @Points(2)
    @DisplayName("predict refuses to run before fit (IllegalStateException) and rejects query rows of the wrong "
            + "length or with NaN (IllegalArgumentException)")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit",
                () -> new KnnClassifier(1, false).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("predictProba before fit",
                () -> new KnnClassifier(1, false).predictProba(new double[][] {{1}}));
        KnnClassifier model = new KnnClassifier(1, false).fit(new double[][] {{0, 0}, {2, 2}}, new int[] {0, 1});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> model.predict(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> model.predictProba(new double[][] {{1, Double.NaN}}),
                "NaN", "features must be finite");
        Rejections.assertRejects("x = null in predict", () -> model.predict(null), null, "check x for null");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertMatchesSmile(String what, Split split, int k) {
        KnnClassifier model = new KnnClassifier(k, false).fit(split.trainX(), split.trainY());
        int[] predicted = model.predict(split.testX());
        double[][] proba = model.predictProba(split.testX());
        KNN<double[]> smile = KNN.fit(split.trainX(), split.trainY(), k);
        int compared = 0;
        for (int q = 0; q < split.testX().length; q++) {
            double[] query = split.testX()[q];
            if (Ties.ambiguous(split.trainX(), split.trainY(), query, k, -1)) {
                continue;
            }
            compared++;
            double[] posteriori = new double[3];
            int expected = smile.predict(query.clone(), posteriori);
            if (predicted[q] != expected) {
                throw Failure.of(what + ": the prediction for test row " + q + " differs from Smile's")
                        .expected(expected).actual(predicted[q])
                        .line("query", Arrays.toString(query))
                        .line("Smile's shares", Arrays.toString(posteriori))
                        .likelyMistake("take the k rows with the smallest Euclidean distance √Σ(aⱼ − bⱼ)² and return "
                                + "the class with the most votes")
                        .error();
            }
            ArrayAssertions.assertClose(what + ": vote shares of test row " + q, posteriori, proba[q],
                    Tolerance.absolute(1e-12), "uniform shares are (votes for the class) / k, one column per "
                            + "class 0 … K−1");
        }
        Ties.requireEnoughCompared(what, compared, split.testX().length, 0.6);
    }

    static double accuracy(int[] predicted, int[] truth) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += predicted[i] == truth[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
    }

    static double[][] rows(double[][] x, double[] index, double[] mean, double[] std) {
        double[][] out = new double[index.length][];
        for (int r = 0; r < index.length; r++) {
            double[] row = x[(int) index[r]];
            out[r] = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                out[r][j] = (row[j] - mean[j]) / std[j];
            }
        }
        return out;
    }

    static int[] labels(int[] y, double[] index) {
        int[] out = new int[index.length];
        for (int r = 0; r < index.length; r++) {
            out[r] = y[(int) index[r]];
        }
        return out;
    }

    /** The test's own brute-force view of a query's neighbourhood, used only to skip ambiguous queries. */
    static final class Ties {

        private Ties() {
        }

        /** Whether the k-th and (k+1)-th distances tie (relative 1e-9) or the two largest vote counts tie. */
        static boolean ambiguous(double[][] x, int[] y, double[] query, int k, int exclude) {
            List<double[]> byDistance = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (i != exclude) {
                    double sum = 0;
                    for (int j = 0; j < query.length; j++) {
                        sum += (x[i][j] - query[j]) * (x[i][j] - query[j]);
                    }
                    byDistance.add(new double[] {Math.sqrt(sum), i});
                }
            }
            byDistance.sort((a, b) -> Double.compare(a[0], b[0]));
            if (byDistance.size() > k) {
                double kth = byDistance.get(k - 1)[0];
                double next = byDistance.get(k)[0];
                if (next - kth <= 1e-9 * Math.max(next, 1e-300)) {
                    return true;
                }
            }
            int[] votes = new int[Arrays.stream(y).max().orElse(0) + 1];
            for (int r = 0; r < k; r++) {
                votes[y[(int) byDistance.get(r)[1]]]++;
            }
            int[] sorted = votes.clone();
            Arrays.sort(sorted);
            return sorted.length > 1 && sorted[sorted.length - 1] == sorted[sorted.length - 2];
        }

        static void requireEnoughCompared(String what, int compared, int total, double share) {
            if (compared < share * total) {
                throw new IllegalStateException(what + ": only " + compared + " of " + total + " queries were free of "
                        + "ties; the test needs at least " + share + " of them (a problem of the test data, not of "
                        + "your code)");
            }
        }
    }

    /** A seeded stratified 70/30 split; {@link #standardised()} scales both parts by the training rows. */
    record Split(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {

        static Split stratified(double[][] x, int[] y, int classes, long seed) {
            Random random = new Random(seed);
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int label = 0; label < classes; label++) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (y[i] == label) {
                        members.add(i);
                    }
                }
                Collections.shuffle(members, random);
                int cut = (int) Math.round(0.7 * members.size());
                train.addAll(members.subList(0, cut));
                test.addAll(members.subList(cut, members.size()));
            }
            Collections.sort(train);
            Collections.sort(test);
            return new Split(pick(x, train), pick(y, train), pick(x, test), pick(y, test));
        }

        Split standardised() {
            int d = trainX[0].length;
            double[] mean = new double[d];
            double[] std = new double[d];
            for (double[] row : trainX) {
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j] / trainX.length;
                }
            }
            for (double[] row : trainX) {
                for (int j = 0; j < d; j++) {
                    std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / trainX.length;
                }
            }
            for (int j = 0; j < d; j++) {
                std[j] = Math.sqrt(std[j]);
            }
            return new Split(scale(trainX, mean, std), trainY, scale(testX, mean, std), testY);
        }

        private static double[][] scale(double[][] x, double[] mean, double[] std) {
            double[][] out = new double[x.length][x[0].length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[i].length; j++) {
                    out[i][j] = (x[i][j] - mean[j]) / std[j];
                }
            }
            return out;
        }

        private static double[][] pick(double[][] x, List<Integer> rows) {
            double[][] out = new double[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                out[r] = x[rows.get(r)].clone();
            }
            return out;
        }

        private static int[] pick(int[] y, List<Integer> rows) {
            return rows.stream().mapToInt(i -> y[i]).toArray();
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
