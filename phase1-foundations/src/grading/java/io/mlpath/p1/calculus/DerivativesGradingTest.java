package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Derivatives}.
 *
 * <p>Oracles: Commons Math's {@link DerivativeStructure}, which computes exact derivatives (to
 * rounding) by forward-mode automatic differentiation of the same expression, written a second
 * time on {@code DerivativeStructure}; and closed forms (polynomials, for which the central
 * difference is exact or has a known error; the Rosenbrock gradient and Hessian; the Jacobian of
 * an affine map and the Hessian of a quadratic form). No test is randomised.
 */
@Challenge("p1.calculus.derivatives")
class DerivativesGradingTest {

    private static final String FORWARD = "is it the forward difference (f(x + h) - f(x)) / h? Use the central difference"
            + " (f(x + h) - f(x - h)) / 2h, whose error is O(h²) instead of O(h)";
    private static final String TWO_H = "the central difference divides by 2h: the two points x + h and x - h are 2h apart";
    private static final String JACOBIAN_LAYOUT = "J has one row per output and one column per input, J[i][j] = ∂f_i/∂x_j"
            + " (is it transposed?)";
    private static final String CROSS_TERM = "the off-diagonal stencil f(x+h e_i+h e_j) - f(x+h e_i-h e_j) - f(x-h e_i+h e_j)"
            + " + f(x-h e_i-h e_j) is divided by 4h² (the mixed points are 2h apart in each direction), not by h²";
    private static final String UNCHANGED = "perturb a copy of x (or restore each coordinate from its saved value):"
            + " x + h - 2h + h is not always x in floating point";

    // ---------------------------------------------------------------- the oracle's functions

    /** A smooth function of one variable, written in doubles and again on DerivativeStructure. */
    private record Smooth(String name, DoubleUnaryOperator f, UnaryOperator<DerivativeStructure> oracle) {

        double exactDerivative(double x) {
            return oracle.apply(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
        }
    }

    private static final List<Smooth> SMOOTH = List.of(
            new Smooth("exp(x)·sin(x)", x -> Math.exp(x) * Math.sin(x), x -> x.exp().multiply(x.sin())),
            new Smooth("log(1 + x²)·tanh(x)", x -> Math.log(1 + x * x) * Math.tanh(x),
                    x -> x.multiply(x).add(1).log().multiply(x.tanh())),
            new Smooth("x / (1 + x²)", x -> x / (1 + x * x), x -> x.divide(x.multiply(x).add(1))),
            new Smooth("√(x² + 1)·cos(3x)", x -> Math.sqrt(x * x + 1) * Math.cos(3 * x),
                    x -> x.multiply(x).add(1).sqrt().multiply(x.multiply(3).cos())));

    /** {@code f(x) = exp(x₀x₁/2) + sin(x₂)·x₀² + log(1 + x₁² + x₂²)}, in doubles. */
    private static double threeVariables(double[] x) {
        return Math.exp(0.5 * x[0] * x[1]) + Math.sin(x[2]) * x[0] * x[0] + Math.log(1 + x[1] * x[1] + x[2] * x[2]);
    }

    /** The same function on DerivativeStructure, with 3 parameters and derivatives up to order 2. */
    private static DerivativeStructure threeVariablesOracle(double[] x) {
        DerivativeStructure a = new DerivativeStructure(3, 2, 0, x[0]);
        DerivativeStructure b = new DerivativeStructure(3, 2, 1, x[1]);
        DerivativeStructure c = new DerivativeStructure(3, 2, 2, x[2]);
        return a.multiply(b).multiply(0.5).exp()
                .add(c.sin().multiply(a.multiply(a)))
                .add(b.multiply(b).add(c.multiply(c)).add(1).log());
    }

    /** {@code f(x) = tanh(x₀ − 2x₁)·x₂ + x₃³·x₀ + exp(−x₂²)·x₁}, in doubles. */
    private static double fourVariables(double[] x) {
        return Math.tanh(x[0] - 2 * x[1]) * x[2] + x[3] * x[3] * x[3] * x[0] + Math.exp(-x[2] * x[2]) * x[1];
    }

