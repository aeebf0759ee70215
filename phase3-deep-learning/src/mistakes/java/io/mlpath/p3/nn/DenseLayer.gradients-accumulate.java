// Known mistake: backward adds the new gradients to those of the previous call instead of replacing them.
package io.mlpath.p3.nn;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected (dense, affine) layer {@code Y = X·W + b} with its backward pass, which
 * turns the gradient of a loss with respect to the output into gradients for the input, the
 * weights and the bias.
 *
 * <h2>Shapes</h2>
 * A batch holds one example per row. With {@code D} inputs and {@code M} outputs:
 * {@code X} is {@code N×D}, the weights {@code W} are {@code D×M}, the bias {@code b} is
 * {@code 1×M}, and the output {@code Y} is {@code N×M}.
 *
 * <h2>Maths</h2>
 * <pre>
 * forward:   Y[n][m] = Σ_d X[n][d]·W[d][m] + b[m]        (Y = X·W, then b added to every row)
 *
 * backward:  given G = ∂L/∂Y (N×M) for some scalar loss L,
 *            ∂L/∂X = G·Wᵀ                 (N×M)(M×D) = N×D      dX[n][d] = Σ_m G[n][m]·W[d][m]
 *            ∂L/∂W = Xᵀ·G                 (D×N)(N×M) = D×M      dW[d][m] = Σ_n X[n][d]·G[n][m]
 *            ∂L/∂b = Σ_n G[n][·]          column sums, 1×M      db[m]    = Σ_n G[n][m]
 * </pre>
 * Each gradient has the shape of what it differentiates, and for a non-square layer there is
 * only one way to multiply {@code G}, {@code X} and {@code W} to get that shape. For a square
 * layer ({@code D = M}) the shapes no longer tell {@code W} from {@code Wᵀ}: derive the product
 * from the index form on the right.
 *
 * <p><b>Sum, not mean, over the batch.</b> The bias (and every weight) is shared by all
 * {@code N} rows, so its gradient adds up the contributions of the rows: {@code db} is the sum
 * of the rows of {@code G}, and doubling the batch (the same rows twice) doubles {@code dW} and
 * {@code db}. If the loss averages over the batch, the {@code 1/N} is already inside {@code G}
 * (the loss's gradient carries it); the layer must not divide again.
 *
 * <h2>Worked example</h2>
 * <pre>
 * X = [[1, 2, 3],      W = [[1, -1],      b = [1, -2]
 *      [4, 5, 6]]           [0,  2],
 *                           [2,  1]]
 * forward(X)  = [[ 8,  4],        (row 0: [1+0+6, −1+4+3] + [1, −2])
 *                [17, 10]]
 *
 * G = [[1, -1],
 *      [2, 0.5]]
 * backward(G) = dX = G·Wᵀ = [[2,   -2, 1  ],
 *                            [1.5,  1, 4.5]]
 * dW = Xᵀ·G = [[9, 1], [12, 0.5], [15, 0]]        db = [1+2, −1+0.5] = [3, -0.5]
 * </pre>
 *
 * <h2>State and edge cases</h2>
 * {@link #forward} caches (a copy of) its input; {@link #backward} differentiates at the input
 * of the <em>latest</em> forward call, so calling it before any forward is an
 * {@link IllegalStateException}. Each backward call replaces the stored gradients (they are not
 * accumulated across calls). Neither pass modifies its argument. Everything works in double
 * precision ({@link DataType#DOUBLE}); the products are plain sums, with no stability trap
 * beyond ordinary rounding, so a central-difference gradient check agrees to about 1e-9.
 *
 * <p><b>Rules of the exercise.</b> Use {@link INDArray} operations ({@code mmul},
 * {@code transpose}, {@code addRowVector}, {@code sum}, ...); ND4J's own layers and automatic
 * differentiation ({@code org.deeplearning4j}, SameDiff / {@code org.nd4j.autodiff},
 * {@code org.nd4j.linalg.lossfunctions}) are off limits: the point is to write the backward
 * pass yourself.
 *
 * <p>References: CS231n notes "Backpropagation, intuitions"
 * (https://cs231n.github.io/optimization-2/) and "Derivatives, Backpropagation, and
 * Vectorization" (http://cs231n.stanford.edu/handouts/derivatives.pdf); Goodfellow, Bengio and
 * Courville, <i>Deep Learning</i>, §6.5 (back-propagation).
 */
public final class DenseLayer {

    /** The weights, {@code inputs × outputs}, in double precision. */
    private final INDArray weights;
    /** The bias, {@code 1 × outputs}, in double precision. */
    private final INDArray bias;
    /** A copy of the input of the latest {@link #forward} call; null before the first. */
    private INDArray input;
    /** {@code ∂L/∂W} from the latest {@link #backward} call; null before the first. */
    private INDArray weightGradient;
    /** {@code ∂L/∂b} from the latest {@link #backward} call; null before the first. */
    private INDArray biasGradient;

    /**
     * Creates a layer with Xavier (Glorot) uniform weights and a zero bias.
     *
     * <p>Each weight is drawn independently from {@code U(−a, a)} with
     * {@code a = √(6 / (inputs + outputs))}, so its variance is {@code a²/3 = 2/(inputs + outputs)}
     * (Glorot and Bengio, 2010), which keeps the scale of activations and gradients roughly
     * constant through a stack of tanh or linear layers. (For ReLU stacks He initialisation,
     * variance {@code 2/inputs}, is the usual choice.) Use any generator seeded with
     * {@code seed} (e.g. {@code new java.util.SplittableRandom(seed)}): the same seed must give
     * the same weights.
     *
     * <p>Example: {@code new DenseLayer(4, 2, 7)} has 4×2 weights in {@code (−1, 1)}
     * ({@code a = √(6/6) = 1}) and bias {@code [0, 0]}.
     *
     * @param inputs  number of input features {@code D}, at least 1
     * @param outputs number of output features {@code M}, at least 1
     * @param seed    seed of the random generator
     * @throws IllegalArgumentException if {@code inputs} or {@code outputs} is below 1
     */
    public DenseLayer(int inputs, int outputs, long seed) {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, was " + inputs);
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("outputs must be at least 1, was " + outputs);
        }
        double limit = Math.sqrt(6.0 / (inputs + outputs));
        SplittableRandom random = new SplittableRandom(seed);
        double[][] w = new double[inputs][outputs];
        for (double[] row : w) {
            for (int m = 0; m < outputs; m++) {
                row[m] = (2 * random.nextDouble() - 1) * limit;
            }
        }
        this.weights = Nd4j.createFromArray(w);
        this.bias = Nd4j.zeros(DataType.DOUBLE, 1, outputs);
    }

    /**
     * Creates a layer with the given parameters; the layer keeps its own copies, in double
     * precision.
     *
     * <p>Example: weights {@code [[1, -1], [0, 2], [2, 1]]} (3×2) with bias {@code [1, -2]} is a
     * layer from 3 inputs to 2 outputs.
     *
     * @param weights the {@code inputs × outputs} weight matrix (rank 2, no empty dimension)
     * @param bias    the bias, shape {@code [outputs]} or {@code 1 × outputs}
     * @throws IllegalArgumentException if either is null, the shapes do not fit together (the
     *                                  message names both shapes), or a value is NaN or infinite
     */
    public DenseLayer(INDArray weights, INDArray bias) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (bias == null) {
            throw new IllegalArgumentException("bias must not be null");
        }
        if (weights.rank() != 2 || weights.rows() < 1 || weights.columns() < 1) {
            throw new IllegalArgumentException("weights must be a non-empty inputs×outputs matrix (rank 2), was shape "
                    + shape(weights));
        }
        long outputs = weights.columns();
        boolean vector = bias.rank() == 1 && bias.length() == outputs;
        boolean row = bias.rank() == 2 && bias.rows() == 1 && bias.columns() == outputs;
        if (!vector && !row) {
            throw new IllegalArgumentException("bias must have shape [" + outputs + "] or [1, " + outputs
                    + "] to match weights of shape " + shape(weights) + ", was shape " + shape(bias));
        }
        requireFinite("weights", weights);
        requireFinite("bias", bias);
        this.weights = weights.castTo(DataType.DOUBLE).dup();
        this.bias = bias.castTo(DataType.DOUBLE).reshape(1, outputs).dup();
    }

    /**
     * Computes {@code Y = X·W + b}, adding the bias to every row, and remembers a copy of
     * {@code X} for {@link #backward} (so the caller may reuse its array in between).
     *
     * <p>Example (the layer of the class example): {@code [[1, 2, 3], [4, 5, 6]]} →
     * {@code [[8, 4], [17, 10]]}. A single example is a 1×D matrix: {@code x.reshape(1, D)}.
     *
     * @param x the batch, {@code N × inputs} with {@code N ≥ 1}; not modified
     * @return a new {@code N × outputs} array
     * @throws IllegalArgumentException if {@code x} is null, not a matrix, has no row, has the
     *                                  wrong number of columns (the message names both shapes,
     *                                  e.g. {@code "x must have shape [N, 3] to multiply weights
     *                                  of shape [3, 2], was [4, 5]"}), or holds NaN or infinity
     */
    public INDArray forward(INDArray x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.rank() != 2 || x.columns() != weights.rows()) {
            throw new IllegalArgumentException("x must have shape [N, " + weights.rows()
                    + "] (one example per row) to multiply weights of shape " + shape(weights)
                    + ", was shape " + shape(x));
        }
        if (x.rows() < 1) {
            throw new IllegalArgumentException("x must have at least one row, was shape " + shape(x));
        }
        requireFinite("x", x);
        this.input = x.castTo(DataType.DOUBLE).dup();
        return input.mmul(weights).addiRowVector(bias);
    }

    /**
     * Back-propagates {@code G = ∂L/∂Y} through the layer: stores {@code dW = Xᵀ·G} and
     * {@code db = Σ_n G[n][·]} (summed over the batch) and returns {@code dX = G·Wᵀ}, where
     * {@code X} is the input of the latest {@link #forward} call.
     *
     * <p>Example (the class example): after {@code forward([[1, 2, 3], [4, 5, 6]])},
     * {@code backward([[1, -1], [2, 0.5]])} returns {@code [[2, -2, 1], [1.5, 1, 4.5]]} and
     * stores {@code dW = [[9, 1], [12, 0.5], [15, 0]]}, {@code db = [[3, -0.5]]}.
     *
     * @param gradOutput {@code G}, with the shape of the latest forward output ({@code N × outputs}); not modified
     * @return {@code ∂L/∂X}, a new {@code N × inputs} array
     * @throws IllegalStateException    if no forward call came first
     * @throws IllegalArgumentException if {@code gradOutput} is null, its shape differs from the
     *                                  forward output's (the message names both shapes), or it
     *                                  holds NaN or infinity
     */
    public INDArray backward(INDArray gradOutput) {
        if (input == null) {
            throw new IllegalStateException("backward called before forward: call forward(x) first, "
                    + "backward differentiates at the input of the latest forward call");
        }
        if (gradOutput == null) {
            throw new IllegalArgumentException("gradOutput must not be null");
        }
        long n = input.rows();
        long outputs = weights.columns();
        if (gradOutput.rank() != 2 || gradOutput.rows() != n || gradOutput.columns() != outputs) {
            throw new IllegalArgumentException("gradOutput must have the shape of the forward output [" + n + ", "
                    + outputs + "] (input " + shape(input) + " times weights " + shape(weights) + "), was shape "
                    + shape(gradOutput));
        }
        requireFinite("gradOutput", gradOutput);
        INDArray g = gradOutput.castTo(DataType.DOUBLE);
        INDArray dW = input.transpose().mmul(g);
        INDArray db = g.sum(true, 0);
        this.weightGradient = weightGradient == null ? dW : weightGradient.addi(dW);
        this.biasGradient = biasGradient == null ? db : biasGradient.addi(db);
        return g.mmul(weights.transpose());
    }

    /**
     * The weights, {@code inputs × outputs}: the layer's own array, so an optimiser can update
     * it in place ({@code weights().subi(weightGradient().mul(learningRate))}).
     */
    public INDArray weights() {
        return weights;
    }

    /** The bias, {@code 1 × outputs}: the layer's own array, updated in place like {@link #weights()}. */
    public INDArray bias() {
        return bias;
    }

    /**
     * {@code ∂L/∂W = Xᵀ·G} from the latest {@link #backward} call, {@code inputs × outputs}.
     *
     * @throws IllegalStateException if backward has not been called yet
     */
    public INDArray weightGradient() {
        if (weightGradient == null) {
            throw new IllegalStateException("no weight gradient yet: call forward(x), then backward(gradOutput)");
        }
        return weightGradient;
    }

    /**
     * {@code ∂L/∂b}, the column sums of {@code G} from the latest {@link #backward} call,
     * {@code 1 × outputs}.
     *
     * @throws IllegalStateException if backward has not been called yet
     */
    public INDArray biasGradient() {
        if (biasGradient == null) {
            throw new IllegalStateException("no bias gradient yet: call forward(x), then backward(gradOutput)");
        }
        return biasGradient;
    }

    private static void requireFinite(String name, INDArray array) {
        double[] values = array.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold only finite numbers, found " + values[i]
                        + " at flat index " + i + " of shape " + shape(array));
            }
        }
    }

    private static String shape(INDArray array) {
        return Arrays.toString(array.shape());
    }
}
