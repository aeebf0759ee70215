// Known mistake: the output bias bo is not added.
package io.mlpath.p3.attention;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Multi-head attention: project the queries, keys and values, split the features into
 * {@code h} heads that attend independently, concatenate the heads and project the result.
 *
 * <h2>Shapes and parameters</h2>
 * One sequence, one token per row: {@code query} is {@code T_q × d_model}, {@code key} and
 * {@code value} are {@code T_k × d_model} (for self-attention all three are the same {@code X}).
 * The four projections act on row vectors, {@code x·W + b}: {@code W_q, W_k, W_v, W_o} are
 * {@code d_model × d_model} and their biases have length {@code d_model}. With {@code h} heads each
 * head has {@code d_h = d_model / h} features. (PyTorch stores {@code nn.Linear} weights as
 * {@code out × in} and computes {@code x·Wᵀ}: its {@code in_proj_weight[0:d]} is {@code W_qᵀ}.)
 *
 * <h2>Maths</h2>
 * <pre>
 * Q = query·W_q + b_q     K = key·W_k + b_k     V = value·W_v + b_v          (T × d_model each)
 * head j uses the COLUMNS j·d_h … (j+1)·d_h − 1 of Q, K, V:   Q_j, K_j (T × d_h), V_j
 * A_j = softmax(Q_j·K_jᵀ / √d_h + mask)                        (T_q × T_k, one per head)
 * O_j = A_j·V_j                                               (T_q × d_h)
 * output = [O_0 | O_1 | … | O_{h−1}]·W_o + b_o                (concatenated along the columns)
 * </pre>
 * The split is along the <b>feature</b> axis: every head sees every token, through its own
 * {@code d_h}-dimensional slice of the projected features. (Reshaping the {@code T × d_model} array
 * to {@code h × T × d_h} without a transpose mixes tokens into heads instead: then a head sees pieces
 * of several tokens and attention leaks across positions.) The scale is {@code √d_h}, the width of
 * one head. With {@code h = 1} this is single-head attention on the projected inputs.
 *
 * <h2>Worked example</h2>
 * <pre>
 * d_model = 2, h = 2 (d_h = 1), all W = I, all b = 0, X = [[1, 0],
 *                                                      [0, 1]]   (self-attention)
 * head 0 (column 0): Q_0 = K_0 = V_0 = [[1], [0]];  scores [[1, 0], [0, 0]]
 *                    A_0 = [[e/(e+1), 1/(e+1)], [1/2, 1/2]];  O_0 = [[0.7311], [0.5]]
 * head 1 (column 1): Q_1 = K_1 = V_1 = [[0], [1]];  scores [[0, 0], [0, 1]]
 *                    A_1 = [[1/2, 1/2], [1/(e+1), e/(e+1)]];  O_1 = [[0.5], [0.7311]]
 * output = [O_0 | O_1] = [[0.7311, 0.5], [0.5, 0.7311]]
 * </pre>
 *
 * <h2>Masks and numerical stability</h2>
 * The additive {@code T_q × T_k} mask (0 allowed, {@code −∞} forbidden) is the same for every head.
 * Each head's softmax subtracts its row maximum before {@code exp}; a row that is {@code −∞}
 * everywhere gets weights 0 (so that head contributes 0 for that query), as in
 * {@link ScaledDotProductAttention}'s documented rule. Write your own softmax here: this
 * challenge does not call the other challenge's class.
 *
 * <p><b>Rules of the exercise.</b> Use {@link INDArray} operations ({@code mmul},
 * {@code addRowVector}, {@code get(NDArrayIndex.all(), NDArrayIndex.interval(a, b))} for a column
 * slice, {@code Nd4j.hstack} to concatenate, {@code Transforms.exp} as elementwise maths); ND4J's
 * layers and automatic differentiation ({@code org.deeplearning4j}, SameDiff /
 * {@code org.nd4j.autodiff}, {@code org.nd4j.linalg.activations}) are off limits.
 *
 * <p>Reference: Vaswani et al., "Attention Is All You Need" (NeurIPS 2017), §3.2.2 Multi-Head
 * Attention (https://arxiv.org/abs/1706.03762); PyTorch {@code torch.nn.MultiheadAttention}
 * documentation (the same computation, with weights stored transposed).
 */
public final class MultiHeadAttention {

    private final int heads;
    private final INDArray wq;
    private final INDArray bq;
    private final INDArray wk;
    private final INDArray bk;
    private final INDArray wv;
    private final INDArray bv;
    private final INDArray wo;
    private final INDArray bo;
    /** The per-head attention weights of the latest {@link #forward} call, {@code h × T_q × T_k}. */
    private INDArray lastWeights;

    /**
     * Creates the layer from its parameters; it keeps its own double-precision copies.
     *
     * <p>Example: {@code new MultiHeadAttention(2, I, 0, I, 0, I, 0, I, 0)} with 2×2 identities and
     * zero biases is the layer of the class example.
     *
     * @param heads the number of heads {@code h}, at least 1, dividing {@code d_model}
     * @param wq    query projection, {@code d_model × d_model}
     * @param bq    query bias, shape {@code [d_model]} or {@code [1, d_model]}
     * @param wk    key projection, {@code d_model × d_model}
     * @param bk    key bias
     * @param wv    value projection, {@code d_model × d_model}
     * @param bv    value bias
     * @param wo    output projection, {@code d_model × d_model}
     * @param bo    output bias
     * @throws IllegalArgumentException if an array is null or not finite, a weight is not a square
     *                                  {@code d_model × d_model} matrix of the same size as
     *                                  {@code wq}, a bias does not have length {@code d_model}, or
     *                                  {@code heads} is below 1 or does not divide {@code d_model}
     *                                  (the message names both numbers)
     */
    public MultiHeadAttention(int heads, INDArray wq, INDArray bq, INDArray wk, INDArray bk, INDArray wv,
                              INDArray bv, INDArray wo, INDArray bo) {
        if (wq == null) {
            throw new IllegalArgumentException("wq must not be null");
        }
        if (wq.rank() != 2 || wq.rows() < 1 || wq.rows() != wq.columns()) {
            throw new IllegalArgumentException("wq must be a square d_model×d_model matrix, was shape " + shape(wq));
        }
        int d = (int) wq.rows();
        if (heads < 1 || d % heads != 0) {
            throw new IllegalArgumentException("heads must be at least 1 and divide d_model = " + d + ", was heads = "
                    + heads);
        }
        this.heads = heads;
        this.wq = weight("wq", wq, d);
        this.wk = weight("wk", wk, d);
        this.wv = weight("wv", wv, d);
        this.wo = weight("wo", wo, d);
        this.bq = bias("bq", bq, d);
        this.bk = bias("bk", bk, d);
        this.bv = bias("bv", bv, d);
        this.bo = bias("bo", bo, d);
    }

    /**
     * Multi-head attention of {@code query} over {@code key}/{@code value}; stores the per-head
     * weights for {@link #lastWeights()}.
     *
     * <p>Example (the class example): {@code forward(X, X, X, null)} with
     * {@code X = [[1, 0], [0, 1]]} returns {@code [[0.7311, 0.5], [0.5, 0.7311]]}.
     *
     * @param query {@code T_q × d_model}; not modified
     * @param key   {@code T_k × d_model}; not modified
     * @param value {@code T_k × d_model}; not modified
     * @param mask  additive {@code T_q × T_k} mask (0, finite, or {@code −∞}) shared by all heads, or
     *              {@code null}; not modified
     * @return a new {@code T_q × d_model} array
     * @throws IllegalArgumentException if an input is null, not a non-empty finite matrix with
     *                                  {@code d_model} columns, {@code key} and {@code value} differ
     *                                  in rows, or the mask is not {@code T_q × T_k} or holds NaN or
     *                                  {@code +∞} (the message names the shapes)
     */
    public INDArray forward(INDArray query, INDArray key, INDArray value, INDArray mask) {
        int d = (int) wq.rows();
        requireInput("query", query, d);
        requireInput("key", key, d);
        requireInput("value", value, d);
        if (key.rows() != value.rows()) {
            throw new IllegalArgumentException("key and value must have the same number of rows (one per key), key has"
                    + " shape " + shape(key) + " and value has shape " + shape(value));
        }
        long tq = query.rows();
        long tk = key.rows();
        INDArray m = null;
        if (mask != null) {
            requireMask(mask, tq, tk);
            m = mask.castTo(DataType.DOUBLE);
        }
        INDArray q = query.castTo(DataType.DOUBLE).mmul(wq).addRowVector(bq);
        INDArray k = key.castTo(DataType.DOUBLE).mmul(wk).addRowVector(bk);
        INDArray v = value.castTo(DataType.DOUBLE).mmul(wv).addRowVector(bv);
        int dh = d / heads;
        INDArray weights = Nd4j.create(DataType.DOUBLE, heads, tq, tk);
        INDArray[] outputs = new INDArray[heads];
        for (int j = 0; j < heads; j++) {
            INDArray scores = head(q, j, dh).mmul(head(k, j, dh).transpose()).divi(Math.sqrt(dh));
            if (m != null) {
                scores.addi(m);
            }
            INDArray a = softmaxRows(scores);
            weights.putSlice(j, a);
            outputs[j] = a.mmul(head(v, j, dh));
        }
        this.lastWeights = weights;
        return Nd4j.hstack(outputs).mmul(wo);
    }

    /**
     * The per-head attention weights of the latest {@link #forward} call, {@code h × T_q × T_k}
     * ({@code lastWeights().slice(j)} is head {@code j}'s {@code T_q × T_k} matrix).
     *
     * @throws IllegalStateException if forward has not been called yet
     */
    public INDArray lastWeights() {
        if (lastWeights == null) {
            throw new IllegalStateException("no attention weights yet: call forward(query, key, value, mask) first");
        }
        return lastWeights;
    }

    /** The number of heads {@code h}. */
    public int heads() {
        return heads;
    }

    /** Columns j·dh … (j+1)·dh − 1 of x: head j's features, for every token. */
    private static INDArray head(INDArray x, int j, int dh) {
        return x.get(NDArrayIndex.all(), NDArrayIndex.interval(j * dh, (j + 1) * dh)).dup();
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

    private static INDArray weight(String name, INDArray w, int d) {
        if (w == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (w.rank() != 2 || w.rows() != d || w.columns() != d) {
            throw new IllegalArgumentException(name + " must have shape [" + d + ", " + d + "] (d_model×d_model, like wq),"
                    + " was shape " + shape(w));
        }
        requireFinite(name, w);
        return w.castTo(DataType.DOUBLE).dup();
    }

    private static INDArray bias(String name, INDArray b, int d) {
        if (b == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        boolean vector = b.rank() == 1 && b.length() == d;
        boolean row = b.rank() == 2 && b.rows() == 1 && b.columns() == d;
        if (!vector && !row) {
            throw new IllegalArgumentException(name + " must have shape [" + d + "] or [1, " + d + "] (d_model), was shape "
                    + shape(b));
        }
        requireFinite(name, b);
        return b.castTo(DataType.DOUBLE).reshape(1, d).dup();
    }

    private static void requireInput(String name, INDArray x, int d) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (x.rank() != 2 || x.rows() < 1 || x.columns() != d) {
            throw new IllegalArgumentException(name + " must have shape [T, " + d + "] (one token of d_model features per"
                    + " row, T >= 1), was shape " + shape(x));
        }
        requireFinite(name, x);
    }

    private static void requireMask(INDArray mask, long queries, long keys) {
        if (mask.rank() != 2 || mask.rows() != queries || mask.columns() != keys) {
            throw new IllegalArgumentException("mask must have shape [" + queries + ", " + keys
                    + "] (queries × keys), was shape " + shape(mask));
        }
        double[] values = mask.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) || values[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("mask entries must be finite or -Infinity, found " + values[i]
                        + " at flat index " + i);
            }
        }
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
