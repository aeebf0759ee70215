// Known mistake: the distances to a merged cluster are not updated after the merge (it keeps the row of one of its halves).
package io.mlpath.p2.unsupervised;

import java.util.Arrays;

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
        if (linkage == null) {
            throw new IllegalArgumentException("linkage must not be null: SINGLE, COMPLETE or AVERAGE");
        }
        this.linkage = linkage;
    }

    /**
     * Builds the full merge tree of the rows of {@code x}; returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ 1}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public AgglomerativeClustering fit(double[][] x) {
        checkRows(x);
        int n = x.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                for (int f = 0; f < x[i].length; f++) {
                    double diff = x[i][f] - x[j][f];
                    sum += diff * diff;
                }
                d[i][j] = Math.sqrt(sum);
                d[j][i] = d[i][j];
            }
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] id = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
            size[i] = 1;
        }
        int[][] pairs = new int[n - 1][];
        double[] height = new double[n - 1];
        for (int t = 0; t < n - 1; t++) {
            int bi = -1;
            int bj = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!active[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (active[j] && (bi < 0 || d[i][j] < best)) {
                        best = d[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            pairs[t] = new int[] {Math.min(id[bi], id[bj]), Math.max(id[bi], id[bj])};
            height[t] = best;
            for (int k = 0; k < n; k++) {
                if (active[k] && k != bi && k != bj) {
                    double updated = d[k][bi];
                    d[k][bi] = updated;
                    d[bi][k] = updated;
                }
            }
            active[bj] = false;
            size[bi] += size[bj];
            id[bi] = n + t;
        }
        this.merges = pairs;
        this.heights = height;
        return this;
    }

    /**
     * The {@code n − 1} merges in order: row {@code t} holds the two merged cluster ids, smaller first;
     * the merged cluster gets id {@code n + t}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[][] merges() {
        requireFitted();
        int[][] copy = new int[merges.length][];
        for (int t = 0; t < merges.length; t++) {
            copy[t] = merges[t].clone();
        }
        return copy;
    }

    /**
     * The linkage distance of each merge, in merge order (non-decreasing).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] heights() {
        requireFitted();
        return heights.clone();
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
        requireFitted();
        int n = merges.length + 1;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and n = " + n + ", was " + k);
        }
        int[] parent = new int[2 * n - 1];
        for (int c = 0; c < parent.length; c++) {
            parent[c] = c;
        }
        for (int t = 0; t < n - k; t++) {
            parent[find(parent, merges[t][0])] = n + t;
            parent[find(parent, merges[t][1])] = n + t;
        }
        int[] labels = new int[n];
        int[] number = new int[2 * n - 1];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (number[root] < 0) {
                number[root] = next++;
            }
            labels[i] = number[root];
        }
        return labels;
    }

    private double lanceWilliams(double dki, double dkj, int ni, int nj) {
        return switch (linkage) {
            case SINGLE -> Math.min(dki, dkj);
            case COMPLETE -> Math.max(dki, dkj);
            case AVERAGE -> (ni * dki + nj * dkj) / (ni + nj);
        };
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            c = parent[c];
        }
        return c;
    }

    private void requireFitted() {
        if (merges == null) {
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
