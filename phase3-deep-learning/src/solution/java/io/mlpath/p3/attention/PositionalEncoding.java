package io.mlpath.p3.attention;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The sinusoidal positional encoding of the original transformer: a fixed {@code positions × d_model}
 * table whose row {@code pos} is added to the embedding of the token at position {@code pos}.
 *
 * <h2>Maths</h2>
 * For feature pair {@code i = 0 … d_model/2 − 1}, with angular frequency {@code ω_i = 1 / 10000^(2i/d_model)}:
 * <pre>
 * PE[pos][2i]     = sin(pos · ω_i)
 * PE[pos][2i + 1] = cos(pos · ω_i)
 * </pre>
 * The wavelengths grow geometrically from {@code 2π} (pair 0) towards {@code 10000·2π}. Because
 * {@code sin(a + b)} and {@code cos(a + b)} are linear in {@code (sin a, cos a)}, moving {@code k}
 * positions is a fixed linear map, the same for every {@code pos}: each pair is rotated by the
 * angle {@code k·ω_i},
 * <pre>
 * [PE[pos+k][2i], PE[pos+k][2i+1]] = [PE[pos][2i], PE[pos][2i+1]] · [[ cos kω_i, −sin kω_i],
 *                                                                    [ sin kω_i,  cos kω_i]]
 * </pre>
 * which is why Vaswani et al. hoped the model could attend by relative position.
 *
 * <h2>Worked example</h2>
 * <pre>
 * sinusoidal(2, 4):  ω = [1, 1/100]
 * PE[0] = [sin 0, cos 0, sin 0, cos 0]          = [0, 1, 0, 1]
 * PE[1] = [sin 1, cos 1, sin 0.01, cos 0.01]    = [0.8415, 0.5403, 0.0100, 0.99995]
 * </pre>
 *
 * <h2>Numerical note</h2>
 * Compute {@code ω_i} as {@code Math.pow(10000, -2.0 * i / dModel)} (or {@code exp(−(2i/d)·ln 10000)})
 * in double precision; note the exponent uses {@code 2i}, the index of the even feature, not
 * {@code i}. Every entry lies in {@code [−1, 1]}.
 *
 * <p><b>Rules of the exercise.</b> Fill the table with plain Java ({@code Math.sin}, {@code Math.cos},
 * {@code Math.pow}) and {@code Nd4j.createFromArray}, or with {@link INDArray} operations; ND4J's layers
 * ({@code org.deeplearning4j}) and SameDiff ({@code org.nd4j.autodiff}) are off limits.
 *
 * <p>Reference: Vaswani et al., "Attention Is All You Need" (NeurIPS 2017), §3.5 Positional
 * Encoding (https://arxiv.org/abs/1706.03762); Amirhossein Kazemnejad, "Transformer Architecture:
 * The Positional Encoding" (2019).
 */
public final class PositionalEncoding {

    private PositionalEncoding() {
    }

    /**
     * The {@code positions × dModel} sinusoidal encoding table.
     *
     * <p>Example: {@code sinusoidal(2, 4)} = {@code [[0, 1, 0, 1], [0.8415, 0.5403, 0.0100, 0.99995]]}.
     *
     * @param positions the number of positions (rows), at least 1
     * @param dModel    the model width, even and at least 2
     * @return a new double array
     * @throws IllegalArgumentException if {@code positions} is below 1 or {@code dModel} is below 2 or odd
     */
    public static INDArray sinusoidal(int positions, int dModel) {
        if (positions < 1) {
            throw new IllegalArgumentException("positions must be at least 1, was " + positions);
        }
        if (dModel < 2 || dModel % 2 != 0) {
            throw new IllegalArgumentException("dModel must be even and at least 2 (sin/cos pairs), was " + dModel);
        }
        double[][] pe = new double[positions][dModel];
        for (int i = 0; i < dModel / 2; i++) {
            double omega = Math.pow(10000.0, -2.0 * i / dModel);
            for (int pos = 0; pos < positions; pos++) {
                pe[pos][2 * i] = Math.sin(pos * omega);
                pe[pos][2 * i + 1] = Math.cos(pos * omega);
            }
        }
        return Nd4j.createFromArray(pe);
    }
}
