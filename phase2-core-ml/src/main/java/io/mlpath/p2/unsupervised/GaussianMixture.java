package io.mlpath.p2.unsupervised;

/**
 * A Gaussian mixture with diagonal covariances, fitted by expectation-maximisation (EM).
 *
 * <p><b>Model.</b> {@code K} components, each with a weight {@code πₖ} ({@code Σₖ πₖ = 1}), a mean
 * {@code μₖ ∈ ℝᵈ} and per-feature variances {@code σ²ₖⱼ} (a diagonal covariance):
 * <pre>
 *   log N(x | μₖ, σ²ₖ) = −½ Σⱼ [ log(2π σ²ₖⱼ) + (xⱼ − μₖⱼ)² / σ²ₖⱼ ]
 *   log p(x)           = log Σₖ πₖ N(x | μₖ, σ²ₖ)
 *                      = logsumexp over k of  aₖ = log πₖ + log N(x | μₖ, σ²ₖ)
 *   logsumexp(a)       = m + log Σₖ exp(aₖ − m),   m = maxₖ aₖ
 * </pre>
 *
 * <p><b>EM.</b> Starting from {@code θ₀ = (π, μ, σ²)}, repeat
 * <pre>
 *   E-step:  rᵢₖ = exp(aᵢₖ − log p(xᵢ))              (responsibilities; each row sums to 1)
 *            L(θ) = (1/n) Σᵢ log p(xᵢ)                (mean log-likelihood per row)
 *   M-step:  Nₖ   = Σᵢ rᵢₖ + 10·ε                     (ε = Math.ulp(1.0); keeps an empty component finite)
 *            πₖ   = Nₖ / Σₗ Nₗ
 *            μₖⱼ  = Σᵢ rᵢₖ xᵢⱼ / Nₖ
 *            σ²ₖⱼ = Σᵢ rᵢₖ (xᵢⱼ − μₖⱼ)² / Nₖ  +  regCovar        (with the NEW μₖ)
 * </pre>
 * {@code logLikelihoodHistory()} holds {@code L(θ₀), L(θ₁), …, L(θ_T)}: entry {@code t} is the mean
 * log-likelihood after {@code t} M-steps, so it has {@code iterations() + 1} entries and its last
 * entry is the log-likelihood of the fitted model. EM stops after the M-step {@code t} for which
 * {@code |L(θₜ) − L(θₜ₋₁)| < tolerance} ({@code converged() = true}), or after
 * {@code maxIterations} M-steps. EM never decreases {@code L}: each step maximises a lower bound
 * that touches {@code L} at the current parameters (Bishop §9.4).
 *
 * <p><b>Variance floor.</b> {@code regCovar} is added to every variance in the M-step, exactly
 * as scikit-learn's {@code reg_covar} (default {@code 1e-6}), so no variance falls below it.
 * Without it, a component that sits on a duplicated point takes all of that point's
 * responsibility, its variance shrinks to exactly 0, {@code log N} becomes {@code +∞} there and
 * {@code (x − μ)²/σ² = 0/0} elsewhere: the likelihood is unbounded and the fit ends in NaN.
 *
 * <p><b>Initialisation.</b> {@link #fit(double[][], double[][], double[][], double[])} starts from
 * the given parameters. {@link #fit(double[][])} seeds the means k-means++-style with
 * {@code java.util.Random(seed)}: the first mean is row {@code random.nextInt(n)}; each next mean is
 * row {@code i} drawn with probability {@code Dᵢ² / Σ D²} ({@code Dᵢ²} = squared distance from row
 * {@code i} to its nearest chosen mean): take {@code u = random.nextDouble() · Σ D²} and the first
 * row whose running sum of {@code D²} exceeds {@code u} (if {@code Σ D² = 0}, row
 * {@code random.nextInt(n)}). Every component starts with the per-feature population variance of
 * {@code x} plus {@code regCovar}, and weight {@code 1/K}.
 *
 * <p><b>Worked example.</b> One component on {@code x = {{0}, {2}}} from {@code μ = 1, σ² = 1,
 * π = 1}: {@code L(θ₀) = −½ log 2π − ½ = −1.41894}; the M-step gives {@code μ = 1},
 * {@code σ² = 1 + regCovar}, so {@code L(θ₁) ≈ −1.41894} too and EM has converged.
 * {@code predictProba} of any row is {@code {1.0}}.
 *
 * <p><b>Numerical note.</b> Work in log space: a row 40 standard deviations from every mean has
 * {@code N(x | μₖ, σ²ₖ) = exp(−800) = 0} in doubles, so {@code log Σₖ πₖ N} is {@code −∞} and
 * {@code rᵢₖ = 0/0}; logsumexp keeps {@code log p(x) ≈ −800} and the responsibilities exact.
 * The result depends on the initialisation: EM finds a local maximum; the same seed gives the
 * same model.
 *
 * <p>Reference: Bishop, Pattern Recognition and Machine Learning, §9.2 (EM for Gaussian mixtures)
 * and §9.4 (why EM never decreases the likelihood); Murphy, Machine Learning: A Probabilistic
 * Perspective, §11.4.2; scikit-learn's {@code GaussianMixture(covariance_type="diag")}.
 */
