package io.mlpath.p1.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.SignAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link SymmetricEigen}.
 *
 * <p>Oracles: Commons Math's {@link EigenDecomposition} on seeded random symmetric matrices
 * (eigenvalues sorted here, eigenvectors compared up to sign with {@link SignAssertions});
 * matrices built as {@code S = Q Λ Qᵀ} from a known diagonal {@code Λ} and a random orthogonal
 * {@code Q} (Commons Math's QR of a Gaussian matrix), whose eigenpairs are known by
 * construction, including a repeated eigenvalue whose eigenspace is compared as a subspace;
 * the closed form of the tridiagonal {@code [−1, 2, −1]} matrix,
 * {@code λ_k = 2 − 2 cos(kπ/(n+1))}, {@code v_k(j) = √(2/(n+1)) sin(jkπ/(n+1))}; and the
 * identities {@code ‖Sv − λv‖ < 1e-9}, {@code VᵀV = I}, {@code V Λ Vᵀ = S}. Random matrices come
 * from {@link Seeds#of}; the bounds hold for seed offsets 0..19.
 */
@Challenge("p1.linalg.eigen")
class SymmetricEigenGradingTest {

    private static final String SORT = "are the eigenpairs sorted by decreasing eigenvalue (by value, largest first,"
            + " so negative eigenvalues come last), with each eigenvector moved together with its eigenvalue?";
    private static final String UNIT = "is each eigenvector a unit vector (Euclidean length 1)? Scaling it so that its"
            + " largest entry is 1 (as power iteration often does) gives the right direction but the wrong length";
    private static final String COLUMNS = "are the eigenvectors taken from the COLUMNS of the accumulated rotations V,"
            + " not its rows?";

    // ---------------------------------------------------------------- Commons Math on random matrices

    @Test
    @Points(4)
    @DisplayName("matches Commons Math on random symmetric matrices: eigenvalues in decreasing order, eigenvectors up to sign")
    void matchesCommons() {
        Random random = new Random(Seeds.of(601));
        for (int d : new int[] {2, 5, 10}) {
            double[][] s = randomSymmetric(random, d);
            Oracle oracle = Oracle.of(s);
            SymmetricEigen eig = new SymmetricEigen(s);
            String name = "a random symmetric " + d + " × " + d + " matrix";
            ArrayAssertions.assertClose("eigenvalues of " + name + " (Commons Math, sorted decreasing)", oracle.values,
                    eig.eigenvalues(), Tolerance.absolute(1e-10), SORT);
            double[][] vectors = eig.eigenvectors();
            assertShape("eigenvectors() of " + name, d, vectors);
            for (int i = 0; i < d; i++) {
                SignAssertions.assertSameUpToSign("eigenvector " + i + " of " + name + " (Commons Math)",
                        oracle.vectors[i], vectors[i], Tolerance.absolute(1e-8),
                        SORT + " Or " + COLUMNS + " Or " + UNIT);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("every eigenpair satisfies ‖Sv − λv‖ < 1e-9 on random symmetric 20 × 20 matrices")
    void residuals() {
        Random random = new Random(Seeds.of(602));
        for (int trial = 0; trial < 2; trial++) {
            double[][] s = randomSymmetric(random, 20);
            SymmetricEigen eig = new SymmetricEigen(s);
            double[] values = eig.eigenvalues();
            double[][] vectors = eig.eigenvectors();
            assertShape("eigenvectors() of a random symmetric 20 × 20 matrix", 20, vectors);
            for (int i = 0; i < 20; i++) {
                double[] sv = new Array2DRowRealMatrix(s).operate(vectors[i]);
                double[] residual = new double[20];
                for (int j = 0; j < 20; j++) {
                    residual[j] = sv[j] - values[i] * vectors[i][j];
                }
                double size = norm(residual);
                if (!(size < 1e-9) || !(norm(vectors[i]) > 0.5)) {
                    throw Failure.of("eigenpair " + i + " of a random symmetric 20 × 20 matrix does not satisfy Sv = λv")
                            .line("expected", "‖Sv - λv‖ < 1e-9 with v a unit vector")
                            .line("actual", "‖Sv - λv‖ = " + size + ", λ = " + values[i] + ", ‖v‖ = " + norm(vectors[i]))
                            .likelyMistake("row i of eigenvectors() must be the eigenvector of eigenvalues()[i]: "
                                    + COLUMNS + " Or: are the sweeps repeated until the off-diagonal is negligible,"
                                    + " and are the eigenvectors moved with their eigenvalues when sorting?").error();
                }
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("the eigenvectors are orthonormal: VᵀV = I on random symmetric 15 × 15 matrices")
    void orthonormal() {
        Random random = new Random(Seeds.of(603));
        double[][] vectors = new SymmetricEigen(randomSymmetric(random, 15)).eigenvectors();
        assertShape("eigenvectors() of a random symmetric 15 × 15 matrix", 15, vectors);
        double[][] gram = new double[15][15];
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 15; j++) {
                gram[i][j] = dot(vectors[i], vectors[j]);
            }
        }
        ArrayAssertions.assertClose("the dot products of every pair of eigenvectors (VᵀV)", identity(15), gram,
                Tolerance.absolute(1e-12), "a diagonal entry other than 1 means an eigenvector is not unit length: "
                        + UNIT + " An off-diagonal entry other than 0 means two are not orthogonal: " + COLUMNS);
    }

    @Test
    @Points(3)
    @DisplayName("each eigenvector has length 1, not a largest entry of 1")
    void unitLength() {
        Random random = new Random(Seeds.of(604));
        for (int d : new int[] {3, 8}) {
            double[][] vectors = new SymmetricEigen(randomSymmetric(random, d)).eigenvectors();
            assertShape("eigenvectors() of a random symmetric " + d + " × " + d + " matrix", d, vectors);
            for (int i = 0; i < d; i++) {
                ArrayAssertions.assertClose("the length ‖v‖₂ of eigenvector " + i + " of a random symmetric " + d + " × "
                        + d + " matrix", 1, norm(vectors[i]), Tolerance.absolute(1e-12), UNIT);
            }
        }
    }

    // ---------------------------------------------------------------- sorting

    @Test
    @Points(3)
    @DisplayName("sorts by value, largest first: diag(1, −5, 3, 0.5) gives [3, 1, 0.5, −5] with e₂, e₀, e₃, e₁")
    void sortsDiagonal() {
        SymmetricEigen eig = new SymmetricEigen(new double[][] {{1, 0, 0, 0}, {0, -5, 0, 0}, {0, 0, 3, 0},
            {0, 0, 0, 0.5}});
        ArrayAssertions.assertClose("eigenvalues of diag(1, -5, 3, 0.5)", new double[] {3, 1, 0.5, -5},
                eig.eigenvalues(), Tolerance.absolute(1e-15),
                SORT + " (A diagonal matrix needs no rotation, so Jacobi leaves its eigenvalues in the order 1, -5, 3,"
                        + " 0.5; sorting by magnitude gives -5 first.)");
        double[][] vectors = eig.eigenvectors();
        assertShape("eigenvectors() of diag(1, -5, 3, 0.5)", 4, vectors);
        int[] axis = {2, 0, 3, 1};
        for (int i = 0; i < 4; i++) {
            double[] expected = new double[4];
            expected[axis[i]] = 1;
            SignAssertions.assertSameUpToSign("eigenvector " + i + " of diag(1, -5, 3, 0.5)", expected, vectors[i],
                    Tolerance.absolute(1e-15), "the eigenvector of the diagonal entry d_jj is the unit vector e_j: "
                            + SORT);
        }
    }

    @Test
    @Points(3)
    @DisplayName("S = QΛQᵀ with Λ = diag(−7, 4, −1, 2.5, 0, 9): eigenvalues [9, 4, 2.5, 0, −1, −7], eigenvectors the columns of Q")
    void knownSpectrumIndefinite() {
        double[] lambda = {-7, 4, -1, 2.5, 0, 9};
        double[][] q = randomOrthogonal(new Random(Seeds.of(605)), 6);
        double[][] s = compose(q, lambda);
        SymmetricEigen eig = new SymmetricEigen(s);
        ArrayAssertions.assertClose("eigenvalues of Q·diag(-7, 4, -1, 2.5, 0, 9)·Qᵀ", new double[] {9, 4, 2.5, 0, -1, -7},
                eig.eigenvalues(), Tolerance.absolute(1e-11), SORT);
        double[][] vectors = eig.eigenvectors();
        assertShape("eigenvectors() of Q·diag(-7, 4, -1, 2.5, 0, 9)·Qᵀ", 6, vectors);
        int[] source = {5, 1, 3, 4, 2, 0};
        for (int i = 0; i < 6; i++) {
            SignAssertions.assertSameUpToSign("eigenvector " + i + " (of eigenvalue " + lambda[source[i]]
                            + "; expected: column " + source[i] + " of Q)", column(q, source[i]), vectors[i],
                    Tolerance.absolute(1e-9), SORT + " Or " + COLUMNS + " Or " + UNIT);
        }
    }

    // ---------------------------------------------------------------- closed forms and structure

    @Test
    @Points(3)
    @DisplayName("the 12 × 12 tridiagonal [−1, 2, −1] matrix has λ_k = 2 − 2cos(kπ/13) and sine eigenvectors")
    void tridiagonalClosedForm() {
        int n = 12;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            s[i][i] = 2;
            if (i + 1 < n) {
                s[i][i + 1] = -1;
                s[i + 1][i] = -1;
            }
        }
        SymmetricEigen eig = new SymmetricEigen(s);
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            int k = n - i; // largest first: k = 12, 11, ..., 1
            expected[i] = 2 - 2 * Math.cos(k * Math.PI / (n + 1));
        }
        ArrayAssertions.assertClose("eigenvalues of the 12 × 12 tridiagonal [-1, 2, -1] matrix", expected,
                eig.eigenvalues(), Tolerance.absolute(1e-12), SORT);
        double[][] vectors = eig.eigenvectors();
        assertShape("eigenvectors() of the tridiagonal matrix", n, vectors);
        for (int i = 0; i < n; i++) {
            int k = n - i;
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = Math.sqrt(2.0 / (n + 1)) * Math.sin((j + 1) * k * Math.PI / (n + 1));
            }
            SignAssertions.assertSameUpToSign("eigenvector " + i + " (k = " + k + ": √(2/13)·sin(jkπ/13), j = 1..12)", v,
                    vectors[i], Tolerance.absolute(1e-10), SORT + " Or " + COLUMNS + " Or " + UNIT);
        }
    }

    @Test
    @Points(3)
    @DisplayName("a repeated eigenvalue: for Q·diag(5, 5, 5, 2, −1)·Qᵀ the first three eigenvectors span Q's first three columns")
    void repeatedEigenvalue() {
        double[] lambda = {5, 5, 5, 2, -1};
        double[][] q = randomOrthogonal(new Random(Seeds.of(606)), 5);
        SymmetricEigen eig = new SymmetricEigen(compose(q, lambda));
        ArrayAssertions.assertClose("eigenvalues of Q·diag(5, 5, 5, 2, -1)·Qᵀ", lambda, eig.eigenvalues(),
                Tolerance.absolute(1e-11), SORT);
        double[][] vectors = eig.eigenvectors();
        assertShape("eigenvectors() of Q·diag(5, 5, 5, 2, -1)·Qᵀ", 5, vectors);
        SignAssertions.assertSameSubspace("the eigenspace of 5 (rows 0..2 of eigenvectors(); expected: columns 0..2 of Q)",
                new double[][] {column(q, 0), column(q, 1), column(q, 2)}, Arrays.copyOf(vectors, 3),
                Tolerance.absolute(1e-9), "any orthonormal basis of the eigenspace is right, but it must be orthonormal"
                        + " and lie in it: " + UNIT + " Or " + COLUMNS);
        SignAssertions.assertSameUpToSign("eigenvector 3 (of eigenvalue 2)", column(q, 3), vectors[3],
                Tolerance.absolute(1e-9), SORT);
        SignAssertions.assertSameUpToSign("eigenvector 4 (of eigenvalue -1)", column(q, 4), vectors[4],
                Tolerance.absolute(1e-9), SORT);
    }

    @Test
    @Points(2)
    @DisplayName("the decomposition rebuilds the matrix: Σ_i λ_i v_i v_iᵀ = S on a random symmetric 8 × 8 matrix")
    void reconstructs() {
        double[][] s = randomSymmetric(new Random(Seeds.of(607)), 8);
        SymmetricEigen eig = new SymmetricEigen(s);
        double[] values = eig.eigenvalues();
        double[][] vectors = eig.eigenvectors();
        assertShape("eigenvectors() of a random symmetric 8 × 8 matrix", 8, vectors);
        double[][] rebuilt = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int a = 0; a < 8; a++) {
                for (int b = 0; b < 8; b++) {
                    rebuilt[a][b] += values[i] * vectors[i][a] * vectors[i][b];
                }
            }
        }
        ArrayAssertions.assertClose("Σ_i λ_i v_i v_iᵀ (expected: S)", s, rebuilt, Tolerance.absolute(1e-11),
                "each eigenvector must be a unit vector paired with its own eigenvalue: " + UNIT + " Or " + COLUMNS);
    }

    @Test
    @Points(2)
    @DisplayName("small cases: [[−3]] gives −3 with (1); [[0, 1], [1, 0]] gives [1, −1]; the zero matrix gives zeros and an orthonormal basis")
    void smallCases() {
        SymmetricEigen one = new SymmetricEigen(new double[][] {{-3}});
        ArrayAssertions.assertClose("eigenvalues of [[-3]]", new double[] {-3}, one.eigenvalues(), Tolerance.absolute(0),
                "a 1 × 1 matrix is its own eigenvalue");
        SignAssertions.assertSameUpToSign("eigenvector of [[-3]]", new double[] {1}, one.eigenvectors()[0],
                Tolerance.absolute(0), UNIT);

        SymmetricEigen swap = new SymmetricEigen(new double[][] {{0, 1}, {1, 0}});
        double r = 1 / Math.sqrt(2);
        ArrayAssertions.assertClose("eigenvalues of [[0, 1], [1, 0]]", new double[] {1, -1}, swap.eigenvalues(),
                Tolerance.absolute(1e-15), SORT + " (With a zero diagonal, τ = 0: the rotation is by π/4.)");
        SignAssertions.assertSameUpToSign("eigenvector 0 of [[0, 1], [1, 0]]", new double[] {r, r},
                swap.eigenvectors()[0], Tolerance.absolute(1e-15), SORT + " Or " + COLUMNS);

        SymmetricEigen zero = new SymmetricEigen(new double[3][3]);
        ArrayAssertions.assertClose("eigenvalues of the 3 × 3 zero matrix", new double[3], zero.eigenvalues(),
                Tolerance.absolute(0), "nothing to rotate: the eigenvalues are the (zero) diagonal");
        double[][] vectors = zero.eigenvectors();
        double[][] gram = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                gram[i][j] = dot(vectors[i], vectors[j]);
            }
        }
        ArrayAssertions.assertClose("VᵀV for the 3 × 3 zero matrix", identity(3), gram, Tolerance.absolute(1e-15),
                "every vector is an eigenvector of the zero matrix, but the basis returned must still be orthonormal"
                        + " (V starts as the identity); skip rotations whose A_pq is 0 instead of dividing by it");
    }

    // ---------------------------------------------------------------- validation and side effects

    @Test
    @Points(2)
    @DisplayName("rejects a null, empty, ragged, non-square, non-finite or non-symmetric matrix with IllegalArgumentException")
    void rejectsInvalidMatrices() {
        assertRejects("new SymmetricEigen(null)", () -> new SymmetricEigen(null), "s must not be null", "null");
        assertRejects("new SymmetricEigen(new double[0][])", () -> new SymmetricEigen(new double[0][]),
                "s must not be empty", "0");
        assertRejects("new SymmetricEigen({{1, 2}, null})", () -> new SymmetricEigen(new double[][] {{1, 2}, null}),
                "rows must not be null", "1");
        assertRejects("new SymmetricEigen({{1, 2}, {2}})", () -> new SymmetricEigen(new double[][] {{1, 2}, {2}}),
                "rows must all have the same length", "2", "1");
        assertRejects("new SymmetricEigen of a 2 × 3 matrix",
                () -> new SymmetricEigen(new double[][] {{1, 2, 3}, {2, 4, 5}}), "s must be square", "2", "3");
        assertRejects("new SymmetricEigen with NaN at [0][0]",
                () -> new SymmetricEigen(new double[][] {{Double.NaN, 1}, {1, 2}}), "values must be finite", "NaN");
        assertRejects("new SymmetricEigen of [[1, 2], [3, 4]]", () -> new SymmetricEigen(new double[][] {{1, 2}, {3, 4}}),
                "s must be symmetric", "2.0", "3.0");
    }

    @Test
    @Points(2)
    @DisplayName("leaves the caller's matrix unchanged")
    void leavesInputUnchanged() {
        double[][] s = randomSymmetric(new Random(Seeds.of(608)), 6);
        double[][] copy = Arrays.stream(s).map(double[]::clone).toArray(double[][]::new);
        new SymmetricEigen(s);
        ArrayAssertions.assertClose("the matrix s after new SymmetricEigen(s)", copy, s, Tolerance.absolute(0),
                "rotate a copy of s (clone every row), never the caller's array");
    }

    // ---------------------------------------------------------------- helpers

    /** Commons Math's eigenpairs, sorted by decreasing eigenvalue. */
    private record Oracle(double[] values, double[][] vectors) {

        static Oracle of(double[][] s) {
            EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(s));
            double[] raw = eigen.getRealEigenvalues();
            Integer[] order = IntStream.range(0, raw.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> raw[i]).reversed());
            double[] values = new double[raw.length];
            double[][] vectors = new double[raw.length][];
            for (int c = 0; c < raw.length; c++) {
                values[c] = raw[order[c]];
                vectors[c] = eigen.getEigenvector(order[c]).toArray();
            }
            return new Oracle(values, vectors);
        }
    }

    /** A symmetric matrix with independent N(0, 1) entries on and above the diagonal: spread-out eigenvalues, some negative. */
    private static double[][] randomSymmetric(Random random, int d) {
        double[][] s = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                s[i][j] = random.nextGaussian();
                s[j][i] = s[i][j];
            }
        }
        return s;
    }

    /** The Q of Commons Math's QR of a Gaussian matrix: a random orthogonal matrix. */
    private static double[][] randomOrthogonal(Random random, int d) {
        double[][] g = new double[d][d];
        for (double[] row : g) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return new QRDecomposition(new Array2DRowRealMatrix(g)).getQ().getData();
    }

    /** Q·diag(lambda)·Qᵀ, made exactly symmetric. */
    private static double[][] compose(double[][] q, double[] lambda) {
        int d = lambda.length;
        RealMatrix qm = new Array2DRowRealMatrix(q);
        RealMatrix scaled = qm.copy();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                scaled.setEntry(i, j, q[i][j] * lambda[j]);
            }
        }
        double[][] s = scaled.multiply(qm.transpose()).getData();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                s[i][j] = s[j][i];
            }
        }
        return s;
    }

    private static void assertShape(String what, int d, double[][] actual) {
        boolean ok = actual != null && actual.length == d
                && Arrays.stream(actual).allMatch(row -> row != null && row.length == d);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .line("expected", d + " × " + d)
                    .line("actual", actual == null ? "null" : actual.length + " rows of lengths "
                            + Arrays.toString(Arrays.stream(actual).mapToInt(r -> r == null ? -1 : r.length).toArray()))
                    .likelyMistake("eigenvectors() has one row (of length d) per eigenvalue").error();
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

    private static double[] column(double[][] a, int j) {
        return Arrays.stream(a).mapToDouble(row -> row[j]).toArray();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
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
