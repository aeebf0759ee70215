package io.mlpath.p3.attention;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Worked examples of scaled dot-product attention, with the expected values computed by hand in
 * the comments.
 */
@Challenge("p3.attention.scaled-dot-product")
class ScaledDotProductAttentionTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(2)
    @DisplayName("one query over two keys: scores [4, 0] / √4 = [2, 0], weights [e²/(e²+1), 1/(e²+1)], output 11.19")
    void classExample() {
        ScaledDotProductAttention.Result result = ScaledDotProductAttention.attend(
                Nd4j.createFromArray(new double[][] {{1, 1, 1, 1}}),
                Nd4j.createFromArray(new double[][] {{1, 1, 1, 1}, {0, 0, 0, 0}}),
                Nd4j.createFromArray(new double[][] {{10}, {20}}), null);

        double e2 = Math.exp(2);
        double w0 = e2 / (e2 + 1);   // 0.8808
        double w1 = 1 / (e2 + 1);    // 0.1192
        ArrayAssertions.assertClose("weights", new double[][] {{w0, w1}}, result.weights().toDoubleMatrix(), CLOSE,
                "the scores are Q·Kᵀ divided by √d_k = 2 (not by d_k, not unscaled), then a softmax over each row");
        ArrayAssertions.assertClose("output", new double[][] {{10 * w0 + 20 * w1}}, result.output().toDoubleMatrix(),
                CLOSE, "the output is weights·V");
    }

    @Test
    @Points(1)
    @DisplayName("causalMask(3) is 0 on and below the diagonal and -∞ above it")
    void causalMaskOfThree() {
        ArrayAssertions.assertClose("causalMask(3)",
                new double[][] {{0, NEG_INF, NEG_INF}, {0, 0, NEG_INF}, {0, 0, 0}},
                ScaledDotProductAttention.causalMask(3).toDoubleMatrix(), Tolerance.absolute(0),
                "token i may attend to itself (j = i) and to earlier tokens (j < i), never to a later one (j > i)");
    }
}
