package io.mlpath.p2.supervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.datasets.RegressionData;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of least-squares gradient boosting.
 *
 * <p>Oracles: stages worked by hand on a 4-row 1-D set (exact fractions); scikit-learn 1.2.1's
 * {@code GradientBoostingRegressor} with the same settings on Diabetes (fixture
 * {@code gradient-boosting-diabetes.json}, checked tie-free by its script); exact properties of
 * least-squares boosting (the training loss falls at every stage; the first increment is linear in
 * the learning rate; a depth-k tree has at most 2^k leaves).
 */
@Challenge("p2.supervised.gradient-boosting")
class GradientBoostingRegressorGradingTest {

    private static final String CURRENT_RESIDUALS = "Are the residuals recomputed at every stage against the "
            + "CURRENT model, rᵢ = yᵢ − F_{m−1}(xᵢ)? Residuals against F₀ only make every tree the same tree.";

    private static Fixture sklearn;
    private static double[][] trainX;
    private static double[] trainY;
    private static double[][] testX;
    private static double[][] allX;
    private static double[] allY;

    @BeforeAll
    static void load() {
        sklearn = Fixture.load(GradientBoostingRegressorGradingTest.class, "gradient-boosting-diabetes.json");
        RegressionData diabetes = Datasets.diabetes();
        allX = diabetes.features();
        allY = diabetes.targets();
        int n = diabetes.size();
        int test = (n + 3) / 4;
        trainX = new double[n - test][];
        trainY = new double[n - test];
        testX = new double[test][];
        for (int i = 0, a = 0, b = 0; i < n; i++) {
            if (i % 4 == 0) {
                testX[b++] = allX[i];
            } else {
                trainX[a] = allX[i];
                trainY[a++] = allY[i];
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("starts from the mean: F₀ is the mean of the training targets (149.09 on the Diabetes training "
            + "rows) and stagedPredict row 0 is that constant")
    void startsFromTheMean() {
        GradientBoostingRegressor model = new GradientBoostingRegressor(3, 0.1, 2, 5).fit(trainX, trainY);
        double mean = sklearn.number("shallow_initial");
        ArrayAssertions.assertClose("initialPrediction()", mean, model.initialPrediction(), Tolerance.absolute(1e-9),
                "the constant minimising Σ(yᵢ − c)² is the mean of y");
        double[] constant = new double[testX.length];
        Arrays.fill(constant, mean);
        ArrayAssertions.assertClose("stagedPredict row 0 on the held-out rows", constant,
                model.stagedPredict(testX)[0], Tolerance.absolute(1e-9), "row 0 of stagedPredict is F₀ for every row");
    }

    @Test
    @Points(4)
    @DisplayName("first stages by hand: x = (3, 1, 4, 2), y = (5, 0, 4, 3), stumps, η = 0.5 give F₀ = 3, "
            + "F₁ = (3.5, 1.5, 3.5, 3.5), F₂ = (4, 1, 4, 3)")
    void firstStagesByHand() {
        double[][] x = {{3}, {1}, {4}, {2}};
        double[] y = {5, 0, 4, 3};
        GradientBoostingRegressor model = new GradientBoostingRegressor(3, 0.5, 1, 1).fit(x, y);
        double[][] staged = model.stagedPredict(x);

        ArrayAssertions.assertClose("F₀", 3.0, model.initialPrediction(), Tolerance.absolute(1e-12),
                "F₀ = mean(y) = 12/4");
        // r₁ = y − F₀ = (2, −3, 1, 0) (by x: −3, 0, 2, 1): SSE 2 at x ≤ 1.5, 5 at 2.5, 12.67 at 3.5 → leaves −3, 1.
        ArrayAssertions.assertClose("F₁", new double[] {3.5, 1.5, 3.5, 3.5}, staged[1], Tolerance.absolute(1e-12),
                "stage 1 fits r = y − F₀ with the stump x ≤ 1.5 (leaf means −3 and 1), added with η = 0.5; sort the "
                        + "rows by x before sweeping the thresholds");
        // r₂ = y − F₁ = (1.5, −1.5, 0.5, −0.5) (by x: −1.5, −0.5, 1.5, 0.5): best x ≤ 2.5 → leaves −1, 1.
        if (Math.abs(staged[2][0] - 4) > 1e-12 || Math.abs(staged[2][1] - 1) > 1e-12
                || Math.abs(staged[2][2] - 4) > 1e-12 || Math.abs(staged[2][3] - 3) > 1e-12) {
            throw Failure.of("F₂ differs from the hand-computed second stage")
                    .expected("[4.0, 1.0, 4.0, 3.0]")
                    .actual(Arrays.toString(staged[2]))
                    .line("by hand", "r₂ = y − F₁ = (1.5, −1.5, 0.5, −0.5); the stump x ≤ 2.5 has leaf means −1 and 1; "
                            + "fitting r₁ again would give F₂ = F₀ + 2·0.5·h₁ = (4, 0, 4, 4)")
                    .likelyMistake(CURRENT_RESIDUALS)
                    .error();
        }
        ArrayAssertions.assertClose("training MSE after 0, 1, 2 stages", new double[] {3.5, 1.25, 0.5},
                Arrays.copyOf(model.trainLoss(), 3), Tolerance.absolute(1e-12),
                "trainLoss()[m] = (1/n) Σ (yᵢ − F_m(xᵢ))². " + CURRENT_RESIDUALS);
    }

    @Test
    @Points(4)
    @DisplayName("matches scikit-learn's GradientBoostingRegressor on Diabetes (40 stages, η = 0.1, depth 2, min leaf "
            + "5): staged predictions on training and held-out rows agree to 1e-6")
    void matchesSklearnShallow() {
        expectSklearn("shallow");
    }

    @Test
    @Points(3)
    @DisplayName("matches scikit-learn's GradientBoostingRegressor on Diabetes (15 stages, η = 0.3, depth 3, min leaf "
            + "10): staged predictions on training and held-out rows agree to 1e-6")
    void matchesSklearnDeeper() {
        expectSklearn("deeper");
    }

    @Test
    @Points(4)
    @DisplayName("the training loss strictly decreases at every one of 60 stages on all of Diabetes (η = 0.1, depth 2), "
            + "and trainLoss()[m] is the MSE of stagedPredict row m")
    void trainingLossStrictlyDecreases() {
        GradientBoostingRegressor model = new GradientBoostingRegressor(60, 0.1, 2, 1).fit(allX, allY);
        double[] loss = model.trainLoss();
        if (loss.length != 61) {
            throw Failure.of("trainLoss() has the wrong length").expected("61 (stages 0 … 60)").actual(loss.length)
                    .likelyMistake("index 0 is the constant model F₀, index m the model after m trees").error();
        }
        for (int m = 1; m < loss.length; m++) {
            if (!(loss[m] < loss[m - 1])) {
                throw Failure.of("the training loss did not decrease at stage " + m)
                        .expected("loss[" + m + "] < loss[" + (m - 1) + "] = " + loss[m - 1])
                        .actual(loss[m])
                        .line("losses", Arrays.toString(Arrays.copyOfRange(loss, Math.max(0, m - 3),
                                Math.min(loss.length, m + 2))))
                        .likelyMistake(CURRENT_RESIDUALS + " Then F_m = F₀ + m·η·h₁ overshoots once m·η > 1.")
                        .error();
            }
        }
        double[][] staged = model.stagedPredict(allX);
        double[] mse = new double[staged.length];
        for (int m = 0; m < staged.length; m++) {
            for (int i = 0; i < allY.length; i++) {
                mse[m] += (allY[i] - staged[m][i]) * (allY[i] - staged[m][i]) / allY.length;
            }
        }
        ArrayAssertions.assertClose("trainLoss() against the MSE of stagedPredict on the training rows", mse, loss,
                Tolerance.relative(1e-9), "trainLoss()[m] = (1/n) Σ (yᵢ − F_m(xᵢ))² with the same F_m as stagedPredict");
    }

    @Test
    @Points(3)
    @DisplayName("shrinks every tree by η: the first increment F₁ − F₀ with η = 0.8 is exactly 4 times the one with "
            + "η = 0.2 (the first tree does not depend on η)")
    void shrinksByTheLearningRate() {
        double[][] slow = new GradientBoostingRegressor(2, 0.2, 2, 5).fit(trainX, trainY).stagedPredict(testX);
        double[][] fast = new GradientBoostingRegressor(2, 0.8, 2, 5).fit(trainX, trainY).stagedPredict(testX);
        double[] expected = new double[testX.length];
        double[] actual = new double[testX.length];
        for (int i = 0; i < testX.length; i++) {
            expected[i] = 4 * (slow[1][i] - slow[0][i]);
            actual[i] = fast[1][i] - fast[0][i];
        }
        ArrayAssertions.assertClose("F₁ − F₀ with η = 0.8 on the held-out rows", expected, actual,
                Tolerance.absolute(1e-9), "F₁ = F₀ + η·h₁: is the tree's prediction multiplied by the learning rate, "
                        + "in fit and in stagedPredict?");
    }

    @Test
    @Points(2)
    @DisplayName("respects maxDepth: each stage adds at most 2 distinct values with stumps and at most 8 with depth 3")
    void respectsMaxDepth() {
        for (int depth : new int[] {1, 3}) {
            double[][] staged = new GradientBoostingRegressor(4, 0.5, depth, 1).fit(trainX, trainY)
                    .stagedPredict(trainX);
            for (int m = 1; m < staged.length; m++) {
                int distinct = increments(staged[m - 1], staged[m]).size();
                if (distinct > 1 << depth) {
                    throw Failure.of("stage " + m + " added more distinct values than a depth-" + depth
                                    + " tree has leaves")
                            .expected("at most " + (1 << depth)).actual(distinct)
                            .likelyMistake("the root has depth 0: stop splitting a node whose depth equals maxDepth")
                            .error();
                }
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("respects minSamplesLeaf: with 40, every value the first tree adds is shared by at least 40 "
            + "training rows")
    void respectsMinSamplesLeaf() {
        double[][] staged = new GradientBoostingRegressor(1, 1.0, 4, 40).fit(trainX, trainY).stagedPredict(trainX);
        Map<Double, Integer> sizes = increments(staged[0], staged[1]);
        for (Map.Entry<Double, Integer> leaf : sizes.entrySet()) {
            if (leaf.getValue() < 40) {
                throw Failure.of("a leaf of the first tree holds fewer than minSamplesLeaf = 40 training rows")
                        .expected("every leaf ≥ 40 rows")
                        .actual(leaf.getValue() + " rows get the increment " + leaf.getKey())
                        .line("leaf sizes", sizes.values().toString())
                        .likelyMistake("only consider thresholds where both children keep ≥ minSamplesLeaf rows")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("a constant target gives a constant model: every stage predicts the constant and the training loss "
            + "stays 0 (no NaN)")
    void constantTarget() {
        double[] y = new double[trainY.length];
        Arrays.fill(y, 7.5);
        GradientBoostingRegressor model = new GradientBoostingRegressor(5, 0.5, 2, 1).fit(trainX, y);
        double[] expected = new double[testX.length];
        Arrays.fill(expected, 7.5);
        ArrayAssertions.assertClose("predictions of a model fitted to y = 7.5 everywhere", expected,
                model.predict(testX), Tolerance.absolute(1e-12),
                "all residuals are 0: a tree on them must predict 0 (no split, leaf mean 0), not NaN");
        ArrayAssertions.assertClose("training loss", new double[6], model.trainLoss(), Tolerance.absolute(1e-20),
                "the constant model is already exact");
    }

    @Test
    @Points(2)
    @DisplayName("predict is the last row of stagedPredict, stagedPredict has stages + 1 rows, and refitting gives "
            + "the same model without modifying x or y")
    void predictIsTheLastStage() {
        double[][] x = deepCopy(trainX);
        double[] y = trainY.clone();
        GradientBoostingRegressor model = new GradientBoostingRegressor(7, 0.3, 2, 3).fit(x, y);
        double[][] staged = model.stagedPredict(testX);
        if (staged.length != 8) {
            throw Failure.of("stagedPredict has the wrong number of rows").expected("8 (F₀ … F₇)").actual(staged.length)
                    .likelyMistake("row 0 is F₀, row m the model after m trees").error();
        }
        double[] predicted = model.predict(testX);
        ArrayAssertions.assertClose("predict against stagedPredict's last row", staged[7], predicted,
                Tolerance.absolute(1e-12), "predict(x) = F_M(x), the model after all stages");
        model.fit(x, y);
        ArrayAssertions.assertClose("predict after fitting the same model again", predicted, model.predict(testX),
                Tolerance.absolute(0), "fit must start again from F₀ and an empty list of trees");
        if (!Arrays.deepEquals(x, trainX) || !Arrays.equals(y, trainY)) {
            throw Failure.of("fit modified its input").expected("x and y unchanged").actual("changed")
                    .likelyMistake("keep residuals in your own array; never write into y").error();
        }
        double[] loss = model.trainLoss();
        loss[0] = -1;
        ArrayAssertions.assertClose("trainLoss()[0] after the caller changed the returned array", 1.0,
                Math.signum(model.trainLoss()[0]), Tolerance.absolute(0), "return a copy of the losses");
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad input with IllegalArgumentException naming the rule and value: stages 0, learning rate "
            + "0 or 1.5, maxDepth 0, minSamplesLeaf 0, null/ragged/NaN x, target count mismatch, infinite target")
    void rejectsBadInput() {
        Rejections.assertRejects("stages = 0", () -> new GradientBoostingRegressor(0, 0.1, 2, 1), "0",
                "stages must be at least 1");
        Rejections.assertRejects("learningRate = 0", () -> new GradientBoostingRegressor(5, 0, 2, 1), "0",
                "learningRate must be in (0, 1]");
        Rejections.assertRejects("learningRate = 1.5", () -> new GradientBoostingRegressor(5, 1.5, 2, 1), "1.5",
                "learningRate must be in (0, 1]");
        Rejections.assertRejects("maxDepth = 0", () -> new GradientBoostingRegressor(5, 0.1, 0, 1), "0",
                "maxDepth must be at least 1");
        Rejections.assertRejects("minSamplesLeaf = 0", () -> new GradientBoostingRegressor(5, 0.1, 2, 0), "0",
                "minSamplesLeaf must be at least 1");
        GradientBoostingRegressor model = new GradientBoostingRegressor(5, 0.1, 2, 1);
        Rejections.assertRejects("x = null", () -> model.fit(null, new double[] {1}), null, "x must not be null");
        Rejections.assertRejects("a ragged x (row 1 has 1 value)", () -> model.fit(new double[][] {{1, 2}, {3}},
                new double[] {1, 2}), "1", "rows must all have length 2");
        Rejections.assertRejects("x with NaN", () -> model.fit(new double[][] {{1}, {Double.NaN}},
                new double[] {1, 2}), "NaN", "values must be finite");
        Rejections.assertRejects("3 rows but 2 targets", () -> model.fit(new double[][] {{1}, {2}, {3}},
                new double[] {1, 2}), "2", "one target per row");
        Rejections.assertRejects("an infinite target", () -> model.fit(new double[][] {{1}, {2}},
                new double[] {1, Double.POSITIVE_INFINITY}), "Infinity", "targets must be finite");
    }

    @Test
    @Points(2)
    @DisplayName("refuses to be used before fit (IllegalStateException) and rejects query rows of the wrong length")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit",
                () -> new GradientBoostingRegressor(5, 0.1, 2, 1).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("trainLoss before fit", () -> new GradientBoostingRegressor(5, 0.1, 2, 1).trainLoss());
        Rejections.assertThrowsState("initialPrediction before fit",
                () -> new GradientBoostingRegressor(5, 0.1, 2, 1).initialPrediction());
        GradientBoostingRegressor model = new GradientBoostingRegressor(5, 0.1, 2, 1)
                .fit(new double[][] {{0, 0}, {2, 2}, {1, 3}}, new double[] {1, 2, 3});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> model.stagedPredict(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> model.predict(new double[][] {{1, Double.NaN}}), "NaN",
                "features must be finite");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void expectSklearn(String name) {
        int stages = (int) sklearn.number(name + "_n_estimators");
        GradientBoostingRegressor model = new GradientBoostingRegressor(stages, sklearn.number(name + "_learning_rate"),
                (int) sklearn.number(name + "_max_depth"), (int) sklearn.number(name + "_min_samples_leaf"))
                .fit(trainX, trainY);
        double[] stageNumbers = sklearn.vector(name + "_stages");
        double[][] expectedTrain = sklearn.matrix(name + "_train_stages");
        double[][] expectedTest = sklearn.matrix(name + "_test_stages");
        double[][] train = model.stagedPredict(trainX);
        // Held-out rows lying exactly on one of sklearn's float32 thresholds are left out by the fixture.
        double[] rows = sklearn.vector(name + "_test_rows");
        double[][] kept = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            kept[r] = testX[(int) rows[r]];
        }
        double[][] test = model.stagedPredict(kept);
        if (train.length != stages + 1) {
            throw Failure.of("stagedPredict has the wrong number of rows").expected(stages + 1).actual(train.length)
                    .likelyMistake("row 0 is F₀, row m the model after m trees").error();
        }
        for (int j = 0; j < stageNumbers.length; j++) {
            int m = (int) stageNumbers[j];
            String mistake = (m == 1 ? "the first tree fits y − mean(y): are splits chosen by the smallest "
                    + "SSE(left) + SSE(right) at midpoints, with leaves = mean residual and minSamplesLeaf rows on "
                    + "each side? " : "") + CURRENT_RESIDUALS;
            ArrayAssertions.assertClose(name + ": F_" + m + " on the training rows", expectedTrain[j], train[m],
                    Tolerance.absolute(1e-6), mistake);
            ArrayAssertions.assertClose(name + ": F_" + m + " on the held-out rows", expectedTest[j], test[m],
                    Tolerance.absolute(1e-6), mistake);
        }
    }

    /** The distinct values of {@code after − before} (rounded to 1e-9) and how many rows get each. */
    private static Map<Double, Integer> increments(double[] before, double[] after) {
        Map<Double, Integer> counts = new HashMap<>();
        for (int i = 0; i < before.length; i++) {
            double step = Math.rint((after[i] - before[i]) * 1e9) / 1e9;
            counts.merge(step, 1, Integer::sum);
        }
        return new TreeMap<>(counts);
    }

    static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
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
