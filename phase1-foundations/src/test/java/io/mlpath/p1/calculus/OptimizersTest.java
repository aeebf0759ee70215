package io.mlpath.p1.calculus;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p1.calculus.Optimizers.AdamState;
import io.mlpath.p1.calculus.Optimizers.MomentumState;
import io.mlpath.p1.calculus.Optimizers.RmsPropState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the optimiser steps; the hidden tests check much more. */
@Challenge("p1.calculus.optimizers")
class OptimizersTest {

    /** v = 0.9·0 + g = [0.5, −1]; θ = [1 − 0.1·0.5, −2 − 0.1·(−1)] = [0.95, −1.9]. */
    @Test
    @Points(1)
    @DisplayName("momentum's first step from a zero velocity is plain gradient descent: [1, −2] → [0.95, −1.9]")
    void momentumFirstStep() {
        MomentumState state = new MomentumState(2);

        double[] theta = Optimizers.momentumStep(new double[] {1, -2}, new double[] {0.5, -1}, state, 0.1, 0.9);

        ArrayAssertions.assertClose("θ after one momentum step", new double[] {0.95, -1.9}, theta,
                Tolerance.absolute(1e-12), "v <- β v + g, then θ <- θ - η v");
        ArrayAssertions.assertClose("the velocity after one step", new double[] {0.5, -1}, state.velocity(),
                Tolerance.absolute(1e-12), "the state keeps v for the next call");
    }

    /** s = 0.1·g² = [0.025, 0.1]; θ = θ − 0.01·g/(√s + 1e-8): about 0.0316 = 0.01/√0.1 per coordinate. */
    @Test
    @Points(1)
    @DisplayName("RMSProp's first step is about η/√(1 − ρ) ≈ 3.16·η in each coordinate")
    void rmsPropFirstStep() {
        RmsPropState state = new RmsPropState(2);

        double[] theta = Optimizers.rmsPropStep(new double[] {1, -2}, new double[] {0.5, -1}, state, 0.01, 0.9, 1e-8);

        ArrayAssertions.assertClose("θ after one RMSProp step", new double[] {0.9683772254, -1.9683772244}, theta,
                Tolerance.absolute(1e-9), "s <- ρ s + (1 - ρ) g², then θ <- θ - η g / (√s + ε)");
    }

    /**
     * At t = 1, m = 0.1·g and v = 0.001·g², so m̂ = m/(1 − 0.9) = g and v̂ = v/(1 − 0.999) = g²:
     * the step is η·g/(|g| + ε), of size η in every coordinate however large or small g is.
     */
    @Test
    @Points(2)
    @DisplayName("Adam's first step has size η = 0.001 in every coordinate, for gradients from 0.001 to 100")
    void adamFirstStep() {
        AdamState state = new AdamState(3);

        double[] theta = Optimizers.adamStep(new double[] {0, 0, 0}, new double[] {0.001, -1, 100}, state, 0.001, 0.9,
                0.999, 1e-8);

        ArrayAssertions.assertClose("θ after one Adam step", new double[] {-0.001, 0.001, -0.001}, theta,
                Tolerance.absolute(1e-7), "bias-correct the moments: m̂ = m / (1 - β₁ᵗ), v̂ = v / (1 - β₂ᵗ), t = 1");
    }
}
