package io.mlpath.p1.stats;

/**
 * Bayes' theorem at work: the diagnostic-test posterior, the conjugate Beta-Binomial update, and
 * posterior probabilities over discrete hypotheses computed in log space.
 *
 * <h2>The maths</h2>
 * Bayes' theorem turns the probability of the evidence under a hypothesis into the probability of
 * the hypothesis given the evidence: {@code P(H | E) = P(E | H) P(H) / P(E)}, with
 * {@code P(E) = Σ_h P(E | h) P(h)} over every hypothesis (the law of total probability).
 * <ul>
 *   <li><b>Diagnostic test</b>: with prevalence {@code π = P(D)}, sensitivity
 *       {@code P(+ | D)} and specificity {@code P(− | not D)}, the false-positive rate is
 *       {@code P(+ | not D) = 1 − specificity} and
 *       {@code P(D | +) = sens · π / (sens · π + (1 − spec)(1 − π))}. Ignoring {@code π} (base-rate
 *       neglect) confuses {@code P(D | +)} with {@code P(+ | D)}.</li>
 *   <li><b>Beta-Binomial</b>: a prior {@code θ ~ Beta(α, β)} (density ∝
 *       {@code θ^{α−1}(1 − θ)^{β−1}}) and {@code k} successes in {@code n} Bernoulli(θ) trials
 *       (likelihood ∝ {@code θ^k (1 − θ)^{n−k}}) give the posterior
 *       {@code Beta(α + k, β + n − k)}: the prior is conjugate, and the parameters count
 *       pseudo-observations. Updating one observation at a time ends at the same posterior as
 *       one batch update, in any order. The posterior mean {@code α / (α + β)} is also the
 *       predictive probability that the next trial succeeds.</li>
 *   <li><b>Discrete hypotheses in log space</b>: with log-likelihoods {@code ℓ_i = ln P(E | h_i)}
 *       the posterior is {@code p_i = π_i e^{ℓ_i} / Σ_j π_j e^{ℓ_j}}. Compute it as
 *       {@code w_i = ln π_i + ℓ_i}, {@code p_i = exp(w_i − LSE(w))}, with the log-sum-exp
 *       {@code LSE(w) = ln Σ_j e^{w_j} = m + ln Σ_j e^{w_j − m}}, {@code m = max_j w_j}.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Bayes.diseaseGivenPositive(0.01, 0.99, 0.95);     // 0.0099 / (0.0099 + 0.0495) = 1/6 = 0.1667
 * Bayes.update(new Bayes.Beta(2, 2), 7, 3);          // Beta(9, 5), posterior mean 9/14 = 0.6429
 * Bayes.logSumExp(new double[] {-1000, -1000});      // -1000 + ln 2 = -999.3069
 * Bayes.normalizeLog(new double[] {-1000, -1001});   // [0.7311, 0.2689]  (= 1/(1 + e^-1), e^-1/(1 + e^-1))
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Likelihoods of many observations underflow: {@code e^{−1000}} is 0 in double precision,
 *       so {@code e^{ℓ_i} / Σ e^{ℓ_j}} becomes {@code 0/0 = NaN}, and {@code e^{1000}} overflows to
 *       infinity. Subtracting the maximum first makes the largest term {@code e^0 = 1}: nothing
 *       overflows, the sum is at least 1, and only hopeless terms underflow to 0.</li>
 *   <li>{@code −∞} is a valid log-probability (a probability of 0): a hypothesis with prior 0 or
 *       log-likelihood {@code −∞} gets posterior 0. If every weight is {@code −∞} the evidence is
 *       impossible under every hypothesis and there is no posterior.</li>
 *   <li>A diagnostic posterior is undefined when the observed result has probability 0 (e.g. a
 *       positive result with prevalence 0 and specificity 1).</li>
 * </ul>
 *
 * <p>References: J. K. Blitzstein and J. Hwang, <i>Introduction to Probability</i>, 2nd ed.
 * (2019), §2.3 (Bayes' rule, the diagnostic-test example) and §8.3 (Beta-Binomial conjugacy);
 * A. Gelman et al., <i>Bayesian Data Analysis</i>, 3rd ed. (2013), §2.1–2.4; K. P. Murphy,
 * <i>Machine Learning: A Probabilistic Perspective</i> (2012), §3.3 (the beta-binomial model) and
 * §3.5.3 (the log-sum-exp trick).
 */
