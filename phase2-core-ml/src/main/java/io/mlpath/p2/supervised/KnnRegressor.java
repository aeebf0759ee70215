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

    /**
     * A k-NN regressor.
     *
     * @param k                the number of neighbours, {@code ≥ 1}
     * @param distanceWeighted {@code true}: weight targets by {@code 1/d}; {@code false}: plain mean
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public KnnRegressor(int k, boolean distanceWeighted) {
        throw new UnsupportedOperationException("TODO(p2.supervised.knn): validate k (>= 1) and store k and the weighting");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.knn): validate, store copies of x and y; return this");
    }

    /**
     * The (weighted) mean target of each query's {@code k} nearest training rows.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.knn): for each query, the (1/d-weighted) mean target of its k nearest training rows");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.knn): predict each row i of x from the other rows: nearest(x, x[i], k, i), then average");
    }
}
