// Known mistake: the regularisation step is missing: w is not shrunk by (1 - eta lambda) at each step.
package io.mlpath.p2.supervised;

import java.util.Random;

/**
 * A linear soft-margin support vector machine trained by Pegasos, stochastic sub-gradient descent
 * on the primal objective.
 *
 * <p><b>Model.</b> {@code f(x) = w·x + b}; class 1 when {@code f(x) > 0}, class 0 otherwise. The
 * learner maps the labels {@code {0, 1}} to {@code y ∈ {−1, +1}} inside {@link #fit}: the hinge
 * loss {@code max(0, 1 − y·f(x))} only makes sense with {@code y = ±1}.
 *
 * <p><b>Objective.</b> With {@code n} training rows and the soft-margin constant {@code C} (as in
 * scikit-learn, libsvm and Smile: larger {@code C} = less regularisation), Pegasos minimises
 * <pre>
 *   P(w, b) = λ/2 · ‖w‖²  +  (1/n) Σᵢ max(0, 1 − yᵢ(w·xᵢ + b)),     λ = 1 / (n·C),
 * </pre>
 * which is the usual {@code ½‖w‖² + C Σᵢ hingeᵢ} divided by {@code n·C}: the same minimiser.
 * {@code C} and {@code λ} are <em>not</em> the same number: {@code C = 1} on 400 rows is
 * {@code λ = 0.0025}.
 *
 * <p><b>Algorithm</b> (Pegasos with one example per step). Start at {@code w = 0, b = 0}. For
 * {@code t = 1 … iterations}: draw {@code i} uniformly from the rows with a
 * {@code java.util.Random(seed)} ({@code random.nextInt(n)}), set the step {@code ηₜ = 1/(λt)}, then
 * <pre>
 *   if yᵢ(w·xᵢ + b) &lt; 1:   w ← (1 − ηₜλ)·w + ηₜ·yᵢ·xᵢ,   b ← b + ηₜ·yᵢ
 *   else:                   w ← (1 − ηₜλ)·w
 *   then project:           w ← min(1, (1/√λ) / ‖w‖) · w
 * </pre>
 * The margin is measured <em>before</em> the update. The bias is <em>not regularised</em>
 * (there is no {@code λ/2·b²} in {@code P}, so {@code b} is not shrunk); it takes the plain
 * sub-gradient step {@code ηₜ·yᵢ} of the hinge. This is the "separate, unregularised bias"
 * option of Shalev-Shwartz et al. (2011) §6; the alternative, appending a constant feature 1,
 * regularises {@code b} and changes the optimum. The projection is optional in the paper but not
 * here: the optimum satisfies {@code ‖w*‖ ≤ 1/√λ}, so clipping never moves away from it, and it
 * keeps the first, very large steps ({@code η₁ = n·C}) in check. Without it those steps throw the
 * unregularised bias so far off that 100,000 steps on Breast Cancer end at several times the
 * optimal objective.
 *
 * <p><b>Worked example.</b> {@code x = {{−1, 0}, {1, 0}}}, {@code y = {0, 1}}, {@code C = 10},
 * 10,000 iterations: the maximum-margin line is {@code x₁ = 0}, so {@code weights() ≈ (1, 0)},
 * {@code bias() ≈ 0}, {@code decisionFunction({{2, 0}}) ≈ {2}}, {@code predict({{2, 0}}) = {1}}.
 *
 * <p><b>Numerical note.</b> Pegasos converges like {@code O(1/(λT))}: small {@code λ} (large
 * {@code C} or many rows) needs more iterations. Standardise the features first: with features of
 * very different scales the single step size suits none of them, and data far from the origin
 * leaves the unregularised bias to crawl towards its optimum (it has no {@code λ} pulling it). The
 * result depends on the seed (the order of the sampled rows); the same seed gives the same model.
 *
 * <p>Reference: Shalev-Shwartz, Singer, Srebro and Cotter, "Pegasos: primal estimated sub-gradient
 * solver for SVM", Mathematical Programming 127 (2011), Fig. 1 and §6 (bias); Hastie, Tibshirani and
 * Friedman, The Elements of Statistical Learning, §12.2–12.3.
 */
