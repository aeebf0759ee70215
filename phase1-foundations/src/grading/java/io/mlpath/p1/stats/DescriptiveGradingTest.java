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
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Descriptive} and {@link Descriptive.Online}.
 *
 * <p>Oracles: Commons Math's {@link DescriptiveStatistics} (mean, sample variance with n − 1,
 * population variance), {@link Percentile} with {@link EstimationType#R_7} (median and
 * quantiles) and {@link SummaryStatistics} (one-pass statistics), on seeded data and on the Iris
 * features; exact closed forms ({@code 1e9 + {4, 7, 13, 16}} has sample variance 30 and
 * population variance 22.5; {@code s² / σ² = n / (n − 1)}). Seeded data come from
 * {@code Seeds.of(...)}; every bound holds for seed offsets 0..19.
 */
@Challenge("p1.stats.descriptive")
class DescriptiveGradingTest {

    private static final String N_MINUS_1 = "the sample variance divides by n - 1 (Bessel's correction), the"
            + " population variance by n: are the two swapped, or both divided by the same count?";
    private static final String CANCELLATION = "sum(x^2) - n * mean^2 cancels catastrophically when the values are"
            + " far from 0 (both terms are near n * 1e18, where doubles are hundreds apart): subtract the mean"
            + " first and sum the squared deviations (two passes)";
    private static final String EVEN_MEDIAN = "with an even number of values the median is the average of the two"
            + " middle sorted values, not the lower or the upper one";
    private static final String R7 = "R-7 interpolates at h = (n - 1) * p (0-based) between sorted[floor(h)] and"
            + " sorted[floor(h) + 1]: is h computed as n * p or (n + 1) * p, is the fraction h - floor(h) dropped,"
            + " or are the values not sorted first?";
    private static final String WELFORD = "Welford's update: n++, delta = x - mean (old mean), mean += delta / n,"
            + " M2 += delta * (x - mean) (new mean)";

    // ---------------------------------------------------------------- mean and variance against Commons Math

    @Test
    @Points(2)
    @DisplayName("the mean matches Commons Math on seeded data and on every Iris feature")
    void meanMatchesCommons() {
        for (int n : new int[] {1, 2, 7, 1000}) {
            double[] x = gaussian(Seeds.of(11) + n, n, 3, 50);
            ArrayAssertions.assertClose("mean of " + n + " seeded values", new DescriptiveStatistics(x).getMean(),
                    Descriptive.mean(x), Tolerance.relative(1e-13), "the mean is the sum of the values divided by n");
        }
        double[][] columns = columns(Datasets.iris().features());
        for (int j = 0; j < columns.length; j++) {
            ArrayAssertions.assertClose("mean of Iris feature " + j, new DescriptiveStatistics(columns[j]).getMean(),
                    Descriptive.mean(columns[j]), Tolerance.relative(1e-13), "the mean is the sum divided by n = 150");
        }
    }

    @Test
    @Points(3)
    @DisplayName("the sample variance divides by n − 1 and matches Commons Math, from n = 2 to n = 1000")
    void sampleVarianceMatchesCommons() {
        for (int n : new int[] {2, 3, 10, 1000}) {
            double[] x = gaussian(Seeds.of(23) + n, n, 2, -7);
            double expected = new DescriptiveStatistics(x).getVariance();
            double actual = Descriptive.sampleVariance(x);
            ArrayAssertions.assertClose("sample variance of " + n + " seeded values", expected, actual,
                    Tolerance.relative(1e-12), varianceMistake(expected, actual, n));
        }
        double[][] columns = columns(Datasets.iris().features());
        for (int j = 0; j < columns.length; j++) {
            double expected = new DescriptiveStatistics(columns[j]).getVariance();
            double actual = Descriptive.sampleVariance(columns[j]);
            ArrayAssertions.assertClose("sample variance of Iris feature " + j, expected, actual,
                    Tolerance.relative(1e-12), varianceMistake(expected, actual, columns[j].length));
        }
    }

