package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p1.calculus.Newton.Minimum;
import io.mlpath.p1.calculus.Newton.Root;
import io.mlpath.p1.calculus.Newton.TwiceDifferentiable;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Newton}.
 *
 * <p>Oracles: closed forms ({@code √2}; the real root of Wallis's cubic {@code x³ − 2x − 5} by
 * Cardano's formula; Heron's iterates {@code 3/2, 17/12, 577/408}; the minimiser {@code c} of the
 * strictly convex quartic {@code Σ (x_i − c_i)⁴ + ½ (x − c)ᵀA(x − c)}; Rosenbrock's {@code (1, 1)});
 * Commons Math's {@link LUDecomposition} for linear systems; the quadratic convergence order,
 * measured on the returned iterates as {@code e_{k+1}/e_k²} staying bounded.
 *
 * <p><b>Telling "solve" from "invert".</b> Both give the same Newton step in exact arithmetic, so
 * the test uses the one observable difference in floating point: Gaussian elimination with
 * partial pivoting is backward stable (normwise backward error {@code ‖Hp + g‖ / (‖H‖_F‖p‖ + ‖g‖)}
 * about 10⁻¹⁷ on these matrices), while {@code p = −H⁻¹g} with a computed inverse is not (its
 * backward error grows with {@code κ(H)}: 10⁻¹¹ to 10⁻⁸ on the 8 × 8 Hilbert matrix, κ ≈ 1.5·10¹⁰,
 * and on a 6 × 6 matrix with eigenvalues 1 … 10⁻¹⁰, for both Gauss-Jordan and column-by-column
 * inverses). The hidden test bounds the backward error by 10⁻¹⁴, three orders above what
 * elimination gives and three below what inversion gives (Higham, <i>Accuracy and Stability of
 * Numerical Algorithms</i>, §14.1). The gradients are chosen in the range of the large eigenvalues
 * ({@code g = H·v} for a moderate {@code v}), where the difference is widest. No randomness.
 */
@Challenge("p1.calculus.newton")
class NewtonGradingTest {

    private static final String CHORD = "re-evaluate the derivative at every iterate: x_{k+1} = x_k - f(x_k)/f'(x_k)."
            + " A derivative frozen at x0 (the chord method) converges only linearly, and e_{k+1}/e_k² grows without"
            + " bound";
    private static final String FROZEN = "re-evaluate the gradient AND the Hessian at every iterate; a Hessian kept from"
            + " x0 converges only linearly";
    private static final String SOLVE = "solve H p = -g by Gaussian elimination with partial pivoting and back"
            + " substitution; do not form H⁻¹ and multiply: an inverse is not backward stable, and its residual"
            + " grows with the condition number of H";
    private static final String SIGN = "the Newton step solves H p = -g (note the minus) and the update is x + p";
    private static final String PIVOT = "pivot: before eliminating column k, swap in the row (k or below) with the"
            + " largest |entry| in that column; a zero or tiny pivot otherwise divides by (almost) nothing";

    // ---------------------------------------------------------------- 1-D roots

    @Test
    @Points(3)
    @DisplayName("finds √2 as the root of x² − 2 from x0 = 1, through Heron's iterates 3/2, 17/12, 577/408")
    void squareRootOfTwo() {
        Root r = Newton.findRoot(x -> x * x - 2, x -> 2 * x, 1, 1e-12, 50);

        assertThat(r.converged()).as("Newton on x² - 2 from 1 must report converged; likely mistake: stop when"
                + " |x_{k+1} - x_k| <= tolerance and report converged = true").isTrue();
        ArrayAssertions.assertClose("the root of x² - 2", Math.sqrt(2), r.x(), Tolerance.absolute(4e-16), CHORD);
        double[] iterates = r.iterates();
        assertThat(iterates.length).as("the iterates start with x0 and hold at least 4 steps").isGreaterThanOrEqualTo(5);
        // x1 = 1 - (1 - 2)/2 = 3/2; x2 = 3/2 - (9/4 - 2)/3 = 17/12; x3 = 17/12 - (289/144 - 2)/(17/6) = 577/408.
        ArrayAssertions.assertClose("the first four iterates", new double[] {1, 1.5, 17.0 / 12, 577.0 / 408},
                Arrays.copyOf(iterates, 4), Tolerance.absolute(1e-15),
                "iterates[0] is x0; each next iterate is x - f(x)/f'(x); " + CHORD);
    }

    @Test
    @Points(4)
    @DisplayName("converges quadratically: e_{k+1}/e_k² stays bounded on the iterates for √2 and for Wallis's cubic x³ − 2x − 5")
    void rootConvergesQuadratically() {
        assertQuadraticOrder("x² - 2 from x0 = 1", Newton.findRoot(x -> x * x - 2, x -> 2 * x, 1, 1e-13, 50),
                Math.sqrt(2));
        // Cardano: the real root of x³ + px + q with p = -2, q = -5 is ∛(5/2 + √(25/4 - 8/27)) + ∛(5/2 - √(25/4 - 8/27)).
        double s = Math.sqrt(25.0 / 4 - 8.0 / 27);
        double wallis = Math.cbrt(2.5 + s) + Math.cbrt(2.5 - s);
        assertQuadraticOrder("x³ - 2x - 5 from x0 = 2", Newton.findRoot(x -> x * x * x - 2 * x - 5, x -> 3 * x * x - 2,
                2, 1e-13, 50), wallis);
        assertQuadraticOrder("x³ - 2x - 5 from x0 = 3", Newton.findRoot(x -> x * x * x - 2 * x - 5, x -> 3 * x * x - 2,
                3, 1e-13, 50), wallis);
    }

    @Test
    @Points(3)
    @DisplayName("root edge cases: a start at a root takes 0 steps; a flat tangent throws; arctan from 1.5 diverges unconverged")
    void rootEdgeCases() {
        Root atRoot = Newton.findRoot(x -> x * x - 4, x -> 2 * x, 2, 1e-12, 10);
        assertThat(atRoot.converged()).as("f(x0) = 0 exactly: x0 is a root, converged").isTrue();
        ArrayAssertions.assertClose("iterates when f(x0) = 0", new double[] {2}, atRoot.iterates(),
                Tolerance.absolute(0), "when f(x) == 0 the iterate is a root: stop before dividing by f'(x)");

        Throwable flat = rethrowTodo(catchThrowable(() -> Newton.findRoot(x -> x * x - 2, x -> 2 * x, 0, 1e-12, 10)));
        assertThat(flat)
                .as("findRoot of x² - 2 from x0 = 0, where f'(0) = 0, must throw IllegalStateException (the Newton"
                        + " step divides by f'(x) = 0)")
                .isInstanceOf(IllegalStateException.class);

        // arctan from 1.5 overshoots further every step: the Newton map is x - atan(x)·(1 + x²), giving
        // 1.5, -1.694, 2.321, -5.114, 32.30.
        double[] expected = new double[5];
        expected[0] = 1.5;
        for (int k = 0; k < 4; k++) {
            expected[k + 1] = expected[k] - Math.atan(expected[k]) * (1 + expected[k] * expected[k]);
        }
        Root away = Newton.findRoot(Math::atan, x -> 1 / (1 + x * x), 1.5, 1e-12, 4);
        assertThat(away.converged()).as("arctan from 1.5 with 4 steps diverges: converged must be false").isFalse();
        ArrayAssertions.assertClose("the iterates of arctan from 1.5", expected, away.iterates(),
                Tolerance.relative(1e-12),
                "x_{k+1} = x_k - atan(x_k)·(1 + x_k²); take exactly maxIterations steps and return all iterates");
        ArrayAssertions.assertClose("Root.x() of the unconverged run (expected: its last iterate)", expected[4],
                away.x(), Tolerance.relative(1e-12), "x() is the last iterate, also when the run did not converge");
    }

    // ---------------------------------------------------------------- n-D minimisation

    @Test
    @Points(3)
    @DisplayName("minimises a strictly convex quadratic ½xᵀAx − bᵀx in exactly one step, to the solution of Ax = b")
    void quadraticInOneStep() {
        double[][] a = {{4, 1, -1}, {1, 3, 0.5}, {-1, 0.5, 2}};
        double[] b = {1, -2, 3};
        double[] expected = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                .solve(new ArrayRealVector(b)).toArray();

        Minimum m = Newton.minimize(quadratic(a, b), new double[] {10, -10, 5}, 1e-10, 20);

        assertThat(m.converged()).as("Newton on a quadratic must report converged; likely mistake: %s", SIGN).isTrue();
        assertThat(m.iterates())
                .as("a quadratic is its own Taylor model: Newton needs exactly one step, so the iterates are x0, x1;"
                        + " likely mistake: %s", SIGN)
                .hasSize(2);
        ArrayAssertions.assertClose("the minimiser (expected: the solution of Ax = b, Commons Math LU)", expected,
                m.x(), Tolerance.absolute(1e-12), SIGN);
        ArrayAssertions.assertClose("iterates[0]", new double[] {10, -10, 5}, m.iterates().get(0),
                Tolerance.absolute(0), "the iterates start with (a copy of) x0");
    }

    @Test
    @Points(4)
    @DisplayName("minimises the strictly convex quartic Σ(x_i − c_i)⁴ + ½(x − c)ᵀA(x − c) to c, with e_{k+1}/e_k² bounded")
    void quarticConvergesQuadratically() {
        double[] c = {1, -2, 0.5};
        Minimum m = Newton.minimize(QUARTIC, new double[] {3, 1, -2}, 1e-12, 50);

        assertThat(m.converged()).as("Newton on the strictly convex quartic from (3, 1, -2) must converge within 50"
                + " steps (it takes 8); likely mistake: %s; or %s", FROZEN, SIGN).isTrue();
        ArrayAssertions.assertClose("the minimiser of the quartic", c, m.x(), Tolerance.absolute(1e-10), SIGN);
        List<double[]> path = m.iterates();
        double[] errors = new double[path.size()];
        for (int k = 0; k < errors.length; k++) {
            errors[k] = distance(path.get(k), c);
        }
        int measured = 0;
        for (int k = 0; k + 1 < errors.length; k++) {
            if (errors[k] < 1e-6 || errors[k] > 1) {
                continue;
            }
            measured++;
            double ratio = errors[k + 1] / (errors[k] * errors[k]);
            if (!(ratio <= 2)) {
                throw Failure.of("the quartic's Newton iterates do not converge quadratically at step " + k)
                        .line("expected", "e_{k+1}/e_k² <= 2 once e_k < 1 (the reference's worst is 0.7)")
                        .line("actual", "e_" + k + " = " + errors[k] + ", e_" + (k + 1) + " = " + errors[k + 1]
                                + ", ratio " + ratio)
                        .line("all errors", Arrays.toString(errors))
                        .likelyMistake(FROZEN).error();
            }
        }
        assertThat(measured).as("at least two steps with 1e-6 <= e_k <= 1 to measure the order on").isGreaterThanOrEqualTo(2);
    }

    @Test
    @Points(3)
    @DisplayName("pure Newton takes Rosenbrock from (−1.2, 1) to (1, 1) in at most 10 steps")
    void rosenbrock() {
        Minimum m = Newton.minimize(ROSENBROCK, new double[] {-1.2, 1}, 1e-10, 50);

        assertThat(m.converged()).as("Newton on Rosenbrock from (-1.2, 1) must converge; likely mistake: %s; or %s",
                SIGN, FROZEN).isTrue();
        ArrayAssertions.assertClose("the minimiser of Rosenbrock", new double[] {1, 1}, m.x(),
                Tolerance.absolute(1e-10), SIGN);
        assertThat(m.iterates().size() - 1)
                .as("steps Newton needs on Rosenbrock from (-1.2, 1) (the reference takes 7); likely mistake: %s",
                        FROZEN)
                .isLessThanOrEqualTo(10);
    }

    // ---------------------------------------------------------------- the Newton system

    @Test
    @Points(5)
    @DisplayName("solves H p = −g with a backward error below 1e-14 on ill-conditioned Hessians (solve, never invert)")
    void solvesWithoutInverting() {
        // The Hessian of ½∫₀¹ (Σ_i c_i tⁱ - y(t))² dt is the Hilbert matrix 1/(i + j + 1): κ ≈ 1.5e10 for n = 8.
        double[][] hilbert = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                hilbert[i][j] = 1.0 / (i + j + 1);
            }
        }
        double[] ones = new double[8];
        Arrays.fill(ones, 1);
        assertBackwardStable("the 8 × 8 Hilbert Hessian, g = H·(1, …, 1)", hilbert, times(hilbert, ones), ones);

        // Q diag(1, 1e-2, …, 1e-10) Qᵀ with Q the Householder reflection of v = (1, …, 6): κ = 1e10.
        double[] v = {1, 2, 3, 4, 5, 6};
        double[][] q = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                q[i][j] = (i == j ? 1 : 0) - 2 * v[i] * v[j] / 91;
            }
        }
        double[][] h = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                for (int k = 0; k < 6; k++) {
                    h[i][j] += q[i][k] * Math.pow(10, -2 * k) * q[j][k];
                }
            }
        }
        double[] w = {1, -2, 3, -1, 2, -3};
        assertBackwardStable("a 6 × 6 Hessian with eigenvalues 1, 1e-2, …, 1e-10, g = H·(1, -2, 3, -1, 2, -3)", h,
                times(h, w), w);
    }

    @Test
    @Points(3)
    @DisplayName("pivots: solves Newton systems whose leading entry is 0 or 1e-20, as Commons Math's LU does")
    void pivots() {
        String likely = PIVOT + ". If only the signs are wrong: " + SIGN;
        // [[0, 1], [1, 0]] p = -[2, 3]: p = [-3, -2].
        ArrayAssertions.assertClose("solveNewtonStep([[0, 1], [1, 0]], [2, 3])", new double[] {-3, -2},
                solveWellConditioned("[[0, 1], [1, 0]]", new double[][] {{0, 1}, {1, 0}}, new double[] {2, 3}),
                Tolerance.absolute(1e-15), likely);
        // [[1e-20, 1], [1, 1]] p = [1, 2]: p = [1/(1 - 1e-20), (1 - 2e-20)/(1 - 1e-20)] = [1, 1] in double.
        ArrayAssertions.assertClose("solveNewtonStep([[1e-20, 1], [1, 1]], [-1, -2])", new double[] {1, 1},
                solveWellConditioned("[[1e-20, 1], [1, 1]]", new double[][] {{1e-20, 1}, {1, 1}},
                        new double[] {-1, -2}), Tolerance.absolute(1e-15), likely + " (without pivoting the answer is"
                        + " [0, 1])");
        // An indefinite Hessian (a saddle) with a zero leading entry, against Commons Math.
        double[][] saddle = {{0, 2, 1}, {2, -1, 3}, {1, 3, 0}};
        double[] g = {1, -4, 2};
        double[] expected = new LUDecomposition(new Array2DRowRealMatrix(saddle)).getSolver()
                .solve(new ArrayRealVector(g).mapMultiply(-1)).toArray();
        ArrayAssertions.assertClose("the Newton step of an indefinite 3 × 3 Hessian with H[0][0] = 0 (expected:"
                        + " Commons Math LU)", expected, solveWellConditioned("[[0, 2, 1], [2, -1, 3], [1, 3, 0]]",
                        saddle, g), Tolerance.absolute(1e-13), likely);
    }

    /** solveNewtonStep on a well-conditioned matrix: an exception here is a failure that names pivoting. */
    private static double[] solveWellConditioned(String matrix, double[][] h, double[] g) {
        try {
            return Newton.solveNewtonStep(h, g);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Failure.of("solveNewtonStep(" + matrix + ", " + Arrays.toString(g) + ") threw " + e)
                    .line("expected", "a Newton step: the matrix is well conditioned (|det| is about 1), not singular")
                    .line("actual", String.valueOf(e.getMessage()))
                    .likelyMistake(PIVOT).error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("a singular Hessian is rejected with an IllegalArgumentException that says it is singular")
    void rejectsSingularHessians() {
        assertRejects("solveNewtonStep([[1, 2], [2, 4]], [1, 1])", () -> Newton.solveNewtonStep(
                new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1}), "the Hessian must not be singular", "singular");
        assertRejects("solveNewtonStep of the 2 × 2 zero matrix", () -> Newton.solveNewtonStep(new double[2][2],
                new double[] {1, 1}), "the Hessian must not be singular", "singular");
        assertRejects("solveNewtonStep([[1, 1, 1], [1, 2, 3], [2, 3, 4]], …) (row 3 = row 1 + row 2)",
                () -> Newton.solveNewtonStep(new double[][] {{1, 1, 1}, {1, 2, 3}, {2, 3, 4}}, new double[] {1, 0, 0}),
                "the Hessian must not be singular", "singular");
    }

    @Test
    @Points(2)
    @DisplayName("leaves the Hessian, the gradient and x0 unchanged, and returns every iterate as its own array")
    void leavesInputsUnchanged() {
        double[][] h = {{0, 2, 1}, {2, -1, 3}, {1, 3, 0}};
        double[] g = {1, -4, 2};
        double[][] hCopy = Arrays.stream(h).map(double[]::clone).toArray(double[][]::new);
        double[] gCopy = g.clone();
        Newton.solveNewtonStep(h, g);
        ArrayAssertions.assertClose("the Hessian after solveNewtonStep", hCopy, h, Tolerance.absolute(0),
                "eliminate on a copy of H: the caller's matrix must not change");
        ArrayAssertions.assertClose("the gradient after solveNewtonStep", gCopy, g, Tolerance.absolute(0),
                "negate a copy of g for the right-hand side");

        double[] x0 = {3, 1, -2};
        Minimum m = Newton.minimize(QUARTIC, x0, 1e-12, 50);
        ArrayAssertions.assertClose("x0 after minimize", new double[] {3, 1, -2}, x0, Tolerance.absolute(0),
                "work on a copy of x0");
        List<double[]> path = m.iterates();
        for (int k = 0; k + 1 < path.size(); k++) {
            if (path.get(k) == path.get(k + 1) || Arrays.equals(path.get(k), path.get(k + 1))) {
                throw Failure.of("iterates " + k + " and " + (k + 1) + " are the same point")
                        .line("expected", "distinct Newton iterates on the quartic (each step moves)")
                        .line("actual", Arrays.toString(path.get(k)))
                        .likelyMistake("add a copy of each iterate (x.clone()), not the array you keep updating")
                        .error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("rejects invalid arguments with an IllegalArgumentException that names the rule and the bad value")
    void rejectsInvalidArguments() {
        DoubleUnaryOperator f = x -> x * x - 2;
        DoubleUnaryOperator df = x -> 2 * x;
        assertRejects("findRoot(null, …)", () -> Newton.findRoot(null, df, 1, 1e-12, 10), "f must not be null", "null");
        assertRejects("findRoot(f, null, …)", () -> Newton.findRoot(f, null, 1, 1e-12, 10),
                "derivative must not be null", "null");
        assertRejects("findRoot from x0 = NaN", () -> Newton.findRoot(f, df, Double.NaN, 1e-12, 10),
                "x0 must be finite", "NaN");
        assertRejects("findRoot with tolerance -1", () -> Newton.findRoot(f, df, 1, -1, 10), "tolerance > 0", "-1");
        assertRejects("findRoot with maxIterations 0", () -> Newton.findRoot(f, df, 1, 1e-12, 0), "maxIterations >= 1",
                "0");
        assertRejects("minimize(null, …)", () -> Newton.minimize(null, new double[] {1}, 1e-9, 10),
                "f must not be null", "null");
        assertRejects("minimize from an empty x0", () -> Newton.minimize(QUARTIC, new double[0], 1e-9, 10),
                "x0 must not be empty", "x0");
        assertRejects("minimize from x0 = [1, Infinity, 0]", () -> Newton.minimize(QUARTIC,
                new double[] {1, Double.POSITIVE_INFINITY, 0}, 1e-9, 10), "x0 must be finite", "Infinity");
        assertRejects("minimize with tolerance 0", () -> Newton.minimize(QUARTIC, new double[] {0, 0, 0}, 0, 10),
                "tolerance > 0", "0");
        assertRejects("solveNewtonStep(null, …)", () -> Newton.solveNewtonStep(null, new double[] {1}),
                "hessian must not be null", "hessian");
        assertRejects("solveNewtonStep of a 2 × 3 matrix", () -> Newton.solveNewtonStep(new double[][] {{1, 0, 0},
                {0, 1, 0}}, new double[] {1, 1}), "the Hessian must be square", "3");
        assertRejects("solveNewtonStep with a ragged Hessian", () -> Newton.solveNewtonStep(new double[][] {{1, 0},
                {0}}, new double[] {1, 1}), "the Hessian must be square", "row 1");
        assertRejects("solveNewtonStep with NaN at H[1][0]", () -> Newton.solveNewtonStep(new double[][] {{1, 0},
                {Double.NaN, 1}}, new double[] {1, 1}), "the Hessian must be finite", "NaN");
        assertRejects("solveNewtonStep with a gradient of length 3 for a 2 × 2 Hessian", () -> Newton.solveNewtonStep(
                new double[][] {{1, 0}, {0, 1}}, new double[] {1, 1, 1}), "gradient length = n", "3");
    }

    // ---------------------------------------------------------------- helpers

    /** Σ (x_i − c_i)⁴ + ½ (x − c)ᵀA(x − c), c = (1, −2, 0.5), A SPD: strictly convex, minimum at c. */
    private static final TwiceDifferentiable QUARTIC = new TwiceDifferentiable() {
        private final double[] c = {1, -2, 0.5};
        private final double[][] a = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};

        @Override
        public double[] gradient(double[] x) {
            double[] g = new double[3];
            for (int i = 0; i < 3; i++) {
                double d = x[i] - c[i];
                g[i] = 4 * d * d * d;
                for (int j = 0; j < 3; j++) {
                    g[i] += a[i][j] * (x[j] - c[j]);
                }
            }
            return g;
        }

        @Override
        public double[][] hessian(double[] x) {
            double[][] h = new double[3][3];
            for (int i = 0; i < 3; i++) {
                System.arraycopy(a[i], 0, h[i], 0, 3);
                double d = x[i] - c[i];
                h[i][i] += 12 * d * d;
            }
            return h;
        }
    };

    /** (1 − x)² + 100 (y − x²)². */
    private static final TwiceDifferentiable ROSENBROCK = new TwiceDifferentiable() {
        @Override
        public double[] gradient(double[] x) {
            double q = x[1] - x[0] * x[0];
            return new double[] {-2 * (1 - x[0]) - 400 * x[0] * q, 200 * q};
        }

        @Override
        public double[][] hessian(double[] x) {
            return new double[][] {{2 - 400 * (x[1] - 3 * x[0] * x[0]), -400 * x[0]}, {-400 * x[0], 200}};
        }
    };

    /** ½ xᵀAx − bᵀx: gradient Ax − b, Hessian A. */
    private static TwiceDifferentiable quadratic(double[][] a, double[] b) {
        return new TwiceDifferentiable() {
            @Override
            public double[] gradient(double[] x) {
                double[] g = times(a, x);
                for (int i = 0; i < g.length; i++) {
                    g[i] -= b[i];
                }
                return g;
            }

            @Override
            public double[][] hessian(double[] x) {
                return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
            }
        };
    }

    /** Checks e_{k+1}/e_k² on the iterates of a converged root search, for the steps where it is measurable. */
    private static void assertQuadraticOrder(String what, Root r, double root) {
        if (!r.converged()) {
            throw Failure.of(what + ": the root search did not converge")
                    .line("expected", "converged, at " + root)
                    .line("actual", "iterates " + Arrays.toString(r.iterates()))
                    .likelyMistake(CHORD).error();
        }
        double[] x = r.iterates();
        double[] e = Arrays.stream(x).map(v -> Math.abs(v - root)).toArray();
        int measured = 0;
        for (int k = 0; k + 1 < e.length; k++) {
            if (e[k] < 1e-6 || e[k] > 0.5) {
                continue; // beyond double precision next step, or outside the local region
            }
            measured++;
            double ratio = e[k + 1] / (e[k] * e[k]);
            if (!(ratio <= 2)) {
                throw Failure.of(what + ": the iterates do not converge quadratically at step " + k)
                        .line("expected", "e_{k+1}/e_k² bounded (<= 2; |f''/2f'| at the root is below 0.6)")
                        .line("actual", "e_" + k + " = " + e[k] + ", e_" + (k + 1) + " = " + e[k + 1] + ", ratio " + ratio)
                        .line("all errors", Arrays.toString(e))
                        .likelyMistake(CHORD).error();
            }
        }
        if (measured < 2) {
            throw Failure.of(what + ": too few iterates in the region where the order can be measured")
                    .line("expected", "at least 2 iterates with 1e-6 <= |x_k - root| <= 0.5")
                    .line("actual", "errors " + Arrays.toString(e))
                    .likelyMistake("return every iterate, x0 first; " + CHORD).error();
        }
        if (!(e[e.length - 1] <= 1e-15)) {
            throw Failure.of(what + ": the returned iterates stop short of the root")
                    .line("expected", "the last iterate within 1e-15 of " + root)
                    .line("actual", "errors " + Arrays.toString(e))
                    .likelyMistake("stop only when a step is at most the tolerance (here 1e-13)").error();
        }
    }

    /** Normwise backward error ‖Hp + g‖ / (‖H‖_F ‖p‖ + ‖g‖) ≤ 1e-14, and p close to −v. */
    private static void assertBackwardStable(String what, double[][] h, double[] g, double[] v) {
        double[][] hCopy = Arrays.stream(h).map(double[]::clone).toArray(double[][]::new);
        double[] p = Newton.solveNewtonStep(hCopy, g.clone());
        if (p == null || p.length != g.length) {
            throw Failure.of(what + ": the step has the wrong length")
                    .line("expected", g.length + " values")
                    .line("actual", p == null ? "null" : p.length + " values")
                    .likelyMistake("return one step entry per coordinate").error();
        }
        double[] residual = times(h, p);
        for (int i = 0; i < residual.length; i++) {
            residual[i] += g[i];
        }
        double frobenius = Math.sqrt(Arrays.stream(h).flatMapToDouble(Arrays::stream).map(x -> x * x).sum());
        double backward = norm(residual) / (frobenius * norm(p) + norm(g));
        if (!(backward <= 1e-14)) {
            throw Failure.of(what + ": the Newton step is not backward stable")
                    .line("expected", "‖Hp + g‖ / (‖H‖_F ‖p‖ + ‖g‖) <= 1e-14 (Gaussian elimination with partial"
                            + " pivoting gives about 1e-17 here)")
                    .line("actual", String.valueOf(backward))
                    .line("step", Arrays.toString(p))
                    .likelyMistake(SOLVE + "; or " + SIGN).error();
        }
        double[] minusV = Arrays.stream(v).map(x -> -x).toArray();
        ArrayAssertions.assertClose(what + ": the step (expected: -v, since g = H·v)", minusV, p,
                Tolerance.absolute(1e-3), SIGN);
    }

    private static double[] times(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += a[i][j] * x[j];
            }
        }
        return y;
    }

    private static double norm(double[] v) {
        return Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
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
