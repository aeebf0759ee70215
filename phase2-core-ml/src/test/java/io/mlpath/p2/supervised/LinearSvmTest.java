package io.mlpath.p2.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the Pegasos linear SVM. */
@Challenge("p2.supervised.svm")
class LinearSvmTest {

    /** Class 0 at (−1, 0), class 1 at (1, 0): the widest gap is the line x₁ = 0, margin 1. */
    private static final double[][] TWO_POINTS = {{-1, 0}, {1, 0}};
    private static final int[] TWO_LABELS = {0, 1};

    @Test
    @Points(1)
    @DisplayName("two points at x = (−1, 0) and (1, 0) give the maximum-margin line x₁ = 0: w ≈ (1, 0), b ≈ 0")
    void twoPointsGiveTheMaximumMarginLine() {
        LinearSvm svm = new LinearSvm(10, 10_000, 42).fit(TWO_POINTS, TWO_LABELS);

        ArrayAssertions.assertClose("weights w", new double[] {1, 0}, svm.weights(), Tolerance.absolute(0.02),
                "the margin constraints y·(w·x + b) ≥ 1 at both points force w₁ = 1: is y mapped to ±1, and is "
                        + "the step 1/(λt) with λ = 1/(n·C)?");
        ArrayAssertions.assertClose("bias b", 0.0, svm.bias(), Tolerance.absolute(0.02),
                "the points are symmetric about the origin, so the bias should end near 0");
    }

    @Test
    @Points(1)
    @DisplayName("predicts class 1 where w·x + b > 0 and class 0 where it is negative")
    void predictsBySignOfTheDecisionFunction() {
        LinearSvm svm = new LinearSvm(10, 10_000, 42).fit(TWO_POINTS, TWO_LABELS);
        double[][] queries = {{2, 0}, {-3, 5}, {0.5, -1}};

        double[] scores = svm.decisionFunction(queries);
        ArrayAssertions.assertClose("decision function at (2, 0), (−3, 5), (0.5, −1)", new double[] {2, -3, 0.5},
                scores, Tolerance.absolute(0.1), "f(x) = w·x + b with w ≈ (1, 0), b ≈ 0");
        assertThat(svm.predict(queries))
                .as("predicted classes of (2, 0), (−3, 5), (0.5, −1): class 1 exactly where f(x) > 0")
                .containsExactly(1, 0, 1);
    }
}
