package io.mlpath.p2.evaluation;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the Monte-Carlo bias-variance decomposition. */
@Challenge("p2.evaluation.bias-variance")
class BiasVarianceTest {

    @Test
    @Points(2)
    @DisplayName("a learner that always predicts 0.5, with f(x) = x, σ = 0.1 and test inputs {0, 1}: variance 0, "
            + "bias² = ((0.5 − 0)² + (0.5 − 1)²)/2 = 0.25, noise 0.01, expected MSE ≈ 0.26")
    void constantLearnerWorkedExample() {
        BiasVariance.Learner constant = (x, y) -> t -> 0.5;
        BiasVariance.DataProcess process = new BiasVariance.DataProcess(t -> t, 0.1, 0, 1);

        BiasVariance.Decomposition d = BiasVariance.decompose(constant, process, 10, new double[] {0, 1}, 2000, 42);

        ArrayAssertions.assertClose("variance", 0.0, d.variance(), Tolerance.absolute(1e-12),
                "variance is the spread of the predictions around THEIR MEAN (here all 0.5), not around the truth");
        ArrayAssertions.assertClose("bias²", 0.25, d.bias2(), Tolerance.absolute(1e-12),
                "bias² = mean over test inputs of (mean prediction − f(x))²");
        ArrayAssertions.assertClose("noise", 0.01, d.noise(), Tolerance.absolute(1e-12), "noise = σ²");
        ArrayAssertions.assertClose("expected MSE", 0.26, d.expectedMse(), Tolerance.absolute(0.01),
                "the expected MSE compares predictions with NOISY targets f(x) + σ·N(0, 1), so it includes σ²");
    }

    @Test
    @Points(1)
    @DisplayName("predicting the training mean of y = 2 + N(0, 1) from 10 rows has variance σ²/n = 0.1 and "
            + "bias² ≈ 0")
    void meanLearnerWorkedExample() {
        BiasVariance.Learner mean = (x, y) -> {
            double m = Arrays.stream(y).average().orElseThrow();
            return t -> m;
        };
        BiasVariance.DataProcess process = new BiasVariance.DataProcess(t -> 2, 1.0, -1, 1);

        BiasVariance.Decomposition d = BiasVariance.decompose(mean, process, 10, new double[] {0.0}, 2000, 7);

        ArrayAssertions.assertClose("variance", 0.1, d.variance(), Tolerance.absolute(0.015),
                "each round must draw a NEW training set (one Random for all rounds), and the variance is taken "
                        + "around the mean prediction");
        ArrayAssertions.assertClose("bias²", 0.0, d.bias2(), Tolerance.absolute(0.001),
                "the mean of the training means is 2, the truth: bias² is (mean prediction − f)²");
    }
}
