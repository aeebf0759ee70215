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
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of ridge regression.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code Ridge} on raw Diabetes for α = 1, 100, 10000 (fixture
 * {@code linear-regression-diabetes.json}); Commons Math's {@code OLSMultipleLinearRegression} as the
 * α → 0 limit; closed forms for one feature and for a duplicated feature.
 */
@Challenge("p2.supervised.linear-regression")
class RidgeRegressionGradingTest {

    private static final String INTERCEPT_PENALISED = "The intercept is not penalised: centre x and y, solve "
            + "(X_cᵀX_c + αI)w = X_cᵀy_c, then b = ȳ − x̄·w. Adding α to the intercept's diagonal entry (or not "
            + "centring) shrinks b towards 0";

    @Test
    @Points(4)
    @DisplayName("on raw Diabetes the coefficients and intercept for α = 1, 100 and 10000 equal scikit-learn's Ridge "
            + "(‖y − Xw − b‖² + α‖w‖²)")
    void matchesSklearnOnDiabetes() {
        Fixture fixture = LinearRegressionGradingTest.Checks.fixture();
        RegressionData data = Datasets.diabetes();
        for (double alpha : fixture.vector("alphas")) {
            String tag = Integer.toString((int) alpha);
            RidgeRegression model = new RidgeRegression(alpha).fit(data.features(), data.targets());
            ArrayAssertions.assertClose("coefficients() with α = " + tag, fixture.vector("ridge_" + tag + "_coef"),
                    model.coefficients(), Tolerance.relative(1e-8), "the penalty is α‖w‖² on the sum (not the "
                            + "mean) of squared errors, as scikit-learn. " + INTERCEPT_PENALISED);
            ArrayAssertions.assertClose("intercept() with α = " + tag, fixture.number("ridge_" + tag + "_intercept"),
                    model.intercept(), Tolerance.relative(1e-9), INTERCEPT_PENALISED);
        }
    }

    @Test
    @Points(3)
    @DisplayName("does not penalise the intercept: adding 1000 to every target adds exactly 1000 to b (α = 100 on "
            + "Diabetes), and one feature at x = 10…13 gives the closed form w = Sxy/(Sxx + α), b = ȳ − w·x̄")
    void interceptIsNotPenalised() {
        RegressionData data = Datasets.diabetes();
        RidgeRegression base = new RidgeRegression(100).fit(data.features(), data.targets());
        double[] shifted = data.targets().clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 1000;
        }
        RidgeRegression up = new RidgeRegression(100).fit(data.features(), shifted);
        ArrayAssertions.assertClose("intercept() after y + 1000 (α = 100)", base.intercept() + 1000, up.intercept(),
                Tolerance.absolute(1e-6), INTERCEPT_PENALISED);
        ArrayAssertions.assertClose("coefficients() after y + 1000 (α = 100)", base.coefficients(),
                up.coefficients(), Tolerance.absolute(1e-8), INTERCEPT_PENALISED);

