package io.mlpath.p2.features;

import java.util.HashMap;
import java.util.Map;

/**
 * Fills missing categories ({@code null}) with the most frequent category of that column in the
 * training rows.
 *
 * <p><b>The rule.</b> For column {@code j}, {@link #fit} counts every non-null training value and
 * learns the value with the highest count, the mode:
 * <pre>
 *   statisticⱼ = argmax_c  #{ i : xᵢⱼ = c },     ties broken by the smallest c (String.compareTo)
 * </pre>
 * The tie rule is scikit-learn's ({@code SimpleImputer(strategy="most_frequent")}: "if there is
 * more than one such value, only the smallest is returned"); a rule that depends on the order of
 * the rows ("the first one seen") would make the result change when the data is shuffled.
 * {@link #transform} returns a copy of its rows with every {@code null} in column {@code j}
 * replaced by {@code statisticⱼ}; every present value passes through unchanged, known or not.
 *
 * <p><b>Fit once, transform elsewhere.</b> The modes come from the training rows only;
 * {@link #fit} again replaces them; {@link #transform} never modifies its argument.
 *
 * <p><b>Worked example.</b>
 * <pre>{@code
 * MostFrequentImputer imputer = new MostFrequentImputer().fit(new String[][] {
 *         {"male", "Dream"}, {null, "Biscoe"}, {"female", "Dream"}, {"male", null}, {"female", "Biscoe"}});
 * imputer.statistics();   // [female, Biscoe]   (both columns tie 2 : 2; the smaller string wins)
 * imputer.transform(new String[][] {{null, "Torgersen"}});   // [[female, Torgersen]]
 * }</pre>
 *
 * <p><b>Edge cases.</b> A column with no present training value has no mode: {@link #fit} rejects
 * it. The empty string {@code ""} is a category like any other, not a missing value. Imputing the
 * mode makes the most common category even more common; when missingness may carry information,
 * a separate "missing" category or indicator column keeps it.
 *
 * <p>Reference: scikit-learn User Guide §6.4.1 "Univariate feature imputation" and
 * {@code sklearn.impute.SimpleImputer(strategy="most_frequent")}; Little and Rubin, <i>Statistical
 * Analysis with Missing Data</i> (3rd ed.), ch. 4 (single imputation).
 */
public final class MostFrequentImputer {

    private String[] statistics;

    /**
     * Learns each column's most frequent non-null training value (smallest on ties) and returns
     * this imputer.
     *
     * @param x {@code n × d} categories, null where missing; not ragged; every column has at least
     *          one non-null value
     * @return this imputer, fitted (a second call replaces the statistics)
     * @throws IllegalArgumentException on null, empty or ragged input, or a column with no present value
     */
    public MostFrequentImputer fit(String[][] x) {
        int d = checkRows(x, -1);
        String[] modes = new String[d];
        for (int j = 0; j < d; j++) {
            Map<String, Integer> counts = new HashMap<>();
            for (String[] row : x) {
                if (row[j] != null) {
                    counts.merge(row[j], 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                throw new IllegalArgumentException("every column needs at least one present (non-null) value to "
                        + "find its most frequent category, column " + j + " has none in " + x.length + " rows");
            }
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                int count = entry.getValue();
                if (count > bestCount || (count == bestCount && entry.getKey().compareTo(best) < 0)) {
                    best = entry.getKey();
                    bestCount = count;
                }
            }
            modes[j] = best;
        }
        this.statistics = modes;
        return this;
    }

    /**
     * Returns a copy of {@code x} with each {@code null} replaced by its column's fitted mode.
     *
     * @param x rows of the training width, null where missing
     * @return a new {@code n × d} array without null
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty or ragged input, or rows whose length is not
     *                                  the training width
     */
    public String[][] transform(String[][] x) {
        requireFitted();
        checkRows(x, statistics.length);
        String[][] out = new String[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
            for (int j = 0; j < statistics.length; j++) {
                if (out[i][j] == null) {
                    out[i][j] = statistics[j];
                }
            }
        }
        return out;
    }

    /**
     * Fits on {@code x}, then transforms {@code x}.
     *
     * @throws IllegalArgumentException as {@link #fit}
     */
    public String[][] fitTransform(String[][] x) {
        return fit(x).transform(x);
    }

    /**
     * A copy of the fitted fill values: each column's most frequent training category.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public String[] statistics() {
        requireFitted();
        return statistics.clone();
    }

    private void requireFitted() {
        if (statistics == null) {
            throw new IllegalStateException("the imputer is not fitted: call fit(x) first");
        }
    }

    /** Checks a non-empty, rectangular matrix (null values allowed); returns its width. {@code width < 0}: any. */
    private static int checkRows(String[][] x, int width) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one row, had 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException("x rows must not be null, row " + i + " is null");
            }
        }
        int d = width < 0 ? x[0].length : width;
        if (d == 0) {
            throw new IllegalArgumentException("x rows must have at least one column, row 0 has 0");
        }
        String rule = width < 0 ? "" : " (the training width)";
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("x rows must all have length " + d + rule + ", row " + i + " has "
                        + x[i].length);
            }
        }
        return d;
    }
}
