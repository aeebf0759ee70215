// Known mistake: He initialisation uses the fan-out instead of the fan-in, variance 2/fanOut.
package io.mlpath.p3.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded weight initialisation for a dense layer: Xavier (Glorot) uniform and normal, and He
 * (Kaiming) normal, which choose the weights' variance so that signals keep their scale through
 * a deep network.
 *
 * <h2>Maths</h2>
 * A layer {@code z = x·W} with {@code fanIn} inputs and {@code fanOut} outputs (W is
 * {@code fanIn × fanOut}, as in {@code DenseLayer}) and independent zero-mean weights gives each
 * output {@code Var(z_j) = fanIn · Var(w) · E[x²]}. To keep the scale of the forward signal,
 * {@code Var(w) = 1/fanIn}; of the backward gradient, {@code 1/fanOut}. Hence:
 * <pre>
 * Xavier/Glorot (tanh, linear):   Var(w) = 2 / (fanIn + fanOut)    (a compromise of both)
 *   uniform: w ~ U(−a, a), a = √(6 / (fanIn + fanOut))           (Var of U(−a, a) is a²/3)
 *   normal:  w ~ N(0, 2 / (fanIn + fanOut))
 * He/Kaiming normal (ReLU):       w ~ N(0, 2 / fanIn)              (gain √2, fan-in mode)
 * </pre>
 * ReLU zeroes half of a symmetric input, so {@code E[relu(z)²] = Var(z)/2}; the gain √2 (variance
 * factor 2) puts that half back, and {@code E[h²]} stays constant from layer to layer. With a
 * fixed small scale such as {@code N(0, 0.01²)} each of 50 ReLU layers of width 256 multiplies the
 * activations' second moment by {@code 256·0.0001/2 ≈ 0.013}: after 50 layers it is ≈ 1e-94,
 * and the network's output (and its gradients) vanish.
 *
 * <h2>Worked example</h2>
 * <pre>
 * heNormal(64, 512, seed) is 64×512 with sample variance ≈ 2/64 = 0.03125 (not 2/512 = 0.0039)
 * xavierUniform(4, 2, seed) is 4×2 with every weight in (−1, 1): a = √(6/6) = 1, variance 1/3
 * xavierNormal(100, 300, seed) has variance ≈ 2/400 = 0.005, standard deviation ≈ 0.0707
 * </pre>
 *
 * <h2>Edge cases</h2>
 * Fan-in is the number of INPUTS (rows of W here), fan-out the number of outputs (columns).
 * Swapping them does not change Xavier (the sum is symmetric) but changes He by a factor
 * {@code fanOut/fanIn}, which only a non-square layer reveals. The same seed must give the same
 * weights (use {@code new java.util.Random(seed)} and draw row by row); the variance in a
 * normal is the square of the standard deviation you multiply {@code nextGaussian()} by.
 *
 * <h2>Rules of the exercise</h2>
 * Build a {@code double[fanIn][fanOut]} and wrap it with {@code Nd4j.createFromArray} (double
 * precision); DL4J's weight initialisers ({@code org.deeplearning4j}) are off limits.
 *
 * <p>References: Glorot and Bengio, "Understanding the difficulty of training deep feedforward
 * neural networks" (AISTATS 2010); He, Zhang, Ren and Sun, "Delving Deep into Rectifiers"
 * (ICCV 2015, arXiv:1502.01852), §2.2; CS231n notes, "Neural Networks Part 2", weight
 * initialization (https://cs231n.github.io/neural-networks-2/#init).
 */
public final class Initialization {

    private Initialization() {
    }

    /**
     * Xavier/Glorot uniform weights: {@code fanIn × fanOut} draws from {@code U(−a, a)},
     * {@code a = √(6/(fanIn + fanOut))}.
     *
     * <p>Example: {@code xavierUniform(4, 2, 7)} is 4×2 with entries in {@code (−1, 1)}.
     *
     * @param fanIn  the number of inputs of the layer (rows), at least 1
     * @param fanOut the number of outputs of the layer (columns), at least 1
     * @param seed   the seed: the same seed gives the same weights
     * @return a new {@code fanIn × fanOut} double-precision matrix
     * @throws IllegalArgumentException if {@code fanIn} or {@code fanOut} is below 1
     */
    public static INDArray xavierUniform(int fanIn, int fanOut, long seed) {
        checkFans(fanIn, fanOut);
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        Random random = new Random(seed);
        double[][] w = new double[fanIn][fanOut];
        for (double[] row : w) {
            for (int j = 0; j < fanOut; j++) {
                row[j] = (2 * random.nextDouble() - 1) * limit;
            }
        }
        return Nd4j.createFromArray(w);
    }

    /**
     * Xavier/Glorot normal weights: {@code fanIn × fanOut} draws from
     * {@code N(0, 2/(fanIn + fanOut))} (standard deviation {@code √(2/(fanIn + fanOut))}).
     *
     * <p>Example: {@code xavierNormal(100, 300, 7)} has sample variance ≈ 0.005.
     *
     * @param fanIn  the number of inputs of the layer (rows), at least 1
     * @param fanOut the number of outputs of the layer (columns), at least 1
     * @param seed   the seed: the same seed gives the same weights
     * @return a new {@code fanIn × fanOut} double-precision matrix
     * @throws IllegalArgumentException if {@code fanIn} or {@code fanOut} is below 1
     */
    public static INDArray xavierNormal(int fanIn, int fanOut, long seed) {
        checkFans(fanIn, fanOut);
        return gaussian(fanIn, fanOut, Math.sqrt(2.0 / (fanIn + fanOut)), seed);
    }

    /**
     * He/Kaiming normal weights for ReLU layers: {@code fanIn × fanOut} draws from
     * {@code N(0, 2/fanIn)} (standard deviation {@code √(2/fanIn)}, fan-in mode, gain √2).
     *
     * <p>Example: {@code heNormal(64, 512, 7)} has sample variance ≈ 2/64 = 0.03125.
     *
     * @param fanIn  the number of inputs of the layer (rows), at least 1
     * @param fanOut the number of outputs of the layer (columns), at least 1
     * @param seed   the seed: the same seed gives the same weights
     * @return a new {@code fanIn × fanOut} double-precision matrix
     * @throws IllegalArgumentException if {@code fanIn} or {@code fanOut} is below 1
     */
    public static INDArray heNormal(int fanIn, int fanOut, long seed) {
        checkFans(fanIn, fanOut);
        return gaussian(fanIn, fanOut, Math.sqrt(2.0 / fanOut), seed);
    }

    private static INDArray gaussian(int fanIn, int fanOut, double standardDeviation, long seed) {
        Random random = new Random(seed);
        double[][] w = new double[fanIn][fanOut];
        for (double[] row : w) {
            for (int j = 0; j < fanOut; j++) {
                row[j] = standardDeviation * random.nextGaussian();
            }
        }
        return Nd4j.createFromArray(w);
    }

    private static void checkFans(int fanIn, int fanOut) {
        if (fanIn < 1) {
            throw new IllegalArgumentException("fanIn (the number of inputs) must be at least 1, was " + fanIn);
        }
        if (fanOut < 1) {
            throw new IllegalArgumentException("fanOut (the number of outputs) must be at least 1, was " + fanOut);
        }
    }
}
