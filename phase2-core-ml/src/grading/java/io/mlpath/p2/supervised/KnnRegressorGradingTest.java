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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the k-NN regressor.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code KNeighborsRegressor} (brute force, k = 5, uniform and
 * {@code weights='distance'}) on a seeded split of standardised Diabetes, and its leave-one-out
 * predictions, each row refitted without itself (fixture {@code knn.json}, written by
 * {@code fixtures/knn.py}; the fixture flags queries with tied neighbours, and there are none); hand
 * examples.
 */
@Challenge("p2.supervised.knn")
class KnnRegressorGradingTest {

    private static Fixture fixture;
    private static double[][] trainX;
    private static double[] trainY;
    private static double[][] testX;
    private static int k;

    @BeforeAll
    static void load() {
        fixture = Fixture.load(KnnRegressorGradingTest.class, "knn.json");
        RegressionData diabetes = Datasets.diabetes();
        double[] mean = fixture.vector("diabetes_mean");
        double[] std = fixture.vector("diabetes_std");
        double[] trainIndex = fixture.vector("diabetes_train_index");
        trainX = KnnClassifierGradingTest.rows(diabetes.features(), trainIndex, mean, std);
        trainY = new double[trainIndex.length];
        for (int r = 0; r < trainIndex.length; r++) {
            trainY[r] = diabetes.targets()[(int) trainIndex[r]];
        }
        testX = KnnClassifierGradingTest.rows(diabetes.features(), fixture.vector("diabetes_test_index"), mean, std);
        k = (int) fixture.number("k");
    }

    @Test
    @Points(3)
    @DisplayName("uniform k-NN regression (k = 5) on standardised Diabetes equals scikit-learn's "
            + "KNeighborsRegressor to 1e-9 on 100 held-out rows")
    void uniformMatchesSklearn() {
        double[] predicted = new KnnRegressor(k, false).fit(trainX, trainY).predict(testX);
        assertUntied("uniform predictions on the Diabetes test rows", fixture.vector("diabetes_uniform"), predicted,
                fixture.vector("diabetes_test_tied"), "the prediction is the plain mean of the k nearest rows' "
                        + "targets (Euclidean distance)");
    }

    @Test
    @Points(3)
    @DisplayName("distance-weighted k-NN regression (k = 5, weights 1/d) equals scikit-learn's "
            + "KNeighborsRegressor(weights='distance') to 1e-9 on 100 held-out Diabetes rows")
    void distanceWeightedMatchesSklearn() {
        double[] predicted = new KnnRegressor(k, true).fit(trainX, trainY).predict(testX);
        assertUntied("distance-weighted predictions on the Diabetes test rows", fixture.vector("diabetes_distance"),
                predicted, fixture.vector("diabetes_test_tied"), "ŷ = Σ wᵢyᵢ / Σ wᵢ with wᵢ = 1/dᵢ (the distance, "
                        + "not its square)");
    }

    @Test
    @Points(4)
    @DisplayName("leave-one-out over the 342 Diabetes training rows equals refitting scikit-learn without each row, "
            + "uniform and distance-weighted (k = 5)")
    void leaveOneOutMatchesSklearn() {
        double[] tied = fixture.vector("diabetes_loo_tied");
        double[] uniform = new KnnRegressor(k, false).leaveOneOutPredict(trainX, trainY);
        assertUntied("uniform leave-one-out predictions", fixture.vector("diabetes_loo_uniform"), uniform, tied,
                KnnClassifierGradingTest.SELF_MISTAKE);
        double[] weighted = new KnnRegressor(k, true).leaveOneOutPredict(trainX, trainY);
        assertUntied("distance-weighted leave-one-out predictions", fixture.vector("diabetes_loo_distance"), weighted,
                tied, KnnClassifierGradingTest.SELF_MISTAKE + " (with the row kept, distance weighting returns its "
                        + "own target exactly)");
    }

