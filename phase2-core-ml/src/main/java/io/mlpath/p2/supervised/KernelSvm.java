package io.mlpath.p2.supervised;

/**
 * A kernel support vector machine trained by simplified SMO (sequential minimal optimisation) on
 * the dual problem.
 *
 * <p><b>Dual.</b> With labels {@code yᵢ ∈ {−1, +1}} (the learner maps class indices 0/1 to −1/+1
 * inside {@link #fit}), kernel {@code K} and soft-margin constant {@code C}, SMO solves
 * <pre>
 *   maximise   W(α) = Σᵢ αᵢ − ½ Σᵢ Σⱼ αᵢ αⱼ yᵢ yⱼ K(xᵢ, xⱼ)
 *   subject to 0 ≤ αᵢ ≤ C  and  Σᵢ αᵢ yᵢ = 0,
 * </pre>
 * and predicts with {@code f(x) = Σᵢ αᵢ yᵢ K(xᵢ, x) + b}, class 1 when {@code f(x) > 0}. Rows with
 * {@code αᵢ > 0} are the support vectors; only they enter {@code f}. The optimum satisfies the KKT
 * conditions: {@code αᵢ = 0 ⇒ yᵢf(xᵢ) ≥ 1}, {@code 0 < αᵢ < C ⇒ yᵢf(xᵢ) = 1},
 * {@code αᵢ = C ⇒ yᵢf(xᵢ) ≤ 1}.
 *
 * <p><b>Simplified SMO</b> (CS229 notes). Start at {@code α = 0, b = 0}, {@code passes = 0}, a
 * {@code java.util.Random(seed)}. While {@code passes < maxPasses}, sweep {@code i = 0 … n−1}:
 * <ol>
 *   <li>{@code Eᵢ = f(xᵢ) − yᵢ}. Skip {@code i} unless it breaks KKT by more than {@code tol}:
 *       {@code (yᵢEᵢ < −tol and αᵢ < C) or (yᵢEᵢ > tol and αᵢ > 0)}.</li>
 *   <li>Pick {@code j ≠ i} at random ({@code j = random.nextInt(n − 1)}, then {@code j++} if
 *       {@code j ≥ i}); {@code Eⱼ = f(xⱼ) − yⱼ}; keep the old {@code αᵢ, αⱼ}.</li>
 *   <li>Bounds that keep both alphas in {@code [0, C]} on the line {@code αᵢyᵢ + αⱼyⱼ = const}:
 *       if {@code yᵢ ≠ yⱼ}: {@code L = max(0, αⱼ − αᵢ)}, {@code H = min(C, C + αⱼ − αᵢ)};
 *       if {@code yᵢ = yⱼ}: {@code L = max(0, αᵢ + αⱼ − C)}, {@code H = min(C, αᵢ + αⱼ)}.
 *       Skip if {@code L = H}.</li>
 *   <li>{@code η = 2K(xᵢ,xⱼ) − K(xᵢ,xᵢ) − K(xⱼ,xⱼ)}; skip if {@code η ≥ 0}.
 *       {@code αⱼ ← clip(αⱼ − yⱼ(Eᵢ − Eⱼ)/η, L, H)}; skip if it moved less than {@code 1e-5}.
 *       {@code αᵢ ← αᵢ + yᵢyⱼ(αⱼ_old − αⱼ)}.</li>
 *   <li>{@code b₁ = b − Eᵢ − yᵢ(αᵢ − αᵢ_old)K(xᵢ,xᵢ) − yⱼ(αⱼ − αⱼ_old)K(xᵢ,xⱼ)},
 *       {@code b₂ = b − Eⱼ − yᵢ(αᵢ − αᵢ_old)K(xᵢ,xⱼ) − yⱼ(αⱼ − αⱼ_old)K(xⱼ,xⱼ)};
 *       {@code b = b₁} if {@code 0 < αᵢ < C}, else {@code b₂} if {@code 0 < αⱼ < C}, else their
 *       mean. Count the pair as changed.</li>
 * </ol>
 * After a sweep, {@code passes ← passes + 1} if nothing changed, else {@code passes ← 0}.
 *
 * <p><b>Worked example.</b> {@code x = {{−1, 0}, {1, 0}}}, {@code y = {0, 1}}, linear kernel,
 * {@code C = 10}: one SMO step gives {@code alphas() = (0.5, 0.5)}, {@code bias() = 0}, so
 * {@code w = Σ αᵢyᵢxᵢ = (1, 0)} (margin {@code 1/‖w‖ = 1}) and {@code decisionFunction({{2, 0}}) = {2}}.
 * With {@code C = 0.25} both alphas stop at the bound {@code C}.
 *
 * <p><b>Numerical note.</b> The SVM never needs {@code w}, only kernel values, so the RBF kernel's
 * infinite-dimensional features cost nothing; this class caches the {@code n × n} kernel matrix
 * ({@code 8n²} bytes, 1.3 MB for 400 rows), which limits it to a few thousand rows. Each alpha
 * moved by SMO lands in {@code [0, C]} up to rounding, and every pair step keeps
 * {@code Σ αᵢyᵢ = 0}. The result is approximate: simplified SMO picks {@code j} at random instead
 * of by Platt's heuristics, so it is simpler but slower, and it may stop with a KKT violator left
 * when, for {@code maxPasses} sweeps in a row, none of that row's random partners allowed a step.
 * A larger {@code maxPasses} makes that unlikely (on a handful of rows, 100 costs nothing).
 *
 * <p>Reference: J. Platt, "Sequential Minimal Optimization: a fast algorithm for training support
 * vector machines", Microsoft Research MSR-TR-98-14 (1998); Stanford CS229, "The Simplified SMO
 * Algorithm"; Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §12.3.
 */
