package io.mlpath.p2.supervised;

/**
 * Ordinary least squares with an intercept, fitted by solving the least-squares problem with a QR
 * decomposition of the design matrix.
 *
 * <p><b>Model.</b> {@code ŷ = b + w·x}: an intercept {@code b} and one coefficient per feature.
 *
 * <p><b>Least squares.</b> Put a column of ones in front of the features, the design matrix
 * {@code A = [1 X]} ({@code n × (d+1)}), and find {@code β = (b, w₁, …, w_d)} minimising
 * {@code ‖y − Aβ‖²}. The minimiser solves the normal equations {@code AᵀA β = Aᵀy}, but do not form
 * them: with {@code A = QR} ({@code Q} with orthonormal columns, {@code R} upper triangular,
 * {@code (d+1) × (d+1)}), {@code ‖y − Aβ‖² = ‖Qᵀy − Rβ‖² + const}, so
 * <pre>
 *   R β = Qᵀ y        (solved by back substitution)
 * </pre>
 * Commons Math's {@code QRDecomposition(A).getSolver().solve(y)} does exactly this for a tall
 * {@code A}; it may be used here (its {@code OLSMultipleLinearRegression} may not: that is the
 * thing being built). Without the column of ones the fitted plane is forced through the origin,
 * {@code ŷ(0) = 0}: on Diabetes, whose target averages 152, every prediction is then pulled
 * towards 0.
 *
 * <p><b>R².</b> {@link #r2} is the coefficient of determination
 * {@code R² = 1 − Σ(yᵢ − ŷᵢ)² / Σ(yᵢ − ȳ)²}: the share of the variance of {@code y} that the
 * predictions explain. It is 1 for a perfect fit, 0 for always predicting the mean {@code ȳ}, and
 * negative for predictions worse than that (possible on held-out rows). It is <em>not</em> the
 * squared correlation of {@code y} and {@code ŷ}: that ignores bias and scale, and equals R² only
 * for least-squares fits with an intercept, evaluated on their own training rows.
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {1}, {2}, {3}}}, {@code y = {1, 3, 7, 9}}:
 * {@code x̄ = 1.5}, {@code ȳ = 5}, {@code w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 14/5 = 2.8},
 * {@code b = ȳ − w·x̄ = 0.8}; predictions {@code {0.8, 3.6, 6.4, 9.2}},
 * {@code R² = 1 − 0.8/40 = 0.98}; {@code predict({{10}}) = {28.8}}.
 *
 * <p><b>Numerical note.</b> Forming {@code AᵀA} squares the condition number: on Longley's
 * macro-economic data (NIST StRD), {@code κ(A) ≈ 10⁹}, so {@code κ(AᵀA) ≈ 10¹⁸}. Against NIST's
 * certified coefficients, {@code (AᵀA)⁻¹Aᵀy} keeps about six correct digits and a Cholesky solve
 * of the normal equations about eight, while QR keeps about twelve (the tests ask for eight).
 * Never compute {@code (AᵀA)⁻¹}. A design matrix of
 * less than full column rank (a duplicated feature, a feature that is a linear combination of
 * others, fewer rows than {@code d + 1}) has no unique solution and is rejected: a diagonal entry
 * of {@code R} that is tiny relative to its column's norm ({@code |Rⱼⱼ| ≤ 1e-10·‖Aⱼ‖}) reveals it.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i> (2nd
 * ed.), §3.2 and §3.2.3 (QR); Trefethen and Bau, <i>Numerical Linear Algebra</i>, Lectures 11 and
 * 19 (least squares, stability of QR vs the normal equations); NIST StRD, "Longley" certified
 * values (https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml).
 */
public final class LinearRegression {

    /**
     * Fits {@code b} and {@code w} by least squares on rows {@code x} and targets {@code y} and
     * returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ d + 1}, {@code d ≥ 1}
     * @param y {@code n} finite targets
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, fewer than {@code d + 1} rows, or a design matrix
     *                                  {@code [1 X]} of less than full column rank
     */
    public LinearRegression fit(double[][] x, double[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): build the design matrix [1 X], reject it if it lacks full column rank, and solve the least-squares problem by QR (R beta = Q^T y); store the intercept and the coefficients; return this");
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
     * The R² of this model's predictions on rows {@code x} against the targets {@code y}.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict} and {@link #r2}
     */
    public double score(double[][] x, double[] y) {
        return r2(y, predict(x));
    }

    /**
     * The coefficient of determination {@code R² = 1 − Σ(yᵢ − ŷᵢ)² / Σ(yᵢ − ȳ)²}.
     *
     * @param actual    the targets {@code y}, finite, at least one, not all equal
     * @param predicted the predictions {@code ŷ}, finite, as many as {@code actual}
     * @return at most 1; 0 for predicting {@code ȳ}; negative for worse predictions
     * @throws IllegalArgumentException on null, empty or non-finite arrays, a length mismatch, or
     *                                  targets that are all equal (R² is undefined: 0/0)
     */
    public static double r2(double[] actual, double[] predicted) {
        throw new UnsupportedOperationException("TODO(p2.supervised.linear-regression): return 1 - sum (y - yhat)^2 / sum (y - mean y)^2; reject targets that are all equal");
    }
}
