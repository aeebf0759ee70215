package io.mlpath.p1.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.StatisticalAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Distributions}.
 *
 * <p>Oracles: Commons Math's {@link NormalDistribution}, {@link BinomialDistribution},
 * {@link PoissonDistribution} and {@link ExponentialDistribution} (constructed with the mean
 * {@code 1/λ}, not the rate), and {@link Gamma#logGamma} for {@code ln n! = lnΓ(n + 1)}; exact
 * closed forms (edge cases, Taylor expansions of {@code 1 − e^{−λx}} for tiny {@code λx},
 * Box-Muller at chosen uniforms); and, for the samplers, the one-sample Kolmogorov-Smirnov test of
 * {@link StatisticalAssertions#assertFollowsDistribution} against Commons Math's distribution
 * functions, plus mean checks in standard errors, on samples seeded through {@code Seeds.of(...)}.
 * Every bound holds for seed offsets 0..19.
 *
 * <p>Tolerances: probabilities computed in log space lose a few digits to the subtraction of
 * log-factorials of size ~6000 (the reference agrees with Commons Math to ~1e-13, summing
 * {@code ln i} to ~1e-11), so pmfs are compared to 1e-9 relative.
 */
@Challenge("p1.stats.distributions")
class DistributionsGradingTest {

    private static final double KS_ALPHA = 1e-4;

    private static final String OVERFLOW = "n! overflows a double from n = 171 (Infinity, then Infinity/Infinity ="
            + " NaN): compute ln n! without forming n! (sum of Math.log(i), or Stirling's series) and exponentiate the"
            + " log-pmf once at the end";
    private static final String NORMAL_PDF = "the density is exp(-z²/2) / (σ √(2π)) with z = (x - μ)/σ: is σ in the"
            + " denominator, and is it σ, not σ²?";
    private static final String NORMAL_CDF = "Φ(x) = ½ erfc(-z / √2) with z = (x - μ)/σ: is the √2 missing, or is"
            + " the sign of z flipped?";
    private static final String TAIL = "1 - ½ erfc(z/√2) (or ½ (1 + erf(z/√2))) is a difference of two numbers near 1"
            + " and loses every digit in the lower tail: use ½ erfc(-z/√2), which is accurate there";
    private static final String LOG_ZERO = "u = 0 is a possible Random.nextDouble(), and ln(0) = -∞: use ln(1 - u)"
            + " (Math.log1p(-u)), which is finite on all of [0, 1)";
    private static final String RATE = "the exponential distribution with rate λ has mean 1/λ: x = -ln(1 - u) / λ,"
            + " not multiplied by λ";

    // ---------------------------------------------------------------- normal

    @Test
    @Points(3)
    @DisplayName("normalPdf matches Commons Math's NormalDistribution.density for several means and standard deviations")
    void normalPdfMatchesCommons() {
        double[][] parameters = {{0, 1}, {3, 0.5}, {-100, 20}, {7, 0.01}};
        for (double[] mp : parameters) {
            NormalDistribution oracle = new NormalDistribution(mp[0], mp[1]);
            for (double z = -8; z <= 8; z += 0.25) {
                double x = mp[0] + z * mp[1];
                ArrayAssertions.assertClose("normalPdf(" + x + ", " + mp[0] + ", " + mp[1] + ")", oracle.density(x),
                        Distributions.normalPdf(x, mp[0], mp[1]), Tolerance.relative(1e-12), NORMAL_PDF);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("normalCdf matches Commons Math's NormalDistribution.cumulativeProbability from z = −8 to z = 8")
    void normalCdfMatchesCommons() {
        double[][] parameters = {{0, 1}, {3, 0.5}, {-100, 20}};
        for (double[] mp : parameters) {
            NormalDistribution oracle = new NormalDistribution(mp[0], mp[1]);
            for (double z = -8; z <= 8; z += 0.125) {
                double x = mp[0] + z * mp[1];
                double expected = oracle.cumulativeProbability(x);
                double actual = Distributions.normalCdf(x, mp[0], mp[1]);
                ArrayAssertions.assertClose("normalCdf(" + x + ", " + mp[0] + ", " + mp[1] + ") (z = " + z + ")",
                        expected, actual, Tolerance.relative(1e-11), cdfMistake(expected, actual));
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("normalCdf is accurate far in the lower tail (Φ(−10) ≈ 7.62e-24, Φ(−30) ≈ 4.9e-198) and Φ(z) + Φ(−z) = 1")
    void normalCdfLowerTail() {
        NormalDistribution standard = new NormalDistribution(0, 1);
        for (double z : new double[] {-5, -10, -20, -30}) {
            double expected = standard.cumulativeProbability(z);
            double actual = Distributions.normalCdf(z, 0, 1);
            ArrayAssertions.assertClose("normalCdf(" + z + ", 0, 1)", expected, actual, Tolerance.relative(1e-10),
                    cdfMistake(expected, actual));
        }
        ArrayAssertions.assertClose("normalCdf(-∞, 0, 1)", 0, Distributions.normalCdf(Double.NEGATIVE_INFINITY, 0, 1),
                Tolerance.absolute(0), "P(X ≤ -∞) = 0");
        ArrayAssertions.assertClose("normalCdf(+∞, 0, 1)", 1, Distributions.normalCdf(Double.POSITIVE_INFINITY, 0, 1),
                Tolerance.absolute(0), "P(X ≤ +∞) = 1");
        for (double z = 0; z <= 6; z += 0.5) {
            ArrayAssertions.assertClose("normalCdf(" + z + ") + normalCdf(" + -z + ")", 1.0,
                    Distributions.normalCdf(z, 0, 1) + Distributions.normalCdf(-z, 0, 1), Tolerance.absolute(1e-15),
                    "the normal distribution is symmetric: " + NORMAL_CDF);
        }
    }

    // ---------------------------------------------------------------- factorials and the binomial

    @Test
    @Points(2)
    @DisplayName("logFactorial(n) = ln Γ(n + 1) (Commons Math) for n = 0 … 30, 170, 171, 1000 and 100,000")
    void logFactorialMatchesLogGamma() {
        int[] large = {170, 171, 1000, 100_000};
        int[] all = new int[31 + large.length];
        for (int n = 0; n <= 30; n++) {
            all[n] = n;
        }
        System.arraycopy(large, 0, all, 31, large.length);
        for (int n : all) {
            double expected = n < 2 ? 0 : Gamma.logGamma(n + 1.0);
            ArrayAssertions.assertClose("logFactorial(" + n + ")", expected, Distributions.logFactorial(n),
                    n < 2 ? Tolerance.absolute(1e-15) : Tolerance.relative(1e-12),
                    n > 170 ? OVERFLOW : "ln n! = ln 2 + ln 3 + … + ln n (and ln 0! = ln 1! = 0)");
        }
    }

    @Test
    @Points(4)
    @DisplayName("no factorial overflow: binomial(1000, 500) at p = ½ is finite and matches Commons Math, as do k = 0 … 1000 at p = 0.3")
    void binomialOfAThousandIsFinite() {
        double pmf = Distributions.binomialPmf(500, 1000, 0.5);
        if (!Double.isFinite(pmf)) {
            throw Failure.of("binomialPmf(500, 1000, 0.5) is not finite")
                    .expected(0.0252250181783608).actual(pmf).likelyMistake(OVERFLOW).error();
        }
        ArrayAssertions.assertClose("binomialPmf(500, 1000, 0.5)", new BinomialDistribution(1000, 0.5).probability(500),
                pmf, Tolerance.relative(1e-9), OVERFLOW);
        ArrayAssertions.assertClose("binomialLogPmf(500, 1000, 0.5)",
                new BinomialDistribution(1000, 0.5).logProbability(500), Distributions.binomialLogPmf(500, 1000, 0.5),
                Tolerance.absolute(1e-9), OVERFLOW);
        BinomialDistribution oracle = new BinomialDistribution(1000, 0.3);
        for (int k = 0; k <= 1000; k++) {
            ArrayAssertions.assertClose("binomialLogPmf(" + k + ", 1000, 0.3)", oracle.logProbability(k),
                    Distributions.binomialLogPmf(k, 1000, 0.3), Tolerance.absolute(1e-9), OVERFLOW);
        }
        ArrayAssertions.assertClose("binomialLogPmf(0, 2000, 0.3) (the pmf 0.7^2000 underflows, its log does not)",
                2000 * Math.log(0.7), Distributions.binomialLogPmf(0, 2000, 0.3), Tolerance.relative(1e-12),
                "the log-pmf must stay finite when the pmf underflows: " + OVERFLOW);
    }

    @Test
    @Points(3)
    @DisplayName("binomialPmf matches Commons Math's BinomialDistribution for n = 1, 10, 50, 200 and p from 0.01 to 0.99")
    void binomialMatchesCommons() {
        for (int n : new int[] {1, 10, 50, 200}) {
            for (double p : new double[] {0.01, 0.2, 0.5, 0.77, 0.99}) {
                BinomialDistribution oracle = new BinomialDistribution(n, p);
                for (int k = 0; k <= n; k++) {
                    assertProbability("binomialPmf(" + k + ", " + n + ", " + p + ")", oracle.probability(k),
                            Distributions.binomialPmf(k, n, p),
                            "C(n, k) p^k (1 - p)^(n - k): is k paired with p and n - k with 1 - p?");
                }
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the binomial pmf sums to 1 over k = 0 … n and has mean n·p (n = 1000, p = 0.3)")
    void binomialSumsToOne() {
        double total = 0;
        double mean = 0;
        for (int k = 0; k <= 1000; k++) {
            double pk = Distributions.binomialPmf(k, 1000, 0.3);
            total += pk;
            mean += k * pk;
        }
        ArrayAssertions.assertClose("Σ_k binomialPmf(k, 1000, 0.3)", 1.0, total, Tolerance.absolute(1e-9),
                "probabilities of all outcomes sum to 1: " + OVERFLOW);
        ArrayAssertions.assertClose("Σ_k k · binomialPmf(k, 1000, 0.3)", 300.0, mean, Tolerance.relative(1e-9),
                "the mean of B(n, p) is n·p = 300");
    }

    @Test
    @Points(2)
    @DisplayName("binomial edge cases: p = 0 and p = 1 are certain outcomes (no 0·log 0 = NaN), k outside [0, n] has probability 0")
    void binomialEdgeCases() {
        String zeroLogZero = "with p = 0 (or p = 1) the term k·ln p (or (n - k)·ln(1 - p)) is 0·(-∞) = NaN in floating"
                + " point: handle p = 0 and p = 1 before the formula";
        assertExactly("binomialPmf(0, 10, 0.0)", 1, Distributions.binomialPmf(0, 10, 0.0), zeroLogZero);
        assertExactly("binomialPmf(3, 10, 0.0)", 0, Distributions.binomialPmf(3, 10, 0.0), zeroLogZero);
        assertExactly("binomialPmf(10, 10, 1.0)", 1, Distributions.binomialPmf(10, 10, 1.0), zeroLogZero);
        assertExactly("binomialPmf(9, 10, 1.0)", 0, Distributions.binomialPmf(9, 10, 1.0), zeroLogZero);
        assertExactly("binomialLogPmf(0, 10, 0.0)", 0, Distributions.binomialLogPmf(0, 10, 0.0), zeroLogZero);
        assertExactly("binomialPmf(0, 0, 0.4) (no trials: zero successes is certain)", 1,
                Distributions.binomialPmf(0, 0, 0.4), "C(0, 0) = 1 and p^0 (1 - p)^0 = 1");
        String outside = "k outside [0, n] is impossible: return probability 0 (log-probability -∞) before the formula";
        assertExactly("binomialPmf(11, 10, 0.5)", 0, Distributions.binomialPmf(11, 10, 0.5), outside);
        assertExactly("binomialPmf(-1, 10, 0.5)", 0, Distributions.binomialPmf(-1, 10, 0.5), outside);
        assertExactly("binomialLogPmf(11, 10, 0.5)", Double.NEGATIVE_INFINITY, Distributions.binomialLogPmf(11, 10, 0.5),
                outside);
    }

    // ---------------------------------------------------------------- Poisson

    @Test
    @Points(3)
    @DisplayName("poissonPmf matches Commons Math's PoissonDistribution for λ = 0.5, 3, 50 and 1000, and sums to 1")
    void poissonMatchesCommons() {
        for (double lambda : new double[] {0.5, 3, 50, 1000}) {
            PoissonDistribution oracle = new PoissonDistribution(lambda);
            int last = (int) (lambda + 12 * Math.sqrt(lambda) + 20);
            double total = 0;
            for (int k = 0; k <= last; k++) {
                double pk = Distributions.poissonPmf(k, lambda);
                total += pk;
                assertProbability("poissonPmf(" + k + ", " + lambda + ")", oracle.probability(k), pk,
                        "λ^k e^(-λ) / k!, in log space: k ln λ - λ - ln k!. " + OVERFLOW);
            }
            ArrayAssertions.assertClose("Σ_k poissonPmf(k, " + lambda + ") for k = 0 … " + last, 1.0, total,
                    Tolerance.absolute(1e-9), "the probabilities of all counts sum to 1");
        }
    }

    @Test
    @Points(3)
    @DisplayName("no overflow for large counts: poissonPmf(1000, 1000) ≈ 0.0126 and poissonLogPmf(5000, 1000) match Commons Math")
    void poissonLargeCounts() {
        ArrayAssertions.assertClose("poissonPmf(1000, 1000)", new PoissonDistribution(1000).probability(1000),
                Distributions.poissonPmf(1000, 1000), Tolerance.relative(1e-9),
                "1000^1000 and 1000! both overflow a double; their ratio does not: " + OVERFLOW);
        for (int k : new int[] {200, 5000, 20_000}) {
            ArrayAssertions.assertClose("poissonLogPmf(" + k + ", 1000)",
                    new PoissonDistribution(1000).logProbability(k), Distributions.poissonLogPmf(k, 1000),
                    Tolerance.relative(1e-11), OVERFLOW);
        }
    }

    @Test
    @Points(1)
    @DisplayName("Poisson edge cases: with λ = 0 no event is certain; a negative count has probability 0")
    void poissonEdgeCases() {
        String zeroLogZero = "with λ = 0 the term k·ln λ is 0·(-∞) = NaN for k = 0: handle λ = 0 before the formula";
        assertExactly("poissonPmf(0, 0.0)", 1, Distributions.poissonPmf(0, 0.0), zeroLogZero);
        assertExactly("poissonPmf(2, 0.0)", 0, Distributions.poissonPmf(2, 0.0), zeroLogZero);
        assertExactly("poissonPmf(-1, 3.0)", 0, Distributions.poissonPmf(-1, 3.0),
                "a negative count is impossible: probability 0 (log-probability -∞)");
        assertExactly("poissonLogPmf(-1, 3.0)", Double.NEGATIVE_INFINITY, Distributions.poissonLogPmf(-1, 3.0),
                "a negative count is impossible: log-probability -∞");
    }

    // ---------------------------------------------------------------- exponential

    @Test
    @Points(3)
    @DisplayName("exponential pdf and cdf with rate λ match Commons Math's ExponentialDistribution with mean 1/λ, and are 0 for x < 0")
    void exponentialMatchesCommons() {
        for (double rate : new double[] {0.25, 1, 2, 40}) {
            ExponentialDistribution oracle = new ExponentialDistribution(1 / rate);
            for (double t = 0; t <= 10; t += 0.25) {
                double x = t / rate;
                ArrayAssertions.assertClose("exponentialPdf(" + x + ", " + rate + ")", oracle.density(x),
                        Distributions.exponentialPdf(x, rate), Tolerance.relative(1e-13),
                        "f(x) = λ e^(-λx): is the rate used as the mean (e^(-x/λ)/λ)?");
                if (t >= 0.25) {
                    ArrayAssertions.assertClose("exponentialCdf(" + x + ", " + rate + ")", oracle.cumulativeProbability(x),
                            Distributions.exponentialCdf(x, rate), Tolerance.relative(1e-13),
                            "F(x) = 1 - e^(-λx): is the rate used as the mean (1 - e^(-x/λ))?");
                }
            }
            assertExactly("exponentialPdf(-1, " + rate + ")", 0, Distributions.exponentialPdf(-1, rate),
                    "an exponential variable is never negative: the density is 0 for x < 0");
            assertExactly("exponentialCdf(-1, " + rate + ")", 0, Distributions.exponentialCdf(-1, rate),
                    "an exponential variable is never negative: P(X ≤ -1) = 0");
            assertExactly("exponentialCdf(0, " + rate + ")", 0, Distributions.exponentialCdf(0, rate),
                    "P(X ≤ 0) = 1 - e^0 = 0");
        }
    }

    @Test
    @Points(2)
    @DisplayName("exponentialCdf keeps its digits for tiny λx: F(1e-12) with rate 1 is 1e-12 − 5e-25, not 1 − Math.exp(−1e-12)")
    void exponentialCdfSmallArguments() {
        for (double[] xr : new double[][] {{1e-12, 1}, {1e-10, 3}, {2e-9, 0.5}}) {
            double t = xr[0] * xr[1];
            double expected = t - t * t / 2 + t * t * t / 6;   // Taylor series of 1 - e^(-t); the next term is ~1e-36
            ArrayAssertions.assertClose("exponentialCdf(" + xr[0] + ", " + xr[1] + ")", expected,
                    Distributions.exponentialCdf(xr[0], xr[1]), Tolerance.relative(1e-12),
                    "1 - Math.exp(-λx) subtracts two numbers near 1 and keeps only ~4 digits here: use"
                            + " -Math.expm1(-λx)");
        }
    }

    // ---------------------------------------------------------------- samplers

    @Test
    @Points(3)
    @DisplayName("exponentialFromUniform inverts the cdf: F(sample(u)) = u, sample(0.5) = ln 2 / λ, and u = 0 gives 0, not NaN")
    void exponentialInverseTransform() {
        for (double rate : new double[] {0.5, 2}) {
            for (double u = 0.05; u < 1; u += 0.05) {
                double x = Distributions.exponentialFromUniform(u, rate);
                ArrayAssertions.assertClose("1 - e^(-λx) at x = exponentialFromUniform(" + u + ", " + rate + ")", u,
                        -Math.expm1(-rate * x), Tolerance.relative(1e-12), RATE);
            }
            ArrayAssertions.assertClose("exponentialFromUniform(0.5, " + rate + ") (the median)", Math.log(2) / rate,
                    Distributions.exponentialFromUniform(0.5, rate), Tolerance.relative(1e-14), RATE);
        }
        assertExactly("exponentialFromUniform(0, 2)", 0, Distributions.exponentialFromUniform(0, 2), LOG_ZERO);
        double nearOne = Math.nextDown(1.0);
        double far = Distributions.exponentialFromUniform(nearOne, 1);
        ArrayAssertions.assertClose("exponentialFromUniform(1 - 2^-53, 1) (the largest nextDouble)", 53 * Math.log(2), far,
                Tolerance.relative(1e-12), "for u just below 1, -ln(1 - u) = 53 ln 2: " + LOG_ZERO);
    }

    @Test
    @Points(4)
    @DisplayName("Box-Muller never takes log(0): u1 = 0 gives the finite pair (0, 0), for any u2")
    void boxMullerAtZero() {
        for (double u2 : new double[] {0, 0.1, 0.25, 0.5, 0.9, Math.nextDown(1.0)}) {
            double[] z = Distributions.boxMuller(0, u2);
            if (z == null || z.length != 2 || !Double.isFinite(z[0]) || !Double.isFinite(z[1])) {
                throw Failure.of("boxMuller(0, " + u2 + ") is not a pair of finite numbers")
                        .line("expected", "[0.0, 0.0] (r = √(-2 ln(1 - 0)) = 0)")
                        .line("actual", z == null ? "null" : Arrays.toString(z))
                        .likelyMistake(LOG_ZERO).error();
            }
            ArrayAssertions.assertClose("boxMuller(0, " + u2 + ")", new double[] {0, 0}, z, Tolerance.absolute(1e-15),
                    "u1 = 0 gives radius r = √(-2 ln(1 - 0)) = 0: " + LOG_ZERO);
        }
        double[] far = Distributions.boxMuller(Math.nextDown(1.0), 0);
        ArrayAssertions.assertClose("boxMuller(1 - 2^-53, 0) (the largest nextDouble)", new double[] {Math.sqrt(106 * Math.log(2)), 0},
                far, Tolerance.relative(1e-12), "r = √(-2 ln(1 - u1)) = √(106 ln 2) for u1 = 1 - 2^-53");
    }

    @Test
    @Points(3)
    @DisplayName("Box-Muller follows its formula: r = √(−2 ln(1 − u1)), θ = 2π·u2, output (r cos θ, r sin θ)")
    void boxMullerClosedForm() {
        double[] radii = {0.5, 1, 2, 3};
        double[] fractions = {0, 0.125, 0.25, 0.375, 0.5, 0.75, 0.9};
        for (double r : radii) {
            double u1 = -Math.expm1(-r * r / 2);   // 1 - e^(-r²/2), so that √(-2 ln(1 - u1)) = r
            for (double u2 : fractions) {
                double theta = 2 * Math.PI * u2;
                ArrayAssertions.assertClose("boxMuller(" + u1 + ", " + u2 + ") (r = " + r + ", θ = 2π·" + u2 + ")",
                        new double[] {r * Math.cos(theta), r * Math.sin(theta)}, Distributions.boxMuller(u1, u2),
                        Tolerance.absolute(1e-12), "the radius is √(-2 ln(1 - u1)) and the angle is a full turn, 2π·u2:"
                                + " is the angle π·u2 (half a circle), is the radius taken from ln(u1) instead of"
                                + " ln(1 - u1), or is it missing the square root or the 2?");
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("Box-Muller on 5,000 seeded uniform pairs: each output is standard normal (Kolmogorov-Smirnov) and the two are uncorrelated")
    void boxMullerOutputsAreIndependentNormals() {
        Random random = new Random(Seeds.of(2024));
        int n = 5000;
        double[] first = new double[n];
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            double[] z = Distributions.boxMuller(random.nextDouble(), random.nextDouble());
            first[i] = z[0];
            second[i] = z[1];
        }
        NormalDistribution standard = new NormalDistribution(0, 1);
        StatisticalAssertions.assertFollowsDistribution("first Box-Muller outputs (r cos θ)", first,
                standard::cumulativeProbability, KS_ALPHA, "r = √(-2 ln(1 - u1)), θ = 2π u2: check both formulas");
        StatisticalAssertions.assertFollowsDistribution("second Box-Muller outputs (r sin θ)", second,
                standard::cumulativeProbability, KS_ALPHA,
                "the angle must cover the full circle, θ = 2π u2: with θ = π u2, r sin θ is never negative");
        double correlation = new PearsonsCorrelation().correlation(first, second);
        if (!(Math.abs(correlation) <= 4 / Math.sqrt(n))) {
            throw Failure.of("the two outputs of Box-Muller are correlated")
                    .expected("|correlation| ≤ " + 4 / Math.sqrt(n) + " (4 standard errors of 0)").actual(correlation)
                    .likelyMistake("the pair is (r cos θ, r sin θ) with the same r and θ: are both computed from"
                            + " the same uniform?").error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("sampleNormal(random, n, μ, σ) follows N(μ, σ²) (Kolmogorov-Smirnov against Commons Math) with mean μ, for odd and even n")
    void sampleNormalFollowsTheDistribution() {
        double[][] parameters = {{0, 1}, {5, 2}, {-300, 0.01}};
        for (int c = 0; c < parameters.length; c++) {
            double mean = parameters[c][0];
            double sd = parameters[c][1];
            int n = 4001 + c;
            double[] samples = Distributions.sampleNormal(new Random(Seeds.of(100 + c)), n, mean, sd);
            assertLength("sampleNormal(random, " + n + ", " + mean + ", " + sd + ")", n, samples);
            StatisticalAssertions.assertFollowsDistribution("samples of N(" + mean + ", " + sd + "²)", samples,
                    new NormalDistribution(mean, sd)::cumulativeProbability, KS_ALPHA,
                    "each sample is mean + sd · z with z from boxMuller; are both outputs of a pair stored in the"
                            + " right slots, and is sd (not the variance) the scale?");
            StatisticalAssertions.assertMeanWithin("samples of N(" + mean + ", " + sd + "²)", samples, mean, sd, 4,
                    "each sample is mean + sd · z");
        }
        assertLength("sampleNormal(random, 0, 0, 1)", 0, Distributions.sampleNormal(new Random(1), 0, 0, 1));
        assertLength("sampleNormal(random, 1, 0, 1)", 1, Distributions.sampleNormal(new Random(1), 1, 0, 1));
    }

    @Test
    @Points(3)
    @DisplayName("sampleExponential(random, n, λ) follows the exponential distribution with mean 1/λ (Kolmogorov-Smirnov against Commons Math)")
    void sampleExponentialFollowsTheDistribution() {
        double[] rates = {0.25, 2, 50};
        for (int c = 0; c < rates.length; c++) {
            double rate = rates[c];
            int n = 4000;
            double[] samples = Distributions.sampleExponential(new Random(Seeds.of(200 + c)), n, rate);
            assertLength("sampleExponential(random, " + n + ", " + rate + ")", n, samples);
            StatisticalAssertions.assertFollowsDistribution("samples of the exponential with rate " + rate, samples,
                    new ExponentialDistribution(1 / rate)::cumulativeProbability, KS_ALPHA, RATE);
            StatisticalAssertions.assertMeanWithin("samples of the exponential with rate " + rate, samples, 1 / rate,
                    1 / rate, 4, RATE);
        }
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects invalid parameters (σ ≤ 0, p outside [0, 1], n < 0, λ < 0, rate ≤ 0, u outside [0, 1), NaN) with an IllegalArgumentException naming the bad value")
    void rejectsInvalidParameters() {
        assertRejects("normalPdf with sd 0", () -> Distributions.normalPdf(0, 0, 0), "sd > 0", "0");
        assertRejects("normalCdf with sd -1", () -> Distributions.normalCdf(0, 0, -1), "sd > 0", "-1");
        assertRejects("normalCdf at NaN", () -> Distributions.normalCdf(Double.NaN, 0, 1), "x must not be NaN", "NaN");
        assertRejects("normalPdf with mean NaN", () -> Distributions.normalPdf(0, Double.NaN, 1), "finite mean", "NaN");
        assertRejects("logFactorial(-1)", () -> Distributions.logFactorial(-1), "n >= 0", "-1");
        assertRejects("binomialPmf with p = 1.5", () -> Distributions.binomialPmf(1, 3, 1.5), "p in [0, 1]", "1.5");
        assertRejects("binomialLogPmf with p = NaN", () -> Distributions.binomialLogPmf(1, 3, Double.NaN),
                "p in [0, 1]", "NaN");
        assertRejects("binomialPmf with n = -2", () -> Distributions.binomialPmf(0, -2, 0.5), "n >= 0", "-2");
        assertRejects("poissonPmf with λ = -1", () -> Distributions.poissonPmf(1, -1), "λ >= 0", "-1");
        assertRejects("poissonLogPmf with λ = NaN", () -> Distributions.poissonLogPmf(1, Double.NaN), "λ >= 0", "NaN");
        assertRejects("exponentialPdf with rate 0", () -> Distributions.exponentialPdf(1, 0), "rate > 0", "0");
        assertRejects("exponentialCdf with rate -2", () -> Distributions.exponentialCdf(1, -2), "rate > 0", "-2");
        assertRejects("exponentialFromUniform(1.0, 1)", () -> Distributions.exponentialFromUniform(1.0, 1),
                "u in [0, 1)", "1.0");
        assertRejects("exponentialFromUniform(-0.1, 1)", () -> Distributions.exponentialFromUniform(-0.1, 1),
                "u in [0, 1)", "-0.1");
        assertRejects("boxMuller(0.5, 1.0)", () -> Distributions.boxMuller(0.5, 1.0), "u2 in [0, 1)", "1.0");
        assertRejects("boxMuller(NaN, 0.5)", () -> Distributions.boxMuller(Double.NaN, 0.5), "u1 in [0, 1)", "NaN");
        assertRejects("sampleNormal with a null Random", () -> Distributions.sampleNormal(null, 3, 0, 1),
                "random must not be null", "null");
        assertRejects("sampleExponential with n = -1", () -> Distributions.sampleExponential(new Random(1), -1, 1),
                "n >= 0", "-1");
        assertRejects("sampleNormal with sd 0", () -> Distributions.sampleNormal(new Random(1), 3, 0, 0), "sd > 0", "0");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Tells a formula slip from a cancellation in the lower tail: if Φ(1) is right (Commons Math:
     * 0.8413447460685429) the formula is right and only the tail lost its digits.
     */
    private static String cdfMistake(double expected, double actual) {
        if (Math.abs(expected - actual) <= 1e-11 * Math.abs(expected)) {
            return NORMAL_CDF;   // not failing: no message needed
        }
        double atOne = Distributions.normalCdf(1, 0, 1);
        return Math.abs(atOne - 0.8413447460685429) <= 1e-12 ? TAIL : NORMAL_CDF;
    }

    /**
     * Relative 1e-9 for ordinary probabilities; below 1e-290 doubles lose precision (subnormals
     * near 1e-308), so tiny ones are compared in absolute terms.
     */
    private static void assertProbability(String what, double expected, double actual, String likelyMistake) {
        ArrayAssertions.assertClose(what, expected, actual,
                expected >= 1e-290 ? Tolerance.relative(1e-9) : Tolerance.absolute(1e-300), likelyMistake);
    }

    private static void assertExactly(String what, double expected, double actual, String likelyMistake) {
        ArrayAssertions.assertClose(what, expected, actual, Tolerance.absolute(0), likelyMistake);
    }

    private static void assertLength(String what, int expected, double[] actual) {
        if (actual == null || actual.length != expected) {
            throw Failure.of(what + " returned the wrong number of samples")
                    .line("expected", expected + " samples")
                    .line("actual", actual == null ? "null" : actual.length + " samples")
                    .likelyMistake("return exactly n samples: with an odd n, use only the first value of the last"
                            + " Box-Muller pair").error();
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
