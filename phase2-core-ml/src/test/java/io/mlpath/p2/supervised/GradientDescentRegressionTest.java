package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of linear regression by gradient descent. */
@Challenge("p2.supervised.linear-regression")
class GradientDescentRegressionTest {

    @Test
    @Points(1)
    @DisplayName("one step of η = 0.1 from zero on x = 0…3, y = 1, 3, 7, 9 gives w = 1.1, b = 0.5; 2,000 steps reach "
            + "the least-squares line 0.8 + 2.8x")
    void stepsDownTheGradient() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[] y = {1, 3, 7, 9};
        GradientDescentRegression one = new GradientDescentRegression(0.1, 1).fit(x, y);

        ArrayAssertions.assertClose("coefficients() after one step", new double[] {1.1}, one.coefficients(),
                Tolerance.absolute(1e-12), "∂L/∂w = (1/n)Σ(b + wxᵢ − yᵢ)xᵢ = −11 at zero; w = 0 − 0.1·(−11)");
        ArrayAssertions.assertClose("intercept() after one step", 0.5, one.intercept(), Tolerance.absolute(1e-12),
                "∂L/∂b = (1/n)Σ(b + wxᵢ − yᵢ) = −5 at zero; b = 0 − 0.1·(−5)");

        GradientDescentRegression many = new GradientDescentRegression(0.1, 2000).fit(x, y);
        ArrayAssertions.assertClose("(intercept, slope) after 2,000 steps", new double[] {0.8, 2.8},
                new double[] {many.intercept(), many.coefficients()[0]}, Tolerance.absolute(1e-6),
                "gradient descent on a convex quadratic converges to its minimiser, the least-squares line");
    }
}
