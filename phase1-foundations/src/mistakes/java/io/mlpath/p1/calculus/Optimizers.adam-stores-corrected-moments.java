// Known mistake: Adam writes the bias-corrected moments back into the state, so the correction compounds on later steps.
package io.mlpath.p1.calculus;

/**
 * First-order optimisers as single steps: heavy-ball momentum, RMSProp and Adam, each turning a
 * parameter vector and its gradient into the next parameter vector while updating an explicit
 * state object.
 *
 * <h2>The maths</h2>
 * With parameters {@code θ}, gradient {@code g = ∇L(θ)}, learning rate {@code η}, and every
 * operation elementwise (one state entry per parameter):
 * <ul>
 *   <li><b>Momentum</b> (heavy ball, the convention of PyTorch's {@code SGD(momentum=β)}):
 *       <pre>  v ← β v + g,        θ ← θ − η v</pre>
 *       {@code v} is a running sum of past gradients; with a constant gradient it grows to
 *       {@code g/(1 − β)}, so steps along a consistent slope grow up to {@code 1/(1 − β)} times
 *       (10× for {@code β = 0.9}), while components that flip sign cancel out.</li>
 *   <li><b>RMSProp</b> (Hinton):
 *       <pre>  s ← ρ s + (1 − ρ) g²,        θ ← θ − η g / (√s + ε)</pre>
 *       {@code s} is a moving average of squared gradients: each coordinate's step is divided by
 *       its typical gradient size, so steep and flat directions advance at similar rates.</li>
 *   <li><b>Adam</b> (Kingma and Ba, Algorithm 1), with the step counter {@code t} starting at 0:
 *       <pre>
 *   t ← t + 1
 *   m ← β₁ m + (1 − β₁) g              (first moment, stored as is)
 *   v ← β₂ v + (1 − β₂) g²             (second moment, stored as is)
 *   m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)    (bias correction, not stored)
 *   θ ← θ − η m̂ / (√v̂ + ε)</pre>
 *       Both moments start at 0, so without correction they are biased towards 0 in the first
 *       steps: after one step {@code m = (1 − β₁) g} and {@code v = (1 − β₂) g²}. Dividing by
 *       {@code 1 − βᵗ} removes exactly that bias: at {@code t = 1}, {@code m̂ = g}, {@code v̂ = g²} and
 *       the step is {@code η g / (|g| + ε) ≈ η·sign(g)}: magnitude {@code η} in every coordinate,
 *       whatever the gradient's scale.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * double[] theta = {1, -2}, g = {0.5, -1};
 * Optimizers.momentumStep(theta, g, new MomentumState(2), 0.1, 0.9);
 *     // v = [0.5, -1];  θ = [1 - 0.05, -2 + 0.1] = [0.95, -1.9]
 * Optimizers.rmsPropStep(theta, g, new RmsPropState(2), 0.01, 0.9, 1e-8);
 *     // s = 0.1·g² = [0.025, 0.1];  θ ≈ [1 - 0.01·0.5/0.15811, -2 + 0.01·1/0.31623] = [0.96838, -1.96838]
 * Optimizers.adamStep(theta, g, new AdamState(2), 0.001, 0.9, 0.999, 1e-8);
 *     // t = 1, m = [0.05, -0.1], v = [0.00025, 0.001], m̂ = g, v̂ = g²;  θ ≈ [0.999, -1.999]
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Store the raw moments {@code m}, {@code v} in the state and bias-correct a copy for the
 *       step; storing the corrected values compounds the correction on every later step.</li>
 *   <li>{@code ε > 0} keeps a zero gradient coordinate from giving {@code 0/0}; it goes outside the
 *       square root here (PyTorch's convention; some libraries put it inside).</li>
 *   <li>Each step returns a new array and leaves {@code params} and {@code gradient} unchanged; only
 *       the state changes. Validate everything before touching the state, so a rejected call leaves
 *       it as it was.</li>
 * </ul>
 *
 * <p>References: D. P. Kingma and J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015,
 * arXiv:1412.6980 (Algorithm 1 and §3, bias correction); G. Hinton, <i>Neural Networks for Machine
 * Learning</i>, lecture 6e (RMSProp); I. Sutskever, J. Martens, G. Dahl and G. Hinton, "On the
 * importance of initialization and momentum in deep learning", ICML 2013; I. Goodfellow, Y. Bengio
 * and A. Courville, <i>Deep Learning</i> (2016), §8.3–8.5; CS231n notes, "Parameter updates".
 */
public final class Optimizers {

    private Optimizers() {
    }

    /** The velocity {@code v} of {@link #momentumStep}, one entry per parameter, starting at 0. */
    public static final class MomentumState {

