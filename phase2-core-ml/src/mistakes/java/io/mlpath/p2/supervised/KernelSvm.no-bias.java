// Known mistake: the bias is dropped: b stays 0 instead of being updated from b1/b2 after each pair step.
package io.mlpath.p2.supervised;

import java.util.Arrays;
import java.util.Random;

/**
 * A kernel support vector machine trained by simplified SMO (sequential minimal optimisation) on
 * the dual problem.
 *
 * <p><b>Dual.</b> With labels {@code yᵢ ∈ {−1, +1}} (the learner maps class indices 0/1 to −1/+1
 * inside {@link #fit}), kernel {@code K} and soft-margin constant {@code C}, SMO solves
 * <pre>
 *   maximise   W(α) = Σᵢ αᵢ − ½ Σᵢ Σⱼ αᵢ αⱼ yᵢ yⱼ K(xᵢ, xⱼ)
 *   subject to 0 ≤ αᵢ ≤ C  and  Σᵢ αᵢ yᵢ = 0,
 * </pre>
 * and predicts with {@code f(x) = Σᵢ αᵢ yᵢ K(xᵢ, x) + b}, class 1 when {@code f(x) > 0}. Rows with
 * {@code αᵢ > 0} are the support vectors; only they enter {@code f}. The optimum satisfies the KKT
 * conditions: {@code αᵢ = 0 ⇒ yᵢf(xᵢ) ≥ 1}, {@code 0 < αᵢ < C ⇒ yᵢf(xᵢ) = 1},
 * {@code αᵢ = C ⇒ yᵢf(xᵢ) ≤ 1}.
 *
 * <p><b>Simplified SMO</b> (CS229 notes). Start at {@code α = 0, b = 0}, {@code passes = 0}, a
 * {@code java.util.Random(seed)}. While {@code passes < maxPasses}, sweep {@code i = 0 … n−1}:
 * <ol>
 *   <li>{@code Eᵢ = f(xᵢ) − yᵢ}. Skip {@code i} unless it breaks KKT by more than {@code tol}:
 *       {@code (yᵢEᵢ < −tol and αᵢ < C) or (yᵢEᵢ > tol and αᵢ > 0)}.</li>
 *   <li>Pick {@code j ≠ i} at random ({@code j = random.nextInt(n − 1)}, then {@code j++} if
 *       {@code j ≥ i}); {@code Eⱼ = f(xⱼ) − yⱼ}; keep the old {@code αᵢ, αⱼ}.</li>
 *   <li>Bounds that keep both alphas in {@code [0, C]} on the line {@code αᵢyᵢ + αⱼyⱼ = const}:
 *       if {@code yᵢ ≠ yⱼ}: {@code L = max(0, αⱼ − αᵢ)}, {@code H = min(C, C + αⱼ − αᵢ)};
 *       if {@code yᵢ = yⱼ}: {@code L = max(0, αᵢ + αⱼ − C)}, {@code H = min(C, αᵢ + αⱼ)}.
 *       Skip if {@code L = H}.</li>
 *   <li>{@code η = 2K(xᵢ,xⱼ) − K(xᵢ,xᵢ) − K(xⱼ,xⱼ)}; skip if {@code η ≥ 0}.
 *       {@code αⱼ ← clip(αⱼ − yⱼ(Eᵢ − Eⱼ)/η, L, H)}; skip if it moved less than {@code 1e-5}.
 *       {@code αᵢ ← αᵢ + yᵢyⱼ(αⱼ_old − αⱼ)}.</li>
 *   <li>{@code b₁ = b − Eᵢ − yᵢ(αᵢ − αᵢ_old)K(xᵢ,xᵢ) − yⱼ(αⱼ − αⱼ_old)K(xᵢ,xⱼ)},
 *       {@code b₂ = b − Eⱼ − yᵢ(αᵢ − αᵢ_old)K(xᵢ,xⱼ) − yⱼ(αⱼ − αⱼ_old)K(xⱼ,xⱼ)};
 *       {@code b = b₁} if {@code 0 < αᵢ < C}, else {@code b₂} if {@code 0 < αⱼ < C}, else their
 *       mean. Count the pair as changed.</li>
 * </ol>
 * After a sweep, {@code passes ← passes + 1} if nothing changed, else {@code passes ← 0}.
 *
 * <p><b>Worked example.</b> {@code x = {{−1, 0}, {1, 0}}}, {@code y = {0, 1}}, linear kernel,
 * {@code C = 10}: one SMO step gives {@code alphas() = (0.5, 0.5)}, {@code bias() = 0}, so
 * {@code w = Σ αᵢyᵢxᵢ = (1, 0)} (margin {@code 1/‖w‖ = 1}) and {@code decisionFunction({{2, 0}}) = {2}}.
 * With {@code C = 0.25} both alphas stop at the bound {@code C}.
 *
 * <p><b>Numerical note.</b> The SVM never needs {@code w}, only kernel values, so the RBF kernel's
 * infinite-dimensional features cost nothing; this class caches the {@code n × n} kernel matrix
 * ({@code 8n²} bytes, 1.3 MB for 400 rows), which limits it to a few thousand rows. Each alpha
 * moved by SMO lands in {@code [0, C]} up to rounding, and every pair step keeps
 * {@code Σ αᵢyᵢ = 0}. The result is approximate: simplified SMO picks {@code j} at random instead
 * of by Platt's heuristics, so it is simpler but slower, and it may stop with a KKT violator left
 * when, for {@code maxPasses} sweeps in a row, none of that row's random partners allowed a step.
 * A larger {@code maxPasses} makes that unlikely (on a handful of rows, 100 costs nothing).
 *
 * <p>Reference: J. Platt, "Sequential Minimal Optimization: a fast algorithm for training support
 * vector machines", Microsoft Research MSR-TR-98-14 (1998); Stanford CS229, "The Simplified SMO
 * Algorithm"; Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §12.3.
 */
