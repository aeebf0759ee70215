package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p1.calculus.GradientDescent.Objective;
import io.mlpath.p1.calculus.GradientDescent.Result;
import io.mlpath.p1.calculus.GradientDescent.Stop;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link GradientDescent}.
 *
 * <p>Oracles: the exact minimiser of an ill-conditioned quadratic {@code ½ xᵀAx − bᵀx}, i.e. the
 * solution of {@code Ax = b} from Commons Math's {@link LUDecomposition}, with {@code L = λ_max}
 * from Commons Math's {@link EigenDecomposition} (and exact by construction: {@code A = Q diag(1,
 * 30, 1000) Qᵀ} with a rational Householder reflection {@code Q}); closed-form iterates on
 * {@code ½ x²} ({@code x_k = (1 − η)^k}, exact in binary); hand-computed backtracking searches;
 * the Rosenbrock minimum {@code (1, 1)}; the divergence threshold {@code η > 2/L} of gradient
 * descent on a quadratic. No randomness: every input is fixed.
 */
@Challenge("p1.calculus.gradient-descent")
class GradientDescentGradingTest {

    private static final String SIGN = "the update is x <- x - learningRate * gradient: the gradient points uphill,"
            + " so a plus sign climbs away from the minimum";
    private static final String STOP = "stop as soon as the gradient norm at the current iterate is <= tolerance"
            + " (check it before taking each step, x0 included) and report CONVERGED; do not run every iteration";
    private static final String COPY = "add a copy of each iterate to the trajectory (x.clone()): adding the array you"
            + " keep updating puts the last point in every slot";
    private static final String DIVERGE = "after each step report DIVERGED when f(x) or x is not finite or"
            + " f(x) > f(x0) + DIVERGENCE_FACTOR * (1 + |f(x0)|); without that check an exploding run looks like"
            + " MAX_ITERATIONS";
    private static final String ARMIJO = "accept the first t of initialStep, shrink * initialStep, ... with"
            + " f(x - t g) <= f(x) - c * t * |g|^2 (the sufficient-decrease term uses the squared gradient norm)";

    /** The Householder reflection I − 2vvᵀ/vᵀv for v = (1, 2, 2): orthogonal and symmetric, rational entries. */
    private static final double[][] Q = {
            {7.0 / 9, -4.0 / 9, -4.0 / 9},
            {-4.0 / 9, 1.0 / 9, -8.0 / 9},
            {-4.0 / 9, -8.0 / 9, 1.0 / 9}};

    /** {@code A = Q diag(1, 30, 1000) Qᵀ}: condition number 1000, L = 1000. */
    private static final double[][] ILL = rotated(new double[] {1, 30, 1000});
    private static final double[] B = {1, -2, 3};

    // ---------------------------------------------------------------- the quadratic oracle

    @Test
    @Points(4)
    @DisplayName("with η = 1/L, the ill-conditioned quadratic ½xᵀAx − bᵀx (κ = 1000) converges to the solution of Ax = b")
    void illConditionedQuadraticFixedRate() {
        Quadratic f = new Quadratic(ILL, B);
        double lipschitz = largestEigenvalue(ILL);
        double[] expected = solve(ILL, B);

        Result r = GradientDescent.minimize(f, new double[] {0, 0, 0}, 1 / lipschitz, 1e-9, 200_000);

        assertStop("fixed rate 1/L on the κ = 1000 quadratic", Stop.CONVERGED, r, SIGN + "; or " + STOP);
        ArrayAssertions.assertClose("the last iterate (expected: the solution of Ax = b from Commons Math's LU)",
                expected, r.x(), Tolerance.absolute(1e-7), SIGN);
        ArrayAssertions.assertClose("Result.value() (expected: f(x) = -½ bᵀx* at the minimum)", f.value(expected),
                r.value(), Tolerance.absolute(1e-9), "value() is f at the last iterate");
        assertThat(f.gradientNorm(r.x()))
                .as("the gradient norm at the returned x must be <= the tolerance 1e-9 when the run reports"
                        + " CONVERGED; likely mistake: %s", STOP)
                .isLessThanOrEqualTo(1e-9);
    }

