// Known mistake: eval mode normalises with the statistics of the batch it is given instead of the running statistics.
package io.mlpath.p3.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalisation over the batch axis (PyTorch's {@code BatchNorm1d}): each feature is
 * standardised with the mean and variance of the batch, then scaled and shifted by learnable
 * {@code γ} and {@code β}; running statistics, kept during training, replace the batch
 * statistics in evaluation mode.
 *
 * <h2>Maths (training mode), for a batch X of N rows and D features</h2>
 * <pre>
 * μ[d]  = (1/N) Σ_n X[n][d]
 * σ²[d] = (1/N) Σ_n (X[n][d] − μ[d])²                 (biased: divisor N)
 * X̂     = (X − μ) / √(σ² + ε)                         Y = γ ⊙ X̂ + β   (row vectors broadcast)
 *
 * running_mean ← (1 − momentum)·running_mean + momentum·μ
 * running_var  ← (1 − momentum)·running_var  + momentum·σ²·N/(N − 1)   (UNBIASED, PyTorch's convention)
 *
 * backward, G = ∂L/∂Y:
 * ∂L/∂β[d] = Σ_n G[n][d]            ∂L/∂γ[d] = Σ_n G[n][d]·X̂[n][d]
 * with Ĝ = G ⊙ γ:
 * ∂L/∂X = (1/N)·(1/√(σ² + ε)) ⊙ ( N·Ĝ − Σ_n Ĝ − X̂ ⊙ Σ_n (Ĝ ⊙ X̂) )
 * </pre>
 * The two subtracted sums are there because μ and σ² depend on every row: moving one input
 * moves the statistics of its whole column. Dropping them gives {@code Ĝ/√(σ² + ε)}, the
 * gradient of an ordinary scaling, which fails a gradient check.
 *
 * <p><b>Evaluation mode</b> normalises with the running statistics instead:
 * {@code Y = γ ⊙ (X − running_mean)/√(running_var + ε) + β}, an affine map of each row
 * alone, so a single example gets the same output in any batch; its backward is
 * {@code ∂L/∂X = G ⊙ γ / √(running_var + ε)} (and the same {@code ∂L/∂γ}, {@code ∂L/∂β} with
 * the X̂ of evaluation mode). Running statistics are not updated in evaluation mode.
 *
 * <h2>Worked example</h2>
 * <pre>
 * one feature, X = [[1], [3]], γ = [2], β = [1], ε = 0, momentum = 0.1, fresh running stats (0, 1):
 *   μ = 2, σ² = 1 (biased), X̂ = [[-1], [1]], forward(X) = [[-1], [3]]
 *   running_mean = 0.9·0 + 0.1·2 = 0.2
 *   running_var  = 0.9·1 + 0.1·2 = 1.1          (unbiased variance: ((1−2)² + (3−2)²)/(2−1) = 2)
 *   backward([[1], [0]]): dβ = [1], dγ = [-1], Ĝ = [[2], [0]],
 *                         dX = ½·(2·[[2], [0]] − [2] − [[-1], [1]]·(−2)) = [[0], [0]]
 * </pre>
 *
 * <h2>Numerical stability and edge cases</h2>
 * {@code ε} (default {@code 1e-5}) keeps the division finite for a constant feature
 * (σ² = 0): its output is then just β. Training mode needs at least 2 rows (with one row
 * every X̂ is 0 and the unbiased variance divides by zero; PyTorch refuses it too). Forward
 * caches what backward needs (X̂ and 1/√(σ² + ε)); backward before any forward is an
 * {@link IllegalStateException}. Work in double precision throughout.
 *
 * <p><b>Rules of the exercise.</b> Use {@link INDArray} operations ({@code mean(0)},
 * {@code sum(0)}, {@code subRowVector}, {@code mulRowVector}, {@code Transforms.sqrt});
 * ND4J's batch-norm op and {@code org.deeplearning4j} layers are off limits.
 *
 * <p>References: Ioffe and Szegedy, "Batch Normalization: Accelerating Deep Network Training by
 * Reducing Internal Covariate Shift" (ICML 2015), Algorithm 1 and §3; CS231n assignment 2
 * (batch normalisation); PyTorch documentation of {@code torch.nn.BatchNorm1d}
 * (https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html).
 */
public final class BatchNorm {

    /** The default {@code ε}, as in PyTorch. */
    public static final double DEFAULT_EPS = 1e-5;
    /** The default momentum of the running statistics, as in PyTorch. */
    public static final double DEFAULT_MOMENTUM = 0.1;

    private final int features;
    private final double eps;
    private final double momentum;
    /** γ, {@code 1 × D}. */
    private final INDArray gamma;
    /** β, {@code 1 × D}. */
    private final INDArray beta;
    /** The running mean, {@code 1 × D}, starting at 0. */
    private final INDArray runningMean;
    /** The running (unbiased) variance, {@code 1 × D}, starting at 1. */
    private final INDArray runningVar;
    private boolean training = true;
    /** X̂ of the latest forward call. */
    private INDArray normalized;
    /** {@code 1/√(σ² + ε)} of the latest forward call ({@code 1 × D}; running variance in eval mode). */
    private INDArray inverseStd;
    /** Whether the latest forward call was in training mode. */
    private boolean forwardTrained;
    private INDArray gammaGradient;
    private INDArray betaGradient;

    /**
     * Creates a layer over {@code features} features with {@code γ = 1}, {@code β = 0},
     * {@link #DEFAULT_EPS} and {@link #DEFAULT_MOMENTUM}, in training mode.
     *
     * @param features the number of features {@code D}, at least 1
     * @throws IllegalArgumentException if {@code features} is below 1
     */
    public BatchNorm(int features) {
        this(ones(features), Nd4j.zeros(DataType.DOUBLE, 1, Math.max(features, 1)), DEFAULT_MOMENTUM, DEFAULT_EPS);
    }

    /**
     * Creates a layer with the given {@code γ} and {@code β} (the layer keeps copies), running
     * mean 0 and running variance 1, in training mode.
     *
     * <p>Example: {@code new BatchNorm(gamma [2], beta [1], 0.1, 0)} is the layer of the class example.
     *
     * @param gamma    the scale γ, shape {@code [D]} or {@code 1 × D}
     * @param beta     the shift β, the same shape
     * @param momentum weight of the newest batch in the running statistics, in {@code [0, 1]}
     * @param eps      added to the variance before the square root, {@code ≥ 0}
     * @throws IllegalArgumentException if γ or β is null, empty, not a vector, non-finite, they
     *                                  differ in length, or momentum / eps is out of range
     */
    public BatchNorm(INDArray gamma, INDArray beta, double momentum, double eps) {
        this.gamma = vector("gamma", gamma);
        this.beta = vector("beta", beta);
        if (this.gamma.columns() != this.beta.columns()) {
            throw new IllegalArgumentException("gamma and beta must have the same length, were "
                    + this.gamma.columns() + " and " + this.beta.columns());
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must lie in [0, 1], was " + momentum);
        }
        if (!(eps >= 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be finite and at least 0, was " + eps);
        }
        this.features = (int) this.gamma.columns();
        this.momentum = momentum;
        this.eps = eps;
        this.runningMean = Nd4j.zeros(DataType.DOUBLE, 1, features);
        this.runningVar = Nd4j.ones(DataType.DOUBLE, 1, features);
    }

    /** Switches to training mode: normalise with batch statistics and update the running ones. */
    public void train() {
        this.training = true;
    }

    /** Switches to evaluation mode: normalise with the running statistics, which stay unchanged. */
    public void eval() {
        this.training = false;
    }

    /** Whether the layer is in training mode (the default). */
    public boolean isTraining() {
        return training;
    }

    /**
     * Normalises the batch: in training mode with its own mean and biased variance (and updates
     * the running statistics), in evaluation mode with the running statistics; then scales by γ
     * and shifts by β.
     *
     * <p>Example: γ = [2], β = [1], ε = 0, training: {@code [[1], [3]]} → {@code [[-1], [3]]}.
     *
     * @param x the batch, {@code N × D}; {@code N ≥ 2} in training mode, {@code N ≥ 1} in
     *          evaluation mode; not modified
     * @return a new {@code N × D} array
     * @throws IllegalArgumentException if {@code x} is null, not a matrix with D columns,
     *                                  non-finite, or has fewer rows than the mode needs
     */
    public INDArray forward(INDArray x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.rank() != 2 || x.columns() != features) {
            throw new IllegalArgumentException("x must have shape [N, " + features + "] (one example per row, one column per feature), was shape "
                    + Arrays.toString(x.shape()));
        }
        long n = x.rows();
        if (n < (training ? 2 : 1)) {
            throw new IllegalArgumentException(training
                    ? "training mode needs at least 2 rows to estimate a variance, was shape " + Arrays.toString(x.shape())
                    : "x must have at least one row, was shape " + Arrays.toString(x.shape()));
        }
        requireFinite("x", x);
        INDArray input = x.castTo(DataType.DOUBLE);
        INDArray mean;
        INDArray variance;
        if (true) {
            mean = input.mean(true, 0);
            INDArray centred = input.subRowVector(mean);
            variance = centred.mul(centred).mean(true, 0);
            runningMean.muli(1 - momentum).addi(mean.mul(momentum));
            runningVar.muli(1 - momentum).addi(variance.mul(momentum * n / (n - 1.0)));
        } else {
            mean = runningMean;
            variance = runningVar;
        }
        this.inverseStd = Transforms.pow(variance.add(eps), -0.5, true);
        this.normalized = input.subRowVector(mean).muliRowVector(inverseStd);
        this.forwardTrained = training;
        return normalized.mulRowVector(gamma).addiRowVector(beta);
    }

    /**
     * Back-propagates {@code G = ∂L/∂Y} through the latest forward call: stores {@code ∂L/∂γ} and
     * {@code ∂L/∂β} and returns {@code ∂L/∂X} (the full batch-statistics formula after a
     * training-mode forward, {@code G ⊙ γ / √(running_var + ε)} after an evaluation-mode one).
     *
     * <p>Example (class example): {@code backward([[1], [0]])} → {@code [[0], [0]]}, with
     * {@code dγ = [-1]}, {@code dβ = [1]}.
     *
     * @param gradOutput {@code G}, with the shape of the latest forward output; not modified
     * @return {@code ∂L/∂X}, a new {@code N × D} array
     * @throws IllegalStateException    if no forward call came first
     * @throws IllegalArgumentException if {@code gradOutput} is null, non-finite or of the wrong shape
     */
    public INDArray backward(INDArray gradOutput) {
        if (normalized == null) {
            throw new IllegalStateException("backward called before forward: call forward(x) first, "
                    + "backward differentiates at the batch of the latest forward call");
        }
        if (gradOutput == null) {
            throw new IllegalArgumentException("gradOutput must not be null");
        }
        if (!Arrays.equals(gradOutput.shape(), normalized.shape())) {
            throw new IllegalArgumentException("gradOutput must have the shape of the forward output "
                    + Arrays.toString(normalized.shape()) + ", was shape " + Arrays.toString(gradOutput.shape()));
        }
        requireFinite("gradOutput", gradOutput);
        INDArray g = gradOutput.castTo(DataType.DOUBLE);
        this.betaGradient = g.sum(true, 0);
        this.gammaGradient = g.mul(normalized).sum(true, 0);
        INDArray gHat = g.mulRowVector(gamma);
        if (!forwardTrained) {
            return gHat.muliRowVector(inverseStd);
        }
        double n = normalized.rows();
        INDArray sumGHat = gHat.sum(true, 0);
        INDArray sumGHatXHat = gHat.mul(normalized).sum(true, 0);
        return gHat.mul(n).subiRowVector(sumGHat).subi(normalized.mulRowVector(sumGHatXHat))
                .muliRowVector(inverseStd).divi(n);
    }

    /** γ, {@code 1 × D}: the layer's own array (an optimiser may update it in place). */
    public INDArray gamma() {
        return gamma;
    }

    /** β, {@code 1 × D}: the layer's own array. */
    public INDArray beta() {
        return beta;
    }

    /**
     * {@code ∂L/∂γ = Σ_n G[n][·] ⊙ X̂[n][·]} from the latest backward call, {@code 1 × D}.
     *
     * @throws IllegalStateException if backward has not been called yet
     */
    public INDArray gammaGradient() {
        if (gammaGradient == null) {
            throw new IllegalStateException("no gamma gradient yet: call forward(x), then backward(gradOutput)");
        }
        return gammaGradient;
    }

    /**
     * {@code ∂L/∂β = Σ_n G[n][·]} from the latest backward call, {@code 1 × D}.
     *
     * @throws IllegalStateException if backward has not been called yet
     */
    public INDArray betaGradient() {
        if (betaGradient == null) {
            throw new IllegalStateException("no beta gradient yet: call forward(x), then backward(gradOutput)");
        }
        return betaGradient;
    }

    /** The running mean, {@code 1 × D} (0 before any training-mode forward). */
    public INDArray runningMean() {
        return runningMean;
    }

    /** The running unbiased variance, {@code 1 × D} (1 before any training-mode forward). */
    public INDArray runningVar() {
        return runningVar;
    }

    private static INDArray ones(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("features must be at least 1, was " + features);
        }
        return Nd4j.ones(DataType.DOUBLE, 1, features);
    }

    private static INDArray vector(String name, INDArray array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        boolean isVector = array.rank() == 1 || (array.rank() == 2 && array.rows() == 1);
        if (!isVector || array.length() < 1) {
            throw new IllegalArgumentException(name + " must be a non-empty vector of shape [D] or [1, D], was shape "
                    + Arrays.toString(array.shape()));
        }
        requireFinite(name, array);
        return array.castTo(DataType.DOUBLE).reshape(1, array.length()).dup();
    }

    private static void requireFinite(String name, INDArray array) {
        double[] values = array.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold only finite numbers, found " + values[i]
                        + " at flat index " + i + " of shape " + Arrays.toString(array.shape()));
            }
        }
    }
}
