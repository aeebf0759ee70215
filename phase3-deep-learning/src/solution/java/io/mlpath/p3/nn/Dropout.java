package io.mlpath.p3.nn;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout: in training mode each input is zeroed with probability {@code p} and the
 * survivors are scaled by {@code 1/(1−p)}, so the expected output equals the input; in
 * evaluation mode the layer is the identity.
 *
 * <h2>Maths</h2>
 * <pre>
 * training:   M[n][d] = 1/(1−p) with probability 1−p, else 0      (a fresh mask on every forward)
 *             Y = X ⊙ M                   so E[Y[n][d]] = (1−p)·X[n][d]/(1−p) = X[n][d]
 *             ∂L/∂X = G ⊙ M               (the same mask: a dropped unit passes no gradient)
 * evaluation: Y = X,  ∂L/∂X = G
 * </pre>
 * The scaling is done at training time ("inverted" dropout), so the network used for
 * prediction needs no change: without the {@code 1/(1−p)} the next layer would see inputs that
 * are on average {@code (1−p)} times too small during training and full size at test time.
 *
 * <h2>Worked example</h2>
 * <pre>
 * p = 0.5, X = [[1, 2, 3, 4]], and suppose the random draws keep units 0 and 3:
 *   mask()       = [[2, 0, 0, 2]]            (kept units carry 1/(1−0.5) = 2)
 *   forward(X)   = [[2, 0, 0, 8]]
 *   backward([[1, 1, 1, 1]]) = [[2, 0, 0, 2]]
 * after eval(): forward(X) = [[1, 2, 3, 4]] and backward(G) = G.
 * </pre>
 *
 * <h2>Randomness, state and edge cases</h2>
 * Draw the mask from a generator created once in the constructor from the seed (e.g.
 * {@code new java.util.SplittableRandom(seed)}: keep a unit when {@code nextDouble() >= p}), so
 * the same seed and the same sequence of calls give the same masks. {@link #backward} uses the
 * mask of the latest forward call, so it must come after one ({@link IllegalStateException}
 * otherwise). {@code p = 0} keeps everything (the identity); {@code p = 1} would drop
 * everything and divide by zero, so {@code p} must lie in {@code [0, 1)}. Neither pass modifies
 * its argument.
 *
 * <p><b>Rules of the exercise.</b> Build the mask yourself and combine with {@link INDArray}
 * operations ({@code mul}); ND4J's dropout ({@code org.nd4j.linalg.api.ops.random.impl.DropOutInverted})
 * and {@code org.deeplearning4j} layers are off limits.
 *
 * <p>References: Srivastava et al., "Dropout: A Simple Way to Prevent Neural Networks from
 * Overfitting" (JMLR 15, 2014); CS231n notes "Neural Networks Part 2", section Dropout
 * (https://cs231n.github.io/neural-networks-2/#reg); Goodfellow, Bengio and Courville,
 * <i>Deep Learning</i>, §7.12.
 */
public final class Dropout {

    /** The probability of dropping each unit in training mode, in {@code [0, 1)}. */
    private final double p;
    /** The generator of the masks, created once from the seed. */
    private final SplittableRandom random;
    /** Training mode (masks and rescales) or evaluation mode (identity); training by default. */
    private boolean training = true;
    /** The scaled mask of the latest training-mode forward call (all ones after an eval-mode one); null before. */
    private INDArray mask;

    /**
     * Creates a dropout layer in training mode.
     *
     * <p>Example: {@code new Dropout(0.5, 42)} drops about half of the units of each training
     * batch and doubles the others.
     *
     * @param p    the probability of dropping a unit, {@code 0 ≤ p < 1}
     * @param seed seed of the mask generator
     * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1)} or NaN
     */
    public Dropout(double p, long seed) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("p (the drop probability) must lie in [0, 1), was " + p);
        }
        this.p = p;
        this.random = new SplittableRandom(seed);
    }

    /** Switches to training mode: forward draws a fresh mask and rescales by {@code 1/(1−p)}. */
    public void train() {
        this.training = true;
    }

    /** Switches to evaluation mode: forward and backward are the identity. */
    public void eval() {
        this.training = false;
    }

    /** Whether the layer is in training mode (the default). */
    public boolean isTraining() {
        return training;
    }

    /** The drop probability {@code p}. */
    public double p() {
        return p;
    }

    /**
     * Applies dropout: in training mode draws a new mask {@code M} (entries {@code 0} or
     * {@code 1/(1−p)}) and returns {@code X ⊙ M}; in evaluation mode returns a copy of {@code X}
     * (and the mask becomes all ones).
     *
     * <p>Example: {@code p = 0.5}, {@code X = [[1, 2, 3, 4]]}, units 0 and 3 kept →
     * {@code [[2, 0, 0, 8]]}.
     *
     * @param x the batch, {@code N × D} with {@code N, D ≥ 1}; not modified
     * @return a new {@code N × D} array
     * @throws IllegalArgumentException if {@code x} is null, not a non-empty matrix, or holds NaN or infinity
     */
    public INDArray forward(INDArray x) {
        requireMatrix("x", x);
        INDArray input = x.castTo(DataType.DOUBLE);
        if (!training) {
            this.mask = Nd4j.ones(DataType.DOUBLE, input.rows(), input.columns());
            return input.dup();
        }
        double keep = 1.0 / (1.0 - p);
        double[][] m = new double[(int) input.rows()][(int) input.columns()];
        for (double[] row : m) {
            for (int d = 0; d < row.length; d++) {
                row[d] = random.nextDouble() >= p ? keep : 0.0;
            }
        }
        this.mask = Nd4j.createFromArray(m);
        return input.mul(mask);
    }

    /**
     * Back-propagates through the latest forward call: returns {@code G ⊙ M} (in evaluation
     * mode {@code M} is all ones, so a copy of {@code G}).
     *
     * <p>Example: after the forward of the class example, {@code backward([[1, 1, 1, 1]])} →
     * {@code [[2, 0, 0, 2]]}.
     *
     * @param gradOutput {@code G = ∂L/∂Y}, with the shape of the latest forward output; not modified
     * @return {@code ∂L/∂X}, a new array
     * @throws IllegalStateException    if no forward call came first
     * @throws IllegalArgumentException if {@code gradOutput} is null, non-finite, or its shape
     *                                  differs from the latest input's (the message names both)
     */
    public INDArray backward(INDArray gradOutput) {
        if (mask == null) {
            throw new IllegalStateException("backward called before forward: call forward(x) first, "
                    + "backward uses the mask of the latest forward call");
        }
        requireMatrix("gradOutput", gradOutput);
        if (!Arrays.equals(gradOutput.shape(), mask.shape())) {
            throw new IllegalArgumentException("gradOutput must have the shape of the latest input "
                    + Arrays.toString(mask.shape()) + ", was shape " + Arrays.toString(gradOutput.shape()));
        }
        return gradOutput.castTo(DataType.DOUBLE).mul(mask);
    }

    /**
     * The mask {@code M} of the latest forward call, {@code N × D}: entries {@code 0} (dropped)
     * or {@code 1/(1−p)} (kept) after a training-mode forward, all ones after an evaluation-mode one.
     *
     * @throws IllegalStateException if forward has not been called yet
     */
    public INDArray mask() {
        if (mask == null) {
            throw new IllegalStateException("no mask yet: call forward(x) first");
        }
        return mask;
    }

    private static void requireMatrix(String name, INDArray array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (array.rank() != 2 || array.rows() < 1 || array.columns() < 1) {
            throw new IllegalArgumentException(name + " must be a non-empty N×D matrix (one example per row), was shape "
                    + Arrays.toString(array.shape()));
        }
        double[] values = array.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold only finite numbers, found " + values[i]
                        + " at flat index " + i + " of shape " + Arrays.toString(array.shape()));
            }
        }
    }
}
