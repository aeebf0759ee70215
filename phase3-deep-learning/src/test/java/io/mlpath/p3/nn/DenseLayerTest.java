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
 * Worked examples of the dense layer: the 2×3 batch through a 3→2 layer from the class javadoc,
 * with every expected value computed by hand in the comments.
 */
@Challenge("p3.nn.dense-layer")
class DenseLayerTest {

    private static final Tolerance EXACT = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    /** X = [[1, 2, 3], [4, 5, 6]], W = [[1, -1], [0, 2], [2, 1]], b = [1, -2]. */
    private static DenseLayer exampleLayer() {
        INDArray weights = Nd4j.createFromArray(new double[][] {{1, -1}, {0, 2}, {2, 1}});
        INDArray bias = Nd4j.createFromArray(new double[] {1, -2});
        return new DenseLayer(weights, bias);
    }

    private static INDArray exampleInput() {
        return Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    @Points(1)
    @DisplayName("forward computes X·W and adds the bias to every row: [[1,2,3],[4,5,6]] -> [[8,4],[17,10]]")
    void forwardOnTheWorkedExample() {
        INDArray y = exampleLayer().forward(exampleInput());

        // row 0: [1·1 + 2·0 + 3·2, 1·(−1) + 2·2 + 3·1] + [1, −2] = [7, 6] + [1, −2] = [8, 4]
        // row 1: [4·1 + 5·0 + 6·2, 4·(−1) + 5·2 + 6·1] + [1, −2] = [16, 12] + [1, −2] = [17, 10]
        ArrayAssertions.assertClose("forward([[1, 2, 3], [4, 5, 6]])", new double[][] {{8, 4}, {17, 10}},
                y.toDoubleMatrix(), EXACT,
                "is the output X·W (N×D times D×M) with the bias added to every row?");
    }

    @Test
    @Points(2)
    @DisplayName("backward returns dX = G·Wᵀ and stores dW = Xᵀ·G and db = the column sums of G")
    void backwardOnTheWorkedExample() {
        DenseLayer layer = exampleLayer();
        layer.forward(exampleInput());
        INDArray g = Nd4j.createFromArray(new double[][] {{1, -1}, {2, 0.5}});

        INDArray dx = layer.backward(g);

        // dX = G·Wᵀ, Wᵀ = [[1, 0, 2], [−1, 2, 1]]:
        //   row 0 = 1·[1, 0, 2] + (−1)·[−1, 2, 1] = [2, −2, 1]
        //   row 1 = 2·[1, 0, 2] + 0.5·[−1, 2, 1]  = [1.5, 1, 4.5]
        ArrayAssertions.assertClose("dX = backward(G)", new double[][] {{2, -2, 1}, {1.5, 1, 4.5}},
                dx.toDoubleMatrix(), EXACT,
                "dX is G·Wᵀ: (N×M) times (M×D); is W transposed?");
        // dW = Xᵀ·G: dW[d][m] = Σ_n X[n][d]·G[n][m]
        //   row 0 = 1·[1, −1] + 4·[2, 0.5] = [9, 1]
        //   row 1 = 2·[1, −1] + 5·[2, 0.5] = [12, 0.5]
        //   row 2 = 3·[1, −1] + 6·[2, 0.5] = [15, 0]
        ArrayAssertions.assertClose("weightGradient()", new double[][] {{9, 1}, {12, 0.5}, {15, 0}},
                layer.weightGradient().toDoubleMatrix(), EXACT,
                "dW is Xᵀ·G: (D×N) times (N×M), with X the input of the latest forward call");
        // db = G[0] + G[1] = [1 + 2, −1 + 0.5] = [3, −0.5]: a sum over the batch, not a mean
        ArrayAssertions.assertClose("biasGradient()", new double[] {3, -0.5},
                layer.biasGradient().toDoubleVector(), EXACT,
                "db is the sum of the rows of G (every row used the same bias), not one row or their mean");
    }
}
