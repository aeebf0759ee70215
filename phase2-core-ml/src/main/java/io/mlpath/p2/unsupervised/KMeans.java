package io.mlpath.p2.unsupervised;

import java.util.Random;

/**
 * k-means clustering: Lloyd's algorithm started from k-means++ seeds.
 *
 * <p><b>Objective.</b> Split {@code n} rows into {@code k} clusters with centroids
 * {@code μ₁ … μ_k} so that the <em>inertia</em> (within-cluster sum of squares)
 * <pre>
 *   J = Σᵢ ‖xᵢ − μ_{c(i)}‖²
 * </pre>
 * is small. Lloyd's algorithm alternates two steps, each of which can only lower {@code J}:
 * <ol>
 *   <li><b>assign</b>: {@code c(i) = argmin_j ‖xᵢ − μⱼ‖²} (ties go to the lowest index {@code j});</li>
 *   <li><b>update</b>: {@code μⱼ = mean of the rows assigned to j}.</li>
 * </ol>
 * so the inertia never increases from one iteration to the next. It stops after
 * {@code maxIterations} updates, or as soon as no centroid moved by more than {@code tolerance}
 * (Euclidean distance) in an update.
 *
 * <p><b>k-means++ seeding</b> (Arthur and Vassilvitskii, 2007), with a {@code java.util.Random(seed)}
 * created in {@code fit}: the first centroid is the row {@code random.nextInt(n)}; each next one is a
 * row drawn with probability proportional to {@code D(x)²}, its squared distance to the nearest centroid
 * chosen so far (draw {@code u = random.nextDouble() · Σ D²} and take the first row whose running sum of
 * {@code D²} exceeds {@code u}). Far-apart seeds make a bad local optimum much less likely than
 * {@code k} uniformly drawn rows.
 *
 * <p><b>History.</b> {@link #inertiaHistory()} holds the inertia after every assign step: entry 0
 * for the assignment to the seeds, entry {@code t} after the {@code t}-th update and re-assignment.
 * {@link #inertia()} is its last entry, {@link #labels()} the last assignment.
 *
 * <p><b>Worked example.</b> Rows {@code {0}, {1}, {10}, {11}}, {@code k = 2}: whatever the seeds,
 * Lloyd ends at centroids {@code {0.5}} and {@code {10.5}}, labels {@code {a, a, b, b}} and inertia
 * {@code 4 · 0.25 = 1}; {@code predict({{2}})} is the cluster of {@code {0.5}}.
 *
 * <p><b>Edge case: empty clusters.</b> A cluster can lose all its rows in an assign step (a seed or a
 * centroid stranded between others); its mean is then {@code 0/0 = NaN}, and a NaN centroid never wins
 * another row. The rule here: re-seed every empty cluster, in index order, with the row that lies
 * farthest from its own (already updated) centroid among clusters with at least two rows, and move that row
 * to the empty cluster. Its contribution to {@code J} drops to 0, so the inertia still cannot increase.
 *
 * <p>Reference: Lloyd, "Least squares quantization in PCM", IEEE Trans. Inf. Theory 28 (1982);
 * Arthur and Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007; Bishop, Pattern
 * Recognition and Machine Learning, §9.1.
 */
public final class KMeans {

    private final int k;
    private final int maxIterations;
    private final double tolerance;
    private final long seed;
    private double[][] centroids;
    private int[] labels;
    private double[] history;

    /**
     * k-means with {@code k} clusters, at most {@code maxIterations} updates, and a stopping
     * tolerance on the largest centroid move.
     *
     * @param k             the number of clusters, {@code k ≥ 1}
     * @param maxIterations the most update steps, {@code ≥ 1}
     * @param tolerance     stop when no centroid moves farther than this, finite and {@code ≥ 0}
     * @param seed          seeds the k-means++ draws
     * @throws IllegalArgumentException when a hyper-parameter is out of range
     */
    public KMeans(int k, int maxIterations, double tolerance, long seed) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): validate k (>= 1), maxIterations (>= 1) and tolerance (finite, >= 0), then store them and the seed");
    }

    /**
     * Seeds the centroids by k-means++ and runs Lloyd's algorithm; returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ k}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or fewer rows than {@code k}
     */
    public KMeans fit(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): validate x (n >= k), pick k-means++ seeds with new Random(seed), and run Lloyd's algorithm (assign, update, re-seed empty clusters, record the inertia) until maxIterations or no centroid moves more than tolerance; return this");
    }

    /**
     * Runs Lloyd's algorithm from the given centroids instead of k-means++ seeds; returns this model.
     *
     * @param x                {@code n × d} rows, finite, not ragged, {@code n ≥ k}
     * @param initialCentroids {@code k × d} starting centroids (not modified)
     * @return this model, fitted
     * @throws IllegalArgumentException on bad rows, or starting centroids that are not {@code k} finite rows of
     *                                  length {@code d}
     */
    public KMeans fit(double[][] x, double[][] initialCentroids) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): validate x and the k starting centroids, copy them, and run Lloyd's algorithm from them; return this");
    }

    /**
     * The cluster {@code 0 … k−1} of each training row (the last assign step).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] labels() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): return a copy of the final cluster index of every training row");
    }

    /**
     * A copy of the {@code k × d} centroids.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] centroids() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): return a deep copy of the k centroids");
    }

    /**
     * The inertia {@code Σᵢ ‖xᵢ − μ_{c(i)}‖²} of the final assignment.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double inertia() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): return the sum of squared distances of the rows to their centroids after the last assign step");
    }

    /**
     * The inertia after each assign step: the seeds' assignment first, then one entry per update;
     * never increasing.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] inertiaHistory() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): return a copy of the inertia after every assign step (seeds first, then one per update)");
    }

    /**
     * The number of update steps run ({@code inertiaHistory().length − 1}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int iterations() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): return the number of update steps run");
    }

    /**
     * The index of the nearest centroid of each row (ties to the lowest index).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose length is not
     *                                  the training dimension
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.kmeans): return the index of the nearest centroid of each row (ties to the lowest index)");
    }
}
