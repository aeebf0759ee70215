package io.mlpath.p2.supervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.datasets.RegressionData;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of least squares by QR, and the helpers the other linear-regression tests share
 * ({@link Checks}).
 *
 * <p>Oracles: Commons Math's {@code OLSMultipleLinearRegression} on Diabetes; scikit-learn 1.2.1's
 * {@code LinearRegression} and {@code r2_score} (fixture {@code linear-regression-diabetes.json},
 * written by {@code phase2-core-ml/fixtures/linear_regression_diabetes.py}); NIST's certified values
 * for the Longley data (StRD, https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml);
 * noiseless planes whose coefficients are known.
 */
@Challenge("p2.supervised.linear-regression")
class LinearRegressionGradingTest {

    private static final String NO_INTERCEPT = "Is there a column of ones in the design matrix [1 X]? Without it the "
            + "fitted plane goes through the origin and the intercept is never learned";

    /** NIST StRD Longley: y (total employment) then GNP deflator, GNP, unemployed, armed forces, population, year. */
    private static final double[][] LONGLEY = {
        {60323, 83.0, 234289, 2356, 1590, 107608, 1947}, {61122, 88.5, 259426, 2325, 1456, 108632, 1948},
        {60171, 88.2, 258054, 3682, 1616, 109773, 1949}, {61187, 89.5, 284599, 3351, 1650, 110929, 1950},
        {63221, 96.2, 328975, 2099, 3099, 112075, 1951}, {63639, 98.1, 346999, 1932, 3594, 113270, 1952},
        {64989, 99.0, 365385, 1870, 3547, 115094, 1953}, {63761, 100.0, 363112, 3578, 3350, 116219, 1954},
        {66019, 101.2, 397469, 2904, 3048, 117388, 1955}, {67857, 104.6, 419180, 2822, 2857, 118734, 1956},
        {68169, 108.4, 442769, 2936, 2798, 120445, 1957}, {66513, 110.8, 444546, 4681, 2637, 121950, 1958},
        {68655, 112.6, 482704, 3813, 2552, 123366, 1959}, {69564, 114.2, 502601, 3931, 2514, 125368, 1960},
        {69331, 115.7, 518173, 4806, 2572, 127852, 1961}, {70551, 116.9, 554894, 4007, 2827, 130081, 1962}};

    /** NIST's certified estimates β₀ (intercept), β₁ … β₆ for Longley. */
    private static final double[] LONGLEY_CERTIFIED = {-3482258.63459582, 15.0618722713733, -0.358191792925910E-01,
        -2.02022980381683, -1.03322686717359, -0.511041056535807E-01, 1829.15146461355};

    @Test
    @Points(4)
    @DisplayName("on Diabetes (442 × 10, raw) the intercept, coefficients and R² equal Commons Math's "
            + "OLSMultipleLinearRegression")
    void matchesCommonsOnDiabetes() {
        RegressionData data = Datasets.diabetes();
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(data.targets(), data.features());
        double[] beta = ols.estimateRegressionParameters();

        LinearRegression model = new LinearRegression().fit(data.features(), data.targets());
        ArrayAssertions.assertClose("intercept()", beta[0], model.intercept(), Tolerance.relative(1e-9), NO_INTERCEPT);
        ArrayAssertions.assertClose("coefficients()", Arrays.copyOfRange(beta, 1, beta.length), model.coefficients(),
                Tolerance.relative(1e-8), "least squares minimises ‖y − b − Xw‖² over b and w together. "
                        + NO_INTERCEPT);
        ArrayAssertions.assertClose("score(x, y) = R² on the training rows", ols.calculateRSquared(),
                model.score(data.features(), data.targets()), Tolerance.absolute(1e-10),
                "R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²");
    }

    @Test
    @Points(3)
    @DisplayName("fitted on Diabetes rows 0–299, the coefficients, the predictions for rows 300–441 and their R² "
            + "equal scikit-learn's LinearRegression and r2_score")
    void matchesSklearnOnAHeldOutSplit() {
        Fixture fixture = Checks.fixture();
        Checks.Split split = Checks.split((int) fixture.number("split"));
        LinearRegression model = new LinearRegression().fit(split.trainX(), split.trainY());

        ArrayAssertions.assertClose("intercept() on rows 0–299", fixture.number("split_intercept"), model.intercept(),
                Tolerance.relative(1e-9), NO_INTERCEPT);
        ArrayAssertions.assertClose("coefficients() on rows 0–299", fixture.vector("split_coef"),
                model.coefficients(), Tolerance.relative(1e-8), NO_INTERCEPT);
        ArrayAssertions.assertClose("predict(rows 300–441)", fixture.vector("split_test_predictions"),
                model.predict(split.testX()), Tolerance.relative(1e-10), "ŷ = b + w·x for each row");
        ArrayAssertions.assertClose("score(rows 300–441) = held-out R²", fixture.number("split_test_r2"),
                model.score(split.testX(), split.testY()), Tolerance.absolute(1e-10),
                "R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² with ȳ the mean of the targets being scored");
    }

