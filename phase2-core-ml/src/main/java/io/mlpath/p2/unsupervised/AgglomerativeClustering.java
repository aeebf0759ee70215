package io.mlpath.p2.unsupervised;

/**
 * Agglomerative (bottom-up) hierarchical clustering with single, complete or average linkage.
 *
 * <p><b>Algorithm.</b> Start with every row as its own cluster and the matrix of Euclidean distances
 * between rows. Repeat {@code n − 1} times: find the two active clusters {@code i, j} at the smallest
 * linkage distance, merge them, record the pair and the distance (the merge <em>height</em>), and
 * <em>update the distances</em> from every other cluster {@code k} to the merged one by the
 * Lance–Williams formula
 * <pre>
 *   d(k, i∪j) = αᵢ·d(k,i) + αⱼ·d(k,j) + β·d(i,j) + γ·|d(k,i) − d(k,j)|
 *
 *   single   αᵢ = αⱼ = ½,  β = 0, γ = −½   →  min(d(k,i), d(k,j))   (closest members)
 *   complete αᵢ = αⱼ = ½,  β = 0, γ = +½   →  max(d(k,i), d(k,j))   (farthest members)
 *   average  αᵢ = nᵢ/(nᵢ+nⱼ), αⱼ = nⱼ/(nᵢ+nⱼ), β = γ = 0            (mean over all member pairs, UPGMA)
 * </pre>
 * with {@code nᵢ, nⱼ} the sizes before the merge. The update is what makes the linkage a distance
 * between <em>clusters</em>: without it the merged cluster keeps the distances of one of its rows.
 *
 * <p><b>Conventions</b> (those of scipy's {@code linkage} and Smile's {@code HierarchicalClustering}).
 * Rows are clusters {@code 0 … n−1}; the cluster created by merge {@code t} (counting from 0) has id
 * {@code n + t}. {@link #merges()} row {@code t} is the merged pair (smaller id first) and
 * {@link #heights()}{@code [t]} its linkage distance; for these three linkages the heights never
 * decrease. When several pairs share the smallest distance, the first found wins, scanning the active
 * clusters {@code i < j} in order of their position (the merged cluster takes the position of the
 * lower of the two). {@link #cut(int)} replays the first {@code n − k} merges and numbers the
 * {@code k} groups {@code 0 … k−1} in order of their smallest row index.
 *
 * <p><b>Worked example.</b> Rows {@code {0}, {1}, {3}, {7}, {8}}: merges {@code [0,1], [3,4], [2,5], [6,7]}
 * (5 = {0,1}, 6 = {3,4}, 7 = {0,1,3}); heights single {@code 1, 1, 2, 4}, complete {@code 1, 1, 3, 8},
 * average {@code 1, 1, 2.5, 37/6}; {@code cut(2) = {0, 0, 0, 1, 1}}.
 *
 * <p><b>Cost.</b> This direct method keeps the {@code n × n} matrix ({@code O(n²)} memory) and scans it
 * at every merge ({@code O(n³)} time); priority queues or the nearest-neighbour chain bring this to
 * {@code O(n² log n)} or {@code O(n²)} (Müllner, 2011).
 *
 * <p>Reference: Lance and Williams, "A general theory of classificatory sorting strategies: 1.
 * Hierarchical systems", The Computer Journal 9 (1967); Hastie, Tibshirani and Friedman, The Elements of
 * Statistical Learning, §14.3.12; Müllner, "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378.
 */
public final class AgglomerativeClustering {

    /** How the distance between two clusters is defined. */
    public enum Linkage {
        /** The distance of the closest pair of members. */
        SINGLE,
        /** The distance of the farthest pair of members. */
        COMPLETE,
        /** The mean distance over all pairs of members (UPGMA). */
        AVERAGE
    }

    private final Linkage linkage;
    private int[][] merges;
    private double[] heights;

    /**
     * Agglomerative clustering with the given linkage.
     *
     * @param linkage single, complete or average
     * @throws IllegalArgumentException when {@code linkage} is null
     */
    public AgglomerativeClustering(Linkage linkage) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.hierarchical): reject a null linkage, then store it");
    }

    /**
     * Builds the full merge tree of the rows of {@code x}; returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ 1}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public AgglomerativeClustering fit(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.hierarchical): validate x, build the distance matrix, and n - 1 times merge the closest active pair (record ids and height), then update the distances to the merged cluster by Lance-Williams; return this");
    }

    /**
     * The {@code n − 1} merges in order: row {@code t} holds the two merged cluster ids, smaller first;
     * the merged cluster gets id {@code n + t}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[][] merges() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.hierarchical): return a copy of the merge pairs (smaller id first; merge t creates id n + t)");
    }

    /**
     * The linkage distance of each merge, in merge order (non-decreasing).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] heights() {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.hierarchical): return a copy of the merge heights in merge order");
    }

    /**
     * The flat clustering with {@code k} clusters: the first {@code n − k} merges applied, groups numbered
     * {@code 0 … k−1} in order of their smallest row index.
     *
     * @param k the number of clusters, {@code 1 ≤ k ≤ n}
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException when {@code k} is out of range
     */
    public int[] cut(int k) {
        throw new UnsupportedOperationException("TODO(p2.unsupervised.hierarchical): check 1 <= k <= n, apply the first n - k merges (union-find) and number the groups by their smallest row index");
    }
}
