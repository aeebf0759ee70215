package io.mlpath.p2.supervised;

/**
 * Gradient boosting for regression with the squared loss: a constant start plus a sum of shallow
 * regression trees, each fitted to the residuals of the model so far and added with shrinkage.
 *
 * <p><b>Algorithm</b> (Friedman's least-squares boosting). With training rows
 * {@code (xᵢ, yᵢ)}, {@code M} stages and learning rate {@code η}:
 * <pre>
 *   F₀(x) = mean(y)                                   (the best constant for the squared loss)
 *   for m = 1 … M:
 *       rᵢ = yᵢ − F_{m−1}(xᵢ)                        (residuals of the CURRENT model)
 *       h_m = a regression tree fitted to (xᵢ, rᵢ)
 *       F_m(x) = F_{m−1}(x) + η · h_m(x)
 * </pre>
 * For the loss {@code L = ½(y − F)²} the negative gradient {@code −∂L/∂F} <em>is</em> the residual
 * {@code y − F}, so every tree takes a step of functional gradient descent. The residuals must be
 * recomputed against {@code F_{m−1}} at every stage: residuals against {@code F₀} alone would make
 * every tree the same tree and {@code F_m = F₀ + m·η·h₁}, which overshoots once {@code m·η > 1}.
 *
 * <p><b>The trees</b> are CART regression trees: a split {@code x[f] ≤ t} is chosen to minimise the
 * children's summed squared error {@code SSE(left) + SSE(right)} with
 * {@code SSE(S) = Σ_{i∈S} (rᵢ − mean_S r)²} — equivalently to maximise
 * {@code (Σ_L r)²/n_L + (Σ_R r)²/n_R}; thresholds are midpoints of consecutive distinct values;
 * both children need {@code minSamplesLeaf} rows; ties go to the lowest feature index, then the
 * lowest threshold (a candidate must reduce the SSE by more than {@code 1e-12·SSE(node)} beyond the
 * best so far); a node is a leaf at {@code maxDepth} (root depth 0), below
 * {@code 2·minSamplesLeaf} rows, or when no split reduces its SSE by more than
 * {@code 1e-12·SSE(node)}. A leaf predicts the mean residual of its rows.
 *
 * <p><b>Worked example.</b> {@code x = (1, 2, 3, 4)}, {@code y = (1, 0, 2, 5)}, stumps
 * ({@code maxDepth = 1}), {@code η = 0.5}:
 * <pre>
 *   F₀ = 2;                      r = (−1, −2, 0, 3);  best split x ≤ 3.5: leaves −1 and 3
 *   F₁ = 2 + 0.5·h₁ = (1.5, 1.5, 1.5, 3.5);  r = (−0.5, −1.5, 0.5, 1.5);  split x ≤ 2.5: −1 and 1
 *   F₂ = (1, 1, 2, 4)
 * </pre>
 * and the training MSE falls 3.5 → 1.25 → 0.5.
 *
 * <p><b>Numerical and practical notes.</b> Shrinkage {@code η < 1} trades more stages for better
 * generalisation (Friedman 2001, §5); with the squared loss and leaf means the training loss can
 * never rise from one stage to the next, because {@code h_m} is the least-squares fit of the
 * residuals and {@code η ∈ (0, 1]}. Sort a node's rows by each feature once and sweep running sums
 * instead of recomputing both children for each threshold: {@code O(d·n log n)} per node.
 *
 * <p>Reference: J. H. Friedman, "Greedy function approximation: a gradient boosting machine",
 * Annals of Statistics 29(5), 2001, §4.1 (LS_Boost) and §5 (shrinkage); Hastie, Tibshirani and
 * Friedman, <i>The Elements of Statistical Learning</i> (2nd ed.), §10.10 (Algorithm 10.3) and §10.12.
 */
public final class GradientBoostingRegressor {

    /**
     * A boosted model of {@code stages} regression trees.
     *
     * @param stages         the number of trees {@code M ≥ 1}
     * @param learningRate   the shrinkage {@code η}, in {@code (0, 1]}
     * @param maxDepth       the largest depth of a tree's nodes, {@code ≥ 1} (1 = stumps)
     * @param minSamplesLeaf the fewest training rows a leaf may hold, {@code ≥ 1}
     * @throws IllegalArgumentException when {@code stages < 1}, {@code learningRate} is not in
     *                                  {@code (0, 1]}, {@code maxDepth < 1} or {@code minSamplesLeaf < 1}
     */
    public GradientBoostingRegressor(int stages, double learningRate, int maxDepth, int minSamplesLeaf) {
        throw new UnsupportedOperationException("TODO(p2.supervised.gradient-boosting): validate stages (>= 1), learningRate (in (0, 1]), maxDepth (>= 1) and minSamplesLeaf (>= 1), then store them");
    }

    /**
     * Fits {@code F₀ = mean(y)} and then {@code stages} trees, each to the residuals of the
     * current model; records the training loss after every stage; returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} finite targets
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input or a length mismatch
     */
    public GradientBoostingRegressor fit(double[][] x, double[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.gradient-boosting): validate x and y; F0 = mean(y); for each stage fit a regression tree to the residuals y - F of the current model and add learningRate times its prediction; record the training MSE after every stage; return this");
    }

    /**
     * The prediction of the full model {@code F_M(x)} for each row.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.gradient-boosting): return F_M(x), the prediction after all stages");
    }

    /**
     * The predictions after every stage: row {@code m} holds {@code F_m(x)} for each query row, so
     * row 0 is the constant {@code F₀ = mean(y)} and row {@code stages} equals {@link #predict}
     * ({@code (stages + 1) × n}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict}
     */
    public double[][] stagedPredict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.gradient-boosting): return F_0(x), F_1(x), ..., F_M(x) as rows 0 ... stages");
    }

    /**
     * The initial constant prediction {@code F₀}, the mean of the training targets.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double initialPrediction() {
        throw new UnsupportedOperationException("TODO(p2.supervised.gradient-boosting): return F0, the mean of the training targets");
    }

    /**
     * The training mean squared error {@code (1/n) Σ (yᵢ − F_m(xᵢ))²} after each stage
     * {@code m = 0 … stages} (index 0: the constant model). A copy.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] trainLoss() {
        throw new UnsupportedOperationException("TODO(p2.supervised.gradient-boosting): return a copy of the training MSE after stages 0 ... stages");
    }
}
