package io.mlpath.p1.stats;

import java.util.Random;

/**
 * Probability distributions from their formulas: the normal density and distribution function,
 * binomial and Poisson probabilities computed in log space, the exponential distribution, and
 * samplers that turn uniform random numbers into exponential and normal ones.
 *
 * <h2>The maths</h2>
 * <ul>
 *   <li><b>Normal</b> {@code N(μ, σ²)}: density {@code φ(x) = exp(−z²/2) / (σ √(2π))} with
 *       {@code z = (x − μ)/σ}; distribution function
 *       {@code Φ(x) = P(X ≤ x) = ½ erfc(−z / √2)}, where
 *       {@code erfc(t) = (2/√π) ∫_t^∞ e^{−s²} ds} is the complementary error function (given:
 *       {@link #erfc}).</li>
 *   <li><b>Binomial</b> {@code B(n, p)}, the number of successes in {@code n} independent trials
 *       of probability {@code p}: {@code P(K = k) = C(n, k) p^k (1 − p)^{n−k}} for
 *       {@code 0 ≤ k ≤ n}, with {@code C(n, k) = n! / (k! (n − k)!)}. In log space:
 *       {@code log P = ln n! − ln k! − ln (n−k)! + k ln p + (n − k) ln(1 − p)}.</li>
 *   <li><b>Poisson</b> {@code Poisson(λ)}, the number of events at rate {@code λ}:
 *       {@code P(K = k) = λ^k e^{−λ} / k!}, so {@code log P = k ln λ − λ − ln k!}.</li>
 *   <li><b>Exponential</b> with rate {@code λ} (mean {@code 1/λ}): density
 *       {@code f(x) = λ e^{−λx}} and distribution function {@code F(x) = 1 − e^{−λx}} for
 *       {@code x ≥ 0}, both 0 for {@code x < 0}.</li>
 *   <li><b>Inverse-transform sampling</b>: if {@code U} is uniform on {@code [0, 1)}, then
 *       {@code F⁻¹(U)} has distribution function {@code F}. For the exponential,
 *       {@code F⁻¹(u) = −ln(1 − u) / λ}.</li>
 *   <li><b>Box-Muller</b>: from two independent uniforms {@code u1, u2 ∈ [0, 1)}, with
 *       {@code r = √(−2 ln(1 − u1))} and {@code θ = 2π u2}, the pair {@code (r cos θ, r sin θ)}
 *       is two independent standard normals ({@code r²/2} is exponential with rate 1, the
 *       angle is uniform, and the 2-D standard normal is rotation-invariant).</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Distributions.normalPdf(0, 0, 1);          // 0.3989422804014327   (1 / √(2π))
 * Distributions.normalCdf(1.96, 0, 1);       // 0.97500210485177…
 * Distributions.binomialPmf(2, 4, 0.5);      // 0.375                (C(4, 2) / 16 = 6/16)
 * Distributions.binomialPmf(500, 1000, 0.5); // 0.02522501817836…   (C(1000, 500) ≈ 2.7e299 / 2^1000)
 * Distributions.poissonPmf(2, 3);            // 0.22404180765538775  (9 e^{−3} / 2)
 * Distributions.exponentialCdf(1, 2);        // 0.8646647167633873   (1 − e^{−2})
 * Distributions.exponentialFromUniform(0.5, 2);  // 0.34657359027997264 (ln 2 / 2, the median)
 * Distributions.boxMuller(1 - Math.exp(-2), 0.25);  // [≈0, 2.0]   (r = 2, θ = π/2)
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li><b>Factorial overflow.</b> {@code 171!} is larger than the largest double, so
 *       {@code n! / (k! (n − k)!)} is {@code ∞/∞ = NaN} for {@code C(1000, 500)} although the
 *       probability, about 0.025, is perfectly ordinary. Work with logarithms: {@link #logFactorial}
 *       never forms {@code n!}, and the pmf is {@code exp} of a sum of logs, exponentiated once at
 *       the end. A probability too small for a double (e.g. {@code 0.7^2000}) then underflows to
 *       0 in the pmf, while the log-pmf stays exact.</li>
 *   <li><b>{@code 0 · log 0}.</b> With {@code p = 0}, {@code k = 0} the log-pmf has the term
 *       {@code 0 · ln 0 = 0 · (−∞) = NaN} in floating point, but the probability is exactly 1:
 *       treat {@code p = 0}, {@code p = 1} and {@code λ = 0} separately.</li>
 *   <li><b>Tails.</b> {@code Φ(−10) ≈ 7.6e-24}. Computed as {@code 1 − ½ erfc(z/√2)} it is the
 *       difference of two numbers near 1 and comes out 0; {@code ½ erfc(−z/√2)} is accurate in
 *       both tails. Likewise {@code 1 − e^{−λx}} loses every digit for tiny {@code λx}:
 *       {@code −expm1(−λx)} ({@link Math#expm1}) keeps them.</li>
 *   <li><b>{@code log(0)} in samplers.</b> {@link Random#nextDouble()} returns values in
 *       {@code [0, 1)}: 0 is possible and 1 is not. Here 0 is rare (one draw in 2^53), but
 *       a float32 generator, as on a GPU, returns 0 about once in 2^24 ≈ 17 million draws, which
 *       a training run reaches in seconds. {@code ln(u)} is {@code −∞} at {@code u = 0}, which turns a sample into infinity or
 *       NaN; {@code ln(1 − u)} is finite on all of {@code [0, 1)}. That is why the formulas
 *       above use {@code 1 − u}.</li>
 * </ul>
 *
 * <p>References: L. Wasserman, <i>All of Statistics</i> (2004), §2.3–2.4; W. H. Press et al.,
 * <i>Numerical Recipes</i>, 3rd ed. (2007), §6.1–6.2 (log-gamma, factorials, the error function)
 * and §7.3 (inverse transform, Box-Muller); G. E. P. Box and M. E. Muller, "A note on the
 * generation of random normal deviates", <i>Annals of Mathematical Statistics</i> 29(2), 1958;
 * L. Devroye, <i>Non-Uniform Random Variate Generation</i> (1986), §II.2 and §V.4.
 */
