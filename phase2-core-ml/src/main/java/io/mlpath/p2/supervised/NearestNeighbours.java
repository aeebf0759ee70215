package io.mlpath.p2.supervised;

/**
 * Exact k-nearest-neighbour search by Euclidean distance, with a documented rule for equal
 * distances: the search that {@link KnnClassifier} and {@link KnnRegressor} share.
 *
 * <p><b>Distance.</b> {@code d(a, b) = √(Σⱼ (aⱼ − bⱼ)²)}. The search compares squared distances
 * {@code Σⱼ (aⱼ − bⱼ)²}, which order rows the same way without a square root.
 *
 * <p><b>Tie rule.</b> The neighbours are the training rows sorted by (distance, row index), both
 * ascending, and the first {@code k} of them are taken: among rows at <em>exactly</em> the same
 * distance, the row with the smaller index comes first and wins a place at the {@code k}-th
 * position. A library that breaks ties differently (a k-d tree's visiting order, an unstable
 * partial sort) can return a different but equally near neighbour set; that is why a tie rule has
 * to be stated for the answer to be reproducible.
 *
 * <p><b>Algorithm.</b> Brute force, {@code O(n·d)} distances per query, then keep the {@code k}
 * best: e.g. scan the rows in index order, inserting each into a sorted buffer of at most {@code k}
 * (distance, index) pairs only when it is <em>strictly</em> nearer than the buffer's last entry
 * (or the buffer is not full). Scanning in index order and requiring "strictly nearer" is exactly
 * the tie rule. Sorting all {@code n} pairs is also fine.
 *
 * <p><b>Leaving a row out.</b> {@code exclude} names one training row that must not be returned
 * (its index, or {@code −1} for none): leave-one-out evaluation predicts row {@code i} from all the
 * other rows, and row {@code i} is always at distance 0 from itself. Exclude it by
 * <em>index</em>, not by distance: another row with identical features is a genuine neighbour.
 *
 * <p><b>Worked example.</b> {@code x = {{0, 0}, {3, 4}, {1, 0}, {0, 1}}}, {@code query = {0, 0}}:
 * the distances are 0, 5, 1, 1, so {@code nearest(x, query, 3, −1) = {0, 2, 3}} (rows 2 and 3
 * tie at distance 1; row 2 has the smaller index) and {@code nearest(x, query, 2, 0) = {2, 3}}.
 *
 * <p><b>Edge cases.</b> Large coordinates: {@code (aⱼ − bⱼ)²} can overflow to {@code ∞} beyond
 * about {@code 1e154}; standardise features first, which k-NN needs anyway because one feature
 * measured in thousands would otherwise decide every distance.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §2.3.2 and
 * §13.3; Cover and Hart, "Nearest neighbor pattern classification", IEEE Trans. Information Theory
 * 13(1), 1967.
 */
public final class NearestNeighbours {

    private NearestNeighbours() {
    }

    /**
     * The Euclidean distance {@code √(Σⱼ (aⱼ − bⱼ)²)} between two points.
     *
     * @throws IllegalArgumentException when either point is null, empty or not finite, or their
     *                                  lengths differ
     */
    public static double distance(double[] a, double[] b) {
        throw new UnsupportedOperationException("TODO(p2.supervised.knn): validate both points (same length, finite) and return the square root of the sum of squared differences");
    }

    /**
     * The indices of the {@code k} rows of {@code x} nearest to {@code query}, nearest first, equal
     * distances in increasing row index, never returning row {@code exclude}.
     *
     * @param x       {@code n × d} training rows, finite, not ragged
     * @param query   a point of length {@code d}, finite
     * @param k       how many neighbours, {@code 1 ≤ k ≤ n} ({@code ≤ n − 1} when a row is excluded)
     * @param exclude the index of a row to leave out, or {@code −1} for none
     * @return {@code k} distinct row indices sorted by (distance, index)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a query of the
     *                                  wrong length, {@code k} out of range or {@code exclude} not in
     *                                  {@code −1 … n−1}
     */
    public static int[] nearest(double[][] x, double[] query, int k, int exclude) {
        throw new UnsupportedOperationException("TODO(p2.supervised.knn): validate, then return the k row indices nearest to query sorted by (distance, index), skipping row exclude");
    }
}
