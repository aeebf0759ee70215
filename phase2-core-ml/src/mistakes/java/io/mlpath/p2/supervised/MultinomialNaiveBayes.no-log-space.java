// Known mistake: the posterior multiplies the prior by theta^count over the features and normalises the product, which underflows to 0/0 = NaN.
package io.mlpath.p2.supervised;

/**
 * Multinomial naive Bayes: each class is a distribution over features that emits counts (words in a
 * document, ink in a pixel), smoothed with Lidstone's α, and all arithmetic is done in log space.
 *
 * <p><b>Model.</b> With {@code K = max(y) + 1} classes (every one present), {@code N_cj} the total
 * count of feature {@code j} over the rows of class {@code c}, {@code N_c = Σ_j N_cj} and {@code d}
 * features, fit estimates
 * <pre>
 *   θ_cj = (N_cj + α) / (N_c + α·d),        log P(c) = log(n_c / n),
 * </pre>
 * (additive smoothing: {@code α = 1} is Laplace's rule, {@code 0 < α < 1} Lidstone's). α is added
 * to every count, so the denominator gains {@code α·d} and each {@code θ_c·} still sums to 1;
 * without it a feature never seen in class {@code c} would have {@code θ = 0}, {@code log θ = −∞},
 * and one such count would veto the class.
 *
 * <p><b>Prediction.</b> The joint log-likelihood of a count vector {@code x} and class {@code c} is
 * <pre>
 *   jll_c(x) = log P(c) + Σ_j x_j · log θ_cj
 * </pre>
 * (the multinomial coefficient is the same for every class and cancels), the log posterior is
 * {@code jll_c − logsumexp_k jll_k}, and {@code predict} takes the largest {@code jll} (the smallest
 * index on a tie).
 *
 * <p><b>Worked example.</b> {@code x = {{2, 0}, {0, 2}}}, {@code y = {0, 1}}, {@code α = 1}:
 * {@code θ₀ = ((2+1)/(2+2), (0+1)/(2+2)) = (¾, ¼)}, {@code θ₁ = (¼, ¾)}, priors {@code (½, ½)}. The
 * query {@code {3, 1}} has {@code jll₀ − jll₁ = 3·log 3 − 1·log 3 = 2 log 3}, so
 * {@code P(0 | x) = 9/10} and {@code predict = 0}.
 *
 * <p><b>Numerical note.</b> A Digits image has about 300 units of ink spread over 64 pixels:
 * {@code Π_j θ_cj^{x_j}} is around {@code e⁻¹⁰⁰⁰}, which is 0 in double precision for every class,
 * and normalising {@code 0/0} gives NaN. Work with {@code Σ_j x_j log θ_cj} and normalise with
 * {@code logsumexp(a) = m + log Σ exp(a_k − m)}, {@code m = max a}.
 *
 * <p>Reference: Manning, Raghavan and Schütze, Introduction to Information Retrieval, §13.2
 * (multinomial naive Bayes, add-one smoothing, log space); McCallum and Nigam, "A comparison of
 * event models for naive Bayes text classification", AAAI-98 workshop; scikit-learn user guide,
 * "Multinomial Naive Bayes".
 */
public final class MultinomialNaiveBayes {

    private final double alpha;
    private double[] classLogPriors;
    private double[][] featureLogProbabilities;

    /**
     * A multinomial naive Bayes classifier with additive smoothing {@code alpha}.
     *
     * @param alpha the pseudo-count added to every feature count, finite and {@code > 0}
     * @throws IllegalArgumentException when {@code alpha} is not finite and positive
     */
    public MultinomialNaiveBayes(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0, was " + alpha);
        }
        this.alpha = alpha;
    }

    /**
     * Estimates the class log-priors and the smoothed feature log-probabilities and returns this model.
     *
     * @param x {@code n × d} counts: finite, {@code ≥ 0} (fractional counts such as tf-idf are
     *          allowed), not ragged
     * @param y {@code n} class indices, {@code K = max(y) + 1 ≥ 2}, every class present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged, negative or non-finite input, a
     *                                  length mismatch, a negative label, fewer than two classes or a
     *                                  class with no rows
     */
    public MultinomialNaiveBayes fit(double[][] x, int[] y) {
        int d = checkRows(x, "x", -1);
        int k = checkTrainingLabels(y, x.length);
        int n = x.length;
        double[][] counts = new double[k][d];
        int[] rows = new int[k];
        for (int i = 0; i < n; i++) {
            rows[y[i]]++;
            for (int j = 0; j < d; j++) {
                counts[y[i]][j] += x[i][j];
            }
        }
        double[] logPriors = new double[k];
        double[][] logTheta = new double[k][d];
        for (int c = 0; c < k; c++) {
            logPriors[c] = Math.log((double) rows[c] / n);
            double total = 0;
            for (int j = 0; j < d; j++) {
                total += counts[c][j];
            }
            double denominator = Math.log(total + alpha * d);
            for (int j = 0; j < d; j++) {
                logTheta[c][j] = Math.log(counts[c][j] + alpha) - denominator;
            }
        }
        this.classLogPriors = logPriors;
        this.featureLogProbabilities = logTheta;
        return this;
    }

    /**
     * The joint log-likelihood {@code log P(c) + Σ_j x_j log θ_cj} of each row and class ({@code m × K}).
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged, negative or non-finite rows, or rows
     *                                  whose length is not the training dimension
     */
    public double[][] jointLogLikelihood(double[][] x) {
        requireFitted();
        checkRows(x, "x", featureLogProbabilities[0].length);
        int k = classLogPriors.length;
        double[][] jll = new double[x.length][k];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < k; c++) {
                double sum = classLogPriors[c];
                for (int j = 0; j < x[i].length; j++) {
                    sum += x[i][j] * featureLogProbabilities[c][j];
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
        requireFitted();
        checkRows(x, "x", featureLogProbabilities[0].length);
        int k = classLogPriors.length;
        double[][] out = new double[x.length][k];
        for (int i = 0; i < x.length; i++) {
            double total = 0;
            for (int c = 0; c < k; c++) {
                double likelihood = Math.exp(classLogPriors[c]);
                for (int j = 0; j < x[i].length; j++) {
                    likelihood *= Math.pow(Math.exp(featureLogProbabilities[c][j]), x[i][j]);
                }
                out[i][c] = likelihood;
                total += likelihood;
            }
            for (int c = 0; c < k; c++) {
                out[i][c] = Math.log(out[i][c] / total);
            }
        }
        return out;
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
     * A copy of the class log-priors {@code log(n_c / n)} (length {@code K}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] classLogPriors() {
        requireFitted();
        return classLogPriors.clone();
    }

    /**
     * A copy of the smoothed feature log-probabilities {@code log θ_cj} ({@code K × d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[][] featureLogProbabilities() {
        requireFitted();
        return deepCopy(featureLogProbabilities);
    }

    private void requireFitted() {
        if (featureLogProbabilities == null) {
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

    /** Checks a non-empty, rectangular matrix of finite counts >= 0; returns its width. {@code width < 0}: any. */
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
                if (!Double.isFinite(x[i][j]) || x[i][j] < 0) {
                    throw new IllegalArgumentException(name + " values must be finite counts >= 0, " + name + "["
                            + i + "][" + j + "] is " + x[i][j]);
                }
            }
        }
        return d;
    }
}
