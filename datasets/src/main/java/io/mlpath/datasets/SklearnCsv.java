package io.mlpath.datasets;

import java.util.List;

/** Parses scikit-learn's bundled CSV layouts, failing with the file, line and bad value. */
final class SklearnCsv {

    private SklearnCsv() {
    }

    /** Header {@code n,d,class0,class1,...}, then {@code n} rows of {@code d} features and a label. */
    static ClassificationData classification(String name, BundledFile file, List<String> featureNames) {
        String[] lines = file.text().strip().split("\\R");
        String[] header = lines[0].split(",");
        int n = parseInt(file, 1, header[0]);
        int d = parseInt(file, 1, header[1]);
        List<String> classNames = List.of(header).subList(2, header.length);
        require(lines.length - 1 == n, file, 1, "header announces " + n + " rows but the file has " + (lines.length - 1));
        require(d == featureNames.size(), file, 1, "header announces " + d + " features, expected " + featureNames.size());
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double[] row = parseRow(file, i + 2, lines[i + 1], ",", d + 1);
            x[i] = java.util.Arrays.copyOf(row, d);
            y[i] = label(file, i + 2, row[d], classNames.size());
        }
        return new ClassificationData(name, x, y, featureNames, classNames);
    }

    /** No header: each row is the features then an integer label. */
    static ClassificationData headerless(String name, BundledFile file, List<String> featureNames,
                                         List<String> classNames) {
        String[] lines = file.text().strip().split("\\R");
        int d = featureNames.size();
        double[][] x = new double[lines.length][];
        int[] y = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            double[] row = parseRow(file, i + 1, lines[i], ",", d + 1);
            x[i] = java.util.Arrays.copyOf(row, d);
            y[i] = label(file, i + 1, row[d], classNames.size());
        }
        return new ClassificationData(name, x, y, featureNames, classNames);
    }

    /** Space-separated features in one file, one target per line in another. */
    static RegressionData regression(String name, BundledFile data, BundledFile target, List<String> featureNames) {
        String[] rows = data.text().strip().split("\\R");
        String[] targets = target.text().strip().split("\\R");
        require(rows.length == targets.length, target, 1,
                "has " + targets.length + " targets for " + rows.length + " rows of " + data.fileName());
        double[][] x = new double[rows.length][];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = parseRow(data, i + 1, rows[i], "\\s+", featureNames.size());
            y[i] = parseRow(target, i + 1, targets[i], "\\s+", 1)[0];
        }
        return new RegressionData(name, x, y, featureNames);
    }

    private static double[] parseRow(BundledFile file, int lineNumber, String line, String separator, int width) {
        String[] cells = line.strip().split(separator);
        require(cells.length == width, file, lineNumber, "has " + cells.length + " values, expected " + width);
        double[] row = new double[width];
        for (int j = 0; j < width; j++) {
            try {
                row[j] = Double.parseDouble(cells[j]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where(file, lineNumber) + " column " + (j + 1)
                        + " must be a number, was '" + cells[j] + "'", e);
            }
        }
        return row;
    }

    private static int label(BundledFile file, int lineNumber, double value, int classes) {
        require(value == Math.rint(value) && value >= 0 && value < classes, file, lineNumber,
                "label must be an integer in [0, " + classes + "), was " + value);
        return (int) value;
    }

    private static int parseInt(BundledFile file, int lineNumber, String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where(file, lineNumber) + " must start with integer counts, was '" + cell + "'", e);
        }
    }

    private static void require(boolean rule, BundledFile file, int lineNumber, String problem) {
        if (!rule) {
            throw new IllegalStateException(where(file, lineNumber) + " " + problem);
        }
    }

    private static String where(BundledFile file, int lineNumber) {
        return "dataset file " + file.fileName() + " line " + lineNumber + ":";
    }
}
