package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of ridge regression. */
@Challenge("p2.supervised.linear-regression")
class RidgeRegressionTest {

    @Test
    @Points(1)
    @DisplayName("α = 1 shrinks the slope of x = 0…3, y = 1, 3, 7, 9 from 2.8 to 14/6, and the unpenalised "
            + "intercept follows: b = ȳ − w·x̄ = 1.5")
    void shrinksTheSlopeButNotTheIntercept() {
        RidgeRegression model = new RidgeRegression(1).fit(new double[][] {{0}, {1}, {2}, {3}},
                new double[] {1, 3, 7, 9});

        ArrayAssertions.assertClose("coefficients()", new double[] {14.0 / 6}, model.coefficients(),
                Tolerance.absolute(1e-12), "w = Σx_c y_c / (Σx_c² + α) = 14 / (5 + 1) on centred data");
        ArrayAssertions.assertClose("intercept()", 1.5, model.intercept(), Tolerance.absolute(1e-12),
                "the intercept is not penalised: b = ȳ − w·x̄ = 5 − 1.5·14/6");
    }
}
