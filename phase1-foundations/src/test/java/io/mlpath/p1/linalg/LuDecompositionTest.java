package io.mlpath.p1.linalg;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of LU decomposition with partial pivoting; the hidden tests check much more. */
@Challenge("p1.linalg.solve")
class LuDecompositionTest {

    /**
     * Strang's example. Column 0's largest entry is the 4 in row 1, so rows 0 and 1 swap; the
     * multipliers 2/4 and −2/4 clear column 0, then 4/4 clears column 1:
     * {@code U = [[4, −6, 0], [0, 4, 1], [0, 0, 1]]}, one swap, so {@code det = −(4·4·1) = −16}.
     * Forward substitution on {@code Pb = (−2, 5, 9)} gives {@code y = (−2, 6, 2)}, back
     * substitution {@code x = (1, 1, 2)}.
     */
    @Test
    @Points(2)
    @DisplayName("factors a 3 × 3 matrix as PA = LU, then solves Ax = (5, −2, 9) as x = (1, 1, 2)")
    void strangExample() {
        double[][] a = {{2, 1, 1}, {4, -6, 0}, {-2, 7, 2}};

        LuDecomposition lu = new LuDecomposition(a);

        ArrayAssertions.assertClose("pivot (row i of PA is row pivot[i] of A)", new double[] {1, 0, 2},
                toDoubles(lu.pivot()), Tolerance.absolute(0),
                "pick, in each column, the row (at or below the diagonal) whose entry has the largest magnitude");
        ArrayAssertions.assertClose("L", new double[][] {{1, 0, 0}, {0.5, 1, 0}, {-0.5, 1, 1}}, lu.lower(),
                Tolerance.absolute(1e-12), "L holds the multipliers l_ik = a_ik / a_kk below a diagonal of ones");
        ArrayAssertions.assertClose("U", new double[][] {{4, -6, 0}, {0, 4, 1}, {0, 0, 1}}, lu.upper(),
                Tolerance.absolute(1e-12), "U is what elimination leaves of A, zero below the diagonal");
        ArrayAssertions.assertClose("x solving Ax = (5, -2, 9)", new double[] {1, 1, 2},
                lu.solve(new double[] {5, -2, 9}), Tolerance.absolute(1e-12),
                "solve Ly = Pb (b permuted like the rows of A), then Ux = y from the last row up");
        ArrayAssertions.assertClose("determinant", -16, lu.determinant(), Tolerance.absolute(1e-12),
                "det(A) = (-1)^(number of row swaps) * (product of the diagonal of U)");
    }

    @Test
    @Points(1)
    @DisplayName("the permutation [[0, 1], [1, 0]] has a zero first pivot: swapping rows solves it, and det = −1")
    void swapMatrix() {
        LuDecomposition lu = new LuDecomposition(new double[][] {{0, 1}, {1, 0}});

        ArrayAssertions.assertClose("x solving [[0, 1], [1, 0]] x = (3, 7)", new double[] {7, 3},
                lu.solve(new double[] {3, 7}), Tolerance.absolute(1e-12),
                "the first pivot is 0: swap in the row with the largest entry of the column before dividing");
        ArrayAssertions.assertClose("det [[0, 1], [1, 0]]", -1, lu.determinant(), Tolerance.absolute(1e-12),
                "each row swap flips the sign of the determinant");
    }

    @Test
    @Points(1)
    @DisplayName("the inverse of [[4, 7], [2, 6]] is [[0.6, −0.7], [−0.2, 0.4]]")
    void inverse2x2() {
        LuDecomposition lu = new LuDecomposition(new double[][] {{4, 7}, {2, 6}});

        ArrayAssertions.assertClose("inverse of [[4, 7], [2, 6]]", new double[][] {{0.6, -0.7}, {-0.2, 0.4}},
                lu.inverse(), Tolerance.absolute(1e-12),
                "column j of the inverse is the solution of Ax = e_j (store it as a column, not a row)");
    }

    private static double[] toDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
