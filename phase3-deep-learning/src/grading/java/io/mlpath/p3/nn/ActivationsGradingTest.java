package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.GradientCheck;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link Activations}.
 *
 * <p>Oracles: PyTorch 1.13 float64 forward values and autograd vector-Jacobian products
 * ({@code activations-torch.json}, from {@code fixtures/nn_activations_losses.py}); exact closed
 * forms (softmax of {@code [0, ln 3]}, σ(0) = ½, the shift invariance of softmax); and central
 * finite differences ({@link GradientCheck}) of {@code L = Σ f(x)⊙G}, whose gradient is the
 * backward's result, at points at least 0.05 away from the ReLU kink.
 */
@Challenge("p3.nn.activations")
class ActivationsGradingTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    private static final String MAX_SUBTRACTION =
            "subtract each row's maximum before exponentiating (softmax(x) = softmax(x − max)): e^1000 overflows"
                    + " to Infinity and Infinity/Infinity is NaN";
    private static final String LOG_SUM_EXP =
            "log-softmax is (x − m) − log Σ e^(x − m) with m the row maximum; log(softmax(x)) gives −Infinity"
                    + " where the softmax underflows to 0, and e^x without the shift overflows";

    private static Fixture torch;

    @BeforeAll
    static void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        torch = Fixture.load(ActivationsGradingTest.class, "activations-torch.json");
    }

    // ------------------------------------------------------------------------------ torch oracle

    @Test
    @Points(3)
    @DisplayName("ReLU and leaky ReLU (slope 0.1) match torch, forward and backward, on a 4×5 batch")
    void reluAndLeakyReluMatchTorch() {
        double alpha = torch.number("leak");
        compare("relu(x)", "relu", Activations.relu(x()),
                "relu is max(x, 0) entry by entry");
        compare("reluBackward(x, G)", "reluGrad", Activations.reluBackward(x(), g()),
                "the ReLU derivative is 1 where x > 0 and 0 elsewhere, times G (not the forward output times G)");
        compare("leakyRelu(x, 0.1)", "leakyRelu", Activations.leakyRelu(x(), alpha),
                "leaky ReLU keeps x where x > 0 and multiplies the negative entries by alpha");
        compare("leakyReluBackward(x, G, 0.1)", "leakyReluGrad", Activations.leakyReluBackward(x(), g(), alpha),
                "the leaky ReLU derivative is alpha (not 0) for negative inputs and 1 for positive ones, times G");
    }

    @Test
    @Points(3)
    @DisplayName("the sigmoid matches torch, forward and backward σ(x)(1 − σ(x))·G, on a 4×5 batch with ±9")
    void sigmoidMatchesTorch() {
        compare("sigmoid(x)", "sigmoid", Activations.sigmoid(x()), "σ(x) = 1/(1 + e^(−x))");
        compare("sigmoidBackward(x, G)", "sigmoidGrad", Activations.sigmoidBackward(x(), g()),
                "the derivative is σ(x)·(1 − σ(x)) evaluated at the INPUT x, times G; x·(1 − x) treats x as the"
                        + " output");
    }

    @Test
    @Points(2)
    @DisplayName("tanh matches torch, forward and backward (1 − tanh²(x))·G")
    void tanhMatchesTorch() {
        compare("tanh(x)", "tanh", Activations.tanh(x()), "tanh entry by entry");
        compare("tanhBackward(x, G)", "tanhGrad", Activations.tanhBackward(x(), g()),
                "the derivative is 1 − tanh²(x), at the input x (1 − x² treats x as the output), times G");
    }

    @Test
    @Points(3)
    @DisplayName("GELU (tanh approximation) matches torch's F.gelu(x, approximate='tanh'), forward and backward")
    void geluMatchesTorch() {
        compare("gelu(x)", "gelu", Activations.gelu(x()),
                "GELU (tanh approximation) is ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))");
        compare("geluBackward(x, G)", "geluGrad", Activations.geluBackward(x(), g()),
                "by the product rule: ½(1 + tanh u) + ½·x·(1 − tanh² u)·√(2/π)·(1 + 3·0.044715·x²), times G");
    }

    @Test
    @Points(3)
    @DisplayName("row softmax matches torch's F.softmax(x, dim=1), forward and backward y⊙(G − rowSum(G⊙y))")
    void softmaxMatchesTorch() {
        compare("softmax(x)", "softmax", Activations.softmax(x()),
                "softmax normalises each ROW (one example per row): e^x / Σ over the row, not over a column or"
                        + " the whole matrix");
        compare("softmaxBackward(x, G)", "softmaxGrad", Activations.softmaxBackward(x(), g()),
                "the softmax Jacobian is diag(y) − y·yᵀ per row, so dx = y⊙(G − Σ_j G_j·y_j); y⊙(1 − y)⊙G keeps"
                        + " only the diagonal");
    }

    @Test
    @Points(3)
    @DisplayName("row log-softmax matches torch's F.log_softmax(x, dim=1), forward and backward G − softmax(x)·rowSum(G)")
    void logSoftmaxMatchesTorch() {
        compare("logSoftmax(x)", "logSoftmax", Activations.logSoftmax(x()),
                "log-softmax is x − log Σ_j e^(x_j) along each row");
        compare("logSoftmaxBackward(x, G)", "logSoftmaxGrad", Activations.logSoftmaxBackward(x(), g()),
                "dx = G − softmax(x)·Σ_j G_j per row (the Jacobian of log-softmax is I − 1·yᵀ)");
    }

    // --------------------------------------------------------------------------------- stability

    @Test
    @Points(4)
    @DisplayName("softmax does not overflow: softmax([1000, 1001]) = softmax([0, 1]), and rows near ±1000 match torch")
    void softmaxOfLargeScoresIsFinite() {
        double[][] shifted = matrix("softmax([[1000, 1001]])",
                Activations.softmax(nd(new double[][] {{1000, 1001}})), MAX_SUBTRACTION);
        double e = Math.exp(1);
        ArrayAssertions.assertClose("softmax([[1000, 1001]])", new double[][] {{1 / (1 + e), e / (1 + e)}},
                shifted, CLOSE, MAX_SUBTRACTION);
        compare("softmax of rows near ±1000", "softmaxBig", Activations.softmax(nd(torch.matrix("big"))),
                MAX_SUBTRACTION);
        compare("softmaxBackward of rows near ±1000", "softmaxBigGrad",
                Activations.softmaxBackward(nd(torch.matrix("big")), nd(torch.matrix("gBig"))), MAX_SUBTRACTION);
    }

    @Test
    @Points(3)
    @DisplayName("log-softmax stays finite for rows near ±1000 and at −1000 below the row maximum, matching torch")
    void logSoftmaxOfLargeScoresIsFinite() {
        compare("logSoftmax of rows near ±1000", "logSoftmaxBig", Activations.logSoftmax(nd(torch.matrix("big"))),
                LOG_SUM_EXP);
        compare("logSoftmaxBackward of rows near ±1000", "logSoftmaxBigGrad",
                Activations.logSoftmaxBackward(nd(torch.matrix("big")), nd(torch.matrix("gBig"))), LOG_SUM_EXP);
        // closed form: [−1000, 0] − log(e^−1000 + 1) = [−1000, −e^−1000] = [−1000, 0] in double
        ArrayAssertions.assertClose("logSoftmax([[-1000, 0]])", new double[][] {{-1000, 0}},
                matrix("logSoftmax([[-1000, 0]])", Activations.logSoftmax(nd(new double[][] {{-1000, 0}})),
                        LOG_SUM_EXP), CLOSE, LOG_SUM_EXP);
    }

    @Test
    @Points(2)
    @DisplayName("the sigmoid is stable at ±1000: σ(−1000) = 0, σ(1000) = 1, both derivatives 0, no NaN")
    void sigmoidOfLargeInputsIsFinite() {
        String mistake = "e^x/(1 + e^x) is Infinity/Infinity = NaN for x = 1000 and 1/(1 + e^(−x)) overflows"
                + " e^(−x) for x = −1000: use 1/(1 + e^(−|x|)) for x ≥ 0 and e^(−|x|)/(1 + e^(−|x|)) for x < 0";
        INDArray x = nd(new double[][] {{-1000, 1000, 0}});
        ArrayAssertions.assertClose("sigmoid([[-1000, 1000, 0]])", new double[][] {{0, 1, 0.5}},
                matrix("sigmoid", Activations.sigmoid(x), mistake), CLOSE, mistake);
        ArrayAssertions.assertClose("sigmoidBackward([[-1000, 1000, 0]], [[1, 1, 1]])", new double[][] {{0, 0, 0.25}},
                matrix("sigmoidBackward", Activations.sigmoidBackward(x, nd(new double[][] {{1, 1, 1}})), mistake),
                CLOSE, mistake);
    }

    // ------------------------------------------------------------------------------ invariants

    @Test
    @Points(3)
    @DisplayName("every backward agrees with central differences of L = Σ f(x)⊙G on a seeded 2×4 batch")
    void backwardsAgreeWithFiniteDifferences() {
        Random random = new Random(7L);
        double[][] x = awayFromZero(random, 2, 4);
        double[][] g = gaussian(random, 2, 4);
        checkGradient("reluBackward", Activations::relu, Activations::reluBackward, x, g,
                "the ReLU derivative is [x > 0]");
        checkGradient("leakyReluBackward", v -> Activations.leakyRelu(v, 0.2),
                (v, gg) -> Activations.leakyReluBackward(v, gg, 0.2), x, g, "the leaky ReLU derivative is 1 or alpha");
        checkGradient("sigmoidBackward", Activations::sigmoid, Activations::sigmoidBackward, x, g,
                "σ'(x) = σ(x)(1 − σ(x))");
        checkGradient("tanhBackward", Activations::tanh, Activations::tanhBackward, x, g, "tanh'(x) = 1 − tanh²(x)");
        checkGradient("geluBackward", Activations::gelu, Activations::geluBackward, x, g,
                "differentiate ½·x·(1 + tanh u(x)) with the product and chain rules");
        checkGradient("softmaxBackward", Activations::softmax, Activations::softmaxBackward, x, g,
                "dx = y⊙(G − rowSum(G⊙y)): every output of a row depends on every input of that row");
        checkGradient("logSoftmaxBackward", Activations::logSoftmax, Activations::logSoftmaxBackward, x, g,
                "dx = G − softmax(x)·rowSum(G)");
    }

    @Test
    @Points(2)
    @DisplayName("softmax rows are positive and sum to 1, and adding a constant to a row leaves them unchanged")
    void softmaxRowsAreDistributionsAndShiftInvariant() {
        Random random = new Random(11L);
        double[][] x = gaussian(random, 4, 6);
        double[][] y = matrix("softmax(x)", Activations.softmax(nd(x)), "softmax along rows");
        double[][] shifted = new double[4][];
        for (int n = 0; n < 4; n++) {
            double c = 37.0 * (n - 1.5);
            shifted[n] = Arrays.stream(x[n]).map(v -> v + c).toArray();
            double sum = Arrays.stream(y[n]).sum();
            ArrayAssertions.assertClose("sum of softmax row " + n, 1.0, sum, CLOSE,
                    "divide each row's exponentials by that ROW's sum (sum(true, 1)), not a column's or the total");
        }
        ArrayAssertions.assertClose("softmax(x + c_n per row)", y,
                matrix("softmax(shifted)", Activations.softmax(nd(shifted)), MAX_SUBTRACTION), CLOSE,
                "softmax is invariant to adding a constant to a row; subtract each row's own maximum");
        ArrayAssertions.assertClose("softmax([[0, ln 3]])", new double[][] {{0.25, 0.75}},
                matrix("softmax([[0, ln 3]])", Activations.softmax(nd(new double[][] {{0, Math.log(3)}})),
                        "softmax"), CLOSE, "softmax of [0, ln 3] is [1, 3]/4");
    }

    @Test
    @Points(2)
    @DisplayName("no method modifies its arguments")
    void argumentsAreNotModified() {
        double[][] x = torch.matrix("x");
        double[][] g = torch.matrix("g");
        INDArray xs = nd(x);
        INDArray gs = nd(g);
        Activations.relu(xs);
        Activations.reluBackward(xs, gs);
        Activations.leakyRelu(xs, 0.1);
        Activations.leakyReluBackward(xs, gs, 0.1);
        Activations.sigmoid(xs);
        Activations.sigmoidBackward(xs, gs);
        Activations.tanh(xs);
        Activations.tanhBackward(xs, gs);
        Activations.gelu(xs);
        Activations.geluBackward(xs, gs);
        Activations.softmax(xs);
        Activations.softmaxBackward(xs, gs);
        Activations.logSoftmax(xs);
        Activations.logSoftmaxBackward(xs, gs);
        String mistake = "an in-place operation (addi, muli, subiColumnVector, Transforms.x(a, false)) on the"
                + " argument changes the caller's array: work on a copy (dup) or use the non-i operations";
        ArrayAssertions.assertClose("x after every call", x, xs.toDoubleMatrix(), Tolerance.absolute(0), mistake);
        ArrayAssertions.assertClose("G after every call", g, gs.toDoubleMatrix(), Tolerance.absolute(0), mistake);
    }

    // ------------------------------------------------------------------------------ validation

    @Test
    @Points(2)
    @DisplayName("rejects null, NaN and a gradient whose shape differs from x's, with IllegalArgumentException")
    void rejectsInvalidInput() {
        INDArray x = nd(new double[][] {{1, 2, 3}});
        assertRejected("relu(null)", () -> Activations.relu(null), "null");
        assertRejected("sigmoid([[1, NaN]])", () -> Activations.sigmoid(nd(new double[][] {{1, Double.NaN}})),
                "NaN");
        assertRejected("tanhBackward(1×3 x, 1×2 G)", () -> Activations.tanhBackward(x, nd(new double[][] {{1, 2}})),
                "[1, 2]");
        assertRejected("leakyRelu(x, -0.5)", () -> Activations.leakyRelu(x, -0.5), "-0.5");
    }

    @Test
    @Points(2)
    @DisplayName("softmax and log-softmax reject a vector (rank 1) with a message naming the N×K rule and the shape")
    void softmaxRejectsNonMatrices() {
        assertRejected("softmax(rank-1 [1, 2])", () -> Activations.softmax(Nd4j.createFromArray(1.0, 2.0)), "[2]");
        assertRejected("logSoftmax(null)", () -> Activations.logSoftmax(null), "null");
        assertRejected("softmaxBackward(1×2 x, 2×1 G)", () -> Activations.softmaxBackward(
                nd(new double[][] {{1, 2}}), nd(new double[][] {{1}, {2}})), "[2, 1]");
    }

    // ------------------------------------------------------------------------------ helpers

    private static INDArray x() {
        return nd(torch.matrix("x"));
    }

    private static INDArray g() {
        return nd(torch.matrix("g"));
    }

    private static void compare(String what, String field, INDArray actual, String likelyMistake) {
        ArrayAssertions.assertClose(what + " against torch", torch.matrix(field), matrix(what, actual, likelyMistake),
                CLOSE, likelyMistake);
    }

    private static void checkGradient(String what, UnaryOperator<INDArray> forward,
                                      BinaryOperator<INDArray> backward, double[][] x, double[][] g,
                                      String likelyMistake) {
        int rows = x.length;
        int columns = x[0].length;
        double[] analytic = flatten(matrix(what, backward.apply(nd(x), nd(g)), likelyMistake));
        GradientCheck.assertGradient(what + " (L = Σ f(x)⊙G)", flat -> {
            double[][] y = forward.apply(nd(unflatten(flat, rows, columns))).toDoubleMatrix();
            double sum = 0;
            for (int n = 0; n < rows; n++) {
                for (int k = 0; k < columns; k++) {
                    sum += y[n][k] * g[n][k];
                }
            }
            return sum;
        }, flatten(x), analytic, MAX_RELATIVE_ERROR, likelyMistake);
    }

    private static void assertRejected(String call, Runnable action, String mention) {
        Throwable thrown = null;
        try {
            action.run();
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown instanceof UnsupportedOperationException notWritten) {
            throw notWritten;
        }
        if (!(thrown instanceof IllegalArgumentException) || thrown.getMessage() == null
                || !thrown.getMessage().contains(mention)) {
            throw Failure.of(call + " was not rejected as expected")
                    .expected("IllegalArgumentException whose message mentions " + mention)
                    .actual(thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": "
                            + thrown.getMessage())
                    .likelyMistake("validate the arguments first and throw IllegalArgumentException naming the rule"
                            + " and the bad value (null, NaN, the shapes)")
                    .error();
        }
    }

    private static double[][] matrix(String what, INDArray array, String likelyMistake) {
        if (array == null) {
            throw Failure.of(what + " was null").likelyMistake(likelyMistake).error();
        }
        if (array.rank() != 2) {
            throw Failure.of(what + " is not a matrix").expected("a rank-2 array")
                    .actual("shape " + Arrays.toString(array.shape())).likelyMistake(likelyMistake).error();
        }
        return array.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    private static INDArray nd(double[][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.DOUBLE);
    }

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }

    private static double[][] awayFromZero(Random random, int rows, int columns) {
        double[][] m = gaussian(random, rows, columns);
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = Math.copySign(0.1 + Math.abs(row[j]), row[j]);
            }
        }
        return m;
    }

    private static double[] flatten(double[][] values) {
        return Arrays.stream(values).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[][] unflatten(double[] flat, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * columns, m[i], 0, columns);
        }
        return m;
    }
}