    @Test
    @Points(3)
    @DisplayName("with the line search, the same ill-conditioned quadratic also converges to the solution of Ax = b")
    void illConditionedQuadraticLineSearch() {
        Quadratic f = new Quadratic(ILL, B);
        // Tolerance 1e-5, not 1e-9: near the minimum the decrease a step promises, c t |g|^2, falls below the
        // rounding error of f itself (about 1e-14 here), and no line search can see progress any more.
        Result r = GradientDescent.minimizeWithLineSearch(f, new double[] {5, 5, 5}, 1, 1e-5, 200_000);

        assertStop("line search on the κ = 1000 quadratic, tolerance 1e-5", Stop.CONVERGED, r, SIGN + "; or " + STOP);
        // |x - x*| <= |∇f(x)| / λ_min = 1e-5 once the gradient norm is within tolerance.
        ArrayAssertions.assertClose("the last iterate (expected: the solution of Ax = b from Commons Math's LU)",
                solve(ILL, B), r.x(), Tolerance.absolute(1e-5), SIGN);
    }

    // ---------------------------------------------------------------- stopping rules

    @Test
    @Points(4)
    @DisplayName("stops at the first iterate whose gradient norm is within tolerance: ½x², η = 0.5, x0 = 1 takes exactly 10 steps")
    void stopsAtTheFirstSmallGradient() {
        // x_k = 2^-k and ∇f(x_k) = x_k: the first k with 2^-k <= 1e-3 is 10 (2^-10 = 0.0009765625).
        Result r = GradientDescent.minimize(HALF_SQUARE, new double[] {1}, 0.5, 1e-3, 1000);

        assertStop("½x² from 1 with η = 0.5, tolerance 1e-3, 1000 iterations allowed", Stop.CONVERGED, r, STOP);
        assertIterations("½x² from 1 with η = 0.5, tolerance 1e-3", 10, r, STOP);
        ArrayAssertions.assertClose("the last iterate", new double[] {0x1p-10}, r.x(), Tolerance.absolute(0), STOP);
        assertThat(r.trajectory())
                .as("the trajectory holds x_0 … x_10: 11 points; likely mistake: %s", STOP)
                .hasSize(11);

        Result atMinimum = GradientDescent.minimize(HALF_SQUARE, new double[] {0}, 0.5, 1e-3, 1000);
        assertStop("½x² started at its minimum 0", Stop.CONVERGED, atMinimum,
                "the gradient is checked at x0 too: a start at the minimum takes 0 steps");
        assertIterations("½x² started at its minimum 0", 0, atMinimum,
                "the gradient is checked at x0 too: a start at the minimum takes 0 steps");
    }

    @Test
    @Points(2)
    @DisplayName("stops with MAX_ITERATIONS after exactly maxIterations steps when the tolerance is not reached")
    void stopsAfterMaxIterations() {
        Result r = GradientDescent.minimize(HALF_SQUARE, new double[] {1}, 0.5, 1e-3, 5);

        assertStop("½x² from 1 with η = 0.5 and only 5 steps allowed", Stop.MAX_ITERATIONS, r,
                "report MAX_ITERATIONS when maxIterations steps were taken without converging");
        assertIterations("½x² from 1 with 5 steps allowed", 5, r, "take at most maxIterations steps");
        ArrayAssertions.assertClose("the last iterate after 5 halvings", new double[] {1.0 / 32}, r.x(),
                Tolerance.absolute(0), SIGN);
        assertThat(r.trajectory()).as("the trajectory of 5 steps holds 6 points (x_0 … x_5)").hasSize(6);
    }

    @Test
    @Points(4)
    @DisplayName("reports DIVERGED when the fixed rate exceeds 2/L on a quadratic, and converges just below 2/L")
    void divergesAboveTwoOverL() {
        Quadratic f = new Quadratic(ILL, B);
        double twoOverL = 2 / largestEigenvalue(ILL);

        Result above = GradientDescent.minimize(f, new double[] {0, 0, 0}, 1.1 * twoOverL, 1e-9, 100_000);
        assertStop("fixed rate 1.1 · 2/L on the quadratic with L = 1000", Stop.DIVERGED, above, DIVERGE);
        assertThat(above.iterations())
                .as("divergence must be reported as soon as it happens, long before the 100000-step budget;"
                        + " likely mistake: %s", DIVERGE)
                .isLessThan(100_000);

        Result below = GradientDescent.minimize(f, new double[] {0, 0, 0}, 0.95 * twoOverL, 1e-9, 100_000);
        assertStop("fixed rate 0.95 · 2/L on the quadratic with L = 1000", Stop.CONVERGED, below,
                "every eigen-direction shrinks by |1 - ηλ| < 1 when η < 2/L: " + SIGN + "; or " + STOP);
        ArrayAssertions.assertClose("the last iterate with η = 0.95 · 2/L", solve(ILL, B), below.x(),
                Tolerance.absolute(1e-7), SIGN);

        // 1-D: ½x² has L = 1, and η = 2.5 multiplies x by -1.5 every step.
        Result oneD = GradientDescent.minimize(HALF_SQUARE, new double[] {1}, 2.5, 1e-6, 100_000);
        assertStop("½x² with η = 2.5 > 2/L = 2", Stop.DIVERGED, oneD, DIVERGE);
        assertThat(Math.abs(oneD.trajectory().get(oneD.trajectory().size() - 1)[0]))
                .as("the last point of a diverged run is the one that blew up, far from the start 1")
                .isGreaterThan(100);
    }

