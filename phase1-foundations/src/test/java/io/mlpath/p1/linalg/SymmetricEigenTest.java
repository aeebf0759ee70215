package io.mlpath.p1.linalg;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.SignAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the symmetric eigen-decomposition; the hidden tests check much more. */
@Challenge("p1.linalg.eigen")
class SymmetricEigenTest {

    /**
     * {@code [[2, 1], [1, 2]]·(1, 1) = 3·(1, 1)} and {@code [[2, 1], [1, 2]]·(1, −1) = 1·(1, −1)};
     * divided by their length √2 these are the unit eigenvectors. One Jacobi rotation
     * ({@code τ = 0, t = 1, c = s = 1/√2}) diagonalises the matrix.
     */
    @Test
    @Points(2)
    @DisplayName("[[2, 1], [1, 2]] has eigenvalues 3 and 1, with unit eigenvectors (1, 1)/√2 and (1, −1)/√2")
    void twoByTwo() {
        SymmetricEigen eig = new SymmetricEigen(new double[][] {{2, 1}, {1, 2}});
        double r = 1 / Math.sqrt(2);

        ArrayAssertions.assertClose("eigenvalues", new double[] {3, 1}, eig.eigenvalues(), Tolerance.absolute(1e-12),
                "the eigenvalues are sorted from largest to smallest");
        SignAssertions.assertSameUpToSign("eigenvector 0 (of eigenvalue 3)", new double[] {r, r},
                eig.eigenvectors()[0], Tolerance.absolute(1e-12),
                "row i of eigenvectors() goes with eigenvalues()[i], and has length 1");
        SignAssertions.assertSameUpToSign("eigenvector 1 (of eigenvalue 1)", new double[] {r, -r},
                eig.eigenvectors()[1], Tolerance.absolute(1e-12),
                "row i of eigenvectors() goes with eigenvalues()[i], and has length 1");
    }

    /** A diagonal matrix is its own eigen-decomposition; only the order has to be fixed. */
    @Test
    @Points(1)
    @DisplayName("diag(1, 5, 3) has eigenvalues [5, 3, 1] with eigenvectors e₁, e₂, e₀ (sorted, vectors moved along)")
    void diagonal() {
        SymmetricEigen eig = new SymmetricEigen(new double[][] {{1, 0, 0}, {0, 5, 0}, {0, 0, 3}});

        ArrayAssertions.assertClose("eigenvalues", new double[] {5, 3, 1}, eig.eigenvalues(), Tolerance.absolute(0),
                "sort the eigenvalues from largest to smallest");
        double[][] vectors = eig.eigenvectors();
        SignAssertions.assertSameUpToSign("eigenvector 0 (of eigenvalue 5)", new double[] {0, 1, 0}, vectors[0],
                Tolerance.absolute(0), "move each eigenvector together with its eigenvalue when sorting");
        SignAssertions.assertSameUpToSign("eigenvector 2 (of eigenvalue 1)", new double[] {1, 0, 0}, vectors[2],
                Tolerance.absolute(0), "move each eigenvector together with its eigenvalue when sorting");
    }
}
