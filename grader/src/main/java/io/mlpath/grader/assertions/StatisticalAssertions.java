package io.mlpath.grader.assertions;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Checks seeded random output against the distribution it should follow.
 *
 * <p>Random tests in mlpath are seeded, so each check is deterministic: it passes or fails the
 * same way on every run. Bounds are stated in standard errors ({@code z}); a bound of
 * {@code z = 4} fails a correct implementation with probability about 6e-5 for a fresh seed,
 * and the chosen seed is known to pass. A mistake that moves the mean by a few standard errors
 * fails reliably.
 *
 * <pre>{@code
 * double[] draws = sampler.sample(new Random(42), 10_000);
 * StatisticalAssertions.assertMeanWithin("exponential(2) samples", draws, 0.5, 0.5, 4,
 *         "is the rate used as the scale (mean 1/λ)?");
 * }</pre>
 */
public final class StatisticalAssertions {

    private StatisticalAssertions() {
    }

    /**
     * Fails unless the sample mean is within {@code z} standard errors ({@code sd / √n}) of
     * {@code expectedMean}.
     */
    public static void assertMeanWithin(String what, double[] samples, double expectedMean, double sd, double z,
                                        String likelyMistake) {
        double mean = Arrays.stream(samples).average().orElse(Double.NaN);
        double standardError = sd / Math.sqrt(samples.length);
        double distance = Math.abs(mean - expectedMean) / standardError;
        if (!(distance <= z)) {
            throw Failure.of("the mean of " + samples.length + " " + what + " is " + Formats.number(distance)
                            + " standard errors from the expected mean")
                    .expected(expectedMean).actual(mean)
                    .line("allowed", z + " standard errors of " + Formats.number(standardError))
                    .likelyMistake(likelyMistake).error();
        }
    }

    /**
     * Fails unless {@code successes / trials} is within {@code z} standard errors
     * ({@code √(p(1−p)/n)}) of {@code p}.
     */
    public static void assertProportionWithin(String what, long successes, long trials, double p, double z,
                                              String likelyMistake) {
        double observed = (double) successes / trials;
        double standardError = Math.sqrt(p * (1 - p) / trials);
        double distance = Math.abs(observed - p) / standardError;
        if (!(distance <= z)) {
            throw Failure.of("the proportion of " + what + " is " + Formats.number(distance)
                            + " standard errors from the expected proportion")
                    .expected(p).actual(observed)
                    .line("counts", successes + " of " + trials)
                    .line("allowed", z + " standard errors of " + Formats.number(standardError))
                    .likelyMistake(likelyMistake).error();
        }
    }

    /**
     * Fails when the one-sample Kolmogorov-Smirnov test rejects, at level {@code alpha}, that
     * the samples come from the distribution with the given {@code cdf}.
     *
     * <p>The statistic is {@code D = sup |F_n(x) − F(x)|}; its p-value comes from Commons Math's
     * exact/asymptotic KS distribution.
     */
    public static void assertFollowsDistribution(String what, double[] samples, DoubleUnaryOperator cdf,
                                                 double alpha, String likelyMistake) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(sorted[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        double pValue = 1 - new KolmogorovSmirnovTest().cdf(d, n);
        if (!(pValue >= alpha)) {
            throw Failure.of(n + " " + what + " do not follow the expected distribution (Kolmogorov-Smirnov)")
                    .line("statistic", "D = " + Formats.number(d))
                    .line("p-value", Formats.number(pValue) + " (must be at least " + alpha + ")")
                    .likelyMistake(likelyMistake).error();
        }
    }
}
