// Known mistake: each head's scores are divided by √d_model instead of √d_h.
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
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        if (p == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        if (p.wq() == null || p.wq().rank() != 2 || p.wq().rows() < 1) {
            throw new IllegalArgumentException("wq must be a d_model×d_model matrix, was "
                    + (p.wq() == null ? "null" : "shape " + shape(p.wq())));
        }
        int d = (int) p.wq().rows();
        if (heads < 1 || d % heads != 0) {
            throw new IllegalArgumentException("heads must be at least 1 and divide d_model = " + d + ", was heads = "
                    + heads);
        }
        if (p.w1() == null || p.w1().rank() != 2 || p.w1().columns() < 1) {
            throw new IllegalArgumentException("w1 must be a d_model×d_ff matrix, was "
                    + (p.w1() == null ? "null" : "shape " + shape(p.w1())));
        }
        int ff = (int) p.w1().columns();
        this.heads = heads;
        this.activation = activation;
        this.norm1 = new LayerNorm(vector("norm1Gamma", p.norm1Gamma(), d), vector("norm1Beta", p.norm1Beta(), d),
                epsilon);
        this.norm2 = new LayerNorm(vector("norm2Gamma", p.norm2Gamma(), d), vector("norm2Beta", p.norm2Beta(), d),
                epsilon);
        this.wq = matrix("wq", p.wq(), d, d);
        this.wk = matrix("wk", p.wk(), d, d);
        this.wv = matrix("wv", p.wv(), d, d);
        this.wo = matrix("wo", p.wo(), d, d);
        this.w1 = matrix("w1", p.w1(), d, ff);
        this.w2 = matrix("w2", p.w2(), ff, d);
        this.bq = vector("bq", p.bq(), d);
        this.bk = vector("bk", p.bk(), d);
        this.bv = vector("bv", p.bv(), d);
        this.bo = vector("bo", p.bo(), d);
        this.b1 = vector("b1", p.b1(), ff);
        this.b2 = vector("b2", p.b2(), d);
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
        int d = (int) wq.rows();
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.rank() != 2 || x.rows() < 1 || x.columns() != d) {
            throw new IllegalArgumentException("x must have shape [T, " + d + "] (one token of d_model features per"
                    + " row, T >= 1), was shape " + shape(x));
        }
        requireFinite("x", x);
        long t = x.rows();
        INDArray m = null;
        if (mask != null) {
            if (mask.rank() != 2 || mask.rows() != t || mask.columns() != t) {
                throw new IllegalArgumentException("mask must have shape [" + t + ", " + t + "] (tokens × tokens), was"
                        + " shape " + shape(mask));
            }
            double[] values = mask.castTo(DataType.DOUBLE).ravel().toDoubleVector();
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i]) || values[i] == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("mask entries must be finite or -Infinity, found " + values[i]
                            + " at flat index " + i);
                }
            }
            m = mask.castTo(DataType.DOUBLE);
        }
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray h = xd.add(selfAttention(norm1.forward(xd), m));
        return h.add(feedForward(norm2.forward(h)));
    }

    /** The number of attention heads. */
    public int heads() {
        return heads;
    }

    /** The feed-forward non-linearity. */
    public Activation activation() {
        return activation;
    }

    private INDArray selfAttention(INDArray z, INDArray mask) {
        int d = (int) wq.rows();
        int dh = d / heads;
        INDArray q = z.mmul(wq).addiRowVector(bq);
        INDArray k = z.mmul(wk).addiRowVector(bk);
        INDArray v = z.mmul(wv).addiRowVector(bv);
        INDArray[] outputs = new INDArray[heads];
        for (int j = 0; j < heads; j++) {
            INDArray qj = q.get(NDArrayIndex.all(), NDArrayIndex.interval(j * dh, (j + 1) * dh));
            INDArray kj = k.get(NDArrayIndex.all(), NDArrayIndex.interval(j * dh, (j + 1) * dh));
            INDArray vj = v.get(NDArrayIndex.all(), NDArrayIndex.interval(j * dh, (j + 1) * dh));
            INDArray scores = qj.mmul(kj.transpose()).divi(Math.sqrt(d));
            if (mask != null) {
                scores.addi(mask);
            }
            outputs[j] = softmaxRows(scores).mmul(vj);
        }
        return Nd4j.hstack(outputs).mmul(wo).addiRowVector(bo);
    }

    private INDArray feedForward(INDArray z) {
        INDArray u = z.mmul(w1).addiRowVector(b1);
        INDArray a = switch (activation) {
            case RELU -> Transforms.max(u, 0.0, true);
            case GELU_TANH -> {
                INDArray inner = u.add(u.mul(u).muli(u).muli(0.044715)).muli(Math.sqrt(2 / Math.PI));
                yield u.mul(Transforms.tanh(inner, false).addi(1.0)).muli(0.5);
            }
        };
        return a.mmul(w2).addiRowVector(b2);
    }

    /** Row-wise stable softmax; a row that is −∞ everywhere becomes all zeros. */
    private static INDArray softmaxRows(INDArray scores) {
        INDArray max = scores.max(true, 1);
        for (int i = 0; i < max.rows(); i++) {
            if (max.getDouble(i, 0) == Double.NEGATIVE_INFINITY) {
                max.putScalar(i, 0, 0.0);
            }
        }
        INDArray exp = Transforms.exp(scores.subColumnVector(max), false);
        INDArray sums = exp.sum(true, 1);
        for (int i = 0; i < sums.rows(); i++) {
            if (sums.getDouble(i, 0) == 0.0) {
                sums.putScalar(i, 0, 1.0);
            }
        }
        return exp.diviColumnVector(sums);
    }

    private static INDArray matrix(String name, INDArray w, int rows, int columns) {
        if (w == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (w.rank() != 2 || w.rows() != rows || w.columns() != columns) {
            throw new IllegalArgumentException(name + " must have shape [" + rows + ", " + columns
                    + "] (d_model = " + "wq's rows, d_ff = w1's columns), was shape " + shape(w));
        }
        requireFinite(name, w);
        return w.castTo(DataType.DOUBLE).dup();
    }

    private static INDArray vector(String name, INDArray b, int length) {
        if (b == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        boolean vector = b.rank() == 1 && b.length() == length;
        boolean row = b.rank() == 2 && b.rows() == 1 && b.columns() == length;
        if (!vector && !row) {
            throw new IllegalArgumentException(name + " must have shape [" + length + "] or [1, " + length + "], was shape "
                    + shape(b));
        }
        requireFinite(name, b);
        return b.castTo(DataType.DOUBLE).reshape(1, length).dup();
    }

    private static void requireFinite(String name, INDArray a) {
        double[] values = a.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold only finite numbers, found " + values[i]
                        + " at flat index " + i + " of shape " + shape(a));
            }
        }
    }

    private static String shape(INDArray a) {
        return Arrays.toString(a.shape());
    }
}
