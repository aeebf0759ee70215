package io.mlpath.datasets;

import java.util.List;

/**
 * A regression dataset: one row of features and one real-valued target per sample.
 *
 * @param name          the dataset's name, e.g. {@code "diabetes"}
 * @param features      {@code n × d} feature matrix
 * @param targets       {@code n} targets
 * @param featureNames  {@code d} column names
 */
public record RegressionData(String name, double[][] features, double[] targets, List<String> featureNames) {

    /** Number of samples. */
    public int size() {
        return features.length;
    }
}
