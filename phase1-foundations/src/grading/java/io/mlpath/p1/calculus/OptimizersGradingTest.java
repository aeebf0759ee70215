package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p1.calculus.Optimizers.AdamState;
import io.mlpath.p1.calculus.Optimizers.MomentumState;
import io.mlpath.p1.calculus.Optimizers.RmsPropState;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Optimizers}.
 *
 * <p>Oracles: first and second steps computed by hand (the arithmetic is in the comments, and the
 * expected values are written from those hand-computed numbers, not from a second implementation);
 * closed forms for a constant gradient (momentum: {@code v_t = g (1 − βᵗ)/(1 − β)}; RMSProp:
 * {@code s_t = (1 − ρᵗ) g²}; Adam: {@code m̂_t = g}, {@code v̂_t = g²} exactly, so every step is
 * {@code η g/(|g| + ε)}); and invariants (momentum with {@code β = 0} is plain gradient descent;
 * RMSProp and Adam steps do not change when every gradient is scaled by 1000). No randomness.
 */
@Challenge("p1.calculus.optimizers")
class OptimizersGradingTest {

    private static final String BIAS = "Adam must divide by the bias corrections: m̂ = m / (1 - β₁ᵗ) and"
            + " v̂ = v / (1 - β₂ᵗ) with t counted from 1; without them the first step is (1 - β₁)/√(1 - β₂) ≈ 3.16"
            + " times too large";
    private static final String RAW = "store the raw moments m and v in the state and bias-correct copies for the step;"
            + " storing m̂ and v̂ compounds the correction on every later step";
    private static final String VELOCITY = "keep the velocity in the state between calls: v <- β v + g (PyTorch's"
            + " convention, no (1 - β) factor), then θ <- θ - η v";
    private static final String RMS = "s <- ρ s + (1 - ρ) g² (squared gradient), then θ <- θ - η g / (√s + ε), with the"
            + " square root and ε outside it";
    private static final Tolerance EXACT = Tolerance.absolute(1e-13);

    // ---------------------------------------------------------------- momentum

    @Test
    @Points(3)
    @DisplayName("momentum: two steps by hand — v = [0.5, −1] then [0.7, −0.4]; θ = [0.95, −1.9] then [0.88, −1.86]")
    void momentumTwoSteps() {
        MomentumState state = new MomentumState(2);
        // Step 1: v = 0.9·0 + [0.5, -1] = [0.5, -1]; θ = [1 - 0.1·0.5, -2 - 0.1·(-1)] = [0.95, -1.9].
        double[] theta1 = Optimizers.momentumStep(new double[] {1, -2}, new double[] {0.5, -1}, state, 0.1, 0.9);
        ArrayAssertions.assertClose("θ after momentum step 1", new double[] {0.95, -1.9}, theta1, EXACT, VELOCITY);
        ArrayAssertions.assertClose("velocity after momentum step 1", new double[] {0.5, -1}, state.velocity(), EXACT,
                VELOCITY);
        // Step 2: v = 0.9·[0.5, -1] + [0.25, 0.5] = [0.7, -0.4]; θ = [0.95 - 0.07, -1.9 + 0.04] = [0.88, -1.86].
        double[] theta2 = Optimizers.momentumStep(theta1, new double[] {0.25, 0.5}, state, 0.1, 0.9);
        ArrayAssertions.assertClose("velocity after momentum step 2", new double[] {0.7, -0.4}, state.velocity(), EXACT,
                VELOCITY);
        ArrayAssertions.assertClose("θ after momentum step 2", new double[] {0.88, -1.86}, theta2, EXACT, VELOCITY);
    }

    @Test
    @Points(3)
    @DisplayName("momentum with a constant gradient: v_t = g(1 − βᵗ)/(1 − β) and θ_t follows the closed-form sum")
    void momentumConstantGradient() {
        double beta = 0.9;
        double eta = 0.01;
        double[] g = {2, -1, 0.5};
        double[] theta0 = {0.3, 0.2, -0.1};
        MomentumState state = new MomentumState(3);
        double[] theta = theta0;
        for (int t = 1; t <= 30; t++) {
            theta = Optimizers.momentumStep(theta, g, state, eta, beta);
            double grow = (1 - Math.pow(beta, t)) / (1 - beta);
            // Σ_{k=1..t} (1 - β^k)/(1 - β) = (t - β(1 - β^t)/(1 - β)) / (1 - β)
            double sum = (t - beta * (1 - Math.pow(beta, t)) / (1 - beta)) / (1 - beta);
            double[] expectedV = new double[3];
            double[] expectedTheta = new double[3];
            for (int i = 0; i < 3; i++) {
                expectedV[i] = g[i] * grow;
                expectedTheta[i] = theta0[i] - eta * g[i] * sum;
            }
            ArrayAssertions.assertClose("velocity after " + t + " momentum steps with a constant gradient", expectedV,
                    state.velocity(), Tolerance.absolute(1e-12), VELOCITY);
            ArrayAssertions.assertClose("θ after " + t + " momentum steps with a constant gradient", expectedTheta,
                    theta, Tolerance.absolute(1e-12), VELOCITY);
        }
    }