    // ---------------------------------------------------------------- trajectory

    @Test
    @Points(3)
    @DisplayName("the trajectory is x_0, x_1, … with x_{k+1} = x_k − η∇f(x_k), each a separate array, and x0 is left unchanged")
    void trajectoryFollowsTheUpdate() {
        Quadratic f = new Quadratic(ILL, B);
        double[] x0 = {1, -1, 0.5};
        double[] x0Copy = x0.clone();
        double eta = 1e-3;

        Result r = GradientDescent.minimize(f, x0, eta, 1e-12, 4);

        ArrayAssertions.assertClose("x0 after minimize", x0Copy, x0, Tolerance.absolute(0),
                "work on a copy of x0: the caller's array must not change");
        List<double[]> path = r.trajectory();
        assertThat(path).as("4 steps give 5 points x_0 … x_4; likely mistake: %s", STOP).hasSize(5);
        ArrayAssertions.assertClose("trajectory[0]", x0Copy, path.get(0), Tolerance.absolute(0),
                "the trajectory starts with x0 itself; " + COPY);
        for (int k = 0; k < 4; k++) {
            double[] g = f.gradient(path.get(k));
            double[] expected = new double[3];
            for (int i = 0; i < 3; i++) {
                expected[i] = path.get(k)[i] - eta * g[i];
            }
            ArrayAssertions.assertClose("trajectory[" + (k + 1) + "] (expected: trajectory[" + k + "] - η ∇f)",
                    expected, path.get(k + 1), Tolerance.absolute(1e-14), COPY + "; or " + SIGN);
        }
        ArrayAssertions.assertClose("Result.x() (expected: the last trajectory point)", path.get(4), r.x(),
                Tolerance.absolute(0), "x() is the last iterate");
    }

    // ---------------------------------------------------------------- backtracking

    @Test
    @Points(3)
    @DisplayName("backtracking returns the first step of t0, ρt0, ρ²t0, … with sufficient decrease (hand-computed on x²)")
    void backtrackingHandComputed() {
        double[] x = {1};
        double[] g = {2};
        // t = 1 -> x - t g = -1, f = 1 > 1 - 1e-4 * 1 * 4 = 0.9996: rejected; t = 0.5 -> 0, f = 0 <= 0.9998: accepted.
        ArrayAssertions.assertClose("backtrackingStep(x², x = 1, g = 2, t0 = 1, c = 1e-4, ρ = 0.5)", 0.5,
                GradientDescent.backtrackingStep(SQUARE, x, g, 1, 1e-4, 0.5), Tolerance.absolute(0), ARMIJO);
        // t = 0.9 -> x = -0.8, f = 0.64 > 1 - 0.5 * 0.9 * 4 = -0.8: rejected although f went down (0.64 < 1);
        // t = 0.45 -> x = 0.1, f = 0.01 <= 1 - 0.5 * 0.45 * 4 = 0.1: accepted.
        ArrayAssertions.assertClose("backtrackingStep(x², x = 1, g = 2, t0 = 0.9, c = 0.5, ρ = 0.5)", 0.45,
                GradientDescent.backtrackingStep(SQUARE, x, g, 0.9, 0.5, 0.5), Tolerance.absolute(1e-15),
                "a plain decrease f(x - t g) < f(x) is not enough: " + ARMIJO);
        // t = 0.25 -> x = 0.5, f = 0.25 <= 1 - 1e-4 * 0.25 * 4: the first trial is accepted as it is.
        ArrayAssertions.assertClose("backtrackingStep(x², x = 1, g = 2, t0 = 0.25, c = 1e-4, ρ = 0.5)", 0.25,
                GradientDescent.backtrackingStep(SQUARE, x, g, 0.25, 1e-4, 0.5), Tolerance.absolute(0),
                "try initialStep itself first, and shrink only when it fails: " + ARMIJO);
        // t = 1 -> -1 rejected; t = 0.3 -> 0.4, f = 0.16 <= 1 - 1e-4 * 0.3 * 4: accepted.
        ArrayAssertions.assertClose("backtrackingStep(x², x = 1, g = 2, t0 = 1, c = 1e-4, ρ = 0.3)", 0.3,
                GradientDescent.backtrackingStep(SQUARE, x, g, 1, 1e-4, 0.3), Tolerance.absolute(1e-15),
                "shrink by the given factor ρ (t <- ρ t), not by a fixed one half");
    }

