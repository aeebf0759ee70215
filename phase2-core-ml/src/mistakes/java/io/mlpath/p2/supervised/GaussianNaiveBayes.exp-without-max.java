// Known mistake: the joint log-likelihoods are exponentiated and normalised directly, without subtracting their maximum (exp(-76000) = 0, 0/0 = NaN).
package io.mlpath.p2.supervised;

/**
 * Gaussian naive Bayes: each class models every feature as an independent normal distribution,
 * and Bayes' rule turns the class densities into class probabilities, all in log space.
 *
 * <p><b>Model.</b> With {@code K = max(y) + 1} classes (every one present), fit estimates for
 * each class {@code c} its prior {@code P(c) = n_c / n} and, per feature {@code j}, the mean
 * {@code μ_cj} and the <em>population</em> variance (divide by {@code n_c}) plus a smoothing term:
 * <pre>
 *   σ²_cj = (1/n_c) Σ_{i: yᵢ = c} (x_ij − μ_cj)²  +  ε,      ε = varSmoothing · max_j Var(x_·j),
 * </pre>
 * where {@code Var(x_·j)} is feature {@code j}'s population variance over <em>all</em> training rows
 * (scikit-learn's {@code var_smoothing}, default {@code 1e-9}). ε keeps a feature that is constant
 * within a class from giving a zero variance and a division by zero.
 *
 * <p><b>Prediction.</b> The joint log-likelihood of a row {@code x} and class {@code c} is
 * <pre>
 *   jll_c(x) = log P(c) + Σ_j log N(x_j | μ_cj, σ²_cj)
 *            = log P(c) − ½ Σ_j log(2π σ²_cj) − ½ Σ_j (x_j − μ_cj)² / σ²_cj,
 * </pre>
 * and the posterior is {@code log P(c | x) = jll_c(x) − logsumexp_k jll_k(x)}, {@code P(c | x)} its
 * {@code exp}. {@code predict} is the class with the largest {@code jll} (the smallest index on a tie).
 *
 * <p><b>Worked example.</b> {@code x = {{0}, {2}, {10}, {12}}}, {@code y = {0, 0, 1, 1}},
 * {@code varSmoothing = 0}: priors {@code (½, ½)}, means {@code (1, 11)}, variances {@code (1, 1)}. At
 * {@code x = 3}: {@code jll = log ½ − ½ log 2π − ½·4 = −3.612} for class 0 and
 * {@code log ½ − ½ log 2π − ½·64 = −33.612} for class 1, so {@code P(0 | 3) = 1/(1 + e⁻³⁰) ≈ 1} and
 * {@code predict = 0}.
 *
 * <p><b>Numerical note.</b> Never multiply densities: a product of 400 densities of about
 * {@code e⁻²⁰⁰} each is far below the smallest double ({@code ≈ 4.9e-324}) and becomes 0 for every
 * class, and the posterior becomes {@code 0/0 = NaN}. Sum logarithms instead, and normalise with
 * {@code logsumexp(a) = m + log Σ exp(a_k − m)}, {@code m = max a}: exponentiating the raw
 * {@code jll} (around {@code −76,000} above) underflows just the same.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, §6.6.3;
 * Murphy, Machine Learning: A Probabilistic Perspective, §3.5 (naive Bayes classifiers, the
 * log-sum-exp trick); scikit-learn user guide, "Gaussian Naive Bayes".
 */
public final class GaussianNaiveBayes {

    private final double varSmoothing;
    private double[] priors;
    private double[][] means;
    private double[][] variances;
    private double epsilon;

    /**
     * A Gaussian naive Bayes classifier.
     *
     * @param varSmoothing the share of the largest feature variance added to every variance,
     *                     finite and {@code ≥ 0} (scikit-learn's default is {@code 1e-9})
     * @throws IllegalArgumentException when {@code varSmoothing} is negative or not finite
     */
    public GaussianNaiveBayes(double varSmoothing) {
        if (!(varSmoothing >= 0) || Double.isInfinite(varSmoothing)) {
            throw new IllegalArgumentException("varSmoothing must be finite and >= 0, was " + varSmoothing);
        }
        this.varSmoothing = varSmoothing;
    }

