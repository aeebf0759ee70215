package io.mlpath.p2.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of softmax regression. */
@Challenge("p2.supervised.softmax-regression")
class SoftmaxRegressionTest {

    @Test
    @Points(1)
    @DisplayName("softmax(1, 2, 3) = (e¹, e², e³) / (e¹ + e² + e³) = (0.0900, 0.2447, 0.6652)")
    void softmaxOfThreeLogits() {
        double[] p = SoftmaxRegression.softmax(new double[] {1, 2, 3});

        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        ArrayAssertions.assertClose("softmax(1, 2, 3)",
                new double[] {Math.exp(1) / sum, Math.exp(2) / sum, Math.exp(3) / sum}, p, Tolerance.absolute(1e-12),
                "exponentiate every logit (after subtracting the largest) and divide by the sum");
    }

    @Test
    @Points(1)
    @DisplayName("with W = 0 and b = 0 every class has probability 1/3, so the loss is ln 3 ≈ 1.0986")
    void zeroParametersGiveLnThree() {
        double[][] x = {{-2}, {0}, {2}};
        int[] y = {0, 1, 2};
        SoftmaxRegression model = new SoftmaxRegression(1.0, 0.5, 100, 1e-6);

        double loss = model.loss(x, y, new double[3][1], new double[3]);

        ArrayAssertions.assertClose("loss at W = 0, b = 0", Math.log(3), loss, Tolerance.absolute(1e-12),
                "each row contributes −log(1/3) = ln 3; the loss is the mean over rows plus λ/2‖W‖² = 0");
    }

    @Test
    @Points(1)
    @DisplayName("three 1-D points x = −2, 0, 2 with classes 0, 1, 2 (C = 100): predicts 0, 1, 2, and each row of "
            + "predictProba sums to 1")
    void fitsThreePoints() {
        double[][] x = {{-2}, {0}, {2}};
        int[] y = {0, 1, 2};

        SoftmaxRegression model = new SoftmaxRegression(100, 0.5, 5_000, 1e-8).fit(x, y);

        assertThat(model.predict(x)).as("predicted classes of x = −2, 0, 2").containsExactly(0, 1, 2);
        for (double[] row : model.predictProba(x)) {
            ArrayAssertions.assertClose("sum of a row of predictProba", 1.0, row[0] + row[1] + row[2],
                    Tolerance.absolute(1e-12), "softmax divides by the sum of the exponentials");
        }
    }
}
