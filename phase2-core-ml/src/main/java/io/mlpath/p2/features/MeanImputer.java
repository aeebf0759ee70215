package io.mlpath.p2.features;

/**
 * Fills missing numbers (NaN) with the mean of the values observed in that column of the training
 * rows.
 *
 * <p><b>The maths.</b> For column {@code j}, let {@code Oⱼ} be the training rows where it is not
 * missing. {@link #fit} learns
 * <pre>
 *   statisticⱼ = (1/|Oⱼ|) Σ_{i ∈ Oⱼ} xᵢⱼ
 * </pre>
 * (divide by the number of <em>observed</em> values, not by {@code n}: counting a missing value
 * as 0 drags the mean towards 0). {@link #transform} returns a copy of its rows with every NaN in
 * column {@code j} replaced by {@code statisticⱼ}; every observed value passes through unchanged.
 *
 * <p><b>Fit once, transform elsewhere.</b> The means come from the training rows only: a missing
 * value in a test row is filled with the <em>training</em> mean, never with a mean over the test
 * rows. {@link #fit} again replaces the statistics. {@link #transform} leaves its argument
 * untouched and returns a new array (filling in place would quietly change the caller's data,
 * e.g. a shared training matrix).
 *
 * <p><b>Worked example.</b>
 * <pre>{@code
 * MeanImputer imputer = new MeanImputer().fit(new double[][] {{1, 10}, {NaN, 20}, {3, NaN}});
 * imputer.statistics();                              // [2, 15]
 * imputer.transform(new double[][] {{NaN, NaN}, {7, 8}});
 *                                                    // [[2, 15], [7, 8]]
 * }</pre>
 *
 * <p><b>Edge cases.</b> A column with no observed training value has no mean: {@link #fit} rejects
 * it (scikit-learn drops such a column with a warning; silently dropping a column changes the
 * output width, which is worse than failing). Infinities are not "missing": they are rejected.
 * Mean imputation shrinks the column's variance and hides that a value was missing; add a
 * "was missing" indicator column when missingness itself may be informative.
 *
 * <p>Reference: scikit-learn User Guide §6.4.1 "Univariate feature imputation" and
 * {@code sklearn.impute.SimpleImputer(strategy="mean")}; Little and Rubin, <i>Statistical Analysis
 * with Missing Data</i> (3rd ed.), §3.4 (imputing unconditional means, and its cost);
 * Géron, <i>Hands-On Machine Learning</i> (3rd ed.), ch. 2, "Clean the Data".
 */
public final class MeanImputer {

    /**
     * Learns each column's mean over its observed (non-NaN) training values and returns this imputer.
     *
     * @param x {@code n × d} rows, NaN where missing, otherwise finite; not ragged; every column has
     *          at least one observed value
     * @return this imputer, fitted (a second call replaces the statistics)
     * @throws IllegalArgumentException on null, empty or ragged input, an infinite value, or a
     *                                  column with no observed value
     */
    public MeanImputer fit(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.features.preprocessing): store each column's mean over its observed (non-NaN) values; reject infinities and a column with no observed value; return this");
    }

    /**
     * Returns a copy of {@code x} with each NaN replaced by its column's fitted mean.
     *
     * @param x rows of the training width, NaN where missing, otherwise finite
     * @return a new {@code n × d} array without NaN
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty or ragged input, an infinite value, or rows
     *                                  whose length is not the training width
     */
    public double[][] transform(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.features.preprocessing): return a copy of x with each NaN replaced by its column's fitted mean");
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
     * A copy of the fitted fill values: each column's mean over its observed training values.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] statistics() {
        throw new UnsupportedOperationException("TODO(p2.features.preprocessing): return a copy of the fitted column means");
    }
}