    /**
     * Estimates the class priors, means and smoothed variances and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged
     * @param y {@code n} class indices, {@code K = max(y) + 1 ≥ 2}, every class present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length
     *                                  mismatch, a negative label, fewer than two classes, a class
     *                                  with no rows, or a zero variance left after smoothing
     */
    public GaussianNaiveBayes fit(double[][] x, int[] y) {
        int d = checkRows(x, "x", -1);
        int k = checkTrainingLabels(y, x.length);
        int n = x.length;
        double largest = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double variance = 0;
            for (double[] row : x) {
                variance += (row[j] - mean) * (row[j] - mean);
            }
            largest = Math.max(largest, variance / n);
        }
        double eps = varSmoothing * largest;
        int[] counts = new int[k];
        double[][] mu = new double[k][d];
        for (int i = 0; i < n; i++) {
            counts[y[i]]++;
            for (int j = 0; j < d; j++) {
                mu[y[i]][j] += x[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                mu[c][j] /= counts[c];
            }
        }
        double[][] var = new double[k][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double diff = x[i][j] - mu[y[i]][j];
                var[y[i]][j] += diff * diff;
            }
        }
        double[] prior = new double[k];
        for (int c = 0; c < k; c++) {
            prior[c] = (double) counts[c] / n;
            for (int j = 0; j < d; j++) {
                var[c][j] = var[c][j] / counts[c] + eps;
                if (!(var[c][j] > 0)) {
                    throw new IllegalArgumentException("feature " + j + " of class " + c + " has variance 0 and "
                            + "varSmoothing × the largest feature variance is " + eps
                            + ": every variance must be > 0 (raise varSmoothing)");
                }
            }
        }
        this.priors = prior;
        this.means = mu;
        this.variances = var;
        this.epsilon = eps;
        return this;
    }

    /**
     * The joint log-likelihood {@code log P(c) + Σ_j log N(x_j | μ_cj, σ²_cj)} of each row and class
     * ({@code m × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[][] jointLogLikelihood(double[][] x) {
        requireFitted();
        checkRows(x, "x", means[0].length);
        int k = priors.length;
        double[][] jll = new double[x.length][k];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < k; c++) {
                double sum = Math.log(priors[c]);
                for (int j = 0; j < x[i].length; j++) {
                    double diff = x[i][j] - means[c][j];
                    sum -= 0.5 * Math.log(2 * Math.PI * variances[c][j]) + 0.5 * diff * diff / variances[c][j];
                }
                jll[i][c] = sum;
            }
        }
        return jll;
    }

    /**
     * The log posterior {@code log P(c | x) = jll_c − logsumexp_k jll_k} of each row ({@code m × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #jointLogLikelihood}
     */
    public double[][] predictLogProba(double[][] x) {
        double[][] jll = jointLogLikelihood(x);
        for (double[] row : jll) {
            double max = 0;
            double sum = 0;
            for (double v : row) {
                sum += Math.exp(v - max);
            }
            double norm = max + Math.log(sum);
            for (int c = 0; c < row.length; c++) {
                row[c] -= norm;
            }
        }
        return jll;
    }

    /**
     * The posterior {@code P(c | x)} of each row ({@code m × K}): finite, rows summing to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #jointLogLikelihood}
     */
    public double[][] predictProba(double[][] x) {
        double[][] p = predictLogProba(x);
        for (double[] row : p) {
            for (int c = 0; c < row.length; c++) {
                row[c] = Math.exp(row[c]);
            }
        }
        return p;
    }

    /**
     * The most probable class of each row (the largest joint log-likelihood; the smallest index on a tie).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #jointLogLikelihood}
     */
    public int[] predict(double[][] x) {
        double[][] jll = jointLogLikelihood(x);
        int[] classes = new int[jll.length];
        for (int i = 0; i < jll.length; i++) {
            int best = 0;
            for (int c = 1; c < jll[i].length; c++) {
                if (jll[i][c] > jll[i][best]) {
                    best = c;
                }
            }
            classes[i] = best;
        }
        return classes;
    }

    /**
     * A copy of the class priors {@code P(c) = n_c / n} (length {@code K}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] classPriors() {
        requireFitted();
        return priors.clone();
    }

    /**
     * A copy of the per-class feature means {@code μ} ({@code K × d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] means() {
        requireFitted();
        return deepCopy(means);
    }

    /**
     * A copy of the per-class feature variances {@code σ²}, smoothing included ({@code K × d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] variances() {
        requireFitted();
        return deepCopy(variances);
    }

    /**
     * The variance added to every {@code σ²_cj}: {@code varSmoothing · max_j Var(x_·j)}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double epsilon() {
        requireFitted();
        return epsilon;
    }

    private void requireFitted() {
        if (means == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** Checks training labels: non-negative, at least two classes, every class 0 … K−1 present; returns K. */
    private static int checkTrainingLabels(int[] y, int n) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("labels must be class indices >= 0, y[" + i + "] is " + y[i]);
            }
            k = Math.max(k, y[i] + 1);
        }
        if (k < 2) {
            throw new IllegalArgumentException("y must contain at least 2 classes, found only class 0");
        }
        boolean[] seen = new boolean[k];
        for (int label : y) {
            seen[label] = true;
        }
        for (int c = 0; c < k; c++) {
            if (!seen[c]) {
                throw new IllegalArgumentException("y must contain every class 0 to " + (k - 1)
                        + " at least once, class " + c + " has no rows");
            }
        }
        return k;
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