    @Test
    @Points(2)
    @DisplayName("momentum with β = 0 is plain gradient descent θ − ηg, step after step")
    void momentumBetaZeroIsGradientDescent() {
        double[][] gradients = {{1, -2}, {-3, 0.5}, {0.25, 4}};
        MomentumState state = new MomentumState(2);
        double[] theta = {1, 1};
        for (double[] g : gradients) {
            double[] expected = {theta[0] - 0.05 * g[0], theta[1] - 0.05 * g[1]};
            theta = Optimizers.momentumStep(theta, g, state, 0.05, 0);
            ArrayAssertions.assertClose("θ after a momentum step with β = 0 and gradient " + Arrays.toString(g), expected,
                    theta, EXACT, "with β = 0 the velocity is just the current gradient: " + VELOCITY);
        }
    }

    // ---------------------------------------------------------------- RMSProp

    @Test
    @Points(3)
    @DisplayName("RMSProp: two steps by hand — s = [0.025, 0.1] then [0.02875, 0.115], θ from g / (√s + ε)")
    void rmsPropTwoSteps() {
        RmsPropState state = new RmsPropState(2);
        // Step 1: s = 0.1·[0.25, 1] = [0.025, 0.1]; θ = [1 - 0.01·0.5/(√0.025 + 1e-8), -2 + 0.01·1/(√0.1 + 1e-8)]
        //         ≈ [0.9683772, -1.9683772].
        double[] theta1 = Optimizers.rmsPropStep(new double[] {1, -2}, new double[] {0.5, -1}, state, 0.01, 0.9, 1e-8);
        double[] expected1 = {1 - 0.01 * 0.5 / (Math.sqrt(0.025) + 1e-8), -2 + 0.01 * 1 / (Math.sqrt(0.1) + 1e-8)};
        ArrayAssertions.assertClose("mean square after RMSProp step 1", new double[] {0.025, 0.1}, state.meanSquare(),
                EXACT, RMS);
        ArrayAssertions.assertClose("θ after RMSProp step 1", expected1, theta1, EXACT, RMS);
        // Step 2 with g = [0.25, 0.5]: s = 0.9·[0.025, 0.1] + 0.1·[0.0625, 0.25] = [0.02875, 0.115];
        //         θ = θ1 - 0.01·[0.25/(√0.02875 + 1e-8), 0.5/(√0.115 + 1e-8)] ≈ θ1 - [0.0147442, 0.0147442].
        double[] theta2 = Optimizers.rmsPropStep(theta1, new double[] {0.25, 0.5}, state, 0.01, 0.9, 1e-8);
        double[] expected2 = {expected1[0] - 0.01 * 0.25 / (Math.sqrt(0.02875) + 1e-8),
                expected1[1] - 0.01 * 0.5 / (Math.sqrt(0.115) + 1e-8)};
        ArrayAssertions.assertClose("mean square after RMSProp step 2", new double[] {0.02875, 0.115},
                state.meanSquare(), EXACT, RMS + "; keep s in the state between calls");
        ArrayAssertions.assertClose("θ after RMSProp step 2", expected2, theta2, EXACT, RMS);
    }

    @Test
    @Points(2)
    @DisplayName("RMSProp with a constant gradient: s_t = (1 − ρᵗ) g², so step t is η g / (√(1 − ρᵗ)|g| + ε)")
    void rmsPropConstantGradient() {
        double rho = 0.95;
        double[] g = {3, -0.2};
        RmsPropState state = new RmsPropState(2);
        double[] theta = {0, 0};
        for (int t = 1; t <= 40; t++) {
            double[] before = theta;
            theta = Optimizers.rmsPropStep(theta, g, state, 0.001, rho, 1e-8);
            double[] expectedStep = new double[2];
            double[] step = new double[2];
            for (int i = 0; i < 2; i++) {
                expectedStep[i] = -0.001 * g[i] / (Math.sqrt(1 - Math.pow(rho, t)) * Math.abs(g[i]) + 1e-8);
                step[i] = theta[i] - before[i];
            }
            ArrayAssertions.assertClose("RMSProp step " + t + " with a constant gradient", expectedStep, step,
                    Tolerance.relative(1e-9), RMS);
        }
    }

