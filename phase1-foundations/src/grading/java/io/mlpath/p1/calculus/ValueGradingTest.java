package io.mlpath.p1.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.GradientCheck;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Value}.
 *
 * <p>Oracles: closed-form local derivatives of each operation; Commons Math's
 * {@link DerivativeStructure}, which differentiates the same expression exactly (to rounding) by
 * forward-mode automatic differentiation, an independent method; the values micrograd's README
 * publishes for its example expression (checked against PyTorch by micrograd's tests: 24.7041,
 * 138.8338, 645.5773); and central-difference gradients ({@link GradientCheck}) of a small
 * network written a second time in plain doubles. One test draws random weights: its seed goes
 * through {@link Seeds#of(long)}, and its bounds hold for the reference for seed offsets 0..19.
 */
@Challenge("p1.calculus.autodiff")
class ValueGradingTest {

    private static final String ACCUMULATE = "a node used more than once must receive the sum of its contributions:"
            + " every backward step adds to the operands' grad (+=); one that assigns (=) keeps only the last";
    private static final String TOPOLOGICAL = "a node may pass its gradient on only after EVERY node that uses it has"
            + " added its contribution: run the backward steps in reverse topological order (depth-first post-order"
            + " from the output, then reversed), not in the order a depth-first or breadth-first walk first reaches"
            + " the nodes";
    private static final String LOCAL = "a local derivative is wrong: check the single-operation tests first";

    // ---------------------------------------------------------------- single operations

    @Test
    @Points(2)
    @DisplayName("the forward pass of every operation computes the number at once, as java.lang.Math does")
    void forwardValues() {
        double a = 1.7;
        double b = -0.6;
        double[] expected = {a + b, a - b, a * b, a / b, Math.pow(a, 2.5), Math.exp(b), Math.log(a), Math.tanh(b), 0, a};
        Value va = new Value(a);
        Value vb = new Value(b);
        double[] actual = {va.add(vb).data(), va.sub(vb).data(), va.mul(vb).data(), va.div(vb).data(),
            va.pow(2.5).data(), vb.exp().data(), va.log().data(), vb.tanh().data(), vb.relu().data(),
            va.relu().data()};
        ArrayAssertions.assertClose("data() of [a+b, a−b, a·b, a/b, a^2.5, exp(b), log(a), tanh(b), relu(b), relu(a)]"
                        + " for a = 1.7, b = −0.6", expected, actual, Tolerance.relative(1e-14),
                "each operation returns a new Value holding the result; relu is max(0, x); log is the natural"
                        + " logarithm");
        ArrayAssertions.assertClose("data() of the operands after the operations", new double[] {a, b},
                new double[] {va.data(), vb.data()}, Tolerance.absolute(0), "operations never change their operands");
    }

    @Test
    @Points(3)
    @DisplayName("add, sub, mul and div pass back their closed-form local derivatives to both operands")
    void arithmeticLocalDerivatives() {
        for (double[] pair : new double[][] {{1.7, -0.6}, {-2.5, 4.0}}) {
            double a = pair[0];
            double b = pair[1];
            String at = " at a = " + a + ", b = " + b;
            assertOperandGradients("a + b" + at, a, b, Value::add, new double[] {1, 1},
                    "add passes out.grad to both operands");
            assertOperandGradients("a − b" + at, a, b, Value::sub, new double[] {1, -1},
                    "sub passes out.grad to a and −out.grad to b");
            assertOperandGradients("a · b" + at, a, b, Value::mul, new double[] {b, a},
                    "mul passes b · out.grad to a and a · out.grad to b (each operand gets the OTHER's data)");
            assertOperandGradients("a / b" + at, a, b, Value::div, new double[] {1 / b, -a / (b * b)},
                    "∂(a/b)/∂a = 1/b and ∂(a/b)/∂b = −a/b² (mind the minus sign)");
        }
    }

    private interface Binary {
        Value apply(Value a, Value b);
    }

    private static void assertOperandGradients(String what, double a, double b, Binary op, double[] expected,
                                               String mistake) {
        Value va = new Value(a);
        Value vb = new Value(b);
        Value out = op.apply(va, vb);
        out.backward();
        ArrayAssertions.assertClose("gradients [∂/∂a, ∂/∂b] of " + what, expected, new double[] {va.grad(), vb.grad()},
                Tolerance.absolute(1e-12 * Math.max(1, Math.max(Math.abs(expected[0]), Math.abs(expected[1])))),
                mistake);
        ArrayAssertions.assertClose("grad() of the output " + what + " after its own backward()", 1, out.grad(),
                Tolerance.absolute(0), "backward() starts by setting the output's own gradient to 1 (∂out/∂out)");
    }

    @Test
    @Points(3)
    @DisplayName("pow, exp, log and tanh pass back n·xⁿ⁻¹, eˣ, 1/x and 1 − tanh²(x)")
    void elementaryLocalDerivatives() {
        double[][] powers = {{3, 2}, {1.5, 3}, {4, -0.5}, {2, -1}, {-2, 3}, {0.7, 0.5}, {5, 1}, {5, 0}};
        for (double[] p : powers) {
            double x = p[0];
            double n = p[1];
            assertLocalDerivative("x.pow(" + n + ") at x = " + x, x, v -> v.pow(n),
                    n == 0 ? 0 : n * Math.pow(x, n - 1), "∂xⁿ/∂x = n · x^(n−1), with the exponent n a constant");
        }
        for (double x : new double[] {-1.2, 0, 2.3}) {
            assertLocalDerivative("exp(x) at x = " + x, x, Value::exp, Math.exp(x),
                    "∂eˣ/∂x = eˣ, which is out.data");
        }
        for (double x : new double[] {0.3, 1, Math.E, 12}) {
            assertLocalDerivative("log(x) at x = " + x, x, Value::log, 1 / x,
                    "∂ln(x)/∂x = 1/x, with x the INPUT's data (not 1/out.data)");
        }
        for (double x : new double[] {-2, 0, 0.5, 3}) {
            double t = Math.tanh(x);
            assertLocalDerivative("tanh(x) at x = " + x, x, Value::tanh, 1 - t * t,
                    "∂tanh(x)/∂x = 1 − tanh²(x) = 1 − out.data², with the OUTPUT's data (not 1 − x²)");
        }
    }

    @Test
    @Points(2)
    @DisplayName("relu passes the gradient through where x > 0 and nothing where x ≤ 0 (derivative 0 at 0)")
    void reluLocalDerivative() {
        assertLocalDerivative("relu(x) at x = 2.5", 2.5, Value::relu, 1, "relu'(x) = 1 for x > 0");
        assertLocalDerivative("relu(x) at x = −1.5", -1.5, Value::relu, 0,
                "relu'(x) = 0 for x < 0: the unit is off, nothing flows back");
        assertLocalDerivative("relu(x) at x = 0", 0, Value::relu, 0,
                "relu'(0) is taken as 0 (as PyTorch): pass the gradient only when x > 0 strictly");
        assertLocalDerivative("relu(3x) at x = 0.5", 0.5, v -> v.mul(3).relu(), 3, "chain rule: relu'(1.5) · 3");
    }

    private interface Unary {
        Value apply(Value x);
    }

    private static void assertLocalDerivative(String what, double x, Unary op, double expected, String mistake) {
        Value leaf = new Value(x);
        op.apply(leaf).backward();
        ArrayAssertions.assertClose("gradient of " + what, expected, leaf.grad(),
                Tolerance.absolute(1e-12 * Math.max(1, Math.abs(expected))), mistake);
    }

    // ---------------------------------------------------------------- accumulation and order

    @Test
    @Points(4)
    @DisplayName("a reused node accumulates: x·x gives 2x, x+x gives 2, x·x·x gives 3x², x−x and x/x give 0")
    void reusedNodesAccumulate() {
        double x = 1.5;
        assertLocalDerivative("x·x at x = 1.5 (expected: 2x)", x, v -> v.mul(v), 2 * x, ACCUMULATE);
        assertLocalDerivative("x + x at x = 1.5 (expected: 2)", x, v -> v.add(v), 2, ACCUMULATE);
        assertLocalDerivative("(x·x)·x at x = 1.5 (expected: 3x²)", x, v -> v.mul(v).mul(v), 3 * x * x, ACCUMULATE);
        assertLocalDerivative("x − x at x = 1.5 (expected: 0)", x, v -> v.sub(v), 0, ACCUMULATE);
        assertLocalDerivative("x / x at x = 1.5 (expected: 0)", x, v -> v.div(v), 0, ACCUMULATE);
        assertLocalDerivative("exp(x)·exp(x) with one exp node, at x = 1.5 (expected: 2e²ˣ)", x,
                v -> {
                    Value e = v.exp();
                    return e.mul(e);
                }, 2 * Math.exp(2 * x), ACCUMULATE);
        double b = 0.8;
        double t = Math.tanh(b);
        assertLocalDerivative("tanh(b) + 3b with b feeding two operations, at b = 0.8 (expected: 1 − tanh²(b) + 3)", b,
                v -> v.tanh().add(v.mul(3)), 1 - t * t + 3, ACCUMULATE);
    }

    @Test
    @Points(4)
    @DisplayName("a node reached by paths of different lengths passes its gradient on only after all of its consumers (diamonds)")
    void diamondsWaitForEveryConsumer() {
        // y = tanh(x) feeds the output directly and, through exp(y) and y·exp(y), two steps deeper.
        assertMatchesDerivativeStructure("y·exp(y) + y with y = tanh(x), at x = 0.6", new double[] {0.6},
                v -> {
                    Value y = v[0].tanh();
                    return y.mul(y.exp()).add(y);
                },
                d -> {
                    DerivativeStructure y = d[0].tanh();
                    return y.multiply(y.exp()).add(y);
                }, Tolerance.relative(1e-10), TOPOLOGICAL + ". Or: " + LOCAL);
        // s feeds three branches that recombine pairwise.
        assertMatchesDerivativeStructure("2s·eˢ + eˢ·tanh(s) + tanh(s)·2s, at s = −0.35", new double[] {-0.35},
                v -> {
                    Value s = v[0];
                    Value v1 = s.mul(2);
                    Value v2 = s.exp();
                    Value v3 = s.tanh();
                    return v1.mul(v2).add(v2.mul(v3)).add(v3.mul(v1));
                },
                d -> {
                    DerivativeStructure s = d[0];
                    DerivativeStructure v1 = s.multiply(2);
                    DerivativeStructure v2 = s.exp();
                    DerivativeStructure v3 = s.tanh();
                    return v1.multiply(v2).add(v2.multiply(v3)).add(v3.multiply(v1));
                }, Tolerance.relative(1e-10), TOPOLOGICAL + ". Or: " + LOCAL);
        // z = x·w is used at four depths.
        assertMatchesDerivativeStructure("(eᶻ + z)·z / (eᶻ + 1) − z² + x with z = x·w, at x = 1.3, w = −0.4",
                new double[] {1.3, -0.4},
                v -> {
                    Value z = v[0].mul(v[1]);
                    Value p = z.exp();
                    return p.add(z).mul(z).div(p.add(1)).sub(z.pow(2)).add(v[0]);
                },
                d -> {
                    DerivativeStructure z = d[0].multiply(d[1]);
                    DerivativeStructure p = z.exp();
                    return p.add(z).multiply(z).divide(p.add(1)).subtract(z.pow(2)).add(d[0]);
                }, Tolerance.relative(1e-10), TOPOLOGICAL + ". Or: " + LOCAL);
    }

    @Test
    @Points(3)
    @DisplayName("micrograd's README expression gives g = 24.7041, ∂g/∂a = 138.8338, ∂g/∂b = 645.5773, as DerivativeStructure")
    void microgradReadmeExpression() {
        Value a = new Value(-4);
        Value b = new Value(2);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(new Value(1).add(c).add(a.mul(-1)));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(new Value(3).mul(d).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2).add(new Value(10).div(f));
        g.backward();

        DerivativeStructure da = new DerivativeStructure(2, 1, 0, -4);
        DerivativeStructure db = new DerivativeStructure(2, 1, 1, 2);
        DerivativeStructure dc = da.add(db);
        DerivativeStructure dd = da.multiply(db).add(db.pow(3));
        dc = dc.add(dc.add(1));
        dc = dc.add(dc.add(1).add(da.negate()));
        dd = dd.add(dd.multiply(2).add(relu(db.add(da))));
        dd = dd.add(dd.multiply(3).add(relu(db.subtract(da))));
        DerivativeStructure df = dc.subtract(dd).pow(2);
        DerivativeStructure dg = df.divide(2).add(df.reciprocal().multiply(10));

        double[] actual = {g.data(), a.grad(), b.grad()};
        ArrayAssertions.assertClose("[g, ∂g/∂a, ∂g/∂b] (expected: the README's printed values, to 4 decimals)",
                new double[] {24.7041, 138.8338, 645.5773}, actual, Tolerance.absolute(5e-5),
                ACCUMULATE + ". Or: " + TOPOLOGICAL + ". Or: " + LOCAL);
        ArrayAssertions.assertClose("[g, ∂g/∂a, ∂g/∂b] (expected: DerivativeStructure)",
                new double[] {dg.getValue(), dg.getPartialDerivative(1, 0), dg.getPartialDerivative(0, 1)}, actual,
                Tolerance.relative(1e-10), ACCUMULATE + ". Or: " + TOPOLOGICAL + ". Or: " + LOCAL);

        // micrograd's sanity check: z = 2x + 2 + x, q = relu(z) + z·x, h = relu(z·z), y = h + q + q·x at x = −4.
        Value x = new Value(-4);
        Value z = new Value(2).mul(x).add(2).add(x);
        Value q = z.relu().add(z.mul(x));
        Value y = z.mul(z).relu().add(q).add(q.mul(x));
        y.backward();
        DerivativeStructure dx = new DerivativeStructure(1, 1, 0, -4);
        DerivativeStructure dz = dx.multiply(2).add(2).add(dx);
        DerivativeStructure dq = relu(dz).add(dz.multiply(dx));
        DerivativeStructure dy = relu(dz.multiply(dz)).add(dq).add(dq.multiply(dx));
        ArrayAssertions.assertClose("[y, ∂y/∂x] of micrograd's sanity-check expression at x = −4",
                new double[] {dy.getValue(), dy.getPartialDerivative(1)}, new double[] {y.data(), x.grad()},
                Tolerance.relative(1e-10), ACCUMULATE + ". Or: " + TOPOLOGICAL + ". Or: " + LOCAL);
    }

    private static DerivativeStructure relu(DerivativeStructure x) {
        return x.getValue() > 0 ? x : x.multiply(0);
    }

    @Test
    @Points(2)
    @DisplayName("a chain of 1000 steps that each reuse the previous node matches DerivativeStructure")
    void longChainWithReuse() {
        int steps = 1000;
        // Each step uses y twice: directly and through tanh(0.001·y); the operand order alternates,
        // so whichever branch a graph walk explores first, half the steps reach y early.
        assertMatchesDerivativeStructure("y ← y + tanh(0.001·y), 1000 times, from y = 0.3", new double[] {0.3},
                v -> {
                    Value y = v[0];
                    for (int k = 0; k < steps; k++) {
                        y = k % 2 == 0 ? y.add(y.mul(0.001).tanh()) : y.mul(0.001).tanh().add(y);
                    }
                    return y;
                },
                d -> {
                    DerivativeStructure y = d[0];
                    for (int k = 0; k < steps; k++) {
                        y = y.add(y.multiply(0.001).tanh());
                    }
                    return y;
                }, Tolerance.relative(1e-10), TOPOLOGICAL + ". Or: " + ACCUMULATE + ". Or: " + LOCAL);
    }

    @Test
    @Points(2)
    @DisplayName("backward handles a chain 100 000 operations deep (no recursion) and a constant shared by all of them")
    void deepChainDoesNotOverflowTheStack() {
        int steps = 100_000;
        Value x = new Value(2);
        Value c = new Value(1.00001);
        Value y = x;
        for (int k = 0; k < steps; k++) {
            y = y.mul(c);
        }
        Throwable thrown = rethrowTodo(catchThrowable(y::backward));
        if (thrown != null) {
            throw Failure.of("backward() threw on a chain 100 000 nodes deep")
                    .line("expected", "no exception")
                    .line("actual", thrown.toString())
                    .likelyMistake(thrown instanceof StackOverflowError
                            ? "the topological order is built by recursion, one stack frame per node: use an explicit"
                                    + " stack (ArrayDeque) and a loop instead"
                            : "backward() must work on any graph, however deep")
                    .error();
        }
        // y = x·cⁿ: ∂y/∂x = cⁿ, ∂y/∂c = n·x·cⁿ⁻¹.
        ArrayAssertions.assertClose("[∂y/∂x, ∂y/∂c] of y = x·cⁿ, n = 100 000, c = 1.00001, x = 2",
                new double[] {Math.pow(1.00001, steps), steps * 2 * Math.pow(1.00001, steps - 1)},
                new double[] {x.grad(), c.grad()}, Tolerance.relative(1e-8),
                "the constant c is used by all 100 000 multiplications: " + ACCUMULATE);
    }

    @Test
    @Points(2)
    @DisplayName("backward visits each node once: 20 doublings y ← y + y give ∂y/∂x = 2²⁰ exactly")
    void doublingLadderVisitsEachNodeOnce() {
        Value x = new Value(0.5);
        Value y = x;
        for (int k = 0; k < 20; k++) {
            y = y.add(y);
        }
        y.backward();
        ArrayAssertions.assertClose("data of 20 doublings of 0.5", Math.scalb(0.5, 20), y.data(), Tolerance.absolute(0),
                "each add holds the sum of its operands");
        ArrayAssertions.assertClose("∂y/∂x after 20 doublings (2²⁰ = 1048576)", Math.scalb(1.0, 20), x.grad(),
                Tolerance.absolute(0), "there are 2²⁰ paths from y to x but only 21 nodes: put each node in the order"
                        + " once (a visited set) and run each backward step once. " + ACCUMULATE);
    }

    // ---------------------------------------------------------------- a small network

    @Test
    @Points(3)
    @DisplayName("the gradient of a 3-4-1 tanh network's logistic loss matches central differences for all 21 parameters")
    void networkGradientMatchesCentralDifferences() {
        Random random = new Random(Seeds.of(20240611L));
        double[] params = new double[21];
        for (int i = 0; i < params.length; i++) {
            params[i] = 0.5 * random.nextGaussian();
        }
        double[][] inputs = new double[3][3];
        for (double[] row : inputs) {
            for (int j = 0; j < 3; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[] labels = {1, -1, 1};

        Value[] leaves = new Value[params.length];
        for (int i = 0; i < params.length; i++) {
            leaves[i] = new Value(params[i]);
        }
        Value loss = networkLoss(leaves, inputs, labels);
        loss.backward();
        double[] analytic = Arrays.stream(leaves).mapToDouble(Value::grad).toArray();

        ArrayAssertions.assertClose("network loss (expected: the same network in plain doubles)",
                plainNetworkLoss(params, inputs, labels), loss.data(), Tolerance.relative(1e-10),
                "the forward pass of some operation is wrong");
        GradientCheck.assertGradient("gradient of the network loss w.r.t. its 21 parameters",
                p -> plainNetworkLoss(p, inputs, labels), params, analytic, 1e-6,
                ACCUMULATE + ". Or: " + TOPOLOGICAL + ". Or: " + LOCAL);
    }

    /**
     * Loss Σ log(1 + exp(−y·out)) of a network {@code out = w₂·tanh(W₁x + b₁) + b₂}; parameters are
     * W₁ (4 × 3, row-major) then b₁ (4), w₂ (4), b₂ (1).
     */
    private static Value networkLoss(Value[] p, double[][] inputs, double[] labels) {
        Value total = new Value(0);
        for (int s = 0; s < inputs.length; s++) {
            Value out = p[20];
            for (int h = 0; h < 4; h++) {
                Value pre = p[12 + h];
                for (int j = 0; j < 3; j++) {
                    pre = pre.add(p[h * 3 + j].mul(inputs[s][j]));
                }
                out = out.add(p[16 + h].mul(pre.tanh()));
            }
            total = total.add(out.mul(-labels[s]).exp().add(1).log());
        }
        return total;
    }

    private static double plainNetworkLoss(double[] p, double[][] inputs, double[] labels) {
        double total = 0;
        for (int s = 0; s < inputs.length; s++) {
            double out = p[20];
            for (int h = 0; h < 4; h++) {
                double pre = p[12 + h];
                for (int j = 0; j < 3; j++) {
                    pre += p[h * 3 + j] * inputs[s][j];
                }
                out += p[16 + h] * Math.tanh(pre);
            }
            total += Math.log(1 + Math.exp(-labels[s] * out));
        }
        return total;
    }

    // ---------------------------------------------------------------- backward's contract

    @Test
    @Points(2)
    @DisplayName("backward starts from zero each time: calling it twice, or first on a sub-expression, gives the same gradients")
    void backwardResetsGradients() {
        Value x = new Value(2);
        Value z = x.mul(x);
        Value y = z.add(x);
        y.backward();
        y.backward();
        ArrayAssertions.assertClose("∂y/∂x of y = x² + x at x = 2 after calling y.backward() twice (expected: 2x + 1)",
                5, x.grad(), Tolerance.absolute(1e-12),
                "backward() must first set the gradient of every node it reaches to 0: gradients left from an"
                        + " earlier call are otherwise added again");
        ArrayAssertions.assertClose("grad of the intermediate z = x² after y.backward() twice (expected: ∂y/∂z = 1)", 1,
                z.grad(), Tolerance.absolute(1e-12), "backward() zeroes every reachable node, intermediates included");

        Value u = new Value(3);
        Value w = u.mul(u);
        Value v = w.mul(2).add(u);
        w.backward();
        v.backward();
        ArrayAssertions.assertClose("∂v/∂u of v = 2u² + u at u = 3, after w.backward() then v.backward() (expected:"
                        + " 4u + 1)", 13, u.grad(), Tolerance.absolute(1e-12),
                "the gradients after v.backward() are those of v alone: zero every reachable node before seeding 1");
    }

    @Test
    @Points(1)
    @DisplayName("a leaf's gradient is 0 until a backward pass reaches it, and a pass leaves nodes outside its graph alone")
    void backwardTouchesOnlyItsGraph() {
        Value u = new Value(4);
        Value unused = u.mul(5);
        Value x = new Value(-1.5);
        ArrayAssertions.assertClose("grad of a fresh leaf", 0, x.grad(), Tolerance.absolute(0),
                "a leaf starts with gradient 0");
        unused.backward();
        x.tanh().mul(x).backward();
        ArrayAssertions.assertClose("grad of u (of another graph) after a backward pass that does not reach it", 5,
                u.grad(), Tolerance.absolute(1e-12),
                "backward() resets and updates only the nodes reachable from the node it is called on");
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects null operands, non-finite exponents and results outside the real numbers, naming the bad value")
    void rejectsInvalidArguments() {
        Value a = new Value(2);
        assertRejects("a.add(null)", () -> a.add((Value) null), "the other operand must not be null", "null");
        assertRejects("a.sub(null)", () -> a.sub((Value) null), "the other operand must not be null", "null");
        assertRejects("a.mul(null)", () -> a.mul((Value) null), "the other operand must not be null", "null");
        assertRejects("a.div(null)", () -> a.div((Value) null), "the other operand must not be null", "null");
        assertRejects("a.div(new Value(0))", () -> a.div(new Value(0)), "cannot divide by zero", "0");
        assertRejects("new Value(0).log()", () -> new Value(0).log(), "log needs an argument > 0", "0.0");
        assertRejects("new Value(-1).log()", () -> new Value(-1).log(), "log needs an argument > 0", "-1.0");
        assertRejects("a.pow(NaN)", () -> a.pow(Double.NaN), "the exponent must be finite", "NaN");
        assertRejects("a.pow(Infinity)", () -> a.pow(Double.POSITIVE_INFINITY), "the exponent must be finite",
                "Infinity");
        assertRejects("new Value(-8).pow(1.0 / 3)", () -> new Value(-8).pow(1.0 / 3),
                "a negative base needs an integer exponent (the result would be NaN)", "-8.0");
        assertRejects("new Value(0).pow(-1)", () -> new Value(0).pow(-1),
                "0 to a negative power is infinite", "-1.0");
        assertRejects("new Value(1000).exp()", () -> new Value(1000).exp(), "a Value must hold a finite number",
                "Infinity");
        assertRejects("new Value(NaN)", () -> new Value(Double.NaN), "a Value must hold a finite number", "NaN");
    }

    // ---------------------------------------------------------------- helpers

    private interface Graph {
        Value build(Value[] x);
    }

    private interface Oracle {
        DerivativeStructure build(DerivativeStructure[] x);
    }

    /** Builds the graph on leaves at {@code point}, runs backward, and compares value and gradient with DS. */
    private static void assertMatchesDerivativeStructure(String what, double[] point, Graph graph, Oracle oracle,
                                                         Tolerance tolerance, String mistake) {
        int n = point.length;
        Value[] leaves = new Value[n];
        DerivativeStructure[] variables = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) {
            leaves[i] = new Value(point[i]);
            variables[i] = new DerivativeStructure(n, 1, i, point[i]);
        }
        Value out = graph.build(leaves);
        out.backward();
        DerivativeStructure expected = oracle.build(variables);
        ArrayAssertions.assertClose("value of " + what, expected.getValue(), out.data(), tolerance,
                "the forward pass of some operation is wrong");
        double[] expectedGradient = new double[n];
        for (int i = 0; i < n; i++) {
            int[] orders = new int[n];
            orders[i] = 1;
            expectedGradient[i] = expected.getPartialDerivative(orders);
        }
        double[] actual = Arrays.stream(leaves).mapToDouble(Value::grad).toArray();
        ArrayAssertions.assertClose("gradient of " + what + " (expected: DerivativeStructure)", expectedGradient, actual,
                tolerance, mistake);
    }

    private static void assertRejects(String call, ThrowingCallable code, String rule, String... fragments) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        assertThat(thrown)
                .as("%s must throw IllegalArgumentException (rule: %s)", call, rule)
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage())
                .as("the message of %s must state the rule (%s) and the bad value", call, rule)
                .isNotBlank();
        for (String fragment : fragments) {
            assertThat(thrown.getMessage())
                    .as("the message of %s must state the rule (%s) and the bad value %s", call, rule, fragment)
                    .contains(fragment);
        }
    }

    /** The stub's TODO must surface as itself, so the test counts as not attempted rather than failed. */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
