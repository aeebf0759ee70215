package io.mlpath.datasets;

import java.util.List;

/**
 * A labelled dataset: one row of features per sample and a class index per sample.
 *
 * <p>The arrays are fresh copies on every load, so a challenge may modify them freely.
 *
 * @param name          the dataset's name, e.g. {@code "iris"}
 * @param features      {@code n × d} feature matrix, row {@code i} is sample {@code i}
 * @param labels        class index in {@code [0, classNames.size())} per sample
 * @param featureNames  {@code d} column names
 * @param classNames    the classes, indexed by label
 */
public record ClassificationData(String name, double[][] features, int[] labels, List<String> featureNames,
                                 List<String> classNames) {

    /** Number of samples. */
    public int size() {
        return features.length;
    }

    /** Number of features per sample. */
    public int dimension() {
        return featureNames.size();
    }
}
