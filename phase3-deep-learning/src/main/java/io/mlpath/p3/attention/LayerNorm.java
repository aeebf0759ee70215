package io.mlpath.p3.attention;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Layer normalisation: normalise each token (each row) over its features to mean 0 and variance
 * 1, then scale by a learnable {@code γ} and shift by a learnable {@code β}.
 *
 * <h2>Maths</h2>
 * For one row {@code x} of {@code d} features:
 * <pre>
 * μ  = (1/d) Σ_i x_i
 * σ² = (1/d) Σ_i (x_i − μ)²                     (the biased variance: divide by d, not d − 1)
 * y_i = γ_i · (x_i − μ) / √(σ² + ε) + β_i
 * </pre>
 * Unlike batch normalisation, the statistics are per token, over the feature axis, so the result
 * does not depend on the other rows, and training and inference compute the same thing.
 *
 * <h2>Worked example</h2>
 * <pre>
 * x = [[1, 2, 3, 6]], γ = [1, 1, 1, 1], β = [0, 0, 0, 0], ε = 0
 * μ = 3, σ² = (4 + 1 + 0 + 9)/4 = 3.5, √3.5 = 1.8708
 * y = [[−1.0690, −0.5345, 0, 1.6036]]
 * with γ = [2, 2, 2, 2], β = [1, 1, 1, 1]: y = [[−1.1381, −0.0690, 1, 4.2071]]
 * </pre>
 *
 * <h2>Numerical note</h2>
 * {@code ε} (PyTorch's default is {@code 1e-5}) sits <em>inside</em> the square root and keeps a
 * constant row, whose variance is 0, from dividing 0 by 0: such a row normalises to 0, so its
 * output is exactly {@code β}.
 *
 * <p><b>Rules of the exercise.</b> Use {@link INDArray} operations ({@code mean(true, 1)},
 * {@code subColumnVector}, {@code mulColumnVector}, {@code mulRowVector}, {@code addRowVector},
 * {@code Transforms.sqrt}); ND4J's layers ({@code org.deeplearning4j}) and SameDiff
 * ({@code org.nd4j.autodiff}) are off limits.
 *
 * <p>Reference: Ba, Kiros and Hinton, "Layer Normalization" (2016, https://arxiv.org/abs/1607.06450);
 * PyTorch documentation, {@code torch.nn.LayerNorm}.
 */
public final class LayerNorm {

    private final INDArray gamma;
    private final INDArray beta;
    private final double epsilon;

    /**
     * Creates a layer norm over {@code d = gamma.length()} features; keeps its own copies.
     *
     * <p>Example: {@code new LayerNorm(ones(4), zeros(4), 1e-5)} is a plain normalisation of 4 features.
     *
     * @param gamma   the scale {@code γ}, shape {@code [d]} or {@code [1, d]}, {@code d ≥ 1}
     * @param beta    the shift {@code β}, the same length as {@code gamma}
     * @param epsilon {@code ε > 0}, added to the variance inside the square root
     * @throws IllegalArgumentException if {@code gamma} or {@code beta} is null, not a vector, not
     *                                  finite, or of different lengths (the message names both),
     *                                  or {@code epsilon} is not a positive finite number
     */
    public LayerNorm(INDArray gamma, INDArray beta, double epsilon) {
        throw new UnsupportedOperationException("TODO(p3.attention.transformer-block): check gamma and beta (non-null finite vectors of the same length d) and epsilon > 0, and keep copies of gamma and beta as 1×d rows");
    }

    /**
     * Normalises every row of {@code x} over its {@code d} features, then applies {@code γ} and {@code β}.
     *
     * <p>Example (the class example): {@code [[1, 2, 3, 6]]} → {@code [[−1.0690, −0.5345, 0, 1.6036]]}
     * with {@code γ = 1}, {@code β = 0}, {@code ε = 0}.
     *
     * @param x {@code T × d}, {@code T ≥ 1}; not modified
     * @return a new {@code T × d} array
     * @throws IllegalArgumentException if {@code x} is null, not a matrix with {@code d} columns and at
     *                                  least one row (the message names both shapes), or not finite
     */
    public INDArray forward(INDArray x) {
        throw new UnsupportedOperationException("TODO(p3.attention.transformer-block): check x (T×d, finite), subtract each row mean, divide by sqrt(biased row variance + epsilon), multiply by gamma and add beta, column by column");
    }

    /** The scale {@code γ}, {@code 1 × d}. */
    public INDArray gamma() {
        return gamma;
    }

    /** The shift {@code β}, {@code 1 × d}. */
    public INDArray beta() {
        return beta;
    }
}
