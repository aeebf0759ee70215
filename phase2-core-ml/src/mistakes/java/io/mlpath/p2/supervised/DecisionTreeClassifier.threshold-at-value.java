// Known mistake: the threshold is the last value on the left, a, instead of the midpoint (a + b)/2.
package io.mlpath.p2.supervised;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A CART classification tree: binary splits {@code x[f] ≤ t} chosen greedily to reduce the Gini
 * impurity or the entropy of the class labels.
 *
 * <p><b>Impurity.</b> For a node whose rows have class proportions {@code p₀ … p_{K−1}}:
 * <pre>
 *   Gini     G = 1 − Σₖ pₖ²                 (0 when pure, 1 − 1/K at most)
 *   entropy  H = −Σₖ pₖ log₂ pₖ             (in bits; 0·log 0 = 0; log₂ K at most)
 * </pre>
 *
 * <p><b>Split.</b> A node of {@code n} rows split into {@code n_L} rows with {@code x[f] ≤ t} and
 * {@code n_R} rows with {@code x[f] > t} is scored by the <em>size-weighted</em> impurity of its
 * children and the gain (impurity decrease):
 * <pre>
 *   childImpurity = (n_L/n)·I(left) + (n_R/n)·I(right),      gain = I(node) − childImpurity.
 * </pre>
 * Weighting matters: a split that peels one pure row off a big mixed node has a tiny
 * {@code childImpurity} if the two children count equally, and almost no gain once they are
 * weighted by size.
 *
 * <p><b>Rules of this tree</b> (they make the result unique):
 * <ul>
 *   <li><em>Thresholds are midpoints</em>: for feature {@code f} the candidates are
 *       {@code t = (a + b)/2} for every pair of consecutive <em>distinct</em> values
 *       {@code a < b} of {@code x[f]} in the node; rows with {@code x[f] ≤ t} go left.</li>
 *   <li>A candidate is allowed only if both children keep at least {@code minSamplesLeaf} rows.</li>
 *   <li><em>Ties</em>: features are scanned {@code 0 … d−1} and thresholds in increasing order; a
 *       candidate replaces the best so far only if its gain is larger by more than {@code 1e-12},
 *       so among equal gains the lowest feature index wins, then the lowest threshold.</li>
 *   <li>A node becomes a leaf when it is pure, when its depth equals {@code maxDepth} (the root
 *       has depth 0), when it has fewer than {@code 2·minSamplesLeaf} rows, or when no allowed
 *       candidate has a gain above {@code 1e-12}.</li>
 *   <li>A leaf predicts the class proportions of its training rows ({@link #predictProba}) and
 *       the most frequent class ({@link #predict}; ties to the lowest class index).</li>
 * </ul>
 *
 * <p><b>Feature importance</b> (mean decrease in impurity, as scikit-learn's
 * {@code feature_importances_}): every internal node adds {@code (n_node/n)·gain} to the importance
 * of its feature; the totals are divided by their sum so they add up to 1 (all zeros when the
 * tree is a single leaf).
 *
 * <p><b>Worked example.</b> Iris (150 rows, 50 per class), Gini: the root impurity is
 * {@code 1 − 3·(1/3)² = 0.6667}. The best split separates setosa: {@code petal length ≤ 2.45} (or,
 * with the same gain, {@code petal width ≤ 0.8}); the left child (50 setosa) has Gini 0, the right
 * (50 + 50) Gini 0.5, so {@code childImpurity = (50/150)·0 + (100/150)·0.5 = 0.3333} and
 * {@code gain = 0.3333}. By the tie rule this tree takes feature 2 (petal length) at 2.45.
 *
 * <p><b>Edge cases.</b> Duplicate values give no threshold between them, so a constant feature
 * is never split; a node whose features are all constant is a leaf. Sorting a node's rows once
 * per feature and sweeping class counts left to right makes a node cost {@code O(d·n log n)}
 * instead of recounting every candidate ({@code O(d·n²)}).
 *
 * <p>Reference: Breiman, Friedman, Olshen and Stone, <i>Classification and Regression Trees</i>
 * (1984); Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i> (2nd ed.),
 * §9.2; scikit-learn user guide, "Decision Trees", §1.10.7 (mathematical formulation).
 */
public final class DecisionTreeClassifier {

    /** Gains must exceed the best so far (and zero) by more than this to count. */
    private static final double TIE = 1e-12;

    /** The impurity a split reduces. */
    public enum Criterion {
        /** Gini impurity {@code 1 − Σ pₖ²}. */
        GINI,
        /** Entropy {@code −Σ pₖ log₂ pₖ}, in bits. */
        ENTROPY
    }

    /**
     * A node's split {@code x[feature] ≤ threshold} and what it bought.
     *
     * @param feature       the column index {@code f}
     * @param threshold     the midpoint {@code t}; rows with {@code x[f] ≤ t} go left
     * @param impurity      the impurity of the node being split
     * @param childImpurity the size-weighted impurity of the two children
     * @param gain          {@code impurity − childImpurity}
     */
    public record Split(int feature, double threshold, double impurity, double childImpurity, double gain) {
    }

    private final Criterion criterion;
    private final int maxDepth;
    private final int minSamplesLeaf;
    private Node root;
    private int classes;
    private int dimension;
    private int leaves;
    private double[] importances;

    /**
     * A tree that splits by {@code criterion}, no deeper than {@code maxDepth}, with at least
     * {@code minSamplesLeaf} training rows in every leaf.
     *
     * @param criterion      {@link Criterion#GINI} or {@link Criterion#ENTROPY}
     * @param maxDepth       the largest depth of any node, {@code ≥ 1} (the root has depth 0)
     * @param minSamplesLeaf the fewest training rows a leaf may hold, {@code ≥ 1}
     * @throws IllegalArgumentException when {@code criterion} is null, {@code maxDepth < 1} or
     *                                  {@code minSamplesLeaf < 1}
     */
    public DecisionTreeClassifier(Criterion criterion, int maxDepth, int minSamplesLeaf) {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion must not be null (GINI or ENTROPY)");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf must be at least 1, was " + minSamplesLeaf);
        }
        this.criterion = criterion;
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
    }

    /**
     * The impurity of a node from its class counts: Gini {@code 1 − Σ pₖ²} or entropy
     * {@code −Σ pₖ log₂ pₖ} with {@code pₖ = countₖ / Σ count}.
     *
     * <p>Example: {@code impurity({50, 50, 50}, GINI) = 0.6667},
     * {@code impurity({50, 50, 50}, ENTROPY) = log₂ 3 = 1.585}, {@code impurity({5, 0, 5}, ENTROPY) = 1}
     * (an empty class contributes 0, not {@code NaN}).
     *
     * @param counts    the number of rows of each class, none negative, at least one positive
     * @param criterion which impurity
     * @throws IllegalArgumentException on null or empty counts, a negative count, all counts zero,
     *                                  or a null criterion
     */
    public static double impurity(int[] counts, Criterion criterion) {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion must not be null (GINI or ENTROPY)");
        }
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("counts must hold at least one class, was "
                    + (counts == null ? "null" : "empty"));
        }
        long total = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] < 0) {
                throw new IllegalArgumentException("counts must not be negative, counts[" + k + "] is " + counts[k]);
            }
            total += counts[k];
        }
        if (total == 0) {
            throw new IllegalArgumentException("counts must not all be zero: a node has at least one row");
        }
        return impurityOf(counts, total, criterion);
    }

    /**
     * Grows the tree on rows {@code x} with class indices {@code y ∈ {0 … K−1}} ({@code K} is
     * {@code max(y) + 1}) and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} class indices, none negative
     * @return this model, fitted (a second call regrows it from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch or a negative label
     */
    public DecisionTreeClassifier fit(double[][] x, int[] y) {
        int d = checkRows(x, "x", -1);
        int k = checkLabels(y, x.length);
        int n = x.length;
        this.classes = k;
        this.dimension = d;
        this.leaves = 0;
        this.importances = new double[d];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        this.root = grow(x, y, rows, 0, n);
        double total = 0;
        for (double v : importances) {
            total += v;
        }
        if (total > 0) {
            for (int f = 0; f < d; f++) {
                importances[f] /= total;
            }
        }
        return this;
    }

    /**
     * The class of each row: the most frequent training class of the leaf the row falls into
     * (ties to the lowest class index).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public int[] predict(double[][] x) {
        requireFitted();
        checkRows(x, "x", dimension);
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = leafOf(x[i]).majority;
        }
        return out;
    }

    /**
     * The class proportions of the training rows in each row's leaf: {@code n × K}, rows sum to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict}
     */
    public double[][] predictProba(double[][] x) {
        requireFitted();
        checkRows(x, "x", dimension);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = leafOf(x[i]).proba.clone();
        }
        return out;
    }

    /**
     * The index of the leaf each row falls into, {@code 0 … leafCount()−1}, leaves numbered
     * depth-first with the left child before the right.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict}
     */
    public int[] apply(double[][] x) {
        requireFitted();
        checkRows(x, "x", dimension);
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = leafOf(x[i]).leafIndex;
        }
        return out;
    }

    /**
     * The root's split, or empty when the whole tree is one leaf.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public Optional<Split> rootSplit() {
        requireFitted();
        return Optional.ofNullable(root.split);
    }

    /**
     * The normalised mean-decrease-in-impurity importance of each feature (length {@code d},
     * sums to 1; all zeros when the tree is a single leaf). A copy.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] featureImportances() {
        requireFitted();
        return importances.clone();
    }

    /**
     * The depth of the deepest leaf (0 when the tree is a single leaf).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int depth() {
        requireFitted();
        return depthOf(root);
    }

    /**
     * The number of leaves.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int leafCount() {
        requireFitted();
        return leaves;
    }

    // ---- growing ----

    private Node grow(double[][] x, int[] y, int[] rows, int depth, int n) {
        int[] counts = new int[classes];
        for (int i : rows) {
            counts[y[i]]++;
        }
        double impurity = impurityOf(counts, rows.length, criterion);
        Node node = new Node(counts, rows.length);
        if (impurity <= 0 || depth >= maxDepth || rows.length < 2 * minSamplesLeaf) {
            node.leafIndex = leaves++;
            return node;
        }
        Split best = bestSplit(x, y, rows, counts, impurity);
        if (best == null) {
            node.leafIndex = leaves++;
            return node;
        }
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int i : rows) {
            (x[i][best.feature()] <= best.threshold() ? left : right).add(i);
        }
        importances[best.feature()] += (double) rows.length / n * best.gain();
        node.split = best;
        node.left = grow(x, y, left.stream().mapToInt(Integer::intValue).toArray(), depth + 1, n);
        node.right = grow(x, y, right.stream().mapToInt(Integer::intValue).toArray(), depth + 1, n);
        return node;
    }

    /** The best allowed split of {@code rows} by the rules in the class comment, or null. */
    private Split bestSplit(double[][] x, int[] y, int[] rows, int[] counts, double impurity) {
        int m = rows.length;
        Integer[] order = new Integer[m];
        Split best = null;
        double bestGain = TIE;
        for (int f = 0; f < dimension; f++) {
            for (int r = 0; r < m; r++) {
                order[r] = rows[r];
            }
            final int feature = f;
            Arrays.sort(order, Comparator.comparingDouble(i -> x[i][feature]));
            int[] leftCounts = new int[classes];
            int[] rightCounts = counts.clone();
            for (int r = 0; r < m - 1; r++) {
                int label = y[order[r]];
                leftCounts[label]++;
                rightCounts[label]--;
                double a = x[order[r]][f];
                double b = x[order[r + 1]][f];
                int nLeft = r + 1;
                int nRight = m - nLeft;
                if (a == b || nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                    continue;
                }
                double child = (nLeft * impurityOf(leftCounts, nLeft, criterion)
                        + nRight * impurityOf(rightCounts, nRight, criterion)) / m;
                double gain = impurity - child;
                if (gain > bestGain + (best == null ? 0 : TIE)) {
                    best = new Split(f, a, impurity, child, gain);
                    bestGain = gain;
                }
            }
        }
        return best;
    }

    private static double impurityOf(int[] counts, long total, Criterion criterion) {
        double sum = 0;
        for (int c : counts) {
            if (c == 0) {
                continue;
            }
            double p = (double) c / total;
            sum += criterion == Criterion.GINI ? p * p : -p * Math.log(p) / Math.log(2);
        }
        return criterion == Criterion.GINI ? Math.max(0, 1 - sum) : Math.max(0, sum);
    }

    private Node leafOf(double[] row) {
        Node node = root;
        while (node.split != null) {
            node = row[node.split.feature()] <= node.split.threshold() ? node.left : node.right;
        }
        return node;
    }

    private static int depthOf(Node node) {
        return node.split == null ? 0 : 1 + Math.max(depthOf(node.left), depthOf(node.right));
    }

    private void requireFitted() {
        if (root == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    /** A node: a split with two children, or a leaf with its class proportions. */
    private static final class Node {
        final double[] proba;
        final int majority;
        Split split;
        Node left;
        Node right;
        int leafIndex = -1;

        Node(int[] counts, int size) {
            proba = new double[counts.length];
            int most = 0;
            for (int k = 0; k < counts.length; k++) {
                proba[k] = (double) counts[k] / size;
                if (counts[k] > counts[most]) {
                    most = k;
                }
            }
            majority = most;
        }
    }

    // ---- validation ----

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
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(x[i][k])) {
                    throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + i + "]["
                            + k + "] is " + x[i][k]);
                }
            }
        }
        return d;
    }

    /** Checks one non-negative label per row; returns the number of classes {@code max(y) + 1}. */
    private static int checkLabels(int[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        int max = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("labels must be class indices 0 … K−1, y[" + i + "] is " + y[i]);
            }
            max = Math.max(max, y[i]);
        }
        return max + 1;
    }
}
