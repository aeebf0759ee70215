package io.mlpath.p2.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import io.mlpath.p2.evaluation.Metrics.Average;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hidden tests of the evaluation metrics.
 *
 * <p>Oracles: scikit-learn 1.2.1 ({@code metrics-sklearn.json}, written by
 * {@code fixtures/evaluation_metrics.py} from seeded predictions whose binary scores tie a lot);
 * Commons Math's Mann-Whitney U (average ranks for ties) for ROC AUC on seeded data; closed forms
 * on small hand-checked inputs.
 */
@Challenge("p2.evaluation.metrics")
class MetricsGradingTest {

    private static final Tolerance EXACT = Tolerance.absolute(1e-12);
    private static final String TIE_MISTAKE = "are tied scores given the AVERAGE of the ranks they span? Ranking "
            + "them by their position after sorting (input order) makes AUC depend on how the rows are listed";
    private static final String AP_TIE_MISTAKE = "rows with the same score are ONE threshold: add all of them before "
            + "computing precision and recall, and take one step (Rₜ − Rₜ₋₁)·Pₜ per distinct score";

    private static Fixture sk;
    private static int[] multiTrue;
    private static int[] multiPred;
    private static int k;
    private static int[] binaryTrue;
    private static double[] binaryScores;

    @BeforeAll
    static void load() {
        sk = Fixture.load(MetricsGradingTest.class, "metrics-sklearn.json");
        multiTrue = ints(sk.vector("multiclass_true"));
        multiPred = ints(sk.vector("multiclass_pred"));
        k = (int) sk.number("multiclass_k");
        binaryTrue = ints(sk.vector("binary_true"));
        binaryScores = sk.vector("binary_scores");
    }

    @Test
    @Points(3)
    @DisplayName("the confusion matrix of 90 seeded 4-class predictions equals sklearn's confusion_matrix "
            + "(rows = true class, columns = predicted class)")
    void confusionMatrixMatchesSklearn() {
        double[][] expected = sk.matrix("confusion");
        int[][] actual = Metrics.confusionMatrix(multiTrue, multiPred, k);
        ArrayAssertions.assertClose("confusion matrix", expected, toDouble(actual), EXACT,
                "entry [t][p] counts rows whose TRUE class is t and PREDICTED class is p: is it transposed?");
    }

    @Test
    @Points(3)
    @DisplayName("macro precision, recall and F1 equal sklearn's average='macro' (plain mean of the per-class "
            + "scores)")
    void macroMatchesSklearn() {
        assertAverage(Average.MACRO, "macro", "macro = the unweighted mean of the K per-class scores; macro F1 "
                + "averages the per-class F1s (not the F1 of macro P and macro R)");
    }

    @Test
    @Points(2)
    @DisplayName("micro precision, recall and F1 equal sklearn's average='micro', which for single-label data is "
            + "the accuracy")
    void microMatchesSklearnAndAccuracy() {
        assertAverage(Average.MICRO, "micro", "micro pools TP, FP and FN over all classes before dividing");
        int right = 0;
        for (int i = 0; i < multiTrue.length; i++) {
            right += multiTrue[i] == multiPred[i] ? 1 : 0;
        }
        ArrayAssertions.assertClose("accuracy", (double) right / multiTrue.length,
                Metrics.accuracy(multiTrue, multiPred, k), EXACT, "accuracy = the diagonal of the confusion "
                        + "matrix over n");
    }

    @Test
    @Points(3)
    @DisplayName("weighted precision, recall and F1 equal sklearn's average='weighted' (per-class scores weighted "
            + "by support = the number of TRUE rows of each class)")
    void weightedMatchesSklearn() {
        assertAverage(Average.WEIGHTED, "weighted", "the weight of class c is its support (row sum of the "
                + "confusion matrix, true count) over n, not 1/K and not the predicted count");
    }