    @Test
    @Points(2)
    @DisplayName("RMSProp and Adam steps do not change when every gradient is multiplied by 1000")
    void scaleInvariance() {
        double[][] gradients = {{0.5, -1, 2}, {-0.25, 0.75, 1}, {1, 1, -3}};
        RmsPropState rmsSmall = new RmsPropState(3);
        RmsPropState rmsLarge = new RmsPropState(3);
        AdamState adamSmall = new AdamState(3);
        AdamState adamLarge = new AdamState(3);
        double[] a = {1, 2, 3};
        double[] b = {1, 2, 3};
        double[] c = {1, 2, 3};
        double[] d = {1, 2, 3};
        for (double[] g : gradients) {
            double[] big = Arrays.stream(g).map(v -> 1000 * v).toArray();
            a = Optimizers.rmsPropStep(a, g, rmsSmall, 0.01, 0.9, 1e-12);
            b = Optimizers.rmsPropStep(b, big, rmsLarge, 0.01, 0.9, 1e-12);
            c = Optimizers.adamStep(c, g, adamSmall, 0.01, 0.9, 0.999, 1e-12);
            d = Optimizers.adamStep(d, big, adamLarge, 0.01, 0.9, 0.999, 1e-12);
        }
        ArrayAssertions.assertClose("θ after 3 RMSProp steps with gradients × 1000 (expected: θ with the original"
                        + " gradients)", a, b, Tolerance.absolute(1e-9),
                "RMSProp divides by the root mean square: is the square root taken? " + RMS);
        ArrayAssertions.assertClose("θ after 3 Adam steps with gradients × 1000 (expected: θ with the original"
                        + " gradients)", c, d, Tolerance.absolute(1e-9),
                "Adam divides m̂ by √v̂: is the second moment built from g² and its square root taken?");
    }

    // ---------------------------------------------------------------- Adam

    @Test
    @Points(4)
    @DisplayName("Adam's first step has magnitude η in every coordinate, whatever the gradient's scale (bias correction)")
    void adamFirstStepIsLearningRate() {
        double eta = 0.001;
        double[] g = {1e-3, -5, 250, -0.02, 1};
        double[] theta0 = {0.5, -0.5, 1, 2, -3};
        AdamState state = new AdamState(5);
        double[] theta1 = Optimizers.adamStep(theta0, g, state, eta, 0.9, 0.999, 1e-8);
        // t = 1: m̂ = (0.1 g)/(1 - 0.9) = g and v̂ = (0.001 g²)/(1 - 0.999) = g², so the step is η g / (|g| + ε).
        double[] expected = new double[5];
        double[] magnitude = new double[5];
        for (int i = 0; i < 5; i++) {
            expected[i] = theta0[i] - eta * g[i] / (Math.abs(g[i]) + 1e-8);
            magnitude[i] = Math.abs(theta1[i] - theta0[i]);
        }
        ArrayAssertions.assertClose("|θ1 - θ0| after Adam's first step (expected: η = 0.001 in every coordinate)",
                new double[] {eta, eta, eta, eta, eta}, magnitude, Tolerance.relative(1e-5), BIAS);
        ArrayAssertions.assertClose("θ after Adam's first step", expected, theta1, EXACT, BIAS);
    }

    @Test
    @Points(3)
    @DisplayName("Adam's state holds the raw moments: m = 0.1g, v = 0.001g², t = 1 after one step, then the EMA recursions")
    void adamStateHoldsRawMoments() {
        AdamState state = new AdamState(2);
        double[] theta1 = Optimizers.adamStep(new double[] {1, -2}, new double[] {0.5, -1}, state, 0.001, 0.9, 0.999,
                1e-8);
        assertStep(1, state);
        // m = 0.1·[0.5, -1] = [0.05, -0.1]; v = 0.001·[0.25, 1] = [0.00025, 0.001]
        ArrayAssertions.assertClose("Adam's first moment after step 1", new double[] {0.05, -0.1}, state.firstMoment(),
                EXACT, RAW);
        ArrayAssertions.assertClose("Adam's second moment after step 1", new double[] {0.00025, 0.001},
                state.secondMoment(), EXACT, RAW);
        Optimizers.adamStep(theta1, new double[] {-0.5, 2}, state, 0.001, 0.9, 0.999, 1e-8);
        assertStep(2, state);
        // m = 0.9·[0.05, -0.1] + 0.1·[-0.5, 2] = [-0.005, 0.11]; v = 0.999·[0.00025, 0.001] + 0.001·[0.25, 4]
        //   = [0.00049975, 0.004999]
        ArrayAssertions.assertClose("Adam's first moment after step 2", new double[] {-0.005, 0.11},
                state.firstMoment(), EXACT, RAW);
        ArrayAssertions.assertClose("Adam's second moment after step 2", new double[] {0.00049975, 0.004999},
                state.secondMoment(), EXACT, RAW);
    }

