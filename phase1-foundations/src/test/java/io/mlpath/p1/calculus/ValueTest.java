package io.mlpath.p1.calculus;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of reverse-mode automatic differentiation; the hidden tests check much more. */
@Challenge("p1.calculus.autodiff")
class ValueTest {

    /**
     * Karpathy's first example: {@code L = (a·b + c)·f} with {@code a = 2, b = −3, c = 10,
     * f = −2}. By the chain rule {@code ∂L/∂d = f = −2} for {@code d = a·b + c}, so
     * {@code ∂L/∂a = −2·b = 6}, {@code ∂L/∂b = −2·a = −4}, {@code ∂L/∂c = −2} and
     * {@code ∂L/∂f = d = 4}.
     */
    @Test
    @Points(2)
    @DisplayName("(a·b + c)·f with a = 2, b = −3, c = 10, f = −2 is −8, with gradients 6, −4, −2 and 4")
    void chainRuleByHand() {
        Value a = new Value(2);
        Value b = new Value(-3);
        Value c = new Value(10);
        Value f = new Value(-2);

        Value loss = a.mul(b).add(c).mul(f);
        loss.backward();

        ArrayAssertions.assertClose("loss.data()", -8, loss.data(), Tolerance.absolute(1e-12),
                "the forward pass computes the number as soon as the operation is called");
        ArrayAssertions.assertClose("gradients [a, b, c, f]", new double[] {6, -4, -2, 4},
                new double[] {a.grad(), b.grad(), c.grad(), f.grad()}, Tolerance.absolute(1e-12),
                "mul passes other.data · out.grad to each operand; add passes out.grad unchanged");
    }

    @Test
    @Points(1)
    @DisplayName("a node used twice gets both contributions: x·x at x = 3 has gradient 2x = 6")
    void reusedNode() {
        Value x = new Value(3);

        Value y = x.mul(x);
        y.backward();

        ArrayAssertions.assertClose("gradient of x·x at x = 3", 6, x.grad(), Tolerance.absolute(1e-12),
                "both operands of x.mul(x) are the same node: add (+=) each contribution, do not assign (=)");
    }

    /**
     * A neuron {@code tanh(x₁w₁ + x₂w₂ + b)} with {@code x = (2, 0)}, {@code w = (−3, 1)} and
     * {@code b = 6.88137…}, so the pre-activation is {@code asinh(1) = 0.8814} and the output
     * {@code tanh(asinh(1)) = 1/√2}; the local derivative is {@code 1 − ½ = ½}.
     */
    @Test
    @Points(1)
    @DisplayName("a tanh neuron with output 1/√2 passes back ½: x₁ gets w₁/2 = −1.5 and w₁ gets x₁/2 = 1")
    void tanhNeuron() {
        Value x1 = new Value(2);
        Value x2 = new Value(0);
        Value w1 = new Value(-3);
        Value w2 = new Value(1);
        Value b = new Value(6.8813735870195432);

        Value out = x1.mul(w1).add(x2.mul(w2)).add(b).tanh();
        out.backward();

        ArrayAssertions.assertClose("neuron output", Math.sqrt(0.5), out.data(), Tolerance.absolute(1e-12),
                "tanh of the weighted sum plus the bias");
        ArrayAssertions.assertClose("gradients [x1, w1, x2, w2, b]", new double[] {-1.5, 1, 0.5, 0, 0.5},
                new double[] {x1.grad(), w1.grad(), x2.grad(), w2.grad(), b.grad()}, Tolerance.absolute(1e-12),
                "tanh passes (1 - out²) · out.grad = 0.5 back to the sum");
    }
}