public final class LinearSvm {

    private final double c;
    private final int iterations;
    private final long seed;
    private double[] weights;
    private double bias;

    /**
     * A linear SVM with soft-margin constant {@code c} trained for {@code iterations} Pegasos steps.
     *
     * @param c          the soft-margin constant {@code C > 0} (finite); {@code λ = 1/(n·C)}
     * @param iterations the number of Pegasos steps {@code T ≥ 1}
     * @param seed       seeds the {@code java.util.Random} that picks a row at each step
     * @throws IllegalArgumentException when {@code c} is not finite and positive or {@code iterations < 1}
     */
    public LinearSvm(double c, int iterations, long seed) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be finite and > 0, was " + c);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        this.c = c;
        this.iterations = iterations;
        this.seed = seed;
    }

    /**
     * Trains on rows {@code x} with class indices {@code y ∈ {0, 1}} and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 2}, {@code d ≥ 1}
     * @param y {@code n} labels, each 0 or 1, both classes present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a label other than 0 or 1, or a single class
     */
    public LinearSvm fit(double[][] x, int[] y) {
        int d = checkRows(x, "x", -1);
        int[] signs = checkLabels(y, x.length);
        int n = x.length;
        double lambda = 1.0 / (n * c);
        double radius = 1.0 / Math.sqrt(lambda);
        double[] w = new double[d];
        double b = 0;
        Random random = new Random(seed);
        for (int t = 1; t <= iterations; t++) {
            int i = random.nextInt(n);
            double eta = 1.0 / (lambda * t);
            double margin = signs[i] * (dot(w, x[i]) + b);
            double shrink = 1.0;
            for (int k = 0; k < d; k++) {
                w[k] *= shrink;
            }
            if (margin < 1) {
                for (int k = 0; k < d; k++) {
                    w[k] += eta * signs[i] * x[i][k];
                }
                b += eta * signs[i];
            }
            double norm = Math.sqrt(dot(w, w));
            if (norm > radius) {
                double scale = radius / norm;
                for (int k = 0; k < d; k++) {
                    w[k] *= scale;
                }
            }
        }
        this.weights = w;
        this.bias = b;
        return this;
    }

    /**
     * The signed score {@code f(x) = w·x + b} of each row: positive means class 1, and
     * {@code |f(x)| / ‖w‖} is the row's distance to the separating hyperplane.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] decisionFunction(double[][] x) {
        requireFitted();
        checkRows(x, "x", weights.length);
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = dot(weights, x[i]) + bias;
        }
        return scores;
    }

    /**
     * The class of each row: 1 where {@code decisionFunction > 0}, else 0.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        double[] scores = decisionFunction(x);
        int[] classes = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            classes[i] = scores[i] > 0 ? 1 : 0;
        }
        return classes;
    }

    /**
     * A copy of the weight vector {@code w} (length {@code d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] weights() {
        requireFitted();
        return weights.clone();
    }

    /**
     * The bias (intercept) {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double bias() {
        requireFitted();
        return bias;
    }

    private void requireFitted() {
        if (weights == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
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
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(x[i][k])) {
                    throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + i + "]["
                            + k + "] is " + x[i][k]);
                }
            }
        }
        return d;
    }

    /** Checks labels in {0, 1} with both classes present; returns them as −1/+1. */
    private static int[] checkLabels(int[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        int[] signs = new int[n];
        boolean[] seen = new boolean[2];
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("labels must be class indices 0 or 1, y[" + i + "] is " + y[i]);
            }
            seen[y[i]] = true;
            signs[i] = y[i] == 1 ? 1 : -1;
        }
        if (!seen[0] || !seen[1]) {
            throw new IllegalArgumentException("y must contain both classes 0 and 1, found only class "
                    + (seen[0] ? 0 : 1));
        }
        return signs;
    }
}