    @Test
    @Points(3)
    @DisplayName("the population variance divides by n and matches Commons Math; one value has variance 0")
    void populationVarianceMatchesCommons() {
        for (int n : new int[] {2, 3, 10, 1000}) {
            double[] x = gaussian(Seeds.of(37) + n, n, 5, 100);
            double expected = new DescriptiveStatistics(x).getPopulationVariance();
            double actual = Descriptive.populationVariance(x);
            ArrayAssertions.assertClose("population variance of " + n + " seeded values", expected, actual,
                    Tolerance.relative(1e-12), varianceMistake(expected, actual, n));
        }
        ArrayAssertions.assertClose("population variance of the single value {42}", 0.0,
                Descriptive.populationVariance(new double[] {42}), Tolerance.absolute(0),
                "one value does not vary: the population variance is 0 / 1 = 0");
    }

    @Test
    @Points(2)
    @DisplayName("sample variance / population variance = n / (n − 1) exactly, e.g. 2 for two values")
    void besselRatio() {
        for (int n : new int[] {2, 3, 5, 8}) {
            double[] x = gaussian(Seeds.of(41) + n, n, 1, 0);
            double ratio = Descriptive.sampleVariance(x) / Descriptive.populationVariance(x);
            ArrayAssertions.assertClose("sample variance / population variance for n = " + n, (double) n / (n - 1),
                    ratio, Tolerance.relative(1e-12), N_MINUS_1);
        }
    }

    // ---------------------------------------------------------------- catastrophic cancellation (must catch)

    @Test
    @Points(4)
    @DisplayName("no catastrophic cancellation: 1e9 + {4, 7, 13, 16} has sample variance 30 and population variance 22.5, as does 1e12 + the same")
    void shiftedDataKeepsItsVariance() {
        for (double shift : new double[] {0, 1e9, 1e12}) {
            double[] x = {shift + 4, shift + 7, shift + 13, shift + 16};
            String data = shift == 0 ? "{4, 7, 13, 16}" : shift + " + {4, 7, 13, 16}";
            String mistake = shift == 0 ? "the squared deviations from the mean 10 are 36, 9, 9, 36 (sum 90): "
                    + N_MINUS_1 : "the shift by " + shift + " must not change the variance: " + CANCELLATION;
            ArrayAssertions.assertClose("sample variance of " + data, 30.0, Descriptive.sampleVariance(x),
                    Tolerance.relative(1e-9), mistake);
            ArrayAssertions.assertClose("population variance of " + data, 22.5, Descriptive.populationVariance(x),
                    Tolerance.relative(1e-9), mistake);
            ArrayAssertions.assertClose("mean of " + shift + " + {4, 7, 13, 16}", shift + 10, Descriptive.mean(x),
                    Tolerance.absolute(1e-9 * Math.max(1, shift)), "the mean is the sum divided by n");
        }
    }

    @Test
    @Points(3)
    @DisplayName("shifting 1000 seeded values by +1e8 leaves the variances unchanged (Commons Math on the unshifted values)")
    void varianceIsShiftInvariant() {
        double[] x = gaussian(Seeds.of(53), 1000, 1, 0);
        double[] shifted = Arrays.stream(x).map(v -> v + 1e8).toArray();
        DescriptiveStatistics oracle = new DescriptiveStatistics(x);
        ArrayAssertions.assertClose("sample variance of the values shifted by +1e8 (expected: that of the unshifted"
                + " values)", oracle.getVariance(), Descriptive.sampleVariance(shifted), Tolerance.relative(1e-6),
                CANCELLATION);
        ArrayAssertions.assertClose("population variance of the values shifted by +1e8 (expected: that of the"
                + " unshifted values)", oracle.getPopulationVariance(), Descriptive.populationVariance(shifted),
                Tolerance.relative(1e-6), CANCELLATION);
    }

    // ---------------------------------------------------------------- median and quantiles