public final class Distributions {

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_2_PI = Math.sqrt(2 * Math.PI);
    private static final double LOG_SQRT_2_PI = 0.5 * Math.log(2 * Math.PI);

    private Distributions() {
    }

    // ---------------------------------------------------------------- normal

    /**
     * The density of {@code N(mean, sd²)} at {@code x}: {@code exp(−z²/2) / (sd √(2π))} with
     * {@code z = (x − mean)/sd}.
     *
     * <p>Examples: {@code normalPdf(0, 0, 1)} is {@code 1/√(2π) = 0.3989…};
     * {@code normalPdf(3, 3, 0.5)} is {@code 0.7978…} (twice as high: half the width).
     *
     * @param x    the point, not NaN (an infinity gives 0)
     * @param mean the mean μ, finite
     * @param sd   the standard deviation σ, finite and {@code > 0}
     * @return the density, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code x} is NaN, {@code mean} is not finite or
     *                                  {@code sd} is not finite and positive
     */
    public static double normalPdf(double x, double mean, double sd) {
        requireNormal(x, mean, sd);
        double z = (x - mean) / sd;
        return Math.exp(-0.5 * z * z) / (sd * SQRT_2_PI);
    }

    /**
     * The distribution function of {@code N(mean, sd²)} at {@code x}:
     * {@code P(X ≤ x) = ½ erfc(−z/√2)} with {@code z = (x − mean)/sd}, accurate in both tails.
     *
     * <p>Examples: {@code normalCdf(0, 0, 1)} is {@code 0.5}; {@code normalCdf(1.96, 0, 1)} is
     * {@code 0.97500…}; {@code normalCdf(−10, 0, 1)} is {@code 7.61985302416…e-24} (not 0).
     *
     * @param x    the point, not NaN ({@code −∞} gives 0, {@code +∞} gives 1)
     * @param mean the mean μ, finite
     * @param sd   the standard deviation σ, finite and {@code > 0}
     * @return the probability {@code P(X ≤ x)}, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code x} is NaN, {@code mean} is not finite or
     *                                  {@code sd} is not finite and positive
     */
    public static double normalCdf(double x, double mean, double sd) {
        requireNormal(x, mean, sd);
        double z = (x - mean) / sd;
        return 0.5 * erfc(-z / SQRT_2);
    }

