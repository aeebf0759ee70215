package io.mlpath.p2.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns categorical columns into indicator (one-hot) columns, one per category seen in training.
 *
 * <p><b>The encoding.</b> {@link #fit} collects, for each input column {@code j}, the distinct
 * values of the training rows and sorts them ({@link String#compareTo}, as scikit-learn sorts):
 * {@code categoriesⱼ = (c₁ < c₂ < … < c_kⱼ)}. {@link #transform} replaces column {@code j} by
 * {@code kⱼ} output columns, 1 in the column of the row's category and 0 elsewhere; the blocks
 * follow the input columns in order, so the output has {@code k₁ + … + k_d} columns and every
 * block of a known value holds exactly one 1. Nothing orders the categories, which is the point:
 * coding {@code Adelie, Chinstrap, Gentoo} as {@code 0, 1, 2} would tell a linear model that
 * Chinstrap lies between the other two.
 *
 * <p><b>Unknown categories.</b> A value that did not occur in the training rows has no column.
 * The constructor's {@link Unknown} policy decides: {@link Unknown#ERROR} rejects the row with an
 * {@code IllegalArgumentException} naming the column and the value; {@link Unknown#IGNORE} encodes
 * it as an all-zero block (scikit-learn's {@code handle_unknown="ignore"}), so a model sees
 * "none of the known categories". A missing value ({@code null}) is not a category: it is rejected
 * in both {@link #fit} and {@link #transform}, under either policy; impute it first (see
 * {@link MostFrequentImputer}).
 *
 * <p><b>Fit once, transform elsewhere.</b> The categories come from the training rows only;
 * {@link #fit} again <em>replaces</em> them (it does not add to the old ones).
 *
 * <p><b>Worked example.</b>
 * <pre>{@code
 * OneHotEncoder encoder = new OneHotEncoder(OneHotEncoder.Unknown.IGNORE)
 *         .fit(new String[][] {{"Gentoo", "Biscoe"}, {"Adelie", "Dream"}, {"Adelie", "Biscoe"}});
 * encoder.categories();   // [[Adelie, Gentoo], [Biscoe, Dream]]
 * encoder.transform(new String[][] {{"Gentoo", "Dream"}, {"Chinstrap", "Biscoe"}});
 *                         // [[0, 1, 0, 1], [0, 0, 1, 0]]   (Chinstrap is unknown: its block is 0, 0)
 * }</pre>
 * With {@link Unknown#ERROR} the second row is rejected: "column 0 has the unknown category
 * 'Chinstrap' (known: [Adelie, Gentoo])".
 *
 * <p><b>Edge cases.</b> A column with one category gives one column that is always 1 (constant);
 * with an intercept in the model, the {@code k} indicators of a column always sum to 1, which is
 * collinear with the intercept (the "dummy-variable trap"): drop one level or regularise.
 *
 * <p>Reference: scikit-learn User Guide §6.3.4 "Encoding categorical features" and
 * {@code sklearn.preprocessing.OneHotEncoder}; Hastie, Tibshirani and Friedman, <i>The Elements of
 * Statistical Learning</i> (2nd ed.), §2.2 (dummy variables) and §9.2.4 (categorical predictors);
 * Géron, <i>Hands-On Machine Learning</i> (3rd ed.), ch. 2, "Handling Text and Categorical Attributes".
 */
public final class OneHotEncoder {

    /** What {@link #transform} does with a category that was not in the training rows. */
    public enum Unknown {
        /** Reject the input with an {@code IllegalArgumentException} naming the column and the value. */
        ERROR,
        /** Encode the value as an all-zero block: none of the known categories. */
        IGNORE
    }

    private final Unknown unknown;
    private List<List<String>> categories;
    private List<Map<String, Integer>> positions;
    private int width;

    /**
     * An encoder with the given policy for unknown categories.
     *
     * @param unknown {@link Unknown#ERROR} or {@link Unknown#IGNORE}
     * @throws IllegalArgumentException when {@code unknown} is null
     */
    public OneHotEncoder(Unknown unknown) {
        if (unknown == null) {
            throw new IllegalArgumentException("the unknown-category policy must be ERROR or IGNORE, was null");
        }
        this.unknown = unknown;
    }

    /**
     * Learns the sorted categories of each column from the training rows and returns this encoder.
     *
     * @param x {@code n × d} categories, no null value, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @return this encoder, fitted (a second call replaces the categories)
     * @throws IllegalArgumentException on null, empty or ragged input, or a null (missing) value
     */
    public OneHotEncoder fit(String[][] x) {
        int d = checkRows(x, -1);
        List<List<String>> learned = new ArrayList<>();
        List<Map<String, Integer>> where = new ArrayList<>();
        int offset = 0;
        for (int j = 0; j < d; j++) {
            TreeSet<String> distinct = new TreeSet<>();
            for (String[] row : x) {
                distinct.add(row[j]);
            }
            List<String> sorted = List.copyOf(distinct);
            Map<String, Integer> columns = new HashMap<>();
            for (int k = 0; k < sorted.size(); k++) {
                columns.put(sorted.get(k), offset + k);
            }
            offset += sorted.size();
            learned.add(sorted);
            where.add(columns);
        }
        this.categories = Collections.unmodifiableList(learned);
        this.positions = where;
        this.width = offset;
        return this;
    }

    /**
     * One-hot encodes rows with the fitted categories, in a new array of
     * {@code n × (k₁ + … + k_d)} zeros and ones.
     *
     * @param x rows of the training width, no null value
     * @return a new array; a row's block for column {@code j} has a single 1 at its category, or is
     *         all zero for an unknown category under {@link Unknown#IGNORE}
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty or ragged input, rows whose length is not the
     *                                  training width, a null value, or (under {@link Unknown#ERROR})
     *                                  an unknown category
     */
    public double[][] transform(String[][] x) {
        requireFitted();
        int d = checkRows(x, categories.size());
        double[][] out = new double[x.length][width];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                Integer column = positions.get(j).get(x[i][j]);
                if (column != null) {
                    out[i][column] = 1.0;
                } else if (unknown == Unknown.ERROR) {
                    throw new IllegalArgumentException("column " + j + " has the unknown category '" + x[i][j]
                            + "' in row " + i + " (known: " + categories.get(j) + ")");
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
    public double[][] fitTransform(String[][] x) {
        return fit(x).transform(x);
    }

    /**
     * The sorted categories of each input column, in output-column order (unmodifiable).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public List<List<String>> categories() {
        requireFitted();
        return categories;
    }

    private void requireFitted() {
        if (categories == null) {
            throw new IllegalStateException("the encoder is not fitted: call fit(x) first");
        }
    }

    /** Checks a non-empty, rectangular matrix without nulls; returns its width. {@code width < 0}: any. */
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
            for (int j = 0; j < d; j++) {
                if (x[i][j] == null) {
                    throw new IllegalArgumentException("categories must not be null (impute missing values first), "
                            + "x[" + i + "][" + j + "] is null");
                }
            }
        }
        return d;
    }
}