    @Test
    @Points(3)
    @DisplayName("the accepted step satisfies the Armijo condition and, when shrunk, the step before it did not (Rosenbrock)")
    void backtrackingIsArmijoAtTheBoundary() {
        double[][] points = {{-1.2, 1}, {0, 0}, {2, 2}, {0.5, -0.3}, {-0.7, 0.6}, {1.3, 1.6}};
        double c = 1e-4;
        double rho = 0.5;
        for (double[] x : points) {
            double[] g = ROSENBROCK.gradient(x);
            double squared = g[0] * g[0] + g[1] * g[1];
            double t = GradientDescent.backtrackingStep(ROSENBROCK, x, g, 1, c, rho);
            double accepted = ROSENBROCK.value(new double[] {x[0] - t * g[0], x[1] - t * g[1]});
            double bound = ROSENBROCK.value(x) - c * t * squared;
            if (!(accepted <= bound)) {
                throw Failure.of("the step t = " + t + " at " + Arrays.toString(x) + " does not satisfy the Armijo condition")
                        .line("expected", "f(x - t g) <= f(x) - c t |g|^2 = " + bound)
                        .line("actual", "f(x - t g) = " + accepted)
                        .likelyMistake(ARMIJO).error();
            }
            double exponent = Math.log(t) / Math.log(rho);
            if (Math.abs(exponent - Math.rint(exponent)) > 1e-9 || t > 1) {
                throw Failure.of("the step t = " + t + " at " + Arrays.toString(x) + " is not of the form ρ^j")
                        .line("expected", "1, 0.5, 0.25, … (initialStep 1 shrunk by ρ = 0.5)")
                        .line("actual", String.valueOf(t))
                        .likelyMistake("start at initialStep and multiply by ρ after every rejected trial").error();
            }
            if (t < 1) {
                double larger = t / rho;
                double before = ROSENBROCK.value(new double[] {x[0] - larger * g[0], x[1] - larger * g[1]});
                if (before <= ROSENBROCK.value(x) - c * larger * squared) {
                    throw Failure.of("at " + Arrays.toString(x) + " the search shrank past an acceptable step")
                            .line("expected", "t = " + larger + " (it already satisfies the Armijo condition)")
                            .line("actual", "t = " + t)
                            .likelyMistake("return the FIRST acceptable step; shrink only while the condition fails")
                            .error();
                }
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("backtracking rejects a trial step whose value is NaN instead of accepting it")
    void backtrackingRejectsNaN() {
        // f is x² for x >= 0 and NaN for x < 0: the trial t = 1 lands on -1 (NaN) and must be rejected.
        Objective half = objective(x -> x[0] >= 0 ? x[0] * x[0] : Double.NaN, x -> new double[] {2 * x[0]});
        ArrayAssertions.assertClose("backtrackingStep when the first trial gives f = NaN", 0.5,
                GradientDescent.backtrackingStep(half, new double[] {1}, new double[] {2}, 1, 1e-4, 0.5),
                Tolerance.absolute(0), "write the test so that NaN fails it: shrink while !(fTrial <= bound); a test"
                        + " written as 'fTrial > bound' is false for NaN and accepts the step");
    }

    @Test
    @Points(2)
    @DisplayName("backtracking throws IllegalStateException when −gradient is not a descent direction")
    void backtrackingFailsLoudly() {
        // The "gradient" passed is -∇f: every step along its negative goes uphill.
        Throwable thrown = rethrowTodo(catchThrowable(() -> GradientDescent.backtrackingStep(SQUARE, new double[] {1},
                new double[] {-2}, 1, 1e-4, 0.5)));
        assertThat(thrown)
                .as("backtrackingStep with an uphill direction must throw IllegalStateException after MAX_BACKTRACKS"
                        + " shrinks (not loop forever, not return a step that increases f)")
                .isInstanceOf(IllegalStateException.class);
    }

    // ---------------------------------------------------------------- Rosenbrock

    @Test
    @Points(4)
    @DisplayName("with the line search, Rosenbrock from (−1.2, 1) reaches (1, 1), f decreasing with Armijo steps all the way")
    void rosenbrockWithLineSearch() {
        Result r = GradientDescent.minimizeWithLineSearch(ROSENBROCK, new double[] {-1.2, 1}, 1, 1e-6, 60_000);

        assertStop("line search on Rosenbrock from (-1.2, 1), tolerance 1e-6", Stop.CONVERGED, r, STOP + "; or " + SIGN);
        ArrayAssertions.assertClose("the minimiser of Rosenbrock", new double[] {1, 1}, r.x(), Tolerance.absolute(1e-4),
                SIGN);
        List<double[]> path = r.trajectory();
        for (int k = 0; k + 1 < path.size(); k++) {
            double[] x = path.get(k);
            double[] g = ROSENBROCK.gradient(x);
            double squared = g[0] * g[0] + g[1] * g[1];
            double dx = x[0] - path.get(k + 1)[0];
            double dy = x[1] - path.get(k + 1)[1];
            double t = Math.sqrt((dx * dx + dy * dy) / squared);
            double bound = ROSENBROCK.value(x) - GradientDescent.ARMIJO_C * t * squared * (1 - 1e-9);
            double next = ROSENBROCK.value(path.get(k + 1));
            if (!(next <= bound + 1e-15)) {
                throw Failure.of("step " + k + " of the line-search descent does not decrease f sufficiently")
                        .line("expected", "f(x_" + (k + 1) + ") <= f(x_" + k + ") - c t |g|^2 = " + bound)
                        .line("actual", "f(x_" + (k + 1) + ") = " + next + " (t = " + t + ")")
                        .likelyMistake("each step length must come from backtrackingStep with c = ARMIJO_C, restarted"
                                + " at initialStep every iteration; " + COPY).error();
            }
        }
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects invalid arguments with an IllegalArgumentException that names the rule and the bad value")
    void rejectsInvalidArguments() {
        double[] x0 = {1, 2};
        Quadratic f = new Quadratic(new double[][] {{2, 0}, {0, 1}}, new double[] {0, 0});
        assertRejects("minimize(null, …)", () -> GradientDescent.minimize(null, x0, 0.1, 1e-6, 10), "f must not be null",
                "null");
        assertRejects("minimize with x0 = null", () -> GradientDescent.minimize(f, null, 0.1, 1e-6, 10),
                "x0 must not be null", "x0");
        assertRejects("minimize with an empty x0", () -> GradientDescent.minimize(f, new double[0], 0.1, 1e-6, 10),
                "x0 must not be empty", "x0");
        assertRejects("minimize with x0 = [1, NaN]", () -> GradientDescent.minimize(f, new double[] {1, Double.NaN},
                0.1, 1e-6, 10), "x0 must be finite", "NaN");
        assertRejects("minimize with learningRate = 0", () -> GradientDescent.minimize(f, x0, 0, 1e-6, 10),
                "learningRate > 0", "0");
        assertRejects("minimize with learningRate = -0.1", () -> GradientDescent.minimize(f, x0, -0.1, 1e-6, 10),
                "learningRate > 0", "-0.1");
        assertRejects("minimize with learningRate = NaN", () -> GradientDescent.minimize(f, x0, Double.NaN, 1e-6, 10),
                "learningRate > 0", "NaN");
        assertRejects("minimize with tolerance = 0", () -> GradientDescent.minimize(f, x0, 0.1, 0, 10),
                "tolerance > 0", "0");
        assertRejects("minimize with maxIterations = 0", () -> GradientDescent.minimize(f, x0, 0.1, 1e-6, 0),
                "maxIterations >= 1", "0");
        assertRejects("minimize with f(x0) = NaN", () -> GradientDescent.minimize(objective(x -> Double.NaN,
                x -> new double[] {0, 0}), x0, 0.1, 1e-6, 10), "f(x0) must be finite", "NaN");
        assertRejects("minimize with a gradient of length 3 for x of length 2", () -> GradientDescent.minimize(
                objective(x -> 0, x -> new double[] {1, 1, 1}), x0, 0.1, 1e-6, 10), "gradient length = x length",
                "3");
        assertRejects("minimizeWithLineSearch with initialStep = 0",
                () -> GradientDescent.minimizeWithLineSearch(f, x0, 0, 1e-6, 10), "initialStep > 0", "0");
        assertRejects("backtrackingStep with a gradient of length 1 for x of length 2",
                () -> GradientDescent.backtrackingStep(f, x0, new double[] {1}, 1, 1e-4, 0.5),
                "gradient length = x length", "1");
        assertRejects("backtrackingStep with c = 1", () -> GradientDescent.backtrackingStep(f, x0, new double[] {1, 1},
                1, 1, 0.5), "0 < c < 1", "1");
        assertRejects("backtrackingStep with shrink = 1.5", () -> GradientDescent.backtrackingStep(f, x0,
                new double[] {1, 1}, 1, 1e-4, 1.5), "0 < shrink < 1", "1.5");
    }

    // ---------------------------------------------------------------- helpers

    /** f(x) = ½ x², ∇f = x, L = 1. */
    private static final Objective HALF_SQUARE = objective(x -> 0.5 * x[0] * x[0], x -> new double[] {x[0]});

    /** f(x) = x², ∇f = 2x. */
    private static final Objective SQUARE = objective(x -> x[0] * x[0], x -> new double[] {2 * x[0]});

    /** (1 − x)² + 100 (y − x²)², minimum 0 at (1, 1). */
    private static final Objective ROSENBROCK = objective(
            x -> (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]),
            x -> new double[] {-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]), 200 * (x[1] - x[0] * x[0])});

    private interface Fn {
        double at(double[] x);
    }

    private interface Grad {
        double[] at(double[] x);
    }

    private static Objective objective(Fn value, Grad gradient) {
        return new Objective() {
            @Override
            public double value(double[] x) {
                return value.at(x);
            }

            @Override
            public double[] gradient(double[] x) {
                return gradient.at(x);
            }
        };
    }

    /** f(x) = ½ xᵀAx − bᵀx, ∇f = Ax − b. */
    private record Quadratic(double[][] a, double[] b) implements Objective {

        @Override
        public double value(double[] x) {
            double quad = 0;
            double lin = 0;
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    quad += x[i] * a[i][j] * x[j];
                }
                lin += b[i] * x[i];
            }
            return 0.5 * quad - lin;
        }