    // ---------------------------------------------------------------- factorials

    /**
     * {@code ln n!}, without ever forming {@code n!} (which overflows a double from
     * {@code n = 171}).
     *
     * <p>Any accurate method will do: the sum {@code ln 2 + ln 3 + … + ln n} (simple, {@code O(n)}),
     * or Stirling's series {@code n ln n − n + ½ ln(2πn) + 1/(12n) − 1/(360n³) + 1/(1260n⁵) − …}
     * (constant time, accurate to 1e-15 for {@code n ≥ 16}).
     *
     * <p>Examples: {@code logFactorial(0)} and {@code logFactorial(1)} are {@code 0};
     * {@code logFactorial(5)} is {@code ln 120 = 4.787…}; {@code logFactorial(1000)} is
     * {@code 5912.128178…}.
     *
     * @param n {@code n ≥ 0}
     * @return {@code ln n!}
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static double logFactorial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("logFactorial needs n >= 0, was " + n);
        }
        if (n < 16) {
            double factorial = 1;   // exact in a double up to 15! ≈ 1.3e12
            for (int i = 2; i <= n; i++) {
                factorial *= i;
            }
            return Math.log(factorial);
        }
        double x = n;
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)));
        return x * Math.log(x) - x + 0.5 * Math.log(x) + LOG_SQRT_2_PI + series;
    }

    // ---------------------------------------------------------------- binomial

    /**
     * {@code ln P(K = k)} for {@code K ~ B(n, p)}:
     * {@code ln n! − ln k! − ln (n−k)! + k ln p + (n − k) ln(1 − p)}, with {@link #logFactorial}.
     *
     * <p>Examples: {@code binomialLogPmf(2, 4, 0.5)} is {@code ln 0.375 = −0.98083…};
     * {@code binomialLogPmf(0, 2000, 0.3)} is {@code 2000 ln 0.7 = −713.3499…} (the pmf itself
     * underflows to 0); {@code binomialLogPmf(0, 10, 0.0)} is {@code 0} (certain), and
     * {@code binomialLogPmf(11, 10, 0.5)} is {@code −∞} (impossible).
     *
     * <p>Edge cases: {@code k < 0} or {@code k > n} is impossible ({@code −∞}); for {@code p = 0}
     * only {@code k = 0} is possible and for {@code p = 1} only {@code k = n} (log-probability
     * {@code 0}), so never evaluate {@code 0 · ln 0}. Use {@link Math#log1p}{@code (−p)} for
     * {@code ln(1 − p)}: it stays accurate for tiny {@code p}.
     *
     * @param k the number of successes (any int; outside {@code [0, n]} gives {@code −∞})
     * @param n the number of trials, {@code n ≥ 0}
     * @param p the success probability, {@code 0 ≤ p ≤ 1}
     * @return the log-probability, {@code ≤ 0}, or {@code −∞}
     * @throws IllegalArgumentException if {@code n < 0} or {@code p} is NaN or outside {@code [0, 1]}
     */
    public static double binomialLogPmf(int k, int n, double p) {
        if (n < 0) {
            throw new IllegalArgumentException("binomial needs n >= 0 trials, was " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("binomial needs p in [0, 1], was " + p);
        }
        if (k < 0 || k > n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0) {
            return k == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return k == n ? 0 : Double.NEGATIVE_INFINITY;
        }
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
    }

    /**
     * {@code P(K = k)} for {@code K ~ B(n, p)}: {@code exp(binomialLogPmf(k, n, p))}.
     *
     * <p>Examples: {@code binomialPmf(2, 4, 0.5)} is {@code 0.375};
     * {@code binomialPmf(500, 1000, 0.5)} is {@code 0.0252250181783…} (finite, not NaN).
     *
     * @param k the number of successes (outside {@code [0, n]} gives 0)
     * @param n the number of trials, {@code n ≥ 0}
     * @param p the success probability, {@code 0 ≤ p ≤ 1}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code n < 0} or {@code p} is NaN or outside {@code [0, 1]}
     */
    public static double binomialPmf(int k, int n, double p) {
        return Math.exp(binomialLogPmf(k, n, p));
    }

    // ---------------------------------------------------------------- Poisson

    /**
     * {@code ln P(K = k)} for {@code K ~ Poisson(λ)}: {@code k ln λ − λ − ln k!}.
     *
     * <p>Examples: {@code poissonLogPmf(2, 3)} is {@code ln(4.5 e^{−3}) = −1.49590…};
     * {@code poissonLogPmf(0, 0)} is {@code 0} (with rate 0, no event is certain);
     * {@code poissonLogPmf(−1, 3)} is {@code −∞}.
     *
     * @param k      the number of events (negative gives {@code −∞})
     * @param lambda the rate λ, finite and {@code ≥ 0}; for {@code λ = 0} only {@code k = 0} is
     *               possible (never evaluate {@code 0 · ln 0})
     * @return the log-probability, {@code ≤ 0}, or {@code −∞}
     * @throws IllegalArgumentException if {@code lambda} is NaN, negative or infinite
     */
    public static double poissonLogPmf(int k, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("Poisson needs a finite rate lambda >= 0, was " + lambda);
        }
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (lambda == 0) {
            return k == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return k * Math.log(lambda) - lambda - logFactorial(k);
    }

    /**
     * {@code P(K = k)} for {@code K ~ Poisson(λ)}: {@code exp(poissonLogPmf(k, λ))}.
     *
     * <p>Examples: {@code poissonPmf(2, 3)} is {@code 0.22404…};
     * {@code poissonPmf(1000, 1000)} is {@code 0.0126146…} (finite: {@code 1000^1000} and
     * {@code 1000!} both overflow, their ratio does not).
     *
     * @param k      the number of events (negative gives 0)
     * @param lambda the rate λ, finite and {@code ≥ 0}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code lambda} is NaN, negative or infinite
     */
    public static double poissonPmf(int k, double lambda) {
        return Math.exp(poissonLogPmf(k, lambda));
    }

    // ---------------------------------------------------------------- exponential

    /**
     * The density of the exponential distribution with rate {@code λ} (mean {@code 1/λ}):
     * {@code λ e^{−λx}} for {@code x ≥ 0}, 0 for {@code x < 0}.
     *
     * <p>Examples: {@code exponentialPdf(0, 2)} is {@code 2}; {@code exponentialPdf(1, 2)} is
     * {@code 2e^{−2} = 0.27067…}; {@code exponentialPdf(−1, 2)} is {@code 0}.
     *
     * @param x    the point, not NaN
     * @param rate the rate λ, finite and {@code > 0} (not the mean: the mean is {@code 1/λ})
     * @return the density, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code x} is NaN or {@code rate} is not finite and positive
     */
    public static double exponentialPdf(double x, double rate) {
        requireExponential(x, rate);
        return x < 0 ? 0 : rate * Math.exp(-rate * x);
    }

    /**
     * The distribution function of the exponential distribution with rate {@code λ}:
     * {@code P(X ≤ x) = 1 − e^{−λx} = −expm1(−λx)} for {@code x ≥ 0}, 0 for {@code x < 0}.
     *
     * <p>Examples: {@code exponentialCdf(1, 2)} is {@code 1 − e^{−2} = 0.86466…};
     * {@code exponentialCdf(1e-12, 1)} is {@code 9.999999999995e-13}, where
     * {@code 1 − Math.exp(−1e-12)} gives {@code 9.999778782798785e-13}, wrong from the 5th digit.
     *
     * @param x    the point, not NaN
     * @param rate the rate λ, finite and {@code > 0}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code x} is NaN or {@code rate} is not finite and positive
     */
    public static double exponentialCdf(double x, double rate) {
        requireExponential(x, rate);
        return x <= 0 ? 0 : -Math.expm1(-rate * x);
    }

    // ---------------------------------------------------------------- samplers

    /**
     * Turns one uniform number into an exponential sample by inverting the distribution
     * function: {@code x = −ln(1 − u) / λ}.
     *
     * <p>Examples: {@code exponentialFromUniform(0, 2)} is {@code 0} (finite: no {@code ln 0});
     * {@code exponentialFromUniform(0.5, 2)} is {@code ln 2 / 2 = 0.34657…}, the median;
     * {@code exponentialFromUniform(1 − e^{−1}, 1)} is {@code 1}.
     *
     * @param u    a uniform number in {@code [0, 1)}, as {@link Random#nextDouble()} returns
     * @param rate the rate λ, finite and {@code > 0}
     * @return a sample {@code ≥ 0}, finite for every {@code u} in {@code [0, 1)}
     * @throws IllegalArgumentException if {@code u} is NaN or outside {@code [0, 1)}, or
     *                                  {@code rate} is not finite and positive
     */
    public static double exponentialFromUniform(double u, double rate) {
        requireUniform(u, "u");
        requireRate(rate);
        return -Math.log1p(-u) / rate;
    }

    /**
     * The Box-Muller transform: two independent uniforms in, two independent standard normals
     * out: with {@code r = √(−2 ln(1 − u1))} and {@code θ = 2π u2}, returns
     * {@code {r cos θ, r sin θ}}.
     *
     * <p>Examples: {@code boxMuller(1 − e^{−2}, 0)} is {@code [2, 0]} ({@code r = 2},
     * {@code θ = 0}); {@code boxMuller(1 − e^{−2}, 0.25)} is {@code [≈0, 2]};
     * {@code boxMuller(0, 0.7)} is {@code [−0.0, −0.0]}: finite, because {@code ln(1 − 0) = 0}
     * (with {@code ln(u1)} it would be infinite).
     *
     * @param u1 the uniform that sets the radius, in {@code [0, 1)}
     * @param u2 the uniform that sets the angle, in {@code [0, 1)}
     * @return a new array of two finite standard-normal values
     * @throws IllegalArgumentException if either is NaN or outside {@code [0, 1)}
     */
    public static double[] boxMuller(double u1, double u2) {
        requireUniform(u1, "u1");
        requireUniform(u2, "u2");
        double r = Math.sqrt(-2 * Math.log1p(-u1));
        double theta = 2 * Math.PI * u2;
        return new double[] {r * Math.cos(theta), r * Math.sin(theta)};
    }

    /**
     * {@code n} exponential samples with rate {@code λ}: {@link #exponentialFromUniform} of
     * {@code n} successive {@code random.nextDouble()} values.
     *
     * <p>Example: {@code sampleExponential(new Random(1), 10_000, 2)} has mean close to
     * {@code 0.5} (within a few times {@code 0.5/√10000 = 0.005}).
     *
     * @param random the source of uniforms (seed it for a reproducible sample)
     * @param n      how many samples, {@code n ≥ 0}
     * @param rate   the rate λ, finite and {@code > 0}
     * @return a new array of {@code n} samples
     * @throws IllegalArgumentException if {@code random} is null, {@code n < 0}, or {@code rate} is
     *                                  not finite and positive
     */
    public static double[] sampleExponential(Random random, int n, double rate) {
        requireSampler(random, n);
        requireRate(rate);
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = exponentialFromUniform(random.nextDouble(), rate);
        }
        return samples;
    }

