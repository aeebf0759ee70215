// Known mistake: the gradient of the weights leaves out the penalty term lambda W (the loss keeps lambda/2 |W|^2).
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

    private final double c;
    private final double learningRate;
    private final int maxIterations;
    private final double tolerance;
    private double[][] weights;
    private double[] intercepts;
    private int iterations;

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
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be finite and > 0, was " + c);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
        }
        this.c = c;
        this.learningRate = learningRate;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * The softmax of one vector of logits, computed stably.
     *
     * @param logits finite values, at least one
     * @return {@code exp(zₖ − max z) / Σⱼ exp(zⱼ − max z)}: non-negative, summing to 1
     * @throws IllegalArgumentException when {@code logits} is null, empty or not finite
     */
    public static double[] softmax(double[] logits) {
        if (logits == null) {
            throw new IllegalArgumentException("logits must not be null");
        }
        if (logits.length == 0) {
            throw new IllegalArgumentException("logits must have at least one value, had 0");
        }
        for (int k = 0; k < logits.length; k++) {
            if (!Double.isFinite(logits[k])) {
                throw new IllegalArgumentException("logits must be finite, logits[" + k + "] is " + logits[k]);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
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
        int k = checkParameters(weights, intercepts);
        checkRows(x, "x", weights[0].length);
        checkLabels(y, x.length, k);
        int n = x.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] z = logits(x[i], weights, intercepts);
            total += logSumExp(z) - z[y[i]];
        }
        return total / n + penalty(n) / 2 * squaredNorm(weights);
    }

    /**
     * The gradient of {@link #loss} with respect to the weights and the intercepts.
     *
     * @return {@code ∂J/∂Wₖ = (1/n) Σᵢ (Pᵢₖ − Yᵢₖ)·xᵢ + λ·Wₖ} and {@code ∂J/∂bₖ = (1/n) Σᵢ (Pᵢₖ − Yᵢₖ)}
     * @throws IllegalArgumentException as {@link #loss}
     */
    public Gradient gradient(double[][] x, int[] y, double[][] weights, double[] intercepts) {
        int k = checkParameters(weights, intercepts);
        checkRows(x, "x", weights[0].length);
        checkLabels(y, x.length, k);
        return computeGradient(x, y, weights, intercepts);
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
        int d = checkRows(x, "x", -1);
        int k = checkTrainingLabels(y, x.length);
        double[][] w = new double[k][d];
        double[] b = new double[k];
        int steps = 0;
        while (true) {
            Gradient g = computeGradient(x, y, w, b);
            if (maxAbs(g) <= tolerance || steps == maxIterations) {
                break;
            }
            for (int m = 0; m < k; m++) {
                for (int j = 0; j < d; j++) {
                    w[m][j] -= learningRate * g.weights()[m][j];
                }
                b[m] -= learningRate * g.intercepts()[m];
            }
            steps++;
        }
        this.weights = w;
        this.intercepts = b;
        this.iterations = steps;
        return this;
    }

    /**
     * The logits {@code zᵢₖ = Wₖ·xᵢ + bₖ} of each row ({@code n × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[][] decisionFunction(double[][] x) {
        requireFitted();
        checkRows(x, "x", weights[0].length);
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = logits(x[i], weights, intercepts);
        }
        return z;
    }

    /**
     * The class probabilities {@code softmax(zᵢ)} of each row ({@code n × K}); each row sums to 1,
     * and stays finite however large the logits.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public double[][] predictProba(double[][] x) {
        double[][] z = decisionFunction(x);
        double[][] p = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            p[i] = softmax(z[i]);
        }
        return p;
    }

    /**
     * The most probable class of each row (the largest logit; the smallest class index on a tie).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        double[][] z = decisionFunction(x);
        int[] classes = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            int best = 0;
            for (int k = 1; k < z[i].length; k++) {
                if (z[i][k] > z[i][best]) {
                    best = k;
                }
            }
            classes[i] = best;
        }
        return classes;
    }

    /**
     * A copy of the fitted weights {@code W} ({@code K × d}, row {@code k} for class {@code k}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] weights() {
        requireFitted();
        double[][] copy = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            copy[k] = weights[k].clone();
        }
        return copy;
    }

    /**
     * A copy of the fitted intercepts {@code b} (length {@code K}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] intercepts() {
        requireFitted();
        return intercepts.clone();
    }

    /**
     * The number of gradient steps the last {@link #fit} took ({@code maxIterations} when it did
     * not reach the tolerance).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int iterations() {
        requireFitted();
        return iterations;
    }

    private Gradient computeGradient(double[][] x, int[] y, double[][] w, double[] b) {
        int k = w.length;
        int d = w[0].length;
        int n = x.length;
        double[][] gw = new double[k][d];
        double[] gb = new double[k];
        for (int i = 0; i < n; i++) {
            double[] p = softmax(logits(x[i], w, b));
            p[y[i]] -= 1;
            for (int m = 0; m < k; m++) {
                gb[m] += p[m] / n;
                for (int j = 0; j < d; j++) {
                    gw[m][j] += p[m] * x[i][j] / n;
                }
            }
        }
        return new Gradient(gw, gb);
    }

    private double penalty(int n) {
        return 1.0 / (n * c);
    }

    private void requireFitted() {
        if (weights == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    private static double[] logits(double[] row, double[][] w, double[] b) {
        double[] z = new double[w.length];
        for (int m = 0; m < w.length; m++) {
            double sum = b[m];
            for (int j = 0; j < row.length; j++) {
                sum += w[m][j] * row[j];
            }
            z[m] = sum;
        }
        return z;
    }

    private static double logSumExp(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    private static double squaredNorm(double[][] w) {
        double sum = 0;
        for (double[] row : w) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return sum;
    }

    private static double maxAbs(Gradient g) {
        double max = 0;
        for (int m = 0; m < g.intercepts().length; m++) {
            max = Math.max(max, Math.abs(g.intercepts()[m]));
            for (double v : g.weights()[m]) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    /** Checks {@code K ≥ 2} finite weight rows of one width and {@code K} finite intercepts; returns K. */
    private static int checkParameters(double[][] weights, double[] intercepts) {
        checkRows(weights, "weights", -1);
        if (weights.length < 2) {
            throw new IllegalArgumentException("weights must have one row per class and at least 2 classes, had "
                    + weights.length);
        }
        if (intercepts == null) {
            throw new IllegalArgumentException("intercepts must not be null");
        }
        if (intercepts.length != weights.length) {
            throw new IllegalArgumentException("intercepts must have one value per class (" + weights.length
                    + "), had " + intercepts.length);
        }
        for (int k = 0; k < intercepts.length; k++) {
            if (!Double.isFinite(intercepts[k])) {
                throw new IllegalArgumentException("intercepts must be finite, intercepts[" + k + "] is "
                        + intercepts[k]);
            }
        }
        return weights.length;
    }

    /** Checks a non-empty, rectangular, finite matrix; returns its width. {@code width < 0}: any. */
    private static int checkRows(double[][] x, String name, int width) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row, had 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException(name + " rows must not be null, row " + i + " is null");
            }
        }
        int d = width < 0 ? x[0].length : width;
        if (d == 0) {
            throw new IllegalArgumentException(name + " rows must have at least one feature, row 0 has 0");
        }
        String rule = width < 0 ? "" : " (the number of features)";
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(name + " rows must all have length " + d + rule + ", row " + i
                        + " has " + x[i].length);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + i + "]["
                            + j + "] is " + x[i][j]);
                }
            }
        }
        return d;
    }

    /** Checks {@code n} labels in {@code 0 … k−1}. */
    private static void checkLabels(int[] y, int n, int k) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        for (int i = 0; i < n; i++) {
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException("labels must be class indices 0 to " + (k - 1) + ", y[" + i
                        + "] is " + y[i]);
            }
        }
    }

    /** Checks training labels: non-negative, at least two classes, every class 0 … K−1 present; returns K. */
    private static int checkTrainingLabels(int[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("labels must be class indices >= 0, y[" + i + "] is " + y[i]);
            }
            k = Math.max(k, y[i] + 1);
        }
        if (k < 2) {
            throw new IllegalArgumentException("y must contain at least 2 classes, found only class 0");
        }
        boolean[] seen = new boolean[k];
        for (int label : y) {
            seen[label] = true;
        }
        for (int m = 0; m < k; m++) {
            if (!seen[m]) {
                throw new IllegalArgumentException("y must contain every class 0 to " + (k - 1)
                        + " at least once, class " + m + " has no rows");
            }
        }
        return k;
    }
}
