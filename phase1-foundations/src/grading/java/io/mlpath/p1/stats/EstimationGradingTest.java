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
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Estimation}.
 *
 * <p>Oracles: the closed-form MLEs computed with Commons Math 3.6.1 ({@link Mean},
 * {@link Variance} without bias correction, i.e. divided by n); the normal log-likelihood summed
 * with {@link NormalDistribution#logDensity}; the bootstrap's documented contract
 * ({@code sample[random.nextInt(n)]} position by position, resample by resample) replayed by the
 * test with its own {@link Random} and Commons {@link Percentile} (type R-7, linear
 * interpolation); normal theory for the interval width; and the coverage of the 95 % interval.
 *
 * <p>Randomised checks draw from {@code Seeds.of}: the coverage band [0.90, 0.965] is the
 * percentile bootstrap's coverage for n = 40 normal values with B = 400 (0.932, measured with
 * numpy over 20,000 repetitions: below 0.95 because the interval uses σ̂ with n and normal, not
 * t, quantiles) ± 4 binomial standard errors of 1,000 repetitions (0.008). The bounds hold for seed
 * offsets 0..19 ({@code -Dmlpath.seed.offset}).
 */
@Challenge("p1.stats.estimation")
class EstimationGradingTest {

    private static final String VARIANCE_N = "the MLE of sigma² divides the squared deviations by n; dividing by"
            + " n - 1 gives the unbiased estimate, which does not maximise the likelihood";
    private static final String RATE = "the MLE of the exponential rate lambda is 1 / mean, not the mean (the mean"
            + " of Exponential(lambda) is 1/lambda)";
    private static final String WITH_REPLACEMENT = "resample WITH replacement: each position is"
            + " sample[random.nextInt(n)]. Shuffling (without replacement) only permutes the sample, so every"
            + " replicate of the mean is the same and the interval has width 0";
    private static final String ALPHA_HALF = "the percentile interval at confidence 1 - alpha takes the quantiles at"
            + " alpha/2 and 1 - alpha/2 (2.5 % and 97.5 % for 95 %), not at alpha and 1 - alpha";
    private static final String QUANTILE = "sort the B replicates and interpolate linearly: h = (B - 1) p, j = floor(h),"
            + " q = v_j + (h - j)(v_{j+1} - v_j)";

    // ---------------------------------------------------------------- maximum likelihood