    @Test
    @Points(3)
    @DisplayName("stays accurate on ill-conditioned data: on Longley (NIST StRD, κ ≈ 10⁹) every coefficient is within "
            + "1e-8 (relative) of NIST's certified value; QR reaches 1e-13, the inverse of AᵀA only 3e-7")
    void matchesNistOnLongley() {
        double[][] x = new double[LONGLEY.length][];
        double[] y = new double[LONGLEY.length];
        for (int i = 0; i < LONGLEY.length; i++) {
            y[i] = LONGLEY[i][0];
            x[i] = Arrays.copyOfRange(LONGLEY[i], 1, 7);
        }
        LinearRegression model = new LinearRegression().fit(x, y);
        double[] beta = new double[7];
        beta[0] = model.intercept();
        System.arraycopy(model.coefficients(), 0, beta, 1, 6);
        ArrayAssertions.assertClose("(intercept, coefficients) on Longley", LONGLEY_CERTIFIED, beta,
                Tolerance.relative(1e-8), "forming AᵀA squares the condition number (10⁹ → 10¹⁸): inverting it "
                        + "keeps about six digits. Factor A = QR and back-substitute Rβ = Qᵀy (never compute (AᵀA)⁻¹). "
                        + NO_INTERCEPT);
    }

    @Test
    @Points(3)
    @DisplayName("learns the intercept: adding 1000 to every target adds exactly 1000 to the intercept and leaves "
            + "the coefficients unchanged; shifting a feature by 1000 moves only the intercept")
    void interceptAbsorbsShifts() {
        RegressionData data = Datasets.diabetes();
        LinearRegression base = new LinearRegression().fit(data.features(), data.targets());
        double[] shiftedY = data.targets().clone();
        for (int i = 0; i < shiftedY.length; i++) {
            shiftedY[i] += 1000;
        }
        LinearRegression up = new LinearRegression().fit(data.features(), shiftedY);
        ArrayAssertions.assertClose("intercept() after y + 1000", base.intercept() + 1000, up.intercept(),
                Tolerance.absolute(1e-6), NO_INTERCEPT);
        ArrayAssertions.assertClose("coefficients() after y + 1000", base.coefficients(), up.coefficients(),
                Tolerance.absolute(1e-8), "a shift of the targets belongs to the intercept alone. " + NO_INTERCEPT);

        double[][] shiftedX = Checks.deepCopy(data.features());
        for (double[] row : shiftedX) {
            row[2] += 1000;
        }
        LinearRegression moved = new LinearRegression().fit(shiftedX, data.targets());
        ArrayAssertions.assertClose("coefficients() after feature 2 (bmi) + 1000", base.coefficients(),
                moved.coefficients(), Tolerance.absolute(1e-6), NO_INTERCEPT);
        ArrayAssertions.assertClose("intercept() after feature 2 (bmi) + 1000",
                base.intercept() - 1000 * base.coefficients()[2], moved.intercept(), Tolerance.absolute(1e-5),
                "b + w·(x + 1000e₂) = (b − 1000w₂) + w·x: only the intercept moves. " + NO_INTERCEPT);
    }

