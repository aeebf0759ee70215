package io.mlpath.p1.linalg;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of QR by modified Gram-Schmidt and least squares; the hidden tests check much more. */
@Challenge("p1.linalg.qr-least-squares")
class QrDecompositionTest {

    /**
     * {@code a_0 = (3, 4, 0)} has length 5, so {@code q_0 = (0.6, 0.8, 0)}. Then
     * {@code r_01 = q_0 · a_1 = 4}, and {@code a_1 − 4 q_0 = (−2.4, 1.8, 4)} has length 5, so
     * {@code q_1 = (−0.48, 0.36, 0.8)}.
     */
    @Test
    @Points(2)
    @DisplayName("factors [[3, 0], [4, 5], [0, 4]] as Q = [[0.6, −0.48], [0.8, 0.36], [0, 0.8]], R = [[5, 4], [0, 5]]")
    void smallExample() {
        QrDecomposition qr = new QrDecomposition(new double[][] {{3, 0}, {4, 5}, {0, 4}});

        ArrayAssertions.assertClose("R", new double[][] {{5, 4}, {0, 5}}, qr.r(), Tolerance.absolute(1e-12),
                "r_ij = q_i · v (the running vector), r_jj = the length of what is left of a_j; zero below the diagonal");
        ArrayAssertions.assertClose("Q", new double[][] {{0.6, -0.48}, {0.8, 0.36}, {0, 0.8}}, qr.q(),
                Tolerance.absolute(1e-12), "column j of Q is what is left of column j of A, divided by its length");
    }

    /**
     * {@code b = A·(1, 1) + (16, −12, 15)}, and {@code (16, −12, 15)} is orthogonal to both
     * columns of {@code A}, so the least-squares solution is {@code (1, 1)} with residual norm 25.
     */
    @Test
    @Points(1)
    @DisplayName("least squares recovers x = (1, 1) when b = A·(1, 1) plus a residual orthogonal to A's columns")
    void leastSquaresExample() {
        QrDecomposition qr = new QrDecomposition(new double[][] {{3, 0}, {4, 5}, {0, 4}});

        ArrayAssertions.assertClose("x minimising ‖Ax - b‖ for b = (19, -3, 19)", new double[] {1, 1},
                qr.leastSquares(new double[] {19, -3, 19}), Tolerance.absolute(1e-12),
                "compute z = Qᵀb, then solve the triangular system Rx = z from the last row up");
    }

    /** The line through (0, 1), (1, 2), (2, 2), (3, 4) closest in squared error: slope Sxy/Sxx = 4.5/5. */
    @Test
    @Points(1)
    @DisplayName("fits the line y = 0.9 + 0.9·t to the points (0, 1), (1, 2), (2, 2), (3, 4)")
    void lineFit() {
        double[][] a = {{1, 0}, {1, 1}, {1, 2}, {1, 3}};

        double[] x = new QrDecomposition(a).leastSquares(new double[] {1, 2, 2, 4});

        ArrayAssertions.assertClose("(intercept, slope)", new double[] {0.9, 0.9}, x, Tolerance.absolute(1e-12),
                "column 0 of A is all ones (the intercept), column 1 holds t");
    }
}
