package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p1.calculus.Newton.Minimum;
import io.mlpath.p1.calculus.Newton.Root;
import io.mlpath.p1.calculus.Newton.TwiceDifferentiable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of Newton's method; the hidden tests check much more. */
@Challenge("p1.calculus.newton")
class NewtonTest {

    /**
     * f(x) = x² − 2, f'(x) = 2x: x1 = 1 − (1 − 2)/2 = 1.5 and x2 = 1.5 − (2.25 − 2)/3 = 17/12 ≈ 1.41667,
     * already within 0.0025 of √2; the error roughly squares at every step after that.
     */
    @Test
    @Points(2)
    @DisplayName("finds √2 from x0 = 1 through the iterates 1.5 and 17/12")
    void squareRootOfTwo() {
        Root r = Newton.findRoot(x -> x * x - 2, x -> 2 * x, 1, 1e-12, 50);

        assertThat(r.converged()).as("converged").isTrue();
        ArrayAssertions.assertClose("the root", Math.sqrt(2), r.x(), Tolerance.absolute(1e-15),
                "x_{k+1} = x_k - f(x_k) / f'(x_k)");
        ArrayAssertions.assertClose("x1", 1.5, r.iterates()[1], Tolerance.absolute(1e-15), "iterates[0] is x0 = 1");
        ArrayAssertions.assertClose("x2", 17.0 / 12, r.iterates()[2], Tolerance.absolute(1e-15),
                "x2 = 1.5 - (1.5² - 2) / (2 · 1.5)");
    }

    /** f(x, y) = x² + 3y² − 2x at (0, 0): g = (−2, 0), H = [[2, 0], [0, 6]], so H p = −g gives p = (1, 0). */
    @Test
    @Points(1)
    @DisplayName("the Newton step of x² + 3y² − 2x at the origin is (1, 0)")
    void newtonStep() {
        double[] p = Newton.solveNewtonStep(new double[][] {{2, 0}, {0, 6}}, new double[] {-2, 0});

        ArrayAssertions.assertClose("the Newton step", new double[] {1, 0}, p, Tolerance.absolute(1e-15),
                "solve H p = -g (mind the minus sign)");
    }

    /** A quadratic equals its own second-order Taylor model, so one Newton step lands on the minimum (1, 0). */
    @Test
    @Points(1)
    @DisplayName("minimises x² + 3y² − 2x in one step, to (1, 0)")
    void quadraticInOneStep() {
        TwiceDifferentiable f = new TwiceDifferentiable() {
            @Override
            public double[] gradient(double[] x) {
                return new double[] {2 * x[0] - 2, 6 * x[1]};
            }

            @Override
            public double[][] hessian(double[] x) {
                return new double[][] {{2, 0}, {0, 6}};
            }
        };

        Minimum m = Newton.minimize(f, new double[] {0, 0}, 1e-10, 10);

        ArrayAssertions.assertClose("the minimiser", new double[] {1, 0}, m.x(), Tolerance.absolute(1e-15),
                "x <- x + p with H p = -∇f(x)");
        assertThat(m.iterates()).as("the iterates x0, x1 (one step)").hasSize(2);
    }
}