    @Test
    @Points(3)
    @DisplayName("the median of an even number of values is the average of the two middle ones: {4, 1, 3, 2} → 2.5, {10, 20} → 15, and as Commons Math on Iris")
    void evenLengthMedian() {
        ArrayAssertions.assertClose("median of {4, 1, 3, 2}", 2.5, Descriptive.median(new double[] {4, 1, 3, 2}),
                Tolerance.absolute(1e-12), EVEN_MEDIAN);
        ArrayAssertions.assertClose("median of {10, 20}", 15.0, Descriptive.median(new double[] {10, 20}),
                Tolerance.absolute(1e-12), EVEN_MEDIAN);
        ArrayAssertions.assertClose("median of {-1, 100, 7, 3, 9, -50}", 5.0,
                Descriptive.median(new double[] {-1, 100, 7, 3, 9, -50}), Tolerance.absolute(1e-12),
                EVEN_MEDIAN + " (sorted: -50, -1, 3, 7, 9, 100)");
        double[] x = gaussian(Seeds.of(61), 500, 4, 1);
        ArrayAssertions.assertClose("median of 500 seeded values", r7(x, 0.5), Descriptive.median(x),
                Tolerance.relative(1e-12), EVEN_MEDIAN);
        double[][] columns = columns(Datasets.iris().features());
        for (int j = 0; j < columns.length; j++) {
            ArrayAssertions.assertClose("median of Iris feature " + j + " (150 values with many ties)",
                    r7(columns[j], 0.5), Descriptive.median(columns[j]), Tolerance.absolute(1e-12), EVEN_MEDIAN);
        }
    }

    @Test
    @Points(2)
    @DisplayName("the median of an odd number of values in any order is the middle sorted value, as Commons Math")
    void oddLengthMedian() {
        ArrayAssertions.assertClose("median of {3, 1, 2}", 2.0, Descriptive.median(new double[] {3, 1, 2}),
                Tolerance.absolute(0), "sort (a copy of) the values first, then take the middle one");
        ArrayAssertions.assertClose("median of {5}", 5.0, Descriptive.median(new double[] {5}), Tolerance.absolute(0),
                "the median of one value is that value");
        double[] x = gaussian(Seeds.of(67), 999, 4, 1);
        ArrayAssertions.assertClose("median of 999 seeded values", r7(x, 0.5), Descriptive.median(x),
                Tolerance.absolute(0), "sort (a copy of) the values first, then take the value at index (n - 1) / 2");
    }