    @Test
    @Points(2)
    @DisplayName("a class that is never predicted has precision 0/0 = 0 and still counts in the macro mean: "
            + "y = {0, 1, 2, 2}, ŷ = {0, 0, 2, 2} gives macro precision (½ + 0 + 1)/3 = ½, macro recall ⅔")
    void zeroDivisionCountsAsZero() {
        int[] y = {0, 1, 2, 2};
        int[] predicted = {0, 0, 2, 2};
        ArrayAssertions.assertClose("macro precision", 0.5, Metrics.precision(y, predicted, 3, Average.MACRO),
                EXACT, "class 1 is never predicted: TP + FP = 0, so its precision is 0 (sklearn's "
                        + "zero_division=0), and it still counts as one of the 3 classes (not NaN, not skipped)");
        ArrayAssertions.assertClose("macro recall", 2.0 / 3, Metrics.recall(y, predicted, 3, Average.MACRO),
                EXACT, "recall of class c = C[c][c] over the ROW sum of class c");
        ArrayAssertions.assertClose("macro F1", (2.0 / 3 + 0 + 1) / 3, Metrics.f1(y, predicted, 3, Average.MACRO),
                EXACT, "F1 of a class with P + R = 0 is 0");
    }

    @Test
    @Points(4)
    @DisplayName("ROC AUC of 70 seeded scores rounded to one decimal (11 distinct values, many ties) equals "
            + "sklearn's roc_auc_score")
    void aucMatchesSklearnWithTies() {
        ArrayAssertions.assertClose("ROC AUC", sk.number("roc_auc"), Metrics.rocAuc(binaryTrue, binaryScores),
                EXACT, TIE_MISTAKE);
    }

    @Test
    @Points(4)
    @DisplayName("ROC AUC does not depend on the order of tied rows: listing each tie group positives-first, "
            + "negatives-first or shuffled gives sklearn's value every time")
    void aucIsInvariantToTheOrderOfTies() {
        double expected = sk.number("roc_auc");
        for (String order : List.of("positives first within ties", "negatives first within ties", "shuffled")) {
            Integer[] rows = reorder(order);
            double actual = Metrics.rocAuc(pick(binaryTrue, rows), pick(binaryScores, rows));
            ArrayAssertions.assertClose("ROC AUC with rows listed " + order, expected, actual, EXACT, TIE_MISTAKE);
        }
    }

