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

/** Worked examples of the activations, with the expected values worked out in the comments. */
@Challenge("p3.nn.activations")
class ActivationsTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(1)
    @DisplayName("ReLU keeps positive entries and zeroes the rest; its backward passes G only where x > 0")
    void reluForwardAndBackward() {
        INDArray x = Nd4j.createFromArray(new double[][] {{-1, 2}, {0.5, -3}});
        INDArray g = Nd4j.createFromArray(new double[][] {{5, 5}, {5, 5}});

        // max(x, 0) entry by entry
        ArrayAssertions.assertClose("relu(x)", new double[][] {{0, 2}, {0.5, 0}},
                Activations.relu(x).toDoubleMatrix(), CLOSE, "relu is max(x, 0)");
        // G ⊙ [x > 0]
        ArrayAssertions.assertClose("reluBackward(x, G)", new double[][] {{0, 5}, {5, 0}},
                Activations.reluBackward(x, g).toDoubleMatrix(), CLOSE, "the ReLU derivative is 1 where x > 0, else 0");
    }

    @Test
    @Points(2)
    @DisplayName("softmax of [0, ln 3] is [0.25, 0.75], and softmax([1000, 1001]) equals softmax([0, 1])")
    void softmaxIsStable() {
        INDArray x = Nd4j.createFromArray(new double[][] {{0, Math.log(3)}, {1000, 1001}});

        // row 0: [e^0, e^ln3] / (1 + 3) = [1, 3]/4; row 1: subtract the max 1001 → [e^−1, 1]/(e^−1 + 1)
        double e = Math.exp(1);
        ArrayAssertions.assertClose("softmax(x)", new double[][] {{0.25, 0.75}, {1 / (1 + e), e / (1 + e)}},
                Activations.softmax(x).toDoubleMatrix(), CLOSE,
                "subtract each row's maximum before exp: e^1000 overflows to Infinity, and Infinity/Infinity is NaN");
        // backward with G = [1, 0] on row 0: y⊙(G − G·y) = [0.25·0.75, 0.75·(0 − 0.25)]
        INDArray g = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 0}});
        ArrayAssertions.assertClose("softmaxBackward(x, G) row 0", new double[] {0.1875, -0.1875},
                Activations.softmaxBackward(x, g).getRow(0).toDoubleVector(), CLOSE,
                "dx = y⊙(G − rowSum(G⊙y))");
    }
}
