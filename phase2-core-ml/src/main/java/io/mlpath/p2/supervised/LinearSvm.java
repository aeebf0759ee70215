package io.mlpath.p2.supervised;

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

    /**
     * A linear SVM with soft-margin constant {@code c} trained for {@code iterations} Pegasos steps.
     *
     * @param c          the soft-margin constant {@code C > 0} (finite); {@code λ = 1/(n·C)}
     * @param iterations the number of Pegasos steps {@code T ≥ 1}
     * @param seed       seeds the {@code java.util.Random} that picks a row at each step
     * @throws IllegalArgumentException when {@code c} is not finite and positive or {@code iterations < 1}
     */
    public LinearSvm(double c, int iterations, long seed) {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): validate C (finite, > 0) and iterations (>= 1), then store C, iterations and seed");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): run Pegasos: y = ±1, lambda = 1/(n C), step 1/(lambda t), hinge update of w and of the unregularised bias, projection; return this");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return w·x + b for every row (reject an unfitted model and rows of the wrong length)");
    }

    /**
     * The class of each row: 1 where {@code decisionFunction > 0}, else 0.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return 1 where decisionFunction(x) > 0, else 0");
    }

    /**
     * A copy of the weight vector {@code w} (length {@code d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] weights() {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return a copy of the fitted weight vector w");
    }

    /**
     * The bias (intercept) {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double bias() {
        throw new UnsupportedOperationException("TODO(p2.supervised.svm): return the fitted bias b");
    }
}