        private final double[] velocity;

        /**
         * A zero velocity for {@code dimension} parameters.
         *
         * @throws IllegalArgumentException if {@code dimension < 1}
         */
        public MomentumState(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
            }
            this.velocity = new double[dimension];
        }

        /** The number of parameters this state belongs to. */
        public int dimension() {
            return velocity.length;
        }

        /** A copy of the velocity {@code v}. */
        public double[] velocity() {
            return velocity.clone();
        }
    }

    /** The moving average {@code s} of squared gradients of {@link #rmsPropStep}, starting at 0. */
    public static final class RmsPropState {

        private final double[] meanSquare;

        /**
         * A zero average for {@code dimension} parameters.
         *
         * @throws IllegalArgumentException if {@code dimension < 1}
         */
        public RmsPropState(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
            }
            this.meanSquare = new double[dimension];
        }

        /** The number of parameters this state belongs to. */
        public int dimension() {
            return meanSquare.length;
        }

        /** A copy of the moving average of squared gradients {@code s}. */
        public double[] meanSquare() {
            return meanSquare.clone();
        }
    }

    /** The moments {@code m}, {@code v} (uncorrected) and the step counter {@code t} of {@link #adamStep}. */
    public static final class AdamState {

        private final double[] firstMoment;
        private final double[] secondMoment;
        private int step;

        /**
         * Zero moments and {@code t = 0} for {@code dimension} parameters.
         *
         * @throws IllegalArgumentException if {@code dimension < 1}
         */
        public AdamState(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
            }
            this.firstMoment = new double[dimension];
            this.secondMoment = new double[dimension];
        }

        /** The number of parameters this state belongs to. */
        public int dimension() {
            return firstMoment.length;
        }

        /** A copy of the first moment {@code m}, as stored (not bias-corrected). */
        public double[] firstMoment() {
            return firstMoment.clone();
        }

        /** A copy of the second moment {@code v}, as stored (not bias-corrected). */
        public double[] secondMoment() {
            return secondMoment.clone();
        }

        /** The number of steps taken so far, {@code t}. */
        public int step() {
            return step;
        }
    }

    /**
     * One heavy-ball momentum step: {@code v ← β v + g}, then {@code θ − η v}.
     *
     * <p>Example: {@code θ = [1, −2]}, {@code g = [0.5, −1]}, a fresh state, {@code η = 0.1},
     * {@code β = 0.9} → velocity {@code [0.5, −1]}, returns {@code [0.95, −1.9]}. A second step with
     * {@code g = [0.25, 0.5]} → velocity {@code [0.7, −0.4]}, returns {@code [0.88, −1.86]}.
     *
     * @param params       {@code θ}, non-empty and finite; left unchanged
     * @param gradient     {@code g}, the same length, finite; left unchanged
     * @param state        the velocity for this parameter vector (same dimension); updated in place
     * @param learningRate {@code η > 0}, finite
     * @param beta         the momentum {@code β}, {@code 0 ≤ β < 1} ({@code β = 0} is plain gradient descent)
     * @return the new parameters, a new array
     * @throws IllegalArgumentException if an argument breaks its rule; the state is then left unchanged
     */
    public static double[] momentumStep(double[] params, double[] gradient, MomentumState state, double learningRate,
                                        double beta) {
        int n = requireParamsAndGradient(params, gradient);
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        requireDimension(state.dimension(), n);
        requireLearningRate(learningRate);
        requireDecay("beta", beta);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            state.velocity[i] = beta * state.velocity[i] + gradient[i];
            next[i] = params[i] - learningRate * state.velocity[i];
        }
        return next;
    }

    /**
     * One RMSProp step: {@code s ← ρ s + (1 − ρ) g²}, then {@code θ − η g / (√s + ε)}.
     *
     * <p>Example: {@code θ = [1, −2]}, {@code g = [0.5, −1]}, a fresh state, {@code η = 0.01},
     * {@code ρ = 0.9}, {@code ε = 1e-8} → {@code s = [0.025, 0.1]}, returns
     * {@code [1 − 0.01·0.5/(√0.025 + 1e-8), −2 + 0.01·1/(√0.1 + 1e-8)] ≈ [0.968377, −1.968377]}: the
     * first step is about {@code η/√(1 − ρ) ≈ 3.16 η} in each coordinate.
     *
     * @param params       {@code θ}, non-empty and finite; left unchanged
     * @param gradient     {@code g}, the same length, finite; left unchanged
     * @param state        the average of squared gradients for this parameter vector; updated in place
     * @param learningRate {@code η > 0}, finite
     * @param decay        {@code ρ}, {@code 0 ≤ ρ < 1}
     * @param epsilon      {@code ε > 0}, finite
     * @return the new parameters, a new array
     * @throws IllegalArgumentException if an argument breaks its rule; the state is then left unchanged
     */
    public static double[] rmsPropStep(double[] params, double[] gradient, RmsPropState state, double learningRate,
                                       double decay, double epsilon) {
        int n = requireParamsAndGradient(params, gradient);
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        requireDimension(state.dimension(), n);
        requireLearningRate(learningRate);
        requireDecay("decay", decay);
        requireEpsilon(epsilon);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            state.meanSquare[i] = decay * state.meanSquare[i] + (1 - decay) * gradient[i] * gradient[i];
            next[i] = params[i] - learningRate * gradient[i] / (Math.sqrt(state.meanSquare[i]) + epsilon);
        }
        return next;
    }

    /**
     * One Adam step with bias correction, as in the class notes: {@code t ← t + 1}, update the raw
     * moments {@code m}, {@code v}, then {@code θ − η m̂ / (√v̂ + ε)} with
     * {@code m̂ = m/(1 − β₁ᵗ)}, {@code v̂ = v/(1 − β₂ᵗ)}.
     *
     * <p>Example: {@code θ = [1, −2]}, {@code g = [0.5, −1]}, a fresh state, {@code η = 0.001},
     * {@code β₁ = 0.9}, {@code β₂ = 0.999}, {@code ε = 1e-8} → {@code t = 1},
     * {@code m = [0.05, −0.1]}, {@code v = [0.00025, 0.001]}, {@code m̂ = [0.5, −1]},
     * {@code v̂ = [0.25, 1]}, returns {@code [1 − 0.001·0.5/(0.5 + 1e-8), −2 + 0.001·1/(1 + 1e-8)]
     * ≈ [0.999, −1.999]}. Without bias correction the same step would be about {@code 3.16 η}.
     *
     * @param params       {@code θ}, non-empty and finite; left unchanged
     * @param gradient     {@code g}, the same length, finite; left unchanged
     * @param state        the moments and step counter for this parameter vector; updated in place
     * @param learningRate {@code η > 0}, finite
     * @param beta1        {@code β₁}, {@code 0 ≤ β₁ < 1} (typically 0.9)
     * @param beta2        {@code β₂}, {@code 0 ≤ β₂ < 1} (typically 0.999)
     * @param epsilon      {@code ε > 0}, finite (typically 1e-8)
     * @return the new parameters, a new array
     * @throws IllegalArgumentException if an argument breaks its rule; the state is then left unchanged
     */
    public static double[] adamStep(double[] params, double[] gradient, AdamState state, double learningRate,
                                    double beta1, double beta2, double epsilon) {
        int n = requireParamsAndGradient(params, gradient);
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        requireDimension(state.dimension(), n);
        requireLearningRate(learningRate);
        requireDecay("beta1", beta1);
        requireDecay("beta2", beta2);
        requireEpsilon(epsilon);
        state.step++;
        double correction1 = 1 - Math.pow(beta1, state.step);
        double correction2 = 1 - Math.pow(beta2, state.step);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            state.firstMoment[i] = beta1 * state.firstMoment[i] + (1 - beta1) * gradient[i];
            state.secondMoment[i] = beta2 * state.secondMoment[i] + (1 - beta2) * gradient[i] * gradient[i];
            state.firstMoment[i] = state.firstMoment[i] / correction1;
            state.secondMoment[i] = state.secondMoment[i] / correction2;
            double mHat = state.firstMoment[i];
            double vHat = state.secondMoment[i];
            next[i] = params[i] - learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
        return next;
    }

    /** Checks params and gradient (non-null, non-empty, finite, same length) and returns their length. */
    private static int requireParamsAndGradient(double[] params, double[] gradient) {
        requireFiniteVector("params", params);
        requireFiniteVector("gradient", gradient);
        if (gradient.length != params.length) {
            throw new IllegalArgumentException("gradient must have the length of params, " + params.length + ", had "
                    + gradient.length);
        }
        return params.length;
    }

    private static void requireFiniteVector(String name, double[] v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one entry, had 0");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + " must be finite, " + name + "[" + i + "] is " + v[i]);
            }
        }
    }

    private static void requireDimension(int stateDimension, int n) {
        if (stateDimension != n) {
            throw new IllegalArgumentException("state must have the dimension of params, " + n + ", had "
                    + stateDimension);
        }
    }

    private static void requireLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be > 0 and finite, was " + learningRate);
        }
    }

    private static void requireDecay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
        }
    }

    private static void requireEpsilon(double epsilon) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, was " + epsilon);
        }
    }
}
