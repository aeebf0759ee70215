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
        checkLabels(yTrue, yPred, numClasses);
        int[][] matrix = new int[numClasses][numClasses];
        for (int i = 0; i < yTrue.length; i++) {
            matrix[yTrue[i]][yPred[i]]++;
        }
        return matrix;
    }

    /** Fraction of rows predicted right. @throws IllegalArgumentException as {@link #confusionMatrix} */
    public static double accuracy(int[] yTrue, int[] yPred, int numClasses) {
        int[][] c = confusionMatrix(yTrue, yPred, numClasses);
        long right = 0;
        for (int k = 0; k < numClasses; k++) {
            right += c[k][k];
        }
        return (double) right / yTrue.length;
    }

    /**
     * Precision {@code TP/(TP+FP)} averaged as {@code average} says (0/0 counts as 0).
     *
     * @throws IllegalArgumentException as {@link #confusionMatrix}, or a null {@code average}
     */
    public static double precision(int[] yTrue, int[] yPred, int numClasses, Average average) {
        return score(yTrue, yPred, numClasses, average, 0);
    }

    /**
     * Recall {@code TP/(TP+FN)} averaged as {@code average} says (0/0 counts as 0).
     *
     * @throws IllegalArgumentException as {@link #confusionMatrix}, or a null {@code average}
     */
    public static double recall(int[] yTrue, int[] yPred, int numClasses, Average average) {
        return score(yTrue, yPred, numClasses, average, 1);
    }

    /**
     * F1 {@code = 2PR/(P+R)} per class, averaged as {@code average} says (0/0 counts as 0).
     *
     * @throws IllegalArgumentException as {@link #confusionMatrix}, or a null {@code average}
     */
    public static double f1(int[] yTrue, int[] yPred, int numClasses, Average average) {
        return score(yTrue, yPred, numClasses, average, 2);
    }

    /**
     * Area under the ROC curve for labels {@code {0, 1}} (1 = positive) and real-valued scores,
     * with tied scores sharing their average rank.
     *
     * @throws IllegalArgumentException on null, empty or mismatched arrays, a label other than 0 or
     *                                  1, a non-finite score, or only one class present
     */
    public static double rocAuc(int[] yTrue, double[] scores) {
        int positives = checkBinary(yTrue, scores);
        if (positives == 0 || positives == yTrue.length) {
            throw new IllegalArgumentException("ROC AUC needs both classes 0 and 1 in yTrue, found only class "
                    + (positives == 0 ? 0 : 1));
        }
        int n = scores.length;
        Integer[] order = sortedIndices(scores, false);
        double positiveRankSum = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1.0; // ranks start+1 … end+1
            for (int i = start; i <= end; i++) {
                if (yTrue[order[i]] == 1) {
                    positiveRankSum += averageRank;
                }
            }
            start = end + 1;
        }
        double negatives = n - positives;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
    }

    /**
     * Average precision {@code Σ (Rₜ − Rₜ₋₁)·Pₜ} over the distinct score thresholds, highest first.
     *
     * @throws IllegalArgumentException on null, empty or mismatched arrays, a label other than 0 or
     *                                  1, a non-finite score, or no positive row
     */
    public static double averagePrecision(int[] yTrue, double[] scores) {
        int positives = checkBinary(yTrue, scores);
        if (positives == 0) {
            throw new IllegalArgumentException("average precision needs at least one positive (label 1) in yTrue, "
                    + "found none");
        }
        int n = scores.length;
        Integer[] order = sortedIndices(scores, true);
        double ap = 0;
        double previousRecall = 0;
        int truePositives = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            for (int i = start; i <= end; i++) {
                truePositives += yTrue[order[i]];
            }
            double precision = (double) truePositives / (end + 1);
            double recall = (double) truePositives / positives;
            ap += (recall - previousRecall) * precision;
            previousRecall = recall;
            start = end + 1;
        }
        return ap;
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
        if (yTrue == null || proba == null) {
            throw new IllegalArgumentException("yTrue and proba must not be null");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("yTrue must have at least one label, had 0");
        }
        if (proba.length != yTrue.length) {
            throw new IllegalArgumentException("proba must have one row per label (" + yTrue.length + "), had "
                    + proba.length);
        }
        if (proba[0] == null || proba[0].length < 2) {
            throw new IllegalArgumentException("proba rows must have at least 2 columns (classes), row 0 has "
                    + (proba[0] == null ? "none" : proba[0].length));
        }
        int k = proba[0].length;
        double total = 0;
        for (int i = 0; i < proba.length; i++) {
            if (proba[i] == null || proba[i].length != k) {
                throw new IllegalArgumentException("proba rows must all have length " + k + ", row " + i + " has "
                        + (proba[i] == null ? "none (null)" : proba[i].length));
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double p = proba[i][j];
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probabilities must lie in [0, 1], proba[" + i + "][" + j
                            + "] is " + p);
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw new IllegalArgumentException("each proba row must sum to 1 (within 1e-6), row " + i
                        + " sums to " + sum);
            }
            if (yTrue[i] < 0 || yTrue[i] >= k) {
                throw new IllegalArgumentException("labels must be class indices 0 … " + (k - 1) + ", yTrue[" + i
                        + "] is " + yTrue[i]);
            }
            double p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, proba[i][yTrue[i]]));
            total -= Math.log(p);
        }
        return total / yTrue.length;
    }

    /** Mean absolute error {@code mean|y − ŷ|}. @throws IllegalArgumentException as {@link #r2} */
    public static double meanAbsoluteError(double[] yTrue, double[] yPred) {
        checkRegression(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            sum += Math.abs(yTrue[i] - yPred[i]);
        }
        return sum / yTrue.length;
    }

    /** Mean squared error {@code mean(y − ŷ)²}. @throws IllegalArgumentException as {@link #r2} */
    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        checkRegression(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double e = yTrue[i] - yPred[i];
            sum += e * e;
        }
        return sum / yTrue.length;
    }

    /**
     * Coefficient of determination {@code 1 − SS_res/SS_tot}; for a constant {@code yTrue}, 1 when
     * the prediction is perfect and 0 otherwise.
     *
     * @throws IllegalArgumentException on null, empty or mismatched arrays, or a non-finite value
     */
    public static double r2(double[] yTrue, double[] yPred) {
        checkRegression(yTrue, yPred);
        double mean = 0;
        for (double v : yTrue) {
            mean += v;
        }
        mean /= yTrue.length;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < yTrue.length; i++) {
            residual += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
            total += (yTrue[i] - mean) * (yTrue[i] - mean);
        }
        if (total == 0) {
            return residual == 0 ? 1.0 : 0.0;
        }
        return 1 - residual / total;
    }

    /** kind: 0 precision, 1 recall, 2 F1. */
    private static double score(int[] yTrue, int[] yPred, int numClasses, Average average, int kind) {
        if (average == null) {
            throw new IllegalArgumentException("average must not be null (MACRO, MICRO or WEIGHTED)");
        }
        int[][] c = confusionMatrix(yTrue, yPred, numClasses);
        long[] tp = new long[numClasses];
        long[] predicted = new long[numClasses];
        long[] support = new long[numClasses];
        for (int t = 0; t < numClasses; t++) {
            for (int p = 0; p < numClasses; p++) {
                predicted[p] += c[t][p];
                support[t] += c[t][p];
            }
            tp[t] = c[t][t];
        }
        if (average == Average.MICRO) {
            long allTp = Arrays.stream(tp).sum();
            double p = ratio(allTp, Arrays.stream(predicted).sum());
            double r = ratio(allTp, Arrays.stream(support).sum());
            return pick(kind, p, r);
        }
        double sum = 0;
        for (int k = 0; k < numClasses; k++) {
            double value = pick(kind, ratio(tp[k], predicted[k]), ratio(tp[k], support[k]));
            double weight = average == Average.MACRO ? 1.0 / numClasses : (double) support[k] / yTrue.length;
            sum += weight * value;
        }
        return sum;
    }

    private static double pick(int kind, double precision, double recall) {
        return switch (kind) {
            case 0 -> precision;
            case 1 -> recall;
            default -> precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        };
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** Indices sorted by score, ascending or descending; tied scores end up next to each other. */
    private static Integer[] sortedIndices(double[] scores, boolean descending) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byScore = Comparator.comparingDouble(i -> scores[i]);
        Arrays.sort(order, descending ? byScore.reversed() : byScore);
        return order;
    }

    private static void checkLabels(int[] yTrue, int[] yPred, int numClasses) {
        if (yTrue == null || yPred == null) {
            throw new IllegalArgumentException("yTrue and yPred must not be null");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("yTrue must have at least one label, had 0");
        }
        if (yPred.length != yTrue.length) {
            throw new IllegalArgumentException("yPred must have one label per yTrue label (" + yTrue.length
                    + "), had " + yPred.length);
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be at least 2, was " + numClasses);
        }
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] < 0 || yTrue[i] >= numClasses) {
                throw new IllegalArgumentException("labels must be class indices 0 … " + (numClasses - 1)
                        + ", yTrue[" + i + "] is " + yTrue[i]);
            }
            if (yPred[i] < 0 || yPred[i] >= numClasses) {
                throw new IllegalArgumentException("labels must be class indices 0 … " + (numClasses - 1)
                        + ", yPred[" + i + "] is " + yPred[i]);
            }
        }
    }

    /** Validates binary labels and finite scores; returns the number of positives. */
    private static int checkBinary(int[] yTrue, double[] scores) {
        if (yTrue == null || scores == null) {
            throw new IllegalArgumentException("yTrue and scores must not be null");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("yTrue must have at least one label, had 0");
        }
        if (scores.length != yTrue.length) {
            throw new IllegalArgumentException("scores must have one value per label (" + yTrue.length + "), had "
                    + scores.length);
        }
        int positives = 0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] != 0 && yTrue[i] != 1) {
                throw new IllegalArgumentException("labels must be 0 or 1, yTrue[" + i + "] is " + yTrue[i]);
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("scores must be finite, scores[" + i + "] is " + scores[i]);
            }
            positives += yTrue[i];
        }
        return positives;
    }

    private static void checkRegression(double[] yTrue, double[] yPred) {
        if (yTrue == null || yPred == null) {
            throw new IllegalArgumentException("yTrue and yPred must not be null");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("yTrue must have at least one value, had 0");
        }
        if (yPred.length != yTrue.length) {
            throw new IllegalArgumentException("yPred must have one value per yTrue value (" + yTrue.length
                    + "), had " + yPred.length);
        }
        for (int i = 0; i < yTrue.length; i++) {
            if (!Double.isFinite(yTrue[i])) {
                throw new IllegalArgumentException("values must be finite, yTrue[" + i + "] is " + yTrue[i]);
            }
            if (!Double.isFinite(yPred[i])) {
                throw new IllegalArgumentException("values must be finite, yPred[" + i + "] is " + yPred[i]);
            }
        }
    }
}
