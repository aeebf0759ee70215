package io.mlpath.p1.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link HypothesisTests}.
 *
 * <p>Oracles: Commons Math 3.6.1's {@link TTest} ({@code t}, {@code tTest} and its protected
 * Welch–Satterthwaite {@code df}), {@link ChiSquareTest}, {@link TDistribution} and
 * {@link ChiSquaredDistribution}; exact closed forms on hand-computed examples; and the defining
 * property of a test at level α: under H0 it rejects a fraction α of the time. The rejection
 * rates are counted over 2,000 seeded trials each ({@code Seeds.of}); the accepted band
 * [0.035, 0.065] is about ±3 binomial standard errors ({@code √(0.05 · 0.95 / 2000) = 0.0049})
 * around 0.05. The bounds hold for seed offsets 0..19 ({@code -Dmlpath.seed.offset}).
 *
 * <p>The learner's CDFs are compared with Commons directly, to an absolute 1e-12 (the accuracy of
 * a far tail is graded once, by the tiny-p-value test); the given incomplete beta and gamma
 * functions are never tested on their own (they are not the learner's work).
 */
@Challenge("p1.stats.hypothesis-tests")
class HypothesisTestsGradingTest {

    private static final double ALPHA = 0.05;
    private static final int TRIALS = 2000;
    private static final double LOWEST_RATE = 0.035;
    private static final double HIGHEST_RATE = 0.065;

    private static final String SAMPLE_SD = "is s the sample standard deviation (squared deviations divided by n - 1),"
            + " not the population one (divided by n)?";
    private static final String POOLED = "is the standard error pooled, sqrt(sp² (1/n_a + 1/n_b)) with"
            + " sp² = ((n_a - 1) s_a² + (n_b - 1) s_b²) / (n_a + n_b - 2)? Welch keeps each variance over its own"
            + " size: sqrt(s_a²/n_a + s_b²/n_b)";
    private static final String WELCH_DF = "the Welch–Satterthwaite df is (s_a²/n_a + s_b²/n_b)² /"
            + " ((s_a²/n_a)²/(n_a - 1) + (s_b²/n_b)²/(n_b - 1)), not the pooled n_a + n_b - 2, and it is not rounded";
    private static final String ONE_SIDED = "is the p-value one-sided? A two-sided p counts both tails:"
            + " p = 2 * studentTCdf(-|t|, df)";
    private static final String TAIL = "compute p from the tail it lies in, 2 * studentTCdf(-|t|, df); the form"
            + " 2 * (1 - studentTCdf(|t|, df)) subtracts two numbers close to 1 and rounds a tiny p to 0";
    private static final String EXPECTED = "the expected count is E_ij = rowTotal_i * columnTotal_j / N, and"
            + " chi² = sum over every cell of (O_ij - E_ij)² / E_ij";
    private static final String CHI_DF = "the degrees of freedom of an r × c table are (r - 1)(c - 1), not r·c - 1";
    private static final String CHI_TAIL = "the chi-square p-value is the upper tail P(chi²_df >= chi²)"
            + " = regularizedGammaQ(df / 2, chi² / 2) = 1 - chiSquareCdf(chi², df)";

    /** Exposes Commons' Welch–Satterthwaite formula, which {@link TTest} keeps protected. */
    private static final class CommonsWelch extends TTest {
        double degreesOfFreedom(double[] a, double[] b) {
            Variance variance = new Variance();
            return df(variance.evaluate(a), variance.evaluate(b), a.length, b.length);
        }
    }

    // ---------------------------------------------------------------- one-sample t

    @Test
    @Points(3)
    @DisplayName("one-sample t: the statistic and df = n − 1 match Commons TTest on seeded samples of 5 to 40 values")
    void oneSampleStatisticMatchesCommons() {
        Random random = new Random(Seeds.of(101));
        TTest commons = new TTest();
        for (int n : new int[] {5, 12, 40}) {
            double[] sample = normal(random, n, 10, 3);
            double mu0 = 10 + random.nextGaussian();
            HypothesisTests.Result result = HypothesisTests.oneSampleT(sample.clone(), mu0);
            ArrayAssertions.assertClose("t of a sample of " + n + " against mu0 = " + mu0, commons.t(mu0, sample),
                    result.statistic(), Tolerance.relative(1e-10), SAMPLE_SD);
            ArrayAssertions.assertClose("df of a sample of " + n, n - 1, result.degreesOfFreedom(),
                    Tolerance.absolute(0), "a one-sample t-test has n - 1 degrees of freedom");
        }
    }

    @Test
    @Points(3)
    @DisplayName("one-sample t: the two-sided p-value matches Commons TTest on seeded samples of 5 to 40 values")
    void oneSamplePValueMatchesCommons() {
        Random random = new Random(Seeds.of(102));
        TTest commons = new TTest();
        for (int n : new int[] {5, 12, 40}) {
            double[] sample = normal(random, n, 0, 1);
            double mu0 = 0.5 * random.nextGaussian();
            ArrayAssertions.assertClose("two-sided p of a sample of " + n + " against mu0 = " + mu0,
                    commons.tTest(mu0, sample), HypothesisTests.oneSampleT(sample, mu0).pValue(),
                    Tolerance.relative(1e-8), ONE_SIDED + " Or " + SAMPLE_SD);
        }
    }

    @Test
    @Points(2)
    @DisplayName("p-values are two-sided: a sample whose mean equals μ0 has p = 1, and mirroring it about μ0 keeps p")
    void pValuesAreTwoSided() {
        HypothesisTests.Result centred = HypothesisTests.oneSampleT(new double[] {1, 2, 6, 7}, 4);
        ArrayAssertions.assertClose("p of {1, 2, 6, 7} against its own mean 4 (t = 0)", 1, centred.pValue(),
                Tolerance.absolute(1e-12), ONE_SIDED + " (a one-sided p would be 0.5 here)");

        HypothesisTests.Result above = HypothesisTests.oneSampleT(new double[] {5, 7, 8, 9, 11}, 6);
        HypothesisTests.Result below = HypothesisTests.oneSampleT(new double[] {7, 5, 4, 3, 1}, 6);
        ArrayAssertions.assertClose("t of the mirrored sample {7, 5, 4, 3, 1} against 6", -above.statistic(),
                below.statistic(), Tolerance.relative(1e-12), "t = (mean - mu0) / (s / sqrt(n)) keeps its sign");
        ArrayAssertions.assertClose("p of {7, 5, 4, 3, 1} against 6 (the mirror image of {5, 7, 8, 9, 11})",
                above.pValue(), below.pValue(), Tolerance.relative(1e-12),
                ONE_SIDED + " A two-sided p depends on |t| only");
        double expected = 2 * new TDistribution(4).cumulativeProbability(-Math.abs(above.statistic()));
        ArrayAssertions.assertClose("p of {5, 7, 8, 9, 11} against 6", expected, above.pValue(),
                Tolerance.relative(1e-9), ONE_SIDED);
    }

    @Test
    @Points(3)
    @DisplayName("one-sample t under H0 rejects at α = 0.05 in 3.5 % to 6.5 % of 2,000 seeded trials")
    void oneSampleRejectionRateUnderNull() {
        Random random = new Random(Seeds.of(103));
        int rejections = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] sample = normal(random, 12, 5, 2);
            if (HypothesisTests.oneSampleT(sample, 5).pValue() < ALPHA) {
                rejections++;
            }
        }
        assertRejectionRate("one-sample t-tests of a true H0 (n = 12, mean 5)", rejections,
                ONE_SIDED + " (a one-sided p rejects about 10 %) Or " + SAMPLE_SD + " (too many rejections)");
    }

    // ---------------------------------------------------------------- Welch two-sample t

    @Test
    @Points(3)
    @DisplayName("Welch: t matches Commons TTest.t on seeded samples with unequal variances and sizes")
    void welchStatisticMatchesCommons() {
        Random random = new Random(Seeds.of(201));
        TTest commons = new TTest();
        int[][] sizes = {{6, 30}, {25, 8}, {15, 15}};
        double[][] sds = {{4, 1}, {0.5, 3}, {1, 2}};
        for (int c = 0; c < sizes.length; c++) {
            double[] a = normal(random, sizes[c][0], 1, sds[c][0]);
            double[] b = normal(random, sizes[c][1], 0, sds[c][1]);
            ArrayAssertions.assertClose("Welch t for n_a = " + a.length + ", n_b = " + b.length, commons.t(a, b),
                    HypothesisTests.welchT(a, b).statistic(), Tolerance.relative(1e-10), POOLED);
        }
    }

    @Test
    @Points(3)
    @DisplayName("Welch: the degrees of freedom are the Welch–Satterthwaite value (as Commons), not rounded")
    void welchDegreesOfFreedomMatchCommons() {
        Random random = new Random(Seeds.of(202));
        CommonsWelch commons = new CommonsWelch();
        int[][] sizes = {{6, 30}, {25, 8}, {15, 15}};
        double[][] sds = {{4, 1}, {0.5, 3}, {1, 2}};
        for (int c = 0; c < sizes.length; c++) {
            double[] a = normal(random, sizes[c][0], 0, sds[c][0]);
            double[] b = normal(random, sizes[c][1], 0, sds[c][1]);
            ArrayAssertions.assertClose("Welch–Satterthwaite df for n_a = " + a.length + ", n_b = " + b.length,
                    commons.degreesOfFreedom(a, b), HypothesisTests.welchT(a, b).degreesOfFreedom(),
                    Tolerance.relative(1e-10), WELCH_DF);
        }
    }

    @Test
    @Points(3)
    @DisplayName("Welch: the two-sided p-value matches Commons TTest.tTest on seeded samples")
    void welchPValueMatchesCommons() {
        Random random = new Random(Seeds.of(203));
        TTest commons = new TTest();
        int[][] sizes = {{6, 30}, {25, 8}, {15, 15}};
        double[][] sds = {{4, 1}, {0.5, 3}, {1, 2}};
        for (int c = 0; c < sizes.length; c++) {
            double[] a = normal(random, sizes[c][0], 0.8, sds[c][0]);
            double[] b = normal(random, sizes[c][1], 0, sds[c][1]);
            ArrayAssertions.assertClose("Welch two-sided p for n_a = " + a.length + ", n_b = " + b.length,
                    commons.tTest(a, b), HypothesisTests.welchT(a, b).pValue(), Tolerance.relative(1e-8),
                    ONE_SIDED + " Or " + POOLED + " Or " + WELCH_DF);
        }
    }

    /**
     * {@code a = {2, 4, 6, 8}}: mean 5, {@code s² = 20/3}, {@code s²/n = 5/3}; {@code b = {10, 12, 14}}:
     * mean 12, {@code s² = 4}, {@code s²/n = 4/3}. Welch: {@code t = −7/√3},
     * {@code ν = 3² / ((5/3)²/3 + (4/3)²/2) = 243/49}. Pooled would give {@code t = −3.873}, df 5.
     */
    @Test
    @Points(2)
    @DisplayName("Welch: {2, 4, 6, 8} against {10, 12, 14} gives t = −7/√3 and ν = 243/49, antisymmetric in a and b")
    void welchHandComputed() {
        double[] a = {2, 4, 6, 8};
        double[] b = {10, 12, 14};
        HypothesisTests.Result ab = HypothesisTests.welchT(a, b);
        ArrayAssertions.assertClose("Welch t of {2, 4, 6, 8} against {10, 12, 14}", -7 / Math.sqrt(3), ab.statistic(),
                Tolerance.relative(1e-12), POOLED + " (the pooled t would be -3.873)");
        ArrayAssertions.assertClose("Welch df of {2, 4, 6, 8} against {10, 12, 14}", 243.0 / 49,
                ab.degreesOfFreedom(), Tolerance.relative(1e-12), WELCH_DF + " (the pooled df would be 5)");
        HypothesisTests.Result ba = HypothesisTests.welchT(b, a);
        ArrayAssertions.assertClose("t with the samples swapped", -ab.statistic(), ba.statistic(),
                Tolerance.relative(1e-12), "t = (mean_a - mean_b) / SE changes sign when a and b swap");
        ArrayAssertions.assertClose("p with the samples swapped", ab.pValue(), ba.pValue(), Tolerance.relative(1e-12),
                ONE_SIDED);
    }

    @Test
    @Points(4)
    @DisplayName("Welch under H0 rejects at α = 0.05 in 3.5 % to 6.5 % of 2,000 seeded trials with n = 6 (σ = 4) vs n = 30 (σ = 1)")
    void welchRejectionRateUnderNull() {
        Random random = new Random(Seeds.of(204));
        int rejections = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] a = normal(random, 6, 3, 4);
            double[] b = normal(random, 30, 3, 1);
            if (HypothesisTests.welchT(a, b).pValue() < ALPHA) {
                rejections++;
            }
        }
        assertRejectionRate("Welch tests of a true H0 (equal means, n = 6 with σ = 4 against n = 30 with σ = 1)",
                rejections, POOLED + " (pooling the small, noisy sample with the large, quiet one rejects a true H0"
                        + " far too often) Or " + ONE_SIDED + " (a one-sided p rejects about 10 %)");
    }

    @Test
    @Points(2)
    @DisplayName("a tiny p-value keeps its digits: t ≈ 39.6 with 19 df gives p ≈ 1.02e-19, not 0")
    void tinyPValueKeepsItsDigits() {
        double[] sample = new double[20];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = 10 + (i % 2 == 0 ? 1 : -1) * (1 + i / 10.0);
        }
        double mu0 = -8.5;
        double expected = new TTest().tTest(mu0, sample);
        ArrayAssertions.assertClose("p of a sample whose t is " + new TTest().t(mu0, sample), expected,
                HypothesisTests.oneSampleT(sample, mu0).pValue(), Tolerance.relative(1e-6), TAIL);
    }

    // ---------------------------------------------------------------- the CDFs

    @Test
    @Points(3)
    @DisplayName("studentTCdf matches Commons TDistribution for t in [−30, 30] and df from 0.5 to 200, integer or not")
    void studentTCdfMatchesCommons() {
        double[] dfs = {0.5, 1, 2, 3.7, 6.9723, 10, 29.5, 200};
        double[] ts = {-30, -6, -2.5, -1, -0.25, 0, 0.25, 1, 2.5, 6, 30};
        for (double df : dfs) {
            TDistribution commons = new TDistribution(df);
            for (double t : ts) {
                double expected = commons.cumulativeProbability(t);
                ArrayAssertions.assertClose("studentTCdf(" + t + ", " + df + ")", expected,
                        HypothesisTests.studentTCdf(t, df), Tolerance.absolute(1e-12),
                        "for t <= 0, F(t) = 0.5 * I_{df/(df + t²)}(df/2, 1/2); for t > 0, F(t) = 1 - F(-t)."
                                + " Is the incomplete beta called with x = df/(df + t²), a = df/2, b = 1/2?");
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("chiSquareCdf matches Commons ChiSquaredDistribution for x in [0, 60] and df from 1 to 50, and is 0 for x ≤ 0")
    void chiSquareCdfMatchesCommons() {
        double[] dfs = {1, 2, 3, 4.5, 9, 50};
        double[] xs = {0.01, 0.5, 1, 2, 3.84, 7, 12, 25, 60};
        for (double df : dfs) {
            ChiSquaredDistribution commons = new ChiSquaredDistribution(df);
            for (double x : xs) {
                ArrayAssertions.assertClose("chiSquareCdf(" + x + ", " + df + ")", commons.cumulativeProbability(x),
                        HypothesisTests.chiSquareCdf(x, df), Tolerance.absolute(1e-13),
                        "the chi-square CDF is P(df/2, x/2) = regularizedGammaP(df / 2, x / 2): both arguments halved");
            }
            ArrayAssertions.assertClose("chiSquareCdf(-1, " + df + ")", 0, HypothesisTests.chiSquareCdf(-1, df),
                    Tolerance.absolute(0), "a chi-square variable is never negative: the CDF is 0 for x <= 0");
        }
    }

    // ---------------------------------------------------------------- chi-square independence

    @Test
    @Points(3)
    @DisplayName("chi-square: χ², df = (r − 1)(c − 1) and p match Commons ChiSquareTest on seeded 2×2, 3×4 and 5×3 tables")
    void chiSquareMatchesCommons() {
        Random random = new Random(Seeds.of(301));
        ChiSquareTest commons = new ChiSquareTest();
        int[][] shapes = {{2, 2}, {3, 4}, {5, 3}};
        for (int[] shape : shapes) {
            long[][] table = new long[shape[0]][shape[1]];
            for (long[] row : table) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = 5 + random.nextInt(40);
                }
            }
            long[][] copy = Arrays.stream(table).map(long[]::clone).toArray(long[][]::new);
            String where = shape[0] + "×" + shape[1] + " table " + Arrays.deepToString(table);
            HypothesisTests.Result result = HypothesisTests.chiSquareIndependence(copy);
            ArrayAssertions.assertClose("χ² of the " + where, commons.chiSquare(table), result.statistic(),
                    Tolerance.relative(1e-12), EXPECTED);
            ArrayAssertions.assertClose("df of the " + where, (shape[0] - 1) * (shape[1] - 1),
                    result.degreesOfFreedom(), Tolerance.absolute(0), CHI_DF);
            ArrayAssertions.assertClose("p of the " + where, commons.chiSquareTest(table), result.pValue(),
                    Tolerance.absolute(1e-12), CHI_TAIL + " Or " + CHI_DF);
            if (!Arrays.deepEquals(table, copy)) {
                throw Failure.of("chiSquareIndependence changed its input").expected(Arrays.deepToString(table))
                        .actual(Arrays.deepToString(copy))
                        .likelyMistake("compute the totals into new arrays; never write into observed").error();
            }
        }
    }

    /**
     * {@code {{30, 10, 20}, {10, 20, 10}}}: row totals 60 and 40, column totals 40, 30, 30 of
     * 100; expected {@code {{24, 18, 18}, {16, 12, 12}}}; {@code χ² = 36/24 + 64/18 + 4/18 + 36/16 +
     * 64/12 + 4/12 = 1.5 + 3.7778 + 2.25 + 5.6667 = 13.1944}, df 2, p {@code = e^{−χ²/2}} (the
     * chi-square upper tail with 2 df is {@code e^{−x/2}}).
     */
    @Test
    @Points(2)
    @DisplayName("chi-square: a hand-computed 2×3 table gives χ² = 13.1944, df 2, p = e^(−χ²/2); transposing changes nothing")
    void chiSquareHandComputed() {
        long[][] table = {{30, 10, 20}, {10, 20, 10}};
        double chi2 = 36.0 / 24 + 64.0 / 18 + 4.0 / 18 + 36.0 / 16 + 64.0 / 12 + 4.0 / 12;
        HypothesisTests.Result result = HypothesisTests.chiSquareIndependence(table);
        ArrayAssertions.assertClose("χ² of {{30, 10, 20}, {10, 20, 10}}", chi2, result.statistic(),
                Tolerance.relative(1e-12), EXPECTED + " (here E = {{24, 18, 18}, {16, 12, 12}})");
        ArrayAssertions.assertClose("df of a 2×3 table", 2, result.degreesOfFreedom(), Tolerance.absolute(0), CHI_DF);
        ArrayAssertions.assertClose("p of {{30, 10, 20}, {10, 20, 10}}", Math.exp(-chi2 / 2), result.pValue(),
                Tolerance.relative(1e-10), CHI_TAIL + " Or " + CHI_DF);

        HypothesisTests.Result transposed = HypothesisTests.chiSquareIndependence(
                new long[][] {{30, 10}, {10, 20}, {20, 10}});
        ArrayAssertions.assertClose("χ² of the transposed 3×2 table", chi2, transposed.statistic(),
                Tolerance.relative(1e-12), "independence is symmetric: rows and columns play the same role");
        ArrayAssertions.assertClose("df of the transposed 3×2 table", 2, transposed.degreesOfFreedom(),
                Tolerance.absolute(0), CHI_DF);
    }

    @Test
    @Points(3)
    @DisplayName("chi-square under independence rejects at α = 0.05 in 3.5 % to 6.5 % of 2,000 seeded 3×3 tables of 300")
    void chiSquareRejectionRateUnderNull() {
        Random random = new Random(Seeds.of(302));
        double[] rowShares = {0.2, 0.3, 0.5};
        double[] columnShares = {0.25, 0.35, 0.4};
        int rejections = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            long[][] table = new long[3][3];
            for (int k = 0; k < 300; k++) {
                table[category(random, rowShares)][category(random, columnShares)]++;
            }
            if (HypothesisTests.chiSquareIndependence(table).pValue() < ALPHA) {
                rejections++;
            }
        }
        assertRejectionRate("chi-square tests of independent row and column variables (3×3, 300 counts)", rejections,
                CHI_DF + " (too few rejections) Or " + CHI_TAIL);
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(2)
    @DisplayName("the t-tests reject null, too-short, non-finite and constant samples with IllegalArgumentException naming the rule")
    void tTestsRejectInvalidSamples() {
        assertRejects("oneSampleT(null, 0)", () -> HypothesisTests.oneSampleT(null, 0), "sample must not be null",
                "null");
        assertRejects("oneSampleT({3}, 0)", () -> HypothesisTests.oneSampleT(new double[] {3}, 0),
                "at least 2 values", "2", "1");
        assertRejects("oneSampleT({1, NaN, 3}, 0)", () -> HypothesisTests.oneSampleT(new double[] {1, Double.NaN, 3}, 0),
                "values must be finite", "NaN");
        assertRejects("oneSampleT({1, 2, 3}, NaN)", () -> HypothesisTests.oneSampleT(new double[] {1, 2, 3}, Double.NaN),
                "mu0 must be finite", "NaN");
        assertRejects("oneSampleT({4, 4, 4}, 0)", () -> HypothesisTests.oneSampleT(new double[] {4, 4, 4}, 0),
                "a constant sample has standard error 0", "4");
        assertRejects("welchT({1, 2}, null)", () -> HypothesisTests.welchT(new double[] {1, 2}, null),
                "b must not be null", "null");
        assertRejects("welchT({1}, {1, 2})", () -> HypothesisTests.welchT(new double[] {1}, new double[] {1, 2}),
                "at least 2 values", "1");
        assertRejects("welchT({1, 2}, {1, Infinity})",
                () -> HypothesisTests.welchT(new double[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY}),
                "values must be finite", "Infinity");
        assertRejects("welchT({2, 2}, {5, 5, 5})", () -> HypothesisTests.welchT(new double[] {2, 2}, new double[] {5, 5, 5}),
                "two constant samples have standard error 0", "2", "5");
        assertRejects("studentTCdf(1, 0)", () -> HypothesisTests.studentTCdf(1, 0), "df must be positive", "0");
        assertRejects("chiSquareCdf(1, -2)", () -> HypothesisTests.chiSquareCdf(1, -2), "df must be positive", "-2");
    }

    @Test
    @Points(2)
    @DisplayName("chi-square rejects null, ragged, too-small and negative tables and empty rows or columns, naming the rule")
    void chiSquareRejectsInvalidTables() {
        assertRejects("chiSquareIndependence(null)", () -> HypothesisTests.chiSquareIndependence(null),
                "observed must not be null", "null");
        assertRejects("a 1×3 table", () -> HypothesisTests.chiSquareIndependence(new long[][] {{1, 2, 3}}),
                "at least 2 rows", "1");
        assertRejects("a 3×1 table", () -> HypothesisTests.chiSquareIndependence(new long[][] {{1}, {2}, {3}}),
                "at least 2 columns", "1");
        assertRejects("a ragged table {{1, 2, 3}, {4, 5}}",
                () -> HypothesisTests.chiSquareIndependence(new long[][] {{1, 2, 3}, {4, 5}}),
                "rows must all have length 3", "3", "2");
        assertRejects("a table with a count of -1",
                () -> HypothesisTests.chiSquareIndependence(new long[][] {{1, 2}, {-1, 5}}),
                "counts must be non-negative", "-1");
        assertRejects("a table whose row 1 is all zeros",
                () -> HypothesisTests.chiSquareIndependence(new long[][] {{3, 4}, {0, 0}, {5, 1}}),
                "every row total must be positive (an expected count would be 0)", "row 1");
        assertRejects("a table whose column 0 is all zeros",
                () -> HypothesisTests.chiSquareIndependence(new long[][] {{0, 4}, {0, 7}}),
                "every column total must be positive (an expected count would be 0)", "column 0");
    }

    // ---------------------------------------------------------------- helpers

    private static double[] normal(Random random, int n, double mean, double sd) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + sd * random.nextGaussian();
        }
        return values;
    }

    private static int category(Random random, double[] shares) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int k = 0; k < shares.length - 1; k++) {
            cumulative += shares[k];
            if (u < cumulative) {
                return k;
            }
        }
        return shares.length - 1;
    }

    private static void assertRejectionRate(String what, int rejections, String likelyMistake) {
        double rate = (double) rejections / TRIALS;
        if (!(rate >= LOWEST_RATE && rate <= HIGHEST_RATE)) {
            throw Failure.of(rejections + " of " + TRIALS + " " + what + " rejected H0 at α = " + ALPHA
                            + ": the rejection rate of a true H0 must be close to α")
                    .expected("a rate in [" + LOWEST_RATE + ", " + HIGHEST_RATE + "]")
                    .actual(rate)
                    .line("rule", "a level-α test rejects a true H0 a fraction α of the time (band: about ±3"
                            + " binomial standard errors around 0.05)")
                    .likelyMistake(likelyMistake).error();
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

    /** A TODO left in the stub means "not attempted", not "wrong exception". */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
