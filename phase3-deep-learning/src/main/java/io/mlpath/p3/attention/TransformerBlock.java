package io.mlpath.p3.attention;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A pre-LN transformer encoder block: multi-head self-attention and a position-wise feed-forward
 * network, each applied to a layer-normalised copy of its input and added back to it through a
 * residual connection.
 *
 * <h2>Maths</h2>
 * For a sequence {@code x} of {@code T} tokens ({@code T × d_model}):
 * <pre>
 * h   = x + MHA(LN₁(x), mask)                                  (attention sub-layer + residual)
 * out = h + FFN(LN₂(h))                                        (feed-forward sub-layer + residual)
 * MHA(z) = [O_0 | … | O_{h−1}]·W_o + b_o,   O_j = softmax(Q_j·K_jᵀ/√d_h + mask)·V_j,
 *          Q = z·W_q + b_q, K = z·W_k + b_k, V = z·W_v + b_v, head j = columns j·d_h … (j+1)·d_h − 1
 * FFN(z) = act(z·W₁ + b₁)·W₂ + b₂,   W₁: d_model × d_ff,  W₂: d_ff × d_model
 * LN(z)  = γ ⊙ (z − μ)/√(σ² + ε) + β   per row, as in {@link LayerNorm}
 * act    = ReLU, max(0, u), or GELU (tanh form) 0.5·u·(1 + tanh(√(2/π)·(u + 0.044715·u³)))
 * </pre>
 * The residual connections ({@code x +}, {@code h +}) are what make deep stacks trainable: the
 * identity path carries the signal and its gradient past every sub-layer. Pre-LN (normalise the
 * sub-layer's <em>input</em>, as in GPT-2 and PyTorch's {@code norm_first=True}) keeps that path free
 * of any normalisation; the original post-LN block computes {@code LN(x + MHA(x))} instead.
 *
 * <h2>Worked example</h2>
 * With every projection and feed-forward weight and bias 0 (any {@code γ}, {@code β}), both
 * sub-layers output 0 and the block is the identity: {@code forward([[1, 2], [3, 4]], null)} =
 * {@code [[1, 2], [3, 4]]}. If only {@code W_o}, {@code b_o} are 0 the attention sub-layer vanishes
 * and {@code out = x + FFN(LN₂(x))}.
 *
 * <h2>Numerical notes</h2>
 * Write the attention's softmax in the stable form (subtract each row's maximum; a row that is
 * {@code −∞} everywhere gets weights 0), and the layer norm with {@code ε} inside the square root.
 * This challenge does not call the {@link ScaledDotProductAttention} or {@link MultiHeadAttention}
 * classes: write the attention again here (use {@link LayerNorm}, which is part of this challenge).
 *
 * <p><b>Rules of the exercise.</b> Use {@link INDArray} operations ({@code mmul},
 * {@code addRowVector}, {@code Transforms.max(z, 0)}, {@code Transforms.tanh},
 * {@code Transforms.exp} as elementwise maths, {@code Nd4j.hstack}); ND4J's layers and activations
 * ({@code org.deeplearning4j}, {@code org.nd4j.linalg.activations}) and SameDiff are off limits.
 *
 * <p>Reference: Vaswani et al., "Attention Is All You Need" (NeurIPS 2017), §3.1 and §3.3;
 * Xiong et al., "On Layer Normalization in the Transformer Architecture" (ICML 2020,
 * https://arxiv.org/abs/2002.04745); Hendrycks and Gimpel, "Gaussian Error Linear Units" (2016,
 * https://arxiv.org/abs/1606.08415); PyTorch {@code torch.nn.TransformerEncoderLayer} with
 * {@code norm_first=True}.
 */
public final class TransformerBlock {

    /** The feed-forward network's non-linearity. */
    public enum Activation {
        /** {@code max(0, u)}. */
        RELU,
        /** GELU in its tanh form, {@code 0.5·u·(1 + tanh(√(2/π)·(u + 0.044715·u³)))}. */
        GELU_TANH
    }

    /**
     * Every parameter of the block, in the row-vector convention {@code z·W + b} (PyTorch stores
     * {@code nn.Linear} weights transposed). Weights of the attention are {@code d_model × d_model};
     * {@code w1} is {@code d_model × d_ff}, {@code w2} is {@code d_ff × d_model}; each bias, {@code γ}
     * and {@code β} is a vector ({@code [n]} or {@code [1, n]}) of the matching width.
     */
    public record Parameters(INDArray norm1Gamma, INDArray norm1Beta,
                             INDArray wq, INDArray bq, INDArray wk, INDArray bk, INDArray wv, INDArray bv,
                             INDArray wo, INDArray bo,
                             INDArray norm2Gamma, INDArray norm2Beta,
                             INDArray w1, INDArray b1, INDArray w2, INDArray b2) {
    }

    private final int heads;
    private final Activation activation;
    private final LayerNorm norm1;
    private final LayerNorm norm2;
    private final INDArray wq;
    private final INDArray bq;
    private final INDArray wk;
    private final INDArray bk;
    private final INDArray wv;
    private final INDArray bv;
    private final INDArray wo;
    private final INDArray bo;
    private final INDArray w1;
    private final INDArray b1;
    private final INDArray w2;
    private final INDArray b2;

    /**
     * Creates the block; it keeps its own double-precision copies of the parameters.
     *
     * <p>Example: {@code new TransformerBlock(2, Activation.RELU, 1e-5, p)} with {@code d_model = 8},
     * {@code d_ff = 16} is a 2-head block like {@code nn.TransformerEncoderLayer(8, 2, 16,
     * norm_first=True)}.
     *
     * @param heads      number of attention heads, at least 1, dividing {@code d_model}
     * @param activation the feed-forward non-linearity, not null
     * @param epsilon    the layer norms' {@code ε > 0}
     * @param p          the parameters, none null; {@code d_model} is the number of rows of {@code wq}
     * @throws IllegalArgumentException if an argument is null, a shape does not fit {@code d_model}
     *                                  and {@code d_ff} (the message names the parameter and its
     *                                  shape), a value is not finite, {@code epsilon} is not
     *                                  positive, or {@code heads} does not divide {@code d_model}
     */
    public TransformerBlock(int heads, Activation activation, double epsilon, Parameters p) {
        throw new UnsupportedOperationException("TODO(p3.attention.transformer-block): check heads, activation, epsilon and every parameter shape (d_model from wq, d_ff from w1), then keep two LayerNorms and double-precision copies of the weights and 1×n biases");
    }

    /**
     * The block's forward pass, {@code h = x + MHA(LN₁(x)); out = h + FFN(LN₂(h))}.
     *
     * <p>Example: with all projection and feed-forward parameters 0, {@code forward(x, null)} equals
     * {@code x} (the residual path alone).
     *
     * @param x    the sequence, {@code T × d_model} with {@code T ≥ 1}; not modified
     * @param mask additive {@code T × T} attention mask (0, finite or {@code −∞}), or {@code null}
     * @return a new {@code T × d_model} array
     * @throws IllegalArgumentException if {@code x} is null, not {@code T × d_model}, or not finite, or
     *                                  the mask is not {@code T × T} or holds NaN or {@code +∞} (the
     *                                  message names the shapes)
     */
    public INDArray forward(INDArray x, INDArray mask) {
        throw new UnsupportedOperationException("TODO(p3.attention.transformer-block): check x (T×d_model) and the mask (T×T), then return h + FFN(LN2(h)) with h = x + MHA(LN1(x)): multi-head self-attention with column-sliced heads and a stable softmax, FFN = act(z·W1 + b1)·W2 + b2");
    }

    /** The number of attention heads. */
    public int heads() {
        return heads;
    }

    /** The feed-forward non-linearity. */
    public Activation activation() {
        return activation;
    }
}