public final class GaussianMixture {

    /**
     * A mixture of {@code components} diagonal Gaussians.
     *
     * @param components    the number of components {@code K ≥ 1}
     * @param maxIterations the most M-steps {@code ≥ 1}
     * @param tolerance     stop when the mean log-likelihood changes by less than this ({@code ≥ 0},
     *                      finite; 0 runs all {@code maxIterations})
     * @param regCovar      the variance floor added to every variance ({@code > 0}, finite; sklearn uses 1e-6)
     * @param seed          seeds the k-means++ initialisation of {@link #fit(double[][])}
     * @throws IllegalArgumentException when a hyper-parameter is out of range
     */
    public GaussianMixture(int components, int maxIterations, double tolerance, double regCovar, long seed) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): validate the hyper-parameters (components >= 1, maxIterations >= 1, tolerance >= 0, regCovar > 0), then store them and the seed");
    }

    /**
     * Fits by EM from a k-means++-style initialisation (see the class comment) and returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ K}, {@code d ≥ 1}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or fewer rows than components
     */
    public GaussianMixture fit(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): validate x, seed the means k-means++-style with new Random(seed), start every variance at the feature variance + regCovar and every weight at 1/K, then run EM; return this");
    }

    /**
     * Fits by EM from the given initial parameters and returns this model.
     *
     * @param x                {@code n × d} rows, finite, not ragged, {@code n ≥ K}
     * @param initialMeans     {@code K × d} finite means
     * @param initialVariances {@code K × d} variances, each finite and {@code > 0}
     * @param initialWeights   {@code K} weights, each {@code > 0}, summing to 1 (within 1e-6)
     * @return this model, fitted (the arguments are not modified)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, shapes that do not
     *                                  match {@code K} and {@code d}, a variance {@code ≤ 0}, or weights
     *                                  that are not positive or do not sum to 1
     */
    public GaussianMixture fit(double[][] x, double[][] initialMeans, double[][] initialVariances,
            double[] initialWeights) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): validate x and the initial parameters, copy them, then run EM (E-step with logsumexp, M-step adding regCovar to every variance) recording the mean log-likelihood after each step; return this");
    }

    /**
     * The responsibilities {@code rᵢₖ = p(component k | xᵢ)} of each row: {@code n × K}, rows sum to 1.
     *
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose length
     *                                  is not the training dimension
     */
    public double[][] predictProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return the responsibilities exp(log pi_k + log N(x | mu_k, var_k) - logsumexp) of every row");
    }

    /**
     * The most responsible component of each row (the argmax of {@link #predictProba}; the lowest
     * index on a tie).
     *
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return the argmax of predictProba for every row");
    }

    /**
     * The log-density {@code log p(xᵢ)} of each row under the fitted mixture, by logsumexp.
     *
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    public double[] scoreSamples(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return log p(x) = logsumexp over k of (log pi_k + log N(x | mu_k, var_k)) for every row");
    }

    /**
     * The component of each training row under the fitted parameters (what {@code predict} gives on
     * the training rows).
     *
     * @throws IllegalStateException before fit
     */
    public int[] labels() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return a copy of the component of every training row under the fitted parameters");
    }

    /**
     * A copy of the fitted means, {@code K × d}.
     *
     * @throws IllegalStateException before fit
     */
    public double[][] means() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return a copy of the fitted means");
    }

    /**
     * A copy of the fitted per-feature variances, {@code K × d} (each {@code ≥ regCovar}).
     *
     * @throws IllegalStateException before fit
     */
    public double[][] variances() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return a copy of the fitted variances");
    }

    /**
     * A copy of the fitted weights {@code πₖ} (they sum to 1).
     *
     * @throws IllegalStateException before fit
     */
    public double[] weights() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return a copy of the fitted weights");
    }

    /**
     * A copy of {@code L(θ₀), …, L(θ_T)}, the mean log-likelihood per row after 0, 1, …, T M-steps.
     *
     * @throws IllegalStateException before fit
     */
    public double[] logLikelihoodHistory() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return a copy of the mean log-likelihood after 0, 1, ..., T M-steps");
    }

    /**
     * The number of M-steps {@code T} the last fit ran ({@code logLikelihoodHistory().length − 1}).
     *
     * @throws IllegalStateException before fit
     */
    public int iterations() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return the number of M-steps the last fit ran");
    }

    /**
     * Whether the last fit stopped because the log-likelihood changed by less than the tolerance.
     *
     * @throws IllegalStateException before fit
     */
    public boolean converged() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.gmm): return whether the last fit stopped on the tolerance");
    }
}
