package io.mlpath.p2.supervised;

/**
 * Multinomial naive Bayes: each class is a distribution over features that emits counts (words in a
 * document, ink in a pixel), smoothed with Lidstone's α, and all arithmetic is done in log space.
 *
 * <p><b>Model.</b> With {@code K = max(y) + 1} classes (every one present), {@code N_cj} the total
 * count of feature {@code j} over the rows of class {@code c}, {@code N_c = Σ_j N_cj} and {@code d}
 * features, fit estimates
 * <pre>
 *   θ_cj = (N_cj + α) / (N_c + α·d),        log P(c) = log(n_c / n),
 * </pre>
 * (additive smoothing: {@code α = 1} is Laplace's rule, {@code 0 < α < 1} Lidstone's). α is added
 * to every count, so the denominator gains {@code α·d} and each {@code θ_c·} still sums to 1;
 * without it a feature never seen in class {@code c} would have {@code θ = 0}, {@code log θ = −∞},
 * and one such count would veto the class.
 *
 * <p><b>Prediction.</b> The joint log-likelihood of a count vector {@code x} and class {@code c} is
 * <pre>
 *   jll_c(x) = log P(c) + Σ_j x_j · log θ_cj
 * </pre>
 * (the multinomial coefficient is the same for every class and cancels), the log posterior is
 * {@code jll_c − logsumexp_k jll_k}, and {@code predict} takes the largest {@code jll} (the smallest
 * index on a tie).
 *
 * <p><b>Worked example.</b> {@code x = {{2, 0}, {0, 2}}}, {@code y = {0, 1}}, {@code α = 1}:
 * {@code θ₀ = ((2+1)/(2+2), (0+1)/(2+2)) = (¾, ¼)}, {@code θ₁ = (¼, ¾)}, priors {@code (½, ½)}. The
 * query {@code {3, 1}} has {@code jll₀ − jll₁ = 3·log 3 − 1·log 3 = 2 log 3}, so
 * {@code P(0 | x) = 9/10} and {@code predict = 0}.
 *
 * <p><b>Numerical note.</b> A Digits image has about 300 units of ink spread over 64 pixels:
 * {@code Π_j θ_cj^{x_j}} is around {@code e⁻¹⁰⁰⁰}, which is 0 in double precision for every class,
 * and normalising {@code 0/0} gives NaN. Work with {@code Σ_j x_j log θ_cj} and normalise with
 * {@code logsumexp(a) = m + log Σ exp(a_k − m)}, {@code m = max a}.
 *
 * <p>Reference: Manning, Raghavan and Schütze, Introduction to Information Retrieval, §13.2
 * (multinomial naive Bayes, add-one smoothing, log space); McCallum and Nigam, "A comparison of
 * event models for naive Bayes text classification", AAAI-98 workshop; scikit-learn user guide,
 * "Multinomial Naive Bayes".
 */
public final class MultinomialNaiveBayes {

    /**
     * A multinomial naive Bayes classifier with additive smoothing {@code alpha}.
     *
     * @param alpha the pseudo-count added to every feature count, finite and {@code > 0}
     * @throws IllegalArgumentException when {@code alpha} is not finite and positive
     */
    public MultinomialNaiveBayes(double alpha) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): validate alpha (finite, > 0) and store it");
    }

    /**
     * Estimates the class log-priors and the smoothed feature log-probabilities and returns this model.
     *
     * @param x {@code n × d} counts: finite, {@code ≥ 0} (fractional counts such as tf-idf are
     *          allowed), not ragged
     * @param y {@code n} class indices, {@code K = max(y) + 1 ≥ 2}, every class present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged, negative or non-finite input, a
     *                                  length mismatch, a negative label, fewer than two classes or a
     *                                  class with no rows
     */
    public MultinomialNaiveBayes fit(double[][] x, int[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): validate counts, then log priors log(n_c/n) and log theta_cj = log(N_cj + alpha) - log(N_c + alpha d); return this");
    }

    /**
     * The joint log-likelihood {@code log P(c) + Σ_j x_j log θ_cj} of each row and class ({@code m × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged, negative or non-finite rows, or rows
     *                                  whose length is not the training dimension
     */
    public double[][] jointLogLikelihood(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return log P(c) + sum_j x_j log theta_cj for each row and class");
    }

    /**
     * The log posterior {@code log P(c | x) = jll_c − logsumexp_k jll_k} of each row ({@code m × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #jointLogLikelihood}
     */
    public double[][] predictLogProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): subtract logsumexp (with the max taken out first) of each row of the joint log-likelihood");
    }

    /**
     * The posterior {@code P(c | x)} of each row ({@code m × K}): finite, rows summing to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #jointLogLikelihood}
     */
    public double[][] predictProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return exp(predictLogProba(x))");
    }

    /**
     * The most probable class of each row (the largest joint log-likelihood; the smallest index on a tie).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #jointLogLikelihood}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return the argmax of each row of the joint log-likelihood (the smallest index on a tie)");
    }

    /**
     * A copy of the class log-priors {@code log(n_c / n)} (length {@code K}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] classLogPriors() {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return a copy of the class log-priors");
    }

    /**
     * A copy of the smoothed feature log-probabilities {@code log θ_cj} ({@code K × d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] featureLogProbabilities() {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return a deep copy of the feature log-probabilities");
    }
}
