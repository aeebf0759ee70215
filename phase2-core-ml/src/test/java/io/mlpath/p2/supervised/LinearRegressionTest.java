package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of least squares and R². */
@Challenge("p2.supervised.linear-regression")
class LinearRegressionTest {

    private static final double[][] X = {{0}, {1}, {2}, {3}};
    private static final double[] Y = {1, 3, 7, 9};

    @Test
    @Points(1)
    @DisplayName("x = 0…3, y = 1, 3, 7, 9 gives the least-squares line ŷ = 0.8 + 2.8x")
    void fitsTheLeastSquaresLine() {
        LinearRegression model = new LinearRegression().fit(X, Y);

        ArrayAssertions.assertClose("coefficients()", new double[] {2.8}, model.coefficients(),
                Tolerance.absolute(1e-12), "w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 14/5");
        ArrayAssertions.assertClose("intercept()", 0.8, model.intercept(), Tolerance.absolute(1e-12),
                "b = ȳ − w·x̄ = 5 − 2.8·1.5: is there a column of ones in the design matrix?");
        ArrayAssertions.assertClose("predict({{10}})", new double[] {28.8}, model.predict(new double[][] {{10}}),
                Tolerance.absolute(1e-10), "ŷ = b + w·x");
    }

    @Test
    @Points(1)
    @DisplayName("R² is 1 − SS_res/SS_tot: 0.98 for that line, 0 for always predicting the mean")
    void rSquared() {
        ArrayAssertions.assertClose("score(x, y)", 0.98, new LinearRegression().fit(X, Y).score(X, Y),
                Tolerance.absolute(1e-12), "residuals 0.2, −0.6, 0.6, −0.2: SS_res = 0.8, SS_tot = 40");
        ArrayAssertions.assertClose("r2(y, {5, 5, 5, 5})", 0.0, LinearRegression.r2(Y, new double[] {5, 5, 5, 5}),
                Tolerance.absolute(1e-12), "predicting ȳ = 5 everywhere explains none of the variance");
    }
}
