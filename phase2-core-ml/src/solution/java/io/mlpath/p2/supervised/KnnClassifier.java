package io.mlpath.p2.supervised;

/**
 * The k-nearest-neighbour classifier: a query takes the majority class of the {@code k} training
 * rows nearest to it (Euclidean distance), optionally weighting each neighbour by {@code 1/d}.
 *
 * <p><b>Model.</b> There is nothing to optimise: {@link #fit} stores a copy of the training rows
 * and their classes ({@code K = max(y) + 1} classes). For a query {@code q}, take its {@code k}
 * neighbours from {@link NearestNeighbours#nearest} (equal distances: the smaller training row
 * index first) and let each vote for its class with weight
 * <pre>
 *   uniform:            wᵢ = 1
 *   distance-weighted:  wᵢ = 1 / d(q, xᵢ);   if some neighbours are at d = 0, only they vote, with wᵢ = 1
 * </pre>
 * (the exact-match rule of scikit-learn: {@code 1/0} would be infinite). The class scores are
 * {@code sₖ = Σ_{i: yᵢ = k} wᵢ}; {@code predictProba} is {@code sₖ / Σⱼ sⱼ} and {@code predict} is
 * the class with the largest score.
 *
 * <p><b>Tie rule for votes.</b> When several classes share the largest score, the <em>smallest
 * class index</em> wins (as {@code numpy.argmax} and Smile's {@code KNN} do). An even {@code k}
 * with two classes ties often; an odd {@code k} cannot tie with two classes and uniform weights.
 *
 * <p><b>Leave-one-out.</b> {@link #leaveOneOutPredict} predicts every row {@code i} of a data set
 * from all the <em>other</em> rows: {@code nearest(x, x[i], k, i)}. It needs no {@code fit} and
 * leaves the fitted model alone. Forgetting to leave row {@code i} out makes it its own nearest
 * neighbour at distance 0, and 1-NN then scores a perfect, meaningless 100 %. Leave it out by
 * index, not by "distance 0": a duplicate row is a genuine neighbour.
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {1}, {2}, {10}}}, {@code y = {0, 0, 1, 1}}, {@code k = 3},
 * uniform: the query {@code {1.4}} has neighbours rows 1, 2, 0 (distances 0.4, 0.6, 1.4), votes
 * {@code {2, 1}}, so {@code predictProba = {{2/3, 1/3}}} and {@code predict = {0}}. With distance
 * weighting the scores are {@code 1/0.4 + 1/1.4 ≈ 3.214} for class 0 and {@code 1/0.6 ≈ 1.667} for
 * class 1. {@code leaveOneOutPredict(x, y)} with {@code k = 1} gives {@code {0, 0, 0, 1}}: row 2's
 * nearest other row is row 1 (class 0).
 *
 * <p><b>Edge cases.</b> Standardise the features first (k-NN has no weights to absorb different
 * scales). {@code k} must not exceed the number of training rows ({@code n − 1} for
 * leave-one-out). Queries cost {@code O(n·d)} each: fine for thousands of rows, the reason for
 * k-d trees and approximate search beyond that.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §2.3.2 and
 * §13.3 (and §7.10 for leave-one-out cross-validation); Cover and Hart, "Nearest neighbor pattern
 * classification", IEEE Trans. Information Theory 13(1), 1967.
 */
public final class KnnClassifier {

    private final int k;
    private final boolean distanceWeighted;
    private double[][] trainX;
    private int[] trainY;
    private int classes;

    /**
     * A k-NN classifier.
     *
     * @param k                the number of neighbours, {@code ≥ 1}
     * @param distanceWeighted {@code true}: weight votes by {@code 1/d}; {@code false}: one vote each
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public KnnClassifier(int k, boolean distanceWeighted) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
        this.distanceWeighted = distanceWeighted;
    }

    /**
     * Stores a copy of the training rows and classes and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ k}
     * @param y {@code n} class indices {@code ≥ 0}; {@code K = max(y) + 1}
     * @return this model
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a negative label, or fewer than {@code k} rows
     */
    public KnnClassifier fit(double[][] x, int[] y) {
        checkRows(x, "x", -1);
        int count = checkLabels(y, x.length);
        if (x.length < k) {
            throw new IllegalArgumentException("k = " + k + " needs at least k training rows, x has " + x.length);
        }
        this.trainX = deepCopy(x);
        this.trainY = y.clone();
        this.classes = count;
        return this;
    }

    /**
     * The vote share of each class for each query ({@code m × K}); each row sums to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[][] predictProba(double[][] x) {
        requireFitted();
        checkRows(x, "x", trainX[0].length);
        double[][] proba = new double[x.length][];
        for (int q = 0; q < x.length; q++) {
            double[] scores = scores(trainX, trainY, classes, x[q], -1);
            double total = 0;
            for (double s : scores) {
                total += s;
            }
            for (int c = 0; c < scores.length; c++) {
                scores[c] /= total;
            }
            proba[q] = scores;
        }
        return proba;
    }

    /**
     * The class with the largest (weighted) vote for each query; ties go to the smallest class index.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    public int[] predict(double[][] x) {
        requireFitted();
        checkRows(x, "x", trainX[0].length);
        int[] predicted = new int[x.length];
        for (int q = 0; q < x.length; q++) {
            predicted[q] = argmax(scores(trainX, trainY, classes, x[q], -1));
        }
        return predicted;
    }

    /**
     * Leave-one-out predictions: row {@code i} classified by its {@code k} nearest <em>other</em>
     * rows of {@code x}, with this model's {@code k}, weighting and tie rules. Needs no
     * {@link #fit} and does not change the fitted model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ k + 1}
     * @param y {@code n} class indices {@code ≥ 0}
     * @return the {@code n} leave-one-out predictions
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a negative label, or {@code n ≤ k}
     */
    public int[] leaveOneOutPredict(double[][] x, int[] y) {
        checkRows(x, "x", -1);
        int count = checkLabels(y, x.length);
        if (x.length <= k) {
            throw new IllegalArgumentException("leave-one-out with k = " + k + " needs at least k + 1 rows, x has "
                    + x.length);
        }
        int[] predicted = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = argmax(scores(x, y, count, x[i], i));
        }
        return predicted;
    }

    private double[] scores(double[][] x, int[] y, int count, double[] query, int exclude) {
        int[] neighbours = NearestNeighbours.nearest(x, query, k, exclude);
        double[] distances = new double[neighbours.length];
        boolean exact = false;
        for (int i = 0; i < neighbours.length; i++) {
            distances[i] = NearestNeighbours.distance(x[neighbours[i]], query);
            exact |= distances[i] == 0;
        }
        double[] scores = new double[count];
        for (int i = 0; i < neighbours.length; i++) {
            double weight;
            if (!distanceWeighted) {
                weight = 1;
            } else if (exact) {
                weight = distances[i] == 0 ? 1 : 0;
            } else {
                weight = 1 / distances[i];
            }
            scores[y[neighbours[i]]] += weight;
        }
        return scores;
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
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

    /** Checks {@code n} labels {@code ≥ 0}; returns {@code K = max(y) + 1}. */
    private static int checkLabels(int[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("labels must be class indices >= 0, y[" + i + "] is " + y[i]);
            }
            count = Math.max(count, y[i] + 1);
        }
        return count;
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
