package io.mlpath.p2.features;

/**
 * Rescales each feature linearly so that its training minimum becomes 0 and its training maximum
 * becomes 1.
 *
 * <p><b>The maths.</b> {@link #fit} learns, for each column {@code j} of the training rows,
 * {@code minⱼ = minᵢ xᵢⱼ}, {@code maxⱼ = maxᵢ xᵢⱼ} and the range
 * {@code rangeⱼ = maxⱼ − minⱼ} (1 when the column is constant); {@link #transform} maps any row
 * with them:
 * <pre>
 *   zᵢⱼ = (xᵢⱼ − minⱼ) / rangeⱼ,          inverse:  xᵢⱼ = zᵢⱼ · rangeⱼ + minⱼ
 * </pre>
 * Rows outside the training range map outside {@code [0, 1]}: the output is <em>not</em> clipped
 * (scikit-learn's default, {@code clip=False}). A test row twice as far from the minimum as the
 * training maximum maps to 2, which a model should see.
 *
 * <p><b>Fit once, transform elsewhere.</b> The minimum and maximum come from the training rows
 * only and are reused for every later {@link #transform}; {@link #fit} again replaces them;
 * {@link #fit} keeps copies and {@link #transform} returns a new array.
 *
 * <p><b>Worked example.</b>
 * <pre>{@code
 * MinMaxScaler scaler = new MinMaxScaler().fit(new double[][] {{2, 7}, {4, 7}, {10, 7}});
 * scaler.dataMin();   // [2, 7]
 * scaler.dataMax();   // [10, 7]
 * scaler.transform(new double[][] {{4, 7}, {18, 8}});
 *                     // [[0.25, 0], [2, 1]]   (column 1 is constant: range 1, so 7 → 0 and 8 → 1)
 * }</pre>
 *
 * <p><b>Edge cases.</b> A constant column has range 0; dividing by it gives NaN (0/0) on every
 * training row. Its range is taken as 1 instead, so it maps to 0 on the training rows, as in
 * scikit-learn. One outlier sets the whole scale: min-max scaling is sensitive to extreme values,
 * standardisation less so. NaN and infinities are rejected: impute first.
 *
 * <p>Reference: scikit-learn User Guide §6.3.1.1 "Scaling features to a range" and
 * {@code sklearn.preprocessing.MinMaxScaler}; Géron, <i>Hands-On Machine Learning</i> (3rd ed.),
 * ch. 2, "Feature Scaling and Transformation".
 */
public final class MinMaxScaler {

    private double[] min;
    private double[] max;

    /**
     * Learns each column's minimum and maximum from the training rows {@code x} and returns this scaler.
     *
     * @param x {@code n × d} training rows, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @return this scaler, fitted (a second call replaces the statistics)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public MinMaxScaler fit(double[][] x) {
        int d = checkRows(x, "x", -1);
        double[] lo = x[0].clone();
        double[] hi = x[0].clone();
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], row[j]);
                hi[j] = Math.max(hi[j], row[j]);
            }
        }
        this.min = lo;
        this.max = hi;
        return this;
    }

    /**
     * Rescales rows with the fitted minimum and range: {@code (x − min) / range}, in a new array
     * (not clipped to {@code [0, 1]}).
     *
     * @param x rows of the training width, finite
     * @return a new {@code n × d} array
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training width
     */
    public double[][] transform(double[][] x) {
        requireFitted();
        checkRows(x, "x", min.length);
        double[][] z = new double[x.length][min.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < min.length; j++) {
                z[i][j] = (x[i][j] - min[j]) / range(j);
            }
        }
        return z;
    }

    /**
     * Maps rescaled rows back to the original units: {@code z · range + min}, in a new array.
     *
     * @param z rows of the training width, finite
     * @return a new {@code n × d} array
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #transform}
     */
    public double[][] inverseTransform(double[][] z) {
        requireFitted();
        checkRows(z, "z", min.length);
        double[][] x = new double[z.length][min.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < min.length; j++) {
                x[i][j] = z[i][j] * range(j) + min[j];
            }
        }
        return x;
    }

    /**
     * A copy of each column's training minimum.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] dataMin() {
        requireFitted();
        return min.clone();
    }

    /**
     * A copy of each column's training maximum.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] dataMax() {
        requireFitted();
        return max.clone();
    }

    private double range(int j) {
        double range = max[j] - min[j];
        return range == 0 ? 1.0 : range;
    }

    private void requireFitted() {
        if (min == null) {
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
