package io.mlpath.p1.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link QrDecomposition}.
 *
 * <p>Oracles: Commons Math's {@link QRDecomposition} (Householder; its Q and R are brought to the
 * convention {@code r_jj > 0} by flipping the sign of column j of Q and row j of R, which makes
 * the thin QR unique) and its least-squares solver, on seeded Gaussian matrices; exact identities
 * ({@code QᵀQ = I}, {@code QR = A}, the residual of least squares is orthogonal to the columns of
 * A); closed forms (the least-squares line {@code slope = Sxy/Sxx}); and problems with a known
 * exact solution: a degree-9 polynomial fit on 30 points of [0, 1] ({@code κ(A) ≈ 3.5e6}: QR
 * recovers the coefficients to about 1e-10, the normal equations with an explicit inverse only
 * to about 1e-4, the bound is 1e-7) and the Hilbert matrices,
 * on which classical Gram-Schmidt loses orthogonality ({@code ‖QᵀQ − I‖ ≈ 2e-4} for the 6 × 6
 * one) while modified Gram-Schmidt ({@code ≈ 7e-10}) and Householder ({@code ≈ 1e-15}) keep it
 * within 1e-8. Random matrices come from {@link Seeds#of}; the bounds hold for seed offsets 0..19.
 */
@Challenge("p1.linalg.qr-least-squares")
class QrDecompositionGradingTest {

    private static final String CLASSICAL_GS = "is this classical Gram-Schmidt? Take r_ij = q_i · v from the RUNNING"
            + " vector v (a_j with the components along q_0..q_(i-1) already removed), not q_i · a_j from the original"
            + " column: classical Gram-Schmidt loses orthogonality like eps * cond(A)^2";
    private static final String NORMAL_EQUATIONS = "are the normal equations x = (AᵀA)⁻¹Aᵀb used? Forming AᵀA squares"
            + " the condition number. Solve Rx = Qᵀb by back substitution instead";
    private static final String RUNNING_RHS = "is Qᵀb computed as q_i · b from the original b? With modified"
            + " Gram-Schmidt compute it like another column: y = b, then for each i z_i = q_i · y and y = y - z_i q_i";
    private static final String SIGN = "R must have a positive diagonal (r_jj = the length of the running vector);"
            + " with Householder reflections flip the sign of column j of Q and row j of R when r_jj < 0";

    // ---------------------------------------------------------------- the factors

    @Test
    @Points(3)
    @DisplayName("Q and R match Commons Math's QR (with R's diagonal made positive) on random tall and square matrices")
    void factorsLikeCommons() {
        Random random = new Random(Seeds.of(501));
        int[][] shapes = {{1, 1}, {4, 4}, {8, 5}, {30, 12}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            double[][] a = gaussian(random, m, n);
            QrDecomposition qr = new QrDecomposition(a);
            double[][][] expected = commonsQr(a);
            String name = "a random " + m + " × " + n + " matrix";
            assertShape("q() of " + name, m, n, qr.q());
            assertShape("r() of " + name, n, n, qr.r());
            ArrayAssertions.assertClose("R of " + name + " (Commons Math, diagonal made positive)", expected[1], qr.r(),
                    Tolerance.absolute(1e-10), "r_ij = q_i · (running vector) above the diagonal, r_jj = its length"
                            + " on it, 0 below. " + SIGN);
            ArrayAssertions.assertClose("Q of " + name + " (Commons Math, signs matching R's positive diagonal)",
                    expected[0], qr.q(), Tolerance.absolute(1e-10),
                    "q_j = (a_j minus its components along q_0..q_(j-1)) / its length. " + SIGN);
        }
    }

    @Test
    @Points(2)
    @DisplayName("on random matrices QᵀQ = I, QR = A, and R is upper triangular with a positive diagonal")
    void invariants() {
        Random random = new Random(Seeds.of(502));
        for (int[] shape : new int[][] {{40, 10}, {7, 7}, {3, 1}}) {
            int m = shape[0];
            int n = shape[1];
            double[][] a = gaussian(random, m, n);
            for (int i = 0; i < m; i++) {
                a[i][0] = -Math.abs(a[i][0]); // a negative first column: Householder's r_00 would be positive only by a fix
            }
            QrDecomposition qr = new QrDecomposition(a);
            double[][] q = qr.q();
            double[][] r = qr.r();
            String name = "a random " + m + " × " + n + " matrix";
            assertShape("q() of " + name, m, n, q);
            assertShape("r() of " + name, n, n, r);
            ArrayAssertions.assertClose("QᵀQ for " + name, identity(n), multiply(transpose(q), q),
                    Tolerance.absolute(1e-12), "each column of Q must have length 1 and be orthogonal to the others");
            ArrayAssertions.assertClose("QR for " + name + " (expected: A)", a, multiply(q, r), Tolerance.absolute(1e-12),
                    "A = QR: column j of A is Σ_i r_ij q_i");
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (r[i][j] != 0) {
                        throw Failure.of("R of " + name + " is not upper triangular at [" + i + "][" + j + "]")
                                .line("expected", "0 below the diagonal")
                                .line("actual", String.valueOf(r[i][j]))
                                .likelyMistake("R holds only the coefficients r_ij for i <= j; leave the rest 0").error();
                    }
                }
                if (!(r[i][i] > 0)) {
                    throw Failure.of("R of " + name + " has a non-positive diagonal entry at [" + i + "][" + i + "]")
                            .line("expected", "r_ii > 0")
                            .line("actual", String.valueOf(r[i][i]))
                            .likelyMistake(SIGN).error();
                }
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("stays orthogonal on ill-conditioned Hilbert matrices (6 × 6, κ ≈ 1.5e7; 10 × 6): ‖QᵀQ − I‖ < 1e-8")
    void hilbertStaysOrthogonal() {
        for (int m : new int[] {6, 10}) {
            double[][] h = hilbert(m, 6);
            QrDecomposition qr = new QrDecomposition(h);
            double[][] q = qr.q();
            assertShape("q() of the " + m + " × 6 Hilbert matrix", m, 6, q);
            ArrayAssertions.assertClose("QᵀQ for the " + m + " × 6 Hilbert matrix h_ij = 1/(i + j + 1)", identity(6),
                    multiply(transpose(q), q), Tolerance.absolute(1e-8), CLASSICAL_GS);
            ArrayAssertions.assertClose("QR for the " + m + " × 6 Hilbert matrix (expected: A)", h,
                    multiply(q, qr.r()), Tolerance.absolute(1e-13), "A = QR: column j of A is Σ_i r_ij q_i");
        }
    }

    // ---------------------------------------------------------------- least squares

    @Test
    @Points(3)
    @DisplayName("least squares matches Commons Math's QR solver, and the residual b − Ax is orthogonal to A's columns")
    void leastSquaresMatchesCommons() {
        Random random = new Random(Seeds.of(503));
        for (int[] shape : new int[][] {{50, 6}, {12, 11}, {5, 1}}) {
            int m = shape[0];
            int n = shape[1];
            double[][] a = gaussian(random, m, n);
            double[] b = gaussian(random, 1, m)[0];
            double[] x = new QrDecomposition(a).leastSquares(b);
            String name = "a random " + m + " × " + n + " problem";
            double[] expected = new QRDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                    .solve(new ArrayRealVector(b)).toArray();
            ArrayAssertions.assertClose("least-squares x of " + name + " (Commons Math)", expected, x,
                    Tolerance.absolute(1e-10 * Math.max(1, norm(expected))),
                    "x solves Rx = Qᵀb: z = Qᵀb first, then back substitution from the last row up");
            double[] residual = subtract(b, new Array2DRowRealMatrix(a).operate(x));
            double[] gradient = new Array2DRowRealMatrix(a).transpose().operate(residual);
            ArrayAssertions.assertClose("Aᵀ(b - Ax) for " + name + " (the residual must be orthogonal to every column)",
                    new double[n], gradient, Tolerance.absolute(1e-10 * norm(b)),
                    "the least-squares residual is orthogonal to the column space of A; x must solve Rx = Qᵀb");
        }
    }

    @Test
    @Points(4)
    @DisplayName("an ill-conditioned polynomial fit (degree 9, 30 points, κ ≈ 3.5e6) recovers its exact coefficients to 1e-7")
    void illConditionedPolynomialFit() {
        int m = 30;
        int n = 10;
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            double t = i / (m - 1.0);
            double power = 1;
            for (int j = 0; j < n; j++) {
                a[i][j] = power;
                power *= t;
            }
        }
        double[] coefficients = {1, -2, 3, -1, 0.5, 2, -3, 1, 0.25, -1};
        double[] b = new Array2DRowRealMatrix(a).operate(coefficients);
        double[] x = new QrDecomposition(a).leastSquares(b);
        double error = norm(subtract(x, coefficients)) / norm(coefficients);
        if (!(error < 1e-7)) {
            throw Failure.of("least squares lost the exact coefficients of a degree-9 polynomial sampled at 30 points"
                            + " of [0, 1]")
                    .line("expected", Arrays.toString(coefficients))
                    .line("actual", Arrays.toString(x))
                    .line("rel. error", error + " (allowed: 1e-7; QR loses about eps * cond(A) ≈ 1e-10)")
                    .likelyMistake(NORMAL_EQUATIONS + ". Or: " + RUNNING_RHS + ". Or: " + CLASSICAL_GS).error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("solves square and consistent systems exactly: ‖Ax − b‖ / ‖b‖ < 1e-12")
    void consistentSystems() {
        Random random = new Random(Seeds.of(504));
        for (int[] shape : new int[][] {{5, 5}, {20, 4}}) {
            double[][] a = gaussian(random, shape[0], shape[1]);
            double[] truth = gaussian(random, 1, shape[1])[0];
            double[] b = new Array2DRowRealMatrix(a).operate(truth);
            double[] x = new QrDecomposition(a).leastSquares(b);
            double residual = norm(subtract(new Array2DRowRealMatrix(a).operate(x), b)) / norm(b);
            if (!(residual < 1e-12)) {
                throw Failure.of("least squares did not solve a consistent " + shape[0] + " × " + shape[1] + " system")
                        .line("expected", "‖Ax - b‖ / ‖b‖ < 1e-12 (b = A·" + Arrays.toString(truth) + ")")
                        .line("actual", residual + ", x = " + Arrays.toString(x))
                        .likelyMistake("solve Rx = Qᵀb by back substitution: x_i = (z_i - Σ_(k>i) r_ik x_k) / r_ii,"
                                + " from the LAST row up").error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("fitting a line to 200 noisy points gives the closed-form slope Sxy/Sxx and intercept ȳ − slope·t̄")
    void lineFitClosedForm() {
        Random random = new Random(Seeds.of(505));
        int m = 200;
        double[][] a = new double[m][2];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double t = 10 * random.nextDouble() - 3;
            a[i][0] = 1;
            a[i][1] = t;
            y[i] = 4 - 0.7 * t + random.nextGaussian();
        }
        double tMean = Arrays.stream(a).mapToDouble(row -> row[1]).average().orElseThrow();
        double yMean = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < m; i++) {
            sxy += (a[i][1] - tMean) * (y[i] - yMean);
            sxx += (a[i][1] - tMean) * (a[i][1] - tMean);
        }
        double slope = sxy / sxx;
        ArrayAssertions.assertClose("(intercept, slope) of the least-squares line", new double[] {yMean - slope * tMean,
            slope}, new QrDecomposition(a).leastSquares(y), Tolerance.absolute(1e-11),
                "x solves Rx = Qᵀb; the first column of A (all ones) carries the intercept");
    }

    // ---------------------------------------------------------------- rank, validation, side effects

    @Test
    @Points(3)
    @DisplayName("rejects dependent columns (a copy, a sum of two others, zeros) and accepts independent ones at any scale")
    void rejectsDependentColumns() {
        Random random = new Random(Seeds.of(506));
        double[][] base = gaussian(random, 8, 4);
        double[][] copy = withColumn(base, 2, column(base, 0));
        double[] sum = new double[8];
        for (int i = 0; i < 8; i++) {
            sum[i] = base[i][0] - 1.5 * base[i][1];
        }
        double[][] combination = withColumn(base, 3, sum);
        double[][] zero = withColumn(base, 1, new double[8]);
        assertRejects("a random 8 × 4 matrix whose column 2 is a copy of column 0", () -> new QrDecomposition(copy),
                "columns must be linearly independent", "2");
        assertRejects("a random 8 × 4 matrix whose column 3 = column 0 - 1.5·column 1",
                () -> new QrDecomposition(combination), "columns must be linearly independent", "3");
        assertRejects("a random 8 × 4 matrix whose column 1 is zero", () -> new QrDecomposition(zero),
                "columns must be linearly independent", "1");

        double[][] tiny = Arrays.stream(base).map(row -> Arrays.stream(row).map(v -> v * 1e-100).toArray())
                .toArray(double[][]::new);
        Throwable thrown = rethrowTodo(catchThrowable(() -> new QrDecomposition(tiny)));
        if (thrown != null) {
            throw Failure.of("a random 8 × 4 matrix scaled by 1e-100 was rejected")
                    .line("expected", "accepted: scaling A does not change the independence of its columns")
                    .line("actual", thrown.toString())
                    .likelyMistake("compare r_jj with 1e-12 * (the largest column norm of A), not with a fixed number")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects a null, empty, ragged, wide (m < n) or non-finite matrix with IllegalArgumentException")
    void rejectsInvalidMatrices() {
        assertRejects("new QrDecomposition(null)", () -> new QrDecomposition(null), "a must not be null", "null");
        assertRejects("new QrDecomposition(new double[0][])", () -> new QrDecomposition(new double[0][]),
                "a must not be empty", "0");
        assertRejects("new QrDecomposition({{1, 2}, null})", () -> new QrDecomposition(new double[][] {{1, 2}, null}),
                "rows must not be null", "1");
        assertRejects("new QrDecomposition({{}, {}})", () -> new QrDecomposition(new double[][] {{}, {}}),
                "a must have at least one column", "0");
        assertRejects("new QrDecomposition({{1, 2}, {3}, {4, 5}})",
                () -> new QrDecomposition(new double[][] {{1, 2}, {3}, {4, 5}}), "rows must all have the same length",
                "2", "1");
        assertRejects("new QrDecomposition of a 2 × 3 matrix",
                () -> new QrDecomposition(new double[][] {{1, 2, 3}, {4, 5, 7}}), "m >= n", "2", "3");
        assertRejects("new QrDecomposition with NaN at [2][1]",
                () -> new QrDecomposition(new double[][] {{1, 2}, {3, 4}, {5, Double.NaN}}), "values must be finite",
                "NaN");
    }

    @Test
    @Points(2)
    @DisplayName("leastSquares rejects a null right-hand side, one of the wrong length, or one with Infinity")
    void rejectsInvalidRightHandSides() {
        QrDecomposition qr = new QrDecomposition(new double[][] {{1, 0}, {1, 1}, {1, 2}});
        assertRejects("leastSquares(null)", () -> qr.leastSquares(null), "b must not be null", "null");
        assertRejects("leastSquares of a 2-vector with a 3 × 2 matrix", () -> qr.leastSquares(new double[] {1, 2}),
                "b must have length m", "3", "2");
        assertRejects("leastSquares with Infinity at [0]",
                () -> qr.leastSquares(new double[] {Double.POSITIVE_INFINITY, 1, 2}), "b must be finite", "Infinity");
    }

    @Test
    @Points(2)
    @DisplayName("leaves the caller's matrix and right-hand side unchanged")
    void leavesInputsUnchanged() {
        Random random = new Random(Seeds.of(507));
        double[][] a = gaussian(random, 9, 4);
        double[] b = gaussian(random, 1, 9)[0];
        double[][] aCopy = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
        double[] bCopy = b.clone();
        QrDecomposition qr = new QrDecomposition(a);
        qr.leastSquares(b);
        ArrayAssertions.assertClose("the matrix a after new QrDecomposition(a) and leastSquares", aCopy, a,
                Tolerance.absolute(0), "orthogonalise copies of the columns, never the caller's array");
        ArrayAssertions.assertClose("the vector b after leastSquares(b)", bCopy, b, Tolerance.absolute(0),
                "project a copy of b (y = b.clone()), never the caller's array");
    }

    // ---------------------------------------------------------------- helpers

    /** Commons Math's thin Q (m × n) and R (n × n), with signs flipped so that R's diagonal is positive. */
    private static double[][][] commonsQr(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(a));
        double[][] fullQ = qr.getQ().getData();
        double[][] fullR = qr.getR().getData();
        double[][] q = new double[m][n];
        double[][] r = new double[n][n];
        for (int j = 0; j < n; j++) {
            double sign = fullR[j][j] < 0 ? -1 : 1;
            for (int i = 0; i < m; i++) {
                q[i][j] = sign * fullQ[i][j];
            }
            for (int k = 0; k < n; k++) {
                r[j][k] = sign * fullR[j][k];
            }
        }
        return new double[][][] {q, r};
    }

    private static void assertShape(String what, int rows, int columns, double[][] actual) {
        boolean ok = actual != null && actual.length == rows
                && Arrays.stream(actual).allMatch(row -> row != null && row.length == columns);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .line("expected", rows + " × " + columns)
                    .line("actual", actual == null ? "null" : actual.length + " rows of lengths "
                            + Arrays.toString(Arrays.stream(actual).mapToInt(r -> r == null ? -1 : r.length).toArray()))
                    .likelyMistake("the thin QR of an m × n matrix has Q m × n (one orthonormal column per column of"
                            + " A) and R n × n")
                    .error();
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

    private static double[][] hilbert(int m, int n) {
        double[][] h = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = 1.0 / (i + j + 1);
            }
        }
        return h;
    }

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    private static double[] column(double[][] a, int j) {
        return Arrays.stream(a).mapToDouble(row -> row[j]).toArray();
    }

    private static double[][] withColumn(double[][] a, int j, double[] values) {
        double[][] out = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
        for (int i = 0; i < out.length; i++) {
            out[i][j] = values[i];
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        RealMatrix product = new Array2DRowRealMatrix(a).multiply(new Array2DRowRealMatrix(b));
        return product.getData();
    }

    private static double[][] transpose(double[][] a) {
        return new Array2DRowRealMatrix(a).transpose().getData();
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    private static double norm(double[] v) {
        return new ArrayRealVector(v).getNorm();
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }
}
