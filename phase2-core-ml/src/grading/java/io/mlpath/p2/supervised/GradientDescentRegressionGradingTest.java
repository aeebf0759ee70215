package io.mlpath.p2.supervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of linear regression by gradient descent.
 *
 * <p>Oracles: Commons Math's {@code OLSMultipleLinearRegression} on standardised Diabetes (the
 * minimiser gradient descent must reach); hand-computed first steps; the step-size bound
 * {@code η < 2/λ_max} of a quadratic, with {@code λ_max ≈ 4.02} for standardised Diabetes with an
 * intercept.
 */
@Challenge("p2.supervised.linear-regression")
class GradientDescentRegressionGradingTest {

    private static final String STEP = "One step is w ← w − η(1/n)Xᵀr and b ← b − η·mean(r) with r = b + Xw − y, "
            + "both from the gradient at the current point";
    private static final String NO_BIAS = "The intercept has its own gradient, the mean residual (1/n)Σrᵢ, and must "
            + "be updated at every step like the weights";

    private static double[][] x;
    private static double[] y;
    private static double[] olsBeta;
    private static double olsLoss;

    @BeforeAll
    static void leastSquaresOnStandardisedDiabetes() {
        x = LinearRegressionGradingTest.Checks.standardisedDiabetes();
        y = Datasets.diabetes().targets();
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        olsBeta = ols.estimateRegressionParameters();
        double[] residuals = ols.estimateResiduals();
        olsLoss = Arrays.stream(residuals).map(r -> r * r).sum() / (2.0 * residuals.length);
    }

    @Test
    @Points(3)
    @DisplayName("takes the hand-computed first step: x = 0…3, y = 1, 3, 7, 9, η = 0.1 gives w = 1.1, b = 0.5 and "
            + "lossHistory = {17.5, 5.9675}")
    void firstStepByHand() {
        GradientDescentRegression model = new GradientDescentRegression(0.1, 1)
                .fit(new double[][] {{0}, {1}, {2}, {3}}, new double[] {1, 3, 7, 9});
        // ∂L/∂w = −(0·1 + 1·3 + 2·7 + 3·9)/4 = −11, ∂L/∂b = −(1 + 3 + 7 + 9)/4 = −5.
        ArrayAssertions.assertClose("coefficients() after one step", new double[] {1.1}, model.coefficients(),
                Tolerance.absolute(1e-12), "∂L/∂w = (1/n)Σ rᵢxᵢ = −11 at w = 0, b = 0, so w = 0 − 0.1·(−11). "
                        + STEP);
        ArrayAssertions.assertClose("intercept() after one step", 0.5, model.intercept(), Tolerance.absolute(1e-12),
                "∂L/∂b = (1/n)Σ rᵢ = −5, so b = 0 − 0.1·(−5). " + NO_BIAS);
        // After the step the residuals are 0.5 − 1, 1.6 − 3, 2.7 − 7, 3.8 − 9 = −0.5, −1.4, −4.3, −5.2.
        double after = (0.25 + 1.96 + 18.49 + 27.04) / 8;
        ArrayAssertions.assertClose("lossHistory()", new double[] {17.5, after}, model.lossHistory(),
                Tolerance.absolute(1e-12), "L = (1/2n)Σ rᵢ², recorded before the first step and after each step "
                        + "(epochs + 1 values)");
    }

    @Test
    @Points(3)
    @DisplayName("reaches the least-squares solution: on standardised Diabetes, 5,000 steps of η = 0.4 give Commons "
            + "OLS's intercept and coefficients within 1e-4 and its loss within 1e-9 (relative)")
    void convergesToLeastSquares() {
        GradientDescentRegression model = new GradientDescentRegression(0.4, 5000).fit(x, y);
        ArrayAssertions.assertClose("intercept()", olsBeta[0], model.intercept(), Tolerance.absolute(1e-4),
                "on standardised features the optimal intercept is the mean target, 152.13. " + NO_BIAS);
        ArrayAssertions.assertClose("coefficients()", Arrays.copyOfRange(olsBeta, 1, olsBeta.length),
                model.coefficients(), Tolerance.absolute(1e-4), STEP + "; the gradient is averaged over the n rows");
        double[] history = model.lossHistory();
        ArrayAssertions.assertClose("the last value of lossHistory()", olsLoss, history[history.length - 1],
                Tolerance.relative(1e-9), "the loss is (1/2n)Σ rᵢ² and must reach the least-squares minimum");
    }

