package io.mlpath.p2.supervised;

/**
 * Multinomial logistic (softmax) regression with an L2 penalty, fitted by batch gradient descent.
 *
 * <p><b>Model.</b> For {@code K} classes each class {@code k} has a weight row {@code Wₖ} and an
 * intercept {@code bₖ}. A row {@code x} gets the logits {@code zₖ = Wₖ·x + bₖ} and the class
 * probabilities
 * <pre>
 *   P(y = k | x) = softmax(z)ₖ = exp(zₖ) / Σⱼ exp(zⱼ).
 * </pre>
 * {@code predict} returns the class with the largest probability (the smallest index on a tie).
 *
 * <p><b>Objective.</b> With {@code n} rows, labels {@code yᵢ ∈ {0 … K−1}} and the inverse
 * regularisation strength {@code C} (as in scikit-learn: larger {@code C} = weaker penalty),
 * <pre>
 *   J(W, b) = (1/n) Σᵢ CEᵢ  +  λ/2 · ‖W‖²,      λ = 1/(n·C),
 *   CEᵢ     = −log softmax(zᵢ)_yᵢ = logsumexp(zᵢ) − zᵢ,yᵢ,
 * </pre>
 * which is scikit-learn's {@code C·Σᵢ CEᵢ + ½‖W‖²} divided by {@code n·C}: the same minimiser. The
 * intercepts are <em>not</em> penalised. Its gradient, with {@code Pᵢₖ = softmax(zᵢ)ₖ} and the
 * one-hot {@code Yᵢₖ = [yᵢ = k]}, is
 * <pre>
 *   ∂J/∂Wₖ = (1/n) Σᵢ (Pᵢₖ − Yᵢₖ)·xᵢ + λ·Wₖ,       ∂J/∂bₖ = (1/n) Σᵢ (Pᵢₖ − Yᵢₖ).
 * </pre>
 *
 * <p><b>Fitting.</b> {@code K} is {@code max(y) + 1}; every class {@code 0 … K−1} must occur. Start
 * at {@code W = 0, b = 0}. Before each step compute the gradient {@code g}; stop when
 * {@code max |g| ≤ tolerance} (over every weight and intercept component) or after
 * {@code maxIterations} steps; otherwise step {@code W ← W − η·∂J/∂W}, {@code b ← b − η·∂J/∂b}
 * with the fixed learning rate {@code η}. {@link #iterations()} reports the steps taken. The
 * objective is convex, so this reaches the same optimum as scikit-learn's solvers. Only the
 * differences between intercepts matter (adding a constant to every {@code bₖ} changes no
 * probability); starting at zero keeps {@code Σₖ bₖ = 0}, because {@code Σₖ ∂J/∂bₖ = 0}.
 *
 * <p><b>Worked example.</b> {@code softmax({1, 2, 3}) = {0.0900, 0.2447, 0.6652}}. With
 * {@code W = 0, b = 0} every class has probability {@code 1/K}, so the loss is {@code ln K}
 * ({@code ln 3 ≈ 1.0986} for three classes) whatever the data. Three 1-D points {@code x = −2, 0, 2}
 * with labels {@code 0, 1, 2} and {@code C = 100} give {@code predict = {0, 1, 2}}.
 *
 * <p><b>Numerical note.</b> {@code exp(1000)} overflows a double to {@code ∞}, and
 * {@code ∞/∞ = NaN}. Softmax is unchanged by subtracting a constant from every logit, so compute
 * it as {@code exp(zₖ − m) / Σⱼ exp(zⱼ − m)} with {@code m = maxⱼ zⱼ}: the largest term is then
 * {@code exp(0) = 1} and nothing overflows. Likewise
 * {@code logsumexp(z) = m + log Σⱼ exp(zⱼ − m)}, so the loss stays finite for logits of
 * {@code ±1000}. Standardise the features first: the learning rate that suits one feature scale
 * suits no other, and a rate above about {@code 2/L} ({@code L} the largest curvature) diverges.
 *
 * <p>Reference: Bishop, Pattern Recognition and Machine Learning, §4.3.4 (multiclass logistic
 * regression); Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §4.4; Stanford
 * CS231n notes, "Linear classification: Softmax classifier" (numeric stability).
 */
public final class SoftmaxRegression {

    /**
     * The gradient of the objective {@code J}: one entry per weight and per intercept.
     *
     * @param weights    {@code ∂J/∂W}, {@code K × d}
     * @param intercepts {@code ∂J/∂b}, length {@code K}
     */
    public record Gradient(double[][] weights, double[] intercepts) {
    }

