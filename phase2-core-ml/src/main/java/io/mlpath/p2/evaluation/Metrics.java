package io.mlpath.p2.evaluation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Classification and regression metrics: the numbers that say how good a model is, computed the
 * way scikit-learn computes them.
 *
 * <p><b>Confusion matrix.</b> {@code C[t][p]} counts the rows whose true class is {@code t} and
 * predicted class is {@code p}. For class {@code c}: {@code TP = C[c][c]}, {@code FP = Σₜ C[t][c] − TP}
 * (column), {@code FN = Σₚ C[c][p] − TP} (row). Then precision {@code = TP/(TP+FP)}, recall
 * {@code = TP/(TP+FN)}, {@code F1 = 2PR/(P+R)}; a 0/0 counts as 0 (scikit-learn's
 * {@code zero_division=0}).
 *
 * <p><b>Averaging</b> over {@code K} classes ({@link Average}): <em>macro</em> = plain mean of the
 * per-class scores (every class counts the same, rare classes included); <em>weighted</em> = mean
 * weighted by each class's support (its number of true rows); <em>micro</em> = pool the counts
 * first ({@code ΣTP / Σ(TP+FP)}), which for single-label data equals accuracy for all three.
 * Weighted F1 averages the per-class F1s; it is <em>not</em> the F1 of the weighted P and R.
 *
 * <p><b>ROC AUC</b> is the probability that a random positive scores higher than a random negative,
 * ties counting ½. Rank all scores from 1 (lowest) to {@code n}, giving <em>tied scores the
 * average of the ranks they span</em>; with {@code R₊} the sum of the positives' ranks,
 * <pre>
 *   AUC = (R₊ − n₊(n₊+1)/2) / (n₊ · n₋)          (Mann-Whitney U / (n₊ n₋))
 * </pre>
 * <b>Average precision</b> (scikit-learn's step definition, no interpolation): walk the
 * <em>distinct</em> thresholds from the highest score down; at each, with precision {@code Pₜ} and
 * recall {@code Rₜ} of "score ≥ threshold",
 * {@code AP = Σₜ (Rₜ − Rₜ₋₁) · Pₜ} with {@code R₀ = 0}. Rows with equal scores enter together.
 *
 * <p><b>Log loss</b> {@code = −(1/n) Σᵢ log p̂ᵢ,yᵢ}, with each probability first clipped to
 * {@code [1e-15, 1 − 1e-15]} so that a confident wrong answer costs {@code −log 1e-15 ≈ 34.5}
 * instead of infinity. <b>Regression:</b> {@code MAE = mean|y − ŷ|}, {@code MSE = mean(y − ŷ)²},
 * {@code R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²}.
 *
 * <p><b>Worked example.</b> {@code y = {0, 0, 1, 1}}, scores {@code {0.1, 0.4, 0.4, 0.8}}: ranks
 * {@code 1, 2.5, 2.5, 4}, {@code R₊ = 6.5}, {@code AUC = (6.5 − 3)/4 = 0.875}; the 0.4 pair is one
 * tie (½), the other three positive/negative pairs are ordered. Average precision: thresholds 0.8
 * (P = 1, R = ½), 0.4 (P = ⅔, R = 1), 0.1 (R unchanged): {@code AP = ½·1 + ½·⅔ = 5/6}.
 *
 * <p><b>Edge cases.</b> Ties are the trap: breaking them by input order (or by a sort that happens
 * to be stable) makes AUC depend on how the rows were listed. AUC and AP need both classes
 * (AUC) or at least one positive (AP). {@code R²} of a constant target is undefined; like
 * scikit-learn, this returns 1 for a perfect prediction and 0 otherwise.
 *
 * <p>Reference: Fawcett, "An introduction to ROC analysis", Pattern Recognition Letters 27 (2006);
 * Hand and Till, Machine Learning 45 (2001) §2 (AUC as Mann-Whitney U); scikit-learn user guide §3.3
 * "Metrics and scoring"; Manning, Raghavan and Schütze, Introduction to Information Retrieval, §8.3–8.4.
 */
public final class Metrics {

    /** The smallest probability log loss uses; larger values are left alone. */
    public static final double LOG_LOSS_EPS = 1e-15;

    /** How per-class precision, recall and F1 are combined into one number. */
    public enum Average {
        /** Unweighted mean over classes. */
        MACRO,
        /** Pool TP, FP, FN over classes, then compute the score once. */
        MICRO,
        /** Mean over classes weighted by support (true count). */
        WEIGHTED
    }

    private Metrics() {
    }

    /**
     * The {@code K × K} confusion matrix: entry {@code [t][p]} counts rows with true class {@code t}
     * predicted as {@code p}.
     *
     * @param yTrue      true class indices in {@code 0 … K−1}
     * @param yPred      predicted class indices in {@code 0 … K−1}, same length
     * @param numClasses {@code K ≥ 2}
     * @throws IllegalArgumentException on null or empty arrays, a length mismatch, {@code K < 2} or a
     *                                  label outside {@code 0 … K−1}
     */
    public static int[][] confusionMatrix(int[] yTrue, int[] yPred, int numClasses) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): validate the labels, then count C[true][predicted]");
    }

    /** Fraction of rows predicted right. @throws IllegalArgumentException as {@link #confusionMatrix} */
    public static double accuracy(int[] yTrue, int[] yPred, int numClasses) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): the trace of the confusion matrix divided by n");
    }

    /**
     * Precision {@code TP/(TP+FP)} averaged as {@code average} says (0/0 counts as 0).
     *
     * @throws IllegalArgumentException as {@link #confusionMatrix}, or a null {@code average}
     */
    public static double precision(int[] yTrue, int[] yPred, int numClasses, Average average) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): per-class TP/(TP+FP) from the confusion matrix (0/0 = 0), then the macro, micro or weighted average");
    }

    /**
     * Recall {@code TP/(TP+FN)} averaged as {@code average} says (0/0 counts as 0).
     *
     * @throws IllegalArgumentException as {@link #confusionMatrix}, or a null {@code average}
     */
    public static double recall(int[] yTrue, int[] yPred, int numClasses, Average average) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): per-class TP/(TP+FN) from the confusion matrix (0/0 = 0), then the macro, micro or weighted average");
    }

    /**
     * F1 {@code = 2PR/(P+R)} per class, averaged as {@code average} says (0/0 counts as 0).
     *
     * @throws IllegalArgumentException as {@link #confusionMatrix}, or a null {@code average}
     */
    public static double f1(int[] yTrue, int[] yPred, int numClasses, Average average) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): per-class 2PR/(P+R) (0 when P+R = 0), then the macro, micro or weighted average");
    }

    /**
     * Area under the ROC curve for labels {@code {0, 1}} (1 = positive) and real-valued scores,
     * with tied scores sharing their average rank.
     *
     * @throws IllegalArgumentException on null, empty or mismatched arrays, a label other than 0 or
     *                                  1, a non-finite score, or only one class present
     */
    public static double rocAuc(int[] yTrue, double[] scores) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): rank the scores with tied scores sharing their average rank, then (R+ - n+(n+ + 1)/2) / (n+ n-)");
    }

    /**
     * Average precision {@code Σ (Rₜ − Rₜ₋₁)·Pₜ} over the distinct score thresholds, highest first.
     *
     * @throws IllegalArgumentException on null, empty or mismatched arrays, a label other than 0 or
     *                                  1, a non-finite score, or no positive row
     */
    public static double averagePrecision(int[] yTrue, double[] scores) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): walk the distinct thresholds from the highest score down, adding (R_t - R_t-1) * P_t");
    }

    /**
     * Mean negative log-probability of the true class, probabilities clipped to
     * {@code [LOG_LOSS_EPS, 1 − LOG_LOSS_EPS]}.
     *
     * @param yTrue class indices {@code 0 … K−1}
     * @param proba {@code n × K} probabilities in {@code [0, 1]}, each row summing to 1 (within 1e-6)
     * @throws IllegalArgumentException on null, empty, ragged or mismatched input, {@code K < 2}, a
     *                                  probability outside [0, 1] or NaN, a row not summing to 1, or a
     *                                  label outside {@code 0 … K−1}
     */
    public static double logLoss(int[] yTrue, double[][] proba) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): validate, clip each true-class probability to [1e-15, 1 - 1e-15], average -log p");
    }

    /** Mean absolute error {@code mean|y − ŷ|}. @throws IllegalArgumentException as {@link #r2} */
    public static double meanAbsoluteError(double[] yTrue, double[] yPred) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): validate, then mean |y - yhat|");
    }

    /** Mean squared error {@code mean(y − ŷ)²}. @throws IllegalArgumentException as {@link #r2} */
    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): validate, then mean (y - yhat)^2");
    }

    /**
     * Coefficient of determination {@code 1 − SS_res/SS_tot}; for a constant {@code yTrue}, 1 when
     * the prediction is perfect and 0 otherwise.
     *
     * @throws IllegalArgumentException on null, empty or mismatched arrays, or a non-finite value
     */
    public static double r2(double[] yTrue, double[] yPred) {
        throw new UnsupportedOperationException("TODO(p2.evaluation.metrics): validate, then 1 - SS_res / SS_tot (constant yTrue: 1 if perfect, else 0)");
    }
}