public final class KernelSvm {

    /**
     * A Mercer kernel {@code K(a, b)}: an inner product of the two rows in some feature space.
     *
     * <p>Any lambda works, e.g. {@code (a, b) -> Math.pow(1 + dot(a, b), 2)}; the factories give
     * the two kernels of this challenge.
     */
    @FunctionalInterface
    public interface Kernel {

        /** {@code K(a, b)} for two rows of the same length. */
        double apply(double[] a, double[] b);

        /**
         * The linear kernel {@code K(a, b) = a·b}; with it {@code f(x) = w·x + b} where
         * {@code w = Σ αᵢyᵢxᵢ}.
         *
         * <p>Example: {@code linear().apply({1, 2}, {3, 4}) = 11}.
         */
        static Kernel linear() {
            throw new UnsupportedOperationException("TODO(p2.supervised.svm): return the kernel (a, b) -> a·b");
        }

        /**
         * The RBF (Gaussian) kernel {@code K(a, b) = exp(−γ‖a − b‖²)}, squared Euclidean distance.
         * {@code γ = 1/(2σ²)} for a Gaussian of width {@code σ}; scikit-learn's
         * {@code gamma="scale"} is {@code 1/(d·Var(x))}, i.e. {@code 1/d} on standardised data.
         *
         * <p>Example: {@code rbf(0.5).apply({0, 0}, {1, 1}) = exp(−0.5·2) = e⁻¹ ≈ 0.3679}.
         *
         * @param gamma {@code γ > 0}, finite
         * @throws IllegalArgumentException when {@code gamma} is not finite and positive
         */
        static Kernel rbf(double gamma) {
            throw new UnsupportedOperationException("TODO(p2.supervised.svm): validate gamma (finite, > 0) and return the kernel (a, b) -> exp(-gamma |a - b|^2)");
        }
    }

    /**
     * A kernel SVM trained by simplified SMO.
     *
     * @param kernel    the kernel, e.g. {@link Kernel#rbf(double)} or {@link Kernel#linear()}
     * @param c         the soft-margin constant {@code C > 0}, finite: the upper bound of every alpha
     * @param tol       the KKT tolerance {@code tol > 0}, finite (1e-3 is typical)
     * @param maxPasses stop after this many consecutive sweeps without a change, at least 1
     * @param seed      seeds the {@code java.util.Random} that picks the partner {@code j}
     * @throws IllegalArgumentException when {@code kernel} is null, or {@code c}, {@code tol} or
     *                                  {@code maxPasses} is out of range
     */
    public KernelSvm(Kernel kernel, double c, double tol, int maxPasses, long seed) {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): validate kernel, C, tol and maxPasses, then store them with the seed");
    }

    /**
     * Trains on rows {@code x} with class indices {@code y ∈ {0, 1}} and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 2}, {@code d ≥ 1}
     * @param y {@code n} labels, each 0 or 1, both classes present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a label other than 0 or 1, or a single class
     */
    public KernelSvm fit(double[][] x, int[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): run simplified SMO on the cached kernel matrix with y = ±1: KKT check, random j, bounds L and H, eta, clip, bias update; return this");
    }

    /**
     * The signed score {@code f(x) = Σᵢ αᵢyᵢK(xᵢ, x) + b} of each row (sum over the training rows
     * with {@code αᵢ > 0}); positive means class 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] decisionFunction(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return sum_i alpha_i y_i K(x_i, x) + b for every row (reject an unfitted model and rows of the wrong length)");
    }

    /**
     * The class of each row: 1 where {@code decisionFunction > 0}, else 0.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return 1 where decisionFunction(x) > 0, else 0");
    }

    /**
     * A copy of the dual coefficients {@code α}, one per training row, in training order.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] alphas() {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return a copy of the fitted alphas, one per training row");
    }

    /**
     * The bias (intercept) {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double bias() {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return the fitted bias b");
    }

    /**
     * The training-row indices {@code i} with {@code αᵢ > 0}, in increasing order.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] supportVectorIndices() {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return the indices i with alpha_i > 0, in increasing order");
    }
}
