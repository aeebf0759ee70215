package io.mlpath.p2.supervised;

/**
 * Gaussian naive Bayes: each class models every feature as an independent normal distribution,
 * and Bayes' rule turns the class densities into class probabilities, all in log space.
 *
 * <p><b>Model.</b> With {@code K = max(y) + 1} classes (every one present), fit estimates for
 * each class {@code c} its prior {@code P(c) = n_c / n} and, per feature {@code j}, the mean
 * {@code μ_cj} and the <em>population</em> variance (divide by {@code n_c}) plus a smoothing term:
 * <pre>
 *   σ²_cj = (1/n_c) Σ_{i: yᵢ = c} (x_ij − μ_cj)²  +  ε,      ε = varSmoothing · max_j Var(x_·j),
 * </pre>
 * where {@code Var(x_·j)} is feature {@code j}'s population variance over <em>all</em> training rows
 * (scikit-learn's {@code var_smoothing}, default {@code 1e-9}). ε keeps a feature that is constant
 * within a class from giving a zero variance and a division by zero.
 *
 * <p><b>Prediction.</b> The joint log-likelihood of a row {@code x} and class {@code c} is
 * <pre>
 *   jll_c(x) = log P(c) + Σ_j log N(x_j | μ_cj, σ²_cj)
 *            = log P(c) − ½ Σ_j log(2π σ²_cj) − ½ Σ_j (x_j − μ_cj)² / σ²_cj,
 * </pre>
 * and the posterior is {@code log P(c | x) = jll_c(x) − logsumexp_k jll_k(x)}, {@code P(c | x)} its
 * {@code exp}. {@code predict} is the class with the largest {@code jll} (the smallest index on a tie).
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {2}, {10}, {12}}}, {@code y = {0, 0, 1, 1}},
 * {@code varSmoothing = 0}: priors {@code (½, ½)}, means {@code (1, 11)}, variances {@code (1, 1)}. At
 * {@code x = 3}: {@code jll = log ½ − ½ log 2π − ½·4 = −3.612} for class 0 and
 * {@code log ½ − ½ log 2π − ½·64 = −33.612} for class 1, so {@code P(0 | 3) = 1/(1 + e⁻³⁰) ≈ 1} and
 * {@code predict = 0}.
 *
 * <p><b>Numerical note.</b> Never multiply densities: a product of 400 densities of about
 * {@code e⁻²⁰⁰} each is far below the smallest double ({@code ≈ 4.9e-324}) and becomes 0 for every
 * class, and the posterior becomes {@code 0/0 = NaN}. Sum logarithms instead, and normalise with
 * {@code logsumexp(a) = m + log Σ exp(a_k − m)}, {@code m = max a}: exponentiating the raw
 * {@code jll} (around {@code −76,000} above) underflows just the same.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §6.6.3;
 * Murphy, Machine Learning: A Probabilistic Perspective, §3.5 (naive Bayes classifiers, the
 * log-sum-exp trick); scikit-learn user guide, "Gaussian Naive Bayes".
 */
public final class GaussianNaiveBayes {

    /**
     * A Gaussian naive Bayes classifier.
     *
     * @param varSmoothing the share of the largest feature variance added to every variance,
     *                     finite and {@code ≥ 0} (scikit-learn's default is {@code 1e-9})
     * @throws IllegalArgumentException when {@code varSmoothing} is negative or not finite
     */
    public GaussianNaiveBayes(double varSmoothing) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): validate varSmoothing (finite, >= 0) and store it");
    }

    /**
     * Estimates the class priors, means and smoothed variances and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged
     * @param y {@code n} class indices, {@code K = max(y) + 1 ≥ 2}, every class present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a negative label, fewer than two classes, a class
     *                                  with no rows, or a zero variance left after smoothing
     */
    public GaussianNaiveBayes fit(double[][] x, int[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): validate, then estimate priors n_c/n, means and population variances per class plus epsilon = varSmoothing * largest feature variance; return this");
    }

    /**
     * The joint log-likelihood {@code log P(c) + Σ_j log N(x_j | μ_cj, σ²_cj)} of each row and class
     * ({@code m × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[][] jointLogLikelihood(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return log P(c) - 1/2 sum log(2 pi var) - 1/2 sum (x - mean)^2 / var for each row and class");
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
     * A copy of the class priors {@code P(c) = n_c / n} (length {@code K}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] classPriors() {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return a copy of the class priors");
    }

    /**
     * A copy of the per-class feature means {@code μ} ({@code K × d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] means() {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return a deep copy of the class means");
    }

    /**
     * A copy of the per-class feature variances {@code σ²}, smoothing included ({@code K × d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] variances() {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return a deep copy of the smoothed class variances");
    }

    /**
     * The variance added to every {@code σ²_cj}: {@code varSmoothing · max_j Var(x_·j)}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double epsilon() {
        throw new UnsupportedOperationException("TODO(p2.supervised.naive-bayes): return the variance added to every class variance");
    }
}
