// Known mistake: Pearson uses the one-pass sums (sum xy - n mean_x mean_y) / sqrt(...), which cancel catastrophically for data far from 0.
package io.mlpath.p1.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How variables move together: the sample covariance matrix, Pearson's linear correlation, and
 * Spearman's rank correlation with average ranks for ties.
 *
 * <h2>The maths</h2>
 * For {@code n} observations (rows) of {@code d} variables (columns), {@code X} is {@code n × d}:
 * <ul>
 *   <li><b>covariance matrix</b> {@code S_jk = Σ_i (x_ij − x̄_j)(x_ik − x̄_k) / (n − 1)}, a
 *       symmetric {@code d × d} matrix whose diagonal holds the sample variances;</li>
 *   <li><b>Pearson</b> {@code r = Σ (x_i − x̄)(y_i − ȳ) / √(Σ (x_i − x̄)² · Σ (y_i − ȳ)²)}: the
 *       covariance divided by both standard deviations, in {@code [−1, 1]}; {@code ±1} exactly
 *       when {@code y = a + b·x}; unchanged by shifting either variable or scaling it by a
 *       positive factor;</li>
 *   <li><b>ranks</b>: the smallest value gets rank 1, the largest rank {@code n}; values that tie
 *       share the <i>average</i> of the ranks they occupy ({@code {10, 20, 20, 30}} → {@code {1,
 *       2.5, 2.5, 4}}: the two 20s occupy ranks 2 and 3);</li>
 *   <li><b>Spearman</b> {@code ρ = pearson(ranks(x), ranks(y))}: how well a <i>monotone</i>
 *       function (not only a straight line) describes the relation; unchanged by any increasing
 *       transformation of either variable.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * double[][] x = {{1, 2, 5}, {2, 4, 3}, {3, 6, 1}};   // column 1 = 2·column 0, column 2 = 7 − 2·column 0
 * Correlation.covarianceMatrix(x);   // [[1, 2, -2], [2, 4, -4], [-2, -4, 4]]
 * Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9});    // 0.9647638212377322  (= 11 / √130)
 * Correlation.ranks(new double[] {10, 20, 20, 30});                          // [1, 2.5, 2.5, 4]
 * Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}); // 1.0 (y = x³ is monotone)
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Centre first. The one-pass form {@code (Σ x_i y_i − n x̄ ȳ)} cancels catastrophically when
 *       the data sit far from 0 (a timestamp, a price near 1e9): subtract the means, then multiply.</li>
 *   <li>Ties: giving tied values consecutive ranks in input order ({@code 2, 3} instead of
 *       {@code 2.5, 2.5}) makes the result depend on the order of the rows. The shortcut
 *       {@code ρ = 1 − 6 Σ d_i² / (n(n² − 1))} is exact only without ties; with ties compute
 *       Pearson's r of the ranks.</li>
 *   <li>A constant variable has no spread, so its correlation is {@code 0/0}: undefined, and
 *       rejected here. The covariance matrix divides by {@code n − 1}, like the
 *       sample variance; every method leaves its arguments unchanged.</li>
 * </ul>
 *
 * <p>References: L. Wasserman, <i>All of Statistics</i> (2004), §3.3 (covariance and
 * correlation); C. Spearman, "The proof and measurement of association between two things",
 * <i>American Journal of Psychology</i> 15(1), 1904; M. G. Kendall, <i>Rank Correlation
 * Methods</i>, 4th ed. (1970), chapter 3 (ties); Deisenroth, Faisal and Ong, <i>Mathematics for
 * Machine Learning</i> (2020), §6.4.
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * The sample covariance matrix of the columns of {@code x}:
     * {@code S_jk = Σ_i (x_ij − x̄_j)(x_ik − x̄_k) / (n − 1)}.
     *
     * <p>Example: {@code covarianceMatrix({{1, 2, 5}, {2, 4, 3}, {3, 6, 1}})} is
     * {@code [[1, 2, −2], [2, 4, −4], [−2, −4, 4]]}.
     *
     * @param x {@code n × d} data, one observation per row, one variable per column: at least 2
     *          rows, at least 1 column, rectangular, finite; left unchanged
     * @return a new symmetric {@code d × d} matrix
     * @throws IllegalArgumentException if {@code x} is null, has fewer than 2 rows, a null or
     *                                  empty row, rows of different lengths, or a NaN or infinity
     */
    public static double[][] covarianceMatrix(double[][] x) {
        requireMatrix(x);
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] s = new double[d][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double dj = row[j] - mean[j];
                for (int k = j; k < d; k++) {
                    s[j][k] += dj * (row[k] - mean[k]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                s[j][k] /= n - 1;
                s[k][j] = s[j][k];
            }
        }
        return s;
    }

    /**
     * Pearson's correlation coefficient
     * {@code r = Σ (x_i − x̄)(y_i − ȳ) / √(Σ (x_i − x̄)² Σ (y_i − ȳ)²)}, computed on centred data.
     *
     * <p>Examples: {@code pearson({1, 2, 3, 4}, {2, 4, 5, 9})} is {@code 11/√130 = 0.96476…};
     * {@code pearson({1, 2, 3}, {30, 20, 10})} is {@code −1} (a falling straight line).
     *
     * @param x at least 2 finite values, not all equal; left unchanged
     * @param y as many finite values as {@code x}, not all equal; left unchanged
     * @return the correlation, in {@code [−1, 1]}
     * @throws IllegalArgumentException if either is null, they differ in length, have fewer than
     *                                  2 values, hold a NaN or infinity, or one is constant
     */
    public static double pearson(double[] x, double[] y) {
        requirePair(x, y, "pearson");
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += x[i] * y[i];
            sxx += x[i] * x[i];
            syy += y[i] * y[i];
        }
        sxy -= x.length * meanX * meanY;
        sxx = Math.max(0, sxx - x.length * meanX * meanX);
        syy = Math.max(0, syy - x.length * meanY * meanY);
        if (sxx == 0 || syy == 0) {
            throw new IllegalArgumentException("pearson is undefined (0/0) when a variable is constant: "
                    + (sxx == 0 ? "x" : "y") + " has zero variance");
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1, Math.min(1, r));
    }

    /**
     * The ranks of the values, 1 for the smallest to {@code n} for the largest, with tied values
     * sharing the average of the ranks they occupy.
     *
     * <p>Examples: {@code ranks({30, 10, 20})} is {@code [3, 1, 2]};
     * {@code ranks({10, 20, 20, 30})} is {@code [1, 2.5, 2.5, 4]};
     * {@code ranks({7, 7, 7})} is {@code [2, 2, 2]}.
     *
     * <p>Sort the indices by value (not the values themselves, which would lose where each came
     * from); walk the sorted order, and for each run of equal values at sorted positions
     * {@code a … b} (0-based) give every member the rank {@code (a + 1 + b + 1) / 2}.
     *
     * @param x at least 1 finite value; left unchanged
     * @return a new array: {@code result[i]} is the rank of {@code x[i]}; the ranks sum to
     *         {@code n(n + 1)/2}
     * @throws IllegalArgumentException if {@code x} is null, empty, or holds a NaN or infinity
     */
    public static double[] ranks(double[] x) {
        requireValues(x, 1, "ranks", "x");
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && x[order[end + 1]] == x[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int p = start; p <= end; p++) {
                ranks[order[p]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /**
     * Spearman's rank correlation: {@code pearson(ranks(x), ranks(y))}, with average ranks for
     * ties.
     *
     * <p>Examples: {@code spearman({1, 2, 3, 4}, {1, 8, 27, 64})} is {@code 1} (monotone, though
     * not linear); {@code spearman({1, 2, 3, 4, 5}, {2, 1, 4, 3, 5})} is {@code 0.8}; with ties,
     * {@code spearman({1, 2, 2, 3}, {1, 2, 3, 4})} is {@code 0.9486832980505138}
     * ({@code = pearson({1, 2.5, 2.5, 4}, {1, 2, 3, 4})}).
     *
     * @param x at least 2 finite values, not all equal; left unchanged
     * @param y as many finite values as {@code x}, not all equal; left unchanged
     * @return the rank correlation, in {@code [−1, 1]}
     * @throws IllegalArgumentException if either is null, they differ in length, have fewer than
     *                                  2 values, hold a NaN or infinity, or one is constant
     */
    public static double spearman(double[] x, double[] y) {
        requirePair(x, y, "spearman");
        return pearson(ranks(x), ranks(y));
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /**
     * Given: throws an {@link IllegalArgumentException} naming the method, the rule and the bad
     * value unless {@code x} is not null, has at least {@code atLeast} values and holds only
     * finite numbers.
     */
    private static void requireValues(double[] x, int atLeast, String method, String name) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": " + name + " must not be null");
        }
        if (x.length < atLeast) {
            throw new IllegalArgumentException(method + " needs at least " + atLeast + (atLeast == 1 ? " value" : " values")
                    + " in " + name + ", got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(method + ": values must be finite, " + name + "[" + i + "] is " + x[i]);
            }
        }
    }

    /**
     * Given: {@link #requireValues} for both {@code x} and {@code y} (at least 2 values each), and
     * equal lengths; otherwise an {@link IllegalArgumentException} naming both lengths.
     */
    private static void requirePair(double[] x, double[] y, String method) {
        requireValues(x, 2, method, "x");
        requireValues(y, 2, method, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException(method + " needs x and y of the same length, got " + x.length + " and "
                    + y.length);
        }
    }

    /**
     * Given: throws an {@link IllegalArgumentException} naming the rule and the bad row unless
     * {@code x} is not null, has at least 2 rows, and every row is non-null, non-empty, as long
     * as row 0 and finite.
     */
    private static void requireMatrix(double[][] x) {
        if (x == null) {
            throw new IllegalArgumentException("covarianceMatrix: x must not be null");
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("covarianceMatrix needs at least 2 rows (it divides by n - 1), got "
                    + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException("covarianceMatrix: rows must not be null, row " + i + " is null");
            }
            if (x[i].length == 0) {
                throw new IllegalArgumentException("covarianceMatrix: rows must have at least 1 column, row " + i
                        + " is empty");
            }
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("covarianceMatrix: rows must all have length " + x[0].length
                        + ", row " + i + " has " + x[i].length);
            }
            for (int j = 0; j < x[i].length; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("covarianceMatrix: values must be finite, x[" + i + "][" + j
                            + "] is " + x[i][j]);
                }
            }
        }
    }
}