    @Test
    @Points(3)
    @DisplayName("Adam's second step by hand: m̂ = m/0.19 and v̂ = v/0.001999 at t = 2")
    void adamSecondStep() {
        AdamState state = new AdamState(2);
        double[] theta1 = Optimizers.adamStep(new double[] {1, -2}, new double[] {0.5, -1}, state, 0.001, 0.9, 0.999,
                1e-8);
        // Step 1: m̂ = [0.5, -1], v̂ = [0.25, 1]: θ1 = [1 - 0.001·0.5/(0.5 + 1e-8), -2 + 0.001·1/(1 + 1e-8)].
        double[] expected1 = {1 - 0.001 * 0.5 / (0.5 + 1e-8), -2 + 0.001 / (1 + 1e-8)};
        ArrayAssertions.assertClose("θ after Adam step 1", expected1, theta1, EXACT, BIAS);
        double[] theta2 = Optimizers.adamStep(theta1, new double[] {-0.5, 2}, state, 0.001, 0.9, 0.999, 1e-8);
        // Step 2: m = [-0.005, 0.11], v = [0.00049975, 0.004999]; 1 - 0.9² = 0.19, 1 - 0.999² = 0.001999;
        //   m̂ = [-0.0263158, 0.5789474], v̂ = [0.25, 2.5007504]; step = 0.001·m̂/(√v̂ + 1e-8) ≈ [-5.26316e-5, 3.66103e-4].
        double[] expected2 = {
                expected1[0] - 0.001 * (-0.005 / 0.19) / (Math.sqrt(0.00049975 / 0.001999) + 1e-8),
                expected1[1] - 0.001 * (0.11 / 0.19) / (Math.sqrt(0.004999 / 0.001999) + 1e-8)};
        ArrayAssertions.assertClose("θ after Adam step 2", expected2, theta2, Tolerance.absolute(1e-12),
                BIAS + "; " + RAW);
    }

    @Test
    @Points(3)
    @DisplayName("Adam with a constant gradient moves η·|g|/(|g| + ε) ≈ η every step: the bias correction is exact")
    void adamConstantGradient() {
        double[] g = {0.02, -7};
        AdamState state = new AdamState(2);
        double[] theta = {0, 0};
        for (int t = 1; t <= 60; t++) {
            double[] before = theta;
            theta = Optimizers.adamStep(theta, g, state, 0.01, 0.9, 0.999, 1e-8);
            double[] expectedStep = {-0.01 * g[0] / (Math.abs(g[0]) + 1e-8), -0.01 * g[1] / (Math.abs(g[1]) + 1e-8)};
            double[] step = {theta[0] - before[0], theta[1] - before[1]};
            ArrayAssertions.assertClose("Adam step " + t + " with a constant gradient", expectedStep, step,
                    Tolerance.relative(1e-9), BIAS + " (with a constant g, m = (1 - β₁ᵗ) g exactly, so m̂ = g at"
                            + " every t, as long as t counts the steps taken)");
        }
    }

    // ---------------------------------------------------------------- contracts

    @Test
    @Points(2)
    @DisplayName("every step returns a new array and leaves params and gradient unchanged")
    void leavesInputsUnchanged() {
        double[] params = {1, -2, 3};
        double[] gradient = {0.5, 0.25, -1};
        double[] paramsCopy = params.clone();
        double[] gradientCopy = gradient.clone();
        double[][] results = {
                Optimizers.momentumStep(params, gradient, new MomentumState(3), 0.1, 0.9),
                Optimizers.rmsPropStep(params, gradient, new RmsPropState(3), 0.1, 0.9, 1e-8),
                Optimizers.adamStep(params, gradient, new AdamState(3), 0.1, 0.9, 0.999, 1e-8)};
        ArrayAssertions.assertClose("params after the three steps", paramsCopy, params, Tolerance.absolute(0),
                "compute the new parameters into a new array; the caller's params must not change");
        ArrayAssertions.assertClose("gradient after the three steps", gradientCopy, gradient, Tolerance.absolute(0),
                "the gradient is read-only: square it into a local value, not in place");
        String[] names = {"momentumStep", "rmsPropStep", "adamStep"};
        for (int k = 0; k < 3; k++) {
            assertThat(results[k])
                    .as("%s must return a new array, not the params array it was given", names[k])
                    .isNotSameAs(params);
        }
    }

