package io.mlpath.p1.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Point estimates by maximum likelihood, and a confidence interval for any statistic by the
 * percentile bootstrap.
 *
 * <h2>The maths</h2>
 * The maximum-likelihood estimate (MLE) is the parameter that makes the observed data most
 * probable: it maximises the log-likelihood {@code ℓ(θ) = Σ_i ln p(x_i; θ)}, found where
 * {@code dℓ/dθ = 0}.
 * <ul>
 *   <li><b>Bernoulli(p)</b>, {@code x_i ∈ {0, 1}}: {@code ℓ = k ln p + (n − k) ln(1 − p)}, so
 *       {@code p̂ = k / n}, the fraction of ones.</li>
 *   <li><b>Normal(μ, σ²)</b>: {@code μ̂ = x̄} and {@code σ̂² = (1/n) Σ (x_i − x̄)²}, divided by
 *       {@code n}, not {@code n − 1}: the MLE is biased (its mean is {@code (n − 1)σ²/n}), and the
 *       unbiased {@code s²} does not maximise the likelihood.</li>
 *   <li><b>Exponential(λ)</b> with density {@code λ e^{−λx}}: {@code ℓ = n ln λ − λ Σ x_i}, so
 *       {@code λ̂ = 1 / x̄}: the estimate of the <i>rate</i> is the reciprocal of the mean.</li>
 * </ul>
 * <b>The bootstrap</b> estimates the sampling distribution of a statistic {@code T} by
 * recomputing it on resamples: each resample draws {@code n} values from the sample <i>with
 * replacement</i> (so some values repeat and about {@code 1 − 1/e ≈ 63.2 %} of the originals
 * appear). With {@code B} bootstrap replicates {@code T*_1, …, T*_B}, the percentile interval at
 * confidence {@code 1 − α} is {@code [q(α/2), q(1 − α/2)]}, the empirical quantiles of the
 * replicates. Resampling <i>without</i> replacement only permutes the sample: every replicate of a
 * symmetric statistic is identical and the interval has width 0.
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Estimation.bernoulliMle(new int[] {1, 0, 1, 1});          // 0.75
 * Estimation.normalMle(new double[] {1, 2, 3, 4, 5});       // NormalFit[mean=3.0, variance=2.0]  (10/5, not 10/4)
 * Estimation.exponentialMle(new double[] {0.5, 1.5, 1});    // 1.0  (1 / mean)
 * Estimation.bootstrapPercentileCi(sample, Estimation::mean, 2000, 0.95, new Random(42));
 *     // for 100 draws of N(0, 1): about [mean − 0.2, mean + 0.2]  (≈ ±1.96 σ / √n)
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>The bootstrap is random: pass a seeded {@link Random}, and draw every index with
 *       {@code random.nextInt(n)}, in the order documented on {@link #resample} and
 *       {@link #bootstrapPercentileCi}, so that the same seed gives the same interval.</li>
 *   <li>Quantiles use linear interpolation between order statistics (type 7 of Hyndman and Fan,
 *       numpy's and R's default): with the replicates sorted, {@code v_0 ≤ … ≤ v_{B−1}},
 *       {@code q(p) = v_j + (h − j)(v_{j+1} − v_j)}, {@code h = (B − 1) p}, {@code j = ⌊h⌋}.</li>
 *   <li>The percentile interval of the mean of {@code n} normal values is close to
 *       {@code x̄ ± 1.96 σ̂/√n}; its coverage is a little below the nominal level for small
 *       {@code n} (about 93 % for {@code n = 40}).</li>
 *   <li>An exponential MLE needs a positive mean: a sample of zeros has no finite rate.</li>
 * </ul>
 *
 * <p>References: L. Wasserman, <i>All of Statistics</i> (2004), §9.3 (maximum likelihood) and
 * ch. 8 (the bootstrap, §8.3 percentile intervals); B. Efron and R. J. Tibshirani, <i>An
 * Introduction to the Bootstrap</i> (1993), ch. 6 and 13; R. J. Hyndman and Y. Fan, "Sample
 * quantiles in statistical packages", <i>The American Statistician</i> 50 (1996).
 */
public final class Estimation {

    private Estimation() {
    }

    /**
     * The maximum-likelihood estimates of a normal distribution.
     *
     * @param mean     {@code μ̂ = x̄}
     * @param variance {@code σ̂² = (1/n) Σ (x_i − x̄)²}, divided by {@code n}
     */
    public record NormalFit(double mean, double variance) {
    }

    /**
     * A confidence interval {@code [lower, upper]}.
     *
     * @param lower the lower end
     * @param upper the upper end, {@code ≥ lower}
     */
    public record Interval(double lower, double upper) {
    }

    /**
     * The MLE of a Bernoulli probability: the fraction of ones, {@code p̂ = k / n}.
     *
     * <p>Example: {@code bernoulliMle({1, 0, 1, 1}) = 0.75}; {@code bernoulliMle({0, 0}) = 0} (the
     * MLE may sit on the boundary).
     *
     * @param outcomes at least one value, each 0 or 1; left unchanged
     * @return {@code k / n}
     * @throws IllegalArgumentException if {@code outcomes} is null, empty or holds a value other
     *                                  than 0 and 1
     */
    public static double bernoulliMle(int[] outcomes) {
        throw new UnsupportedOperationException("TODO(p1.stats.estimation): validate (each outcome 0 or 1), then return the fraction of ones");
    }

    /**
     * The MLE of a normal distribution: {@code μ̂ = x̄}, {@code σ̂² = (1/n) Σ (x_i − x̄)²}.
     *
     * <p>Example: {@code normalMle({1, 2, 3, 4, 5})} is {@code NormalFit[mean=3.0, variance=2.0]}
     * (squared deviations 4 + 1 + 0 + 1 + 4 = 10, divided by n = 5).
     *
     * @param sample at least one finite value; left unchanged
     * @return the mean and the variance divided by {@code n}
     * @throws IllegalArgumentException if {@code sample} is null, empty or holds a non-finite value
     */
    public static NormalFit normalMle(double[] sample) {
        throw new UnsupportedOperationException("TODO(p1.stats.estimation): validate, then the mean and the mean squared deviation from it (divided by n)");
    }

    /**
     * The MLE of the rate of an exponential distribution (density {@code λ e^{−λx}}):
     * {@code λ̂ = 1 / x̄}.
     *
     * <p>Example: {@code exponentialMle({0.5, 1.5, 1}) = 1}; {@code exponentialMle({2, 4}) = 1/3}.
     *
     * @param sample at least one finite value, each {@code ≥ 0}, with a positive mean; left
     *               unchanged
     * @return {@code 1 / x̄}
     * @throws IllegalArgumentException if {@code sample} is null, empty, holds a negative or
     *                                  non-finite value, or is all zeros
     */
    public static double exponentialMle(double[] sample) {
        throw new UnsupportedOperationException("TODO(p1.stats.estimation): validate (values >= 0, mean > 0), then return 1 / mean");
    }

    /**
     * One bootstrap resample: {@code n} values drawn from {@code sample} with replacement.
     *
     * <p>Position {@code i = 0, 1, …, n − 1} of the result is {@code sample[random.nextInt(n)]},
     * drawn in that order (exactly {@code n} calls to {@code nextInt(n)}), so a seeded
     * {@code Random} gives a reproducible resample.
     *
     * <p>Example: a resample of {@code {10, 20, 30}} might be {@code {30, 10, 30}}: a value may
     * appear several times and another not at all. Of 100 distinct values, about 63 appear.
     *
     * @param sample at least one finite value; left unchanged
     * @param random the source of indices, not null
     * @return a new array of {@code n} values
     * @throws IllegalArgumentException if {@code sample} is null, empty or holds a non-finite
     *                                  value, or {@code random} is null
     */
    public static double[] resample(double[] sample, Random random) {
        throw new UnsupportedOperationException("TODO(p1.stats.estimation): validate, then position i = sample[random.nextInt(n)] for i = 0 .. n - 1, in that order");
    }

    /**
     * The percentile bootstrap confidence interval of a statistic.
     *
     * <p>For {@code b = 1, …, B} in order: draw {@code resample(sample, random)} and compute
     * {@code T*_b = statistic(resample)}. Sort the replicates and return
     * {@code [q(α/2), q(1 − α/2)]} with {@code α = 1 − confidence} and the linear-interpolation
     * quantile {@code q(p) = v_j + (h − j)(v_{j+1} − v_j)}, {@code h = (B − 1) p},
     * {@code j = ⌊h⌋} (for {@code h = B − 1}, {@code q = v_{B−1}}).
     *
     * <p>Example: for 100 draws of N(0, 1), the mean as the statistic, {@code B = 2000} and
     * confidence 0.95, the interval is about {@code x̄ ± 0.2}; for 0.90 it is about {@code x̄ ± 0.165}.
     *
     * @param sample     at least one finite value; left unchanged
     * @param statistic  the statistic, computed on each resample; must return a finite value;
     *                   it may keep or change the array it is given (each resample is fresh)
     * @param resamples  {@code B ≥ 1}
     * @param confidence {@code 1 − α}, strictly between 0 and 1
     * @param random     the source of every index, not null
     * @return the interval {@code [q(α/2), q(1 − α/2)]}
     * @throws IllegalArgumentException if an argument breaks those rules, or the statistic returns
     *                                  a non-finite value
     */
    public static Interval bootstrapPercentileCi(double[] sample, ToDoubleFunction<double[]> statistic, int resamples,
                                                 double confidence, Random random) {
        throw new UnsupportedOperationException("TODO(p1.stats.estimation): validate, compute the statistic on B resamples (in order), sort, return the linear-interpolation quantiles at alpha/2 and 1 - alpha/2");
    }

    /**
     * Given: the arithmetic mean {@code (1/n) Σ x_i}, a ready-made statistic for
     * {@link #bootstrapPercentileCi} ({@code Estimation::mean}).
     *
     * <p>Example: {@code mean({1, 2, 6}) = 3}.
     *
     * @param values at least one value; left unchanged
     * @return the mean
     * @throws IllegalArgumentException if {@code values} is null or empty
     */
    public static double mean(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must have at least one value, was "
                    + (values == null ? "null" : "empty"));
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
