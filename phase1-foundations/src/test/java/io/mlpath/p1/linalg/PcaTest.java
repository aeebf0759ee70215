package io.mlpath.p1.linalg;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.SignAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of principal component analysis; the hidden tests check much more. */
@Challenge("p1.linalg.pca")
class PcaTest {

    /**
     * Four points {@code (10, 20) + a·(1, 1) + b·(1, −1)} with {@code (a, b)} = (−3, 1), (−1, −1),
     * (1, −1), (3, 1): the spread along {@code (1, 1)} is three times that along {@code (1, −1)}.
     * In the basis {@code u = (1, 1)/√2, w = (1, −1)/√2} the centred scores are {@code a√2} and
     * {@code b√2}, so the variances (divided by n − 1 = 3) are 2·(9+1+1+9)/3 = 40/3 and
     * 2·(1+1+1+1)/3 = 8/3, of a total 16.
     */
    @Test
    @Points(2)
    @DisplayName("finds the long axis of a 2-D cloud elongated along (1, 1)/√2, with variances 40/3 and 8/3")
    void elongatedCloud() {
        double[][] x = {{8, 16}, {8, 20}, {10, 22}, {14, 22}};
        double r = 1 / Math.sqrt(2);

        Pca pca = new Pca(2).fit(x);

        ArrayAssertions.assertClose("mean", new double[] {10, 20}, pca.mean(), Tolerance.absolute(1e-12),
                "the mean is the average of each column");
        SignAssertions.assertSameUpToSign("component 0", new double[] {r, r}, pca.components()[0],
                Tolerance.absolute(1e-9), "the first component is the unit eigenvector of the largest eigenvalue");
        SignAssertions.assertSameUpToSign("component 1", new double[] {r, -r}, pca.components()[1],
                Tolerance.absolute(1e-9), "the second component is orthogonal to the first, with length 1");
        ArrayAssertions.assertClose("explained variance", new double[] {40.0 / 3, 8.0 / 3},
                pca.explainedVariance(), Tolerance.relative(1e-9),
                "is the covariance divided by n - 1 = 3, and are the eigenvalues sorted largest first?");
        ArrayAssertions.assertClose("explained variance ratio", new double[] {5.0 / 6, 1.0 / 6},
                pca.explainedVarianceRatio(), Tolerance.absolute(1e-9),
                "each eigenvalue divided by the total variance 16");
    }

    @Test
    @Points(1)
    @DisplayName("Iris: the first principal component explains about 92.5 % of the variance")
    void irisFirstComponent() {
        double[][] iris = Datasets.iris().features();

        Pca pca = new Pca(2).fit(iris);

        // scikit-learn 1.2.1: PCA(n_components=2).fit(load_iris().data).explained_variance_ratio_
        ArrayAssertions.assertClose("explained variance ratio on Iris", new double[] {0.92461872, 0.05306648},
                pca.explainedVarianceRatio(), Tolerance.absolute(1e-6),
                "the ratio divides by the variance of all 4 components, not only the 2 kept");
    }

    @Test
    @Points(1)
    @DisplayName("with every component kept, inverseTransform(transform(x)) gives x back")
    void roundTrip() {
        double[][] x = {{8, 16}, {8, 20}, {10, 22}, {14, 22}};

        Pca pca = new Pca(2).fit(x);
        double[][] scores = pca.transform(x);

        ArrayAssertions.assertClose("scores of the last row (14, 22)", new double[] {6 / Math.sqrt(2), 2 / Math.sqrt(2)},
                absolute(pca.transform(new double[][] {{14, 22}})[0]), Tolerance.absolute(1e-9),
                "the score is (x - mean) . component, with the mean learned in fit");
        ArrayAssertions.assertClose("inverseTransform(transform(x))", x, pca.inverseTransform(scores),
                Tolerance.absolute(1e-9), "inverseTransform adds the mean back: mean + sum_j z_j * component_j");
    }

    /** Scores are defined up to the sign of their component; compare magnitudes here. */
    private static double[] absolute(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.abs(values[i]);
        }
        return out;
    }
}