    @Test
    @Points(2)
    @DisplayName("the Bernoulli MLE is the fraction of ones, including 0 and 1 at the boundary")
    void bernoulliIsTheFractionOfOnes() {
        Random random = new Random(Seeds.of(31));
        int[] outcomes = new int[137];
        int ones = 0;
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = random.nextDouble() < 0.35 ? 1 : 0;
            ones += outcomes[i];
        }
        ArrayAssertions.assertClose("bernoulliMle of " + ones + " ones in 137", ones / 137.0,
                Estimation.bernoulliMle(outcomes), Tolerance.relative(1e-15), "p = k / n: count the ones, divide by n");
        ArrayAssertions.assertClose("bernoulliMle({0, 0, 0})", 0, Estimation.bernoulliMle(new int[] {0, 0, 0}),
                Tolerance.absolute(0), "no ones: p = 0");
        ArrayAssertions.assertClose("bernoulliMle({1})", 1, Estimation.bernoulliMle(new int[] {1}),
                Tolerance.absolute(0), "all ones: p = 1");
    }

    @Test
    @Points(3)
    @DisplayName("the normal MLE is the mean and the variance divided by n (Commons Mean and Variance(false))")
    void normalMatchesCommons() {
        Random random = new Random(Seeds.of(32));
        for (int n : new int[] {2, 7, 50}) {
            double[] sample = new double[n];
            for (int i = 0; i < n; i++) {
                sample[i] = -3 + 4 * random.nextGaussian();
            }
            double[] copy = sample.clone();
            Estimation.NormalFit fit = Estimation.normalMle(copy);
            ArrayAssertions.assertClose("normal MLE mean of " + n + " values", new Mean().evaluate(sample), fit.mean(),
                    Tolerance.relative(1e-12), "mu = the sample mean");
            ArrayAssertions.assertClose("normal MLE variance of " + n + " values",
                    new Variance(false).evaluate(sample), fit.variance(), Tolerance.relative(1e-12), VARIANCE_N);
            ArrayAssertions.assertClose("the sample after normalMle", sample, copy, Tolerance.absolute(0),
                    "normalMle must not change its input");
        }
        Estimation.NormalFit shifted = Estimation.normalMle(new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16});
        ArrayAssertions.assertClose("normal MLE variance of 1e9 + {4, 7, 13, 16}", 22.5, shifted.variance(),
                Tolerance.relative(1e-9), "subtract the mean before squaring: E[x²] - E[x]² cancels catastrophically"
                        + " when the mean is large");
    }

    @Test
    @Points(2)
    @DisplayName("the normal MLE maximises the log-likelihood: moving μ or σ² (including to the n − 1 variance) lowers it")
    void normalMaximisesTheLikelihood() {
        Random random = new Random(Seeds.of(33));
        double[] sample = new double[10];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = 2 + 1.5 * random.nextGaussian();
        }
        Estimation.NormalFit fit = Estimation.normalMle(sample);
        double best = logLikelihood(sample, fit.mean(), fit.variance());
        double unbiased = new Variance(true).evaluate(sample);
        double[][] others = {
            {fit.mean() + 0.01, fit.variance()}, {fit.mean() - 0.01, fit.variance()},
            {fit.mean(), fit.variance() * 1.01}, {fit.mean(), fit.variance() * 0.99},
            {new Mean().evaluate(sample), unbiased},
        };
        for (double[] other : others) {
            double value = logLikelihood(sample, other[0], other[1]);
            if (!(best > value)) {
                throw Failure.of("the normal log-likelihood at the returned (mu, sigma²) = (" + fit.mean() + ", "
                                + fit.variance() + ") is not above its value at (" + other[0] + ", " + other[1] + ")")
                        .expected("log-likelihood above " + value)
                        .actual(best)
                        .likelyMistake(VARIANCE_N)
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the exponential MLE of the rate is 1 / mean: {2, 4} gives 1/3, seeded samples match 1 / Commons Mean")
    void exponentialRateIsTheReciprocalMean() {
        ArrayAssertions.assertClose("exponentialMle({2, 4})", 1.0 / 3, Estimation.exponentialMle(new double[] {2, 4}),
                Tolerance.relative(1e-15), RATE);
        ArrayAssertions.assertClose("exponentialMle({0, 0, 5})", 0.6, Estimation.exponentialMle(new double[] {0, 0, 5}),
                Tolerance.relative(1e-15), RATE + "; zeros are valid exponential values");
        Random random = new Random(Seeds.of(34));
        double[] sample = exponential(random, 25, 3);
        ArrayAssertions.assertClose("exponentialMle of 25 seeded values", 1 / new Mean().evaluate(sample),
                Estimation.exponentialMle(sample), Tolerance.relative(1e-12), RATE);
    }

    @Test
    @Points(2)
    @DisplayName("the MLEs are consistent: on 20,000 seeded draws each lands within 4 standard errors of the true parameter")
    void estimatesAreConsistent() {
        Random random = new Random(Seeds.of(35));
        int n = 20_000;
        int[] coin = new int[n];
        double[] normal = new double[n];
        for (int i = 0; i < n; i++) {
            coin[i] = random.nextDouble() < 0.3 ? 1 : 0;
            normal[i] = 2 + 3 * random.nextGaussian();
        }
        double[] waits = exponential(random, n, 0.5);
        assertWithin("Bernoulli p (true 0.3)", 0.3, Estimation.bernoulliMle(coin), Math.sqrt(0.3 * 0.7 / n),
                "p = k / n");
        Estimation.NormalFit fit = Estimation.normalMle(normal);
        assertWithin("normal mu (true 2)", 2, fit.mean(), 3 / Math.sqrt(n), "mu = the sample mean");
        assertWithin("normal sigma² (true 9)", 9, fit.variance(), 9 * Math.sqrt(2.0 / n), VARIANCE_N);
        assertWithin("exponential rate (true 0.5)", 0.5, Estimation.exponentialMle(waits), 0.5 / Math.sqrt(n), RATE);
    }

    // ---------------------------------------------------------------- resampling

    @Test
    @Points(3)
    @DisplayName("resample draws with replacement: n values of the sample, repeats included, about 63.4 % distinct")
    void resampleDrawsWithReplacement() {
        double[] sample = new double[100];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = i;
        }
        double[] copy = sample.clone();
        Random random = new Random(Seeds.of(36));
        int repetitions = 200;
        double distinctTotal = 0;
        for (int r = 0; r < repetitions; r++) {
            double[] drawn = Estimation.resample(copy, random);
            if (drawn == null || drawn.length != sample.length) {
                throw Failure.of("resample must return n = 100 values")
                        .expected(sample.length + " values").actual(drawn == null ? "null" : drawn.length + " values")
                        .likelyMistake("draw exactly n values, one per position").error();
            }
            for (double v : drawn) {
                if (!(v >= 0 && v <= 99 && v == Math.rint(v))) {
                    throw Failure.of("resample returned a value that is not in the sample")
                            .expected("values of {0, 1, ..., 99}").actual(v)
                            .likelyMistake("each position is sample[random.nextInt(n)]").error();
                }
            }
            distinctTotal += Arrays.stream(drawn).distinct().count();
        }
        ArrayAssertions.assertClose("the sample after 200 resamples", sample, copy, Tolerance.absolute(0),
                "resample must not change (e.g. shuffle) its input; write into a new array");
        // E[distinct] = n (1 - (1 - 1/n)^n) = 63.40 for n = 100, with sd ≈ 3.1 per resample.
        double expected = 100 * (1 - Math.pow(0.99, 100));
        ArrayAssertions.assertClose("average number of distinct values in a resample of 100", expected,
                distinctTotal / repetitions, Tolerance.absolute(1.5), WITH_REPLACEMENT);
    }

    @Test
    @Points(2)
    @DisplayName("resample follows its contract: position i is sample[random.nextInt(n)], in order")
    void resampleFollowsTheContract() {
        double[] sample = {3.5, -1, 8, 0.25, 12, 7, 7, 2};
        long seed = Seeds.of(37);
        Random replay = new Random(seed);
        double[] expected = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            expected[i] = sample[replay.nextInt(sample.length)];
        }
        ArrayAssertions.assertClose("resample(sample, new Random(" + seed + "))", expected,
                Estimation.resample(sample, new Random(seed)), Tolerance.absolute(0),
                "draw exactly one random.nextInt(n) per position, from position 0 to n - 1, and nothing else; "
                        + WITH_REPLACEMENT);
    }

    // ---------------------------------------------------------------- bootstrap interval

    @Test
    @Points(3)
    @DisplayName("the interval is the R-7 percentiles of the bootstrap replicates, for the mean and for the median")
    void intervalIsThePercentilesOfTheReplicates() {
        Random random = new Random(Seeds.of(38));
        double[] sample = exponential(random, 30, 1);
        Median median = new Median();
        ToDoubleFunction<double[]> mean = x -> new Mean().evaluate(x);
        ToDoubleFunction<double[]> med = median::evaluate;
        int b = 999;
        for (double confidence : new double[] {0.95, 0.8}) {
            for (ToDoubleFunction<double[]> statistic : java.util.List.of(mean, med)) {
                String name = (statistic == mean ? "mean" : "median") + ", " + confidence + " confidence, B = " + b;
                long seed = Seeds.of(39);
                Random replay = new Random(seed);
                double[] replicates = new double[b];
                for (int r = 0; r < b; r++) {
                    double[] drawn = new double[sample.length];
                    for (int i = 0; i < drawn.length; i++) {
                        drawn[i] = sample[replay.nextInt(sample.length)];
                    }
                    replicates[r] = statistic.applyAsDouble(drawn);
                }
                Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
                double alpha = 1 - confidence;
                double[] expected = {percentile.evaluate(replicates, 100 * alpha / 2),
                    percentile.evaluate(replicates, 100 * (1 - alpha / 2))};
                Estimation.Interval ci = Estimation.bootstrapPercentileCi(sample.clone(), statistic, b, confidence,
                        new Random(seed));
                ArrayAssertions.assertClose("bootstrap interval (" + name + ")", expected,
                        new double[] {ci.lower(), ci.upper()}, Tolerance.relative(1e-12),
                        ALPHA_HALF + ". Or: " + QUANTILE + ". Or: draw the B resamples in order with resample(sample,"
                                + " random), one statistic per resample");
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the interval of the mean has positive width and contains the sample mean (resampling is with replacement)")
    void intervalHasPositiveWidth() {
        Random random = new Random(Seeds.of(40));
        double[] sample = new double[30];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = 50 + 10 * random.nextGaussian();
        }
        double mean = new Mean().evaluate(sample);
        Estimation.Interval ci = Estimation.bootstrapPercentileCi(sample, Estimation::mean, 500, 0.95, random);
        if (!(ci.upper() - ci.lower() > 1 && ci.lower() < mean && mean < ci.upper())) {
            throw Failure.of("the 95 % interval of the mean of 30 values with sd 10 must contain the sample mean and"
                            + " be several units wide (about ±3.6)")
                    .expected("an interval around " + mean + " of width about 7")
                    .actual(ci)
                    .line("width", String.valueOf(ci.upper() - ci.lower()))
                    .likelyMistake(WITH_REPLACEMENT).error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("the 95 % and 90 % intervals of the mean of 200 normal values are ±1.96 and ±1.645 σ̂/√n wide, within 10 %")
    void intervalWidthMatchesNormalTheory() {
        Random random = new Random(Seeds.of(41));
        double[] sample = new double[200];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = 1 + 2 * random.nextGaussian();
        }
        double standardError = Math.sqrt(new Variance(false).evaluate(sample) / sample.length);
        for (double confidence : new double[] {0.95, 0.90}) {
            double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
            Estimation.Interval ci = Estimation.bootstrapPercentileCi(sample, Estimation::mean, 2000, confidence, random);
            double ratio = (ci.upper() - ci.lower()) / (2 * z * standardError);
            if (!(Math.abs(ratio - 1) <= 0.1)) {
                throw Failure.of("the " + confidence + " interval of the mean is " + ratio
                                + " times the normal-theory width 2 · " + z + " · σ̂/√n")
                        .expected("a width of " + 2 * z * standardError + " (within 10 %)")
                        .actual(ci.upper() - ci.lower())
                        .line("interval", String.valueOf(ci))
                        .likelyMistake(ALPHA_HALF + (ratio < 0.01 ? ". Or: " + WITH_REPLACEMENT : ""))
                        .error();
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("coverage: the 95 % interval of the mean contains the true mean in 90 % to 96.5 % of 1,000 seeded samples")
    void coverage() {
        Random random = new Random(Seeds.of(42));
        int repetitions = 1000;
        int covered = 0;
        for (int r = 0; r < repetitions; r++) {
            double[] sample = new double[40];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = 5 + 2 * random.nextGaussian();
            }
            Estimation.Interval ci = Estimation.bootstrapPercentileCi(sample, Estimation::mean, 400, 0.95, random);
            if (ci.lower() <= 5 && 5 <= ci.upper()) {
                covered++;
            }
        }
        double rate = (double) covered / repetitions;
        if (!(rate >= 0.90 && rate <= 0.965)) {
            throw Failure.of(covered + " of " + repetitions + " 95 % intervals (n = 40, B = 400) contained the true"
                            + " mean 5")
                    .expected("a coverage in [0.90, 0.965] (the percentile bootstrap gives about 0.93 here)")
                    .actual(rate)
                    .likelyMistake(rate < 0.5 ? WITH_REPLACEMENT : ALPHA_HALF)
                    .error();
        }
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects null, empty and non-finite samples, outcomes other than 0/1, bad rates, B < 1 and confidence outside (0, 1)")
    void rejectsInvalidInput() {
        Random random = new Random(1);
        double[] ok = {1, 2, 3};
        assertRejects("bernoulliMle({0, 1, 2})", () -> Estimation.bernoulliMle(new int[] {0, 1, 2}),
                "outcomes must each be 0 or 1", "2");
        assertRejects("bernoulliMle({})", () -> Estimation.bernoulliMle(new int[0]), "at least one value", "empty");
        assertRejects("normalMle(null)", () -> Estimation.normalMle(null), "sample must not be null", "null");
        assertRejects("normalMle({1, NaN})", () -> Estimation.normalMle(new double[] {1, Double.NaN}),
                "values must be finite", "NaN");
        assertRejects("exponentialMle({1, -2})", () -> Estimation.exponentialMle(new double[] {1, -2}),
                "exponential values must be non-negative", "-2");
        assertRejects("exponentialMle({0, 0})", () -> Estimation.exponentialMle(new double[] {0, 0}),
                "the mean must be positive for a finite rate", "0");
        assertRejects("resample({1, 2, 3}, null)", () -> Estimation.resample(ok, null), "random must not be null",
                "null");
        assertRejects("bootstrapPercentileCi with B = 0",
                () -> Estimation.bootstrapPercentileCi(ok, Estimation::mean, 0, 0.95, random), "resamples >= 1", "0");
        assertRejects("bootstrapPercentileCi with confidence 1",
                () -> Estimation.bootstrapPercentileCi(ok, Estimation::mean, 10, 1, random),
                "confidence strictly between 0 and 1", "1");
        assertRejects("bootstrapPercentileCi with confidence 95",
                () -> Estimation.bootstrapPercentileCi(ok, Estimation::mean, 10, 95, random),
                "confidence is a fraction, not a percentage", "95");
        assertRejects("bootstrapPercentileCi with a null statistic",
                () -> Estimation.bootstrapPercentileCi(ok, null, 10, 0.95, random), "statistic must not be null",
                "statistic");
        assertRejects("bootstrapPercentileCi with a statistic that returns NaN",
                () -> Estimation.bootstrapPercentileCi(ok, x -> Double.NaN, 10, 0.95, random),
                "the statistic must return a finite value", "NaN");
    }

    // ---------------------------------------------------------------- helpers

    private static double logLikelihood(double[] sample, double mean, double variance) {
        NormalDistribution normal = new NormalDistribution(null, mean, Math.sqrt(variance));
        double sum = 0;
        for (double x : sample) {
            sum += normal.logDensity(x);
        }
        return sum;
    }

    private static double[] exponential(Random random, int n, double rate) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = -Math.log1p(-random.nextDouble()) / rate;
        }
        return values;
    }

    private static void assertWithin(String what, double truth, double estimate, double standardError,
                                     String likelyMistake) {
        double distance = Math.abs(estimate - truth) / standardError;
        if (!(distance <= 4)) {
            throw Failure.of(what + " is " + distance + " standard errors from the true value")
                    .expected(truth).actual(estimate)
                    .line("allowed", "4 standard errors of " + standardError)
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
