package io.mlpath.p2.unsupervised;

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
        throw new UnsupportedOperationException("TODO(p2.unsupervised.dbscan): validate eps (finite, > 0) and minPts (>= 1), then store them");
    }

    /**
     * Clusters the rows of {@code x}; returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ 1}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public Dbscan fit(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.dbscan): validate x, find each row's eps-neighbourhood (itself included), mark core rows, and grow clusters in index order: provisional noise reached from a core row becomes border; return this");
    }

    /**
     * The cluster {@code 0, 1, …} (in discovery order) of each training row, {@link #NOISE} for noise.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] labels() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.dbscan): return a copy of the labels: clusters 0, 1, ... in discovery order, NOISE (-1) for noise");
    }

    /**
     * Whether each training row is core, border or noise.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public PointType[] pointTypes() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.dbscan): return a copy of the CORE / BORDER / NOISE type of every training row");
    }

    /**
     * The number of clusters found (noise is not a cluster).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int clusterCount() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.dbscan): return the number of clusters found");
    }
}
