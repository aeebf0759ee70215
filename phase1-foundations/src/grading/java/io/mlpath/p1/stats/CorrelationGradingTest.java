package io.mlpath.p1.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Correlation}.
 *
 * <p>Oracles: Commons Math's {@link Covariance} (bias-corrected, n − 1), {@link PearsonsCorrelation},
 * {@link SpearmansCorrelation} and {@link NaturalRanking} with {@link TiesStrategy#AVERAGE}, on
 * the Iris and Wine features (Iris's measurements, recorded to 0.1 cm, are full of ties) and on
 * seeded synthetic data; exact identities (the diagonal of the covariance matrix is the sample
 * variances; Pearson is ±1 on a line and unchanged by shifts and positive scalings; Spearman is
 * unchanged by increasing transformations; ranks sum to n(n + 1)/2). Seeded data come from
 * {@code Seeds.of(...)}; every bound holds for seed offsets 0..19.
 */
@Challenge("p1.stats.correlation")
class CorrelationGradingTest {

    private static final String N_MINUS_1 = "the sample covariance divides by n - 1, not by n";
    private static final String CENTRE = "subtract each variable's mean before multiplying: the one-pass form"
            + " Σxy - n·x̄·ȳ cancels catastrophically when the data sit far from 0";
    private static final String AVERAGE_TIES = "tied values must share the AVERAGE of the ranks they occupy (the two"
            + " 20s in {10, 20, 20, 30} both get 2.5): are ties given consecutive ranks in input order, or the"
            + " minimum rank (1, 2, 2, 4)?";
    private static final String SHORTCUT = "with ties, 1 - 6Σd²/(n(n² - 1)) is not Spearman's ρ: compute Pearson's r"
            + " of the (average) ranks";

    // ---------------------------------------------------------------- covariance matrix

    @Test
    @Points(3)
    @DisplayName("the covariance matrix of Iris (150 × 4) and Wine (178 × 13) matches Commons Math's Covariance")
    void covarianceMatrixMatchesCommons() {
        for (double[][] x : new double[][][] {Datasets.iris().features(), Datasets.wine().features()}) {
            int d = x[0].length;
            double[][] expected = new Covariance(x).getCovarianceMatrix().getData();
            double[][] actual = Correlation.covarianceMatrix(x);
            assertShape("covarianceMatrix of " + x.length + " × " + d + " data", d, actual);
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    double scale = Math.sqrt(expected[j][j] * expected[k][k]);
                    ArrayAssertions.assertClose("covarianceMatrix of " + x.length + " × " + d + " data at [" + j
                                    + "][" + k + "]", expected[j][k], actual[j][k], Tolerance.absolute(1e-11 * scale),
                            covarianceMistake(expected[j][j], actual[j][j], x.length));
                }
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the covariance matrix is symmetric and its diagonal holds the sample variances (n − 1)")
    void covarianceMatrixIdentities() {
        double[][] x = correlated(Seeds.of(5), 60, 4);
        double[][] s = Correlation.covarianceMatrix(x);
        assertShape("covarianceMatrix of 60 × 4 data", 4, s);
        for (int j = 0; j < 4; j++) {
            double[] column = column(x, j);
            double variance = new Variance(true).evaluate(column);
            ArrayAssertions.assertClose("covarianceMatrix[" + j + "][" + j + "] (expected: the sample variance of"
                    + " column " + j + ")", variance, s[j][j], Tolerance.relative(1e-12), N_MINUS_1);
            for (int k = 0; k < 4; k++) {
                ArrayAssertions.assertClose("covarianceMatrix[" + k + "][" + j + "] (expected: [" + j + "][" + k
                        + "], the matrix is symmetric)", s[j][k], s[k][j], Tolerance.absolute(0),
                        "cov(x_j, x_k) = cov(x_k, x_j): fill both halves from the same sum");
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the covariance matrix is unchanged when a variable is shifted by +1e9 (no catastrophic cancellation)")
    void covarianceMatrixShiftInvariant() {
        double[][] x = correlated(Seeds.of(7), 200, 3);
        double[][] shifted = deepCopy(x);
        for (double[] row : shifted) {
            row[1] += 1e9;
        }
        double[][] expected = new Covariance(x).getCovarianceMatrix().getData();
        double[][] unshifted = Correlation.covarianceMatrix(x);
        assertShape("covarianceMatrix of 200 × 3 data", 3, unshifted);
        ArrayAssertions.assertClose("covarianceMatrix of the unshifted data", expected, unshifted,
                Tolerance.absolute(1e-12), covarianceMistake(expected[0][0], unshifted[0][0], x.length));
        ArrayAssertions.assertClose("covarianceMatrix with column 1 shifted by +1e9 (expected: that of the unshifted"
                + " data)", expected, Correlation.covarianceMatrix(shifted), Tolerance.absolute(1e-6), CENTRE);
    }

    // ---------------------------------------------------------------- Pearson

    @Test
    @Points(3)
    @DisplayName("Pearson's r matches Commons Math on seeded data from strongly negative to strongly positive, and on Wine feature pairs")
    void pearsonMatchesCommons() {
        Random random = new Random(Seeds.of(11));
        for (double rho : new double[] {-0.95, -0.5, 0, 0.3, 0.8, 0.999}) {
            double[][] xy = pair(random, 300, rho);
            ArrayAssertions.assertClose("pearson of 300 seeded pairs with true correlation " + rho,
                    new PearsonsCorrelation().correlation(xy[0], xy[1]), Correlation.pearson(xy[0], xy[1]),
                    Tolerance.absolute(1e-12), "r = Σ dx·dy / √(Σ dx² · Σ dy²) on deviations from the means");
        }
        double[][] wine = Datasets.wine().features();
        for (int[] jk : new int[][] {{0, 1}, {5, 6}, {9, 12}, {3, 11}}) {
            double[] x = column(wine, jk[0]);
            double[] y = column(wine, jk[1]);
            ArrayAssertions.assertClose("pearson of Wine features " + jk[0] + " and " + jk[1],
                    new PearsonsCorrelation().correlation(x, y), Correlation.pearson(x, y), Tolerance.absolute(1e-12),
                    "r = Σ dx·dy / √(Σ dx² · Σ dy²) on deviations from the means");
        }
    }

    @Test
    @Points(3)
    @DisplayName("Pearson's r is ±1 on a straight line, flips sign with one variable, and ignores shifts (by ±1e9) and positive scalings")
    void pearsonInvariances() {
        double[] x = gaussian(Seeds.of(13), 100);
        double[] line = Arrays.stream(x).map(v -> 3 - 2.5 * v).toArray();
        ArrayAssertions.assertClose("pearson(x, 3 - 2.5·x)", -1, Correlation.pearson(x, line), Tolerance.absolute(1e-12),
                "points on a falling line have r = -1 exactly");
        double[] y = new double[x.length];
        Random noise = new Random(Seeds.of(17));
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.6 * x[i] + 0.8 * noise.nextGaussian();
        }
        double r = Correlation.pearson(x, y);
        if (!(r >= -1 && r <= 1)) {
            throw Failure.of("pearson is outside [-1, 1]").expected("a value in [-1, 1]").actual(r)
                    .likelyMistake("divide by √(Σ dx² · Σ dy²), both sums of squared deviations").error();
        }
        ArrayAssertions.assertClose("pearson(-x, y) (expected: -pearson(x, y))", -r,
                Correlation.pearson(Arrays.stream(x).map(v -> -v).toArray(), y), Tolerance.absolute(1e-12),
                "negating one variable negates every product dx·dy");
        double[] moved = Arrays.stream(x).map(v -> 1e9 + 1000 * v).toArray();
        double[] movedY = Arrays.stream(y).map(v -> -5e8 + 50 * v).toArray();
        ArrayAssertions.assertClose("pearson(1e9 + 1000·x, -5e8 + 50·y) (expected: pearson(x, y))", r,
                Correlation.pearson(moved, movedY), Tolerance.absolute(1e-8), CENTRE);
    }

    // ---------------------------------------------------------------- ranks (must catch: ties not averaged)

    @Test
    @Points(4)
    @DisplayName("ties share the average rank: ranks match Commons Math's NaturalRanking (AVERAGE) on hand examples and on every Iris feature")
    void ranksAverageTies() {
        double[][] cases = {{10, 20, 20, 30}, {7, 7, 7}, {3, 1, 2}, {5, 1, 5, 1, 5, 3}, {2.5, -1, 2.5, 2.5, 0, -1, 9}};
        for (double[] x : cases) {
            ArrayAssertions.assertClose("ranks(" + Arrays.toString(x) + ")", averageRanks(x), Correlation.ranks(x),
                    Tolerance.absolute(1e-12), AVERAGE_TIES);
        }
        double[][] iris = Datasets.iris().features();
        for (int j = 0; j < 4; j++) {
            double[] x = column(iris, j);
            ArrayAssertions.assertClose("ranks of Iris feature " + j + " (150 values, many tied)", averageRanks(x),
                    Correlation.ranks(x), Tolerance.absolute(1e-12), AVERAGE_TIES);
        }
    }

    @Test
    @Points(2)
    @DisplayName("ranks run from 1 to n (they sum to n(n + 1)/2), follow the values' order, and leave the input unchanged")
    void ranksAreOneBasedAndStable() {
        double[] x = gaussian(Seeds.of(19), 50);
        double[] copy = x.clone();
        double[] ranks = Correlation.ranks(x);
        ArrayAssertions.assertClose("x after ranks(x)", copy, x, Tolerance.absolute(0),
                "sort the indices (or a copy), never the caller's array: result[i] must stay the rank of x[i]");
        ArrayAssertions.assertClose("sum of the ranks of 50 values (expected: 50·51/2)", 1275,
                Arrays.stream(ranks).sum(), Tolerance.absolute(1e-9),
                "ranks start at 1 for the smallest value, not at 0");
        ArrayAssertions.assertClose("ranks of 50 distinct seeded values", averageRanks(x), ranks, Tolerance.absolute(0),
                "result[i] is the rank of x[i] (1 = smallest), in the original order of x, not in sorted order");
    }

    // ---------------------------------------------------------------- Spearman

    @Test
    @Points(4)
    @DisplayName("Spearman's ρ matches Commons Math on every pair of Iris features, whose many ties need average ranks")
    void spearmanMatchesCommonsOnIrisTies() {
        double[][] iris = Datasets.iris().features();
        for (int j = 0; j < 4; j++) {
            for (int k = j + 1; k < 4; k++) {
                double[] x = column(iris, j);
                double[] y = column(iris, k);
                ArrayAssertions.assertClose("spearman of Iris features " + j + " and " + k,
                        new SpearmansCorrelation().correlation(x, y), Correlation.spearman(x, y),
                        Tolerance.absolute(1e-12), AVERAGE_TIES + " Also: " + SHORTCUT);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("Spearman's ρ with heavy ties equals Pearson's r of the average ranks, e.g. ρ({1, 2, 2, 3}, {1, 2, 3, 4}) = 0.94868…")
    void spearmanWithHeavyTies() {
        ArrayAssertions.assertClose("spearman({1, 2, 2, 3}, {1, 2, 3, 4})", 4.5 / Math.sqrt(22.5),
                Correlation.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4}), Tolerance.absolute(1e-12),
                "the ranks are {1, 2.5, 2.5, 4} and {1, 2, 3, 4}, whose Pearson r is 4.5/√22.5. " + AVERAGE_TIES
                        + " " + SHORTCUT);
        Random random = new Random(Seeds.of(23));
        for (int trial = 0; trial < 5; trial++) {
            double[] x = new double[40];
            double[] y = new double[40];
            for (int i = 0; i < 40; i++) {
                x[i] = random.nextInt(4);                  // only 4 distinct values: every value is tied
                y[i] = x[i] + random.nextInt(3);           // 6 distinct values, correlated with x
            }
            ArrayAssertions.assertClose("spearman of 40 seeded pairs with values in {0, …, 3} and {0, …, 5} (trial "
                            + trial + ")", new SpearmansCorrelation().correlation(x, y), Correlation.spearman(x, y),
                    Tolerance.absolute(1e-12), AVERAGE_TIES + " " + SHORTCUT);
        }
    }

    @Test
    @Points(2)
    @DisplayName("Spearman's ρ matches Commons Math on continuous seeded data and is unchanged by increasing transformations (exp, cube)")
    void spearmanMonotoneInvariance() {
        Random random = new Random(Seeds.of(29));
        for (double rho : new double[] {-0.7, 0.2, 0.9}) {
            double[][] xy = pair(random, 200, rho);
            double expected = new SpearmansCorrelation().correlation(xy[0], xy[1]);
            ArrayAssertions.assertClose("spearman of 200 seeded pairs with true correlation " + rho, expected,
                    Correlation.spearman(xy[0], xy[1]), Tolerance.absolute(1e-12),
                    "Spearman's ρ is Pearson's r of ranks(x) and ranks(y)");
            double[] ex = Arrays.stream(xy[0]).map(Math::exp).toArray();
            double[] cube = Arrays.stream(xy[1]).map(v -> v * v * v).toArray();
            ArrayAssertions.assertClose("spearman(exp(x), y³) (expected: spearman(x, y))", expected,
                    Correlation.spearman(ex, cube), Tolerance.absolute(1e-12),
                    "increasing transformations keep the order, so the ranks and ρ must not change: rank the values,"
                            + " do not correlate the raw values");
        }
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects null, too short, ragged, non-finite, mismatched and constant input with an IllegalArgumentException naming the rule")
    void rejectsInvalidInput() {
        assertRejects("covarianceMatrix(null)", () -> Correlation.covarianceMatrix(null), "x must not be null", "null");
        assertRejects("covarianceMatrix of one row", () -> Correlation.covarianceMatrix(new double[][] {{1, 2}}),
                "at least 2 rows", "2", "1");
        assertRejects("covarianceMatrix of rows with lengths 2, 2, 1",
                () -> Correlation.covarianceMatrix(new double[][] {{1, 2}, {3, 4}, {5}}), "rows must all have length 2",
                "row 2");
        assertRejects("covarianceMatrix with a null row", () -> Correlation.covarianceMatrix(new double[][] {{1, 2},
                null}), "rows must not be null", "row 1");
        assertRejects("covarianceMatrix with NaN at [1][0]",
                () -> Correlation.covarianceMatrix(new double[][] {{1, 2}, {Double.NaN, 4}}), "values must be finite",
                "NaN");
        assertRejects("pearson(null, y)", () -> Correlation.pearson(null, new double[] {1, 2}), "x must not be null",
                "null");
        assertRejects("pearson of lengths 3 and 2", () -> Correlation.pearson(new double[] {1, 2, 3},
                new double[] {1, 2}), "x and y of the same length", "3", "2");
        assertRejects("pearson of one pair", () -> Correlation.pearson(new double[] {1}, new double[] {2}),
                "at least 2 values", "1");
        assertRejects("pearson with Infinity", () -> Correlation.pearson(new double[] {1, 2, 3},
                new double[] {1, Double.POSITIVE_INFINITY, 3}), "values must be finite", "Infinity");
        assertRejects("pearson with a constant x", () -> Correlation.pearson(new double[] {4, 4, 4},
                new double[] {1, 2, 3}), "undefined when a variable is constant", "x");
        assertRejects("spearman with a constant y", () -> Correlation.spearman(new double[] {1, 2, 3},
                new double[] {5, 5, 5}), "undefined when a variable is constant", "y");
        assertRejects("spearman of lengths 2 and 3", () -> Correlation.spearman(new double[] {1, 2},
                new double[] {1, 2, 3}), "x and y of the same length", "2", "3");
        assertRejects("ranks(null)", () -> Correlation.ranks(null), "x must not be null", "null");
        assertRejects("ranks with NaN", () -> Correlation.ranks(new double[] {1, Double.NaN}), "values must be finite",
                "NaN");
    }

    // ---------------------------------------------------------------- helpers

    /** Names the likely mistake from how far a diagonal entry is off: n vs n − 1, or something else. */
    private static String covarianceMistake(double expected, double actual, int n) {
        if (Math.abs(actual / expected - (n - 1.0) / n) < 1e-9) {
            return "off by the factor (n - 1)/n: " + N_MINUS_1;
        }
        return "one row per observation, one column per variable: S[j][k] = Σ_i (x[i][j] - mean_j)(x[i][k] - mean_k)"
                + " / (n - 1). " + CENTRE;
    }

    /** Commons Math's average ranks (1-based). */
    private static double[] averageRanks(double[] x) {
        return new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(x);
    }

    /** {@code n} pairs with correlation about {@code rho}: y = rho·x + √(1 − rho²)·noise. */
    private static double[][] pair(Random random, int n, double rho) {
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = random.nextGaussian();
            xy[1][i] = rho * xy[0][i] + Math.sqrt(1 - rho * rho) * random.nextGaussian();
        }
        return xy;
    }

    private static double[] gaussian(long seed, int n) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    /** Rows of {@code d} correlated Gaussian variables (each a mix of the ones before) with offsets. */
    private static double[][] correlated(long seed, int n, int d) {
        Random random = new Random(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian() + (j > 0 ? 0.7 * row[j - 1] : 0) + 10 * j;
            }
        }
        return x;
    }

    private static double[] column(double[][] x, int j) {
        return Arrays.stream(x).mapToDouble(row -> row[j]).toArray();
    }

    private static double[][] deepCopy(double[][] x) {
        return Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
    }

    private static void assertShape(String what, int d, double[][] actual) {
        boolean ok = actual != null && actual.length == d && Arrays.stream(actual).allMatch(r -> r != null && r.length == d);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .line("expected", d + " × " + d + " (one row and one column per variable)")
                    .line("actual", actual == null ? "null" : actual.length + " rows, of lengths "
                            + Arrays.stream(actual).map(r -> r == null ? "null" : String.valueOf(r.length)).distinct()
                            .limit(5).toList())
                    .likelyMistake("rows of x are observations and columns are variables: the covariance matrix is"
                            + " d × d, not n × n (is x transposed?)").error();
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

    /** Lets a not-yet-written method's TODO exception through as itself, so it reads as "not attempted". */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
