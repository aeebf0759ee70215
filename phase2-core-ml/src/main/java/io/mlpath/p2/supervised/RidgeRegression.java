package io.mlpath.p2.supervised;

/**
 * Ridge regression: least squares with an L2 penalty on the coefficients but not on the intercept,
 * fitted by solving the centred, regularised normal equations with a Cholesky decomposition.
 *
 * <p><b>Objective</b> (scikit-learn's {@code Ridge}). With {@code α > 0},
 * <pre>
 *   minimise over b, w:   ‖y − Xw − b·1‖²  +  α ‖w‖²
 * </pre>
 * The intercept {@code b} is <em>not</em> penalised: shrinking it would pull every prediction
 * towards 0 instead of towards the mean, and make the fit depend on where the origin of {@code y}
 * happens to be (adding 1000 to every target must add exactly 1000 to {@code b} and leave
 * {@code w} alone).
 *
 * <p><b>Solving.</b> Setting the derivative in {@code b} to zero gives {@code b = ȳ − x̄·w}; put
 * it back and the problem in {@code w} is ridge without intercept on centred data
 * {@code X_c = X − 1x̄ᵀ}, {@code y_c = y − ȳ}:
 * <pre>
 *   (X_cᵀ X_c + α I) w = X_cᵀ y_c,        b = ȳ − x̄·w
 * </pre>
 * The matrix {@code X_cᵀX_c + αI} is symmetric positive definite for every {@code α > 0} (its
 * eigenvalues are at least {@code α}), so a Cholesky decomposition {@code LLᵀ} solves it (Commons
 * Math's {@code CholeskyDecomposition} may be used). Appending a column of ones and adding
 * {@code α} to the whole diagonal would penalise the intercept: a different, wrong model.
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {1}, {2}, {3}}}, {@code y = {1, 3, 7, 9}}, {@code α = 1}:
 * {@code x̄ = 1.5}, {@code ȳ = 5}, {@code Σx_c² = 5}, {@code Σx_c y_c = 14}, so
 * {@code w = 14 / (5 + 1) = 2.3333…} (least squares: 14/5 = 2.8) and
 * {@code b = 5 − 1.5 · 2.3333… = 1.5}; {@code predict({{3}}) = {8.5}}.
 *
 * <p><b>Numerical note.</b> {@code α} is in the units of {@code ‖y − ŷ‖²} summed over the rows, so
 * the same {@code α} regularises less as {@code n} grows, and the penalty treats every coefficient
 * alike: standardise features measured in different units first, or a feature in grams is
 * penalised a million times less than the same feature in tonnes. The penalty also repairs
 * collinearity: {@code α > 0} makes the system solvable even with duplicated features.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i> (2nd
 * ed.), §3.4.1 (ridge regression, eq. 3.41–3.44, and why the intercept is left out of the
 * penalty); Hoerl and Kennard, "Ridge regression: biased estimation for nonorthogonal problems",
 * Technometrics 12 (1970); scikit-learn User Guide §1.1.2.
 */
public final class RidgeRegression {

    /**
     * A ridge model with penalty weight {@code alpha}.
     *
     * @param alpha the penalty weight {@code α > 0}, finite (for {@code α = 0} use {@link LinearRegression})
     * @throws IllegalArgumentException when {@code alpha} is not finite and positive
     */
    public RidgeRegression(double alpha) {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): validate alpha (finite, > 0) and store it");
    }

    /**
     * Fits {@code b} and {@code w} on rows {@code x} and targets {@code y} and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} finite targets
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or a length mismatch
     */
    public RidgeRegression fit(double[][] x, double[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): centre x and y, solve (Xc^T Xc + alpha I) w = Xc^T yc by Cholesky, set b = mean(y) - mean(x)·w (the intercept is not penalised); return this");
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
     * The intercept {@code b} (not penalised).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double intercept() {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): return the fitted intercept b");
    }
}
