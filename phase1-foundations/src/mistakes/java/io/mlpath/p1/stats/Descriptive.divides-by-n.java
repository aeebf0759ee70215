// Known mistake: the sample variance divides by n instead of n - 1 (the population variance).
package io.mlpath.p1.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample: mean, sample and population variance computed stably,
 * median, quantiles by linear interpolation, and a one-pass (Welford) accumulator.
 *
 * <h2>The maths</h2>
 * For values {@code x_1 … x_n}:
 * <ul>
 *   <li><b>mean</b> {@code x̄ = (1/n) Σ x_i};</li>
 *   <li><b>population variance</b> {@code σ² = (1/n) Σ (x_i − x̄)²}: the variance of the
 *       values themselves, when they are the whole population;</li>
 *   <li><b>sample variance</b> {@code s² = (1/(n − 1)) Σ (x_i − x̄)²}: the unbiased estimate
 *       of the variance of the population the values were drawn from. Dividing by {@code n − 1}
 *       (Bessel's correction) makes up for measuring the spread around {@code x̄}, which is
 *       fitted to the same values, instead of the unknown true mean;</li>
 *   <li><b>quantile</b> {@code Q(p)}, {@code 0 ≤ p ≤ 1}, by linear interpolation between order
 *       statistics (Hyndman and Fan's definition 7, R's and numpy's default): sort the values
 *       into {@code x_(0) ≤ … ≤ x_(n−1)} (0-based), let {@code h = (n − 1)·p},
 *       {@code j = ⌊h⌋}, then {@code Q(p) = x_(j) + (h − j)·(x_(j+1) − x_(j))} (with
 *       {@code Q(1) = x_(n−1)}). {@code Q(0)} is the minimum, {@code Q(1)} the maximum;</li>
 *   <li><b>median</b> {@code Q(0.5)}: the middle value for odd {@code n}, the average of the
 *       two middle values for even {@code n}.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
 * Descriptive.mean(x);                 // 5.0
 * Descriptive.populationVariance(x);   // 4.0      (Σ (x − 5)² = 32, divided by n = 8)
 * Descriptive.sampleVariance(x);       // 4.571428… (32 / 7)
 * Descriptive.median(x);               // 4.5      (even n: (4 + 5) / 2)
 * Descriptive.quantile(x, 0.25);       // 4.0      (h = 7 · 0.25 = 1.75: 4 + 0.75 · (4 − 4))
 * Descriptive.quantile(x, 0.9);        // 7.6      (h = 6.3: 7 + 0.3 · (9 − 7))
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li><b>Catastrophic cancellation.</b> The textbook shortcut
 *       {@code Σ x_i² − n x̄²} subtracts two huge, nearly equal numbers: for
 *       {@code 1e9 + {4, 7, 13, 16}} both are about {@code 4e18}, where adjacent doubles are 512
 *       apart, so the difference (90) is lost in rounding and the "variance" can even come out
 *       negative. The sample variance is exactly 30. Subtract the mean first (two passes):
 *       {@code Σ (x_i − x̄)²} works with numbers of the size of the spread. (A refinement
 *       subtracts {@code (Σ (x_i − x̄))² / n}, which is 0 in exact arithmetic and removes the
 *       rounding error left in {@code x̄}: Chan, Golub and LeVeque's corrected two-pass
 *       algorithm. Plain two-pass is accurate enough for the tests.)</li>
 *   <li><b>One pass.</b> When values arrive one at a time (a stream, a mini-batch loop), use
 *       Welford's update, {@link Online}: it keeps the running mean and the running sum of
 *       squared deviations {@code M2} and never forms {@code Σ x²}.</li>
 *   <li>The sample variance needs {@code n ≥ 2}; the others need {@code n ≥ 1}. Every method
 *       leaves its argument unchanged: sort a copy.</li>
 * </ul>
 *
 * <p>References: T. F. Chan, G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample
 * variance: analysis and recommendations", <i>The American Statistician</i> 37(3), 1983;
 * B. P. Welford, "Note on a method for calculating corrected sums of squares and products",
 * <i>Technometrics</i> 4(3), 1962; R. J. Hyndman and Y. Fan, "Sample quantiles in statistical
 * packages", <i>The American Statistician</i> 50(4), 1996; D. E. Knuth, <i>The Art of Computer
 * Programming</i>, vol. 2, 3rd ed., §4.2.2.
 */
public final class Descriptive {

    private Descriptive() {
    }

    /**
     * The arithmetic mean {@code (1/n) Σ x_i}.
     *
     * <p>Example: {@code mean({2, 4, 4, 4, 5, 5, 7, 9})} is {@code 5.0}.
     *
     * @param x at least one finite value; left unchanged
     * @return the mean
     * @throws IllegalArgumentException if {@code x} is null, empty or holds NaN or an infinity
     */
    public static double mean(double[] x) {
        requireValues(x, 1, "mean");
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        // One correction pass removes most of the rounding error of the first.
        double residual = 0;
        for (double v : x) {
            residual += v - mean;
        }
        return mean + residual / x.length;
    }

    /**
     * The sample variance {@code s² = Σ (x_i − x̄)² / (n − 1)}, computed stably (centre first).
     *
     * <p>Examples: {@code sampleVariance({2, 4, 4, 4, 5, 5, 7, 9})} is {@code 32/7 = 4.571428…};
     * {@code sampleVariance({1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16})} is {@code 30.0}, exactly as
     * for {@code {4, 7, 13, 16}}.
     *
     * @param x at least two finite values; left unchanged
     * @return the unbiased sample variance, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code x} is null, has fewer than 2 values or holds NaN
     *                                  or an infinity
     */
    public static double sampleVariance(double[] x) {
        requireValues(x, 2, "sampleVariance");
        return sumOfSquaredDeviations(x) / x.length;
    }

    /**
     * The population variance {@code σ² = Σ (x_i − x̄)² / n}, computed stably (centre first).
     *
     * <p>Example: {@code populationVariance({2, 4, 4, 4, 5, 5, 7, 9})} is {@code 4.0}; of a single
     * value it is {@code 0.0}.
     *
     * @param x at least one finite value; left unchanged
     * @return the population variance, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code x} is null, empty or holds NaN or an infinity
     */
    public static double populationVariance(double[] x) {
        requireValues(x, 1, "populationVariance");
        return sumOfSquaredDeviations(x) / x.length;
    }

    /**
     * The median: the middle value of the sorted values for odd {@code n}, the average of the two
     * middle values for even {@code n}.
     *
     * <p>Examples: {@code median({3, 1, 2})} is {@code 2.0}; {@code median({4, 1, 3, 2})} is
     * {@code 2.5}.
     *
     * @param x at least one finite value, in any order; left unchanged (sort a copy)
     * @return the median
     * @throws IllegalArgumentException if {@code x} is null, empty or holds NaN or an infinity
     */
    public static double median(double[] x) {
        requireValues(x, 1, "median");
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double low = sorted[(n - 1) / 2];
        double high = sorted[n / 2];
        return low + (high - low) / 2;
    }

    /**
     * The {@code p}-quantile by linear interpolation between order statistics:
     * {@code h = (n − 1)·p}, {@code j = ⌊h⌋}, {@code Q(p) = x_(j) + (h − j)·(x_(j+1) − x_(j))}
     * on the sorted values (0-based).
     *
     * <p>Examples on {@code {2, 4, 4, 4, 5, 5, 7, 9}}: {@code p = 0} gives {@code 2.0} (the
     * minimum), {@code p = 0.25} gives {@code 4.0}, {@code p = 0.5} gives {@code 4.5} (the
     * median), {@code p = 0.9} gives {@code 7.6}, {@code p = 1} gives {@code 9.0} (the maximum).
     *
     * @param x at least one finite value, in any order; left unchanged (sort a copy)
     * @param p the probability, {@code 0 ≤ p ≤ 1}
     * @return the interpolated quantile, between the minimum and the maximum
     * @throws IllegalArgumentException if {@code x} is null, empty or holds NaN or an infinity, or
     *                                  {@code p} is NaN or outside {@code [0, 1]}
     */
    public static double quantile(double[] x, double p) {
        requireValues(x, 1, "quantile");
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int j = (int) Math.floor(h);
        if (j >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]);
    }

    /** {@code Σ (x_i − x̄)²} by the corrected two-pass algorithm (Chan, Golub and LeVeque). */
    private static double sumOfSquaredDeviations(double[] x) {
        double mean = mean(x);
        double squares = 0;
        double deviations = 0;
        for (double v : x) {
            double d = v - mean;
            squares += d * d;
            deviations += d;
        }
        return Math.max(0, squares - deviations * deviations / x.length);
    }

    /**
     * Given: checks that {@code x} is not null, has at least {@code atLeast} values and holds only
     * finite numbers, and otherwise throws an {@link IllegalArgumentException} that names the
     * method, the rule and the bad value (e.g. {@code "sampleVariance needs at least 2 values,
     * got 1"}). Call it first in every method that takes {@code x}.
     */
    private static void requireValues(double[] x, int atLeast, String method) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": x must not be null");
        }
        if (x.length < atLeast) {
            throw new IllegalArgumentException(method + " needs at least " + atLeast + (atLeast == 1 ? " value" : " values")
                    + ", got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(method + ": values must be finite, x[" + i + "] is " + x[i]);
            }
        }
    }

    /**
     * A one-pass accumulator of count, mean and variance (Welford's algorithm): values are
     * added one at a time and never stored.
     *
     * <h2>The maths</h2>
     * After {@code n} values it holds the count {@code n}, the mean {@code x̄_n} and
     * {@code M2_n = Σ (x_i − x̄_n)²}. Adding {@code x}:
     * <pre>
     *   n    ← n + 1
     *   δ    = x − x̄_{n−1}               (distance to the OLD mean)
     *   x̄_n  = x̄_{n−1} + δ / n
     *   M2_n = M2_{n−1} + δ · (x − x̄_n)  (old distance times NEW distance)
     * </pre>
     * Then the population variance is {@code M2 / n} and the sample variance
     * {@code M2 / (n − 1)}.
     *
     * <h2>Worked example</h2>
     * <pre>{@code
     * Descriptive.Online s = new Descriptive.Online();
     * s.add(2).add(4).add(9);
     * // after 2: n = 1, mean = 2,  M2 = 0
     * // after 4: n = 2, δ = 2, mean = 3, M2 = 0 + 2 · (4 − 3) = 2
     * // after 9: n = 3, δ = 6, mean = 5, M2 = 2 + 6 · (9 − 5) = 26
     * s.count();               // 3
     * s.mean();                // 5.0
     * s.sampleVariance();      // 13.0   (26 / 2)
     * s.populationVariance();  // 8.6666… (26 / 3)
     * }</pre>
     *
     * <h2>Numerical note</h2>
     * Keeping {@code Σ x} and {@code Σ x²} and computing {@code (Σ x² − n x̄²)/(n − 1)} at the
     * end is one pass too, but cancels catastrophically for data far from 0 (see
     * {@link Descriptive}). Welford's update only ever handles deviations from the current mean.
     *
     * <p>Reference: B. P. Welford (1962), <i>Technometrics</i> 4(3); D. E. Knuth, <i>The Art of
     * Computer Programming</i>, vol. 2, 3rd ed., §4.2.2, p. 232.
     */
    public static final class Online {

        /** How many values have been added. */
        private long n;

        /** The mean of the values added so far. */
        private double mean;

        /** The sum of squared deviations from the current mean, {@code Σ (x_i − mean)²}. */
        private double m2;

        /**
         * Adds one value: {@code n ← n + 1}, {@code δ = x − mean}, {@code mean ← mean + δ/n},
         * {@code M2 ← M2 + δ·(x − mean)} with the updated mean.
         *
         * <p>Example: adding 2, 4, 9 gives {@code mean = 5}, {@code M2 = 26} (see the class example).
         *
         * @param x a finite value
         * @return this accumulator, to chain calls
         * @throws IllegalArgumentException if {@code x} is NaN or an infinity (the accumulator is
         *                                  left unchanged)
         */
        public Online add(double x) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("Online.add: values must be finite, was " + x);
            }
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
            return this;
        }

        /** How many values have been added, 0 at first. */
        public long count() {
            return n;
        }

        /**
         * The mean of the values added so far.
         *
         * @throws IllegalStateException if no value has been added
         */
        public double mean() {
            requireCount(1, "mean()");
            return mean;
        }

        /**
         * The sample variance {@code M2 / (n − 1)} of the values added so far.
         *
         * @throws IllegalStateException if fewer than 2 values have been added
         */
        public double sampleVariance() {
            requireCount(2, "sampleVariance()");
            return m2 / (n - 1);
        }

        /**
         * The population variance {@code M2 / n} of the values added so far.
         *
         * @throws IllegalStateException if no value has been added
         */
        public double populationVariance() {
            requireCount(1, "populationVariance()");
            return m2 / n;
        }

        /**
         * Given: throws an {@link IllegalStateException} naming {@code method} unless at least
         * {@code atLeast} values have been added.
         */
        private void requireCount(int atLeast, String method) {
            if (n < atLeast) {
                throw new IllegalStateException("Online." + method + " needs at least " + atLeast
                        + (atLeast == 1 ? " value" : " values") + " added, has " + n);
            }
        }
    }
}
