// Known mistake: a point visited as noise before its core neighbour stays noise instead of becoming a border point.
package io.mlpath.p2.unsupervised;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * DBSCAN: density-based clustering that finds clusters of any shape and labels sparse points as
 * noise.
 *
 * <p><b>Definitions.</b> The {@code eps}-neighbourhood of row {@code p} is
 * {@code N(p) = { q : ‖p − q‖ ≤ eps }} (Euclidean), and it <em>includes p itself</em>. Then
 * <ul>
 *   <li>{@code p} is a <b>core</b> point when {@code |N(p)| ≥ minPts} (so {@code minPts} counts
 *       {@code p}: {@code minPts = 1} makes every point core; this is the convention of Ester et al.
 *       and scikit-learn, while Smile's {@code minPts} does not count the point and is one less);</li>
 *   <li>{@code q} is <b>border</b> when it is not core but lies in the neighbourhood of a core point;</li>
 *   <li>every other point is <b>noise</b>, labelled {@link #NOISE} {@code = −1}.</li>
 * </ul>
 * A cluster is a maximal set of core points that reach each other through chains of core
 * neighbours, together with the border points in their neighbourhoods.
 *
 * <p><b>Algorithm and numbering.</b> Visit the rows in index order. A row that already has a label is
 * skipped. A non-core row is provisionally noise. An unlabelled core row opens the next cluster (numbered
 * {@code 0, 1, 2, …} in this discovery order) and expands it with a queue: each neighbour that is
 * unlabelled or provisionally noise gets the cluster's label, and the neighbours of each <em>core</em>
 * neighbour join the queue. A provisional noise point reached this way becomes a border point: it was
 * visited before its core neighbour, but it is not noise. A border point within reach of two clusters
 * keeps the first cluster that reaches it.
 *
 * <p><b>Worked example.</b> Rows {@code {0}, {0.5}, {1}, {1.5}, {5}}, {@code eps = 0.6}, {@code minPts = 3}:
 * {@code |N| = 2, 3, 3, 2, 1}, so {@code {0.5}} and {@code {1}} are core, {@code {0}} and {@code {1.5}} are
 * border and {@code {5}} is noise: labels {@code {0, 0, 0, 0, −1}}, types
 * {@code {BORDER, CORE, CORE, BORDER, NOISE}}. Row {@code {0}} is visited first, looks like noise, and is
 * claimed by cluster 0 when {@code {0.5}} expands.
 *
 * <p><b>Edge cases.</b> Distances are compared with {@code ≤ eps}; duplicate rows are distinct points and
 * count towards each other's neighbourhoods. The brute-force neighbourhood search costs {@code O(n²)}
 * distance computations; a k-d tree or grid makes it faster on low-dimensional data.
 *
 * <p>Reference: Ester, Kriegel, Sander and Xu, "A density-based algorithm for discovering clusters in
 * large spatial databases with noise", KDD 1996; Schubert et al., "DBSCAN revisited, revisited", ACM TODS
 * 42 (2017).
 */
public final class Dbscan {

    /** The label of a noise point. */
    public static final int NOISE = -1;

    /** What a training row turned out to be. */
    public enum PointType {
        /** At least {@code minPts} rows (itself included) within {@code eps}. */
        CORE,
        /** Not core, but within {@code eps} of a core point. */
        BORDER,
        /** Neither: labelled {@link #NOISE}. */
        NOISE
    }

    private final double eps;
    private final int minPts;
    private int[] labels;
    private PointType[] types;
    private int clusters;

    /**
     * DBSCAN with neighbourhood radius {@code eps} and density threshold {@code minPts}.
     *
     * @param eps    the neighbourhood radius, finite and {@code > 0}
     * @param minPts the least neighbourhood size of a core point, the point itself included, {@code ≥ 1}
     * @throws IllegalArgumentException when a hyper-parameter is out of range
     */
    public Dbscan(double eps, int minPts) {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be finite and > 0, was " + eps);
        }
        if (minPts < 1) {
            throw new IllegalArgumentException("minPts must be at least 1 (it counts the point itself), was "
                    + minPts);
        }
        this.eps = eps;
        this.minPts = minPts;
    }

    /**
     * Clusters the rows of {@code x}; returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ 1}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public Dbscan fit(double[][] x) {
        checkRows(x);
        int n = x.length;
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = regionQuery(x, i);
        }
        int[] label = new int[n];
        boolean[] labelled = new boolean[n];
        PointType[] type = new PointType[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            type[i] = neighbours[i].length >= minPts ? PointType.CORE : PointType.NOISE;
        }
        for (int i = 0; i < n; i++) {
            if (labelled[i]) {
                continue;
            }
            if (type[i] != PointType.CORE) {
                label[i] = NOISE;
                labelled[i] = true;
                continue;
            }
            int cluster = next++;
            label[i] = cluster;
            labelled[i] = true;
            Deque<Integer> queue = new ArrayDeque<>();
            for (int q : neighbours[i]) {
                queue.add(q);
            }
            while (!queue.isEmpty()) {
                int q = queue.poll();
                if (labelled[q]) {
                    continue;
                }
                label[q] = cluster;
                labelled[q] = true;
                if (type[q] == PointType.CORE) {
                    for (int r : neighbours[q]) {
                        if (!labelled[r]) {
                            queue.add(r);
                        }
                    }
                } else {
                    type[q] = PointType.BORDER;
                }
            }
        }
        this.labels = label;
        this.types = type;
        this.clusters = next;
        return this;
    }

    /**
     * The cluster {@code 0, 1, …} (in discovery order) of each training row, {@link #NOISE} for noise.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] labels() {
        requireFitted();
        return labels.clone();
    }

    /**
     * Whether each training row is core, border or noise.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public PointType[] pointTypes() {
        requireFitted();
        return types.clone();
    }

    /**
     * The number of clusters found (noise is not a cluster).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int clusterCount() {
        requireFitted();
        return clusters;
    }

    /** Every j with ‖xᵢ − xⱼ‖ ≤ eps, i itself included, in index order. */
    private int[] regionQuery(double[][] x, int i) {
        int[] found = new int[x.length];
        int count = 0;
        double limit = eps * eps;
        for (int j = 0; j < x.length; j++) {
            double sum = 0;
            for (int f = 0; f < x[i].length; f++) {
                double diff = x[i][f] - x[j][f];
                sum += diff * diff;
            }
            if (sum <= limit) {
                found[count++] = j;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private void requireFitted() {
        if (labels == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x) first");
        }
    }

    /** Checks a non-empty, rectangular, finite matrix. */
    private static void checkRows(double[][] x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one row, had 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException("x rows must not be null, row " + i + " is null");
            }
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("x rows must have at least one feature, row 0 has 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("x rows must all have length " + d + ", row " + i + " has "
                        + x[i].length);
            }
            for (int f = 0; f < d; f++) {
                if (!Double.isFinite(x[i][f])) {
                    throw new IllegalArgumentException("x values must be finite, x[" + i + "][" + f + "] is "
                            + x[i][f]);
                }
            }
        }
    }
}