    @Test
    @Points(4)
    @DisplayName("quantiles interpolate linearly (R-7) and match Commons Math's Percentile for p from 0.01 to 1")
    void quantilesMatchCommonsR7() {
        double[] ps = {0.01, 0.1, 0.25, 1.0 / 3, 0.5, 0.6, 0.75, 0.9, 0.95, 0.99, 1.0};
        for (int n : new int[] {2, 5, 11, 100, 1001}) {
            double[] x = gaussian(Seeds.of(71) + n, n, 10, 0);
            for (double p : ps) {
                ArrayAssertions.assertClose("quantile(x, " + p + ") of " + n + " seeded values", r7(x, p),
                        Descriptive.quantile(x, p), Tolerance.absolute(1e-12), R7);
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("quantile(x, 0) is the minimum, quantile(x, 1) the maximum, and quantile is non-decreasing in p")
    void quantileEnds() {
        double[] x = gaussian(Seeds.of(73), 57, 3, 3);
        double min = Arrays.stream(x).min().orElseThrow();
        double max = Arrays.stream(x).max().orElseThrow();
        ArrayAssertions.assertClose("quantile(x, 0)", min, Descriptive.quantile(x, 0), Tolerance.absolute(0),
                "p = 0 gives h = 0: the smallest value");
        ArrayAssertions.assertClose("quantile(x, 1)", max, Descriptive.quantile(x, 1), Tolerance.absolute(0),
                "p = 1 gives h = n - 1: the largest value (do not read past the end of the sorted array)");
        ArrayAssertions.assertClose("quantile({7}, 0.3)", 7.0, Descriptive.quantile(new double[] {7}, 0.3),
                Tolerance.absolute(0), "with one value every quantile is that value");
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 100; i++) {
            double q = Descriptive.quantile(x, i / 100.0);
            if (!(q >= previous)) {
                throw Failure.of("quantile decreases between p = " + (i - 1) / 100.0 + " and p = " + i / 100.0)
                        .line("expected", "quantile(x, " + i / 100.0 + ") >= " + previous)
                        .line("actual", Double.toString(q))
                        .likelyMistake(R7).error();
            }
            previous = q;
        }
    }

    @Test
    @Points(2)
    @DisplayName("median and quantile leave their argument unchanged (they sort a copy)")
    void inputsUnchanged() {
        double[] x = {5, 3, 9, 1, 7, 2};
        double[] copy = x.clone();
        Descriptive.median(x);
        ArrayAssertions.assertClose("x after median(x)", copy, x, Tolerance.absolute(0),
                "median must sort a copy (x.clone()), not the caller's array");
        Descriptive.quantile(x, 0.3);
        ArrayAssertions.assertClose("x after quantile(x, 0.3)", copy, x, Tolerance.absolute(0),
                "quantile must sort a copy (x.clone()), not the caller's array");
    }

    // ---------------------------------------------------------------- Welford (one pass)

    @Test
    @Points(3)
    @DisplayName("Online: count, mean and both variances match Commons Math's SummaryStatistics over 10,000 seeded values")
    void onlineMatchesCommons() {
        double[] x = gaussian(Seeds.of(79), 10_000, 3, -20);
        Descriptive.Online online = new Descriptive.Online();
        SummaryStatistics oracle = new SummaryStatistics();
        for (double v : x) {
            online.add(v);
            oracle.addValue(v);
        }
        ArrayAssertions.assertClose("count after 10,000 values", 10_000, online.count(), Tolerance.absolute(0),
                "add must increment the count once per value");
        ArrayAssertions.assertClose("running mean", oracle.getMean(), online.mean(), Tolerance.relative(1e-12), WELFORD);
        ArrayAssertions.assertClose("running sample variance", oracle.getVariance(), online.sampleVariance(),
                Tolerance.relative(1e-10), WELFORD + "; the sample variance is M2 / (n - 1)");
        ArrayAssertions.assertClose("running population variance", oracle.getPopulationVariance(),
                online.populationVariance(), Tolerance.relative(1e-10), WELFORD + "; the population variance is M2 / n");
    }

    @Test
    @Points(3)
    @DisplayName("Online: no catastrophic cancellation: 1e9 + {4, 7, 13, 16} one at a time gives sample variance 30")
    void onlineShiftedData() {
        for (double shift : new double[] {1e9, 1e12}) {
            Descriptive.Online online = new Descriptive.Online();
            for (double v : new double[] {4, 7, 13, 16}) {
                online.add(shift + v);
            }
            ArrayAssertions.assertClose("running sample variance of " + shift + " + {4, 7, 13, 16}", 30.0,
                    online.sampleVariance(), Tolerance.relative(1e-9),
                    "keeping sum(x) and sum(x^2) and computing sum(x^2) - n * mean^2 at the end cancels"
                            + " catastrophically: " + WELFORD);
            ArrayAssertions.assertClose("running population variance of " + shift + " + {4, 7, 13, 16}", 22.5,
                    online.populationVariance(), Tolerance.relative(1e-9), WELFORD);
        }
    }

    @Test
    @Points(2)
    @DisplayName("Online: after every prefix of the data, the running statistics equal the batch ones")
    void onlineEqualsBatchAtEveryPrefix() {
        double[] x = gaussian(Seeds.of(83), 40, 2, 5);
        Descriptive.Online online = new Descriptive.Online();
        DescriptiveStatistics oracle = new DescriptiveStatistics();
        for (int i = 0; i < x.length; i++) {
            online.add(x[i]);
            oracle.addValue(x[i]);
            ArrayAssertions.assertClose("count after " + count(i + 1), i + 1, online.count(),
                    Tolerance.absolute(0), "add must increment the count once per value");
            ArrayAssertions.assertClose("running mean after " + count(i + 1), oracle.getMean(), online.mean(),
                    Tolerance.relative(1e-12), WELFORD);
            ArrayAssertions.assertClose("running population variance after " + count(i + 1),
                    oracle.getPopulationVariance(), online.populationVariance(), Tolerance.absolute(1e-12), WELFORD);
            if (i >= 1) {
                ArrayAssertions.assertClose("running sample variance after " + count(i + 1), oracle.getVariance(),
                        online.sampleVariance(), Tolerance.absolute(1e-12), WELFORD);
            }
        }
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects null, empty, too-short and non-finite input and p outside [0, 1] with an IllegalArgumentException naming the rule")
    void rejectsInvalidInput() {
        assertRejects("mean(null)", () -> Descriptive.mean(null), "x must not be null", "null");
        assertRejects("mean of no values", () -> Descriptive.mean(new double[0]), "at least 1 value", "0");
        assertRejects("sampleVariance of one value", () -> Descriptive.sampleVariance(new double[] {3}),
                "at least 2 values (it divides by n - 1)", "2", "1");
        assertRejects("populationVariance of no values", () -> Descriptive.populationVariance(new double[0]),
                "at least 1 value", "0");
        assertRejects("median of no values", () -> Descriptive.median(new double[0]), "at least 1 value", "0");
        assertRejects("mean with NaN at [1]", () -> Descriptive.mean(new double[] {1, Double.NaN, 3}),
                "values must be finite", "NaN");
        assertRejects("sampleVariance with Infinity at [2]",
                () -> Descriptive.sampleVariance(new double[] {1, 2, Double.POSITIVE_INFINITY}),
                "values must be finite", "Infinity");
        assertRejects("median with NaN", () -> Descriptive.median(new double[] {Double.NaN, 1}),
                "values must be finite", "NaN");
        assertRejects("quantile(x, 1.5)", () -> Descriptive.quantile(new double[] {1, 2}, 1.5), "p in [0, 1]", "1.5");
        assertRejects("quantile(x, -0.1)", () -> Descriptive.quantile(new double[] {1, 2}, -0.1), "p in [0, 1]", "-0.1");
        assertRejects("quantile(x, NaN)", () -> Descriptive.quantile(new double[] {1, 2}, Double.NaN), "p in [0, 1]",
                "NaN");
        assertRejects("quantile(null, 0.5)", () -> Descriptive.quantile(null, 0.5), "x must not be null", "null");
    }

    @Test
    @Points(2)
    @DisplayName("Online: statistics of too few values throw IllegalStateException; add(NaN) is rejected and leaves the accumulator unchanged")
    void onlineRejectsInvalidUse() {
        Descriptive.Online online = new Descriptive.Online();
        Throwable thrown = rethrowTodo(catchThrowable(() -> online.add(Double.NaN)));
        assertThat(thrown).as("add(NaN) must throw IllegalArgumentException (rule: values must be finite)")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage()).as("the message of add(NaN) must name the bad value NaN").contains("NaN");
        online.add(4);
        assertThat(online.count()).as("count after add(NaN) was rejected and add(4) accepted: a rejected value"
                + " must not be counted").isEqualTo(1);
        ArrayAssertions.assertClose("mean after add(NaN) was rejected and add(4) accepted", 4.0, online.mean(),
                Tolerance.absolute(0), "check the value before changing n, mean or M2");
        Throwable early = rethrowTodo(catchThrowable(online::sampleVariance));
        assertThat(early).as("sampleVariance() after one value must throw IllegalStateException (it divides by n - 1 = 0)")
                .isInstanceOf(IllegalStateException.class);
        Throwable empty = rethrowTodo(catchThrowable(() -> new Descriptive.Online().mean()));
        assertThat(empty).as("mean() before any add must throw IllegalStateException")
                .isInstanceOf(IllegalStateException.class);
    }

    // ---------------------------------------------------------------- helpers

    /** Names the likely mistake from how far a variance is off: n vs n − 1, or rounding (cancellation). */
    private static String varianceMistake(double expected, double actual, int n) {
        double ratio = actual / expected;
        if (Math.abs(ratio - (double) n / (n - 1)) < 1e-6 || Math.abs(ratio - (n - 1.0) / n) < 1e-6) {
            return "off by the factor n / (n - 1) = " + n + " / " + (n - 1) + ": " + N_MINUS_1;
        }
        if (Math.abs(ratio - 1) < 1e-6) {
            return "off in the last digits only: " + CANCELLATION;
        }
        return "is the mean subtracted from each value before squaring? " + N_MINUS_1;
    }

    private static String count(int n) {
        return n + (n == 1 ? " value" : " values");
    }

    /** Commons Math's R-7 quantile (its Percentile takes p in (0, 100]). */
    private static double r7(double[] x, double p) {
        return new Percentile().withEstimationType(EstimationType.R_7).evaluate(x, p * 100);
    }

    private static double[] gaussian(long seed, int n, double sd, double mean) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + sd * random.nextGaussian();
        }
        return x;
    }

    private static double[][] columns(double[][] rows) {
        double[][] columns = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                columns[j][i] = rows[i][j];
            }
        }
        return columns;
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
