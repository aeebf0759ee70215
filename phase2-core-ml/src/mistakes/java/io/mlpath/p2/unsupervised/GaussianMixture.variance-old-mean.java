// Known mistake: the M-step variance is computed around the previous means, before the means are updated.
package io.mlpath.p2.unsupervised;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A Gaussian mixture with diagonal covariances, fitted by expectation-maximisation (EM).
 *
 * <p><b>Model.</b> {@code K} components, each with a weight {@code πₖ} ({@code Σₖ πₖ = 1}), a mean
 * {@code μₖ ∈ ℝᵈ} and per-feature variances {@code σ²ₖⱼ} (a diagonal covariance):
 * <pre>
 *   log N(x | μₖ, σ²ₖ) = −½ Σⱼ [ log(2π σ²ₖⱼ) + (xⱼ − μₖⱼ)² / σ²ₖⱼ ]
 *   log p(x)           = log Σₖ πₖ N(x | μₖ, σ²ₖ)
 *                      = logsumexp over k of  aₖ = log πₖ + log N(x | μₖ, σ²ₖ)
 *   logsumexp(a)       = m + log Σₖ exp(aₖ − m),   m = maxₖ aₖ
 * </pre>
 *
 * <p><b>EM.</b> Starting from {@code θ₀ = (π, μ, σ²)}, repeat
 * <pre>
 *   E-step:  rᵢₖ = exp(aᵢₖ − log p(xᵢ))              (responsibilities; each row sums to 1)
 *            L(θ) = (1/n) Σᵢ log p(xᵢ)                (mean log-likelihood per row)
 *   M-step:  Nₖ   = Σᵢ rᵢₖ + 10·ε                     (ε = Math.ulp(1.0); keeps an empty component finite)
 *            πₖ   = Nₖ / Σₗ Nₗ
 *            μₖⱼ  = Σᵢ rᵢₖ xᵢⱼ / Nₖ
 *            σ²ₖⱼ = Σᵢ rᵢₖ (xᵢⱼ − μₖⱼ)² / Nₖ  +  regCovar        (with the NEW μₖ)
 * </pre>
 * {@code logLikelihoodHistory()} holds {@code L(θ₀), L(θ₁), …, L(θ_T)}: entry {@code t} is the mean
 * log-likelihood after {@code t} M-steps, so it has {@code iterations() + 1} entries and its last
 * entry is the log-likelihood of the fitted model. EM stops after the M-step {@code t} for which
 * {@code |L(θₜ) − L(θₜ₋₁)| < tolerance} ({@code converged() = true}), or after
 * {@code maxIterations} M-steps. EM never decreases {@code L}: each step maximises a lower bound
 * that touches {@code L} at the current parameters (Bishop §9.4).
 *
 * <p><b>Variance floor.</b> {@code regCovar} is added to every variance in the M-step, exactly
 * as scikit-learn's {@code reg_covar} (default {@code 1e-6}), so no variance falls below it.
 * Without it, a component that sits on a duplicated point takes all of that point's
 * responsibility, its variance shrinks to exactly 0, {@code log N} becomes {@code +∞} there and
 * {@code (x − μ)²/σ² = 0/0} elsewhere: the likelihood is unbounded and the fit ends in NaN.
 *
 * <p><b>Initialisation.</b> {@link #fit(double[][], double[][], double[][], double[])} starts from
 * the given parameters. {@link #fit(double[][])} seeds the means k-means++-style with
 * {@code java.util.Random(seed)}: the first mean is row {@code random.nextInt(n)}; each next mean is
 * row {@code i} drawn with probability {@code Dᵢ² / Σ D²} ({@code Dᵢ²} = squared distance from row
 * {@code i} to its nearest chosen mean): take {@code u = random.nextDouble() · Σ D²} and the first
 * row whose running sum of {@code D²} exceeds {@code u} (if {@code Σ D² = 0}, row
 * {@code random.nextInt(n)}). Every component starts with the per-feature population variance of
 * {@code x} plus {@code regCovar}, and weight {@code 1/K}.
 *
 * <p><b>Worked example.</b> One component on {@code x = {{0}, {2}}} from {@code μ = 1, σ² = 1,
 * π = 1}: {@code L(θ₀) = −½ log 2π − ½ = −1.41894}; the M-step gives {@code μ = 1},
 * {@code σ² = 1 + regCovar}, so {@code L(θ₁) ≈ −1.41894} too and EM has converged.
 * {@code predictProba} of any row is {@code {1.0}}.
 *
 * <p><b>Numerical note.</b> Work in log space: a row 40 standard deviations from every mean has
 * {@code N(x | μₖ, σ²ₖ) = exp(−800) = 0} in doubles, so {@code log Σₖ πₖ N} is {@code −∞} and
 * {@code rᵢₖ = 0/0}; logsumexp keeps {@code log p(x) ≈ −800} and the responsibilities exact.
 * The result depends on the initialisation: EM finds a local maximum; the same seed gives the
 * same model.
 *
 * <p>Reference: Bishop, Pattern Recognition and Machine Learning, §9.2 (EM for Gaussian mixtures)
 * and §9.4 (why EM never decreases the likelihood); Murphy, Machine Learning: A Probabilistic
 * Perspective, §11.4.2; scikit-learn's {@code GaussianMixture(covariance_type="diag")}.
 */
public final class GaussianMixture {

    /** Added to every {@code Nₖ} so that a component with no responsibility stays finite. */
    private static final double EMPTY_GUARD = 10 * Math.ulp(1.0);

    private final int components;
    private final int maxIterations;
    private final double tolerance;
    private final double regCovar;
    private final long seed;
    private double[][] means;
    private double[][] variances;
    private double[] weights;
    private double[] history;
    private boolean converged;
    private int[] labels;

    /**
     * A mixture of {@code components} diagonal Gaussians.
     *
     * @param components    the number of components {@code K ≥ 1}
     * @param maxIterations the most M-steps {@code ≥ 1}
     * @param tolerance     stop when the mean log-likelihood changes by less than this ({@code ≥ 0},
     *                      finite; 0 runs all {@code maxIterations})
     * @param regCovar      the variance floor added to every variance ({@code > 0}, finite; sklearn uses 1e-6)
     * @param seed          seeds the k-means++ initialisation of {@link #fit(double[][])}
     * @throws IllegalArgumentException when a hyper-parameter is out of range
     */
    public GaussianMixture(int components, int maxIterations, double tolerance, double regCovar, long seed) {
        if (components < 1) {
            throw new IllegalArgumentException("components must be at least 1, was " + components);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
        }
        if (!(regCovar > 0) || Double.isInfinite(regCovar)) {
            throw new IllegalArgumentException("regCovar must be finite and > 0, was " + regCovar);
        }
        this.components = components;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.regCovar = regCovar;
        this.seed = seed;
    }

    /**
     * Fits by EM from a k-means++-style initialisation (see the class comment) and returns this model.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ K}, {@code d ≥ 1}
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, or fewer rows than components
     */
    public GaussianMixture fit(double[][] x) {
        int d = checkRows(x, "x", -1);
        checkEnoughRows(x);
        int n = x.length;
        Random random = new Random(seed);
        double[][] initialMeans = new double[components][];
        initialMeans[0] = x[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int k = 1; k < components; k++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(x[i], initialMeans[k - 1]));
                total += nearest[i];
            }
            int chosen;
            if (total == 0) {
                chosen = random.nextInt(n);
            } else {
                double u = random.nextDouble() * total;
                double running = 0;
                chosen = n - 1;
                for (int i = 0; i < n; i++) {
                    running += nearest[i];
                    if (running > u) {
                        chosen = i;
                        break;
                    }
                }
            }
            initialMeans[k] = x[chosen].clone();
        }
        double[] featureVariance = new double[d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double sum = 0;
            for (double[] row : x) {
                sum += (row[j] - mean) * (row[j] - mean);
            }
            featureVariance[j] = sum / n + regCovar;
        }
        double[][] initialVariances = new double[components][];
        double[] initialWeights = new double[components];
        for (int k = 0; k < components; k++) {
            initialVariances[k] = featureVariance.clone();
            initialWeights[k] = 1.0 / components;
        }
        return runEm(x, initialMeans, initialVariances, initialWeights);
    }

    /**
     * Fits by EM from the given initial parameters and returns this model.
     *
     * @param x                {@code n × d} rows, finite, not ragged, {@code n ≥ K}
     * @param initialMeans     {@code K × d} finite means
     * @param initialVariances {@code K × d} variances, each finite and {@code > 0}
     * @param initialWeights   {@code K} weights, each {@code > 0}, summing to 1 (within 1e-6)
     * @return this model, fitted (the arguments are not modified)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, shapes that do not
     *                                  match {@code K} and {@code d}, a variance {@code ≤ 0}, or weights
     *                                  that are not positive or do not sum to 1
     */
    public GaussianMixture fit(double[][] x, double[][] initialMeans, double[][] initialVariances,
            double[] initialWeights) {
        int d = checkRows(x, "x", -1);
        checkEnoughRows(x);
        checkParameters(initialMeans, "initialMeans", d);
        checkParameters(initialVariances, "initialVariances", d);
        for (int k = 0; k < components; k++) {
            for (int j = 0; j < d; j++) {
                if (!(initialVariances[k][j] > 0)) {
                    throw new IllegalArgumentException("initialVariances must be > 0, initialVariances[" + k + "]["
                            + j + "] is " + initialVariances[k][j]);
                }
            }
        }
        if (initialWeights == null) {
            throw new IllegalArgumentException("initialWeights must not be null");
        }
        if (initialWeights.length != components) {
            throw new IllegalArgumentException("initialWeights must have one weight per component (" + components
                    + "), had " + initialWeights.length);
        }
        double sum = 0;
        for (int k = 0; k < components; k++) {
            if (!(initialWeights[k] > 0) || Double.isInfinite(initialWeights[k])) {
                throw new IllegalArgumentException("initialWeights must be finite and > 0, initialWeights[" + k
                        + "] is " + initialWeights[k]);
            }
            sum += initialWeights[k];
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("initialWeights must sum to 1, sum to " + sum);
        }
        return runEm(x, deepCopy(initialMeans), deepCopy(initialVariances), initialWeights.clone());
    }

    /**
     * The responsibilities {@code rᵢₖ = p(component k | xᵢ)} of each row: {@code n × K}, rows sum to 1.
     *
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose length
     *                                  is not the training dimension
     */
    public double[][] predictProba(double[][] x) {
        requireFitted();
        checkRows(x, "x", means[0].length);
        double[][] resp = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] a = weightedLogDensities(x[i]);
            double total = logSumExp(a);
            for (int k = 0; k < components; k++) {
                a[k] = Math.exp(a[k] - total);
            }
            resp[i] = a;
        }
        return resp;
    }

    /**
     * The most responsible component of each row (the argmax of {@link #predictProba}; the lowest
     * index on a tie).
     *
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    public int[] predict(double[][] x) {
        double[][] resp = predictProba(x);
        int[] best = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 1; k < components; k++) {
                if (resp[i][k] > resp[i][best[i]]) {
                    best[i] = k;
                }
            }
        }
        return best;
    }

    /**
     * The log-density {@code log p(xᵢ)} of each row under the fitted mixture, by logsumexp.
     *
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException as {@link #predictProba}
     */
    public double[] scoreSamples(double[][] x) {
        requireFitted();
        checkRows(x, "x", means[0].length);
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = logSumExp(weightedLogDensities(x[i]));
        }
        return scores;
    }

    /**
     * The component of each training row under the fitted parameters (what {@code predict} gives on
     * the training rows).
     *
     * @throws IllegalStateException before fit
     */
    public int[] labels() {
        requireFitted();
        return labels.clone();
    }

    /**
     * A copy of the fitted means, {@code K × d}.
     *
     * @throws IllegalStateException before fit
     */
    public double[][] means() {
        requireFitted();
        return deepCopy(means);
    }

    /**
     * A copy of the fitted per-feature variances, {@code K × d} (each {@code ≥ regCovar}).
     *
     * @throws IllegalStateException before fit
     */
    public double[][] variances() {
        requireFitted();
        return deepCopy(variances);
    }

    /**
     * A copy of the fitted weights {@code πₖ} (they sum to 1).
     *
     * @throws IllegalStateException before fit
     */
    public double[] weights() {
        requireFitted();
        return weights.clone();
    }

    /**
     * A copy of {@code L(θ₀), …, L(θ_T)}, the mean log-likelihood per row after 0, 1, …, T M-steps.
     *
     * @throws IllegalStateException before fit
     */
    public double[] logLikelihoodHistory() {
        requireFitted();
        return history.clone();
    }

    /**
     * The number of M-steps {@code T} the last fit ran ({@code logLikelihoodHistory().length − 1}).
     *
     * @throws IllegalStateException before fit
     */
    public int iterations() {
        requireFitted();
        return history.length - 1;
    }

    /**
     * Whether the last fit stopped because the log-likelihood changed by less than the tolerance.
     *
     * @throws IllegalStateException before fit
     */
    public boolean converged() {
        requireFitted();
        return converged;
    }

    private GaussianMixture runEm(double[][] x, double[][] mu, double[][] var, double[] pi) {
        int n = x.length;
        int d = x[0].length;
        double[][] resp = new double[n][components];
        List<Double> trace = new ArrayList<>();
        trace.add(eStep(x, mu, var, pi, resp));
        boolean done = false;
        for (int t = 1; t <= maxIterations && !done; t++) {
            double total = 0;
            for (int k = 0; k < components; k++) {
                double nk = EMPTY_GUARD;
                for (int i = 0; i < n; i++) {
                    nk += resp[i][k];
                }
                for (int j = 0; j < d; j++) {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        double diff = x[i][j] - mu[k][j];
                        sum += resp[i][k] * diff * diff;
                    }
                    var[k][j] = sum / nk + regCovar;
                }
                for (int j = 0; j < d; j++) {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += resp[i][k] * x[i][j];
                    }
                    mu[k][j] = sum / nk;
                }
                pi[k] = nk;
                total += nk;
            }
            for (int k = 0; k < components; k++) {
                pi[k] /= total;
            }
            double likelihood = eStep(x, mu, var, pi, resp);
            done = Math.abs(likelihood - trace.get(trace.size() - 1)) < tolerance;
            trace.add(likelihood);
        }
        this.means = mu;
        this.variances = var;
        this.weights = pi;
        this.converged = done;
        this.history = trace.stream().mapToDouble(Double::doubleValue).toArray();
        this.labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < components; k++) {
                if (resp[i][k] > resp[i][labels[i]]) {
                    labels[i] = k;
                }
            }
        }
        return this;
    }

    /** Fills the responsibilities and returns the mean log-likelihood per row. */
    private double eStep(double[][] x, double[][] mu, double[][] var, double[] pi, double[][] resp) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double[] a = logDensities(x[i], mu, var, pi);
            double total = logSumExp(a);
            for (int k = 0; k < components; k++) {
                resp[i][k] = Math.exp(a[k] - total);
            }
            sum += total;
        }
        return sum / x.length;
    }

    private double[] weightedLogDensities(double[] row) {
        return logDensities(row, means, variances, weights);
    }

    /** {@code aₖ = log πₖ + log N(row | μₖ, σ²ₖ)} for every component. */
    private double[] logDensities(double[] row, double[][] mu, double[][] var, double[] pi) {
        double[] a = new double[components];
        for (int k = 0; k < components; k++) {
            double sum = 0;
            for (int j = 0; j < row.length; j++) {
                double diff = row[j] - mu[k][j];
                sum += Math.log(2 * Math.PI * var[k][j]) + diff * diff / var[k][j];
            }
            a[k] = Math.log(pi[k]) - 0.5 * sum;
        }
        return a;
    }

    private static double logSumExp(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : a) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return sum;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    private void requireFitted() {
        if (means == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x) first");
        }
    }

    private void checkEnoughRows(double[][] x) {
        if (x.length < components) {
            throw new IllegalArgumentException("x must have at least as many rows as components (" + components
                    + "), had " + x.length);
        }
    }

    private void checkParameters(double[][] p, String name, int d) {
        if (p == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (p.length != components) {
            throw new IllegalArgumentException(name + " must have one row per component (" + components + "), had "
                    + p.length);
        }
        checkRows(p, name, d);
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
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + i + "]["
                            + j + "] is " + x[i][j]);
                }
            }
        }
        return d;
    }
}
