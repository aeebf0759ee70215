// Known mistake: the cross-entropy exponentiates raw logits without subtracting the row maximum, so logits near 1000 overflow.
package io.mlpath.p3.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Loss functions of a neural network and their gradients with respect to the network's output:
 * mean squared error, softmax cross-entropy from logits, and binary cross-entropy from logits.
 *
 * <h2>Maths (every loss is a MEAN, as PyTorch's default {@code reduction="mean"})</h2>
 * <pre>
 * MSE, predictions P and targets T of shape N×K, averaged over all N·K entries:
 *   L = (1/(N·K)) Σ_n Σ_k (P[n][k] − T[n][k])²              ∂L/∂P = 2·(P − T)/(N·K)
 *
 * softmax cross-entropy, logits Z (N×C) and integer labels y[n] ∈ {0..C−1}, averaged over the N rows:
 *   L = (1/N) Σ_n [ log Σ_c e^(Z[n][c]) − Z[n][y[n]] ]       ∂L/∂Z = (softmax(Z) − onehot(y)) / N
 *
 * binary cross-entropy with logits, logits Z and targets Y ∈ [0, 1] of shape N×K, averaged over all N·K:
 *   ℓ(z, y) = −y·log σ(z) − (1 − y)·log(1 − σ(z)) = max(z, 0) − z·y + log(1 + e^(−|z|))
 *   L = (1/(N·K)) Σ ℓ(Z[n][k], Y[n][k])                        ∂L/∂Z = (σ(Z) − Y)/(N·K)
 * </pre>
 * The cross-entropy gradients are "fused": the softmax (or sigmoid) and the log cancel into
 * {@code prediction − target}, which is simpler and more accurate than chaining a softmax backward
 * into a log backward.
 *
 * <p><b>Mean, not sum.</b> Dividing by the batch size makes the loss, and the size of a gradient
 * step, independent of the batch size: the same rows twice give the same loss and the same
 * gradient per row halved. The {@code 1/N} lives here, in the loss's gradient; the layers below
 * sum over the batch and must not divide again.
 *
 * <h2>Worked example</h2>
 * <pre>
 * mse([[1, 2]], [[0, 4]]) = (1² + 2²)/2 = 2.5;  mseGradient = 2·[[1, −2]]/2 = [[1, −2]]
 * softmaxCrossEntropy([[0, ln 3]], labels [1]) = −log 0.75 = 0.2877;  gradient = [[0.25, 0.75 − 1]] = [[0.25, −0.25]]
 * binaryCrossEntropyWithLogits([[0]], [[1]]) = log 2 = 0.6931;  gradient = [[σ(0) − 1]] = [[−0.5]]
 * With C classes and tiny logits the softmax is nearly uniform, so the initial cross-entropy is ≈ ln C
 * (2.303 for 10 classes): a good first sanity check of a classifier.
 * </pre>
 *
 * <h2>Numerical stability</h2>
 * Cross-entropy from logits uses log-sum-exp with the row maximum {@code m} taken out:
 * {@code log Σ e^z = m + log Σ e^(z − m)}, so logits near 1000 give a finite loss. Binary
 * cross-entropy must not compute {@code log(σ(z))}: for {@code z = −800}, {@code σ(z)} underflows to
 * 0 and the log is −∞, and {@code log(1 + e^800)} overflows; the form
 * {@code max(z, 0) − z·y + log(1 + e^(−|z|))} only ever exponentiates a non-positive number.
 *
 * <h2>Rules of the exercise</h2>
 * Use INDArray operations ({@code sub}, {@code mul}, {@code sumNumber}, {@code max(true, 1)},
 * {@code subColumnVector}, {@code Transforms.exp/log/abs} as elementwise maths); a loop over the
 * rows is fine for picking {@code Z[n][y[n]]} and building the one-hot matrix. ND4J's loss
 * functions ({@code org.nd4j.linalg.lossfunctions}) and automatic differentiation are off
 * limits. Inputs are never modified.
 *
 * <p>References: CS231n notes, "Linear classification" (softmax classifier, numeric stability:
 * https://cs231n.github.io/linear-classify/) and "Neural Networks Part 3" (sanity check: initial
 * loss ln C, https://cs231n.github.io/neural-networks-3/); Goodfellow, Bengio and Courville,
 * <i>Deep Learning</i>, §6.2.2 (output units and cross-entropy); PyTorch documentation of
 * {@code BCEWithLogitsLoss} (the stable form).
 */
public final class Losses {

    private Losses() {
    }

    /**
     * Mean squared error over all {@code N·K} entries: {@code (1/(N·K)) Σ (P − T)²}.
     *
     * <p>Example: {@code mse([[1, 2]], [[0, 4]]) = (1 + 4)/2 = 2.5}.
     *
     * @param predictions {@code P}, {@code N×K} with {@code N, K ≥ 1}, finite; not modified
     * @param targets     {@code T}, the same shape, finite; not modified
     * @return the mean of the squared differences
     * @throws IllegalArgumentException if either is null, not a non-empty matrix, non-finite, or the shapes differ
     */
    public static double mse(INDArray predictions, INDArray targets) {
        INDArray p = checkedMatrix("predictions", predictions);
        INDArray t = checkedSameShape("targets", targets, p);
        INDArray diff = p.sub(t);
        return diff.mul(diff).sumNumber().doubleValue() / p.length();
    }

    /**
     * The gradient of {@link #mse} with respect to the predictions: {@code 2·(P − T)/(N·K)}.
     *
     * <p>Example: {@code mseGradient([[1, 2]], [[0, 4]]) = [[1, -2]]}.
     *
     * @param predictions {@code P}, {@code N×K}; not modified
     * @param targets     {@code T}, the same shape; not modified
     * @return a new {@code N×K} array
     * @throws IllegalArgumentException as {@link #mse}
     */
    public static INDArray mseGradient(INDArray predictions, INDArray targets) {
        INDArray p = checkedMatrix("predictions", predictions);
        INDArray t = checkedSameShape("targets", targets, p);
        return p.sub(t).muli(2.0 / p.length());
    }

    /**
     * Softmax cross-entropy from logits, averaged over the {@code N} rows:
     * {@code (1/N) Σ_n [logΣ_c e^(Z[n][c]) − Z[n][y[n]]]}, computed with the row maximum taken out.
     *
     * <p>Example: {@code softmaxCrossEntropy([[0, ln 3]], [1]) = −log(3/4) = 0.2876820724517809}.
     *
     * @param logits {@code Z}, {@code N×C} with {@code N ≥ 1}, {@code C ≥ 2}, finite; not modified
     * @param labels the class of each row, {@code N} integers in {@code [0, C)}
     * @return the mean negative log-likelihood of the labels
     * @throws IllegalArgumentException if an argument is null, the logits are not an N×C matrix or hold
     *                                  NaN/infinity, {@code labels.length != N}, or a label is outside {@code [0, C)}
     */
    public static double softmaxCrossEntropy(INDArray logits, int[] labels) {
        INDArray z = checkedLogits(logits, labels);
        INDArray shifted = z.dup();
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
        double total = 0;
        for (int n = 0; n < labels.length; n++) {
            total += logSum.getDouble(n, 0) - shifted.getDouble(n, labels[n]);
        }
        return total / labels.length;
    }

    /**
     * The gradient of {@link #softmaxCrossEntropy} with respect to the logits:
     * {@code (softmax(Z) − onehot(y)) / N}.
     *
     * <p>Example: logits {@code [[0, ln 3]]}, labels {@code [1]} → {@code [[0.25, -0.25]]}.
     *
     * @param logits {@code Z}, {@code N×C}; not modified
     * @param labels the class of each row
     * @return a new {@code N×C} array; each row sums to 0
     * @throws IllegalArgumentException as {@link #softmaxCrossEntropy}
     */
    public static INDArray softmaxCrossEntropyGradient(INDArray logits, int[] labels) {
        INDArray z = checkedLogits(logits, labels);
        INDArray e = Transforms.exp(z.subColumnVector(z.max(true, 1)), false);
        INDArray gradient = e.diviColumnVector(e.sum(true, 1));
        for (int n = 0; n < labels.length; n++) {
            gradient.putScalar(n, labels[n], gradient.getDouble(n, labels[n]) - 1.0);
        }
        return gradient.divi(labels.length);
    }

    /**
     * Binary cross-entropy from logits, averaged over all {@code N·K} entries, in the stable form
     * {@code max(z, 0) − z·y + log(1 + e^(−|z|))}.
     *
     * <p>Example: {@code binaryCrossEntropyWithLogits([[0, 800]], [[1, 0]]) = (ln 2 + 800)/2}.
     *
     * @param logits  {@code Z}, {@code N×K}, finite; not modified
     * @param targets {@code Y}, the same shape, every entry in {@code [0, 1]}; not modified
     * @return the mean binary cross-entropy
     * @throws IllegalArgumentException if either is null, not a non-empty matrix, non-finite, the shapes
     *                                  differ, or a target is outside [0, 1]
     */
    public static double binaryCrossEntropyWithLogits(INDArray logits, INDArray targets) {
        INDArray z = checkedMatrix("logits", logits);
        INDArray y = checkedTargets(targets, z);
        INDArray positivePart = z.mul(z.gt(0).castTo(DataType.DOUBLE));
        INDArray softplus = Transforms.log(Transforms.exp(Transforms.abs(z, true).negi(), false).addi(1.0), false);
        return positivePart.subi(z.mul(y)).addi(softplus).sumNumber().doubleValue() / z.length();
    }

    /**
     * The gradient of {@link #binaryCrossEntropyWithLogits} with respect to the logits:
     * {@code (σ(Z) − Y)/(N·K)}, with a sigmoid that does not overflow.
     *
     * <p>Example: logits {@code [[0]]}, targets {@code [[1]]} → {@code [[-0.5]]}.
     *
     * @param logits  {@code Z}, {@code N×K}; not modified
     * @param targets {@code Y}, the same shape, entries in [0, 1]; not modified
     * @return a new {@code N×K} array
     * @throws IllegalArgumentException as {@link #binaryCrossEntropyWithLogits}
     */
    public static INDArray binaryCrossEntropyWithLogitsGradient(INDArray logits, INDArray targets) {
        INDArray z = checkedMatrix("logits", logits);
        INDArray y = checkedTargets(targets, z);
        INDArray e = Transforms.exp(Transforms.abs(z, true).negi(), false);
        INDArray positive = e.add(1.0).rdivi(1.0);
        INDArray negative = e.mul(positive);
        INDArray mask = z.gte(0).castTo(DataType.DOUBLE);
        INDArray sigmoid = positive.mul(mask).addi(negative.mul(mask.rsub(1.0)));
        return sigmoid.subi(y).divi(z.length());
    }

    private static INDArray checkedLogits(INDArray logits, int[] labels) {
        INDArray z = checkedMatrix("logits", logits);
        if (z.columns() < 2) {
            throw new IllegalArgumentException("logits must have at least 2 columns (one per class), was shape "
                    + Arrays.toString(z.shape()));
        }
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        if (labels.length != z.rows()) {
            throw new IllegalArgumentException("labels must hold one label per row of logits (" + z.rows()
                    + "), had " + labels.length);
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= z.columns()) {
                throw new IllegalArgumentException("labels must be class indices in [0, " + z.columns()
                        + "), label " + n + " is " + labels[n]);
            }
        }
        return z;
    }

    private static INDArray checkedTargets(INDArray targets, INDArray z) {
        INDArray y = checkedSameShape("targets", targets, z);
        double[] values = y.ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 1) {
                throw new IllegalArgumentException("targets must be probabilities in [0, 1], found " + values[i]
                        + " at flat index " + i);
            }
        }
        return y;
    }

    private static INDArray checkedSameShape(String name, INDArray array, INDArray like) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (!Arrays.equals(array.shape(), like.shape())) {
            throw new IllegalArgumentException(name + " must have the shape of the predictions/logits "
                    + Arrays.toString(like.shape()) + ", was shape " + Arrays.toString(array.shape()));
        }
        return checkedMatrix(name, array);
    }

    private static INDArray checkedMatrix(String name, INDArray array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (array.rank() != 2 || array.rows() < 1 || array.columns() < 1) {
            throw new IllegalArgumentException(name + " must be a non-empty N×K matrix (one row per example),"
                    + " was shape " + Arrays.toString(array.shape()));
        }
        INDArray d = array.castTo(DataType.DOUBLE);
        double[] values = d.ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold only finite numbers, found " + values[i]
                        + " at flat index " + i + " of shape " + Arrays.toString(array.shape()));
            }
        }
        return d;
    }
}
