// Known mistake: the trees are added without the learning rate (no shrinkage): F(m) = F(m-1) + h(m).
package io.mlpath.p2.supervised;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Gradient boosting for regression with the squared loss: a constant start plus a sum of shallow
 * regression trees, each fitted to the residuals of the model so far and added with shrinkage.
 *
 * <p><b>Algorithm</b> (Friedman's least-squares boosting). With training rows
 * {@code (xᵢ, yᵢ)}, {@code M} stages and learning rate {@code η}:
 * <pre>
 *   F₀(x) = mean(y)                                   (the best constant for the squared loss)
 *   for m = 1 … M:
 *       rᵢ = yᵢ − F_{m−1}(xᵢ)                        (residuals of the CURRENT model)
 *       h_m = a regression tree fitted to (xᵢ, rᵢ)
 *       F_m(x) = F_{m−1}(x) + η · h_m(x)
 * </pre>
 * For the loss {@code L = ½(y − F)²} the negative gradient {@code −∂L/∂F} <em>is</em> the residual
 * {@code y − F}, so every tree takes a step of functional gradient descent. The residuals must be
 * recomputed against {@code F_{m−1}} at every stage: residuals against {@code F₀} alone would make
 * every tree the same tree and {@code F_m = F₀ + m·η·h₁}, which overshoots once {@code m·η > 1}.
 *
 * <p><b>The trees</b> are CART regression trees: a split {@code x[f] ≤ t} is chosen to minimise the
 * children's summed squared error {@code SSE(left) + SSE(right)} with
 * {@code SSE(S) = Σ_{i∈S} (rᵢ − mean_S r)²} — equivalently to maximise
 * {@code (Σ_L r)²/n_L + (Σ_R r)²/n_R}; thresholds are midpoints of consecutive distinct values;
 * both children need {@code minSamplesLeaf} rows; ties go to the lowest feature index, then the
 * lowest threshold (a candidate must reduce the SSE by more than {@code 1e-12·SSE(node)} beyond the
 * best so far); a node is a leaf at {@code maxDepth} (root depth 0), below
 * {@code 2·minSamplesLeaf} rows, or when no split reduces its SSE by more than
 * {@code 1e-12·SSE(node)}. A leaf predicts the mean residual of its rows.
 *
 * <p><b>Worked example.</b> {@code x = (1, 2, 3, 4)}, {@code y = (1, 0, 2, 5)}, stumps
 * ({@code maxDepth = 1}), {@code η = 0.5}:
 * <pre>
 *   F₀ = 2;                      r = (−1, −2, 0, 3);  best split x ≤ 3.5: leaves −1 and 3
 *   F₁ = 2 + 0.5·h₁ = (1.5, 1.5, 1.5, 3.5);  r = (−0.5, −1.5, 0.5, 1.5);  split x ≤ 2.5: −1 and 1
 *   F₂ = (1, 1, 2, 4)
 * </pre>
 * and the training MSE falls 3.5 → 1.25 → 0.5.
 *
 * <p><b>Numerical and practical notes.</b> Shrinkage {@code η < 1} trades more stages for better
 * generalisation (Friedman 2001, §5); with the squared loss and leaf means the training loss can
 * never rise from one stage to the next, because {@code h_m} is the least-squares fit of the
 * residuals and {@code η ∈ (0, 1]}. Sort a node's rows by each feature once and sweep running sums
 * instead of recomputing both children for each threshold: {@code O(d·n log n)} per node.
 *
 * <p>Reference: J. H. Friedman, "Greedy function approximation: a gradient boosting machine",
 * Annals of Statistics 29(5), 2001, §4.1 (LS_Boost) and §5 (shrinkage); Hastie, Tibshirani and
 * Friedman, <i>The Elements of Statistical Learning</i> (2nd ed.), §10.10 (Algorithm 10.3) and §10.12.
 */
public final class GradientBoostingRegressor {

    private final int stages;
    private final double learningRate;
    private final int maxDepth;
    private final int minSamplesLeaf;
    private double initial;
    private Node[] trees;
    private double[] trainLoss;
    private int dimension;

    /**
     * A boosted model of {@code stages} regression trees.
     *
     * @param stages         the number of trees {@code M ≥ 1}
     * @param learningRate   the shrinkage {@code η}, in {@code (0, 1]}
     * @param maxDepth       the largest depth of a tree's nodes, {@code ≥ 1} (1 = stumps)
     * @param minSamplesLeaf the fewest training rows a leaf may hold, {@code ≥ 1}
     * @throws IllegalArgumentException when {@code stages < 1}, {@code learningRate} is not in
     *                                  {@code (0, 1]}, {@code maxDepth < 1} or {@code minSamplesLeaf < 1}
     */
    public GradientBoostingRegressor(int stages, double learningRate, int maxDepth, int minSamplesLeaf) {
        if (stages < 1) {
            throw new IllegalArgumentException("stages must be at least 1, was " + stages);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], was " + learningRate);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf must be at least 1, was " + minSamplesLeaf);
        }
        this.stages = stages;
        this.learningRate = learningRate;
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
    }

    /**
     * Fits {@code F₀ = mean(y)} and then {@code stages} trees, each to the residuals of the
     * current model; records the training loss after every stage; returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} finite targets
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input or a length mismatch
     */
    public GradientBoostingRegressor fit(double[][] x, double[] y) {
        int d = checkRows(x, "x", -1);
        checkTargets(y, x.length);
        int n = x.length;
        int[][] ranks = ranks(x, d);
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double[] current = new double[n];
        Arrays.fill(current, mean);
        Node[] grown = new Node[stages];
        double[] loss = new double[stages + 1];
        loss[0] = meanSquaredError(y, current);
        double[] residuals = new double[n];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int m = 0; m < stages; m++) {
            for (int i = 0; i < n; i++) {
                residuals[i] = y[i] - current[i];
            }
            grown[m] = grow(x, residuals, ranks, all, 0);
            for (int i = 0; i < n; i++) {
                current[i] += leafOf(grown[m], x[i]).value;
            }
            loss[m + 1] = meanSquaredError(y, current);
        }
        this.initial = mean;
        this.trees = grown;
        this.trainLoss = loss;
        this.dimension = d;
        return this;
    }

    /**
     * The prediction of the full model {@code F_M(x)} for each row.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] predict(double[][] x) {
        double[][] staged = stagedPredict(x);
        return staged[staged.length - 1];
    }

    /**
     * The predictions after every stage: row {@code m} holds {@code F_m(x)} for each query row, so
     * row 0 is the constant {@code F₀ = mean(y)} and row {@code stages} equals {@link #predict}
     * ({@code (stages + 1) × n}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #predict}
     */
    public double[][] stagedPredict(double[][] x) {
        requireFitted();
        checkRows(x, "x", dimension);
        double[][] out = new double[trees.length + 1][x.length];
        Arrays.fill(out[0], initial);
        for (int m = 0; m < trees.length; m++) {
            for (int i = 0; i < x.length; i++) {
                out[m + 1][i] = out[m][i] + leafOf(trees[m], x[i]).value;
            }
        }
        return out;
    }

    /**
     * The initial constant prediction {@code F₀}, the mean of the training targets.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double initialPrediction() {
        requireFitted();
        return initial;
    }

    /**
     * The training mean squared error {@code (1/n) Σ (yᵢ − F_m(xᵢ))²} after each stage
     * {@code m = 0 … stages} (index 0: the constant model). A copy.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] trainLoss() {
        requireFitted();
        return trainLoss.clone();
    }

    // ---- the regression tree ----

    /** A node: a split (feature ≥ 0) with two children, or a leaf (feature = −1) with its mean residual. */
    private static final class Node {
        int feature = -1;
        double threshold;
        double value;
        Node left;
        Node right;
    }

    private Node grow(double[][] x, double[] r, int[][] ranks, int[] rows, int depth) {
        Node node = new Node();
        int size = rows.length;
        double sum = 0;
        for (int i : rows) {
            sum += r[i];
        }
        double mean = sum / size;
        double sse = 0;
        for (int i : rows) {
            sse += (r[i] - mean) * (r[i] - mean);
        }
        node.value = mean;
        if (depth >= maxDepth || size < 2 * minSamplesLeaf || sse <= 0) {
            return node;
        }
        double base = sum * sum / size;
        double tolerance = 1e-12 * sse;
        double bestGain = tolerance;
        boolean found = false;
        long[] keys = new long[size];
        int[] order = new int[size];
        for (int f = 0; f < ranks.length; f++) {
            for (int k = 0; k < size; k++) {
                keys[k] = (long) ranks[f][rows[k]] << 32 | rows[k];
            }
            Arrays.sort(keys);
            for (int k = 0; k < size; k++) {
                order[k] = (int) keys[k];
            }
            double leftSum = 0;
            for (int k = 0; k < size - 1; k++) {
                leftSum += r[order[k]];
                double a = x[order[k]][f];
                double b = x[order[k + 1]][f];
                int nLeft = k + 1;
                int nRight = size - nLeft;
                if (a == b || nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                    continue;
                }
                double rightSum = sum - leftSum;
                double gain = leftSum * leftSum / nLeft + rightSum * rightSum / nRight - base;
                if (gain > bestGain + (found ? tolerance : 0)) {
                    node.feature = f;
                    node.threshold = (a + b) / 2;
                    bestGain = gain;
                    found = true;
                }
            }
        }
        if (!found) {
            return node;
        }
        int[] left = Arrays.stream(rows).filter(i -> x[i][node.feature] <= node.threshold).toArray();
        int[] right = Arrays.stream(rows).filter(i -> x[i][node.feature] > node.threshold).toArray();
        node.left = grow(x, r, ranks, left, depth + 1);
        node.right = grow(x, r, ranks, right, depth + 1);
        return node;
    }

    private static Node leafOf(Node node, double[] row) {
        while (node.feature >= 0) {
            node = row[node.feature] <= node.threshold ? node.left : node.right;
        }
        return node;
    }

    /** {@code ranks[f][i]}: the position of {@code x[i][f]} among the column's sorted values (ties share one). */
    private static int[][] ranks(double[][] x, int d) {
        int n = x.length;
        int[][] ranks = new int[d][n];
        for (int f = 0; f < d; f++) {
            final int feature = f;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> x[i][feature]));
            int rank = 0;
            for (int k = 0; k < n; k++) {
                if (k > 0 && x[order[k]][f] != x[order[k - 1]][f]) {
                    rank = k;
                }
                ranks[f][order[k]] = rank;
            }
        }
        return ranks;
    }

    private static double meanSquaredError(double[] y, double[] prediction) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - prediction[i];
            sum += e * e;
        }
        return sum / y.length;
    }

    private void requireFitted() {
        if (trees == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
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

    /** Checks one finite target per row. */
    private static void checkTargets(double[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one target per row of x (" + n + "), had " + y.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("targets must be finite, y[" + i + "] is " + y[i]);
            }
        }
    }
}