public final class KernelSvm {

    /** Moves of {@code αⱼ} smaller than this are not counted as a change (CS229's constant). */
    private static final double MIN_ALPHA_STEP = 1e-5;

    /**
     * A Mercer kernel {@code K(a, b)}: an inner product of the two rows in some feature space.
     *
     * <p>Any lambda works, e.g. {@code (a, b) -> Math.pow(1 + dot(a, b), 2)}; the factories give
     * the two kernels of this challenge.
     */
    @FunctionalInterface
    public interface Kernel {

        /** {@code K(a, b)} for two rows of the same length. */
        double apply(double[] a, double[] b);

        /**
         * The linear kernel {@code K(a, b) = a·b}; with it {@code f(x) = w·x + b} where
         * {@code w = Σ αᵢyᵢxᵢ}.
         *
         * <p>Example: {@code linear().apply({1, 2}, {3, 4}) = 11}.
         */
        static Kernel linear() {
            return (a, b) -> {
                double sum = 0;
                for (int k = 0; k < a.length; k++) {
                    sum += a[k] * b[k];
                }
                return sum;
            };
        }

        /**
         * The RBF (Gaussian) kernel {@code K(a, b) = exp(−γ‖a − b‖²)}, squared Euclidean distance.
         * {@code γ = 1/(2σ²)} for a Gaussian of width {@code σ}; scikit-learn's
         * {@code gamma="scale"} is {@code 1/(d·Var(x))}, i.e. {@code 1/d} on standardised data.
         *
         * <p>Example: {@code rbf(0.5).apply({0, 0}, {1, 1}) = exp(−0.5·2) = e⁻¹ ≈ 0.3679}.
         *
         * @param gamma {@code γ > 0}, finite
         * @throws IllegalArgumentException when {@code gamma} is not finite and positive
         */
        static Kernel rbf(double gamma) {
            if (!(gamma > 0) || Double.isInfinite(gamma)) {
                throw new IllegalArgumentException("gamma must be finite and > 0, was " + gamma);
            }
            return (a, b) -> {
                double squared = 0;
                for (int k = 0; k < a.length; k++) {
                    double diff = a[k] - b[k];
                    squared += diff * diff;
                }
                return Math.exp(-gamma * squared);
            };
        }
    }

    private final Kernel kernel;
    private final double c;
    private final double tol;
    private final int maxPasses;
    private final long seed;
    private double[][] supportRows;
    private int[] signs;
    private double[] alphas;
    private double bias;

