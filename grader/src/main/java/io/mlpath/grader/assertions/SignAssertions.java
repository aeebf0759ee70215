package io.mlpath.grader.assertions;

/**
 * Compares eigenvectors, principal components and singular vectors, which are defined only up
 * to sign: {@code v} and {@code -v} are the same answer.
 *
 * <p>For each pair the sign of {@code actual} is chosen to best match {@code expected} (the sign
 * of their dot product), then the components are compared within the tolerance. For subspaces
 * spanned by several vectors with equal eigenvalues, use {@link #assertSameSubspace}.
 *
 * <pre>{@code
 * SignAssertions.assertSameUpToSign("component 0", new double[] {0.36, -0.08, 0.86, 0.36},
 *         pca.components()[0], Tolerance.absolute(1e-6), "is each component normalised to length 1?");
 * }</pre>
 */
public final class SignAssertions {

    private SignAssertions() {
    }

    /** Fails unless {@code actual} or {@code -actual} is within tolerance of {@code expected}. */
    public static void assertSameUpToSign(String what, double[] expected, double[] actual, Tolerance tolerance,
                                          String likelyMistake) {
        if (actual == null || actual.length != expected.length) {
            ArrayAssertions.assertClose(what, expected, actual, tolerance, likelyMistake);
            return;
        }
        double dot = 0;
        for (int i = 0; i < expected.length; i++) {
            dot += expected[i] * actual[i];
        }
        double[] aligned = actual.clone();
        if (dot < 0) {
            for (int i = 0; i < aligned.length; i++) {
                aligned[i] = -aligned[i];
            }
        }
        ArrayAssertions.assertClose(what + (dot < 0 ? " (sign flipped to match)" : ""), expected, aligned,
                tolerance, likelyMistake);
    }

    /**
     * Fails unless the rows of {@code actual} span the same subspace as the rows of
     * {@code expected}; both sets must be orthonormal.
     *
     * <p>Two orthonormal bases span the same subspace exactly when their projection matrices
     * {@code P = BᵀB} are equal; the entries of the two projectors are compared within tolerance.
     */
    public static void assertSameSubspace(String what, double[][] expected, double[][] actual, Tolerance tolerance,
                                          String likelyMistake) {
        if (actual == null || actual.length != expected.length) {
            throw Failure.of(what + " spans a subspace of the wrong dimension")
                    .line("expected", expected.length + " basis vectors")
                    .line("actual", actual == null ? "null" : actual.length + " basis vectors")
                    .likelyMistake(likelyMistake).error();
        }
        ArrayAssertions.assertClose(what + " (as the projection matrix onto the subspace)",
                projector(expected), projector(actual), tolerance, likelyMistake);
    }

    private static double[][] projector(double[][] basis) {
        int d = basis[0].length;
        double[][] p = new double[d][d];
        for (double[] b : basis) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    p[i][j] += b[i] * b[j];
                }
            }
        }
        return p;
    }
}
