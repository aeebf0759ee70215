// Known mistake: the intercept is penalised: a column of ones is appended and α is added to every diagonal entry, intercept included.
package io.mlpath.p2.supervised;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

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

    private final double alpha;
    private double[] coefficients;
    private double intercept;

    /**
     * A ridge model with penalty weight {@code alpha}.
     *
     * @param alpha the penalty weight {@code α > 0}, finite (for {@code α = 0} use {@link LinearRegression})
     * @throws IllegalArgumentException when {@code alpha} is not finite and positive
     */
    public RidgeRegression(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0, was " + alpha);
        }
        this.alpha = alpha;
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
        int d = checkRows(x, "x", -1);
        checkTargets(y, x.length);
        int n = x.length;
        double[][] gram = new double[d + 1][d + 1];
        double[] rhs = new double[d + 1];
        double[] row = new double[d + 1];
        for (int i = 0; i < n; i++) {
            row[0] = 1;
            System.arraycopy(x[i], 0, row, 1, d);
            for (int j = 0; j <= d; j++) {
                rhs[j] += row[j] * y[i];
                for (int k = 0; k <= d; k++) {
                    gram[j][k] += row[j] * row[k];
                }
            }
        }
        for (int j = 0; j <= d; j++) {
            gram[j][j] += alpha;
        }
        double[] beta = new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver()
                .solve(new ArrayRealVector(rhs, false)).toArray();
        this.coefficients = java.util.Arrays.copyOfRange(beta, 1, d + 1);
        this.intercept = beta[0];
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
     * The intercept {@code b} (not penalised).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double intercept() {
        requireFitted();
        return intercept;
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
