// Known mistake: backward steps assign (=) the operands' gradients instead of adding (+=), so a reused node keeps only its last contribution.
package io.mlpath.p1.calculus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A scalar in a computation graph that can differentiate itself: reverse-mode automatic
 * differentiation (backpropagation) in the style of micrograd.
 *
 * <h2>The maths</h2>
 * Every operation creates a new {@code Value} that remembers its operands (its <i>parents</i>)
 * and a <i>backward step</i>: how to pass the gradient of the output back to each operand by the
 * chain rule. For {@code out = op(a, b)} and a final result {@code L},
 * <pre>
 *   ∂L/∂a  +=  ∂L/∂out · ∂out/∂a          (the local derivative times the upstream gradient)
 * </pre>
 * The local derivatives are:
 * <pre>
 *   out = a + b     ∂out/∂a = 1            ∂out/∂b = 1
 *   out = a − b     ∂out/∂a = 1            ∂out/∂b = −1
 *   out = a · b     ∂out/∂a = b            ∂out/∂b = a
 *   out = a / b     ∂out/∂a = 1/b          ∂out/∂b = −a/b²
 *   out = aⁿ        ∂out/∂a = n·aⁿ⁻¹       (n a constant)
 *   out = exp(a)    ∂out/∂a = exp(a) = out
 *   out = log(a)    ∂out/∂a = 1/a          (natural logarithm)
 *   out = tanh(a)   ∂out/∂a = 1 − tanh²(a) = 1 − out²
 *   out = relu(a)   ∂out/∂a = 1 if a > 0, else 0   (0 at a = 0, as PyTorch)
 * </pre>
 * Two rules make the backward pass correct:
 * <ol>
 *   <li><b>Accumulate</b>: a value used several times ({@code a·a}, a node feeding two
 *       consumers) receives one contribution from each use, and its gradient is their sum (the
 *       multivariable chain rule). Every backward step adds ({@code +=}); none assigns.</li>
 *   <li><b>Topological order</b>: a node may pass its gradient on only once it is complete, that
 *       is after every node that consumes it has run its backward step. {@link #backward()}
 *       therefore orders the graph topologically (every node after all of its parents), then
 *       runs the backward steps in the reverse of that order, starting from the output.</li>
 * </ol>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Value a = new Value(2), b = new Value(-3), c = new Value(10), f = new Value(-2);
 * Value e = a.mul(b);            // -6
 * Value d = e.add(c);            // 4
 * Value loss = d.mul(f);         // -8
 * loss.backward();
 * // loss.grad() = 1, d.grad() = f = -2, f.grad() = d = 4, e.grad() = c.grad() = -2,
 * // a.grad() = -2 · b = 6, b.grad() = -2 · a = -4
 *
 * Value x = new Value(3);
 * Value y = x.mul(x);            // 9: x is used twice
 * y.backward();                  // x.grad() = 6 = 2x: 3 from each use, added
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Graphs can be deep: a loop that applies 100 000 operations builds a chain 100 000 nodes
 *       long. Build the topological order with an explicit stack (an {@code ArrayDeque}), not by
 *       recursion, which overflows the thread's stack.</li>
 *   <li>Mark visited nodes by identity ({@code Value} does not override {@code equals}, so a
 *       {@code HashSet<Value>} works): a graph with shared nodes has many paths to the same
 *       node, and visiting each path separately takes exponential time.</li>
 *   <li>{@link #backward()} first sets the gradient of every node it reaches to 0, so calling it
 *       twice gives the same gradients (PyTorch instead accumulates across calls until you zero
 *       them).</li>
 *   <li>Every {@code Value} holds a finite number: an operation whose result would be NaN or
 *       infinite (the log of a non-positive number, a division by zero, {@code exp(1000)})
 *       throws {@link IllegalArgumentException}. The tanh derivative uses {@code 1 − out²}, which
 *       stays accurate where {@code tanh} saturates.</li>
 * </ul>
 *
 * <p>References: A. Karpathy, micrograd (2020), https://github.com/karpathy/micrograd, and the
 * lecture "The spelled-out intro to neural networks and backpropagation" (2022);
 * A. G. Baydin et al., "Automatic Differentiation in Machine Learning: a Survey", JMLR 18 (2018);
 * I. Goodfellow, Y. Bengio and A. Courville, <i>Deep Learning</i> (2016), §6.5
 * (back-propagation); A. Griewank and A. Walther, <i>Evaluating Derivatives</i>, 2nd ed. (2008),
 * ch. 3 (the reverse mode).
 */
public final class Value {

    /** The number this node holds (the forward value). */
    private final double data;

    /** ∂(output of the last {@link #backward()})/∂(this node), filled in by the backward pass. */
    private double grad;

    /** The operands this node was computed from: empty for a leaf, two for a + b, one for exp(a). */
    private final Value[] parents;

    /**
     * Adds this node's contribution to each parent's {@code grad}, reading this node's own
     * {@code grad}; set by the operation that created the node. A leaf's step does nothing.
     */
    private Runnable backwardStep = () -> { };

    /**
     * A leaf: an input or a parameter, with gradient 0 until a backward pass reaches it.
     *
     * @param data the value, finite
     * @throws IllegalArgumentException if {@code data} is NaN or infinite
     */
    public Value(double data) {
        this(data, new Value[0]);
    }

    /**
     * A node computed from {@code parents}; the operation that calls this sets its
     * {@code backwardStep}.
     *
     * @throws IllegalArgumentException if {@code data} is NaN or infinite
     */
    private Value(double data, Value... parents) {
        if (!Double.isFinite(data)) {
            throw new IllegalArgumentException("a Value must hold a finite number, was " + data);
        }
        this.data = data;
        this.parents = parents;
    }

    /** The number this node holds. */
    public double data() {
        return data;
    }

    /**
     * The gradient of the output of the last {@link #backward()} that reached this node with
     * respect to this node (0 before any backward pass).
     */
    public double grad() {
        return grad;
    }

    /**
     * {@code this + other}; backward: both operands receive {@code out.grad}.
     *
     * <p>Example: {@code new Value(2).add(new Value(3))} holds 5; after {@code backward()} on it,
     * both operands have gradient 1.
     *
     * @param other the right operand
     * @return a new node holding the sum
     * @throws IllegalArgumentException if {@code other} is null
     */
    public Value add(Value other) {
        requireOperand(other, "add");
        Value out = new Value(data + other.data, this, other);
        out.backwardStep = () -> {
            this.grad = out.grad;
            other.grad = out.grad;
        };
        return out;
    }

    /** {@code this + c} for a constant {@code c}: {@code add(new Value(c))}. */
    public Value add(double c) {
        return add(new Value(c));
    }

    /**
     * {@code this − other}; backward: {@code this} receives {@code out.grad}, {@code other}
     * receives {@code −out.grad}.
     *
     * <p>Example: for {@code a = 5, b = 3}, {@code a.sub(b)} holds 2; backward gives
     * {@code a.grad() = 1}, {@code b.grad() = −1}.
     *
     * @param other the right operand
     * @return a new node holding the difference
     * @throws IllegalArgumentException if {@code other} is null
     */
    public Value sub(Value other) {
        requireOperand(other, "sub");
        Value out = new Value(data - other.data, this, other);
        out.backwardStep = () -> {
            this.grad = out.grad;
            other.grad = -out.grad;
        };
        return out;
    }

    /** {@code this − c} for a constant {@code c}: {@code sub(new Value(c))}. */
    public Value sub(double c) {
        return sub(new Value(c));
    }

    /**
     * {@code this · other}; backward: {@code this} receives {@code other.data · out.grad},
     * {@code other} receives {@code this.data · out.grad}.
     *
     * <p>Example: {@code a = 3}: {@code a.mul(a)} holds 9 and backward gives {@code a.grad() = 6}
     * (both contributions of 3, added: the operand is the same node).
     *
     * @param other the right operand (may be {@code this})
     * @return a new node holding the product
     * @throws IllegalArgumentException if {@code other} is null
     */
    public Value mul(Value other) {
        requireOperand(other, "mul");
        Value out = new Value(data * other.data, this, other);
        out.backwardStep = () -> {
            this.grad = other.data * out.grad;
            other.grad = this.data * out.grad;
        };
        return out;
    }

    /** {@code this · c} for a constant {@code c}: {@code mul(new Value(c))}. */
    public Value mul(double c) {
        return mul(new Value(c));
    }

    /**
     * {@code this / other}; backward: {@code this} receives {@code out.grad / other.data},
     * {@code other} receives {@code −this.data / other.data² · out.grad}.
     *
     * <p>Example: for {@code a = 6, b = 2}, {@code a.div(b)} holds 3; backward gives
     * {@code a.grad() = 0.5}, {@code b.grad() = −1.5}.
     *
     * @param other the divisor, with non-zero data
     * @return a new node holding the quotient
     * @throws IllegalArgumentException if {@code other} is null or its data is 0 (division by zero)
     */
    public Value div(Value other) {
        requireOperand(other, "div");
        if (other.data == 0) {
            throw new IllegalArgumentException("div: cannot divide by zero, the divisor's data was " + other.data);
        }
        Value out = new Value(data / other.data, this, other);
        out.backwardStep = () -> {
            this.grad = out.grad / other.data;
            other.grad = -this.data / (other.data * other.data) * out.grad;
        };
        return out;
    }

    /** {@code this / c} for a constant {@code c}: {@code div(new Value(c))}. */
    public Value div(double c) {
        return div(new Value(c));
    }

    /**
     * {@code thisⁿ} for a constant exponent {@code n}; backward: {@code this} receives
     * {@code n · data^(n−1) · out.grad}.
     *
     * <p>Example: {@code new Value(3).pow(2)} holds 9 with local derivative 6;
     * {@code new Value(4).pow(-0.5)} holds 0.5 with local derivative −0.0625.
     *
     * @param exponent the constant exponent, finite; must be an integer when {@code data < 0}
     * @return a new node holding the power
     * @throws IllegalArgumentException if {@code exponent} is not finite, or the power is not a
     *                                  finite real number (a negative base with a non-integer
     *                                  exponent, 0 to a negative power)
     */
    public Value pow(double exponent) {
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("pow: the exponent must be finite, was " + exponent);
        }
        double result = Math.pow(data, exponent);
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException("pow: " + data + " to the power " + exponent
                    + " is not a finite real number (was " + result + ")");
        }
        Value out = new Value(result, this);
        out.backwardStep = () -> this.grad = exponent * Math.pow(data, exponent - 1) * out.grad;
        return out;
    }

    /**
     * {@code e^this}; backward: {@code this} receives {@code out.data · out.grad}.
     *
     * <p>Example: {@code new Value(0).exp()} holds 1 with local derivative 1.
     *
     * @return a new node holding the exponential
     * @throws IllegalArgumentException if the result overflows ({@code data > 709.78})
     */
    public Value exp() {
        Value out = new Value(Math.exp(data), this);
        out.backwardStep = () -> this.grad = out.data * out.grad;
        return out;
    }

    /**
     * The natural logarithm {@code ln(this)}; backward: {@code this} receives
     * {@code out.grad / data}.
     *
     * <p>Example: {@code new Value(Math.E).log()} holds 1 with local derivative {@code 1/e}.
     *
     * @return a new node holding the logarithm
     * @throws IllegalArgumentException if {@code data ≤ 0} (outside the logarithm's domain); the
     *                                  message names the value
     */
    public Value log() {
        if (!(data > 0)) {
            throw new IllegalArgumentException("log: the argument must be > 0, was " + data);
        }
        Value out = new Value(Math.log(data), this);
        out.backwardStep = () -> this.grad = out.grad / data;
        return out;
    }

    /**
     * The hyperbolic tangent; backward: {@code this} receives {@code (1 − out.data²) · out.grad}.
     *
     * <p>Example: {@code new Value(0).tanh()} holds 0 with local derivative 1;
     * {@code new Value(1).tanh()} holds 0.7616 with local derivative 0.4200.
     *
     * @return a new node holding {@code tanh(data)}
     */
    public Value tanh() {
        Value out = new Value(Math.tanh(data), this);
        out.backwardStep = () -> this.grad = (1 - out.data * out.data) * out.grad;
        return out;
    }

    /**
     * The rectified linear unit {@code max(0, this)}; backward: {@code this} receives
     * {@code out.grad} if {@code data > 0}, else nothing (the derivative at 0 is taken as 0).
     *
     * <p>Example: {@code new Value(-2).relu()} holds 0 with local derivative 0;
     * {@code new Value(3).relu()} holds 3 with local derivative 1.
     *
     * @return a new node holding {@code max(0, data)}
     */
    public Value relu() {
        Value out = new Value(data > 0 ? data : 0, this);
        out.backwardStep = () -> this.grad = (data > 0 ? 1 : 0) * out.grad;
        return out;
    }

    /**
     * Backpropagation from this node: computes {@code ∂this/∂v} into {@code v.grad()} for every
     * node {@code v} this node depends on.
     *
     * <ol>
     *   <li>Order every node reachable through the parents topologically, each after all of its
     *       parents (depth-first post-order with an explicit stack and a visited set).</li>
     *   <li>Set every one of those gradients to 0, then this node's gradient to 1
     *       ({@code ∂this/∂this}).</li>
     *   <li>Run the backward steps in reverse topological order, this node first, so each node
     *       passes its gradient on only after every consumer has added its contribution.</li>
     * </ol>
     *
     * <p>Example: for {@code d = a·b + a} with {@code a = 2, b = 5}, {@code d.backward()} gives
     * {@code a.grad() = b + 1 = 6} and {@code b.grad() = a = 2}.
     */
    public void backward() {
        List<Value> order = topologicalOrder();
        for (Value node : order) {
            node.grad = 0;
        }
        this.grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep.run();
        }
    }

    /** {@code Value(data=…, grad=…)}. */
    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }

    /** Every node reachable from this one, each after all of its parents (iterative post-order DFS). */
    private List<Value> topologicalOrder() {
        List<Value> order = new ArrayList<>();
        Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Value> nodes = new ArrayDeque<>();
        Deque<Integer> nextParent = new ArrayDeque<>();
        visited.add(this);
        nodes.push(this);
        nextParent.push(0);
        while (!nodes.isEmpty()) {
            Value node = nodes.peek();
            int i = nextParent.pop();
            if (i < node.parents.length) {
                nextParent.push(i + 1);
                Value parent = node.parents[i];
                if (visited.add(parent)) {
                    nodes.push(parent);
                    nextParent.push(0);
                }
            } else {
                nodes.pop();
                order.add(node);
            }
        }
        return order;
    }

    private static void requireOperand(Value other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException(operation + ": the other operand must not be null");
        }
    }
}