    @Test
    @Points(2)
    @DisplayName("with η = 0.4 < 2/λ_max the loss never increases; with η = 0.6 > 2/λ_max ≈ 0.497 it diverges "
            + "(above its start after 200 steps)")
    void stepSizeDecidesBetweenDescentAndDivergence() {
        double[] stable = new GradientDescentRegression(0.4, 300).fit(x, y).lossHistory();
        if (stable.length != 301) {
            throw Failure.of("lossHistory() has the wrong length for 300 epochs")
                    .expected(301).actual(stable.length)
                    .likelyMistake("record the loss before the first step and after each of the epochs steps").error();
        }
        for (int t = 1; t < stable.length; t++) {
            if (stable[t] > stable[t - 1] * (1 + 1e-12)) {
                throw Failure.of("the loss increased at step " + t + " with η = 0.4, below 2/λ_max")
                        .expected("at most " + stable[t - 1]).actual(stable[t])
                        .likelyMistake("is the step taken against the gradient (w − η∇), and is the gradient "
                                + "divided by n? " + STEP)
                        .error();
            }
        }
        double[] unstable = new GradientDescentRegression(0.6, 200).fit(x, y).lossHistory();
        double last = unstable[unstable.length - 1];
        if (!(last > unstable[0])) {
            throw Failure.of("with η = 0.6 > 2/λ_max the loss should grow, but it did not")
                    .expected("more than the initial loss " + unstable[0]).actual(last)
                    .likelyMistake("is the gradient averaged over the rows ((1/n)Xᵀr) and multiplied by η exactly "
                            + "once? A smaller effective step hides the instability")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("learns the intercept: x = {−1, 1}, y = {9, 11} ends at w = 1, b = 10")
    void learnsTheIntercept() {
        GradientDescentRegression model = new GradientDescentRegression(0.5, 200)
                .fit(new double[][] {{-1}, {1}}, new double[] {9, 11});
        ArrayAssertions.assertClose("intercept()", 10.0, model.intercept(), Tolerance.absolute(1e-9), NO_BIAS);
        ArrayAssertions.assertClose("coefficients()", new double[] {1}, model.coefficients(), Tolerance.absolute(1e-9),
                STEP);
        ArrayAssertions.assertClose("predict({{3}})", new double[] {13}, model.predict(new double[][] {{3}}),
                Tolerance.absolute(1e-8), "ŷ = b + w·x");
    }

    @Test
    @Points(1)
    @DisplayName("is deterministic and starts from zero on every fit; lossHistory() and coefficients() are copies")
    void refitsFromZero() {
        GradientDescentRegression model = new GradientDescentRegression(0.1, 50);
        double[] first = model.fit(x, y).coefficients();
        double firstLoss = model.lossHistory()[50];
        model.coefficients()[0] = 1e6;
        model.lossHistory()[50] = -1;
        model.fit(x, y);
        ArrayAssertions.assertClose("coefficients() after fitting the same data again", first, model.coefficients(),
                Tolerance.absolute(0), "fit must start again from w = 0, b = 0, and return copies");
        ArrayAssertions.assertClose("lossHistory()[50] after fitting again", firstLoss, model.lossHistory()[50],
                Tolerance.absolute(0), "fit must start again from w = 0, b = 0; lossHistory() returns a copy");
    }

    @Test
    @Points(2)
    @DisplayName("rejects η ≤ 0, η = NaN, epochs < 1 and bad training data (IllegalArgumentException naming the "
            + "value), and use before fit (IllegalStateException)")
    void rejectsBadInput() {
        LinearRegressionGradingTest.Checks.rejects("learningRate = 0", () -> new GradientDescentRegression(0, 10),
                "0", "the learning rate must be > 0");
        LinearRegressionGradingTest.Checks.rejects("learningRate = NaN",
                () -> new GradientDescentRegression(Double.NaN, 10), "NaN", "the learning rate must be a number");
        LinearRegressionGradingTest.Checks.rejects("epochs = 0", () -> new GradientDescentRegression(0.1, 0), "0",
                "epochs must be ≥ 1");
        GradientDescentRegression model = new GradientDescentRegression(0.1, 10);
        LinearRegressionGradingTest.Checks.rejects("x = null", () -> model.fit(null, new double[] {1}), null,
                "x must not be null");
        LinearRegressionGradingTest.Checks.rejects("x containing Infinity",
                () -> model.fit(new double[][] {{1}, {Double.NEGATIVE_INFINITY}}, new double[] {1, 2}), "Infinity",
                "features must be finite");
        LinearRegressionGradingTest.Checks.rejects("2 rows but 1 target", () -> model.fit(new double[][] {{1}, {2}},
                new double[] {1}), "1", "one target per row");
        LinearRegressionGradingTest.Checks.notFitted("predict before fit",
                () -> new GradientDescentRegression(0.1, 10).predict(new double[][] {{1}}));
        LinearRegressionGradingTest.Checks.notFitted("lossHistory() before fit",
                () -> new GradientDescentRegression(0.1, 10).lossHistory());
    }
}
