package io.mlpath.p2.evaluation;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the evaluation metrics, small enough to check by hand. */
@Challenge("p2.evaluation.metrics")
class MetricsTest {

    @Test
    @Points(1)
    @DisplayName("confusion matrix of y = {0, 0, 1, 2, 2}, ŷ = {0, 1, 1, 2, 0} is [[1, 1, 0], [0, 1, 0], [1, 0, 1]] "
            + "(rows = true class) and macro precision is (½ + ½ + 1)/3 = ⅔")
    void confusionMatrixAndMacroPrecision() {
        int[] y = {0, 0, 1, 2, 2};
        int[] predicted = {0, 1, 1, 2, 0};
        int[][] expected = {{1, 1, 0}, {0, 1, 0}, {1, 0, 1}};

        int[][] actual = Metrics.confusionMatrix(y, predicted, 3);
        if (!Arrays.deepEquals(expected, actual)) {
            throw Failure.of("confusion matrix differs")
                    .expected(Arrays.deepToString(expected)).actual(Arrays.deepToString(actual))
                    .likelyMistake("entry [t][p] counts rows with TRUE class t (row) and PREDICTED class p (column)")
                    .error();
        }
        ArrayAssertions.assertClose("macro precision", 2.0 / 3, Metrics.precision(y, predicted, 3,
                Metrics.Average.MACRO), Tolerance.absolute(1e-12),
                "precision of class c is C[c][c] over the sum of COLUMN c; macro is the plain mean over classes");
    }

    @Test
    @Points(1)
    @DisplayName("y = {0, 0, 1, 1}, scores {0.1, 0.4, 0.4, 0.8}: ROC AUC = 0.875 (the tied 0.4 pair counts ½) "
            + "and average precision = ½·1 + ½·⅔ = 5/6")
    void aucAndAveragePrecisionWithATie() {
        int[] y = {0, 0, 1, 1};
        double[] scores = {0.1, 0.4, 0.4, 0.8};

        ArrayAssertions.assertClose("ROC AUC", 0.875, Metrics.rocAuc(y, scores), Tolerance.absolute(1e-12),
                "tied scores share their average rank: the two 0.4s both get rank 2.5");
        ArrayAssertions.assertClose("average precision", 5.0 / 6, Metrics.averagePrecision(y, scores),
                Tolerance.absolute(1e-12), "the two rows scored 0.4 enter together: one step to recall 1 at "
                        + "precision 2/3");
    }
}
