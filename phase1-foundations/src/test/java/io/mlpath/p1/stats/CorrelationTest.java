package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of covariance, Pearson and Spearman correlation; the hidden tests check much more. */
@Challenge("p1.stats.correlation")
class CorrelationTest {

    /**
     * Column 0 is {@code 1, 2, 3} (mean 2, deviations −1, 0, 1, variance 2/2 = 1); column 1 is twice
     * column 0 (variance 4, covariance with column 0: 2); column 2 is {@code 7 − 2·column 0}
     * (variance 4, covariances −2 and −4).
     */
    @Test
    @Points(1)
    @DisplayName("the covariance matrix of three rows (1, 2, 5), (2, 4, 3), (3, 6, 1) is [[1, 2, −2], [2, 4, −4], [−2, −4, 4]]")
    void covarianceMatrix() {
        double[][] x = {{1, 2, 5}, {2, 4, 3}, {3, 6, 1}};

        ArrayAssertions.assertClose("covarianceMatrix", new double[][] {{1, 2, -2}, {2, 4, -4}, {-2, -4, 4}},
                Correlation.covarianceMatrix(x), Tolerance.absolute(1e-12),
                "one row per observation and one column per variable: S[j][k] = Σ_i (x[i][j] - mean_j)(x[i][k] -"
                        + " mean_k) / (n - 1), a 3 × 3 matrix here");
    }

    /**
     * Deviations from the means 2.5 and 5 are (−1.5, −0.5, 0.5, 1.5) and (−3, −1, 0, 4):
     * {@code Σ dx·dy = 11}, {@code Σ dx² = 5}, {@code Σ dy² = 26}, so {@code r = 11/√130}.
     */
    @Test
    @Points(1)
    @DisplayName("Pearson: r({1, 2, 3, 4}, {2, 4, 5, 9}) = 11/√130 ≈ 0.965, and a falling straight line gives −1")
    void pearson() {
        ArrayAssertions.assertClose("pearson({1, 2, 3, 4}, {2, 4, 5, 9})", 11 / Math.sqrt(130),
                Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}), Tolerance.absolute(1e-12),
                "r = Σ dx·dy / √(Σ dx² · Σ dy²) with dx, dy the deviations from the means");
        ArrayAssertions.assertClose("pearson({1, 2, 3}, {30, 20, 10})", -1,
                Correlation.pearson(new double[] {1, 2, 3}, new double[] {30, 20, 10}), Tolerance.absolute(1e-12),
                "points on a falling straight line have correlation exactly -1");
    }

    /**
     * The two 20s would occupy ranks 2 and 3; they share the average, 2.5. Spearman is Pearson's
     * r of the ranks: {@code y = x³} is not a line, but it is increasing, so the ranks agree.
     */
    @Test
    @Points(2)
    @DisplayName("ties share the average rank (ranks of {10, 20, 20, 30} are 1, 2.5, 2.5, 4) and Spearman of y = x³ is 1")
    void ranksAndSpearman() {
        ArrayAssertions.assertClose("ranks({10, 20, 20, 30})", new double[] {1, 2.5, 2.5, 4},
                Correlation.ranks(new double[] {10, 20, 20, 30}), Tolerance.absolute(1e-12),
                "tied values share the average of the ranks they occupy: the two 20s take ranks 2 and 3, so 2.5 each");
        ArrayAssertions.assertClose("spearman({1, 2, 3, 4}, {1, 8, 27, 64})", 1,
                Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}), Tolerance.absolute(1e-12),
                "Spearman is the Pearson correlation of the ranks, and the ranks of x and x³ are the same");
    }
}
