// Known mistake: leave-one-out does not exclude row i, so every row is its own nearest neighbour at distance 0.
package io.mlpath.p2.supervised;

/**
 * The k-nearest-neighbour regressor: a query's prediction is the mean target of the {@code k}
 * training rows nearest to it (Euclidean distance), optionally weighted by {@code 1/d}.
 *
 * <p><b>Model.</b> {@link #fit} stores a copy of the training rows and targets. For a query
 * {@code q} with neighbours {@code N(q)} from {@link NearestNeighbours#nearest} (equal distances:
 * the smaller training row index first),
 * <pre>
 *   uniform:            ŷ(q) = (1/k) Σ_{i ∈ N(q)} yᵢ
 *   distance-weighted:  ŷ(q) = Σ wᵢ yᵢ / Σ wᵢ,   wᵢ = 1 / d(q, xᵢ);
 *                       if some neighbours are at d = 0, ŷ(q) is the plain mean of their targets
 * </pre>
 * (the exact-match rule of scikit-learn). A weighted prediction always lies between the smallest
 * and the largest neighbour target.
 *
 * <p><b>Leave-one-out.</b> {@link #leaveOneOutPredict} predicts every row {@code i} from the
 * <em>other</em> rows ({@code nearest(x, x[i], k, i)}), without {@code fit} and without changing
 * the fitted model. Leaving row {@code i} in makes it its own nearest neighbour: with distance
 * weighting every prediction is then exactly its own target, and the leave-one-out error is 0.
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {1}, {2}, {10}}}, {@code y = {0, 1, 2, 10}}, {@code k = 2}:
 * the query {@code {1.25}} has neighbours rows 1 and 2 (distances 0.25 and 0.75), so the uniform
 * prediction is {@code (1 + 2)/2 = 1.5} and the weighted one {@code (4·1 + (4/3)·2)/(4 + 4/3) = 1.25}.
 * {@code leaveOneOutPredict(x, y)} with {@code k = 1} gives {@code {1, 0, 1, 2}} (row 1's
 * nearest other rows, 0 and 2, tie at distance 1: row 0 wins).
 *
 * <p><b>Edge cases.</b> Standardise the features first. {@code k} must not exceed the number of
 * training rows ({@code n − 1} for leave-one-out). Large {@code k} smooths towards the global mean
 * (high bias); {@code k = 1} interpolates the training data (high variance).
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §2.3.2
 * and §6.1 (local averaging), §7.10 (leave-one-out cross-validation).
 */
public final class KnnRegressor {

    private final int k;
    private final boolean distanceWeighted;
    private double[][] trainX;
    private double[] trainY;

    /**
     * A k-NN regressor.
     *
     * @param k                the number of neighbours, {@code ≥ 1}
     * @param distanceWeighted {@code true}: weight targets by {@code 1/d}; {@code false}: plain mean
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public KnnRegressor(int k, boolean distanceWeighted) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
        this.distanceWeighted = distanceWeighted;
    }

    /**
     * Stores a copy of the training rows and targets and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ k}
     * @param y {@code n} finite targets
     * @return this model
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, or fewer than {@code k} rows
     */
    public KnnRegressor fit(double[][] x, double[] y) {
        checkRows(x, "x", -1);
        checkTargets(y, x.length);
        if (x.length < k) {
            throw new IllegalArgumentException("k = " + k + " needs at least k training rows, x has " + x.length);
        }
        this.trainX = deepCopy(x);
        this.trainY = y.clone();
        return this;
    }

    /**
     * The (weighted) mean target of each query's {@code k} nearest training rows.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] predict(double[][] x) {
        requireFitted();
        checkRows(x, "x", trainX[0].length);
        double[] predicted = new double[x.length];
        for (int q = 0; q < x.length; q++) {
            predicted[q] = average(trainX, trainY, x[q], -1);
        }
        return predicted;
    }

    /**
     * Leave-one-out predictions: row {@code i} predicted from its {@code k} nearest <em>other</em>
     * rows of {@code x}, with this model's {@code k} and weighting. Needs no {@link #fit} and does
     * not change the fitted model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ k + 1}
     * @param y {@code n} finite targets
     * @return the {@code n} leave-one-out predictions
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, or {@code n ≤ k}
     */
    public double[] leaveOneOutPredict(double[][] x, double[] y) {
        checkRows(x, "x", -1);
        checkTargets(y, x.length);
        if (x.length <= k) {
            throw new IllegalArgumentException("leave-one-out with k = " + k + " needs at least k + 1 rows, x has "
                    + x.length);
        }
        double[] predicted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = average(x, y, x[i], -1);
        }
        return predicted;
    }

    private double average(double[][] x, double[] y, double[] query, int exclude) {
        int[] neighbours = NearestNeighbours.nearest(x, query, k, exclude);
        double[] distances = new double[neighbours.length];
        boolean exact = false;
        for (int i = 0; i < neighbours.length; i++) {
            distances[i] = NearestNeighbours.distance(x[neighbours[i]], query);
            exact |= distances[i] == 0;
        }
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < neighbours.length; i++) {
            double weight;
            if (!distanceWeighted) {
                weight = 1;
            } else if (exact) {
                weight = distances[i] == 0 ? 1 : 0;
            } else {
                weight = 1 / distances[i];
            }
            weighted += weight * y[neighbours[i]];
            total += weight;
        }
        return weighted / total;
    }

    private void requireFitted() {
        if (trainX == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** Checks {@code n} finite targets. */
    private static void checkTargets(double[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one target per row of x (" + n + "), had " + y.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("targets must be finite, y[" + i + "] is " + y[i]);
            }
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
                throw new IllegalArgumentException(name + " rows must all have length " + d + rule + ", row " + i
                        + " has " + x[i].length);
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
}