    private static DerivativeStructure fourVariablesOracle(double[] x) {
        DerivativeStructure[] v = new DerivativeStructure[4];
        for (int i = 0; i < 4; i++) {
            v[i] = new DerivativeStructure(4, 2, i, x[i]);
        }
        return v[0].subtract(v[1].multiply(2)).tanh().multiply(v[2])
                .add(v[3].pow(3).multiply(v[0]))
                .add(v[2].multiply(v[2]).negate().exp().multiply(v[1]));
    }

    private static double[] gradientOf(DerivativeStructure y, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            int[] orders = new int[n];
            orders[i] = 1;
            g[i] = y.getPartialDerivative(orders);
        }
        return g;
    }

    private static double[][] hessianOf(DerivativeStructure y, int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[] orders = new int[n];
                orders[i]++;
                orders[j]++;
                h[i][j] = y.getPartialDerivative(orders);
            }
        }
        return h;
    }

    // ---------------------------------------------------------------- derivative

    @Test
    @Points(3)
    @DisplayName("the central difference is exact for a quadratic and gives exactly 3x² + h² for x³")
    void exactOnPolynomials() {
        // (f(x+h) - f(x-h)) / 2h of 3x² - 2x + 1 is 6x - 2 for every h.
        for (double h : new double[] {0.5, 0.1, 1e-3}) {
            ArrayAssertions.assertClose("derivative of 3x² − 2x + 1 at 1.5 with h = " + h + " (expected: 6x − 2 = 7,"
                            + " exact for a quadratic)", 7, Derivatives.derivative(x -> 3 * x * x - 2 * x + 1, 1.5, h),
                    Tolerance.absolute(1e-9), FORWARD + "; or: " + TWO_H);
        }
        // For x³: ((x+h)³ - (x-h)³) / 2h = 3x² + h².
        double[][] cases = {{2, 0.1}, {-1, 0.25}, {3, 0.01}};
        for (double[] c : cases) {
            double x = c[0];
            double h = c[1];
            ArrayAssertions.assertClose("derivative of x³ at " + x + " with h = " + h + " (expected: 3x² + h²)",
                    3 * x * x + h * h, Derivatives.derivative(t -> t * t * t, x, h), Tolerance.absolute(1e-9),
                    FORWARD + "; or: " + TWO_H + "; h is an absolute step: evaluate at exactly x + h and x − h");
        }
    }

    @Test
    @Points(3)
    @DisplayName("matches the exact derivative (Commons Math DerivativeStructure) of smooth functions to 1e-7 with h = 1e-5")
    void derivativeMatchesDerivativeStructure() {
        for (Smooth s : SMOOTH) {
            for (double x : new double[] {-1.7, -0.3, 0.5, 1.9, 4.0}) {
                ArrayAssertions.assertClose("derivative of " + s.name() + " at " + x + " with h = 1e-5",
                        s.exactDerivative(x), Derivatives.derivative(s.f(), x, 1e-5), Tolerance.absolute(1e-7),
                        FORWARD + "; or: " + TWO_H);
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("second order: halving h divides the error of the derivative and of the gradient by about 4, not 2")
    void errorFallsFourfoldWhenHIsHalved() {
        Smooth s = SMOOTH.get(0);
        double x = 0.5;
        double exact = s.exactDerivative(x);
        double[] steps = {0.02, 0.01, 0.005, 0.0025};
        double[] errors = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            errors[k] = Math.abs(Derivatives.derivative(s.f(), x, steps[k]) - exact);
        }
        assertFourfold("derivative of " + s.name() + " at 0.5", steps, errors);

        double[] point = {0.4, -0.8, 1.1};
        double[] exactGradient = gradientOf(threeVariablesOracle(point), 3);
        double[] gradientErrors = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            double[] g = Derivatives.gradient(DerivativesGradingTest::threeVariables, point, steps[k]);
            assertLength("gradient at (0.4, −0.8, 1.1)", 3, g);
            for (int i = 0; i < 3; i++) {
                gradientErrors[k] = Math.max(gradientErrors[k], Math.abs(g[i] - exactGradient[i]));
            }
        }
        assertFourfold("gradient of exp(x₀x₁/2) + sin(x₂)x₀² + log(1 + x₁² + x₂²) at (0.4, −0.8, 1.1) (largest error"
                + " over the coordinates)", steps, gradientErrors);
    }

    private static void assertFourfold(String what, double[] steps, double[] errors) {
        for (int k = 0; k + 1 < steps.length; k++) {
            double ratio = errors[k] / errors[k + 1];
            if (!(ratio >= 3.6 && ratio <= 4.4)) {
                throw Failure.of("error of the " + what + " fell by a factor " + ratio + " when h was halved from "
                                + steps[k] + " to " + steps[k + 1])
                        .line("expected", "a factor of about 4 (between 3.6 and 4.4): the central difference's error"
                                + " is h²/6 · f'''(x) + O(h⁴)")
                        .line("actual", "factor " + ratio)
                        .line("errors", Arrays.toString(errors) + " for h = " + Arrays.toString(steps))
                        .likelyMistake(ratio > 1.6 && ratio < 2.4 ? "a factor of 2 means a first-order formula: "
                                + FORWARD : FORWARD)
                        .error();
            }
        }
    }

    // ---------------------------------------------------------------- gradient

    @Test
    @Points(3)
    @DisplayName("the gradient matches the exact gradient (DerivativeStructure) of 3- and 4-variable functions to 1e-7")
    void gradientMatchesDerivativeStructure() {
        double[][] points3 = {{0.4, -0.8, 1.1}, {-1.2, 0.3, 2.5}, {1.5, 1.0, -0.7}};
        for (double[] p : points3) {
            ArrayAssertions.assertClose("gradient of exp(x₀x₁/2) + sin(x₂)x₀² + log(1 + x₁² + x₂²) at "
                            + Arrays.toString(p), gradientOf(threeVariablesOracle(p), 3),
                    Derivatives.gradient(DerivativesGradingTest::threeVariables, p, 1e-5), Tolerance.absolute(1e-7),
                    "g_i = (f(x + h e_i) - f(x - h e_i)) / 2h, moving only coordinate i (and putting it back before"
                            + " the next one); " + FORWARD);
        }
        double[][] points4 = {{0.3, -0.2, 0.9, 1.4}, {-1.0, 0.5, -0.4, -0.6}};
        for (double[] p : points4) {
            ArrayAssertions.assertClose("gradient of tanh(x₀ − 2x₁)x₂ + x₃³x₀ + exp(−x₂²)x₁ at " + Arrays.toString(p),
                    gradientOf(fourVariablesOracle(p), 4),
                    Derivatives.gradient(DerivativesGradingTest::fourVariables, p, 1e-5), Tolerance.absolute(1e-7),
                    "g_i = (f(x + h e_i) - f(x - h e_i)) / 2h, moving only coordinate i; " + FORWARD);
        }
    }

    @Test
    @Points(2)
    @DisplayName("the gradient of the Rosenbrock function matches its closed form, and is 0 at the minimum (1, 1)")
    void rosenbrockGradient() {
        ToDoubleFunction<double[]> rosenbrock = p -> (1 - p[0]) * (1 - p[0]) + 100 * Math.pow(p[1] - p[0] * p[0], 2);
        for (double[] p : new double[][] {{-1.2, 1.0}, {0.5, 0.5}, {1, 1}}) {
            double x = p[0];
            double y = p[1];
            double[] expected = {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
            ArrayAssertions.assertClose("gradient of the Rosenbrock function at " + Arrays.toString(p), expected,
                    Derivatives.gradient(rosenbrock, p, 1e-6), Tolerance.absolute(1e-5),
                    "closed form (−2(1 − x) − 400x(y − x²), 200(y − x²)); " + FORWARD);
        }
    }

    // ---------------------------------------------------------------- Jacobian

    @Test
    @Points(3)
    @DisplayName("the Jacobian of non-square maps has one row per output and one column per input, as DerivativeStructure gives")
    void jacobianMatchesDerivativeStructure() {
        // R³ → R²: (x₀x₁x₂, exp(x₀)cos(x₁) + x₂²)
        Function<double[], double[]> f = p -> new double[] {p[0] * p[1] * p[2], Math.exp(p[0]) * Math.cos(p[1]) + p[2] * p[2]};
        double[] x = {0.7, -1.1, 2.0};
        DerivativeStructure[] v = variables(x, 1);
        DerivativeStructure[] y = {v[0].multiply(v[1]).multiply(v[2]),
            v[0].exp().multiply(v[1].cos()).add(v[2].multiply(v[2]))};
        ArrayAssertions.assertClose("Jacobian (2 outputs × 3 inputs) of (x₀x₁x₂, exp(x₀)cos(x₁) + x₂²) at (0.7, −1.1, 2)",
                jacobianOf(y, 3), Derivatives.jacobian(f, x, 1e-5), Tolerance.absolute(1e-7), JACOBIAN_LAYOUT);

        // R² → R⁴: (sin(x₀x₁), x₀ − x₁, x₀²/(1 + x₁²), tanh(x₁))
        Function<double[], double[]> g = p -> new double[] {Math.sin(p[0] * p[1]), p[0] - p[1],
            p[0] * p[0] / (1 + p[1] * p[1]), Math.tanh(p[1])};
        double[] z = {1.3, 0.4};
        DerivativeStructure[] w = variables(z, 1);
        DerivativeStructure[] out = {w[0].multiply(w[1]).sin(), w[0].subtract(w[1]),
            w[0].multiply(w[0]).divide(w[1].multiply(w[1]).add(1)), w[1].tanh()};
        ArrayAssertions.assertClose("Jacobian (4 outputs × 2 inputs) of (sin(x₀x₁), x₀ − x₁, x₀²/(1 + x₁²), tanh(x₁))"
                        + " at (1.3, 0.4)", jacobianOf(out, 2), Derivatives.jacobian(g, z, 1e-5),
                Tolerance.absolute(1e-7), JACOBIAN_LAYOUT + "; " + FORWARD);
    }

    @Test
    @Points(2)
    @DisplayName("the Jacobian of an affine map x ↦ Ax + b is A, wherever it is taken")
    void jacobianOfAffineMapIsItsMatrix() {
        double[][] a = {{1, -2, 0.5}, {3, 0, -1}};
        double[] b = {4, -7};
        Function<double[], double[]> f = p -> new double[] {
            a[0][0] * p[0] + a[0][1] * p[1] + a[0][2] * p[2] + b[0],
            a[1][0] * p[0] + a[1][1] * p[1] + a[1][2] * p[2] + b[1]};
        for (double[] x : new double[][] {{0, 0, 0}, {10, -3, 2.5}}) {
            ArrayAssertions.assertClose("Jacobian of x ↦ Ax + b (A is 2 × 3) at " + Arrays.toString(x), a,
                    Derivatives.jacobian(f, x, 1e-3), Tolerance.absolute(1e-9), JACOBIAN_LAYOUT);
        }
    }

    private static DerivativeStructure[] variables(double[] x, int order) {
        DerivativeStructure[] v = new DerivativeStructure[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = new DerivativeStructure(x.length, order, i, x[i]);
        }
        return v;
    }

    private static double[][] jacobianOf(DerivativeStructure[] outputs, int n) {
        double[][] j = new double[outputs.length][];
        for (int i = 0; i < outputs.length; i++) {
            j[i] = gradientOf(outputs[i], n);
        }
        return j;
    }

    // ---------------------------------------------------------------- Hessian

    @Test
    @Points(3)
    @DisplayName("the Hessian matches the exact second derivatives (DerivativeStructure) to 1e-5 with h = 1e-3")
    void hessianMatchesDerivativeStructure() {
        for (double[] p : new double[][] {{0.4, -0.8, 1.1}, {-1.2, 0.3, 2.5}}) {
            ArrayAssertions.assertClose("Hessian of exp(x₀x₁/2) + sin(x₂)x₀² + log(1 + x₁² + x₂²) at " + Arrays.toString(p),
                    hessianOf(threeVariablesOracle(p), 3),
                    Derivatives.hessian(DerivativesGradingTest::threeVariables, p, 1e-3), Tolerance.absolute(1e-5),
                    "diagonal: (f(x + h e_i) - 2 f(x) + f(x - h e_i)) / h²; " + CROSS_TERM);
        }
        double[] p = {0.3, -0.2, 0.9, 1.4};
        ArrayAssertions.assertClose("Hessian of tanh(x₀ − 2x₁)x₂ + x₃³x₀ + exp(−x₂²)x₁ at " + Arrays.toString(p),
                hessianOf(fourVariablesOracle(p), 4),
                Derivatives.hessian(DerivativesGradingTest::fourVariables, p, 1e-3), Tolerance.absolute(1e-5),
                "diagonal: (f(x + h e_i) - 2 f(x) + f(x - h e_i)) / h²; " + CROSS_TERM);
    }

    @Test
    @Points(3)
    @DisplayName("the Hessian of a quadratic form ½xᵀAx + bᵀx is A, and every Hessian is symmetric")
    void hessianOfQuadraticIsA() {
        double[][] a = {{4, 1, -2}, {1, 3, 0.5}, {-2, 0.5, 6}};
        double[] b = {1, -1, 2};
        ToDoubleFunction<double[]> quadratic = p -> {
            double value = 0;
            for (int i = 0; i < 3; i++) {
                value += b[i] * p[i];
                for (int j = 0; j < 3; j++) {
                    value += 0.5 * p[i] * a[i][j] * p[j];
                }
            }
            return value;
        };
        ArrayAssertions.assertClose("Hessian of ½xᵀAx + bᵀx at (1, −2, 0.5)", a,
                Derivatives.hessian(quadratic, new double[] {1, -2, 0.5}, 1e-3), Tolerance.absolute(1e-6),
                "second differences are exact for a quadratic: " + CROSS_TERM);

        double[][] h = Derivatives.hessian(DerivativesGradingTest::fourVariables, new double[] {-1.0, 0.5, -0.4, -0.6},
                1e-3);
        assertSquare("Hessian of a 4-variable function", 4, h);
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                ArrayAssertions.assertClose("Hessian entry [" + j + "][" + i + "] (expected: entry [" + i + "][" + j
                        + "], by symmetry)", h[i][j], h[j][i], Tolerance.absolute(1e-8),
                        "∂²f/∂x_i∂x_j = ∂²f/∂x_j∂x_i: use the symmetric four-point stencil (or compute i < j and mirror)");
            }
        }
    }

    // ---------------------------------------------------------------- the caller's array

    @Test
    @Points(3)
    @DisplayName("gradient, jacobian and hessian leave the caller's x unchanged, bit for bit")
    void leavesArgumentUnchanged() {
        // For these coordinates and steps, x + h − 2h + h differs from x in the last bit.
        double[] original = {0.1, 0.7, -1.3, 2.2};
        Function<double[], double[]> vector = p -> new double[] {p[0] * p[1], p[2] + p[3], p[0] * p[3]};
        for (double h : new double[] {1e-5, 1e-4, 1e-3}) {
            double[] x = original.clone();
            Derivatives.gradient(DerivativesGradingTest::fourVariables, x, h);
            assertUnchanged("x after gradient(f, x, " + h + ")", original, x);
            Derivatives.jacobian(vector, x, h);
            assertUnchanged("x after jacobian(f, x, " + h + ")", original, x);
            Derivatives.hessian(DerivativesGradingTest::fourVariables, x, h);
            assertUnchanged("x after hessian(f, x, " + h + ")", original, x);
        }
    }

    private static void assertUnchanged(String what, double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                throw Failure.of(what + " changed at [" + i + "]")
                        .expected(expected).actual(actual)
                        .line("at [" + i + "]", expected[i] + " became " + actual[i])
                        .likelyMistake("the caller's array was modified: " + UNCHANGED)
                        .error();
            }
        }
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects a null function, a null, empty or non-finite point and a step that is not finite and > 0,"
            + " naming the bad value")
    void rejectsInvalidArguments() {
        DoubleUnaryOperator square = x -> x * x;
        ToDoubleFunction<double[]> sum = p -> Arrays.stream(p).sum();
        Function<double[], double[]> identity = p -> p.clone();
        assertRejects("derivative(null, 1, 1e-5)", () -> Derivatives.derivative(null, 1, 1e-5), "f must not be null",
                "null");
        assertRejects("derivative(f, NaN, 1e-5)", () -> Derivatives.derivative(square, Double.NaN, 1e-5),
                "x must be finite", "NaN");
        assertRejects("derivative(f, 1, 0)", () -> Derivatives.derivative(square, 1, 0), "h must be > 0", "0.0");
        assertRejects("derivative(f, 1, -0.001)", () -> Derivatives.derivative(square, 1, -0.001), "h must be > 0",
                "-0.001");
        assertRejects("derivative(f, 1, NaN)", () -> Derivatives.derivative(square, 1, Double.NaN),
                "h must be finite", "NaN");
        assertRejects("gradient(f, x, Infinity)", () -> Derivatives.gradient(sum, new double[] {1}, Double.POSITIVE_INFINITY),
                "h must be finite", "Infinity");
        assertRejects("gradient(null, x, 1e-5)", () -> Derivatives.gradient(null, new double[] {1}, 1e-5),
                "f must not be null", "null");
        assertRejects("gradient(f, null, 1e-5)", () -> Derivatives.gradient(sum, null, 1e-5), "x must not be null",
                "null");
        assertRejects("gradient(f, {}, 1e-5)", () -> Derivatives.gradient(sum, new double[0], 1e-5),
                "x must not be empty", "0");
        assertRejects("gradient(f, {1, 2, Infinity}, 1e-5)",
                () -> Derivatives.gradient(sum, new double[] {1, 2, Double.POSITIVE_INFINITY}, 1e-5),
                "x must be finite", "Infinity", "2");
        assertRejects("hessian(f, {NaN}, 1e-4)", () -> Derivatives.hessian(sum, new double[] {Double.NaN}, 1e-4),
                "x must be finite", "NaN");
        assertRejects("hessian(f, x, 0)", () -> Derivatives.hessian(sum, new double[] {1, 2}, 0), "h must be > 0",
                "0.0");
        assertRejects("hessian(null, x, 1e-4)", () -> Derivatives.hessian(null, new double[] {1, 2}, 1e-4),
                "f must not be null", "null");
        assertRejects("jacobian(f, null, 1e-5)", () -> Derivatives.jacobian(identity, null, 1e-5),
                "x must not be null", "null");
        assertRejects("jacobian(f, x, -1)", () -> Derivatives.jacobian(identity, new double[] {1}, -1),
                "h must be > 0", "-1.0");
    }

    @Test
    @Points(2)
    @DisplayName("jacobian rejects a function that returns null or a different number of values at different points")
    void jacobianRejectsInconsistentOutputs() {
        assertRejects("jacobian of a function that returns null", () -> Derivatives.jacobian(p -> null,
                new double[] {1, 2}, 1e-5), "f must not return null", "null");
        // 2 values where x₀ > 0, 5 values elsewhere: at x = (0, 0), f(x + h e₀) has 2 and f(x − h e₀) has 5.
        assertRejects("jacobian of a function with 2 outputs at x + h·e₀ and 5 at x − h·e₀",
                () -> Derivatives.jacobian(p -> new double[p[0] > 0 ? 2 : 5], new double[] {0, 0}, 1e-5),
                "f must return the same number of values at every point", "2", "5");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertLength(String what, int expected, double[] actual) {
        if (actual == null || actual.length != expected) {
            throw Failure.of(what + " has the wrong length")
                    .line("expected", expected + " partial derivatives (one per coordinate)")
                    .line("actual", actual == null ? "null" : actual.length + " values")
                    .likelyMistake("the gradient has one entry per coordinate of x").error();
        }
    }

    private static void assertSquare(String what, int n, double[][] actual) {
        boolean ok = actual != null && actual.length == n && Arrays.stream(actual).allMatch(r -> r != null && r.length == n);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .line("expected", n + " × " + n)
                    .line("actual", actual == null ? "null" : actual.length + " rows")
                    .likelyMistake("the Hessian of a function of n variables is n × n").error();
        }
    }

    private static void assertRejects(String call, ThrowingCallable code, String rule, String... fragments) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        assertThat(thrown)
                .as("%s must throw IllegalArgumentException (rule: %s)", call, rule)
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage())
                .as("the message of %s must state the rule (%s) and the bad value", call, rule)
                .isNotBlank();
        for (String fragment : fragments) {
            assertThat(thrown.getMessage())
                    .as("the message of %s must state the rule (%s) and the bad value %s", call, rule, fragment)
                    .contains(fragment);
        }
    }

    /** The stub's TODO must surface as itself, so the test counts as not attempted rather than failed. */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
