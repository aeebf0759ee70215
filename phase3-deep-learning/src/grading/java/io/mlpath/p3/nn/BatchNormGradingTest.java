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
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link BatchNorm}.
 *
 * <p>Oracles: {@code torch.nn.BatchNorm1d(4, eps=1e-5, momentum=0.1)} in float64
 * ({@code fixtures/batchnorm.py} → {@code batchnorm-torch.json}): training forward, backward
 * ({@code dx}, {@code dγ}, {@code dβ}) of {@code L = Σ Y⊙G}, running statistics after 1 and 3
 * training steps, eval-mode forward and backward; central-difference gradient checks
 * ({@link GradientCheck}) of the same loss; and exact invariants (each training output column
 * has mean β and standard deviation |γ|·√(σ²/(σ² + ε))).
 */
@Challenge("p3.nn.regularization")
class BatchNormGradingTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-9);
    private static final double MAX_RELATIVE_ERROR = 1e-5;

    private static final String FORWARD_MISTAKE =
            "in training mode normalise each COLUMN (feature) over the rows of the batch: mean(0) and the biased"
                    + " variance (divide by N), X̂ = (X − μ)/√(σ² + ε), then Y = γ ⊙ X̂ + β";
    private static final String DX_MISTAKE =
            "μ and σ² depend on every row, so dX = (1/N)·(1/√(σ² + ε))·(N·Ĝ − Σ_n Ĝ − X̂·Σ_n(Ĝ ⊙ X̂)) with Ĝ = G ⊙ γ;"
                    + " Ĝ/√(σ² + ε) alone ignores the paths through the batch statistics";
    private static final String PARAM_MISTAKE =
            "dβ = Σ_n G (column sums) and dγ = Σ_n G ⊙ X̂, summed over the batch, with the X̂ of the latest forward";
    private static final String RUNNING_VAR_MISTAKE =
            "PyTorch updates running_var with the UNBIASED batch variance σ²·N/(N − 1) (the batch itself is"
                    + " normalised with the biased one): running_var = (1 − momentum)·running_var + momentum·σ²·N/(N − 1)";
    private static final String MOMENTUM_MISTAKE =
            "momentum weighs the NEW batch: running = (1 − momentum)·running + momentum·batch statistic, starting"
                    + " from mean 0 and variance 1";
    private static final String EVAL_MISTAKE =
            "eval mode normalises with runningMean() and runningVar() (and leaves them unchanged), not with the"
                    + " statistics of the batch it is given";

    private static Fixture torch;

    @BeforeAll
    static void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        torch = Fixture.load(BatchNormGradingTest.class, "batchnorm-torch.json");
    }

    private static BatchNorm torchLayer() {
        return new BatchNorm(nd(torch.vector("gamma")), nd(torch.vector("beta")), torch.number("momentum"),
                torch.number("eps"));
    }

    // ----------------------------------------------------------------------- torch fixtures

    @Test
    @Points(3)
    @DisplayName("training forward matches torch.nn.BatchNorm1d on a 6×4 batch whose features have very different"
            + " scales and offsets")
    void trainingForwardMatchesTorch() {
        BatchNorm layer = torchLayer();
        INDArray y = call("forward(x1)", () -> layer.forward(nd(torch.matrix("x1"))), FORWARD_MISTAKE);
        ArrayAssertions.assertClose("forward(x1) in training mode", torch.matrix("y1"), matrix("forward", y, 6, 4),
                CLOSE, FORWARD_MISTAKE);
    }

    @Test
    @Points(4)
    @DisplayName("training backward matches torch: dx, dγ and dβ of L = Σ Y⊙G on the 6×4 batch")
    void trainingBackwardMatchesTorch() {
        BatchNorm layer = torchLayer();
        call("forward(x1)", () -> layer.forward(nd(torch.matrix("x1"))), FORWARD_MISTAKE);
        INDArray dx = call("backward(g1)", () -> layer.backward(nd(torch.matrix("g1"))), DX_MISTAKE);
        ArrayAssertions.assertClose("betaGradient()", torch.vector("dbeta1"),
                vector("betaGradient()", layer.betaGradient(), 4), CLOSE, PARAM_MISTAKE);
        ArrayAssertions.assertClose("gammaGradient()", torch.vector("dgamma1"),
                vector("gammaGradient()", layer.gammaGradient(), 4), CLOSE, PARAM_MISTAKE);
        ArrayAssertions.assertClose("dx = backward(g1)", torch.matrix("dx1"), matrix("backward", dx, 6, 4), CLOSE,
                DX_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("after one training step the running mean and the running variance (updated with the unbiased"
            + " variance) match torch")
    void runningStatisticsAfterOneStep() {
        BatchNorm layer = torchLayer();
        call("forward(x1)", () -> layer.forward(nd(torch.matrix("x1"))), FORWARD_MISTAKE);
        ArrayAssertions.assertClose("runningMean() after one step", torch.vector("runningMean1"),
                vector("runningMean()", layer.runningMean(), 4), CLOSE, MOMENTUM_MISTAKE);
        ArrayAssertions.assertClose("runningVar() after one step", torch.vector("runningVar1"),
                vector("runningVar()", layer.runningVar(), 4), CLOSE, RUNNING_VAR_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("after three training steps (batches of 6, 5 and 8 rows) the running statistics match torch")
    void runningStatisticsAfterThreeSteps() {
        BatchNorm layer = torchLayer();
        for (String x : new String[] {"x1", "x2", "x3"}) {
            call("forward(" + x + ")", () -> layer.forward(nd(torch.matrix(x))), FORWARD_MISTAKE);
        }
        ArrayAssertions.assertClose("runningMean() after three steps", torch.vector("runningMean3"),
                vector("runningMean()", layer.runningMean(), 4), CLOSE, MOMENTUM_MISTAKE);
        ArrayAssertions.assertClose("runningVar() after three steps", torch.vector("runningVar3"),
                vector("runningVar()", layer.runningVar(), 4), CLOSE, RUNNING_VAR_MISTAKE);
    }

    @Test
    @Points(4)
    @DisplayName("eval mode normalises with the running statistics: after three training steps, forward of a 3×4"
            + " batch matches torch in eval mode, and the running statistics stay unchanged")
    void evalForwardMatchesTorch() {
        BatchNorm layer = trainedThreeSteps();
        layer.eval();
        INDArray y = call("forward(xe) in eval mode", () -> layer.forward(nd(torch.matrix("xe"))), EVAL_MISTAKE);
        ArrayAssertions.assertClose("forward(xe) in eval mode", torch.matrix("ye"), matrix("forward", y, 3, 4), CLOSE,
                EVAL_MISTAKE);
        ArrayAssertions.assertClose("runningMean() after an eval-mode forward", torch.vector("runningMean3"),
                vector("runningMean()", layer.runningMean(), 4), CLOSE, EVAL_MISTAKE);
        ArrayAssertions.assertClose("runningVar() after an eval-mode forward", torch.vector("runningVar3"),
                vector("runningVar()", layer.runningVar(), 4), CLOSE, EVAL_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("eval-mode backward matches torch: dx = G ⊙ γ/√(running_var + ε)")
    void evalBackwardMatchesTorch() {
        BatchNorm layer = trainedThreeSteps();
        layer.eval();
        call("forward(xe) in eval mode", () -> layer.forward(nd(torch.matrix("xe"))), EVAL_MISTAKE);
        INDArray dx = call("backward(ge) in eval mode", () -> layer.backward(nd(torch.matrix("ge"))), EVAL_MISTAKE);
        ArrayAssertions.assertClose("dx = backward(ge) in eval mode", torch.matrix("dxe"), matrix("backward", dx, 3, 4),
                CLOSE, "in eval mode the statistics are constants: dX = G ⊙ γ/√(running_var + ε), without the"
                        + " batch-statistics terms of training mode");
    }

    @Test
    @Points(2)
    @DisplayName("in eval mode each row is normalised on its own: a single row gives the same output as inside a"
            + " batch")
    void evalModeTreatsRowsIndependently() {
        BatchNorm layer = trainedThreeSteps();
        layer.eval();
        double[][] xe = torch.matrix("xe");
        double[][] batch = matrix("forward", call("forward(xe)", () -> layer.forward(nd(xe)), EVAL_MISTAKE), 3, 4);
        for (int n = 0; n < xe.length; n++) {
            double[][] row = {xe[n]};
            double[][] single = matrix("forward", call("forward(one row)", () -> layer.forward(nd(row)), EVAL_MISTAKE),
                    1, 4);
            ArrayAssertions.assertClose("eval-mode forward of row " + n + " alone", batch[n], single[0], CLOSE,
                    EVAL_MISTAKE);
        }
    }

    // ---------------------------------------------------------------------- gradient checks

    @Test
    @Points(3)
    @DisplayName("dX passes a central-difference gradient check of L = Σ Y⊙G on a seeded 5×3 batch (relative"
            + " error < 1e-5)")
    void inputGradientPassesGradientCheck() {
        Problem p = Problem.seeded(31L);
        BatchNorm layer = p.layer();
        call("forward(x)", () -> layer.forward(nd(p.x)), FORWARD_MISTAKE);
        double[] dx = flatten(matrix("backward", call("backward(G)", () -> layer.backward(nd(p.g)), DX_MISTAKE), 5, 3));
        GradientCheck.assertGradient("dX = backward(G) for L = Σ Y⊙G",
                flat -> loss(p.layer(), unflatten(flat, 5, 3), p.g), flatten(p.x), dx, MAX_RELATIVE_ERROR, DX_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("dγ and dβ pass a central-difference gradient check of L = Σ Y⊙G on a seeded 5×3 batch")
    void parameterGradientsPassGradientCheck() {
        Problem p = Problem.seeded(32L);
        BatchNorm layer = p.layer();
        call("forward(x)", () -> layer.forward(nd(p.x)), FORWARD_MISTAKE);
        call("backward(G)", () -> layer.backward(nd(p.g)), DX_MISTAKE);
        GradientCheck.assertGradient("gammaGradient() for L = Σ Y⊙G",
                flat -> loss(new BatchNorm(nd(flat), nd(p.beta), 0.1, 1e-5), p.x, p.g), p.gamma.clone(),
                vector("gammaGradient()", layer.gammaGradient(), 3), MAX_RELATIVE_ERROR, PARAM_MISTAKE);
        GradientCheck.assertGradient("betaGradient() for L = Σ Y⊙G",
                flat -> loss(new BatchNorm(nd(p.gamma), nd(flat), 0.1, 1e-5), p.x, p.g), p.beta.clone(),
                vector("betaGradient()", layer.betaGradient(), 3), MAX_RELATIVE_ERROR, PARAM_MISTAKE);
    }

    // ---------------------------------------------------------------------------- invariants

    @Test
    @Points(2)
    @DisplayName("each training output column has mean β and standard deviation |γ|·√(σ²/(σ² + ε)), whatever the"
            + " scale and offset of the input")
    void outputColumnsAreStandardised() {
        double[][] x = torch.matrix("x3");
        double[] gamma = {1.5, -0.7, 2.0, 0.3};
        double[] beta = {0.1, -1.0, 0.5, 2.0};
        BatchNorm layer = new BatchNorm(nd(gamma), nd(beta), 0.1, 1e-5);
        double[][] y = matrix("forward", call("forward(x)", () -> layer.forward(nd(x)), FORWARD_MISTAKE), 8, 4);
        for (int d = 0; d < 4; d++) {
            double[] in = column(x, d);
            double[] out = column(y, d);
            double variance = biasedVariance(in);
            ArrayAssertions.assertClose("mean of output column " + d, beta[d], mean(out), CLOSE, FORWARD_MISTAKE);
            ArrayAssertions.assertClose("standard deviation (divisor N) of output column " + d,
                    Math.abs(gamma[d]) * Math.sqrt(variance / (variance + 1e-5)), Math.sqrt(biasedVariance(out)),
                    CLOSE, FORWARD_MISTAKE);
        }
    }

    @Test
    @Points(1)
    @DisplayName("a constant feature (σ² = 0) gives the finite output β thanks to ε, and the default layer starts"
            + " with γ = 1, β = 0, running mean 0 and running variance 1")
    void constantFeatureAndDefaults() {
        BatchNorm layer = new BatchNorm(2);
        ArrayAssertions.assertClose("gamma() of new BatchNorm(2)", new double[] {1, 1}, vector("gamma()", layer.gamma(), 2),
                Tolerance.absolute(0), "γ starts at 1 and β at 0");
        ArrayAssertions.assertClose("beta() of new BatchNorm(2)", new double[] {0, 0}, vector("beta()", layer.beta(), 2),
                Tolerance.absolute(0), "γ starts at 1 and β at 0");
        ArrayAssertions.assertClose("runningVar() of new BatchNorm(2)", new double[] {1, 1},
                vector("runningVar()", layer.runningVar(), 2), Tolerance.absolute(0),
                "the running variance starts at 1 and the running mean at 0, as in PyTorch");
        double[][] y = matrix("forward", call("forward(x)",
                () -> layer.forward(nd(new double[][] {{5, 1}, {5, 2}, {5, 3}})), FORWARD_MISTAKE), 3, 2);
        ArrayAssertions.assertClose("output column 0 of a constant feature", new double[] {0, 0, 0}, column(y, 0),
                CLOSE, "add ε to the variance BEFORE the square root: (x − μ)/√(0 + ε) = 0/√ε = 0, then + β");
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad parameters and bad batches with an IllegalArgumentException (including a 1-row batch"
            + " in training mode), and backward before forward with an IllegalStateException")
    void rejectsBadInput() {
        INDArray two = nd(new double[] {1, 1});
        assertThrows("new BatchNorm(0)", IllegalArgumentException.class, () -> new BatchNorm(0),
                "features must be at least 1");
        assertThrows("new BatchNorm(null, beta, 0.1, 1e-5)", IllegalArgumentException.class,
                () -> new BatchNorm(null, two, 0.1, 1e-5), "gamma must not be null");
        assertThrows("new BatchNorm(gamma of length 2, beta of length 3, 0.1, 1e-5)", IllegalArgumentException.class,
                () -> new BatchNorm(two, nd(new double[] {0, 0, 0}), 0.1, 1e-5), "gamma and beta have the same length");
        assertThrows("new BatchNorm(gamma, beta, 1.5, 1e-5)", IllegalArgumentException.class,
                () -> new BatchNorm(two, two, 1.5, 1e-5), "momentum must lie in [0, 1]");
        assertThrows("new BatchNorm(gamma, beta, 0.1, -1)", IllegalArgumentException.class,
                () -> new BatchNorm(two, two, 0.1, -1), "eps must be at least 0");
        assertThrows("new BatchNorm(gamma with a NaN, beta, 0.1, 1e-5)", IllegalArgumentException.class,
                () -> new BatchNorm(nd(new double[] {1, Double.NaN}), two, 0.1, 1e-5), "gamma must be finite");
        BatchNorm layer = new BatchNorm(2);
        assertThrows("backward before any forward", IllegalStateException.class,
                () -> layer.backward(nd(new double[][] {{1, 1}, {1, 1}})), "call forward first");
        assertThrows("forward(null)", IllegalArgumentException.class, () -> layer.forward(null), "x must not be null");
        assertThrows("forward(x with 3 columns) on 2 features", IllegalArgumentException.class,
                () -> layer.forward(nd(new double[][] {{1, 2, 3}, {4, 5, 6}})), "x must have one column per feature");
        assertThrows("forward(one row) in training mode", IllegalArgumentException.class,
                () -> layer.forward(nd(new double[][] {{1, 2}})), "training mode needs at least 2 rows");
        assertThrows("forward(x with an infinity)", IllegalArgumentException.class,
                () -> layer.forward(nd(new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 0}})), "x must be finite");
        call("forward(x)", () -> layer.forward(nd(new double[][] {{1, 2}, {3, 4}})), FORWARD_MISTAKE);
        assertThrows("backward(G of shape [3, 2]) after a forward of [2, 2]", IllegalArgumentException.class,
                () -> layer.backward(nd(new double[][] {{1, 1}, {1, 1}, {1, 1}})),
                "G must have the shape of the forward output");
    }

    // -------------------------------------------------------------------------------- helpers

    private static BatchNorm trainedThreeSteps() {
        BatchNorm layer = torchLayer();
        for (String x : new String[] {"x1", "x2", "x3"}) {
            call("forward(" + x + ")", () -> layer.forward(nd(torch.matrix(x))), FORWARD_MISTAKE);
        }
        return layer;
    }

    /** A seeded problem: X (5×3, features on different scales), G (5×3), γ, β (3). */
    private record Problem(double[][] x, double[][] g, double[] gamma, double[] beta) {
        static Problem seeded(long seed) {
            Random random = new Random(seed);
            double[][] x = new double[5][3];
            double[][] g = new double[5][3];
            double[] scale = {1, 4, 0.5};
            for (int n = 0; n < 5; n++) {
                for (int d = 0; d < 3; d++) {
                    x[n][d] = random.nextGaussian() * scale[d] + d;
                    g[n][d] = random.nextGaussian();
                }
            }
            double[] gamma = {0.5 + random.nextDouble(), -1 - random.nextDouble(), 1 + random.nextDouble()};
            double[] beta = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            return new Problem(x, g, gamma, beta);
        }

        BatchNorm layer() {
            return new BatchNorm(nd(gamma), nd(beta), 0.1, 1e-5);
        }
    }

    /** L = Σ Y⊙G for a fresh training-mode forward. */
    private static double loss(BatchNorm layer, double[][] x, double[][] g) {
        double[][] y = matrix("forward", call("forward(x)", () -> layer.forward(nd(x)), FORWARD_MISTAKE),
                x.length, x[0].length);
        double sum = 0;
        for (int n = 0; n < y.length; n++) {
            for (int d = 0; d < y[n].length; d++) {
                sum += y[n][d] * g[n][d];
            }
        }
        return sum;
    }

    private static <T> T call(String what, Supplier<T> action, String likelyMistake) {
        try {
            return action.get();
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            throw Failure.of(what + " threw " + e.getClass().getSimpleName())
                    .line("message", String.valueOf(e.getMessage()))
                    .likelyMistake(likelyMistake).error();
        }
    }

    private static double[][] matrix(String what, INDArray array, int rows, int columns) {
        if (array == null || array.rank() != 2 || array.rows() != rows || array.columns() != columns) {
            throw Failure.of(what + " has the wrong shape")
                    .expected("[" + rows + ", " + columns + "]")
                    .actual(array == null ? "null" : Arrays.toString(array.shape()))
                    .likelyMistake("forward and backward keep the N×D shape of the batch").error();
        }
        return array.toDoubleMatrix();
    }

    private static double[] vector(String what, INDArray array, int length) {
        if (array == null || array.length() != length || (array.rank() == 2 && array.rows() != 1) || array.rank() > 2) {
            throw Failure.of(what + " has the wrong shape")
                    .expected("[" + length + "] or [1, " + length + "]")
                    .actual(array == null ? "null" : Arrays.toString(array.shape()))
                    .likelyMistake("one value per feature, as a 1×D row").error();
        }
        return array.toDoubleVector();
    }

    private static void assertThrows(String call, Class<? extends RuntimeException> type, Runnable action,
                                     String rule) {
        Throwable thrown;
        try {
            action.run();
            thrown = null;
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            thrown = e;
        }
        if (!type.isInstance(thrown) || thrown.getMessage() == null || thrown.getMessage().isBlank()) {
            throw Failure.of(call + " was not rejected with an " + type.getSimpleName())
                    .expected(type.getSimpleName() + ": " + rule)
                    .actual(thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage())
                    .likelyMistake("validate arguments where they enter, with new " + type.getSimpleName()
                            + "(\"<the rule>, was <the bad value>\")").error();
        }
    }

    private static double[] column(double[][] values, int d) {
        return Arrays.stream(values).mapToDouble(row -> row[d]).toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double biasedVariance(double[] values) {
        double m = mean(values);
        return Arrays.stream(values).map(v -> (v - m) * (v - m)).average().orElse(Double.NaN);
    }

    private static INDArray nd(double[][] values) {
        return Nd4j.createFromArray(values);
    }

    private static INDArray nd(double[] values) {
        return Nd4j.createFromArray(values);
    }

    private static double[] flatten(double[][] values) {
        return Arrays.stream(values).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[][] unflatten(double[] flat, int rows, int columns) {
        double[][] values = new double[rows][];
        for (int i = 0; i < rows; i++) {
            values[i] = Arrays.copyOfRange(flat, i * columns, (i + 1) * columns);
        }
        return values;
    }
}
