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
import java.util.function.Supplier;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link LuDecomposition}.
 *
 * <p>Oracles: Commons Math's {@link LUDecomposition} (the same partial-pivoting factorisation:
 * pivot, L, U, solution, determinant, inverse) on seeded Gaussian matrices; the residual
 * {@code ‖Ax − b‖ / ‖b‖ < 1e-10}; exact closed forms (permutation matrices, whose determinant is
 * the sign of the permutation; {@code [[1e-20, 1], [1, 1]]}, whose solution is 1 to 1e-20;
 * {@code det(AB) = det(A)·det(B)}); and exactly singular matrices built from dependent rows.
 * Random matrices come from {@link Seeds#of}; the bounds hold for seed offsets 0..19.
 */
@Challenge("p1.linalg.solve")
class LuDecompositionGradingTest {

    private static final String NO_PIVOTING = "are rows swapped so that each pivot is the entry of largest magnitude"
            + " in its column (at or below the diagonal)? Without pivoting a zero pivot divides by 0";
    private static final String LARGEST_PIVOT = "is the pivot the entry of LARGEST magnitude in the column, not merely"
            + " the first non-zero one? A tiny pivot gives a huge multiplier that swamps the other rows";
    private static final String DET_SIGN = "each row swap flips the sign of the determinant: det(A) = (-1)^swaps *"
            + " product of the diagonal of U. Are the swaps counted?";
    private static final String PERMUTE_B = "solve Ly = Pb: b must be permuted like the rows of A (y starts from"
            + " b[pivot[i]]), then Ux = y by back substitution from the last row up";
    private static final String SINGULAR = "a matrix is singular when some pivot |u_kk| <= 1e-12 * max|a_ij|;"
            + " solve and inverse must then throw ArithmeticException instead of dividing by (almost) 0";

    // ---------------------------------------------------------------- the factors

    @Test
    @Points(3)
    @DisplayName("factors PA = LU exactly as Commons Math does: the same pivot rows, the same L and U")
    void factorsLikeCommons() {
        Random random = new Random(Seeds.of(401));
        for (int n : new int[] {1, 2, 5, 12}) {
            double[][] a = gaussian(random, n, n);
            LuDecomposition lu = new LuDecomposition(a);
            LUDecomposition oracle = new LUDecomposition(new Array2DRowRealMatrix(a));
            ArrayAssertions.assertClose("pivot of a random " + n + " × " + n + " matrix (row i of PA is row pivot[i]"
                            + " of A)", toDoubles(oracle.getPivot()), toDoubles(lu.pivot()), Tolerance.absolute(0),
                    LARGEST_PIVOT + ". And pivot[i] names the ORIGINAL row of A now in position i");
            ArrayAssertions.assertClose("L of a random " + n + " × " + n + " matrix", oracle.getL().getData(),
                    lu.lower(), Tolerance.absolute(1e-10),
                    "L is unit lower triangular: ones on the diagonal, the multipliers l_ik = a_ik / a_kk below it,"
                            + " moved with their rows when rows are swapped later");
            ArrayAssertions.assertClose("U of a random " + n + " × " + n + " matrix", oracle.getU().getData(),
                    lu.upper(), Tolerance.absolute(1e-10),
                    "U is what elimination leaves of PA, with exact zeros below the diagonal");
        }
    }

    // ---------------------------------------------------------------- solve

    @Test
    @Points(4)
    @DisplayName("solves random systems: ‖Ax − b‖ / ‖b‖ < 1e-10 and x equals Commons Math's solution")
    void solvesRandomSystems() {
        Random random = new Random(Seeds.of(402));
        for (int n : new int[] {1, 3, 10, 40}) {
            for (int trial = 0; trial < 3; trial++) {
                double[][] a = gaussian(random, n, n);
                double[] b = gaussian(random, 1, n)[0];
                double[] x = attempt(() -> new LuDecomposition(a).solve(b), "solve of a random " + n + " × " + n
                        + " system", "a random Gaussian matrix is invertible; " + SINGULAR);
                double residual = norm(subtract(multiply(a, x), b)) / norm(b);
                if (!(residual < 1e-10)) {
                    throw Failure.of("the residual of solve on a random " + n + " × " + n + " system is too large")
                            .line("expected", "‖Ax - b‖ / ‖b‖ < 1e-10")
                            .line("actual", String.valueOf(residual))
                            .likelyMistake(PERMUTE_B + ". Or: " + NO_PIVOTING).error();
                }
                double[] expected = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                        .solve(new ArrayRealVector(b)).toArray();
                ArrayAssertions.assertClose("x of a random " + n + " × " + n + " system (Commons Math)", expected, x,
                        Tolerance.absolute(1e-9 * Math.max(1, norm(expected))), PERMUTE_B);
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("pivots: solves [[0, 1], [1, 0]] x = (3, 7) and a 3 × 3 system whose first pivot is 0")
    void solvesWithZeroPivot() {
        LuDecomposition swap = attempt(() -> new LuDecomposition(new double[][] {{0, 1}, {1, 0}}),
                "new LuDecomposition([[0, 1], [1, 0]])", NO_PIVOTING);
        assertNotSingular("[[0, 1], [1, 0]] (a permutation matrix, det = -1)", swap, NO_PIVOTING);
        ArrayAssertions.assertClose("x solving [[0, 1], [1, 0]] x = (3, 7)", new double[] {7, 3},
                attempt(() -> swap.solve(new double[] {3, 7}), "solve of [[0, 1], [1, 0]] x = (3, 7)", NO_PIVOTING),
                Tolerance.absolute(1e-12), NO_PIVOTING);

        // a_00 = 0; the exact solution is (1, 2, 3).
        double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 0}};
        double[] b = {7, 6, 4};
        LuDecomposition lu = attempt(() -> new LuDecomposition(a), "new LuDecomposition(" + Arrays.deepToString(a)
                + ")", NO_PIVOTING);
        assertNotSingular(Arrays.deepToString(a) + " (det = 3)", lu, NO_PIVOTING);
        ArrayAssertions.assertClose("x solving " + Arrays.deepToString(a) + " x = (7, 6, 4)",
                new double[] {1, 2, 3}, attempt(() -> lu.solve(b), "solve of " + Arrays.deepToString(a) + " x = "
                        + Arrays.toString(b), NO_PIVOTING), Tolerance.absolute(1e-12), NO_PIVOTING);
    }

    @Test
    @Points(3)
    @DisplayName("pivots on the largest entry: [[1e-20, 1], [1, 1]] x = (1, 2) gives x = (1, 1), and every |l_ik| ≤ 1")
    void pivotsOnLargestMagnitude() {
        // Exact solution: x_1 = 1 / (1 - 1e-20), x_2 = (1 - 2e-20) / (1 - 1e-20): both 1 to 1e-20.
        LuDecomposition tiny = new LuDecomposition(new double[][] {{1e-20, 1}, {1, 1}});
        ArrayAssertions.assertClose("x solving [[1e-20, 1], [1, 1]] x = (1, 2)", new double[] {1, 1},
                attempt(() -> tiny.solve(new double[] {1, 2}), "solve of [[1e-20, 1], [1, 1]] x = (1, 2)",
                        LARGEST_PIVOT), Tolerance.absolute(1e-12),
                LARGEST_PIVOT + " (here the pivot 1e-20 gives the multiplier 1e20, and 1 - 1e20 rounds to -1e20:"
                        + " the computed x_1 comes out 0)");
        Random random = new Random(Seeds.of(403));
        for (int trial = 0; trial < 5; trial++) {
            double[][] l = new LuDecomposition(gaussian(random, 8, 8)).lower();
            for (int i = 0; i < 8; i++) {
                for (int k = 0; k < i; k++) {
                    if (!(Math.abs(l[i][k]) <= 1 + 1e-12)) {
                        throw Failure.of("a multiplier of L is larger than 1 in magnitude, at [" + i + "][" + k + "]")
                                .line("expected", "|l_ik| <= 1 (partial pivoting divides by the largest entry)")
                                .line("actual", String.valueOf(l[i][k]))
                                .likelyMistake(LARGEST_PIVOT).error();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- determinant

    @Test
    @Points(3)
    @DisplayName("the determinant of random matrices matches Commons Math, sign included")
    void determinantMatchesCommons() {
        Random random = new Random(Seeds.of(404));
        for (int n = 1; n <= 9; n++) {
            double[][] a = gaussian(random, n, n);
            double expected = new LUDecomposition(new Array2DRowRealMatrix(a)).getDeterminant();
            double actual = new LuDecomposition(a).determinant();
            ArrayAssertions.assertClose("determinant of a random " + n + " × " + n + " matrix", expected, actual,
                    Tolerance.relative(1e-10), Math.abs(actual + expected) <= 1e-10 * Math.abs(expected)
                            ? "the magnitude is right but the sign is flipped: " + DET_SIGN
                            : "det(A) is the product of the diagonal of U, with the sign of the row swaps");
        }
    }

    @Test
    @Points(4)
    @DisplayName("the determinant's sign follows the row swaps: −1 for one swap, +1 for two, and det [[1, 2], [3, 4]] = −2")
    void determinantSignFollowsSwaps() {
        double[][][] matrices = {
            {{0, 1}, {1, 0}},
            {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}},
            {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}},
            {{0, 0, 0, 1}, {0, 0, 1, 0}, {0, 1, 0, 0}, {1, 0, 0, 0}},
            {{1, 2}, {3, 4}},
            {{0, 2, 1}, {1, 1, 1}, {2, 1, 0}},
        };
        double[] expected = {-1, -1, 1, 1, -2, 3};
        String[] why = {"one swap", "one swap (rows 0 and 2)", "a 3-cycle = two swaps", "reversing 4 rows = two swaps",
            "1*4 - 2*3", "expand along the first row: 0 - 2*(0 - 2) + 1*(1 - 2); two swaps"};
        for (int t = 0; t < matrices.length; t++) {
            double[][] a = matrices[t];
            double actual = new LuDecomposition(a).determinant();
            ArrayAssertions.assertClose("det " + Arrays.deepToString(a) + " (" + why[t] + ")", expected[t], actual,
                    Tolerance.absolute(1e-12), DET_SIGN);
        }
    }

    @Test
    @Points(2)
    @DisplayName("det(AB) = det(A)·det(B), det(Aᵀ) = det(A) and det(2A) = 2ⁿ·det(A) on random 6 × 6 matrices")
    void determinantIdentities() {
        Random random = new Random(Seeds.of(405));
        double[][] a = gaussian(random, 6, 6);
        double[][] b = gaussian(random, 6, 6);
        double detA = new LuDecomposition(a).determinant();
        double detB = new LuDecomposition(b).determinant();
        ArrayAssertions.assertClose("det(AB) (expected: det(A)·det(B))", detA * detB,
                new LuDecomposition(multiply(a, b)).determinant(), Tolerance.relative(1e-9), DET_SIGN);
        ArrayAssertions.assertClose("det(Aᵀ) (expected: det(A))", detA, new LuDecomposition(transpose(a)).determinant(),
                Tolerance.relative(1e-9), DET_SIGN);
        double[][] twice = Arrays.stream(a).map(row -> Arrays.stream(row).map(v -> 2 * v).toArray())
                .toArray(double[][]::new);
        ArrayAssertions.assertClose("det(2A) (expected: 2^6 · det(A))", 64 * detA,
                new LuDecomposition(twice).determinant(), Tolerance.relative(1e-9),
                "det(A) is the product of all n pivots");
    }

    // ---------------------------------------------------------------- inverse

    @Test
    @Points(3)
    @DisplayName("the inverse satisfies A·A⁻¹ = I and matches Commons Math on random non-symmetric matrices")
    void inverseMatchesCommons() {
        Random random = new Random(Seeds.of(406));
        for (int n : new int[] {1, 3, 7}) {
            double[][] a = gaussian(random, n, n);
            double[][] inverse = attempt(() -> new LuDecomposition(a).inverse(), "inverse of a random " + n + " × " + n
                    + " matrix", SINGULAR);
            ArrayAssertions.assertClose("A · inverse() for a random " + n + " × " + n + " matrix", identity(n),
                    multiply(a, inverse), Tolerance.absolute(1e-10),
                    "column j of the inverse solves Ax = e_j: write it into column j, not row j");
            double[][] expected = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().getInverse().getData();
            ArrayAssertions.assertClose("inverse of a random " + n + " × " + n + " matrix (Commons Math)", expected,
                    inverse, Tolerance.absolute(1e-9 * Math.max(1, maxAbs(expected))),
                    "column j of the inverse solves Ax = e_j: write it into column j, not row j");
        }
    }

    // ---------------------------------------------------------------- singular matrices

    @Test
    @Points(4)
    @DisplayName("detects singular matrices (dependent rows, a zero column, all zeros): det ≈ 0, solve and inverse throw")
    void detectsSingular() {
        Random random = new Random(Seeds.of(407));
        double[][] dependent = gaussian(random, 5, 5);
        double w = 0.5 + random.nextDouble();
        for (int j = 0; j < 5; j++) {
            dependent[3][j] = dependent[0][j] + w * dependent[1][j];
        }
        double[][][] matrices = {
            {{1, 2}, {2, 4}},
            {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
            dependent,
            {{0, 1, 2}, {0, 3, 4}, {0, 5, 6}},
            {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
        };
        String[] names = {"[[1, 2], [2, 4]]", "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
            "a random 5 × 5 matrix whose row 3 = row 0 + w·row 1", "[[0, 1, 2], [0, 3, 4], [0, 5, 6]] (a zero column)",
            "the 3 × 3 zero matrix"};
        for (int t = 0; t < matrices.length; t++) {
            double[][] a = matrices[t];
            String name = names[t];
            LuDecomposition lu = attempt(() -> new LuDecomposition(a), "new LuDecomposition(" + name + ")",
                    "a zero pivot means the column below it is all 0: skip the elimination of that column instead of"
                            + " dividing by 0");
            if (!lu.isSingular()) {
                throw Failure.of(name + " was not reported singular")
                        .line("expected", "isSingular() = true")
                        .line("actual", "isSingular() = false; the diagonal of U is " + Arrays.toString(diagonal(lu.upper())))
                        .likelyMistake(SINGULAR + ". Rounding leaves a dependent matrix's last pivot at about 1e-16,"
                                + " not exactly 0, so compare |u_kk| with the tolerance, not with 0").error();
            }
            double scale = Math.pow(Math.max(1, maxAbs(a)), a.length);
            ArrayAssertions.assertClose("determinant of " + name, 0, lu.determinant(), Tolerance.absolute(1e-12 * scale),
                    "the determinant of a singular matrix is 0 (up to rounding)");
            assertSingularThrows("solve with " + name, () -> lu.solve(new double[a.length]));
            assertSingularThrows("inverse of " + name, lu::inverse);
        }
    }

    @Test
    @Points(2)
    @DisplayName("singularity is relative to the matrix's scale: 1e-20·I is invertible, 1e20·[[1, 2], [2, 4]] is not")
    void singularityIsRelative() {
        double[][] small = {{1e-20, 0, 0}, {0, 1e-20, 0}, {0, 0, 1e-20}};
        LuDecomposition lu = new LuDecomposition(small);
        assertNotSingular("1e-20 · I (inverse 1e20 · I)", lu,
                "negligible is relative: compare |u_kk| with 1e-12 * max|a_ij|, not with a fixed number like 1e-11");
        ArrayAssertions.assertClose("x solving 1e-20 · I x = (1e-20, 2e-20, 3e-20)", new double[] {1, 2, 3},
                lu.solve(new double[] {1e-20, 2e-20, 3e-20}), Tolerance.absolute(1e-12),
                "every step of elimination and substitution works at any scale");

        LuDecomposition big = new LuDecomposition(new double[][] {{1e20, 2e20}, {2e20, 4e20}});
        if (!big.isSingular()) {
            throw Failure.of("1e20 · [[1, 2], [2, 4]] was not reported singular")
                    .line("expected", "isSingular() = true (its rows are dependent)")
                    .line("actual", "isSingular() = false; the diagonal of U is " + Arrays.toString(diagonal(big.upper())))
                    .likelyMistake(SINGULAR).error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("an ill-conditioned but invertible matrix (Hilbert 6 × 6, κ ≈ 1.5e7) is not singular and is solved")
    void hilbertIsInvertible() {
        double[][] h = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                h[i][j] = 1.0 / (i + j + 1);
            }
        }
        LuDecomposition lu = new LuDecomposition(h);
        assertNotSingular("the 6 × 6 Hilbert matrix (det ≈ 5.4e-18 but well within double precision)", lu,
                "is the singularity tolerance too loose? Use |u_kk| <= 1e-12 * max|a_ij|; a determinant near 0 does"
                        + " not make a matrix singular (1e-3 · I has det 1e-18)");
        double[] b = {1, 2, 3, 4, 5, 6};
        double[] x = lu.solve(b);
        double residual = norm(subtract(multiply(h, x), b)) / norm(b);
        if (!(residual < 1e-10)) {
            throw Failure.of("the residual of solve on the 6 × 6 Hilbert matrix is too large")
                    .line("expected", "‖Ax - b‖ / ‖b‖ < 1e-10")
                    .line("actual", String.valueOf(residual))
                    .likelyMistake(PERMUTE_B + ". Or: " + NO_PIVOTING).error();
        }
        ArrayAssertions.assertClose("determinant of the 6 × 6 Hilbert matrix (Commons Math)",
                new LUDecomposition(new Array2DRowRealMatrix(h)).getDeterminant(), lu.determinant(),
                Tolerance.relative(1e-8), DET_SIGN);
    }

    // ---------------------------------------------------------------- validation and side effects

    @Test
    @Points(2)
    @DisplayName("rejects a null, empty, ragged, non-square or non-finite matrix with IllegalArgumentException")
    void rejectsInvalidMatrices() {
        assertRejects("new LuDecomposition(null)", () -> new LuDecomposition(null), "a must not be null", "null");
        assertRejects("new LuDecomposition(new double[0][])", () -> new LuDecomposition(new double[0][]),
                "a must not be empty", "0");
        assertRejects("new LuDecomposition({{1, 2}, null})", () -> new LuDecomposition(new double[][] {{1, 2}, null}),
                "rows must not be null", "1");
        assertRejects("new LuDecomposition({{1, 2}, {3}})", () -> new LuDecomposition(new double[][] {{1, 2}, {3}}),
                "rows must all have the same length", "2", "1");
        assertRejects("new LuDecomposition of a 2 × 3 matrix",
                () -> new LuDecomposition(new double[][] {{1, 2, 3}, {4, 5, 6}}), "a must be square", "2", "3");
        assertRejects("new LuDecomposition with NaN at [1][0]",
                () -> new LuDecomposition(new double[][] {{1, 2}, {Double.NaN, 3}}), "values must be finite", "NaN");
        assertRejects("new LuDecomposition with -Infinity at [0][1]",
                () -> new LuDecomposition(new double[][] {{1, Double.NEGATIVE_INFINITY}, {2, 3}}),
                "values must be finite", "Infinity");
    }

    @Test
    @Points(2)
    @DisplayName("solve rejects a null right-hand side, one of the wrong length, or one with NaN")
    void rejectsInvalidRightHandSides() {
        LuDecomposition lu = new LuDecomposition(new double[][] {{2, 1}, {1, 3}});
        assertRejects("solve(null)", () -> lu.solve(null), "b must not be null", "null");
        assertRejects("solve of a 3-vector with a 2 × 2 matrix", () -> lu.solve(new double[] {1, 2, 3}),
                "b must have length n", "2", "3");
        assertRejects("solve with NaN at [1]", () -> lu.solve(new double[] {1, Double.NaN}), "b must be finite", "NaN");
    }

    @Test
    @Points(2)
    @DisplayName("leaves the caller's matrix and right-hand side unchanged")
    void leavesInputsUnchanged() {
        Random random = new Random(Seeds.of(408));
        double[][] a = gaussian(random, 6, 6);
        double[] b = gaussian(random, 1, 6)[0];
        double[][] aCopy = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
        double[] bCopy = b.clone();
        LuDecomposition lu = new LuDecomposition(a);
        lu.solve(b);
        lu.inverse();
        lu.determinant();
        ArrayAssertions.assertClose("the matrix a after new LuDecomposition(a), solve, inverse, determinant", aCopy, a,
                Tolerance.absolute(0), "eliminate on a copy of a (clone every row), never on the caller's array");
        ArrayAssertions.assertClose("the vector b after solve(b)", bCopy, b, Tolerance.absolute(0),
                "substitute into a new array, never into the caller's b");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertNotSingular(String name, LuDecomposition lu, String likelyMistake) {
        if (lu.isSingular()) {
            throw Failure.of(name + " was reported singular")
                    .line("expected", "isSingular() = false")
                    .line("actual", "isSingular() = true; the diagonal of U is " + Arrays.toString(diagonal(lu.upper())))
                    .likelyMistake(likelyMistake).error();
        }
    }

    private static void assertSingularThrows(String call, ThrowingCallable code) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        if (!(thrown instanceof ArithmeticException)) {
            throw Failure.of(call + " did not throw ArithmeticException")
                    .line("expected", "ArithmeticException saying the matrix is singular")
                    .line("actual", thrown == null ? "no exception (it returned a result)" : thrown.toString())
                    .likelyMistake(SINGULAR).error();
        }
        assertThat(thrown.getMessage())
                .as("the message of the ArithmeticException from %s must say the matrix is singular", call)
                .containsIgnoringCase("singular");
    }

    /** Runs learner code, turning an unexpected exception into a failure that names the likely mistake. */
    private static <T> T attempt(Supplier<T> code, String call, String likelyMistake) {
        try {
            return code.get();
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            throw Failure.of(call + " threw " + e)
                    .line("expected", "a result")
                    .line("actual", e.toString())
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

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        RealMatrix product = new Array2DRowRealMatrix(a).multiply(new Array2DRowRealMatrix(b));
        return product.getData();
    }

    private static double[] multiply(double[][] a, double[] x) {
        return new Array2DRowRealMatrix(a).operate(x);
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

    private static double maxAbs(double[][] a) {
        return Arrays.stream(a).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[] diagonal(double[][] u) {
        double[] d = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            d[i] = u[i][i];
        }
        return d;
    }

    private static double[] toDoubles(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }
}
