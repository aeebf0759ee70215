package io.mlpath.p2.supervised;

/**
 * A random forest classifier: many CART trees, each grown on a bootstrap sample of the rows and
 * choosing every split among a random subset of the features, voting by averaged class
 * probabilities; the rows a tree never saw give a free out-of-bag (OOB) estimate of accuracy.
 *
 * <p><b>Bagging.</b> Tree {@code t} is grown on a <em>bootstrap sample</em>: {@code n} rows drawn
 * uniformly <em>with replacement</em> from the {@code n} training rows. A row is left out of a
 * sample with probability {@code (1 − 1/n)ⁿ → e⁻¹ ≈ 0.368}, so each tree has about 37 % of the
 * rows <em>out of bag</em> and sees some rows two or more times. Drawing without replacement
 * would give every tree the same {@code n} rows (a permutation): no diversity, and no OOB rows.
 *
 * <p><b>Feature subsampling.</b> At every node, the split is searched among {@code m} features
 * drawn without replacement from the {@code d} (a fresh draw per node, not per tree);
 * {@code m = ⌊√d⌋} (at least 1) with {@link #SQRT_FEATURES}, the usual choice for classification.
 * This decorrelates the trees: without it, one strong feature sits at the root of every tree.
 *
 * <p><b>Each tree</b> is a compact CART with Gini impurity, the same rules as a single decision
 * tree: thresholds are midpoints of consecutive distinct values, {@code x[f] ≤ t} goes left,
 * children are scored by their size-weighted Gini, a split needs a gain above {@code 1e-12} and
 * at least {@code minSamplesLeaf} rows (counting repeats) on each side; a node stops when pure, at
 * {@code maxDepth} or below {@code 2·minSamplesLeaf} rows. A leaf stores the class proportions of
 * its (bootstrap) rows.
 *
 * <p><b>Prediction.</b> {@code predictProba(x)} is the mean of the trees' leaf proportions;
 * {@code predict(x)} its most probable class (ties to the lowest index).
 *
 * <p><b>Out-of-bag score.</b> For each training row {@code i}, average the class probabilities of
 * only the trees whose bootstrap sample does not contain {@code i}; the OOB score is the accuracy
 * of those averaged votes over the rows that have at least one such tree. It estimates the
 * held-out accuracy without a validation set, because no vote comes from a tree trained on the
 * row.
 *
 * <p><b>Randomness.</b> One {@code java.util.Random(seed)}, created in {@link #fit}, drives
 * everything: the trees are grown in order {@code 0 … trees−1}; for each, first the {@code n}
 * bootstrap draws {@code random.nextInt(n)}, then the feature subsets of its nodes. The same seed
 * gives the same forest.
 *
 * <p><b>Worked example.</b> With {@code n = 400} training rows, each {@code inBagCounts(t)} sums
 * to 400, has about 147 zeros (out of bag) and some entries 2 or 3. On Breast Cancer (30
 * features, so {@code m = 5}), 100 trees reach a held-out accuracy of about 0.96, above a single
 * tree (about 0.93), and the OOB score lands within a few points of the held-out accuracy.
 *
 * <p><b>Cost and edge cases.</b> A node sorts its rows once per sampled feature:
 * {@code O(m·n log n)} per node, {@code m/d} of a full tree's work. A bootstrap sample may lack a
 * class entirely; the leaves then give it probability 0, and the forest still has
 * {@code K = max(y) + 1} probability columns. With very few trees a row may be in every tree's
 * sample; it is then left out of the OOB score.
 *
 * <p>Reference: L. Breiman, "Random Forests", Machine Learning 45 (2001), 5–32; L. Breiman,
 * "Bagging Predictors", Machine Learning 24 (1996), 123–140; Hastie, Tibshirani and Friedman,
 * <i>The Elements of Statistical Learning</i> (2nd ed.), ch. 15 (§15.3.1: out-of-bag samples).
 */
public final class RandomForestClassifier {

    /** Pass as {@code maxFeatures} to use {@code m = max(1, ⌊√d⌋)} features per split. */
    public static final int SQRT_FEATURES = 0;

    /**
     * A forest of {@code trees} Gini trees.
     *
     * @param trees          the number of trees, {@code ≥ 1}
     * @param maxFeatures    features tried per split, {@code 1 … d}, or {@link #SQRT_FEATURES}
     *                       for {@code max(1, ⌊√d⌋)}; checked against {@code d} in {@link #fit}
     * @param maxDepth       the largest depth of any node, {@code ≥ 1} (the root has depth 0)
     * @param minSamplesLeaf the fewest bootstrap rows a leaf may hold, {@code ≥ 1}
     * @param seed           seeds the one {@code java.util.Random} behind bootstrap and feature draws
     * @throws IllegalArgumentException when {@code trees < 1}, {@code maxFeatures < 0},
     *                                  {@code maxDepth < 1} or {@code minSamplesLeaf < 1}
     */
    public RandomForestClassifier(int trees, int maxFeatures, int maxDepth, int minSamplesLeaf, long seed) {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): validate trees (>= 1), maxFeatures (SQRT_FEATURES or >= 1), maxDepth (>= 1) and minSamplesLeaf (>= 1), then store them and the seed");
    }

    /**
     * Grows the forest on rows {@code x} with class indices {@code y ∈ {0 … K−1}}
     * ({@code K = max(y) + 1}), computes the OOB score, and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} class indices, none negative
     * @return this model, fitted (a second call regrows it from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a negative label, or {@code maxFeatures > d}
     */
    public RandomForestClassifier fit(double[][] x, int[] y) {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): validate x and y; with one new Random(seed), for each tree draw n rows with replacement (random.nextInt(n)), record the in-bag counts, grow a Gini tree that tries maxFeatures random features at every node; then compute the OOB score; return this");
    }

    /**
     * The mean of the trees' leaf class proportions for each row: {@code n × K}, rows sum to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[][] predictProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): average the trees' leaf class proportions for each row");
    }

    /**
     * The most probable class of each row under {@link #predictProba} (ties to the lowest index).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): return the most probable class of predictProba for each row");
    }

    /**
     * The out-of-bag accuracy: each training row voted on only by the trees that did not see it,
     * over the rows that at least one tree left out.
     *
     * @throws IllegalStateException before {@link #fit}, or when no training row was ever out of bag
     */
    public double oobScore() {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): return the accuracy of the out-of-bag votes (throw IllegalStateException when no row was ever out of bag)");
    }

    /**
     * How many times each training row was drawn into tree {@code tree}'s bootstrap sample
     * (length {@code n}, sums to {@code n}; 0 = out of bag). A copy.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException when {@code tree} is not in {@code 0 … trees−1}
     */
    public int[] inBagCounts(int tree) {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): return a copy of how often each training row was drawn for this tree");
    }

    /**
     * The feature of each tree's root split ({@code −1} for a tree that is a single leaf).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] rootFeatures() {
        throw new UnsupportedOperationException("TODO(p2.supervised.random-forest): return the root split's feature of each tree (-1 for a single leaf)");
    }
}