    /**
     * A softmax regression with inverse regularisation strength {@code c}, fitted by gradient descent.
     *
     * @param c             inverse regularisation strength {@code C > 0} (finite); {@code λ = 1/(n·C)}
     * @param learningRate  the fixed step {@code η > 0} (finite)
     * @param maxIterations the most gradient steps, {@code ≥ 1}
     * @param tolerance     stop when every gradient component has {@code |g| ≤ tolerance}; finite, {@code ≥ 0}
     * @throws IllegalArgumentException when a hyper-parameter is outside its range
     */
    public SoftmaxRegression(double c, double learningRate, int maxIterations, double tolerance) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): validate C and learningRate (finite, > 0), maxIterations (>= 1) and tolerance (finite, >= 0), then store them");
    }

    /**
     * The softmax of one vector of logits, computed stably.
     *
     * @param logits finite values, at least one
     * @return {@code exp(zₖ − max z) / Σⱼ exp(zⱼ − max z)}: non-negative, summing to 1
     * @throws IllegalArgumentException when {@code logits} is null, empty or not finite
     */
    public static double[] softmax(double[] logits) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): validate the logits, subtract the largest before exp, divide by the sum");
    }

    /**
     * The objective {@code J(W, b) = (1/n) Σᵢ CEᵢ + λ/2·‖W‖²}, {@code λ = 1/(n·C)}, at the given
     * parameters (this model's {@code C}; works before {@link #fit}).
     *
     * @param x          {@code n × d} features, finite, not ragged
     * @param y          {@code n} labels in {@code 0 … K−1}
     * @param weights    {@code K × d} weights, finite, {@code K ≥ 2}
     * @param intercepts {@code K} intercepts, finite
     * @return the mean cross-entropy plus the penalty; finite even for logits of {@code ±1000}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or mismatched shapes
     */
    public double loss(double[][] x, int[] y, double[][] weights, double[] intercepts) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return the mean of logsumexp(z_i) - z_i[y_i] plus lambda/2 |W|^2 with lambda = 1/(n C) (validate shapes and labels)");
    }

    /**
     * The gradient of {@link #loss} with respect to the weights and the intercepts.
     *
     * @return {@code ∂J/∂Wₖ = (1/n) Σᵢ (Pᵢₖ − Yᵢₖ)·xᵢ + λ·Wₖ} and {@code ∂J/∂bₖ = (1/n) Σᵢ (Pᵢₖ − Yᵢₖ)}
     * @throws IllegalArgumentException as {@link #loss}
     */
    public Gradient gradient(double[][] x, int[] y, double[][] weights, double[] intercepts) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return (1/n) (P - Y)^T X + lambda W for the weights and (1/n) sum (P - Y) for the intercepts");
    }

    /**
     * Fits the weights and intercepts by gradient descent from zero and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code d ≥ 1}
     * @param y {@code n} labels in {@code 0 … K−1}, {@code K = max(y) + 1 ≥ 2}, every class present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length mismatch,
     *                                  a negative label, fewer than two classes or a class with no rows
     */
    public SoftmaxRegression fit(double[][] x, int[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): validate, K = max(y) + 1, start at W = 0 and b = 0, step against the gradient until max |g| <= tolerance or maxIterations steps; return this");
    }

    /**
     * The logits {@code zᵢₖ = Wₖ·xᵢ + bₖ} of each row ({@code n × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[][] decisionFunction(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return the logits W_k . x + b_k of every row (reject an unfitted model and rows of the wrong length)");
    }

    /**
     * The class probabilities {@code softmax(zᵢ)} of each row ({@code n × K}); each row sums to 1,
     * and stays finite however large the logits.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public double[][] predictProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return the stable softmax of each row of decisionFunction(x)");
    }

    /**
     * The most probable class of each row (the largest logit; the smallest class index on a tie).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return the index of the largest logit of each row (the smallest index on a tie)");
    }

    /**
     * A copy of the fitted weights {@code W} ({@code K × d}, row {@code k} for class {@code k}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] weights() {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return a deep copy of the fitted weights W (K x d)");
    }

    /**
     * A copy of the fitted intercepts {@code b} (length {@code K}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] intercepts() {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return a copy of the fitted intercepts b");
    }

    /**
     * The number of gradient steps the last {@link #fit} took ({@code maxIterations} when it did
     * not reach the tolerance).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int iterations() {
        throw new UnsupportedOperationException("TODO(p2.supervised.softmax-regression): return the number of gradient steps the last fit took");
    }
}
