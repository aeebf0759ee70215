package io.mlpath.p1.linalg;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of matrix operations; the hidden tests check much more. */
@Challenge("p1.linalg.matrices")
class MatricesTest {

    /**
     * {@code C_ij} is row {@code i} of {@code A} dotted with column {@code j} of {@code B}:
     * {@code C_00 = 1·5 + 2·7 = 19}, {@code C_01 = 1·6 + 2·8 = 22}, {@code C_10 = 3·5 + 4·7 = 43},
     * {@code C_11 = 3·6 + 4·8 = 50}. In the other order the product is different.
     */
    @Test
    @Points(2)
    @DisplayName("[[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[19, 22], [43, 50]], and BA = [[23, 34], [31, 46]] differs")
    void productOfTwoByTwo() {
        double[][] a = {{1, 2}, {3, 4}};
        double[][] b = {{5, 6}, {7, 8}};
        ArrayAssertions.assertClose("multiply(a, b)", new double[][] {{19, 22}, {43, 50}}, Matrices.multiply(a, b),
                Tolerance.absolute(0), "c[i][j] = sum over k of a[i][k] * b[k][j]");
        ArrayAssertions.assertClose("multiply(b, a)", new double[][] {{23, 34}, {31, 46}}, Matrices.multiply(b, a),
                Tolerance.absolute(0), "c[i][j] = sum over k of b[i][k] * a[k][j]: the product does not commute");
    }

    /** A 2 × 3 matrix times a 3 × 2 matrix is 2 × 2; its transpose is 3 × 2. */
    @Test
    @Points(1)
    @DisplayName("a 2 × 3 matrix times a 3 × 2 matrix is 2 × 2; the transpose of a 2 × 3 matrix is 3 × 2")
    void nonSquareShapes() {
        double[][] a = {{1, 2, 3}, {4, 5, 6}};
        double[][] b = {{1, 0}, {0, 1}, {1, -1}};
        ArrayAssertions.assertClose("multiply(a, b)", new double[][] {{4, -1}, {10, -1}}, Matrices.multiply(a, b),
                Tolerance.absolute(0), "the result has the rows of a (2) and the columns of b (2)");
        ArrayAssertions.assertClose("transpose(a)", new double[][] {{1, 4}, {2, 5}, {3, 6}}, Matrices.transpose(a),
                Tolerance.absolute(0), "row i of a becomes column i of the transpose");
    }

    /** {@code Ax} with {@code x = [1, 1]} sums each row; the trace sums the diagonal. */
    @Test
    @Points(1)
    @DisplayName("[[1, 2], [3, 4]] · [1, 1] = [3, 7], its trace is 5, and identity(2) is [[1, 0], [0, 1]]")
    void vectorTraceIdentity() {
        double[][] a = {{1, 2}, {3, 4}};
        ArrayAssertions.assertClose("multiplyVector(a, [1, 1])", new double[] {3, 7},
                Matrices.multiplyVector(a, new double[] {1, 1}), Tolerance.absolute(0),
                "y[i] = sum over k of a[i][k] * x[k]: row i dotted with x");
        ArrayAssertions.assertClose("trace(a)", 5, Matrices.trace(a), Tolerance.absolute(0),
                "the trace is the sum of the diagonal a[0][0] + a[1][1]");
        ArrayAssertions.assertClose("identity(2)", new double[][] {{1, 0}, {0, 1}}, Matrices.identity(2),
                Tolerance.absolute(0), "ones on the diagonal, zeros elsewhere");
    }
}
