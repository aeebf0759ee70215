package io.mlpath.p3.attention;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link LayerNorm}, {@link PositionalEncoding} and {@link TransformerBlock}.
 *
 * <p>Oracles: a PyTorch float64 fixture ({@code fixtures/attention_transformer_block.py}):
 * {@code torch.nn.LayerNorm} with random γ/β, the positional-encoding table computed with numpy as
 * in the PyTorch tutorial, and {@code torch.nn.TransformerEncoderLayer(norm_first=True, dropout=0)}
 * in eval mode with copied weights (ReLU, GELU-tanh, causal mask); closed forms (row mean 0 and
 * variance σ²/(σ²+ε) after normalisation; PE(pos+k) = PE(pos)·M_k for the block-diagonal rotation
 * M_k by angles k·ω_i built here from the formula; a block with zero sub-layers is the identity);
 * and invariants (causality of the block under a causal mask).
 */
@Challenge("p3.attention.transformer-block")
class TransformerBlockGradingTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-11);
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final String LN_MISTAKE = "layer norm uses each ROW's mean and BIASED variance (divide by d, not"
            + " d − 1), with ε inside the square root: γ·(x − μ)/√(σ² + ε) + β";
    private static final String PE_MISTAKE = "PE[pos][2i] = sin(pos·ω_i), PE[pos][2i+1] = cos(pos·ω_i), with"
            + " ω_i = 10000^(−2i/d_model): sin on the even features, and the exponent uses 2i, not i";
    private static final String RESIDUAL_MISTAKE = "both sub-layers are residual: h = x + MHA(LN₁(x)) and"
            + " out = h + FFN(LN₂(h)); dropping an 'x +' (or normalising after the addition, post-LN) changes the output";
    private static final String BLOCK_MISTAKE = RESIDUAL_MISTAKE + "; inside MHA each head uses a column slice and"
            + " the scale √d_h";

    private static Fixture torch;

    @BeforeAll
    static void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        torch = Fixture.load(TransformerBlockGradingTest.class, "transformer-block.json");
    }

    // ----------------------------------------------------------------------------- layer norm

    @Test
    @Points(3)
    @DisplayName("LayerNorm matches torch.nn.LayerNorm(6, eps=1e-5) with random γ and β on 4 rows")
    void layerNormMatchesTorch() {
        LayerNorm norm = new LayerNorm(ndv("layernorm.gamma"), ndv("layernorm.beta"), torch.number("layernorm.epsilon"));
        ArrayAssertions.assertClose("LayerNorm.forward", torch.matrix("layernorm.output"),
                norm.forward(nd("layernorm.x")).toDoubleMatrix(), CLOSE, LN_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("with γ = 1 and β = 0, every output row has mean 0 and variance σ²/(σ² + ε) (biased, over the"
            + " features)")
    void layerNormStandardisesRows() {
        Random random = new Random(Seeds.of(151));
        int d = 5;
        double eps = 1e-3;
        double[][] x = new double[4][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = 10 + 4 * random.nextGaussian();
            }
        }
        LayerNorm norm = new LayerNorm(Nd4j.ones(DataType.DOUBLE, d), Nd4j.zeros(DataType.DOUBLE, d), eps);
        double[][] y = norm.forward(Nd4j.createFromArray(x)).toDoubleMatrix();
        for (int i = 0; i < x.length; i++) {
            double variance = variance(x[i]);
            ArrayAssertions.assertClose("mean of output row " + i, 0.0, mean(y[i]), CLOSE, LN_MISTAKE);
            ArrayAssertions.assertClose("biased variance of output row " + i + " (σ² = " + variance + ", ε = " + eps + ")",
                    variance / (variance + eps), variance(y[i]), CLOSE, LN_MISTAKE);
        }
    }

    @Test
    @Points(2)
    @DisplayName("a constant row (variance 0) normalises to 0, so its output is exactly β, with no NaN")
    void constantRowGivesBeta() {
        LayerNorm norm = new LayerNorm(Nd4j.createFromArray(new double[] {2, -1, 3}),
                Nd4j.createFromArray(new double[] {0.5, 0.25, -1}), 1e-5);
        double[][] y = norm.forward(Nd4j.createFromArray(new double[][] {{4, 4, 4}, {-2, -2, -2}})).toDoubleMatrix();
        ArrayAssertions.assertClose("layer norm of constant rows", new double[][] {{0.5, 0.25, -1}, {0.5, 0.25, -1}}, y,
                CLOSE, "ε inside the square root keeps 0/√(0 + ε) = 0; then γ·0 + β = β");
    }

    // ---------------------------------------------------------------------- positional encoding

    @Test
    @Points(3)
    @DisplayName("sinusoidal(10, 8) matches the table of the PyTorch tutorial's formula (numpy)")
    void positionalEncodingMatchesTable() {
        ArrayAssertions.assertClose("sinusoidal(10, 8)", torch.matrix("pe.table"),
                PositionalEncoding.sinusoidal((int) torch.number("pe.positions"), (int) torch.number("pe.dModel"))
                        .toDoubleMatrix(), Tolerance.absolute(1e-13), PE_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("shifting by k positions is one fixed linear map: PE(pos + k) = PE(pos)·M_k for every pos, M_k"
            + " rotating each (sin, cos) pair by k·ω_i")
    void shiftIsARotation() {
        int d = 16;
        int positions = 40;
        double[][] pe = PositionalEncoding.sinusoidal(positions, d).toDoubleMatrix();
        for (int k : new int[] {1, 7}) {
            double[][] rotation = new double[d][d];
            for (int i = 0; i < d / 2; i++) {
                double angle = k * Math.pow(10000.0, -2.0 * i / d);
                // [s', c'] = [s, c]·[[cos, −sin], [sin, cos]]: s' = s·cos + c·sin, c' = −s·sin + c·cos
                rotation[2 * i][2 * i] = Math.cos(angle);
                rotation[2 * i][2 * i + 1] = -Math.sin(angle);
                rotation[2 * i + 1][2 * i] = Math.sin(angle);
                rotation[2 * i + 1][2 * i + 1] = Math.cos(angle);
            }
            for (int pos = 0; pos + k < positions; pos++) {
                double[] shifted = new double[d];
                for (int c = 0; c < d; c++) {
                    for (int r = 0; r < d; r++) {
                        shifted[c] += pe[pos][r] * rotation[r][c];
                    }
                }
                ArrayAssertions.assertClose("PE(" + pos + ")·M_" + k + " (expected: PE(" + (pos + k) + "))",
                        pe[pos + k], shifted, Tolerance.absolute(1e-12), PE_MISTAKE);
            }
        }
    }

    // -------------------------------------------------------------------------- transformer block

    @Test
    @Points(4)
    @DisplayName("the block matches torch.nn.TransformerEncoderLayer(norm_first=True) with ReLU: 5 tokens, d_model 8,"
            + " 2 heads, d_ff 16")
    void blockMatchesTorchRelu() {
        assertMatchesTorch("relu");
    }

    @Test
    @Points(3)
    @DisplayName("the block matches torch.nn.TransformerEncoderLayer(norm_first=True) with tanh-GELU: 4 tokens,"
            + " d_model 6, 3 heads, d_ff 12")
    void blockMatchesTorchGelu() {
        assertMatchesTorch("gelu");
    }

    @Test
    @Points(3)
    @DisplayName("the block matches torch.nn.TransformerEncoderLayer(norm_first=True) with a causal mask: 6 tokens,"
            + " d_model 8, 4 heads, ε 1e-6")
    void blockMatchesTorchCausal() {
        assertMatchesTorch("causal");
    }

    @Test
    @Points(3)
    @DisplayName("keeps the residual path: with every projection and feed-forward weight and bias 0 the block"
            + " returns its input, whatever γ and β")
    void zeroSubLayersGiveTheIdentity() {
        Random random = new Random(Seeds.of(152));
        int d = 6;
        INDArray zdd = Nd4j.zeros(DataType.DOUBLE, d, d);
        INDArray zd = Nd4j.zeros(DataType.DOUBLE, d);
        INDArray gamma = Nd4j.createFromArray(gaussian(random, 1, d)[0]);
        INDArray beta = Nd4j.createFromArray(gaussian(random, 1, d)[0]);
        TransformerBlock block = new TransformerBlock(2, TransformerBlock.Activation.GELU_TANH, 1e-5,
                new TransformerBlock.Parameters(gamma, beta, zdd, zd, zdd, zd, zdd, zd, zdd, zd, gamma, beta,
                        Nd4j.zeros(DataType.DOUBLE, d, 10), Nd4j.zeros(DataType.DOUBLE, 10),
                        Nd4j.zeros(DataType.DOUBLE, 10, d), zd));
        double[][] x = gaussian(random, 3, d);
        ArrayAssertions.assertClose("forward(x) with zero sub-layers", x,
                block.forward(Nd4j.createFromArray(x), null).toDoubleMatrix(), CLOSE, RESIDUAL_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("with a causal mask, changing the tokens after t leaves the block's output at 0..t unchanged")
    void blockIsCausalUnderACausalMask() {
        TransformerBlock block = block("causal");
        double[][] x = torch.matrix("causal.x");
        int len = x.length;
        INDArray mask = Nd4j.createFromArray(additive(torch.matrix("causal.allowed")));
        double[][] before = block.forward(Nd4j.createFromArray(x), mask).toDoubleMatrix();
        Random random = new Random(Seeds.of(153));
        for (int t = 0; t < len - 1; t++) {
            double[][] x2 = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
            for (int s = t + 1; s < len; s++) {
                x2[s] = gaussian(random, 1, x[0].length)[0];
            }
            double[][] after = block.forward(Nd4j.createFromArray(x2), mask).toDoubleMatrix();
            for (int s = 0; s <= t; s++) {
                ArrayAssertions.assertClose("block output at " + s + " after changing the tokens after " + t,
                        before[s], after[s], CLOSE, "the mask is added to every head's scores; layer norm and the"
                                + " feed-forward network act on each token alone");
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("forward leaves its input unchanged")
    void doesNotModifyInput() {
        TransformerBlock block = block("relu");
        double[][] x = torch.matrix("relu.x");
        INDArray xa = Nd4j.createFromArray(x);
        block.forward(xa, null);
        ArrayAssertions.assertClose("x after forward", x, xa.toDoubleMatrix(), Tolerance.absolute(0),
                "compute into new arrays (add, mmul); in-place ops (addi, subi) on x change the caller's array");
    }

    // ----------------------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects bad layer-norm, positional-encoding and block arguments with an IllegalArgumentException"
            + " naming the rule")
    void rejectsBadArguments() {
        INDArray one3 = Nd4j.ones(DataType.DOUBLE, 3);
        rejected("new LayerNorm(γ [3], β [4], 1e-5)", () -> new LayerNorm(one3, Nd4j.zeros(DataType.DOUBLE, 4), 1e-5),
                "[4]");
        rejected("new LayerNorm(γ, β, 0)", () -> new LayerNorm(one3, one3, 0.0), "epsilon");
        rejected("new LayerNorm(null, β, 1e-5)", () -> new LayerNorm(null, one3, 1e-5), "gamma");
        LayerNorm norm = new LayerNorm(one3, one3, 1e-5);
        rejected("LayerNorm(d = 3).forward(x [2, 4])", () -> norm.forward(Nd4j.ones(DataType.DOUBLE, 2, 4)), "[2, 4]");
        rejected("LayerNorm.forward(x with NaN)", () -> norm.forward(Nd4j.createFromArray(new double[][] {{1, Double.NaN, 2}})),
                "NaN");
        rejected("sinusoidal(4, 7)", () -> PositionalEncoding.sinusoidal(4, 7), "7");
        rejected("sinusoidal(0, 8)", () -> PositionalEncoding.sinusoidal(0, 8), "0");

        TransformerBlock.Parameters p = parameters("relu");
        rejected("TransformerBlock with 3 heads for d_model 8", () -> new TransformerBlock(3,
                TransformerBlock.Activation.RELU, 1e-5, p), "3");
        rejected("TransformerBlock with activation null", () -> new TransformerBlock(2, null, 1e-5, p), "activation");
        rejected("TransformerBlock with w2 of shape [8, 16]", () -> new TransformerBlock(2,
                TransformerBlock.Activation.RELU, 1e-5, new TransformerBlock.Parameters(p.norm1Gamma(), p.norm1Beta(),
                p.wq(), p.bq(), p.wk(), p.bk(), p.wv(), p.bv(), p.wo(), p.bo(), p.norm2Gamma(), p.norm2Beta(), p.w1(),
                p.b1(), p.w2().transpose(), p.b2())), "[8, 16]");
        rejected("TransformerBlock with b1 of length 8 for d_ff 16", () -> new TransformerBlock(2,
                TransformerBlock.Activation.RELU, 1e-5, new TransformerBlock.Parameters(p.norm1Gamma(), p.norm1Beta(),
                p.wq(), p.bq(), p.wk(), p.bk(), p.wv(), p.bv(), p.wo(), p.bo(), p.norm2Gamma(), p.norm2Beta(), p.w1(),
                p.b2(), p.w2(), p.b2())), "b1");
        TransformerBlock block = new TransformerBlock(2, TransformerBlock.Activation.RELU, 1e-5, p);
        rejected("block.forward(x [5, 6])", () -> block.forward(Nd4j.ones(DataType.DOUBLE, 5, 6), null), "[5, 6]");
        rejected("block.forward(x [5, 8], mask [4, 4])", () -> block.forward(Nd4j.ones(DataType.DOUBLE, 5, 8),
                Nd4j.zeros(DataType.DOUBLE, 4, 4)), "[4, 4]");
        rejected("block.forward(null, null)", () -> block.forward(null, null), "x");
    }

    // -------------------------------------------------------------------------------- helpers

    private static void assertMatchesTorch(String name) {
        INDArray mask = torch.json().has(name + ".allowed")
                ? Nd4j.createFromArray(additive(torch.matrix(name + ".allowed"))) : null;
        INDArray out = block(name).forward(nd(name + ".x"), mask);
        if (out == null || out.rank() != 2) {
            throw Failure.of("forward did not return a T × d_model matrix")
                    .actual(out == null ? "null" : Arrays.toString(out.shape())).likelyMistake(BLOCK_MISTAKE).error();
        }
        ArrayAssertions.assertClose("block output (" + name + ")", torch.matrix(name + ".output"), out.toDoubleMatrix(),
                CLOSE, BLOCK_MISTAKE);
    }

    private static TransformerBlock block(String name) {
        TransformerBlock.Activation activation = TransformerBlock.Activation.valueOf(
                torch.json().get(name + ".activation").asText());
        return new TransformerBlock((int) torch.number(name + ".heads"), activation, torch.number(name + ".epsilon"),
                parameters(name));
    }

    private static TransformerBlock.Parameters parameters(String name) {
        return new TransformerBlock.Parameters(ndv(name + ".norm1Gamma"), ndv(name + ".norm1Beta"),
                nd(name + ".wq"), ndv(name + ".bq"), nd(name + ".wk"), ndv(name + ".bk"), nd(name + ".wv"),
                ndv(name + ".bv"), nd(name + ".wo"), ndv(name + ".bo"), ndv(name + ".norm2Gamma"),
                ndv(name + ".norm2Beta"), nd(name + ".w1"), ndv(name + ".b1"), nd(name + ".w2"), ndv(name + ".b2"));
    }

    private static INDArray nd(String field) {
        return Nd4j.createFromArray(torch.matrix(field));
    }

    private static INDArray ndv(String field) {
        return Nd4j.createFromArray(torch.vector(field));
    }

    private static double[][] additive(double[][] allowed) {
        return Arrays.stream(allowed).map(r -> Arrays.stream(r).map(a -> a > 0 ? 0.0 : NEG_INF).toArray())
                .toArray(double[][]::new);
    }

    private static double mean(double[] row) {
        return Arrays.stream(row).average().orElseThrow();
    }

    private static double variance(double[] row) {
        double m = mean(row);
        return Arrays.stream(row).map(v -> (v - m) * (v - m)).sum() / row.length;
    }

    private static void rejected(String call, Runnable action, String mention) {
        Throwable thrown;
        try {
            action.run();
            thrown = null;
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            thrown = e;
        }
        if (!(thrown instanceof IllegalArgumentException) || thrown.getMessage() == null
                || !thrown.getMessage().contains(mention)) {
            throw Failure.of(call + " was not rejected with an IllegalArgumentException naming " + mention)
                    .expected("IllegalArgumentException whose message states the rule and mentions " + mention)
                    .actual(thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage())
                    .likelyMistake("validate arguments where they enter, with"
                            + " new IllegalArgumentException(\"<the rule>, was <the bad value>\")").error();
        }
    }

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }
}