        // x̄ = 11.5, ȳ = 5, Sxx = 5, Sxy = 14: w = 14/(5 + 2) = 2, b = 5 − 2·11.5 = −18.
        RidgeRegression one = new RidgeRegression(2).fit(new double[][] {{10}, {11}, {12}, {13}},
                new double[] {1, 3, 7, 9});
        ArrayAssertions.assertClose("coefficients() for x = 10…13, y = 1, 3, 7, 9, α = 2", new double[] {2},
                one.coefficients(), Tolerance.absolute(1e-12), "w = Σ(x − x̄)(y − ȳ) / (Σ(x − x̄)² + α) = 14/7. "
                        + INTERCEPT_PENALISED);
        ArrayAssertions.assertClose("intercept() for x = 10…13, y = 1, 3, 7, 9, α = 2", -18.0, one.intercept(),
                Tolerance.absolute(1e-10), "b = ȳ − w·x̄ = 5 − 2·11.5. " + INTERCEPT_PENALISED);
    }

    @Test
    @Points(2)
    @DisplayName("tends to least squares as α → 0 (α = 1e-6 matches Commons OLS) and shrinks ‖w‖ as α grows from "
            + "1 to 100 to 10000")
    void interpolatesBetweenLeastSquaresAndZero() {
        RegressionData data = Datasets.diabetes();
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(data.targets(), data.features());
        double[] beta = ols.estimateRegressionParameters();
        RidgeRegression tiny = new RidgeRegression(1e-6).fit(data.features(), data.targets());
        ArrayAssertions.assertClose("coefficients() with α = 1e-6", Arrays.copyOfRange(beta, 1, beta.length),
                tiny.coefficients(), Tolerance.relative(1e-5), "with α → 0 ridge is least squares");
        ArrayAssertions.assertClose("intercept() with α = 1e-6", beta[0], tiny.intercept(), Tolerance.relative(1e-5),
                INTERCEPT_PENALISED);

        double[] norms = new double[3];
        double[] alphas = {1, 100, 10000};
        for (int k = 0; k < alphas.length; k++) {
            double[] w = new RidgeRegression(alphas[k]).fit(data.features(), data.targets()).coefficients();
            norms[k] = Math.sqrt(Arrays.stream(w).map(v -> v * v).sum());
        }
        if (!(norms[0] > norms[1] && norms[1] > norms[2])) {
            throw Failure.of("‖w‖ did not shrink as α grew (1, 100, 10000)")
                    .expected("decreasing norms")
                    .actual(Arrays.toString(norms))
                    .likelyMistake("add α to the diagonal of X_cᵀX_c (not subtract it, not divide by it)")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("solves a duplicated feature (singular for least squares) and splits its weight evenly: "
            + "w₁ = w₂ = Sxy / (2·Sxx + α)")
    void duplicatedFeatureSplitsItsWeight() {
        double[][] x = {{0, 0}, {1, 1}, {2, 2}, {3, 3}};
        RidgeRegression model = new RidgeRegression(1).fit(x, new double[] {1, 3, 7, 9});
        // Sxx = 5, Sxy = 14: w₁ = w₂ = 14 / (2·5 + 1) = 14/11; b = 5 − 1.5·(28/11).
        ArrayAssertions.assertClose("coefficients() with the feature duplicated, α = 1",
                new double[] {14.0 / 11, 14.0 / 11}, model.coefficients(), Tolerance.absolute(1e-10),
                "X_cᵀX_c is singular here, X_cᵀX_c + αI is not: solve the regularised system");
        ArrayAssertions.assertClose("intercept() with the feature duplicated, α = 1", 5 - 1.5 * 28.0 / 11,
                model.intercept(), Tolerance.absolute(1e-10), INTERCEPT_PENALISED);
    }

    @Test
    @Points(2)
    @DisplayName("rejects α ≤ 0, NaN or ∞, bad training data (IllegalArgumentException naming the value), and use "
            + "before fit (IllegalStateException)")
    void rejectsBadInput() {
        LinearRegressionGradingTest.Checks.rejects("α = 0", () -> new RidgeRegression(0), "0", "alpha must be > 0");
        LinearRegressionGradingTest.Checks.rejects("α = -1", () -> new RidgeRegression(-1), "-1", "alpha must be > 0");
        LinearRegressionGradingTest.Checks.rejects("α = NaN", () -> new RidgeRegression(Double.NaN), "NaN",
                "alpha must be a number");
        LinearRegressionGradingTest.Checks.rejects("α = Infinity", () -> new RidgeRegression(Double.POSITIVE_INFINITY),
                "Infinity", "alpha must be finite");
        RidgeRegression model = new RidgeRegression(1);
        LinearRegressionGradingTest.Checks.rejects("x = null", () -> model.fit(null, new double[] {1}), null,
                "x must not be null");
        LinearRegressionGradingTest.Checks.rejects("ragged x (row 1 has 1 value, row 0 has 2)",
                () -> model.fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}), "1",
                "every row must have the same length");
        LinearRegressionGradingTest.Checks.rejects("y containing NaN", () -> model.fit(new double[][] {{1}, {2}},
                new double[] {1, Double.NaN}), "NaN", "targets must be finite");
        LinearRegressionGradingTest.Checks.rejects("2 rows but 3 targets", () -> model.fit(new double[][] {{1}, {2}},
                new double[] {1, 2, 3}), "3", "one target per row");
        LinearRegressionGradingTest.Checks.notFitted("predict before fit",
                () -> new RidgeRegression(1).predict(new double[][] {{1}}));
        RidgeRegression fitted = new RidgeRegression(1).fit(new double[][] {{1, 2}, {3, 5}}, new double[] {1, 2});
        LinearRegressionGradingTest.Checks.rejects("a query row of length 1 after training on 2",
                () -> fitted.predict(new double[][] {{1}}), "1", "rows must have the training dimension");
    }
}
