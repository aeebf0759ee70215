// Known mistake: among rows at equal distance the LARGER row index wins (a later row displaces an equally near one).
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
        checkPoint(a, "a", -1);
        checkPoint(b, "b", a.length);
        return Math.sqrt(squaredDistance(a, b));
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
        int d = checkRows(x, "x", -1);
        checkPoint(query, "query", d);
        int n = x.length;
        if (exclude < -1 || exclude >= n) {
            throw new IllegalArgumentException("exclude must be -1 (none) or a row index 0 to " + (n - 1) + ", was "
                    + exclude);
        }
        int available = exclude >= 0 ? n - 1 : n;
        if (k < 1 || k > available) {
            throw new IllegalArgumentException("k must be between 1 and the number of candidate rows (" + available
                    + "), was " + k);
        }
        int[] index = new int[k];
        double[] dist = new double[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (i == exclude) {
                continue;
            }
            double di = squaredDistance(x[i], query);
            if (size == k && !(di <= dist[k - 1])) {
                continue;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && di <= dist[at - 1]) {
                dist[at] = dist[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            dist[at] = di;
            index[at] = i;
        }
        return index;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }

    /** Checks a non-null, non-empty, finite point of the given length ({@code length < 0}: any). */
    private static void checkPoint(double[] p, String name, int length) {
        if (p == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (length < 0 && p.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one coordinate, had 0");
        }
        if (length >= 0 && p.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + " (the number of features), had "
                    + p.length);
        }
        for (int j = 0; j < p.length; j++) {
            if (!Double.isFinite(p[j])) {
                throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + j + "] is " + p[j]);
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
