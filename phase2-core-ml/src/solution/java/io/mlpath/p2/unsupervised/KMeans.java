package io.mlpath.p2.unsupervised;

import java.util.Arrays;
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
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
        }
        this.k = k;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /**
     * Seeds the centroids by k-means++ and runs Lloyd's algorithm; returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ k}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or fewer rows than {@code k}
     */
    public KMeans fit(double[][] x) {
        checkRows(x, "x", -1);
        checkEnoughRows(x);
        return lloyd(x, seedPlusPlus(x, new Random(seed)));
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
        int d = checkRows(x, "x", -1);
        checkEnoughRows(x);
        checkRows(initialCentroids, "initialCentroids", d);
        if (initialCentroids.length != k) {
            throw new IllegalArgumentException("initialCentroids must have k = " + k + " rows, had "
                    + initialCentroids.length);
        }
        double[][] start = new double[k][];
        for (int j = 0; j < k; j++) {
            start[j] = initialCentroids[j].clone();
        }
        return lloyd(x, start);
    }

    /**
     * The cluster {@code 0 … k−1} of each training row (the last assign step).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] labels() {
        requireFitted();
        return labels.clone();
    }

    /**
     * A copy of the {@code k × d} centroids.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] centroids() {
        requireFitted();
        double[][] copy = new double[k][];
        for (int j = 0; j < k; j++) {
            copy[j] = centroids[j].clone();
        }
        return copy;
    }

    /**
     * The inertia {@code Σᵢ ‖xᵢ − μ_{c(i)}‖²} of the final assignment.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double inertia() {
        requireFitted();
        return history[history.length - 1];
    }

    /**
     * The inertia after each assign step: the seeds' assignment first, then one entry per update;
     * never increasing.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] inertiaHistory() {
        requireFitted();
        return history.clone();
    }

    /**
     * The number of update steps run ({@code inertiaHistory().length − 1}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int iterations() {
        requireFitted();
        return history.length - 1;
    }

    /**
     * The index of the nearest centroid of each row (ties to the lowest index).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose length is not
     *                                  the training dimension
     */
    public int[] predict(double[][] x) {
        requireFitted();
        checkRows(x, "x", centroids[0].length);
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = nearest(x[i], centroids);
        }
        return out;
    }

    private double[][] seedPlusPlus(double[][] x, Random random) {
        int n = x.length;
        double[][] seeds = new double[k][];
        seeds[0] = x[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = squaredDistance(x[i], seeds[0]);
        }
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (double v : nearest) {
                total += v;
            }
            int chosen = n - 1;
            if (total > 0) {
                double u = random.nextDouble() * total;
                double running = 0;
                for (int i = 0; i < n; i++) {
                    running += nearest[i];
                    if (running > u) {
                        chosen = i;
                        break;
                    }
                }
            } else {
                chosen = random.nextInt(n);
            }
            seeds[j] = x[chosen].clone();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(x[i], seeds[j]));
            }
        }
        return seeds;
    }

    private KMeans lloyd(double[][] x, double[][] start) {
        int n = x.length;
        int d = x[0].length;
        double[][] mu = start;
        int[] assignment = new int[n];
        double[] trace = new double[maxIterations + 1];
        trace[0] = assign(x, mu, assignment);
        int steps = 0;
        while (steps < maxIterations) {
            double[][] updated = new double[k][d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[assignment[i]]++;
                for (int f = 0; f < d; f++) {
                    updated[assignment[i]][f] += x[i][f];
                }
            }
            for (int j = 0; j < k; j++) {
                if (counts[j] > 0) {
                    for (int f = 0; f < d; f++) {
                        updated[j][f] /= counts[j];
                    }
                }
            }
            for (int j = 0; j < k; j++) {
                if (counts[j] == 0) {
                    reseed(x, updated, assignment, counts, j);
                }
            }
            double shift = 0;
            for (int j = 0; j < k; j++) {
                shift = Math.max(shift, Math.sqrt(squaredDistance(mu[j], updated[j])));
            }
            mu = updated;
            steps++;
            trace[steps] = assign(x, mu, assignment);
            if (shift <= tolerance) {
                break;
            }
        }
        this.centroids = mu;
        this.labels = assignment;
        this.history = Arrays.copyOf(trace, steps + 1);
        return this;
    }

    /** Moves the row farthest from its centroid (in a cluster of two or more) into empty cluster {@code j}. */
    private static void reseed(double[][] x, double[][] mu, int[] assignment, int[] counts, int j) {
        int farthest = -1;
        double worst = -1;
        for (int i = 0; i < x.length; i++) {
            if (counts[assignment[i]] < 2) {
                continue;
            }
            double dist = squaredDistance(x[i], mu[assignment[i]]);
            if (dist > worst) {
                worst = dist;
                farthest = i;
            }
        }
        counts[assignment[farthest]]--;
        assignment[farthest] = j;
        counts[j] = 1;
        mu[j] = x[farthest].clone();
    }

    /** Assigns each row to its nearest centroid; returns the inertia. */
    private static double assign(double[][] x, double[][] mu, int[] assignment) {
        double inertia = 0;
        for (int i = 0; i < x.length; i++) {
            assignment[i] = nearest(x[i], mu);
            inertia += squaredDistance(x[i], mu[assignment[i]]);
        }
        return inertia;
    }

    private static int nearest(double[] row, double[][] mu) {
        int best = 0;
        double bestDistance = squaredDistance(row, mu[0]);
        for (int j = 1; j < mu.length; j++) {
            double dist = squaredDistance(row, mu[j]);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = j;
            }
        }
        return best;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            double diff = a[f] - b[f];
            sum += diff * diff;
        }
        return sum;
    }

    private void checkEnoughRows(double[][] x) {
        if (x.length < k) {
            throw new IllegalArgumentException("x must have at least k = " + k + " rows, had " + x.length);
        }
    }

    private void requireFitted() {
        if (centroids == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x) first");
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
            for (int f = 0; f < d; f++) {
                if (!Double.isFinite(x[i][f])) {
                    throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + i + "]["
                            + f + "] is " + x[i][f]);
                }
            }
        }
        return d;
    }
}