    @Test
    @Points(3)
    @DisplayName("rejects invalid arguments with an IllegalArgumentException naming the rule and value, leaving the state unchanged")
    void rejectsInvalidArguments() {
        double[] p = {1, 2};
        double[] g = {0.5, -0.5};
        assertRejects("momentumStep(null, …)", () -> Optimizers.momentumStep(null, g, new MomentumState(2), 0.1, 0.9),
                "params must not be null", "params");
        assertRejects("momentumStep with an empty params", () -> Optimizers.momentumStep(new double[0], new double[0],
                new MomentumState(1), 0.1, 0.9), "params must not be empty", "params");
        assertRejects("momentumStep with a gradient of length 3 for 2 params", () -> Optimizers.momentumStep(p,
                new double[] {1, 2, 3}, new MomentumState(2), 0.1, 0.9), "gradient length = params length", "3");
        assertRejects("momentumStep with gradient [NaN, 1]", () -> Optimizers.momentumStep(p,
                new double[] {Double.NaN, 1}, new MomentumState(2), 0.1, 0.9), "gradient must be finite", "NaN");
        assertRejects("momentumStep with a null state", () -> Optimizers.momentumStep(p, g, null, 0.1, 0.9),
                "state must not be null", "state");
        assertRejects("momentumStep with a state of dimension 3 for 2 params", () -> Optimizers.momentumStep(p, g,
                new MomentumState(3), 0.1, 0.9), "state dimension = params length", "3");
        assertRejects("momentumStep with learningRate 0", () -> Optimizers.momentumStep(p, g, new MomentumState(2), 0,
                0.9), "learningRate > 0", "0");
        assertRejects("momentumStep with beta 1", () -> Optimizers.momentumStep(p, g, new MomentumState(2), 0.1, 1),
                "0 <= beta < 1", "1");
        assertRejects("rmsPropStep with decay -0.1", () -> Optimizers.rmsPropStep(p, g, new RmsPropState(2), 0.1, -0.1,
                1e-8), "0 <= decay < 1", "-0.1");
        assertRejects("rmsPropStep with epsilon 0", () -> Optimizers.rmsPropStep(p, g, new RmsPropState(2), 0.1, 0.9, 0),
                "epsilon > 0", "0");
        assertRejects("adamStep with learningRate NaN", () -> Optimizers.adamStep(p, g, new AdamState(2), Double.NaN,
                0.9, 0.999, 1e-8), "learningRate > 0", "NaN");
        assertRejects("adamStep with a state of dimension 1 for 2 params", () -> Optimizers.adamStep(p, g,
                new AdamState(1), 0.1, 0.9, 0.999, 1e-8), "state dimension = params length", "1");

        AdamState state = new AdamState(2);
        Optimizers.adamStep(p, g, state, 0.1, 0.9, 0.999, 1e-8);
        double[] m = state.firstMoment();
        double[] v = state.secondMoment();
        assertRejects("adamStep with beta2 = 1", () -> Optimizers.adamStep(p, g, state, 0.1, 0.9, 1, 1e-8),
                "0 <= beta2 < 1", "1");
        assertStep(1, state);
        ArrayAssertions.assertClose("Adam's first moment after a rejected call", m, state.firstMoment(),
                Tolerance.absolute(0), "validate every argument before changing the state");
        ArrayAssertions.assertClose("Adam's second moment after a rejected call", v, state.secondMoment(),
                Tolerance.absolute(0), "validate every argument before changing the state");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertStep(int expected, AdamState state) {
        if (state.step() != expected) {
            throw Failure.of("Adam's step counter t is wrong")
                    .expected(expected).actual(state.step())
                    .likelyMistake("increment t once per adamStep call, before the bias corrections (t = 1 on the"
                            + " first step), and only after the arguments are validated")
                    .error();
        }
    }

    private static void assertRejects(String call, ThrowingCallable code, String rule, String... fragments) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        assertThat(thrown)
                .as("%s must throw IllegalArgumentException (rule: %s)", call, rule)
                .isInstanceOf(IllegalArgumentException.class);
        for (String fragment : fragments) {
            assertThat(thrown.getMessage())
                    .as("the message of %s must state the rule (%s) and the bad value %s", call, rule, fragment)
                    .contains(fragment);
        }
    }

    /** Lets a not-yet-written method's TODO exception through as itself, so it reads as "not attempted". */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