    /**
     * {@code n} samples of {@code N(mean, sd²)}: Box-Muller on pairs of successive
     * {@code random.nextDouble()} values, each standard normal {@code z} scaled to
     * {@code mean + sd·z}; both values of a pair are used (the second of the last pair is
     * dropped when {@code n} is odd).
     *
     * <p>Example: {@code sampleNormal(new Random(1), 10_000, 5, 2)} has mean close to 5 and
     * standard deviation close to 2.
     *
     * @param random the source of uniforms (seed it for a reproducible sample)
     * @param n      how many samples, {@code n ≥ 0}
     * @param mean   the mean μ, finite
     * @param sd     the standard deviation σ, finite and {@code > 0}
     * @return a new array of {@code n} samples
     * @throws IllegalArgumentException if {@code random} is null, {@code n < 0}, {@code mean} is not
     *                                  finite, or {@code sd} is not finite and positive
     */
    public static double[] sampleNormal(Random random, int n, double mean, double sd) {
        requireSampler(random, n);
        requireNormal(0, mean, sd);
        double[] samples = new double[n];
        for (int i = 0; i < n; i += 2) {
            double[] z = boxMuller(random.nextDouble(), random.nextDouble());
            samples[i] = mean + sd * z[0];
            if (i + 1 < n) {
                samples[i + 1] = mean + sd * z[1];
            }
        }
        return samples;
    }

