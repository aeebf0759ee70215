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

/** Worked examples of the losses, with the expected values worked out in the comments. */
@Challenge("p3.nn.losses")
class LossesTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(1)
    @DisplayName("MSE of [[1, 2]] against [[0, 4]] is the mean (1 + 4)/2 = 2.5, with gradient 2(P − T)/2 = [[1, -2]]")
    void mseWorkedExample() {
        INDArray p = Nd4j.createFromArray(new double[][] {{1, 2}});
        INDArray t = Nd4j.createFromArray(new double[][] {{0, 4}});

        ArrayAssertions.assertClose("mse", 2.5, Losses.mse(p, t), CLOSE, "the mean over all entries of (p − t)²");
        ArrayAssertions.assertClose("mseGradient", new double[][] {{1, -2}}, Losses.mseGradient(p, t).toDoubleMatrix(),
                CLOSE, "2(p − t) divided by the number of entries");
    }

    @Test
    @Points(2)
    @DisplayName("cross-entropy of two rows is the MEAN of −log softmax at the labels; the gradient is (softmax − onehot)/N")
    void crossEntropyWorkedExample() {
        // row 0: softmax([0, ln 3]) = [0.25, 0.75], label 1 → −ln 0.75
        // row 1: softmax([1000, 1000]) = [0.5, 0.5], label 0 → ln 2 (subtract the row max before exp!)
        INDArray z = Nd4j.createFromArray(new double[][] {{0, Math.log(3)}, {1000, 1000}});
        int[] labels = {1, 0};

        ArrayAssertions.assertClose("softmaxCrossEntropy", (-Math.log(0.75) + Math.log(2)) / 2,
                Losses.softmaxCrossEntropy(z, labels), CLOSE, "the mean over the rows, not the sum; stable log-sum-exp");
        // ([0.25, 0.75] − [0, 1]) / 2 and ([0.5, 0.5] − [1, 0]) / 2
        ArrayAssertions.assertClose("softmaxCrossEntropyGradient", new double[][] {{0.125, -0.125}, {-0.25, 0.25}},
                Losses.softmaxCrossEntropyGradient(z, labels).toDoubleMatrix(), CLOSE, "(softmax(Z) − onehot(y)) / N");
    }
}
