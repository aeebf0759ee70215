package io.mlpath.p1.calculus;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of central differences; the hidden tests check much more. */
@Challenge("p1.calculus.derivatives")
class DerivativesTest {

    /**
     * For {@code f(x) = x³} the central difference is exactly {@code 3x² + h²}: at {@code x = 2},
     * {@code (2.1³ − 1.9³) / 0.2 = 12.01} and {@code (2.05³ − 1.95³) / 0.1 = 12.0025}. The error
     * against the true derivative 12 falls from 0.01 to 0.0025: halving {@code h} divides it by 4.
     */
    @Test
    @Points(2)
    @DisplayName("the central difference of x³ at 2 is 12 + h²: 12.01 with h = 0.1, 12.0025 with h = 0.05")
    void cubeAtTwo() {
        ArrayAssertions.assertClose("derivative(x -> x³, 2, 0.1)", 12.01,
                Derivatives.derivative(x -> x * x * x, 2, 0.1), Tolerance.absolute(1e-12),
                "(f(x + h) - f(x - h)) / 2h with h = 0.1; 12.61 would be the forward difference (f(x + h) - f(x)) / h,"
                        + " 24.02 a division by h instead of 2h");
        ArrayAssertions.assertClose("derivative(x -> x³, 2, 0.05)", 12.0025,
                Derivatives.derivative(x -> x * x * x, 2, 0.05), Tolerance.absolute(1e-12),
                "the same formula with h = 0.05");
    }

    /**
     * {@code f(x, y) = x²y + y³} at {@code (1, 2)}: gradient {@code (2xy, x² + 3y²) = (4, 13)},
     * Hessian {@code [[2y, 2x], [2x, 6y]] = [[4, 2], [2, 12]]}.
     */
    @Test
    @Points(1)
    @DisplayName("the gradient of x²y + y³ at (1, 2) is (4, 13) and its Hessian is [[4, 2], [2, 12]]")
    void gradientAndHessian() {
        ToDoubleFunction<double[]> f = p -> p[0] * p[0] * p[1] + p[1] * p[1] * p[1];
        double[] x = {1, 2};

        ArrayAssertions.assertClose("gradient of x²y + y³ at (1, 2)", new double[] {4, 13},
                Derivatives.gradient(f, x, 1e-5), Tolerance.absolute(1e-8),
                "g_i = (f(x + h e_i) - f(x - h e_i)) / 2h, moving one coordinate at a time");
        ArrayAssertions.assertClose("Hessian of x²y + y³ at (1, 2)", new double[][] {{4, 2}, {2, 12}},
                Derivatives.hessian(f, x, 1e-4), Tolerance.absolute(1e-5),
                "diagonal: (f(x + h e_i) - 2 f(x) + f(x - h e_i)) / h²; off-diagonal: the four-point stencil / 4h²");
        ArrayAssertions.assertClose("x after gradient and hessian", new double[] {1, 2}, x, Tolerance.absolute(0),
                "perturb a copy of x, never the caller's array");
    }

    /** {@code f(x, y) = (xy, x + y, sin x)} at {@code (2, 3)}: 3 outputs × 2 inputs. */
    @Test
    @Points(1)
    @DisplayName("the Jacobian of (xy, x + y, sin x) at (2, 3) is the 3 × 2 matrix [[3, 2], [1, 1], [cos 2, 0]]")
    void jacobian() {
        double[][] j = Derivatives.jacobian(p -> new double[] {p[0] * p[1], p[0] + p[1], Math.sin(p[0])},
                new double[] {2, 3}, 1e-5);

        ArrayAssertions.assertClose("Jacobian of (xy, x + y, sin x) at (2, 3)",
                new double[][] {{3, 2}, {1, 1}, {Math.cos(2), 0}}, j, Tolerance.absolute(1e-8),
                "one row per output, one column per input: J[i][j] = ∂f_i/∂x_j");
    }
}
