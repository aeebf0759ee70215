// Known mistake: the design matrix has no column of ones, so the intercept is never fitted (always 0).
package io.mlpath.p2.supervised;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

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

    /** {@code |Rⱼⱼ| ≤ RANK_TOLERANCE·‖column j‖}: column j is (numerically) a combination of the earlier ones. */
    private static final double RANK_TOLERANCE = 1e-10;

    private double[] coefficients;
    private double intercept;

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
        int d = checkRows(x, "x", -1);
        checkTargets(y, x.length);
        int n = x.length;
        if (n < d + 1) {
            throw new IllegalArgumentException("least squares with an intercept needs at least d + 1 = " + (d + 1)
                    + " rows, x has " + n);
        }
        double[][] design = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[i], 0, design[i], 1, d);
        }
        RealMatrix a = new Array2DRowRealMatrix(design, false);
        QRDecomposition qr = new QRDecomposition(a);
        RealMatrix r = qr.getR();
        for (int j = 1; j <= d; j++) {
            double norm = a.getColumnVector(j).getNorm();
            if (Math.abs(r.getEntry(j, j)) <= RANK_TOLERANCE * norm) {
                throw new IllegalArgumentException("the design matrix [1 X] must have full column rank, but "
                        + (j == 0 ? "the intercept column" : "feature " + (j - 1))
                        + " is a linear combination of the columns before it (|R[" + j + "][" + j + "]| = "
                        + Math.abs(r.getEntry(j, j)) + ")");
            }
        }
        RealMatrix features = a.getSubMatrix(0, n - 1, 1, d);
        double[] w = new QRDecomposition(features).getSolver().solve(new ArrayRealVector(y, false)).toArray();
        double[] beta = new double[d + 1];
        System.arraycopy(w, 0, beta, 1, d);
        this.intercept = beta[0];
        this.coefficients = Arrays.copyOfRange(beta, 1, d + 1);
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
        if (actual == null || predicted == null) {
            throw new IllegalArgumentException("actual and predicted must not be null");
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("R² needs at least one target, actual has 0");
        }
        checkTargets(actual, actual.length);
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("predicted must have one value per target (" + actual.length
                    + "), had " + predicted.length);
        }
        for (int i = 0; i < predicted.length; i++) {
            if (!Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("predicted values must be finite, predicted[" + i + "] is "
                        + predicted[i]);
            }
        }
        double mean = 0;
        for (double v : actual) {
            mean += v;
        }
        mean /= actual.length;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        if (total == 0) {
            throw new IllegalArgumentException("R² is undefined when every target is the same (Σ(y − ȳ)² = 0), "
                    + "all " + actual.length + " targets are " + actual[0]);
        }
        return 1 - residual / total;
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