    /**
     * A kernel SVM trained by simplified SMO.
     *
     * @param kernel    the kernel, e.g. {@link Kernel#rbf(double)} or {@link Kernel#linear()}
     * @param c         the soft-margin constant {@code C > 0}, finite: the upper bound of every alpha
     * @param tol       the KKT tolerance {@code tol > 0}, finite (1e-3 is typical)
     * @param maxPasses stop after this many consecutive sweeps without a change, at least 1
     * @param seed      seeds the {@code java.util.Random} that picks the partner {@code j}
     * @throws IllegalArgumentException when {@code kernel} is null, or {@code c}, {@code tol} or
     *                                  {@code maxPasses} is out of range
     */
    public KernelSvm(Kernel kernel, double c, double tol, int maxPasses, long seed) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be finite and > 0, was " + c);
        }
        if (!(tol > 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tol must be finite and > 0, was " + tol);
        }
        if (maxPasses < 1) {
            throw new IllegalArgumentException("maxPasses must be at least 1, was " + maxPasses);
        }
        this.kernel = kernel;
        this.c = c;
        this.tol = tol;
        this.maxPasses = maxPasses;
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
    public KernelSvm fit(double[][] x, int[] y) {
        checkRows(x, -1);
        int[] s = checkLabels(y, x.length);
        int n = x.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = kernel.apply(x[i], x[j]);
                k[j][i] = k[i][j];
            }
        }
        double[] a = new double[n];
        double b = 0;
        Random random = new Random(seed);
        int passes = 0;
        while (passes < maxPasses) {
            int changed = 0;
            for (int i = 0; i < n; i++) {
                double ei = score(k[i], a, s, b) - s[i];
                boolean violates = (s[i] * ei < -tol && a[i] < c) || (s[i] * ei > tol && a[i] > 0);
                if (!violates) {
                    continue;
                }
                int j = random.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
                double ej = score(k[j], a, s, b) - s[j];
                double aiOld = a[i];
                double ajOld = a[j];
                double low;
                double high;
                if (s[i] != s[j]) {
                    low = Math.max(0, ajOld - aiOld);
                    high = Math.min(c, c + ajOld - aiOld);
                } else {
                    low = Math.max(0, aiOld + ajOld - c);
                    high = Math.min(c, aiOld + ajOld);
                }
                if (low == high) {
                    continue;
                }
                double eta = 2 * k[i][j] - k[i][i] - k[j][j];
                if (eta >= 0) {
                    continue;
                }
                double aj = ajOld - s[j] * (ei - ej) / eta;
                aj = Math.min(high, Math.max(low, aj));
                if (Math.abs(aj - ajOld) < MIN_ALPHA_STEP) {
                    continue;
                }
                double ai = aiOld + s[i] * s[j] * (ajOld - aj);
                a[i] = ai;
                a[j] = aj;
                double b1 = b - ei - s[i] * (ai - aiOld) * k[i][i] - s[j] * (aj - ajOld) * k[i][j];
                double b2 = b - ej - s[i] * (ai - aiOld) * k[i][j] - s[j] * (aj - ajOld) * k[j][j];
                changed++;
            }
            passes = changed == 0 ? passes + 1 : 0;
        }
        this.supportRows = new double[n][];
        for (int i = 0; i < n; i++) {
            supportRows[i] = x[i].clone();
        }
        this.signs = s;
        this.alphas = a;
        this.bias = b;
        return this;
    }

    /**
     * The signed score {@code f(x) = Σᵢ αᵢyᵢK(xᵢ, x) + b} of each row (sum over the training rows
     * with {@code αᵢ > 0}); positive means class 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] decisionFunction(double[][] x) {
        requireFitted();
        checkRows(x, supportRows[0].length);
        double[] scores = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            double sum = bias;
            for (int i = 0; i < alphas.length; i++) {
                if (alphas[i] > 0) {
                    sum += alphas[i] * signs[i] * kernel.apply(supportRows[i], x[r]);
                }
            }
            scores[r] = sum;
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
        for (int r = 0; r < scores.length; r++) {
            classes[r] = scores[r] > 0 ? 1 : 0;
        }
        return classes;
    }

    /**
     * A copy of the dual coefficients {@code α}, one per training row, in training order.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] alphas() {
        requireFitted();
        return alphas.clone();
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

    /**
     * The training-row indices {@code i} with {@code αᵢ > 0}, in increasing order.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public int[] supportVectorIndices() {
        requireFitted();
        int[] all = new int[alphas.length];
        int count = 0;
        for (int i = 0; i < alphas.length; i++) {
            if (alphas[i] > 0) {
                all[count++] = i;
            }
        }
        return Arrays.copyOf(all, count);
    }

    /** {@code f(xᵢ)} for a training row, from its row of the kernel matrix. */
    private static double score(double[] kernelRow, double[] a, int[] s, double b) {
        double sum = b;
        for (int m = 0; m < a.length; m++) {
            if (a[m] != 0) {
                sum += a[m] * s[m] * kernelRow[m];
            }
        }
        return sum;
    }

    private void requireFitted() {
        if (alphas == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    /** Checks a non-empty, rectangular, finite matrix. {@code width < 0}: any width. */
    private static void checkRows(double[][] x, int width) {
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
        int d = width < 0 ? x[0].length : width;
        if (d == 0) {
            throw new IllegalArgumentException("x rows must have at least one feature, row 0 has 0");
        }
        String rule = width < 0 ? "" : " (the training dimension)";
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("x rows must all have length " + d + rule + ", row " + i
                        + " has " + x[i].length);
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(x[i][k])) {
                    throw new IllegalArgumentException("x values must be finite, x[" + i + "][" + k + "] is "
                            + x[i][k]);
                }
            }
        }
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
