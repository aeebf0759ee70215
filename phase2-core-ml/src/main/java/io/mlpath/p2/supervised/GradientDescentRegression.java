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

    /**
     * A regression fitted by {@code epochs} full-batch gradient steps of size {@code learningRate}.
     *
     * @param learningRate the step size {@code η > 0}, finite
     * @param epochs       the number of gradient steps, {@code ≥ 1}
     * @throws IllegalArgumentException when {@code learningRate} is not finite and positive or
     *                                  {@code epochs < 1}
     */
    public GradientDescentRegression(double learningRate, int epochs) {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): validate the learning rate (finite, > 0) and epochs (>= 1), then store them");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): start at w = 0, b = 0; record the loss (1/2n) sum r^2; take epochs full-batch steps w -= lr (1/n) X^T r, b -= lr mean(r), recording the loss after each; return this");
    }

    /**
     * The prediction {@code b + w·x} of each row.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): return b + w·x for every row (reject an unfitted model and rows of the wrong length)");
    }

    /**
     * A copy of the coefficients {@code w} (length {@code d}), without the intercept.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] coefficients() {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): return a copy of the fitted coefficients w");
    }

    /**
     * The intercept {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double intercept() {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): return the fitted intercept b");
    }

    /**
     * A copy of the training loss {@code L = (1/2n) Σ rᵢ²}: before the first step, then after each
     * step ({@code epochs + 1} values).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] lossHistory() {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): return a copy of the recorded losses (epochs + 1 values)");
    }
}