    @Test
    @Points(2)
    @DisplayName("leave-one-out never uses the row itself: 1-NN on x = 0, 1, 3 with targets 0, 10, 30 gives "
            + "10, 0, 10")
    void leaveOneOutExcludesTheRowItself() {
        double[] predicted = new KnnRegressor(1, true).leaveOneOutPredict(new double[][] {{0}, {1}, {3}},
                new double[] {0, 10, 30});
        ArrayAssertions.assertClose("leave-one-out 1-NN predictions", new double[] {10, 0, 10}, predicted,
                Tolerance.absolute(1e-12), "row 0's nearest other row is row 1 (target 10), row 1's is row 0, row 2's "
                        + "is row 1. " + KnnClassifierGradingTest.SELF_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("the documented example and the exact-match rule: x = 0, 1, 2, 10 with y = 0, 1, 2, 10 and k = 2 "
            + "predict 1.5 (uniform) and 1.25 (weighted) at 1.25; a query on two duplicates (y = 2, 4) gives 3")
    void workedExampleAndExactMatches() {
        double[][] x = {{0}, {1}, {2}, {10}};
        double[] y = {0, 1, 2, 10};
        double[][] query = {{1.25}};
        ArrayAssertions.assertClose("uniform prediction at 1.25", 1.5,
                new KnnRegressor(2, false).fit(x, y).predict(query)[0], Tolerance.absolute(1e-12),
                "neighbours rows 1 and 2: (1 + 2)/2");
        ArrayAssertions.assertClose("distance-weighted prediction at 1.25", 1.25,
                new KnnRegressor(2, true).fit(x, y).predict(query)[0], Tolerance.absolute(1e-12),
                "weights 1/0.25 = 4 and 1/0.75 = 4/3: (4·1 + (4/3)·2)/(4 + 4/3) = 1.25");
        double exact = new KnnRegressor(3, true).fit(new double[][] {{0}, {0}, {1}}, new double[] {2, 4, 100})
                .predict(new double[][] {{0}})[0];
        ArrayAssertions.assertClose("distance-weighted prediction at a query equal to two training rows", 3.0, exact,
                Tolerance.absolute(1e-12), "when neighbours sit at distance 0 (weight 1/0 = ∞), the prediction is "
                        + "the plain mean of their targets only: (2 + 4)/2");
    }

    @Test
    @Points(2)
    @DisplayName("fit rejects k < 1, null, empty, ragged or non-finite x, non-finite targets, a count mismatch and "
            + "too few rows; predict before fit is an IllegalStateException")
    void rejectsBadInput() {
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        KnnClassifierGradingTest.Rejections.assertRejects("k = 0", () -> new KnnRegressor(0, false), "0", "k ≥ 1");
        KnnRegressor model = new KnnRegressor(2, false);
        KnnClassifierGradingTest.Rejections.assertRejects("x = null", () -> model.fit(null, new double[] {1, 2, 3}),
                null, "check x for null");
        KnnClassifierGradingTest.Rejections.assertRejects("ragged x (row 2 has 1 value)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, new double[] {1, 2, 3}), "1",
                "rows of equal length");
        KnnClassifierGradingTest.Rejections.assertRejects("a NaN target",
                () -> model.fit(x, new double[] {1, Double.NaN, 3}), "NaN", "targets must be finite");
        KnnClassifierGradingTest.Rejections.assertRejects("3 rows but 2 targets", () -> model.fit(x, new double[] {1, 2}),
                "2", "one target per row");
        KnnClassifierGradingTest.Rejections.assertRejects("k = 4 with 3 rows",
                () -> new KnnRegressor(4, true).fit(x, new double[] {1, 2, 3}), "4", "k ≤ n");
        KnnClassifierGradingTest.Rejections.assertRejects("leave-one-out with k = 3 and 3 rows",
                () -> new KnnRegressor(3, true).leaveOneOutPredict(x, new double[] {1, 2, 3}), "3", "k ≤ n − 1");
        KnnClassifierGradingTest.Rejections.assertThrowsState("predict before fit",
                () -> new KnnRegressor(1, false).predict(new double[][] {{1}}));
        KnnRegressor fitted = new KnnRegressor(1, false).fit(x, new double[] {1, 2, 3});
        KnnClassifierGradingTest.Rejections.assertRejects("a query of length 1 after training on length 2",
                () -> fitted.predict(new double[][] {{1}}), "1", "rows must match the training dimension");
    }

    private static void assertUntied(String what, double[] expected, double[] actual, double[] tied, String mistake) {
        if (actual == null || actual.length != expected.length) {
            throw Failure.of(what + " has the wrong length")
                    .expected(expected.length + " predictions")
                    .actual(actual == null ? "null" : actual.length + " predictions")
                    .likelyMistake("one prediction per query row").error();
        }
        for (int i = 0; i < expected.length; i++) {
            if (tied[i] == 0 && !Tolerance.relative(1e-9).accepts(expected[i], actual[i])) {
                throw Failure.of(what + " differ at row " + i)
                        .expected(expected[i]).actual(actual[i])
                        .line("first 5 expected", Arrays.toString(Arrays.copyOf(expected, 5)))
                        .line("first 5 actual", Arrays.toString(Arrays.copyOf(actual, 5)))
                        .likelyMistake(mistake)
                        .error();
            }
        }
    }
}
