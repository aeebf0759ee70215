// Known mistake: the softmax exponentiates the raw scores without subtracting the row maximum.
package io.mlpath.p3.attention;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Scaled dot-product attention for one sequence, {@code softmax(Q·Kᵀ/√d_k + mask)·V}, with the
 * causal and key-padding masks that decoders and padded batches need.
 *
 * <h2>Shapes</h2>
 * {@code T_q} queries attend to {@code T_k} keys: {@code Q} is {@code T_q×d_k}, {@code K} is
 * {@code T_k×d_k}, {@code V} is {@code T_k×d_v}, an optional additive {@code mask} is
 * {@code T_q×T_k}. The output is {@code T_q×d_v}; the attention weights are {@code T_q×T_k}.
 *
 * <h2>Maths</h2>
 * <pre>
 * S = Q·Kᵀ / √d_k + M               S[i][j] = (q_i · k_j) / √d_k + M[i][j]
 * A[i][·] = softmax(S[i][·])         A[i][j] = exp(S[i][j] − m_i) / Σ_j' exp(S[i][j'] − m_i),  m_i = max_j S[i][j]
 * output = A·V                      output[i] = Σ_j A[i][j]·v_j
 * </pre>
 * Why {@code √d_k}: if the components of {@code q} and {@code k} are independent with mean 0 and
 * variance 1, {@code q·k} has variance {@code d_k}; dividing by {@code √d_k} brings the scores back
 * to variance 1, so the softmax does not saturate into a one-hot (and its gradient into 0) as
 * {@code d_k} grows.
 *
 * <p>A mask entry is {@code 0} (allowed) or {@code −∞} (forbidden); any finite value is simply
 * added to the score. The <b>causal mask</b> lets query {@code t} see keys {@code 0..t}: entry
 * {@code [i][j]} is {@code 0} when {@code j ≤ i} (a token attends to itself) and {@code −∞} when
 * {@code j > i} (never to a later token). A <b>key-padding mask</b> forbids the padded key
 * positions for every query: column {@code j} is {@code −∞} when key {@code j} is padding.
 *
 * <h2>Worked example</h2>
 * <pre>
 * Q = [[1, 1, 1, 1]],  K = [[1, 1, 1, 1],     V = [[10],
 *                           [0, 0, 0, 0]],         [20]]          d_k = 4, √d_k = 2
 * S = [[4/2, 0/2]] = [[2, 0]]
 * A = [[e²/(e²+1), 1/(e²+1)]] = [[0.8808, 0.1192]]
 * output = [[0.8808·10 + 0.1192·20]] = [[11.192]]
 * causalMask(3) = [[0, −∞, −∞],
 *                  [0,  0, −∞],
 *                  [0,  0,  0]]
 * </pre>
 *
 * <h2>Numerical stability and the fully masked row</h2>
 * Subtract each row's maximum before {@code exp} ({@code softmax(s) = softmax(s − c)}): scores of
 * a few hundred overflow {@code exp} otherwise. A row whose mask is {@code −∞} everywhere (a query
 * allowed to see no key at all) has no softmax: {@code −∞ − (−∞)} is NaN. <b>The rule here:</b>
 * such a row gets attention weights all {@code 0} and output all {@code 0}, and the other rows are
 * computed as usual. (PyTorch returns NaN for it; the zero rule keeps NaN from spreading into
 * later layers.) A row with at least one finite entry is an ordinary softmax and sums to 1.
 *
 * <p><b>Rules of the exercise.</b> Use {@link INDArray} operations ({@code mmul},
 * {@code transpose}, {@code max}, {@code sum}, {@code subColumnVector}, {@code divColumnVector},
 * {@code Transforms.exp} as elementwise maths); ND4J's layers and automatic differentiation
 * ({@code org.deeplearning4j}, SameDiff / {@code org.nd4j.autodiff}, {@code org.nd4j.linalg.activations})
 * are off limits: write the softmax yourself.
 *
 * <p>Reference: Vaswani et al., "Attention Is All You Need" (NeurIPS 2017), §3.2.1
 * (https://arxiv.org/abs/1706.03762); Jurafsky and Martin, <i>Speech and Language Processing</i>
 * (3rd ed. draft), chapter 9 (transformers), §9.1 self-attention and causal masking.
 */
public final class ScaledDotProductAttention {

    private ScaledDotProductAttention() {
    }

    /**
     * The output of attention together with the weights that produced it.
     *
     * @param output  {@code A·V}, {@code T_q × d_v}
     * @param weights {@code A}, {@code T_q × T_k}; each row sums to 1, or is all 0 for a fully masked row
     */
    public record Result(INDArray output, INDArray weights) {
    }

    /**
     * Computes {@code softmax(Q·Kᵀ/√d_k + mask)·V} and the attention weights.
     *
     * <p>Example (the class example): {@code Q = [[1,1,1,1]]}, {@code K = [[1,1,1,1],[0,0,0,0]]},
     * {@code V = [[10],[20]]}, no mask → weights {@code [[0.8808, 0.1192]]}, output {@code [[11.192]]}.
     *
     * @param q    queries, {@code T_q × d_k}; not modified
     * @param k    keys, {@code T_k × d_k}; not modified
     * @param v    values, {@code T_k × d_v}; not modified
     * @param mask additive mask {@code T_q × T_k} of {@code 0}, finite numbers or {@code −∞}; or
     *             {@code null} for no mask; not modified
     * @return the output ({@code T_q × d_v}) and the weights ({@code T_q × T_k}); a fully masked row
     *         has weights and output all 0
     * @throws IllegalArgumentException if {@code q}, {@code k} or {@code v} is null, not a non-empty
     *                                  matrix, or not finite; if {@code q} and {@code k} differ in
     *                                  {@code d_k} or {@code k} and {@code v} in their number of
     *                                  rows (the message names both shapes); if the mask is not
     *                                  {@code T_q × T_k} or holds NaN or {@code +∞}
     */
    public static Result attend(INDArray q, INDArray k, INDArray v, INDArray mask) {
        requireMatrix("q", q);
        requireMatrix("k", k);
        requireMatrix("v", v);
        if (q.columns() != k.columns()) {
            throw new IllegalArgumentException("q and k must have the same number of columns d_k, q has shape "
                    + shape(q) + " and k has shape " + shape(k));
        }
        if (k.rows() != v.rows()) {
            throw new IllegalArgumentException("k and v must have one row per key (the same number of rows), k has shape "
                    + shape(k) + " and v has shape " + shape(v));
        }
        INDArray qd = q.castTo(DataType.DOUBLE);
        INDArray kd = k.castTo(DataType.DOUBLE);
        INDArray vd = v.castTo(DataType.DOUBLE);
        INDArray scores = qd.mmul(kd.transpose()).divi(Math.sqrt(q.columns()));
        if (mask != null) {
            requireMask(mask, q.rows(), k.rows());
            scores.addi(mask.castTo(DataType.DOUBLE));
        }
        INDArray weights = softmaxRows(scores);
        return new Result(weights.mmul(vd), weights);
    }

    /**
     * The causal (look-ahead) mask of a sequence of {@code t} tokens: {@code 0} on and below the
     * diagonal, {@code −∞} above it, so token {@code i} attends to tokens {@code 0..i}.
     *
     * <p>Example: {@code causalMask(2)} = {@code [[0, −∞], [0, 0]]}.
     *
     * @param t the sequence length, at least 1
     * @return a new {@code t × t} double array
     * @throws IllegalArgumentException if {@code t} is below 1
     */
    public static INDArray causalMask(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("t must be at least 1, was " + t);
        }
        double[][] mask = new double[t][t];
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                mask[i][j] = Double.NEGATIVE_INFINITY;
            }
        }
        return Nd4j.createFromArray(mask);
    }

    /**
     * The key-padding mask for {@code queries} queries over keys of which only those with
     * {@code keep[j] == true} are real tokens: column {@code j} is {@code 0} for a real key and
     * {@code −∞} for a padded one, in every row.
     *
     * <p>Example: {@code paddingMask(new boolean[] {true, true, false}, 2)} =
     * {@code [[0, 0, −∞], [0, 0, −∞]]}.
     *
     * @param keep    one flag per key, {@code true} for a real token; at least one key
     * @param queries the number of queries (rows), at least 1
     * @return a new {@code queries × keep.length} double array
     * @throws IllegalArgumentException if {@code keep} is null or empty, or {@code queries} is below 1
     */
    public static INDArray paddingMask(boolean[] keep, int queries) {
        if (keep == null || keep.length == 0) {
            throw new IllegalArgumentException("keep must hold one flag per key (at least one), was "
                    + (keep == null ? "null" : "empty"));
        }
        if (queries < 1) {
            throw new IllegalArgumentException("queries must be at least 1, was " + queries);
        }
        double[][] mask = new double[queries][keep.length];
        for (double[] row : mask) {
            for (int j = 0; j < keep.length; j++) {
                row[j] = keep[j] ? 0.0 : Double.NEGATIVE_INFINITY;
            }
        }
        return Nd4j.createFromArray(mask);
    }

    /** Row-wise stable softmax; a row that is −∞ everywhere becomes all zeros. */
    private static INDArray softmaxRows(INDArray scores) {
        INDArray max = scores.max(true, 1);
        for (int i = 0; i < max.rows(); i++) {
            if (max.getDouble(i, 0) == Double.NEGATIVE_INFINITY) {
                max.putScalar(i, 0, 0.0);
            }
        }
        INDArray exp = Transforms.exp(scores, false);
        INDArray sums = exp.sum(true, 1);
        for (int i = 0; i < sums.rows(); i++) {
            if (sums.getDouble(i, 0) == 0.0) {
                sums.putScalar(i, 0, 1.0);
            }
        }
        return exp.diviColumnVector(sums);
    }

    private static void requireMatrix(String name, INDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (a.rank() != 2 || a.rows() < 1 || a.columns() < 1) {
            throw new IllegalArgumentException(name + " must be a non-empty matrix (rank 2, one token per row), was shape "
                    + shape(a));
        }
        double[] values = a.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold only finite numbers, found " + values[i]
                        + " at flat index " + i + " of shape " + shape(a));
            }
        }
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

    private static String shape(INDArray a) {
        return Arrays.toString(a.shape());
    }
}
