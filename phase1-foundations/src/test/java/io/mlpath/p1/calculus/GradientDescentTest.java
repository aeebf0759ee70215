package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p1.calculus.GradientDescent.Objective;
import io.mlpath.p1.calculus.GradientDescent.Result;
import io.mlpath.p1.calculus.GradientDescent.Stop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of gradient descent; the hidden tests check much more. */
@Challenge("p1.calculus.gradient-descent")
class GradientDescentTest {

    /** f(x) = ½ x², ∇f(x) = x: the Lipschitz constant of the gradient is L = 1. */
    private static final Objective HALF_SQUARE = new Objective() {
        @Override
        public double value(double[] x) {
            return 0.5 * x[0] * x[0];
        }

        @Override
        public double[] gradient(double[] x) {
            return new double[] {x[0]};
        }
    };

    /**
     * With η = 0.5 every step is x ← x − 0.5·x = x/2, so x_k = 2^-k and the gradient norm is
     * 2^-k too: the first iterate with a gradient norm ≤ 10⁻³ is x_10 = 2^-10 ≈ 0.000977.
     */
    @Test
    @Points(2)
    @DisplayName("on ½x² with η = 0.5 each step halves x, and the run stops after 10 steps at tolerance 1e-3")
    void halvesUntilConverged() {
        Result r = GradientDescent.minimize(HALF_SQUARE, new double[] {1}, 0.5, 1e-3, 100);

        assertThat(r.stop()).as("why the run stopped").isEqualTo(Stop.CONVERGED);
        assertThat(r.iterations()).as("steps taken: the first k with 2^-k <= 1e-3 is 10").isEqualTo(10);
        ArrayAssertions.assertClose("the last iterate", new double[] {1.0 / 1024}, r.x(), Tolerance.absolute(1e-15),
                "x <- x - learningRate * gradient");
        ArrayAssertions.assertClose("trajectory[1]", new double[] {0.5}, r.trajectory().get(1),
                Tolerance.absolute(1e-15), "the trajectory holds a copy of every iterate, x0 first");
    }

    /** η = 2.5 > 2/L = 2: each step multiplies x by 1 − 2.5 = −1.5, so |x| and f grow without bound. */
    @Test
    @Points(1)
    @DisplayName("on ½x² a learning rate above 2/L = 2 is reported as DIVERGED")
    void divergesAboveTwoOverL() {
        Result r = GradientDescent.minimize(HALF_SQUARE, new double[] {1}, 2.5, 1e-6, 10_000);

        assertThat(r.stop()).as("why the run stopped (x_k = (-1.5)^k explodes)").isEqualTo(Stop.DIVERGED);
    }

    /**
     * f(x) = x² at x = 1 has gradient 2. Trial t = 1 lands on −1 where f = 1, not below
     * 1 − 10⁻⁴·1·4; trial t = 0.5 lands on 0 where f = 0 ≤ 1 − 10⁻⁴·0.5·4: accepted.
     */
    @Test
    @Points(1)
    @DisplayName("backtracking on x² at x = 1 rejects t = 1 and accepts t = 0.5")
    void backtrackingOnSquare() {
        Objective square = new Objective() {
            @Override
            public double value(double[] x) {
                return x[0] * x[0];
            }

            @Override
            public double[] gradient(double[] x) {
                return new double[] {2 * x[0]};
            }
        };

        double t = GradientDescent.backtrackingStep(square, new double[] {1}, new double[] {2}, 1, 1e-4, 0.5);

        ArrayAssertions.assertClose("the accepted step", 0.5, t, Tolerance.absolute(1e-15),
                "accept the first t with f(x - t g) <= f(x) - c t |g|^2, halving t after each rejection");
    }
}
