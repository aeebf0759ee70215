// Known mistake: the intercept is never updated, so the fitted line is forced through the origin.
package io.mlpath.p2.supervised;

/**
 * Linear regression with an intercept fitted by full-batch gradient descent on the mean squared
 * error.
 *
 * <p><b>Loss.</b> For the model {@code ŷ = b + w·x} on {@code n} rows, with residuals
 * {@code rᵢ = b + w·xᵢ − yᵢ},
 * <pre>
 *   L(w, b) = (1/2n) Σᵢ rᵢ²,        ∂L/∂w = (1/n) Σᵢ rᵢ xᵢ = (1/n) Xᵀr,        ∂L/∂b = (1/n) Σᵢ rᵢ
 * </pre>
 * (the ½ only tidies the gradient). {@link #fit} starts at {@code w = 0, b = 0} and takes
 * {@code epochs} steps, each on all rows at once, updating {@code w} and {@code b} together from
 * the gradient at the current point:
 * <pre>
 *   w ← w − η ∂L/∂w,        b ← b − η ∂L/∂b
 * </pre>
 * The bias has its own gradient, the mean residual, and must be updated like any weight: a model
 * without it fits a plane through the origin. {@link #lossHistory()} records {@code L} before the
 * first step and after every step ({@code epochs + 1} values).
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {1}, {2}, {3}}}, {@code y = {1, 3, 7, 9}},
 * {@code η = 0.1}, one epoch. At {@code w = 0, b = 0}: {@code r = −y}, {@code L = (1 + 9 + 49 + 81)/8 = 17.5},
 * {@code ∂L/∂w = −(0·1 + 1·3 + 2·7 + 3·9)/4 = −11}, {@code ∂L/∂b = −20/4 = −5}; so after the step
 * {@code w = 1.1}, {@code b = 0.5}, and {@code lossHistory() = {17.5, L(1.1, 0.5)}}. Run long enough,
 * it reaches the least-squares answer {@code w = 2.8}, {@code b = 0.8}.
 *
 * <p><b>Numerical note.</b> {@code L} is a convex quadratic whose Hessian is
 * {@code (1/n) [1 X]ᵀ[1 X]}; with {@code λ_max} its largest eigenvalue, every step decreases
 * {@code L} when {@code η < 2/λ_max} and the iteration diverges (the loss grows geometrically,
 * then overflows) when {@code η > 2/λ_max}. Its condition number sets the speed: features on very
 * different scales (age in years, cholesterol in mg/dl) make it huge and gradient descent crawl,
 * so standardise the features first (see {@code io.mlpath.p2.features.StandardScaler}); on
 * standardised features {@code λ_max} is at most {@code d + 1}.
 *
 * <p>Reference: Goodfellow, Bengio and Courville, <i>Deep Learning</i>, §4.3 (gradient-based
 * optimisation) and §5.1.4 (linear regression); Boyd and Vandenberghe, <i>Convex Optimization</i>,
 * §9.3 (gradient descent and its convergence for quadratics); Stanford CS229 lecture notes, part I
 * (LMS, batch gradient descent).
 */
public final class GradientDescentRegression {

    private final double learningRate;
    private final int epochs;
    private double[] coefficients;
    private double intercept;
    private double[] lossHistory;

    /**
     * A regression fitted by {@code epochs} full-batch gradient steps of size {@code learningRate}.
     *
     * @param learningRate the step size {@code η > 0}, finite
     * @param epochs       the number of gradient steps, {@code ≥ 1}
     * @throws IllegalArgumentException when {@code learningRate} is not finite and positive or
     *                                  {@code epochs < 1}
     */
    public GradientDescentRegression(double learningRate, int epochs) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        this.learningRate = learningRate;
        this.epochs = epochs;
    }

    /**
     * Runs gradient descent from {@code w = 0, b = 0} on rows {@code x} and targets {@code y} and
     * returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} finite targets
     * @return this model, fitted (a second call starts again from zero)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or a length mismatch
     */
    public GradientDescentRegression fit(double[][] x, double[] y) {
        int d = checkRows(x, "x", -1);
        checkTargets(y, x.length);
        int n = x.length;
        double[] w = new double[d];
        double b = 0;
        double[] history = new double[epochs + 1];
        double[] residuals = new double[n];
        history[0] = residuals(x, y, w, b, residuals);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double[] gradW = new double[d];
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                gradB += residuals[i];
                for (int j = 0; j < d; j++) {
                    gradW[j] += residuals[i] * x[i][j];
                }
            }
            for (int j = 0; j < d; j++) {
                w[j] -= learningRate * gradW[j] / n;
            }
            gradB = 0;
            history[epoch] = residuals(x, y, w, b, residuals);
        }
        this.coefficients = w;
        this.intercept = b;
        this.lossHistory = history;
        return this;
    }

    /**
     * The prediction {@code b + w·x} of each row.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] predict(double[][] x) {
        requireFitted();
        checkRows(x, "x", coefficients.length);
        double[] predictions = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double sum = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                sum += coefficients[j] * x[i][j];
            }
            predictions[i] = sum;
        }
        return predictions;
    }

    /**
     * A copy of the coefficients {@code w} (length {@code d}), without the intercept.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] coefficients() {
        requireFitted();
        return coefficients.clone();
    }

    /**
     * The intercept {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double intercept() {
        requireFitted();
        return intercept;
    }

    /**
     * A copy of the training loss {@code L = (1/2n) Σ rᵢ²}: before the first step, then after each
     * step ({@code epochs + 1} values).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] lossHistory() {
        requireFitted();
        return lossHistory.clone();
    }

    /** Fills {@code out} with {@code b + w·xᵢ − yᵢ} and returns {@code (1/2n) Σ rᵢ²}. */
    private static double residuals(double[][] x, double[] y, double[] w, double b, double[] out) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = b - y[i];
            for (int j = 0; j < w.length; j++) {
                r += w[j] * x[i][j];
            }
            out[i] = r;
            sum += r * r;
        }
        return sum / (2.0 * x.length);
    }

    private void requireFitted() {
        if (coefficients == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
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
        String rule = width < 0 ? "" : " (the training dimension)";
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(name + " rows must all have length " + d + rule + ", row "
                        + i + " has " + x[i].length);
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

    /** Checks {@code n} finite targets. */
    private static void checkTargets(double[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one target per row of x (" + n + "), had "
                    + y.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("targets must be finite, y[" + i + "] is " + y[i]);
            }
        }
    }
}