    // ---------------------------------------------------------------- given helpers

    /**
     * Given: the complementary error function {@code erfc(x) = (2/√π) ∫_x^∞ e^{−t²} dt}, with a
     * relative error below about 1e-13 for {@code x < 26} (beyond, {@code erfc} underflows to 0).
     *
     * <p>{@code erfc(0) = 1}, {@code erfc(−∞) = 2}, {@code erfc(+∞) = 0}, {@code erfc(−x) = 2 − erfc(x)};
     * {@code erf(x) = 1 − erfc(x)}. For {@code 0 ≤ x < 1.5} it sums the series
     * {@code erf(x) = (2/√π) e^{−x²} Σ_{k≥0} 2^k x^{2k+1} / (1·3·…·(2k+1))} (all terms positive);
     * for {@code x ≥ 1.5} it evaluates the continued fraction
     * {@code erfc(x) = (e^{−x²}/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))} by the
     * modified Lentz method (Numerical Recipes, 3rd ed., §5.2 and §6.2).
     */
    private static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 1.5) {
            double twoXSquared = 2 * x * x;
            double term = x;
            double sum = x;
            for (int k = 1; term > 1e-17 * sum; k++) {
                term *= twoXSquared / (2 * k + 1);
                sum += term;
            }
            return 1 - 2 / Math.sqrt(Math.PI) * Math.exp(-x * x) * sum;
        }
        if (x > 27) {
            return 0;
        }
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 10_000; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = Math.abs(d) < tiny ? tiny : d;
            d = 1 / d;
            c = x + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
    }

    /**
     * Given: throws an {@link IllegalArgumentException} naming the rule and the bad value unless
     * {@code x} is not NaN, {@code mean} is finite and {@code sd} is finite and positive.
     */
    private static void requireNormal(double x, double mean, double sd) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("the normal mean must be finite, was " + mean);
        }
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("the normal sd must be finite and > 0, was " + sd);
        }
    }

    /** Given: {@code x} not NaN and {@link #requireRate}, else an {@link IllegalArgumentException}. */
    private static void requireExponential(double x, double rate) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        requireRate(rate);
    }

    /** Given: {@code rate} finite and positive, else an {@link IllegalArgumentException} naming it. */
    private static void requireRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the exponential rate must be finite and > 0, was " + rate);
        }
    }

    /** Given: {@code 0 ≤ u < 1}, else an {@link IllegalArgumentException} naming {@code name} and {@code u}. */
    private static void requireUniform(double u, String name) {
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException(name + " must be a uniform number in [0, 1), was " + u);
        }
    }

    /** Given: {@code random} not null and {@code n ≥ 0}, else an {@link IllegalArgumentException}. */
    private static void requireSampler(Random random, int n) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        if (n < 0) {
            throw new IllegalArgumentException("the number of samples n must be >= 0, was " + n);
        }
    }
}