        @Override
        public double[] gradient(double[] x) {
            double[] g = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    g[i] += a[i][j] * x[j];
                }
                g[i] -= b[i];
            }
            return g;
        }

        double gradientNorm(double[] x) {
            return Math.sqrt(Arrays.stream(gradient(x)).map(v -> v * v).sum());
        }
    }

    /** Q diag(λ) Qᵀ. */
    private static double[][] rotated(double[] lambda) {
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    a[i][j] += Q[i][k] * lambda[k] * Q[j][k];
                }
            }
        }
        return a;
    }

    private static double[] solve(double[][] a, double[] b) {
        return new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().solve(new ArrayRealVector(b)).toArray();
    }

    private static double largestEigenvalue(double[][] a) {
        return Arrays.stream(new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues()).max()
                .orElseThrow();
    }

    private static void assertStop(String what, Stop expected, Result r, String likelyMistake) {
        if (r == null || r.stop() != expected) {
            String likely = likelyMistake;
            if (r != null && expected == Stop.CONVERGED && r.stop() == Stop.DIVERGED) {
                likely = "the run blew up where it should converge: " + SIGN;
            } else if (r != null && expected == Stop.CONVERGED && r.stop() == Stop.MAX_ITERATIONS) {
                likely = STOP + " (a run whose iterates are NaN also ends here: check for divergence too)";
            }
            throw Failure.of(what + ": the run stopped for the wrong reason")
                    .expected(expected)
                    .actual(r == null ? "null result" : r.stop() + " after " + r.iterations() + " steps at "
                            + Arrays.toString(r.x()))
                    .likelyMistake(likely).error();
        }
    }

    private static void assertIterations(String what, int expected, Result r, String likelyMistake) {
        if (r.iterations() != expected) {
            throw Failure.of(what + ": wrong number of steps")
                    .expected(expected).actual(r.iterations())
                    .likelyMistake(likelyMistake).error();
        }
    }

    private static void assertRejects(String call, ThrowingCallable code, String rule, String... fragments) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        assertThat(thrown)
                .as("%s must throw IllegalArgumentException (rule: %s)", call, rule)
                .isInstanceOf(IllegalArgumentException.class);
        for (String fragment : fragments) {
            assertThat(thrown.getMessage())
                    .as("the message of %s must state the rule (%s) and the bad value %s", call, rule, fragment)
                    .contains(fragment);
        }
    }

    /** Lets a not-yet-written method's TODO exception through as itself, so it reads as "not attempted". */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
