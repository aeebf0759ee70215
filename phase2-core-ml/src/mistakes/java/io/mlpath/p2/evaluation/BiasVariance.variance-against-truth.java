// Known mistake: the variance is measured around the truth f(x) instead of around the mean prediction, so it also contains bias².
package io.mlpath.p2.evaluation;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * The bias-variance decomposition of the expected squared error, estimated by Monte Carlo, and
 * learning curves.
 *
 * <p><b>Setting.</b> Data come from a known process ({@link DataProcess}): {@code x ~ U(low, high)},
 * {@code y = f(x) + ε} with {@code ε ~ N(0, σ²)}. A learner fitted on a random training set
 * {@code D} of {@code n} rows gives a function {@code ĝ_D}. At a test input {@code x₀}, over the
 * randomness of {@code D} and of a fresh target {@code y₀ = f(x₀) + ε₀},
 * <pre>
 *   E[(ĝ_D(x₀) − y₀)²] = (ḡ(x₀) − f(x₀))²  +  E[(ĝ_D(x₀) − ḡ(x₀))²]  +  σ²
 *                         └──── bias² ────┘     └────── variance ──────┘     noise
 *   with ḡ(x₀) = E_D[ĝ_D(x₀)], the MEAN PREDICTION over training sets.
 * </pre>
 * Variance is the spread of the predictions around their own mean, <em>not</em> around the
 * truth: {@code E[(ĝ − f)²]} is bias² + variance together.
 *
 * <p><b>Monte Carlo</b> ({@link #decompose}). With one {@code java.util.Random(seed)}, repeat
 * {@code rounds} times: draw {@code n} inputs {@code xᵢ = low + (high − low)·nextDouble()}, then
 * their targets {@code yᵢ = f(xᵢ) + σ·nextGaussian()}; fit; record the predictions
 * {@code p[r][j] = ĝ_r(testX[j])}; then draw one fresh target per test input,
 * {@code t[r][j] = f(testX[j]) + σ·nextGaussian()}. With {@code m[j] = mean_r p[r][j]}:
 * <pre>
 *   bias²       = mean_j (m[j] − f(testX[j]))²
 *   variance    = mean_j mean_r (p[r][j] − m[j])²        (divide by rounds, not rounds − 1)
 *   noise       = σ²
 *   expectedMse = mean_j mean_r (p[r][j] − t[r][j])²     (the Monte-Carlo estimate of the left side)
 * </pre>
 * so {@code bias² + variance + noise ≈ expectedMse}, up to Monte-Carlo error.
 *
 * <p><b>Learning curves</b> ({@link #learningCurve}). For each training size {@code n} (in order)
 * and each round: draw a training set of {@code n} rows and a test set of {@code testSize} fresh
 * rows from the process (inputs first, then targets, as above), fit on the training set, and
 * record the mean squared error on the training rows and on the test rows; average over rounds.
 * Training error starts low and rises with {@code n}, test error starts high and falls; both
 * approach {@code σ² + bias²} (for least squares with {@code p} parameters, roughly
 * {@code σ²(1 − p/n)} and {@code σ²(1 + p/n)} when the model is right).
 *
 * <p><b>Worked example.</b> A learner that ignores the data and always returns {@code 0.5}, with
 * {@code f(x) = x} and test inputs {@code {0, 1}}: every prediction is 0.5, so variance = 0 and
 * bias² = ((0.5 − 0)² + (0.5 − 1)²)/2 = 0.25; with σ = 0.1, expectedMse ≈ 0.25 + 0.01 = 0.26.
 *
 * <p><b>Numerical note.</b> Estimating variance with the truth instead of the mean prediction
 * double-counts bias²; reusing one training set for every round (a fresh {@code Random(seed)}
 * inside the loop) makes the variance vanish. The estimates carry Monte-Carlo error of order
 * {@code 1/√rounds}; bias² is slightly inflated by {@code variance/rounds}.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning (2nd ed.),
 * §2.9 and §7.3; Geman, Bienenstock and Doursat, "Neural networks and the bias/variance dilemma",
 * Neural Computation 4 (1992); Bishop, Pattern Recognition and Machine Learning, §3.2.
 */
public final class BiasVariance {

    /** A regression learner: fits on {@code (x, y)} and returns the fitted function. */
    public interface Learner {

        /** Fits on inputs {@code x} and targets {@code y} (same length) and returns the prediction function. */
        DoubleUnaryOperator fit(double[] x, double[] y);
    }

    /**
     * The data-generating process {@code x ~ U(low, high)}, {@code y = truth(x) + N(0, noiseSd²)}.
     *
     * @param truth   the true regression function {@code f}
     * @param noiseSd the noise standard deviation {@code σ ≥ 0}
     * @param low     the lower end of the input range
     * @param high    the upper end of the input range, {@code > low}
     */
    public record DataProcess(DoubleUnaryOperator truth, double noiseSd, double low, double high) {

        /** Validates the process. @throws IllegalArgumentException on a null truth, σ < 0 or NaN, or low ≥ high */
        public DataProcess {
            if (truth == null) {
                throw new IllegalArgumentException("truth must not be null");
            }
            if (!(noiseSd >= 0) || Double.isInfinite(noiseSd)) {
                throw new IllegalArgumentException("noiseSd must be finite and >= 0, was " + noiseSd);
            }
            if (!(low < high) || Double.isInfinite(low) || Double.isInfinite(high)) {
                throw new IllegalArgumentException("the input range needs finite low < high, was [" + low + ", "
                        + high + "]");
            }
        }
    }

    /**
     * The Monte-Carlo decomposition, each term averaged over the test inputs.
     *
     * @param bias2       {@code mean_j (m[j] − f(x_j))²}
     * @param variance    {@code mean_j mean_r (p[r][j] − m[j])²}
     * @param noise       {@code σ²}
     * @param expectedMse {@code mean_j mean_r (p[r][j] − t[r][j])²}
     */
    public record Decomposition(double bias2, double variance, double noise, double expectedMse) {
    }

    /**
     * Mean training and test squared errors per training size.
     *
     * @param trainSizes the training sizes, as given
     * @param trainMse   mean over rounds of the MSE on the training rows
     * @param testMse    mean over rounds of the MSE on fresh test rows
     */
    public record LearningCurve(int[] trainSizes, double[] trainMse, double[] testMse) {
    }

    private BiasVariance() {
    }

    /**
     * Estimates bias², variance, noise and the expected squared error of {@code learner} at
     * {@code testX} over {@code rounds} training sets of {@code trainSize} rows drawn from
     * {@code process}.
     *
     * @throws IllegalArgumentException on a null learner or process, {@code trainSize < 1},
     *                                  {@code rounds < 2}, a null or empty {@code testX}, or a
     *                                  non-finite test input
     * @throws IllegalStateException    when the learner returns null or a non-finite prediction
     */
    public static Decomposition decompose(Learner learner, DataProcess process, int trainSize, double[] testX,
                                          int rounds, long seed) {
        checkCommon(learner, process, rounds);
        if (trainSize < 1) {
            throw new IllegalArgumentException("trainSize must be at least 1, was " + trainSize);
        }
        if (testX == null || testX.length == 0) {
            throw new IllegalArgumentException("testX must hold at least one input");
        }
        for (int j = 0; j < testX.length; j++) {
            if (!Double.isFinite(testX[j])) {
                throw new IllegalArgumentException("test inputs must be finite, testX[" + j + "] is " + testX[j]);
            }
        }
        Random random = new Random(seed);
        int m = testX.length;
        double[][] predictions = new double[rounds][m];
        double[][] targets = new double[rounds][m];
        for (int r = 0; r < rounds; r++) {
            double[][] train = draw(process, trainSize, random);
            DoubleUnaryOperator fitted = fit(learner, train);
            for (int j = 0; j < m; j++) {
                predictions[r][j] = predict(fitted, testX[j]);
            }
            for (int j = 0; j < m; j++) {
                targets[r][j] = process.truth().applyAsDouble(testX[j]) + process.noiseSd() * random.nextGaussian();
            }
        }
        double bias2 = 0;
        double variance = 0;
        double mse = 0;
        for (int j = 0; j < m; j++) {
            double mean = 0;
            for (int r = 0; r < rounds; r++) {
                mean += predictions[r][j];
            }
            mean /= rounds;
            double gap = mean - process.truth().applyAsDouble(testX[j]);
            bias2 += gap * gap;
            for (int r = 0; r < rounds; r++) {
                double spread = predictions[r][j] - process.truth().applyAsDouble(testX[j]);
                variance += spread * spread;
                double error = predictions[r][j] - targets[r][j];
                mse += error * error;
            }
        }
        double sigma2 = process.noiseSd() * process.noiseSd();
        return new Decomposition(bias2 / m, variance / ((double) m * rounds), sigma2, mse / ((double) m * rounds));
    }

    /**
     * Mean training and test MSE of {@code learner} for each training size, over {@code rounds}
     * fresh training and test sets.
     *
     * @throws IllegalArgumentException on a null learner or process, null or empty
     *                                  {@code trainSizes}, a size below 1, {@code testSize < 1} or
     *                                  {@code rounds < 2}
     * @throws IllegalStateException    when the learner returns null or a non-finite prediction
     */
    public static LearningCurve learningCurve(Learner learner, DataProcess process, int[] trainSizes, int testSize,
                                              int rounds, long seed) {
        checkCommon(learner, process, rounds);
        if (trainSizes == null || trainSizes.length == 0) {
            throw new IllegalArgumentException("trainSizes must hold at least one size");
        }
        for (int s = 0; s < trainSizes.length; s++) {
            if (trainSizes[s] < 1) {
                throw new IllegalArgumentException("training sizes must be at least 1, trainSizes[" + s + "] is "
                        + trainSizes[s]);
            }
        }
        if (testSize < 1) {
            throw new IllegalArgumentException("testSize must be at least 1, was " + testSize);
        }
        Random random = new Random(seed);
        double[] trainMse = new double[trainSizes.length];
        double[] testMse = new double[trainSizes.length];
        for (int s = 0; s < trainSizes.length; s++) {
            for (int r = 0; r < rounds; r++) {
                double[][] train = draw(process, trainSizes[s], random);
                double[][] test = draw(process, testSize, random);
                DoubleUnaryOperator fitted = fit(learner, train);
                trainMse[s] += mse(fitted, train) / rounds;
                testMse[s] += mse(fitted, test) / rounds;
            }
        }
        return new LearningCurve(trainSizes.clone(), trainMse, testMse);
    }

    /** {x, y}: n inputs first, then their n noisy targets. */
    private static double[][] draw(DataProcess process, int n, Random random) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = process.low() + (process.high() - process.low()) * random.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            y[i] = process.truth().applyAsDouble(x[i]) + process.noiseSd() * random.nextGaussian();
        }
        return new double[][] {x, y};
    }

    private static DoubleUnaryOperator fit(Learner learner, double[][] data) {
        DoubleUnaryOperator fitted = learner.fit(data[0].clone(), data[1].clone());
        if (fitted == null) {
            throw new IllegalStateException("the learner returned null instead of a fitted function");
        }
        return fitted;
    }

    private static double predict(DoubleUnaryOperator fitted, double x) {
        double p = fitted.applyAsDouble(x);
        if (!Double.isFinite(p)) {
            throw new IllegalStateException("the fitted function returned " + p + " at x = " + x);
        }
        return p;
    }

    private static double mse(DoubleUnaryOperator fitted, double[][] data) {
        double sum = 0;
        for (int i = 0; i < data[0].length; i++) {
            double e = predict(fitted, data[0][i]) - data[1][i];
            sum += e * e;
        }
        return sum / data[0].length;
    }

    private static void checkCommon(Learner learner, DataProcess process, int rounds) {
        if (learner == null || process == null) {
            throw new IllegalArgumentException("learner and process must not be null");
        }
        if (rounds < 2) {
            throw new IllegalArgumentException("rounds must be at least 2 to measure a variance, was " + rounds);
        }
    }
}
