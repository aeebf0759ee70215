package io.mlpath.p1.linalg;

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
import org.apache.commons.math3.linear.MatrixUtils;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Matrices}.
 *
 * <p>Oracles: Commons Math's {@link Array2DRowRealMatrix} ({@code multiply}, {@code operate},
 * {@code transpose}, {@code getTrace}) and {@link MatrixUtils#createRealIdentityMatrix} on seeded
 * random matrices of non-square shapes from 1 × 1 to 7 × 7; exact small products; and identities
 * ((AB)ᵀ = BᵀAᵀ, (AB)C = A(BC), AI = IA = A, tr(AB) = tr(BA), (Aᵀ)ᵀ = A). Seeded tests take their
 * seeds through {@link Seeds#of}; their bounds hold for seed offsets 0..19.
 */
@Challenge("p1.linalg.matrices")
class MatricesGradingTest {

    private static final String PRODUCT = "c[i][j] = sum over k of a[i][k] * b[k][j]. In an i-k-j loop the factor"
            + " hoisted out of the inner loop is a[i][k] (not a[k][i]) and the inner loop runs over the columns j of b;"
            + " a swapped index goes unnoticed on square matrices but computes AᵀB or ABᵀ";
    private static final String MUTATED = "build the result in a new array: never write into an argument (a square"
            + " matrix transposed in place changes the caller's matrix)";
    private static final String RAGGED = "check the length of EVERY row against row 0 before using a[0].length as"
            + " the number of columns: Java's double[][] can be ragged";

    // ---------------------------------------------------------------- Commons Math on seeded matrices

    @Test
    @Points(4)
    @DisplayName("the product matches Commons Math's Array2DRowRealMatrix.multiply for every shape m × n · n × p up to 7")
    void multiplyMatchesCommons() {
        Random random = new Random(Seeds.of(11));
        for (int m = 1; m <= 7; m += 2) {
            for (int n = 1; n <= 7; n += 3) {
                for (int p = 1; p <= 7; p += 2) {
                    double[][] a = randomMatrix(random, m, n);
                    double[][] b = randomMatrix(random, n, p);
                    double[][] expected = new Array2DRowRealMatrix(a).multiply(new Array2DRowRealMatrix(b)).getData();
                    String what = "multiply(a, b) with a " + m + "×" + n + " and b " + n + "×" + p;
                    ArrayAssertions.assertClose(what, expected, call(what, () -> Matrices.multiply(a, b), PRODUCT),
                            Tolerance.absolute(1e-12), PRODUCT);
                }
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("the matrix-vector product matches Commons Math's operate, and equals the product with a one-column matrix")
    void multiplyVectorMatchesCommons() {
        Random random = new Random(Seeds.of(12));
        String formula = "y[i] = sum over k of a[i][k] * x[k]: row i of a dotted with x (not column i)";
        for (int m = 1; m <= 7; m++) {
            for (int n = 1; n <= 7; n += 2) {
                double[][] a = randomMatrix(random, m, n);
                double[] x = randomMatrix(random, 1, n)[0];
                String what = "multiplyVector(a, x) with a " + m + "×" + n;
                double[] y = call(what, () -> Matrices.multiplyVector(a, x), formula);
                ArrayAssertions.assertClose(what, new Array2DRowRealMatrix(a).operate(x), y, Tolerance.absolute(1e-12),
                        formula);
                double[][] column = new double[n][1];
                for (int k = 0; k < n; k++) {
                    column[k][0] = x[k];
                }
                double[][] product = call("multiply(a, x as a " + n + "×1 column)", () -> Matrices.multiply(a, column),
                        PRODUCT);
                double[] asVector = new double[m];
                for (int i = 0; i < m; i++) {
                    asVector[i] = product[i][0];
                }
                ArrayAssertions.assertClose("multiplyVector(a, x) against multiply(a, x as a column)", asVector, y,
                        Tolerance.absolute(1e-12), formula);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("the transpose matches Commons Math for every shape up to 6 × 6, and transposing twice gives the matrix back")
    void transposeMatchesCommons() {
        Random random = new Random(Seeds.of(13));
        String rule = "t[j][i] = a[i][j]: the transpose of an m×n matrix is n×m";
        for (int m = 1; m <= 6; m++) {
            for (int n = 1; n <= 6; n++) {
                double[][] a = randomMatrix(random, m, n);
                String what = "transpose(a) with a " + m + "×" + n;
                double[][] t = call(what, () -> Matrices.transpose(a), rule);
                ArrayAssertions.assertClose(what, new Array2DRowRealMatrix(a).transpose().getData(), t,
                        Tolerance.absolute(0), rule);
                ArrayAssertions.assertClose("transpose(transpose(a)) with a " + m + "×" + n, a, Matrices.transpose(t),
                        Tolerance.absolute(0), rule);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("the trace matches Commons Math's getTrace, and tr(AB) = tr(BA) for a 3 × 5 matrix A and a 5 × 3 matrix B")
    void traceMatchesCommons() {
        Random random = new Random(Seeds.of(14));
        String rule = "the trace is the sum of the diagonal entries a[i][i]";
        for (int n = 1; n <= 7; n++) {
            double[][] a = randomMatrix(random, n, n);
            ArrayAssertions.assertClose("trace(a) with a " + n + "×" + n, new Array2DRowRealMatrix(a).getTrace(),
                    Matrices.trace(a), Tolerance.absolute(1e-12), rule);
        }
        double[][] a = randomMatrix(random, 3, 5);
        double[][] b = randomMatrix(random, 5, 3);
        double[][] productAb = call("multiply(A, B) with A 3×5 and B 5×3", () -> Matrices.multiply(a, b), PRODUCT);
        double[][] productBa = call("multiply(B, A) with A 3×5 and B 5×3", () -> Matrices.multiply(b, a), PRODUCT);
        double ab = Matrices.trace(productAb);
        double ba = Matrices.trace(productBa);
        ArrayAssertions.assertClose("tr(BA) (expected: tr(AB)) with A 3×5 and B 5×3", ab, ba, Tolerance.absolute(1e-11),
                rule + "; tr(AB) = tr(BA) holds for any correct product. " + PRODUCT);
    }

    // ---------------------------------------------------------------- exact values and identities

    @Test
    @Points(3)
    @DisplayName("exact products: 2 × 2 by hand, a row times a column is a 1 × 1 dot product, a column times a row is the outer product")
    void exactProducts() {
        ArrayAssertions.assertClose("multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]])", new double[][] {{19, 22}, {43, 50}},
                call("multiply of 2×2 matrices", () -> Matrices.multiply(new double[][] {{1, 2}, {3, 4}},
                        new double[][] {{5, 6}, {7, 8}}), PRODUCT), Tolerance.absolute(0),
                PRODUCT + " (with a[k][i] instead of a[i][k] the result is [[26, 30], [38, 44]] = AᵀB)");
        ArrayAssertions.assertClose("multiply([[1, 2, 3]], [[4], [5], [6]]) (row times column)", new double[][] {{32}},
                call("multiply of a 1×3 row and a 3×1 column", () -> Matrices.multiply(new double[][] {{1, 2, 3}},
                        new double[][] {{4}, {5}, {6}}), PRODUCT), Tolerance.absolute(0),
                "a 1×3 row times a 3×1 column is the 1×1 matrix [[1·4 + 2·5 + 3·6]]. " + PRODUCT);
        ArrayAssertions.assertClose("multiply([[1], [2], [3]], [[4, 5]]) (column times row)",
                new double[][] {{4, 5}, {8, 10}, {12, 15}},
                call("multiply of a 3×1 column and a 1×2 row", () -> Matrices.multiply(new double[][] {{1}, {2}, {3}},
                        new double[][] {{4, 5}}), PRODUCT), Tolerance.absolute(0),
                "a 3×1 column times a 1×2 row is the 3×2 outer product c[i][j] = a[i][0] * b[0][j]. " + PRODUCT);
        ArrayAssertions.assertClose("multiply([[0, 1], [0, 0]], [[0, 0], [1, 0]])", new double[][] {{1, 0}, {0, 0}},
                Matrices.multiply(new double[][] {{0, 1}, {0, 0}}, new double[][] {{0, 0}, {1, 0}}),
                Tolerance.absolute(0), PRODUCT);
    }

    @Test
    @Points(3)
    @DisplayName("the order of a transposed product reverses: (AB)ᵀ = BᵀAᵀ for seeded non-square A and B")
    void transposeOfProduct() {
        Random random = new Random(Seeds.of(15));
        for (int trial = 0; trial < 10; trial++) {
            int m = 1 + random.nextInt(6);
            int n = 1 + random.nextInt(6);
            int p = 1 + random.nextInt(6);
            double[][] a = randomMatrix(random, m, n);
            double[][] b = randomMatrix(random, n, p);
            String what = "(AB)ᵀ with A " + m + "×" + n + " and B " + n + "×" + p;
            double[][] left = call(what, () -> Matrices.transpose(Matrices.multiply(a, b)), PRODUCT);
            double[][] right = call("BᵀAᵀ", () -> Matrices.multiply(Matrices.transpose(b), Matrices.transpose(a)),
                    PRODUCT);
            ArrayAssertions.assertClose("BᵀAᵀ (expected: (AB)ᵀ) with A " + m + "×" + n + " and B " + n + "×" + p,
                    left, right, Tolerance.absolute(1e-12), PRODUCT + "; and t[j][i] = a[i][j] in transpose");
        }
    }

    @Test
    @Points(2)
    @DisplayName("the product is associative: (AB)C = A(BC) for seeded matrices of shapes 3 × 4, 4 × 2 and 2 × 5")
    void associativity() {
        Random random = new Random(Seeds.of(16));
        for (int trial = 0; trial < 5; trial++) {
            double[][] a = randomMatrix(random, 3, 4);
            double[][] b = randomMatrix(random, 4, 2);
            double[][] c = randomMatrix(random, 2, 5);
            double[][] left = call("(AB)C", () -> Matrices.multiply(Matrices.multiply(a, b), c), PRODUCT);
            double[][] right = call("A(BC)", () -> Matrices.multiply(a, Matrices.multiply(b, c)), PRODUCT);
            ArrayAssertions.assertClose("A(BC) (expected: (AB)C)", left, right, Tolerance.absolute(1e-11), PRODUCT);
        }
    }

    @Test
    @Points(3)
    @DisplayName("identity(n) matches Commons Math for n = 1..6, is a new array each call, and AI = IA = A exactly")
    void identity() {
        for (int n = 1; n <= 6; n++) {
            ArrayAssertions.assertClose("identity(" + n + ")", MatrixUtils.createRealIdentityMatrix(n).getData(),
                    Matrices.identity(n), Tolerance.absolute(0), "ones on the diagonal [i][i], zeros elsewhere");
        }
        double[][] first = Matrices.identity(3);
        first[0][1] = 42;
        ArrayAssertions.assertClose("identity(3) after the caller changed an earlier identity(3)",
                MatrixUtils.createRealIdentityMatrix(3).getData(), Matrices.identity(3), Tolerance.absolute(0),
                "return a new array on every call, not a shared one the caller can change");

        Random random = new Random(Seeds.of(17));
        double[][] a = randomMatrix(random, 3, 5);
        ArrayAssertions.assertClose("A · identity(5) with A 3×5", a,
                call("multiply(A, identity(5)) with A 3×5", () -> Matrices.multiply(a, Matrices.identity(5)), PRODUCT),
                Tolerance.absolute(0), PRODUCT);
        ArrayAssertions.assertClose("identity(3) · A with A 3×5", a,
                call("multiply(identity(3), A) with A 3×5", () -> Matrices.multiply(Matrices.identity(3), a), PRODUCT),
                Tolerance.absolute(0), PRODUCT);
    }

    // ---------------------------------------------------------------- must catch: mutation, ragged rows

    @Test
    @Points(4)
    @DisplayName("leaves every argument unchanged, square matrices included, and never returns an argument as its result")
    void inputsUnchanged() {
        Random random = new Random(Seeds.of(18));
        double[][] a = randomMatrix(random, 4, 4);
        double[][] b = randomMatrix(random, 4, 4);
        double[] x = randomMatrix(random, 1, 4)[0];
        double[][] aCopy = deepCopy(a);
        double[][] bCopy = deepCopy(b);
        double[] xCopy = x.clone();

        double[][] t = Matrices.transpose(a);
        ArrayAssertions.assertClose("a after transpose(a) of a square matrix", aCopy, a, Tolerance.absolute(0), MUTATED);
        requireFresh("transpose(a)", t, a, b);
        double[][] c = Matrices.multiply(a, b);
        ArrayAssertions.assertClose("a after multiply(a, b)", aCopy, a, Tolerance.absolute(0), MUTATED);
        ArrayAssertions.assertClose("b after multiply(a, b)", bCopy, b, Tolerance.absolute(0), MUTATED);
        requireFresh("multiply(a, b)", c, a, b);
        double[] y = Matrices.multiplyVector(a, x);
        Matrices.trace(a);
        ArrayAssertions.assertClose("a after multiplyVector(a, x) and trace(a)", aCopy, a, Tolerance.absolute(0), MUTATED);
        ArrayAssertions.assertClose("x after multiplyVector(a, x)", xCopy, x, Tolerance.absolute(0), MUTATED);
        if (y == x) {
            throw Failure.of("multiplyVector(a, x) returned x itself")
                    .line("expected", "a new array").line("actual", "the argument x").likelyMistake(MUTATED).error();
        }
        t[0][1] = 1e6;
        ArrayAssertions.assertClose("a after the caller changed transpose(a)[0][1]", aCopy, a, Tolerance.absolute(0),
                "the transpose must not share rows with its argument: " + MUTATED);
    }

    @Test
    @Points(4)
    @DisplayName("rejects ragged matrices (rows of different lengths) in every method, naming the row and its length")
    void rejectsRaggedRows() {
        double[][] longer = {{1, 2}, {3, 4}, {5, 6, 7}};
        double[][] shorter = {{1, 2, 3}, {4, 5, 6}, {7, 8}};
        double[][] fine = {{1, 2}, {3, 4}};
        double[][] fine3 = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        assertRejects("multiply(a, b) with a ragged a (row 2 longer)", () -> Matrices.multiply(longer, fine),
                "rows must all have the same length", RAGGED, "row 2", "3");
        assertRejects("multiply(a, b) with a ragged a (row 2 shorter)", () -> Matrices.multiply(shorter, fine3),
                "rows must all have the same length", RAGGED, "row 2", "2");
        assertRejects("multiply(a, b) with a ragged b", () -> Matrices.multiply(fine3, shorter),
                "rows must all have the same length", RAGGED, "row 2", "2");
        assertRejects("transpose of a ragged matrix", () -> Matrices.transpose(longer),
                "rows must all have the same length", RAGGED, "row 2", "3");
        assertRejects("trace of a ragged matrix", () -> Matrices.trace(shorter),
                "rows must all have the same length", RAGGED, "row 2", "2");
        assertRejects("multiplyVector with a ragged matrix", () -> Matrices.multiplyVector(longer,
                new double[] {1, 1}), "rows must all have the same length", RAGGED, "row 2", "3");
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects shapes that do not fit, naming both shapes: a 2 × 3 times a 2 × 2, a vector of the wrong length, the trace of a 2 × 3")
    void rejectsShapeMismatch() {
        String shapes = "check the shapes before computing: the columns of a must equal the rows of b (or the length"
                + " of x), and the trace needs a square matrix";
        double[][] a23 = {{1, 2, 3}, {4, 5, 6}};
        assertRejects("multiply(2×3, 2×2)", () -> Matrices.multiply(a23, new double[][] {{1, 2}, {3, 4}}),
                "the columns of a must equal the rows of b", shapes, "2×3", "2×2");
        assertRejects("multiply(2×3, 4×2)", () -> Matrices.multiply(a23, new double[][] {{1, 2}, {3, 4}, {5, 6},
                {7, 8}}), "the columns of a must equal the rows of b", shapes, "2×3", "4×2");
        assertRejects("multiplyVector(2×3, x of length 2)", () -> Matrices.multiplyVector(a23, new double[] {1, 2}),
                "x must have as many entries as a has columns", shapes, "2×3", "2");
        assertRejects("multiplyVector(2×3, x of length 4)", () -> Matrices.multiplyVector(a23, new double[] {1, 2, 3,
                4}), "x must have as many entries as a has columns", shapes, "2×3", "4");
        assertRejects("trace of a 2×3 matrix", () -> Matrices.trace(a23), "the trace needs a square matrix", shapes,
                "square", "2×3");
    }

    @Test
    @Points(2)
    @DisplayName("rejects null, empty and non-finite matrices and identity(0) with an IllegalArgumentException naming the bad value")
    void rejectsInvalidArguments() {
        String check = "validate each matrix where it enters: not null, at least one row and one column, no null row,"
                + " every value finite";
        double[][] fine = {{1, 2}, {3, 4}};
        assertRejects("multiply(null, b)", () -> Matrices.multiply(null, fine), "a must not be null", check, "null");
        assertRejects("multiply(a, null)", () -> Matrices.multiply(fine, null), "b must not be null", check, "null");
        assertRejects("transpose of a matrix with no rows", () -> Matrices.transpose(new double[0][]),
                "at least 1 row", check, "row");
        assertRejects("transpose of a matrix with empty rows", () -> Matrices.transpose(new double[][] {{}, {}}),
                "at least 1 column", check, "column");
        assertRejects("trace with a null row", () -> Matrices.trace(new double[][] {{1, 2}, null}),
                "rows must not be null", check, "row 1");
        assertRejects("multiply with NaN at a[1][0]", () -> Matrices.multiply(new double[][] {{1, 2},
                {Double.NaN, 4}}, fine), "values must be finite", check, "NaN", "[1][0]");
        assertRejects("multiplyVector(a, null)", () -> Matrices.multiplyVector(fine, null), "x must not be null",
                check, "null");
        assertRejects("multiplyVector with x = [1, Infinity]", () -> Matrices.multiplyVector(fine,
                new double[] {1, Double.POSITIVE_INFINITY}), "values must be finite", check, "Infinity");
        assertRejects("identity(0)", () -> Matrices.identity(0), "n must be >= 1", check, "0");
        assertRejects("identity(-2)", () -> Matrices.identity(-2), "n must be >= 1", check, "-2");
    }

    // ---------------------------------------------------------------- helpers

    /** An {@code m × n} matrix of Gaussian entries. */
    private static double[][] randomMatrix(Random random, int m, int n) {
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    private static double[][] deepCopy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    /** Runs the learner's code on valid input, turning an unexpected exception into a failure that says why. */
    private static <T> T call(String what, Supplier<T> code, String likelyMistake) {
        try {
            return code.get();
        } catch (UnsupportedOperationException todo) {
            throw todo; // not attempted yet
        } catch (RuntimeException e) {
            throw Failure.of(what + " threw on valid input")
                    .line("expected", "a result")
                    .line("actual", e.toString())
                    .likelyMistake(likelyMistake).error();
        }
    }

    /** Fails when {@code result}, or one of its rows, is one of the arguments (or their rows). */
    private static void requireFresh(String what, double[][] result, double[][]... arguments) {
        for (double[][] argument : arguments) {
            if (result == argument) {
                throw Failure.of(what + " returned an argument as its result")
                        .line("expected", "a new array").line("actual", "the caller's array").likelyMistake(MUTATED).error();
            }
            for (double[] row : result) {
                for (double[] argumentRow : argument) {
                    if (row == argumentRow) {
                        throw Failure.of(what + " shares a row array with an argument")
                                .line("expected", "new row arrays").line("actual", "a row of the caller's array")
                                .likelyMistake(MUTATED).error();
                    }
                }
            }
        }
    }

    /** Fails unless {@code code} throws IllegalArgumentException whose message contains every fragment. */
    private static void assertRejects(String call, ThrowingCallable code, String rule, String likelyMistake,
                                      String... fragments) {
        Throwable thrown = catchThrowable(code);
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo; // not attempted yet
        }
        if (!(thrown instanceof IllegalArgumentException)) {
            throw Failure.of(call + " was not rejected")
                    .line("expected", "IllegalArgumentException (rule: " + rule + ")")
                    .line("actual", thrown == null ? "returned normally" : "threw " + thrown)
                    .likelyMistake(likelyMistake).error();
        }
        String message = String.valueOf(thrown.getMessage());
        for (String fragment : fragments) {
            if (!message.contains(fragment)) {
                throw Failure.of("the message of " + call + " does not state the rule and the bad value")
                        .line("expected", "a message containing '" + fragment + "' (rule: " + rule + ")")
                        .line("actual", message)
                        .likelyMistake("say which rule was broken and by which value, e.g. \"rows of a must all have"
                                + " length 3, row 2 has 2\"").error();
            }
        }
    }
}
