package io.mlpath.p2.supervised;

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
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): validate criterion (not null), maxDepth (>= 1) and minSamplesLeaf (>= 1), then store them");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): validate the counts, then return Gini 1 - sum p^2 or entropy -sum p log2 p (skip empty classes)");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): validate x and y, then grow the tree from the root: at each node try every midpoint threshold of every feature, keep the split with the largest gain (size-weighted child impurity), recurse until a stopping rule holds; record importances; return this");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): follow x[f] <= t to the left from the root to a leaf, return its most frequent class");
    }

    /**
     * The class proportions of the training rows in each row's leaf: {@code n × K}, rows sum to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict}
     */
    public double[][] predictProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): return the class proportions of each row's leaf");
    }

    /**
     * The index of the leaf each row falls into, {@code 0 … leafCount()−1}, leaves numbered
     * depth-first with the left child before the right.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict}
     */
    public int[] apply(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): return the index of each row's leaf (depth-first numbering)");
    }

    /**
     * The root's split, or empty when the whole tree is one leaf.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public Optional<Split> rootSplit() {
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): return the root's split, or Optional.empty() for a single-leaf tree");
    }

    /**
     * The normalised mean-decrease-in-impurity importance of each feature (length {@code d},
     * sums to 1; all zeros when the tree is a single leaf). A copy.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] featureImportances() {
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): return a copy of the normalised importances");
    }

    /**
     * The depth of the deepest leaf (0 when the tree is a single leaf).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int depth() {
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): return the depth of the deepest leaf (root = 0)");
    }

    /**
     * The number of leaves.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int leafCount() {
        throw new UnsupportedOperationException("TODO(p2.supervised.decision-tree): return the number of leaves");
    }
}
