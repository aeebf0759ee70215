package io.mlpath.datasets;

import java.util.List;

/**
 * A table with numeric and categorical columns and missing values, as real data comes.
 *
 * <p>A missing number is {@link Double#NaN}; a missing category is {@code null}. Rows line up
 * across the two arrays: row {@code i} of {@code numeric} and of {@code categorical} describe the
 * same sample.
 *
 * @param name              the dataset's name, e.g. {@code "penguins"}
 * @param numericColumns    names of the numeric columns
 * @param numeric           {@code n × numericColumns.size()}, NaN where missing
 * @param categoricalColumns names of the categorical columns
 * @param categorical       {@code n × categoricalColumns.size()}, null where missing
 */
public record MixedData(String name, List<String> numericColumns, double[][] numeric, List<String> categoricalColumns,
                        String[][] categorical) {

    /** Number of samples. */
    public int size() {
        return numeric.length;
    }

    /** One numeric column by name (a copy), NaN where missing. */
    public double[] numericColumn(String column) {
        int j = index(numericColumns, column);
        double[] values = new double[numeric.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = numeric[i][j];
        }
        return values;
    }

    /** One categorical column by name (a copy), null where missing. */
    public String[] categoricalColumn(String column) {
        int j = index(categoricalColumns, column);
        String[] values = new String[categorical.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = categorical[i][j];
        }
        return values;
    }

    private int index(List<String> columns, String column) {
        int j = columns.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException(name + " has no column '" + column + "'; its columns are " + columns);
        }
        return j;
    }
}