    @Test
    @Points(2)
    @DisplayName("recovers a noiseless plane y = 3 − 2x₀ + 0.5x₁ + 4x₂ exactly from 50 seeded rows far from the "
            + "origin, with R² = 1")
    void recoversAnExactPlane() {
        Random random = new Random(Seeds.of(7));
        double[][] x = new double[50][3];
        double[] y = new double[50];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = 10 + 10 * random.nextDouble();
            }
            y[i] = 3 - 2 * x[i][0] + 0.5 * x[i][1] + 4 * x[i][2];
        }
        LinearRegression model = new LinearRegression().fit(x, y);
        ArrayAssertions.assertClose("coefficients()", new double[] {-2, 0.5, 4}, model.coefficients(),
                Tolerance.absolute(1e-9), "the data lie exactly on the plane, so least squares must find it");
        ArrayAssertions.assertClose("intercept()", 3.0, model.intercept(), Tolerance.absolute(1e-8), NO_INTERCEPT);
        ArrayAssertions.assertClose("score(x, y)", 1.0, model.score(x, y), Tolerance.absolute(1e-12),
                "a perfect fit has R² = 1");
    }

    @Test
    @Points(2)
    @DisplayName("r2 is 1 − SS_res/SS_tot, not a squared correlation: predicting the reversed held-out targets "
            + "gives scikit-learn's −1.1835, predicting the mean gives 0; constant targets are rejected")
    void r2IsOneMinusResidualOverTotal() {
        Fixture fixture = Checks.fixture();
        Checks.Split split = Checks.split((int) fixture.number("split"));
        double[] actual = split.testY();
        double[] reversed = new double[actual.length];
        double mean = 0;
        for (int i = 0; i < actual.length; i++) {
            reversed[i] = actual[actual.length - 1 - i];
            mean += actual[i] / actual.length;
        }
        String rule = "R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²: predictions worse than the mean give a negative R². The "
                + "squared correlation of y and ŷ ignores bias and scale and is never negative";
        ArrayAssertions.assertClose("r2(y, reversed y) on rows 300–441", fixture.number("r2_reversed"),
                LinearRegression.r2(actual, reversed), Tolerance.absolute(1e-12), rule);
        double[] constant = new double[actual.length];
        Arrays.fill(constant, mean);
        ArrayAssertions.assertClose("r2(y, ȳ everywhere)", 0.0, LinearRegression.r2(actual, constant),
                Tolerance.absolute(1e-12), rule);
        double[] shifted = new double[] {1, 2, 3};
        ArrayAssertions.assertClose("r2({1, 2, 3}, {11, 12, 13})", -149.0, LinearRegression.r2(shifted,
                new double[] {11, 12, 13}), Tolerance.absolute(1e-12), "SS_res = 300, SS_tot = 2, so R² = 1 − 150. "
                        + rule);
        Checks.rejects("targets that are all equal", () -> LinearRegression.r2(new double[] {4, 4, 4},
                new double[] {4, 4, 4}), "4", "R² is undefined when Σ(y − ȳ)² = 0");
        Checks.rejects("predictions of the wrong length", () -> LinearRegression.r2(new double[] {1, 2, 3},
                new double[] {1, 2}), "2", "one prediction per target");
    }

    @Test
    @Points(2)
    @DisplayName("rejects a design matrix [1 X] without full column rank: a duplicated feature, a feature that is "
            + "2·x₀ + 3, and fewer than d + 1 rows")
    void rejectsRankDeficientDesigns() {
        double[][] duplicated = {{1, 1}, {2, 2}, {4, 4}, {7, 7}};
        double[] y = {1, 2, 3, 5};
        Checks.rejects("a duplicated feature", () -> new LinearRegression().fit(duplicated, y), null,
                "the design matrix must have full column rank");
        double[][] affine = {{1, 5}, {2, 7}, {4, 11}, {7, 17}};
        Checks.rejects("feature 1 = 2·feature 0 + 3 (a combination with the intercept column)",
                () -> new LinearRegression().fit(affine, y), null, "the design matrix must have full column rank");
        double[][] wide = {{1, 2, 3}, {4, 5, 6}, {7, 8, 10}};
        Checks.rejects("3 rows for 3 features + intercept", () -> new LinearRegression().fit(wide,
                new double[] {1, 2, 3}), "3", "least squares with an intercept needs at least d + 1 rows");
    }

    @Test
    @Points(2)
    @DisplayName("rejects null, empty, ragged or non-finite x, non-finite y and a row/target count mismatch, naming "
            + "the bad value")
    void rejectsBadInput() {
        LinearRegression model = new LinearRegression();
        double[] y = {1, 2, 3};
        Checks.rejects("x = null", () -> model.fit(null, y), null, "x must not be null");
        Checks.rejects("y = null", () -> model.fit(new double[][] {{1}, {2}, {3}}, null), null, "y must not be null");
        Checks.rejects("x with no rows", () -> model.fit(new double[0][], new double[0]), null,
                "x needs at least one row");
        Checks.rejects("ragged x (row 2 has 1 value, rows 0 and 1 have 2)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, y), "2", "every row must have the same length");
        Checks.rejects("x containing NaN", () -> model.fit(new double[][] {{1}, {Double.NaN}, {3}}, y), "NaN",
                "features must be finite");
        Checks.rejects("y containing Infinity", () -> model.fit(new double[][] {{1}, {2}, {3}},
                new double[] {1, Double.POSITIVE_INFINITY, 3}), "Infinity", "targets must be finite");
        Checks.rejects("3 rows but 2 targets", () -> model.fit(new double[][] {{1}, {2}, {3}}, new double[] {1, 2}),
                "2", "one target per row");
    }

    @Test
    @Points(1)
    @DisplayName("refuses predict, coefficients() and intercept() before fit (IllegalStateException) and query rows "
            + "of the wrong width (IllegalArgumentException)")
    void rejectsBadQueries() {
        Checks.notFitted("predict before fit", () -> new LinearRegression().predict(new double[][] {{1}}));
        Checks.notFitted("coefficients() before fit", () -> new LinearRegression().coefficients());
        Checks.notFitted("intercept() before fit", () -> new LinearRegression().intercept());
        LinearRegression model = new LinearRegression().fit(new double[][] {{0, 1}, {1, 0}, {1, 1}, {2, 3}},
                new double[] {1, 2, 3, 4});
        Checks.rejects("a query row of length 3 after training on 2", () -> model.predict(new double[][] {{1, 2, 3}}),
                "3", "rows must have the training dimension");
    }

    @Test
    @Points(1)
    @DisplayName("leaves its inputs alone, returns a copy from coefficients(), and a second fit replaces the first")
    void refitsAndCopies() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[] y = {1, 3, 7, 9};
        LinearRegression model = new LinearRegression().fit(x, y);
        double[] first = model.coefficients();
        ArrayAssertions.assertClose("coefficients() for x = 0…3, y = 1, 3, 7, 9", new double[] {2.8}, first,
                Tolerance.absolute(1e-12), "the least-squares slope is 14/5. " + NO_INTERCEPT);
        first[0] = 100;
        ArrayAssertions.assertClose("coefficients() after the caller changed the array it returned",
                new double[] {2.8}, model.coefficients(), Tolerance.absolute(1e-12), "return a copy of w");
        ArrayAssertions.assertClose("x after fit", new double[][] {{0}, {1}, {2}, {3}}, x, Tolerance.absolute(0),
                "fit must not modify x (build the design matrix in a new array)");
        model.fit(x, new double[] {0, 1, 2, 3});
        ArrayAssertions.assertClose("coefficients() after a second fit on y = x", new double[] {1},
                model.coefficients(), Tolerance.absolute(1e-12), "fit must start from scratch");
        ArrayAssertions.assertClose("intercept() after a second fit on y = x", 0.0, model.intercept(),
                Tolerance.absolute(1e-12), "fit must start from scratch");
    }

    /** Helpers of the linear-regression tests: the fixture, the Diabetes split, rejection checks. */
    static final class Checks {

        private static Fixture fixture;

        private Checks() {
        }

        /** Diabetes rows before and after a cut. */
        record Split(double[][] trainX, double[] trainY, double[][] testX, double[] testY) {
        }

        static synchronized Fixture fixture() {
            if (fixture == null) {
                fixture = Fixture.load(LinearRegressionGradingTest.class, "linear-regression-diabetes.json");
            }
            return fixture;
        }

        static Split split(int cut) {
            RegressionData data = Datasets.diabetes();
            int n = data.size();
            return new Split(Arrays.copyOfRange(data.features(), 0, cut), Arrays.copyOfRange(data.targets(), 0, cut),
                    Arrays.copyOfRange(data.features(), cut, n), Arrays.copyOfRange(data.targets(), cut, n));
        }

        /** Diabetes with every feature standardised over all rows (mean 0, population σ 1), the test's own code. */
        static double[][] standardisedDiabetes() {
            double[][] x = deepCopy(Datasets.diabetes().features());
            int d = x[0].length;
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (double[] row : x) {
                    mean += row[j] / x.length;
                }
                double variance = 0;
                for (double[] row : x) {
                    variance += (row[j] - mean) * (row[j] - mean) / x.length;
                }
                double sigma = Math.sqrt(variance);
                for (double[] row : x) {
                    row[j] = (row[j] - mean) / sigma;
                }
            }
            return x;
        }

        static double[][] deepCopy(double[][] x) {
            double[][] copy = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                copy[i] = x[i].clone();
            }
            return copy;
        }

        /** Fails unless {@code call} throws an IllegalArgumentException whose message mentions {@code mentions}. */
        static void rejects(String input, Runnable call, String mentions, String rule) {
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
                        .likelyMistake("validate the input where it enters and throw IllegalArgumentException"
                                + " (a library exception such as SingularMatrixException is not enough)")
                        .error();
            }
            throw Failure.of(input + " was accepted")
                    .expected("IllegalArgumentException (" + rule + ")")
                    .actual("no exception")
                    .likelyMistake("validate the input where it enters: " + rule)
                    .error();
        }

        /** Fails unless {@code action} throws an IllegalStateException (used before fit). */
        static void notFitted(String call, Runnable action) {
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