public final class Bayes {

    private Bayes() {
    }

    /**
     * A Beta(α, β) distribution over a probability {@code θ ∈ [0, 1]}, with density
     * {@code θ^{α−1}(1 − θ)^{β−1} / B(α, β)} and mean {@code α / (α + β)}. Beta(1, 1) is uniform.
     *
     * <p>Given: the constructor validates its parameters; nothing to write here.
     *
     * @param alpha {@code α > 0}, finite: prior successes (pseudo-counts)
     * @param beta  {@code β > 0}, finite: prior failures (pseudo-counts)
     */
    public record Beta(double alpha, double beta) {

        /**
         * Validates the parameters.
         *
         * @throws IllegalArgumentException if {@code alpha} or {@code beta} is not positive and finite
         */
        public Beta {
            if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
                throw new IllegalArgumentException("alpha and beta must be positive and finite, were " + alpha
                        + " and " + beta);
            }
        }
    }

    /**
     * The probability of the disease given a positive test result, by Bayes' theorem.
     *
     * <p>{@code P(D | +) = sens · π / (sens · π + (1 − spec)(1 − π))}.
     *
     * <p>Example: {@code diseaseGivenPositive(0.01, 0.99, 0.95) = 0.0099 / 0.0594 = 1/6}: a test
     * that is right 99 % and 95 % of the time still leaves a positive patient five times more
     * likely healthy than ill, because the disease is rare.
     *
     * @param prevalence  {@code π = P(D)}, in {@code [0, 1]}
     * @param sensitivity {@code P(+ | D)}, in {@code [0, 1]}
     * @param specificity {@code P(− | not D)}, in {@code [0, 1]}
     * @return {@code P(D | +)}
     * @throws IllegalArgumentException if an argument is not a probability, or a positive result
     *                                  has probability 0
     */
    public static double diseaseGivenPositive(double prevalence, double sensitivity, double specificity) {
        checkProbability("prevalence", prevalence);
        checkProbability("sensitivity", sensitivity);
        checkProbability("specificity", specificity);
        double truePositive = sensitivity * prevalence;
        double falsePositive = (1 - specificity) * (1 - prevalence);
        if (truePositive + falsePositive == 0) {
            throw new IllegalArgumentException("a positive result must be possible, but P(+) = 0 (prevalence "
                    + prevalence + ", sensitivity " + sensitivity + ", specificity " + specificity + ")");
        }
        return truePositive / (truePositive + falsePositive);
    }

    /**
     * The probability of the disease given a negative test result, by Bayes' theorem.
     *
     * <p>{@code P(D | −) = (1 − sens) · π / ((1 − sens) · π + spec · (1 − π))}.
     *
     * <p>Example: {@code diseaseGivenNegative(0.01, 0.99, 0.95) = 0.0001 / 0.9406 = 1.0631e-4}.
     *
     * @param prevalence  {@code π = P(D)}, in {@code [0, 1]}
     * @param sensitivity {@code P(+ | D)}, in {@code [0, 1]}
     * @param specificity {@code P(− | not D)}, in {@code [0, 1]}
     * @return {@code P(D | −)}
     * @throws IllegalArgumentException if an argument is not a probability, or a negative result
     *                                  has probability 0
     */
    public static double diseaseGivenNegative(double prevalence, double sensitivity, double specificity) {
        checkProbability("prevalence", prevalence);
        checkProbability("sensitivity", sensitivity);
        checkProbability("specificity", specificity);
        double falseNegative = (1 - sensitivity) * prevalence;
        double trueNegative = specificity * (1 - prevalence);
        if (falseNegative + trueNegative == 0) {
            throw new IllegalArgumentException("a negative result must be possible, but P(-) = 0 (prevalence "
                    + prevalence + ", sensitivity " + sensitivity + ", specificity " + specificity + ")");
        }
        return falseNegative / (falseNegative + trueNegative);
    }

    /**
     * The Beta posterior after observing {@code successes} and {@code failures} Bernoulli trials:
     * {@code Beta(α + successes, β + failures)}.
     *
     * <p>Example: {@code update(new Beta(2, 2), 7, 3)} is {@code Beta(9, 5)}; then
     * {@code update(Beta(9, 5), 1, 0)} is {@code Beta(10, 5)}, the same as
     * {@code update(new Beta(2, 2), 8, 3)}.
     *
     * @param prior     the prior, not null
     * @param successes {@code k ≥ 0}
     * @param failures  {@code n − k ≥ 0}
     * @return the posterior
     * @throws IllegalArgumentException if {@code prior} is null or a count is negative
     */
    public static Beta update(Beta prior, long successes, long failures) {
        if (prior == null) {
            throw new IllegalArgumentException("prior must not be null");
        }
        if (successes < 0 || failures < 0) {
            throw new IllegalArgumentException("successes and failures must be non-negative, were " + successes
                    + " and " + failures);
        }
        return new Beta(prior.alpha() + successes, prior.beta() + failures);
    }

    /**
     * The mean of a Beta distribution, {@code α / (α + β)}: for a posterior, the predictive
     * probability that the next trial is a success.
     *
     * <p>Example: {@code posteriorMean(new Beta(9, 5)) = 9/14 = 0.6429}. With a uniform prior
     * Beta(1, 1) and {@code k} of {@code n} successes this is Laplace's rule of succession
     * {@code (k + 1) / (n + 2)}.
     *
     * @param posterior a Beta distribution, not null
     * @return {@code α / (α + β)}
     * @throws IllegalArgumentException if {@code posterior} is null
     */
    public static double posteriorMean(Beta posterior) {
        if (posterior == null) {
            throw new IllegalArgumentException("posterior must not be null");
        }
        return posterior.alpha() / (posterior.alpha() + posterior.beta());
    }

    /**
     * {@code ln Σ_i e^{x_i}}, computed without overflow or underflow as
     * {@code m + ln Σ_i e^{x_i − m}} with {@code m = max_i x_i}.
     *
     * <p>Example: {@code logSumExp({0, ln 2, ln 3}) = ln 6}; {@code logSumExp({-1000, -1000}) =
     * -1000 + ln 2} (the naive form gives {@code ln 0 = -∞}); {@code logSumExp({1000, 1000}) =
     * 1000 + ln 2} (the naive form gives {@code +∞}).
     *
     * @param logValues at least one value, none NaN; {@code −∞} entries contribute nothing (if all
     *                  are {@code −∞} the result is {@code −∞}); a {@code +∞} entry makes the result
     *                  {@code +∞}; left unchanged
     * @return {@code ln Σ_i e^{x_i}}
     * @throws IllegalArgumentException if {@code logValues} is null, empty or holds a NaN
     */
    public static double logSumExp(double[] logValues) {
        checkLogValues("logValues", logValues);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logValues) {
            max = Math.max(max, v);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (double v : logValues) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Turns log-weights into probabilities: {@code p_i = e^{w_i} / Σ_j e^{w_j} = exp(w_i − LSE(w))}.
     *
     * <p>Computing {@code e^{w_i − m} / Σ_j e^{w_j − m}} with {@code m = max_j w_j} is the same
     * and slightly more accurate: for weights near −1000, {@code LSE(w)} carries an absolute
     * rounding error of about 1e-13, which {@code exp(w_i − LSE(w))} turns into a relative error
     * of 1e-13 (either form is accepted).
     *
     * <p>Example: {@code normalizeLog({-1000, -1001, -1002})} is
     * {@code [1, e^-1, e^-2] / (1 + e^-1 + e^-2) = [0.6652, 0.2447, 0.0900]}.
     *
     * @param logWeights at least one value, none NaN or {@code +∞}, at least one finite
     *                   ({@code −∞} means weight 0); left unchanged
     * @return probabilities that sum to 1, in the same order
     * @throws IllegalArgumentException if {@code logWeights} is null, empty, holds a NaN or
     *                                  {@code +∞}, or every entry is {@code −∞}
     */
    public static double[] normalizeLog(double[] logWeights) {
        checkLogValues("logWeights", logWeights);
        for (int i = 0; i < logWeights.length; i++) {
            if (logWeights[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("logWeights must not be +Infinity (an infinite weight cannot be"
                        + " normalised), logWeights[" + i + "] is Infinity");
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double w : logWeights) {
            max = Math.max(max, w);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("at least one weight must be positive (a finite log-weight), every one"
                    + " of the " + logWeights.length + " log-weights is -Infinity");
        }
        double[] probabilities = new double[logWeights.length];
        double sum = 0;
        for (int i = 0; i < logWeights.length; i++) {
            probabilities[i] = Math.exp(logWeights[i] - max);
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }

    /**
     * The posterior over discrete hypotheses: {@code p_i ∝ π_i · e^{ℓ_i}}, computed in log space as
     * {@code normalizeLog(ln π_i + ℓ_i)}.
     *
     * <p>Example: two coins, fair ({@code θ = 0.5}) and biased ({@code θ = 0.6}), prior
     * {@code [0.5, 0.5]}, 1,800 heads in 3,000 flips: {@code ℓ = [3000 ln 0.5, 1800 ln 0.6 +
     * 1200 ln 0.4] = [−2079.44, −2019.04]}; the posterior is {@code [5.8e-27, 1.0]}, with no
     * underflow.
     *
     * @param prior          prior probabilities {@code π_i ≥ 0}, finite, with a positive sum (they
     *                       are used as given; a sum other than 1 only rescales every weight);
     *                       left unchanged
     * @param logLikelihoods {@code ℓ_i = ln P(E | h_i)}, same length, none NaN or {@code +∞}
     *                       ({@code −∞} means impossible); left unchanged
     * @return the posterior probabilities, summing to 1
     * @throws IllegalArgumentException if either array is null or empty, the lengths differ, a
     *                                  prior is negative or not finite, the priors sum to 0, a
     *                                  log-likelihood is NaN or {@code +∞}, or the evidence is
     *                                  impossible under every hypothesis with a positive prior
     */
    public static double[] posterior(double[] prior, double[] logLikelihoods) {
        if (prior == null || prior.length == 0) {
            throw new IllegalArgumentException("prior must have at least one value, was "
                    + (prior == null ? "null" : "empty"));
        }
        checkLogValues("logLikelihoods", logLikelihoods);
        if (prior.length != logLikelihoods.length) {
            throw new IllegalArgumentException("prior and logLikelihoods must have the same length, were "
                    + prior.length + " and " + logLikelihoods.length);
        }
        double priorSum = 0;
        double[] logWeights = new double[prior.length];
        for (int i = 0; i < prior.length; i++) {
            if (!(prior[i] >= 0) || Double.isInfinite(prior[i])) {
                throw new IllegalArgumentException("prior values must be finite and non-negative, prior[" + i + "] is "
                        + prior[i]);
            }
            if (logLikelihoods[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("log-likelihoods must not be +Infinity, logLikelihoods[" + i
                        + "] is Infinity");
            }
            priorSum += prior[i];
            logWeights[i] = Math.log(prior[i]) + logLikelihoods[i];
        }
        if (priorSum == 0) {
            throw new IllegalArgumentException("prior must have a positive sum, all " + prior.length + " values are 0");
        }
        for (double w : logWeights) {
            if (w > Double.NEGATIVE_INFINITY) {
                return normalizeLog(logWeights);
            }
        }
        throw new IllegalArgumentException("the evidence must be possible under some hypothesis with a positive prior,"
                + " but every prior · likelihood is 0");
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], was " + p);
        }
    }

    private static void checkLogValues(String name, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one value, was "
                    + (values == null ? "null" : "empty"));
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(name + " must not hold NaN, " + name + "[" + i + "] is NaN");
            }
        }
    }
}
