package io.mlpath.p3.attention;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Worked example of multi-head attention: two heads of width 1 with identity projections, so
 * each head attends with one column of the input (expected values computed by hand below).
 */
@Challenge("p3.attention.multi-head")
class MultiHeadAttentionTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    private static MultiHeadAttention identityLayer() {
        INDArray eye = Nd4j.eye(2).castTo(DataType.DOUBLE);
        INDArray zero = Nd4j.zeros(DataType.DOUBLE, 2);
        return new MultiHeadAttention(2, eye, zero, eye, zero, eye, zero, eye, zero);
    }

    @Test
    @Points(2)
    @DisplayName("two heads split the features: X = [[1, 0], [0, 1]] with identity weights gives"
            + " [[0.7311, 0.5], [0.5, 0.7311]]")
    void twoHeadsOnTheIdentity() {
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}});

        INDArray output = identityLayer().forward(x, x, x, null);

        // head 0 sees column 0: Q = K = V = [[1], [0]], scores [[1, 0], [0, 0]] (√d_h = 1)
        //   row 0: softmax([1, 0]) = [e/(e+1), 1/(e+1)] → 0.7311·1 + 0.2689·0 = 0.7311; row 1: [1/2, 1/2] → 0.5
        // head 1 sees column 1: Q = K = V = [[0], [1]] → row 0: 0.5; row 1: 0.7311
        double s = Math.E / (Math.E + 1);
        ArrayAssertions.assertClose("forward(X, X, X, null)", new double[][] {{s, 0.5}, {0.5, s}},
                output.toDoubleMatrix(), CLOSE,
                "head j uses COLUMNS j·d_h..(j+1)·d_h of Q, K and V; the head outputs are concatenated column-wise");
    }

    @Test
    @Points(1)
    @DisplayName("lastWeights() holds one T_q×T_k matrix per head: shape [2, 2, 2], head 0 row 0 = [0.7311, 0.2689]")
    void perHeadWeights() {
        MultiHeadAttention layer = identityLayer();
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}});
        layer.forward(x, x, x, null);

        INDArray weights = layer.lastWeights();

        ArrayAssertions.assertClose("shape of lastWeights()", new double[] {2, 2, 2},
                Arrays.stream(weights.shape()).asDoubleStream().toArray(), CLOSE, "heads × queries × keys");
        double s = Math.E / (Math.E + 1);
        ArrayAssertions.assertClose("head 0's weights", new double[][] {{s, 1 - s}, {0.5, 0.5}},
                weights.slice(0).toDoubleMatrix(), CLOSE, "head 0 attends with column 0 only");
    }
}
