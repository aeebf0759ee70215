package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the three tests; the hidden tests check much more. The p-values were
 * computed with Apache Commons Math 3.6.1 ({@code TTest}, {@code ChiSquareTest}).
 */
@Challenge("p1.stats.hypothesis-tests")
class HypothesisTestsTest {

    /**
     * {@code {1, 2, 3, 4, 5}} against {@code μ0 = 1}: {@code x̄ = 3}, {@code s² = 10/4 = 2.5},
     * standard error {@code √(2.5/5) = 1/√2}, so {@code t = 2/(1/√2) = 2√2} with 4 degrees of
     * freedom.
     */
    @Test
    @Points(1)
    @DisplayName("one-sample t: {1, 2, 3, 4, 5} against μ0 = 1 gives t = 2√2, df = 4, two-sided p = 0.0474")
    void oneSample() {
        HypothesisTests.Result result = HypothesisTests.oneSampleT(new double[] {1, 2, 3, 4, 5}, 1);

        ArrayAssertions.assertClose("t", 2 * Math.sqrt(2), result.statistic(), Tolerance.relative(1e-12),
                "t = (mean - mu0) / (s / sqrt(n)), with s² = sum (x - mean)² / (n - 1)");
        ArrayAssertions.assertClose("degrees of freedom", 4, result.degreesOfFreedom(), Tolerance.absolute(0),
                "a one-sample t-test has n - 1 degrees of freedom");
        ArrayAssertions.assertClose("p-value", 0.0474206555843196, result.pValue(), Tolerance.relative(1e-9),
                "the two-sided p-value is 2 * studentTCdf(-|t|, df)");
    }

    /**
     * {@code a = {1, …, 5}} (mean 3, {@code s² = 2.5}) and {@code b = {2, 4, …, 12}} (mean 7,
     * {@code s² = 14}): {@code s_a²/n_a = 1/2}, {@code s_b²/n_b = 7/3}, their sum {@code 17/6};
     * {@code t = −4/√(17/6)} and {@code ν = (17/6)² / ((1/2)²/4 + (7/3)²/5)}.
     */
    @Test
    @Points(2)
    @DisplayName("Welch: {1..5} against {2, 4, .., 12} gives t = −4/√(17/6) = −2.3764 and ν = 6.9723, p = 0.0493")
    void welch() {
        HypothesisTests.Result result = HypothesisTests.welchT(new double[] {1, 2, 3, 4, 5},
                new double[] {2, 4, 6, 8, 10, 12});

        ArrayAssertions.assertClose("t", -4 / Math.sqrt(17.0 / 6), result.statistic(), Tolerance.relative(1e-12),
                "each sample keeps its own variance over its own size: sqrt(s_a²/n_a + s_b²/n_b); no pooling");
        double nu = (17.0 / 6) * (17.0 / 6) / (0.25 / 4 + (49.0 / 9) / 5);
        ArrayAssertions.assertClose("Welch–Satterthwaite degrees of freedom", nu, result.degreesOfFreedom(),
                Tolerance.relative(1e-12), "(s_a²/n_a + s_b²/n_b)² / ((s_a²/n_a)²/(n_a - 1) + (s_b²/n_b)²/(n_b - 1)),"
                        + " not n_a + n_b - 2 = 9");
        ArrayAssertions.assertClose("p-value", 0.04928433820673039, result.pValue(), Tolerance.relative(1e-9),
                "the two-sided p-value is 2 * studentTCdf(-|t|, ν), with the non-integer ν");
    }

    /**
     * {@code {{10, 20}, {20, 10}}}: every row and column totals 30 of 60, so every expected
     * count is 15 and {@code χ² = 4 · 5²/15 = 20/3} with {@code (2 − 1)(2 − 1) = 1} degree of freedom.
     */
    @Test
    @Points(1)
    @DisplayName("chi-square: {{10, 20}, {20, 10}} gives χ² = 20/3 with 1 degree of freedom, p = 0.0098")
    void chiSquare() {
        HypothesisTests.Result result = HypothesisTests.chiSquareIndependence(new long[][] {{10, 20}, {20, 10}});

        ArrayAssertions.assertClose("χ²", 20.0 / 3, result.statistic(), Tolerance.relative(1e-12),
                "E_ij = rowTotal_i * columnTotal_j / N = 15 here; chi² = sum (O - E)² / E");
        ArrayAssertions.assertClose("degrees of freedom", 1, result.degreesOfFreedom(), Tolerance.absolute(0),
                "df = (rows - 1) * (columns - 1)");
        ArrayAssertions.assertClose("p-value", 0.009823274507519186, result.pValue(), Tolerance.relative(1e-9),
                "the p-value is the upper tail P(chi²_df >= chi²) = regularizedGammaQ(df / 2, chi² / 2)");
    }
}
