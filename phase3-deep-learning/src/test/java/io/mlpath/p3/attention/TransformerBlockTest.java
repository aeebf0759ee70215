package io.mlpath.p3.attention;

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
 * Worked examples of the transformer block's parts: a layer norm of one row, the first two rows
 * of the sinusoidal positional encoding, and a block whose sub-layers are all zero (so only the
 * residual path is left).
 */
@Challenge("p3.attention.transformer-block")
class TransformerBlockTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(1)
    @DisplayName("layer norm of [1, 2, 3, 6] with γ = 2, β = 1: μ = 3, σ² = 3.5, y = 2·(x − 3)/√3.5 + 1")
    void layerNormOfOneRow() {
        LayerNorm norm = new LayerNorm(Nd4j.valueArrayOf(new long[] {4}, 2.0, DataType.DOUBLE),
                Nd4j.valueArrayOf(new long[] {4}, 1.0, DataType.DOUBLE), 1e-300);

        INDArray y = norm.forward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 6}}));

        double s = Math.sqrt(3.5);   // σ² = ((1−3)² + (2−3)² + 0 + (6−3)²) / 4 = 14/4 (divide by d, not d − 1)
        ArrayAssertions.assertClose("layer norm of [[1, 2, 3, 6]]",
                new double[][] {{2 * -2 / s + 1, 2 * -1 / s + 1, 1, 2 * 3 / s + 1}}, y.toDoubleMatrix(), CLOSE,
                "normalise each row with its own mean and biased variance (÷ d), then multiply by γ and add β");
    }

    @Test
    @Points(1)
    @DisplayName("sinusoidal(2, 4) = [[0, 1, 0, 1], [sin 1, cos 1, sin 0.01, cos 0.01]]")
    void positionalEncodingOfTwoPositions() {
        // ω_0 = 1/10000^(0/4) = 1, ω_1 = 1/10000^(2/4) = 1/100
        ArrayAssertions.assertClose("sinusoidal(2, 4)",
                new double[][] {{0, 1, 0, 1}, {Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)}},
                PositionalEncoding.sinusoidal(2, 4).toDoubleMatrix(), CLOSE,
                "even features are sin(pos·ω_i), odd ones cos(pos·ω_i), ω_i = 10000^(−2i/d_model)");
    }

    @Test
    @Points(1)
    @DisplayName("a block whose projections and feed-forward weights are all 0 returns its input (the residual path)")
    void zeroBlockIsTheIdentity() {
        INDArray z2 = Nd4j.zeros(DataType.DOUBLE, 2, 2);
        INDArray z = Nd4j.zeros(DataType.DOUBLE, 2);
        INDArray one = Nd4j.ones(DataType.DOUBLE, 2);
        TransformerBlock block = new TransformerBlock(1, TransformerBlock.Activation.RELU, 1e-5,
                new TransformerBlock.Parameters(one, z, z2, z, z2, z, z2, z, z2, z, one, z,
                        Nd4j.zeros(DataType.DOUBLE, 2, 3), Nd4j.zeros(DataType.DOUBLE, 3),
                        Nd4j.zeros(DataType.DOUBLE, 3, 2), z));

        INDArray out = block.forward(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}}), null);

        ArrayAssertions.assertClose("forward([[1, 2], [3, 4]]) with zero sub-layers", new double[][] {{1, 2}, {3, 4}},
                out.toDoubleMatrix(), CLOSE, "the block is x + MHA(LN₁(x)), then h + FFN(LN₂(h)): keep both residuals");
    }
}
