package io.mlpath.p2.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.StatisticalAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p2.evaluation.CrossValidation.GridSearchResult;
import io.mlpath.p2.evaluation.CrossValidation.Model;
import io.mlpath.p2.evaluation.CrossValidation.Split;
import io.mlpath.p2.evaluation.CrossValidation.Transformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hidden tests of splitting, k-fold, stratified k-fold, the pipeline and grid search.
 *
 * <p>Oracles: exact invariants (test folds disjoint and covering, training set = complement, fold
 * sizes as scikit-learn's {@code KFold}: the first {@code n mod k} folds one row longer, class
 * counts per stratified fold within one of {@code n_c/k}); a SPY scaler supplied by the test that
 * records every row it was fitted on; scores recomputed by the test's own loop with the test's own
 * scaler and models (no other challenge's code).
 */
@Challenge("p2.evaluation.cross-validation")
class CrossValidationGradingTest {

    private static final String LEAK = "fit the transformer INSIDE each split, on the training rows only: a scaler "
            + "fitted on all the data (or refitted on the rows being predicted) has seen the validation rows";

    @Test
    @Points(3)
    @DisplayName("trainTestSplit(150, 0.25) puts ⌈37.5⌉ = 38 rows in the test set and 112 in the training set: "
            + "disjoint, together every row once, each sorted ascending")
    void trainTestSplitPartitionsTheRows() {
        Split split = CrossValidation.trainTestSplit(150, 0.25, Seeds.of(42));
        if (split.test().length != 38 || split.train().length != 112) {
            throw Failure.of("train/test sizes differ").expected("112 train, 38 test")
                    .actual(split.train().length + " train, " + split.test().length + " test")
                    .likelyMistake("the test size is ceil(testFraction · n) (sklearn rounds it up); the rest trains")
                    .error();
        }
        assertPartition("trainTestSplit(150, 0.25)", List.of(split), 150);
    }

    @Test
    @Points(3)
    @DisplayName("trainTestSplit is seeded and random: the same seed gives the same split, other seeds other "
            + "splits, and over 400 seeds a row lands in the test set 38/150 of the time")
    void trainTestSplitIsSeededAndRandom() {
        long seed = Seeds.of(7);
        Split a = CrossValidation.trainTestSplit(150, 0.25, seed);
        Split b = CrossValidation.trainTestSplit(150, 0.25, seed);
        Split c = CrossValidation.trainTestSplit(150, 0.25, seed + 1);
        if (!Arrays.equals(a.test(), b.test())) {
            throw Failure.of("two calls with the same seed gave different test sets")
                    .expected(Arrays.toString(a.test())).actual(Arrays.toString(b.test()))
                    .likelyMistake("build the shuffle from new Random(seed), never from the clock or a shared Random")
                    .error();
        }
        if (Arrays.equals(a.test(), c.test())) {
            throw Failure.of("seeds " + seed + " and " + (seed + 1) + " gave the same test set")
                    .expected("different test sets").actual(Arrays.toString(a.test()))
                    .likelyMistake("the seed must drive the shuffle (Fisher-Yates with random.nextInt(i + 1))").error();
        }
        int inTest = 0;
        for (int s = 0; s < 400; s++) {
            int[] test = CrossValidation.trainTestSplit(150, 0.25, Seeds.of(1000 + s)).test();
            inTest += Arrays.binarySearch(test, 0) >= 0 ? 1 : 0;
            inTest += Arrays.binarySearch(test, 149) >= 0 ? 1 : 0;
        }
        StatisticalAssertions.assertProportionWithin("400 splits × rows {0, 149} that put the row in the test set",
                inTest, 800, 38.0 / 150, 4, "shuffle all n rows uniformly before cutting; taking the last rows "
                        + "or a biased shuffle puts some rows in the test set too often or never");
    }

    @Test
    @Points(3)
    @DisplayName("unshuffled kFold equals sklearn's KFold: n = 11, k = 4 gives test folds {0,1,2}, {3,4,5}, "
            + "{6,7,8}, {9,10}, and n = 103, k = 5 gives fold sizes 21, 21, 21, 20, 20")
    void unshuffledKFoldMatchesSklearn() {
        List<Split> folds = CrossValidation.kFold(11, 4, false, Seeds.of(0));
        int[][] expected = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {9, 10}};
        for (int f = 0; f < 4; f++) {
            if (!Arrays.equals(expected[f], folds.get(f).test())) {
                throw Failure.of("test fold " + f + " of kFold(11, 4) differs")
                        .expected(Arrays.toString(expected[f])).actual(Arrays.toString(folds.get(f).test()))
                        .likelyMistake("11 = 4·2 + 3: the first 11 mod 4 = 3 folds get ⌊11/4⌋ + 1 = 3 rows, the "
                                + "last gets 2; no row may be dropped")
                        .error();
            }
        }
        assertPartition("kFold(11, 4)", folds, 11);
        int[] sizes = CrossValidation.kFold(103, 5, false, Seeds.of(0)).stream().mapToInt(s -> s.test().length)
                .toArray();
        if (!Arrays.equals(new int[] {21, 21, 21, 20, 20}, sizes)) {
            throw Failure.of("fold sizes of kFold(103, 5) differ").expected("[21, 21, 21, 20, 20]")
                    .actual(Arrays.toString(sizes))
                    .likelyMistake("the FIRST n mod k folds are one row longer; all 103 rows must be tested once")
                    .error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("shuffled kFold(103, 5): every row is in exactly one test fold, and each split trains on exactly "
            + "the other 82 or 83 rows")
    void shuffledKFoldPartitionsTheRows() {
        List<Split> folds = CrossValidation.kFold(103, 5, true, Seeds.of(3));
        if (folds.size() != 5) {
            throw Failure.of("kFold(103, 5) returned the wrong number of splits").expected(5).actual(folds.size())
                    .likelyMistake("return one split per fold").error();
        }
        assertPartition("kFold(103, 5, shuffled)", folds, 103);
    }

    @Test
    @Points(2)
    @DisplayName("shuffled kFold is seeded: the same seed gives the same folds, another seed other folds, and the "
            + "first test fold is not simply rows 0…20")
    void shuffledKFoldIsSeeded() {
        long seed = Seeds.of(11);
        int[] a = CrossValidation.kFold(103, 5, true, seed).get(0).test();
        int[] b = CrossValidation.kFold(103, 5, true, seed).get(0).test();
        int[] c = CrossValidation.kFold(103, 5, true, seed + 1).get(0).test();
        int[] unshuffled = IntStream.range(0, 21).toArray();
        if (!Arrays.equals(a, b) || Arrays.equals(a, c) || Arrays.equals(a, unshuffled)) {
            throw Failure.of("shuffled kFold is not a seeded shuffle")
                    .expected("same seed → same fold 0; seed + 1 → another fold 0; fold 0 ≠ rows 0…20")
                    .actual("seed: " + Arrays.toString(a) + ", again: " + Arrays.toString(b) + ", seed + 1: "
                            + Arrays.toString(c))
                    .likelyMistake("when shuffle is true, Fisher-Yates shuffle 0…n−1 with new Random(seed) before "
                            + "cutting the folds")
                    .error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("stratifiedKFold on Iris (50 rows per class, k = 5) gives every fold exactly 10 rows of each "
            + "class, and the folds partition the 150 rows")
    void stratifiedKFoldOnIris() {
        int[] y = Datasets.iris().labels();
        List<Split> folds = CrossValidation.stratifiedKFold(y, 5, Seeds.of(42));
        assertPartition("stratifiedKFold(iris, 5)", folds, 150);
        assertStratified("Iris", y, folds);
    }

    @Test
    @Points(3)
    @DisplayName("stratifiedKFold keeps class proportions within ±1 row per fold on unbalanced labels: Wine "
            + "(59/71/48, k = 4) and 97 zeros with 13 ones (k = 5: 2 or 3 ones per fold)")
    void stratifiedKFoldOnUnbalancedLabels() {
        int[] wine = Datasets.wine().labels();
        List<Split> wineFolds = CrossValidation.stratifiedKFold(wine, 4, Seeds.of(5));
        assertPartition("stratifiedKFold(wine, 4)", wineFolds, wine.length);
        assertStratified("Wine", wine, wineFolds);

        int[] rare = new int[110];
        Random random = new Random(Seeds.of(9));
        List<Integer> positions = IntStream.range(0, 110).boxed().collect(Collectors.toList());
        java.util.Collections.shuffle(positions, random);
        for (int i = 0; i < 13; i++) {
            rare[positions.get(i)] = 1;
        }
        List<Split> rareFolds = CrossValidation.stratifiedKFold(rare, 5, Seeds.of(5));
        assertPartition("stratifiedKFold(97 zeros + 13 ones, 5)", rareFolds, 110);
        assertStratified("97 zeros + 13 ones", rare, rareFolds);
    }

    @Test
    @Points(5)
    @DisplayName("crossValScore never shows a validation row to the scaler: a SPY scaler records every row it is "
            + "fitted on, and in each of 5 folds it saw exactly that fold's training rows")
    void spyScalerNeverSeesAValidationRow() {
        Data data = synthetic(Seeds.of(21), 60);
        List<SpyScaler> spies = new ArrayList<>();
        List<Split> folds = CrossValidation.kFold(60, 5, true, Seeds.of(4));
        CrossValidation.crossValScore(() -> {
            SpyScaler spy = new SpyScaler();
            spies.add(spy);
            return spy;
        }, NearestCentroid::new, data.x(), data.y(), folds);

        if (spies.size() != folds.size()) {
            throw Failure.of("crossValScore created " + spies.size() + " transformer(s) for " + folds.size() + " splits")
                    .expected("one fresh transformer per split (" + folds.size() + ")").actual(spies.size())
                    .likelyMistake(LEAK).error();
        }
        for (int f = 0; f < folds.size(); f++) {
            TreeSet<Integer> seen = new TreeSet<>();
            for (double[] row : spies.get(f).fittedRows) {
                seen.add(data.index(row));
            }
            TreeSet<Integer> validation = new TreeSet<>();
            Arrays.stream(folds.get(f).test()).forEach(validation::add);
            TreeSet<Integer> leaked = new TreeSet<>(seen);
            leaked.retainAll(validation);
            if (!leaked.isEmpty()) {
                throw Failure.of("the scaler of split " + f + " was fitted on " + leaked.size() + " validation row(s)")
                        .expected("no validation row among the rows the scaler was fitted on")
                        .actual("validation rows seen: " + leaked)
                        .likelyMistake(LEAK).error();
            }
            TreeSet<Integer> train = new TreeSet<>();
            Arrays.stream(folds.get(f).train()).forEach(train::add);
            if (!seen.equals(train)) {
                throw Failure.of("the scaler of split " + f + " was not fitted on exactly the training rows")
                        .expected(train.size() + " training rows " + train).actual(seen.size() + " rows " + seen)
                        .likelyMistake("fit the pipeline on x[train], y[train] of each split (and only once)").error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("crossValScore on Iris (stratified 5 folds, standard scaler + nearest centroid) equals the "
            + "accuracy computed fold by fold: scaler and model fitted on the training rows, scored on the test rows")
    void crossValScoreMatchesAManualLoop() {
        double[][] x = Datasets.iris().features();
        int[] y = Datasets.iris().labels();
        List<Split> folds = CrossValidation.stratifiedKFold(y, 5, Seeds.of(8));
        double[] expected = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            expected[f] = manualScore(new SpyScaler(), new NearestCentroid(), x, y, folds.get(f));
        }
        double[] actual = CrossValidation.crossValScore(SpyScaler::new, NearestCentroid::new, x, y, folds);
        ArrayAssertions.assertClose("accuracy per fold", expected, actual, Tolerance.absolute(1e-12),
                "the score of a split is the fraction of ITS TEST rows predicted right by a pipeline fitted on ITS "
                        + "training rows; scores come back in the order of the splits");
    }

    @Test
    @Points(4)
    @DisplayName("gridSearch scores each candidate threshold θ ∈ {3, −1, 0, 0, 1} by the mean of its fold "
            + "accuracies and picks the first candidate with the highest mean (of two tied candidates, the earlier)")
    void gridSearchPicksTheFirstBestMeanScore() {
        Data data = synthetic(Seeds.of(33), 80);
        List<Split> folds = CrossValidation.kFold(80, 4, true, Seeds.of(2));
        double[] candidates = {3, -1, 0, 0, 1};
        GridSearchResult result = CrossValidation.gridSearch(SpyScaler::new, Threshold::new, candidates,
                data.x(), data.y(), folds);

        double[] expectedMeans = new double[candidates.length];
        int best = 0;
        for (int p = 0; p < candidates.length; p++) {
            double[] scores = new double[folds.size()];
            for (int f = 0; f < folds.size(); f++) {
                scores[f] = manualScore(new SpyScaler(), new Threshold(candidates[p]), data.x(), data.y(),
                        folds.get(f));
            }
            ArrayAssertions.assertClose("fold accuracies of candidate " + candidates[p], scores,
                    result.foldScores()[p], Tolerance.absolute(1e-12),
                    "candidate p's model is models.apply(parameters[p]), cross-validated with a fresh transformer "
                            + "per split");
            expectedMeans[p] = Arrays.stream(scores).average().orElseThrow();
            best = expectedMeans[p] > expectedMeans[best] ? p : best;
        }
        ArrayAssertions.assertClose("mean scores", expectedMeans, result.meanScores(), Tolerance.absolute(1e-12),
                "the mean score of a candidate is the plain mean of its fold accuracies");
        if (result.bestIndex() != best || result.bestParameter() != candidates[best]) {
            throw Failure.of("gridSearch picked the wrong candidate")
                    .expected("index " + best + " (θ = " + candidates[best] + ")")
                    .actual("index " + result.bestIndex() + " (θ = " + result.bestParameter() + ")")
                    .line("mean scores", Arrays.toString(expectedMeans))
                    .likelyMistake("take the FIRST candidate with the highest mean (replace only on a strictly "
                            + "greater mean)")
                    .error();
        }
    }

    @Test
    @Points(1)
    @DisplayName("a Pipeline used before fit throws IllegalStateException")
    void pipelineBeforeFitThrows() {
        CrossValidation.Pipeline pipeline = new CrossValidation.Pipeline(new SpyScaler(), new NearestCentroid());
        assertThrows(IllegalStateException.class, () -> pipeline.predict(new double[][] {{1, 2, 3}}),
                () -> Failure.of("predict before fit did not throw IllegalStateException")
                        .likelyMistake("remember in fit that the pipeline is fitted; check it in predict").message());
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad input with IllegalArgumentException naming the rule: k < 2, k > n, test fraction "
            + "0 or 1, a class with fewer than k rows, a split index outside 0…n−1, y of the wrong length")
    void rejectsBadInput() {
        Data data = synthetic(1, 10);
        expectRejection("k = 1", "at least 2", () -> CrossValidation.kFold(10, 1, false, 0));
        expectRejection("k = 11 > n = 10", "at most", () -> CrossValidation.kFold(10, 11, false, 0));
        expectRejection("testFraction = 0", "between 0 and 1", () -> CrossValidation.trainTestSplit(10, 0.0, 0));
        expectRejection("testFraction = 1", "between 0 and 1", () -> CrossValidation.trainTestSplit(10, 1.0, 0));
        expectRejection("a class with 2 rows and k = 3", "at least k",
                () -> CrossValidation.stratifiedKFold(new int[] {0, 0, 0, 1, 1, 0}, 3, 0));
        expectRejection("a split index 10 with n = 10", "0 … 9", () -> CrossValidation.crossValScore(SpyScaler::new,
                NearestCentroid::new, data.x(), data.y(), List.of(new Split(new int[] {0, 1, 2}, new int[] {10}))));
        expectRejection("y with 9 labels for 10 rows", "one label per row", () -> CrossValidation.crossValScore(
                SpyScaler::new, NearestCentroid::new, data.x(), Arrays.copyOf(data.y(), 9),
                CrossValidation.kFold(10, 2, false, 0)));
    }

    // ----- helpers: the test's own transformer and models (no other challenge's code) -----

    /** A standard scaler that records every row it is fitted on. */
    static final class SpyScaler implements Transformer {
        final List<double[]> fittedRows = new ArrayList<>();
        private double[] mean;
        private double[] scale;

        @Override
        public Transformer fit(double[][] x) {
            int d = x[0].length;
            mean = new double[d];
            scale = new double[d];
            for (double[] row : x) {
                fittedRows.add(row.clone());
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j] / x.length;
                }
            }
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
                }
            }
            for (int j = 0; j < d; j++) {
                scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
            }
            return this;
        }

        @Override
        public double[][] transform(double[][] x) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = new double[x[i].length];
                for (int j = 0; j < x[i].length; j++) {
                    out[i][j] = (x[i][j] - mean[j]) / scale[j];
                }
            }
            return out;
        }
    }

    /** Predicts the class whose training mean is nearest (squared Euclidean distance). */
    static final class NearestCentroid implements Model {
        private double[][] centroids;

        @Override
        public Model fit(double[][] x, int[] y) {
            int k = Arrays.stream(y).max().orElseThrow() + 1;
            centroids = new double[k][x[0].length];
            int[] counts = new int[k];
            for (int i = 0; i < x.length; i++) {
                counts[y[i]]++;
                for (int j = 0; j < x[i].length; j++) {
                    centroids[y[i]][j] += x[i][j];
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < centroids[c].length; j++) {
                    centroids[c][j] = counts[c] == 0 ? Double.MAX_VALUE / 4 : centroids[c][j] / counts[c];
                }
            }
            return this;
        }

        @Override
        public int[] predict(double[][] x) {
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < centroids.length; c++) {
                    double d = 0;
                    for (int j = 0; j < x[i].length; j++) {
                        d += (x[i][j] - centroids[c][j]) * (x[i][j] - centroids[c][j]);
                    }
                    if (d < best) {
                        best = d;
                        out[i] = c;
                    }
                }
            }
            return out;
        }
    }

    /** Class 1 when the first (transformed) feature exceeds θ. */
    static final class Threshold implements Model {
        private final double theta;

        Threshold(double theta) {
            this.theta = theta;
        }

        @Override
        public Model fit(double[][] x, int[] y) {
            return this;
        }

        @Override
        public int[] predict(double[][] x) {
            return Arrays.stream(x).mapToInt(r -> r[0] > theta ? 1 : 0).toArray();
        }
    }

    /** Rows with distinct values (so a row identifies its index) and a noisy binary label. */
    record Data(double[][] x, int[] y, Map<String, Integer> ids) {
        int index(double[] row) {
            Integer i = ids.get(Arrays.toString(row));
            if (i == null) {
                throw Failure.of("the transformer was fitted on a row that is not a row of x")
                        .actual(Arrays.toString(row))
                        .likelyMistake("pass the original rows x[i] of the training indices to fit").error();
            }
            return i;
        }
    }

    private static Data synthetic(long seed, int n) {
        Random random = new Random(seed);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = 5 + 2 * random.nextGaussian() + j * 10;
            }
            y[i] = x[i][0] + random.nextGaussian() > 5 ? 1 : 0;
            ids.put(Arrays.toString(x[i]), i);
        }
        if (Arrays.stream(y).sum() == 0) {
            y[0] = 1;
        }
        return new Data(x, y, ids);
    }

    private static double manualScore(Transformer transformer, Model model, double[][] x, int[] y, Split split) {
        double[][] trainX = Arrays.stream(split.train()).mapToObj(i -> x[i]).toArray(double[][]::new);
        int[] trainY = Arrays.stream(split.train()).map(i -> y[i]).toArray();
        double[][] testX = Arrays.stream(split.test()).mapToObj(i -> x[i]).toArray(double[][]::new);
        transformer.fit(trainX);
        model.fit(transformer.transform(trainX), trainY);
        int[] predicted = model.predict(transformer.transform(testX));
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == y[split.test()[i]] ? 1 : 0;
        }
        return (double) right / predicted.length;
    }

    /** Test folds disjoint and covering 0…n−1, each training set the sorted complement of its test fold. */
    private static void assertPartition(String what, List<Split> folds, int n) {
        int[] timesTested = new int[n];
        for (int f = 0; f < folds.size(); f++) {
            Split split = folds.get(f);
            for (int i : split.test()) {
                if (i < 0 || i >= n) {
                    throw Failure.of(what + ": split " + f + " tests row " + i + ", outside 0…" + (n - 1))
                            .likelyMistake("indices are row numbers 0 … n−1").error();
                }
                timesTested[i]++;
            }
            int[] complement = IntStream.range(0, n).filter(i -> Arrays.binarySearch(sorted(split.test()), i) < 0)
                    .toArray();
            if (!Arrays.equals(complement, split.train()) || !Arrays.equals(sorted(split.test()), split.test())) {
                throw Failure.of(what + ": split " + f + " is not (sorted complement, sorted test fold)")
                        .expected("train = every row not in the test fold, ascending: " + Arrays.toString(complement))
                        .actual("train " + Arrays.toString(split.train()) + ", test " + Arrays.toString(split.test()))
                        .likelyMistake("a row is either trained on or tested on, never both and never neither; "
                                + "return both index sets sorted ascending")
                        .error();
            }
        }
        for (int i = 0; i < n; i++) {
            if (folds.size() > 1 && timesTested[i] != 1 || folds.size() == 1 && timesTested[i] > 1) {
                throw Failure.of(what + ": row " + i + " is in " + timesTested[i] + " test folds")
                        .expected("every row in exactly one test fold").actual(timesTested[i] + " test folds")
                        .likelyMistake("the folds must be disjoint and cover all n rows: the first n mod k folds take "
                                + "one extra row, none is dropped")
                        .error();
            }
        }
    }

    private static void assertStratified(String what, int[] y, List<Split> folds) {
        int classes = Arrays.stream(y).max().orElseThrow() + 1;
        int k = folds.size();
        for (int c = 0; c < classes; c++) {
            int cls = c;
            int total = (int) Arrays.stream(y).filter(v -> v == cls).count();
            for (int f = 0; f < k; f++) {
                long count = Arrays.stream(folds.get(f).test()).filter(i -> y[i] == cls).count();
                if (count < total / k || count > (total + k - 1) / k) {
                    throw Failure.of(what + ": test fold " + f + " holds " + count + " rows of class " + c)
                            .expected("⌊" + total + "/" + k + "⌋ = " + total / k + " or ⌈" + total + "/" + k + "⌉ = "
                                    + (total + k - 1) / k)
                            .actual(count)
                            .likelyMistake("stratify: split EACH class's rows evenly over the k folds (shuffle the "
                                    + "class's indices, deal them round-robin), not the rows as a whole")
                            .error();
                }
            }
        }
    }

    private static int[] sorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static void expectRejection(String what, String ruleFragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call,
                () -> Failure.of(what + " was accepted").expected("IllegalArgumentException mentioning '"
                        + ruleFragment + "'").actual("no IllegalArgumentException")
                        .likelyMistake("validate inputs where they enter").message());
        if (e.getMessage() == null || !e.getMessage().contains(ruleFragment)) {
            throw Failure.of("the message for " + what + " does not state the rule")
                    .expected("a message containing '" + ruleFragment + "'").actual(e.getMessage())
                    .likelyMistake("say which rule was broken and the bad value, e.g. \"k must be at least 2, was 1\"")
                    .error();
        }
    }
}
