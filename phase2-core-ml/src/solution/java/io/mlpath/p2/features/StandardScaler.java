package io.mlpath.p2.features;

/**
 * Standardises each feature to zero mean and unit variance, with the mean and standard deviation
 * learned once from the training rows.
 *
 * <p><b>The maths.</b> {@link #fit} learns, for each column {@code j} of the {@code n} training
 * rows,
 * <pre>
 *   μⱼ = (1/n) Σᵢ xᵢⱼ,      σⱼ = √( (1/n) Σᵢ (xᵢⱼ − μⱼ)² )      (population standard deviation, as scikit-learn)
 *   scaleⱼ = σⱼ, or 1 when column j is constant
 * </pre>
 * and {@link #transform} maps any row, training or not, with those fitted numbers:
 * {@code zᵢⱼ = (xᵢⱼ − μⱼ) / scaleⱼ}; {@link #inverseTransform} undoes it,
 * {@code xᵢⱼ = zᵢⱼ · scaleⱼ + μⱼ}.
 *
 * <p><b>Fit once, transform elsewhere.</b> The statistics come from the training rows only. A
 * validation or test row is transformed with the <em>training</em> μ and σ, never with its own:
 * recomputing them on the rows being transformed leaks information from the evaluation data
 * and gives a single row the meaningless output 0. Calling {@link #fit} again replaces the
 * statistics; {@link #fit} keeps copies, so changing the training array afterwards changes
 * nothing; {@link #transform} returns a new array and leaves its argument alone.
 *
 * <p><b>Worked example.</b>
 * <pre>{@code
 * StandardScaler scaler = new StandardScaler().fit(new double[][] {{1, 10}, {3, 10}, {5, 10}});
 * scaler.mean();    // [3, 10]
 * scaler.scale();   // [1.632993…, 1]     (σ₀ = √(8/3); column 1 is constant: scale 1)
 * scaler.transform(new double[][] {{5, 10}, {7, 12}});
 *                   // [[1.224745…, 0], [2.449490…, 2]]
 * }</pre>
 *
 * <p><b>Edge cases.</b> A constant column (zero variance, e.g. {@code year} within one year of
 * data) would divide by zero and fill the output with NaN; it gets the scale 1 instead, so on the
 * training rows it becomes 0 and {@link #inverseTransform} still restores it. Decide "constant"
 * from the data (every training value equal), not from a computed {@code σ == 0}: ten copies of
 * {@code 0.1} sum to {@code 0.9999999999999999}, so the computed mean misses 0.1 by 1.4e-17, the
 * computed σ is 1.4e-17 instead of 0, and dividing by it maps every row to ±1 instead of 0.
 * Missing values (NaN) and infinities are rejected: impute first (see {@link MeanImputer}).
 *
 * <p>Reference: scikit-learn User Guide §6.3.1 "Standardization, or mean removal and variance
 * scaling" and {@code sklearn.preprocessing.StandardScaler}; Géron, <i>Hands-On Machine Learning</i>
 * (3rd ed.), ch. 2, "Feature Scaling and Transformation"; Hastie, Tibshirani and Friedman,
 * <i>The Elements of Statistical Learning</i> (2nd ed.), §3.4.1 (why penalised models need
 * standardised inputs).
 */
public final class StandardScaler {

    private double[] mean;
    private double[] scale;

    /**
     * Learns each column's mean and scale from the training rows {@code x} and returns this scaler.
     *
     * @param x {@code n × d} training rows, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @return this scaler, fitted (a second call replaces the statistics)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public StandardScaler fit(double[][] x) {
        int d = checkRows(x, "x", -1);
        int n = x.length;
        double[] mu = new double[d];
        double[] sigma = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            boolean constant = true;
            for (int i = 0; i < n; i++) {
                sum += x[i][j];
                constant &= x[i][j] == x[0][j];
            }
            mu[j] = sum / n;
            if (constant) {
                sigma[j] = 1.0;
                continue;
            }
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double deviation = x[i][j] - mu[j];
                squares += deviation * deviation;
            }
            sigma[j] = Math.sqrt(squares / n);
        }
        this.mean = mu;
        this.scale = sigma;
        return this;
    }

    /**
     * Standardises rows with the fitted statistics: {@code (x − mean) / scale}, in a new array.
     *
     * @param x rows of the training width, finite
     * @return a new {@code n × d} array
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training width
     */
    public double[][] transform(double[][] x) {
        requireFitted();
        checkRows(x, "x", mean.length);
        double[][] z = new double[x.length][mean.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }

    /**
     * Fits on {@code x}, then transforms {@code x}.
     *
     * @throws IllegalArgumentException as {@link #fit}
     */
    public double[][] fitTransform(double[][] x) {
        return fit(x).transform(x);
    }

    /**
     * Maps standardised rows back to the original units: {@code z · scale + mean}, in a new array.
     *
     * @param z rows of the training width, finite
     * @return a new {@code n × d} array
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #transform}
     */
    public double[][] inverseTransform(double[][] z) {
        requireFitted();
        checkRows(z, "z", mean.length);
        double[][] x = new double[z.length][mean.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                x[i][j] = z[i][j] * scale[j] + mean[j];
            }
        }
        return x;
    }

    /**
     * A copy of the fitted column means {@code μ}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] mean() {
        requireFitted();
        return mean.clone();
    }

    /**
     * A copy of the fitted scales: the population standard deviation of each column, 1 for a
     * constant column.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] scale() {
        requireFitted();
        return scale.clone();
    }

    private void requireFitted() {
        if (mean == null) {
            throw new IllegalStateException("the scaler is not fitted: call fit(x) first");
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
            throw new IllegalArgumentException(name + " rows must have at least one column, row 0 has 0");
        }
        String rule = width < 0 ? "" : " (the training width)";
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(name + " rows must all have length " + d + rule + ", row " + i
                        + " has " + x[i].length);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(name + " values must be finite (impute missing values first), "
                            + name + "[" + i + "][" + j + "] is " + x[i][j]);
                }
            }
        }
        return d;
    }
}