    @Test
    @Points(2)
    @DisplayName("ROC AUC equals the Mann-Whitney U statistic over n₊·n₋ (Commons Math, average ranks) on 200 "
            + "seeded rows with integer scores 0–9")
    void aucIsMannWhitneyU() {
        Random random = new Random(Seeds.of(17));
        int n = 200;
        int[] y = new int[n];
        double[] scores = new double[n];
        List<Double> positives = new ArrayList<>();
        List<Double> negatives = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            y[i] = i == 0 ? 1 : i == 1 ? 0 : random.nextInt(2);
            scores[i] = Math.min(9, Math.max(0, Math.round(4 + 2 * y[i] + 2.5 * random.nextGaussian())));
            (y[i] == 1 ? positives : negatives).add(scores[i]);
        }
        double[] pos = positives.stream().mapToDouble(Double::doubleValue).toArray();
        double[] neg = negatives.stream().mapToDouble(Double::doubleValue).toArray();
        // Commons Math returns max(U₊, U₋); positives score 2 higher on average, so that is U₊.
        double uPositive = new MannWhitneyUTest().mannWhitneyU(pos, neg);
        ArrayAssertions.assertClose("ROC AUC", uPositive / ((double) pos.length * neg.length),
                Metrics.rocAuc(y, scores), EXACT, TIE_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("ROC AUC is 1 for a perfect ranking, 0 for a reversed one and ½ when every score ties")
    void aucExtremes() {
        int[] y = {0, 1, 0, 1, 1};
        ArrayAssertions.assertClose("AUC of a perfect ranking", 1.0, Metrics.rocAuc(y, new double[] {1, 5, 2, 4, 3}),
                EXACT, "AUC = (R₊ − n₊(n₊+1)/2)/(n₊n₋) with ranks starting at 1 for the LOWEST score");
        ArrayAssertions.assertClose("AUC of a reversed ranking", 0.0,
                Metrics.rocAuc(y, new double[] {5, 1, 4, 2, 3}), EXACT,
                "a high score must mean positive: rank from the lowest score up");
        ArrayAssertions.assertClose("AUC when every score ties", 0.5, Metrics.rocAuc(y, new double[] {2, 2, 2, 2, 2}),
                EXACT, TIE_MISTAKE);
    }

    @Test
    @Points(4)
    @DisplayName("average precision of the tied scores equals sklearn's average_precision_score, whatever the "
            + "order of the tied rows")
    void averagePrecisionMatchesSklearnWithTies() {
        double expected = sk.number("average_precision");
        ArrayAssertions.assertClose("average precision", expected,
                Metrics.averagePrecision(binaryTrue, binaryScores), EXACT, AP_TIE_MISTAKE);
        for (String order : List.of("positives first within ties", "negatives first within ties")) {
            Integer[] rows = reorder(order);
            ArrayAssertions.assertClose("average precision with rows listed " + order, expected,
                    Metrics.averagePrecision(pick(binaryTrue, rows), pick(binaryScores, rows)), EXACT,
                    AP_TIE_MISTAKE);
        }
    }

    @Test
    @Points(3)
    @DisplayName("log loss of 40 seeded 3-class probability rows, one of them certain and wrong (p = 0), equals "
            + "sklearn's log_loss with eps = 1e-15")
    void logLossMatchesSklearn() {
        double actual = Metrics.logLoss(ints(sk.vector("logloss_true")), sk.matrix("logloss_proba"));
        ArrayAssertions.assertClose("log loss", sk.number("log_loss"), actual, Tolerance.relative(1e-12),
                "clip the true class's probability to [1e-15, 1 − 1e-15] before the log: log(0) is −∞; and use "
                        + "the natural log, averaged over the n rows");
    }

    @Test
    @Points(2)
    @DisplayName("a confident wrong answer costs −ln(1e-15) ≈ 34.54, not infinity: log loss of y = {1}, p = (1, 0)")
    void confidentWrongAnswerIsClipped() {
        ArrayAssertions.assertClose("log loss of one certain, wrong row", -Math.log(1e-15),
                Metrics.logLoss(new int[] {1}, new double[][] {{1, 0}}), Tolerance.relative(1e-12),
                "clip p to [1e-15, 1 − 1e-15] before taking the log, so one mistake cannot make the loss infinite");
        ArrayAssertions.assertClose("log loss of one certain, right row", -Math.log(1 - 1e-15),
                Metrics.logLoss(new int[] {0}, new double[][] {{1, 0}}), Tolerance.absolute(1e-18),
                "a certain, right answer costs (almost) nothing");
    }

    @Test
    @Points(3)
    @DisplayName("MAE, MSE and R² of 50 seeded regression predictions equal sklearn's mean_absolute_error, "
            + "mean_squared_error and r2_score")
    void regressionMetricsMatchSklearn() {
        double[] y = sk.vector("regression_true");
        double[] yHat = sk.vector("regression_pred");
        ArrayAssertions.assertClose("MAE", sk.number("mae"), Metrics.meanAbsoluteError(y, yHat),
                Tolerance.relative(1e-12), "MAE = mean |y − ŷ| over n");
        ArrayAssertions.assertClose("MSE", sk.number("mse"), Metrics.meanSquaredError(y, yHat),
                Tolerance.relative(1e-12), "MSE = mean (y − ŷ)² over n (not n − 1, no square root)");
        ArrayAssertions.assertClose("R²", sk.number("r2"), Metrics.r2(y, yHat), Tolerance.relative(1e-12),
                "R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², with ȳ the mean of the TRUE values");
    }

    @Test
    @Points(2)
    @DisplayName("R² is 0 when predicting the mean of y, negative when worse than the mean, and for a constant "
            + "y 1 if perfect, else 0")
    void r2EdgeCases() {
        double[] y = {1, 2, 3, 6};
        ArrayAssertions.assertClose("R² of predicting the mean", 0.0, Metrics.r2(y, new double[] {3, 3, 3, 3}),
                EXACT, "SS_tot is measured around the mean of yTrue");
        ArrayAssertions.assertClose("R² of predicting ŷ = {6, 3, 2, 1}", 1 - 52.0 / 14,
                Metrics.r2(y, new double[] {6, 3, 2, 1}), EXACT, "R² is not clipped at 0: a model worse than "
                        + "the mean has a negative R²");
        ArrayAssertions.assertClose("R² of a perfect prediction of a constant y", 1.0,
                Metrics.r2(new double[] {4, 4}, new double[] {4, 4}), EXACT,
                "SS_tot = 0 for a constant target: return 1 when SS_res is 0 too (no 0/0 = NaN)");
        ArrayAssertions.assertClose("R² of an imperfect prediction of a constant y", 0.0,
                Metrics.r2(new double[] {4, 4}, new double[] {4, 5}), EXACT,
                "SS_tot = 0 for a constant target: return 0 when SS_res > 0 (no division by 0)");
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad input with IllegalArgumentException naming the rule: length mismatch, label "
            + "outside 0…K−1, a single class for AUC, a NaN score, a probability row that does not sum to 1")
    void rejectsBadInput() {
        expectRejection("yPred shorter than yTrue", "one label per",
                () -> Metrics.confusionMatrix(new int[] {0, 1, 1}, new int[] {0, 1}, 2));
        expectRejection("label 3 with K = 3", "0 … 2",
                () -> Metrics.precision(new int[] {0, 3}, new int[] {0, 1}, 3, Average.MACRO));
        expectRejection("AUC with only positives", "both classes",
                () -> Metrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.7}));
        expectRejection("a NaN score", "finite",
                () -> Metrics.rocAuc(new int[] {0, 1}, new double[] {Double.NaN, 0.7}));
        expectRejection("a probability row summing to 0.9", "sum to 1",
                () -> Metrics.logLoss(new int[] {0}, new double[][] {{0.5, 0.4}}));
        expectRejection("regression arrays of different length", "one value per",
                () -> Metrics.meanSquaredError(new double[] {1, 2}, new double[] {1}));
    }

    private static void assertAverage(Average average, String key, String mistake) {
        ArrayAssertions.assertClose(key + " precision", sk.number("precision_" + key),
                Metrics.precision(multiTrue, multiPred, k, average), EXACT, mistake
                        + "; precision of class c = C[c][c] over the COLUMN sum");
        ArrayAssertions.assertClose(key + " recall", sk.number("recall_" + key),
                Metrics.recall(multiTrue, multiPred, k, average), EXACT, mistake
                        + "; recall of class c = C[c][c] over the ROW sum");
        ArrayAssertions.assertClose(key + " F1", sk.number("f1_" + key),
                Metrics.f1(multiTrue, multiPred, k, average), EXACT, mistake);
    }

    private static void expectRejection(String what, String ruleFragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call,
                () -> Failure.of(what + " was accepted").expected("IllegalArgumentException mentioning '"
                        + ruleFragment + "'").actual("no IllegalArgumentException")
                        .likelyMistake("validate inputs where they enter").message());
        if (e.getMessage() == null || !e.getMessage().contains(ruleFragment)) {
            throw Failure.of("the message for " + what + " does not state the rule")
                    .expected("a message containing '" + ruleFragment + "'").actual(e.getMessage())
                    .likelyMistake("say which rule was broken and the bad value, e.g. \"labels must be class "
                            + "indices 0 … 2, yTrue[1] is 3\"")
                    .error();
        }
    }

    /** Row order: sorted by score with ties arranged as named, or a seeded shuffle. */
    private static Integer[] reorder(String order) {
        Integer[] rows = new Integer[binaryTrue.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        if (order.equals("shuffled")) {
            List<Integer> list = new ArrayList<>(Arrays.asList(rows));
            Collections.shuffle(list, new Random(Seeds.of(5)));
            return list.toArray(new Integer[0]);
        }
        int sign = order.startsWith("positives") ? -1 : 1;
        Arrays.sort(rows, Comparator.<Integer>comparingDouble(i -> binaryScores[i])
                .thenComparingInt(i -> sign * binaryTrue[i]));
        return rows;
    }

    private static int[] pick(int[] values, Integer[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static double[] pick(double[] values, Integer[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static int[] ints(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    private static double[][] toDouble(int[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = Arrays.stream(values[i]).asDoubleStream().toArray();
        }
        return out;
    }
}
