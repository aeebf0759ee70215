package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The worked example of the class javadoc: one feature, X = [[1], [3]], γ = [2], β = [1], ε = 0,
 * momentum 0.1, every expected value computed by hand in the comments.
 */
@Challenge("p3.nn.regularization")
class BatchNormTest {

    private static final Tolerance EXACT = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    private static BatchNorm exampleLayer() {
        return new BatchNorm(Nd4j.createFromArray(new double[] {2}), Nd4j.createFromArray(new double[] {1}), 0.1, 0.0);
    }

    @Test
    @Points(2)
    @DisplayName("training forward of [[1], [3]] with γ = 2, β = 1 is [[-1], [3]]; running mean becomes 0.2 and"
            + " running variance 1.1 (unbiased variance 2)")
    void trainingForwardAndRunningStatistics() {
        BatchNorm layer = exampleLayer();

        INDArray y = layer.forward(Nd4j.createFromArray(new double[][] {{1}, {3}}));

        // μ = 2, σ² = ((1−2)² + (3−2)²)/2 = 1, X̂ = [[-1], [1]], Y = 2·X̂ + 1 = [[-1], [3]]
        ArrayAssertions.assertClose("forward([[1], [3]])", new double[][] {{-1}, {3}}, y.toDoubleMatrix(), EXACT,
                "normalise each column with its batch mean and its BIASED variance (divide by N), then γ·X̂ + β");
        // running_mean = 0.9·0 + 0.1·2 = 0.2; running_var = 0.9·1 + 0.1·2 = 1.1 (unbiased: 2/(2−1) = 2)
        ArrayAssertions.assertClose("runningMean()", new double[] {0.2}, layer.runningMean().toDoubleVector(), EXACT,
                "running_mean = (1 − momentum)·running_mean + momentum·μ, starting from 0");
        ArrayAssertions.assertClose("runningVar()", new double[] {1.1}, layer.runningVar().toDoubleVector(), EXACT,
                "running_var = (1 − momentum)·running_var + momentum·σ²·N/(N − 1), starting from 1");
    }

    @Test
    @Points(1)
    @DisplayName("backward of G = [[1], [0]] gives dβ = [1], dγ = [-1] and dX = [[0], [0]]; eval mode then maps"
            + " [[0.2]] to [[1]] with the running statistics")
    void backwardAndEvalMode() {
        BatchNorm layer = exampleLayer();
        layer.forward(Nd4j.createFromArray(new double[][] {{1}, {3}}));

        INDArray dx = layer.backward(Nd4j.createFromArray(new double[][] {{1}, {0}}));

        // dβ = Σ G = 1; dγ = Σ G·X̂ = 1·(−1) + 0·1 = −1; with two rows X̂ is always ±1, so dX = 0
        ArrayAssertions.assertClose("betaGradient()", new double[] {1}, layer.betaGradient().toDoubleVector(), EXACT,
                "dβ is the column sum of G");
        ArrayAssertions.assertClose("gammaGradient()", new double[] {-1}, layer.gammaGradient().toDoubleVector(),
                EXACT, "dγ is the column sum of G ⊙ X̂");
        ArrayAssertions.assertClose("backward([[1], [0]])", new double[][] {{0}, {0}}, dx.toDoubleMatrix(), EXACT,
                "dX = (1/N)·(1/√(σ² + ε))·(N·Ĝ − Σ Ĝ − X̂·Σ(Ĝ ⊙ X̂)) with Ĝ = G·γ");
        // eval: (0.2 − running_mean 0.2)/√1.1 · 2 + 1 = 1
        layer.eval();
        ArrayAssertions.assertClose("forward([[0.2]]) in eval mode", new double[][] {{1}},
                layer.forward(Nd4j.createFromArray(new double[][] {{0.2}})).toDoubleMatrix(), EXACT,
                "eval mode normalises with runningMean() and runningVar(), not with the batch's statistics");
    }
}
