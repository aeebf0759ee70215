package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.GradientCheck;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link Losses}.
 *
 * <p>Oracles: PyTorch 1.13 float64 {@code F.mse_loss}, {@code F.cross_entropy} and
 * {@code F.binary_cross_entropy_with_logits} (reduction "mean") with autograd gradients
 * ({@code losses-torch.json}, from {@code fixtures/nn_activations_losses.py}); central finite
 * differences of each loss ({@link GradientCheck}); the closed form ln C for nearly uniform
 * softmax outputs; and the batch-mean invariant (the same rows twice give the same loss).
 */
@Challenge("p3.nn.losses")
class LossesGradingTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);
    private static final Tolerance RELATIVE = Tolerance.relative(1e-12);
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    private static final String MEAN_NOT_SUM =
            "the losses are MEANS (PyTorch's reduction='mean'): divide the summed loss by N (cross-entropy) or N·K"
                    + " (MSE, BCE), and the gradient by the same count; a sum grows with the batch size";
    private static final String CE_STABLE =
            "use log-sum-exp with the row maximum m taken out: log Σ e^z = m + log Σ e^(z − m); e^1000 overflows";
    private static final String BCE_STABLE =
            "use max(z, 0) − z·y + log(1 + e^(−|z|)): log(σ(z)) is −Infinity for z = −800 and e^800 overflows";

    private static Fixture torch;

    @BeforeAll
    static void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        torch = Fixture.load(LossesGradingTest.class, "losses-torch.json");
    }

    // ------------------------------------------------------------------------------ torch oracle

    @Test
    @Points(3)
    @DisplayName("MSE and its gradient 2(P − T)/(N·K) match torch's F.mse_loss (mean over all 5×3 entries)")
    void mseMatchesTorch() {
        INDArray p = nd(torch.matrix("msePred"));
        INDArray t = nd(torch.matrix("mseTarget"));
        ArrayAssertions.assertClose("mse(P, T)", torch.number("mse"), Losses.mse(p, t), RELATIVE,
                "MSE is the mean of (P − T)² over ALL N·K entries (not over the rows only, not a sum)");
        ArrayAssertions.assertClose("mseGradient(P, T)", torch.matrix("mseGrad"),
                matrix("mseGradient", Losses.mseGradient(p, t)), CLOSE,
                "the derivative of (p − t)² is 2(p − t); divide by the N·K entries the mean runs over");
    }

    @Test
    @Points(4)
    @DisplayName("softmax cross-entropy and its gradient (softmax − onehot)/N match torch's F.cross_entropy, with a"
            + " row of logits near 1000")
    void crossEntropyMatchesTorch() {
        INDArray z = nd(torch.matrix("ceLogits"));
        int[] labels = labels();
        ArrayAssertions.assertClose("softmaxCrossEntropy(Z, y)", torch.number("ce"),
                Losses.softmaxCrossEntropy(z, labels), RELATIVE,
                "cross-entropy is the MEAN over the N rows (not the sum) of log Σ_c e^Z[n][c] − Z[n][y[n]]; "
                        + CE_STABLE);
        ArrayAssertions.assertClose("softmaxCrossEntropyGradient(Z, y)", torch.matrix("ceGrad"),
                matrix("softmaxCrossEntropyGradient", Losses.softmaxCrossEntropyGradient(z, labels)), CLOSE,
                "the fused gradient is (softmax(Z) − onehot(y))/N: subtract 1 at each row's label only, divide by N");
    }

    @Test
    @Points(4)
    @DisplayName("binary cross-entropy with logits and its gradient (σ(Z) − Y)/(N·K) match torch, with logits ±800")
    void binaryCrossEntropyMatchesTorch() {
        INDArray z = nd(torch.matrix("bceLogits"));
        INDArray y = nd(torch.matrix("bceTargets"));
        ArrayAssertions.assertClose("binaryCrossEntropyWithLogits(Z, Y)", torch.number("bce"),
                Losses.binaryCrossEntropyWithLogits(z, y), RELATIVE, BCE_STABLE);
        ArrayAssertions.assertClose("binaryCrossEntropyWithLogitsGradient(Z, Y)", torch.matrix("bceGrad"),
                matrix("binaryCrossEntropyWithLogitsGradient", Losses.binaryCrossEntropyWithLogitsGradient(z, y)),
                CLOSE, "the gradient is (σ(z) − y)/(N·K) with a sigmoid that does not overflow at ±800");
    }

    // -------------------------------------------------------------------------- mean, not sum

    @Test
    @Points(4)
    @DisplayName("every loss is a mean over the batch: repeating the batch twice keeps the loss and halves the"
            + " gradient of each row")
    void lossesAreMeansOverTheBatch() {
        double[][] p = torch.matrix("msePred");
        double[][] t = torch.matrix("mseTarget");
        checkMean("mse", Losses.mse(nd(p), nd(t)), Losses.mse(nd(twice(p)), nd(twice(t))),
                Losses.mseGradient(nd(p), nd(t)), Losses.mseGradient(nd(twice(p)), nd(twice(t))));
        double[][] z = torch.matrix("ceLogits");
        int[] labels = labels();
        int[] labelsTwice = new int[labels.length * 2];
        for (int i = 0; i < labelsTwice.length; i++) {
            labelsTwice[i] = labels[i % labels.length];
        }
        checkMean("softmaxCrossEntropy", Losses.softmaxCrossEntropy(nd(z), labels),
                Losses.softmaxCrossEntropy(nd(twice(z)), labelsTwice),
                Losses.softmaxCrossEntropyGradient(nd(z), labels),
                Losses.softmaxCrossEntropyGradient(nd(twice(z)), labelsTwice));
        double[][] bz = torch.matrix("bceLogits");
        double[][] by = torch.matrix("bceTargets");
        checkMean("binaryCrossEntropyWithLogits", Losses.binaryCrossEntropyWithLogits(nd(bz), nd(by)),
                Losses.binaryCrossEntropyWithLogits(nd(twice(bz)), nd(twice(by))),
                Losses.binaryCrossEntropyWithLogitsGradient(nd(bz), nd(by)),
                Losses.binaryCrossEntropyWithLogitsGradient(nd(twice(bz)), nd(twice(by))));
    }

    @Test
    @Points(3)
    @DisplayName("the initial cross-entropy of 64 rows of small random logits (sd 0.01) over 10 classes is ln 10 ± 0.01")
    void initialLossIsLogOfClassCount() {
        Random random = new Random(Seeds.of(2024L));
        int n = 64;
        int classes = 10;
        double[][] z = new double[n][classes];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < classes; c++) {
                z[i][c] = 0.01 * random.nextGaussian();
            }
            labels[i] = random.nextInt(classes);
        }
        ArrayAssertions.assertClose("softmaxCrossEntropy of near-zero logits, 10 classes", Math.log(classes),
                Losses.softmaxCrossEntropy(nd(z), labels), Tolerance.absolute(0.01),
                "with a nearly uniform softmax each row's loss is −log(1/C) = ln C; a value near 64·ln 10 = 147 is a"
                        + " sum over the batch, not a mean");
    }

    // ---------------------------------------------------------------------- finite differences

    @Test
    @Points(3)
    @DisplayName("every gradient agrees with central differences of its loss on a seeded 3×4 batch")
    void gradientsAgreeWithFiniteDifferences() {
        Random random = new Random(5L);
        double[][] p = gaussian(random, 3, 4);
        double[][] t = gaussian(random, 3, 4);
        int[] labels = {2, 0, 3};
        double[][] y = new double[3][4];
        for (double[] row : y) {
            for (int k = 0; k < 4; k++) {
                row[k] = random.nextDouble();
            }
        }
        check("mseGradient", v -> Losses.mse(nd(unflatten(v, 3, 4)), nd(t)), p,
                () -> Losses.mseGradient(nd(p), nd(t)), "the derivative of the mean of (p − t)² is 2(p − t)/(N·K)");
        check("softmaxCrossEntropyGradient", v -> Losses.softmaxCrossEntropy(nd(unflatten(v, 3, 4)), labels), p,
                () -> Losses.softmaxCrossEntropyGradient(nd(p), labels), "(softmax(Z) − onehot(y))/N");
        check("binaryCrossEntropyWithLogitsGradient",
                v -> Losses.binaryCrossEntropyWithLogits(nd(unflatten(v, 3, 4)), nd(y)), p,
                () -> Losses.binaryCrossEntropyWithLogitsGradient(nd(p), nd(y)), "(σ(Z) − Y)/(N·K)");
    }

    @Test
    @Points(2)
    @DisplayName("closed forms: CE of [[0, ln 3]] with label 1 is −ln 0.75, BCE of [[0, 800]] vs [[1, 0]] is"
            + " (ln 2 + 800)/2, MSE of [[1, 2]] vs [[0, 4]] is 2.5")
    void closedForms() {
        ArrayAssertions.assertClose("softmaxCrossEntropy([[0, ln 3]], [1])", -Math.log(0.75),
                Losses.softmaxCrossEntropy(nd(new double[][] {{0, Math.log(3)}}), new int[] {1}), CLOSE,
                "the loss of a row is −log softmax(z)[label]");
        ArrayAssertions.assertClose("binaryCrossEntropyWithLogits([[0, 800]], [[1, 0]])", (Math.log(2) + 800) / 2,
                Losses.binaryCrossEntropyWithLogits(nd(new double[][] {{0, 800}}), nd(new double[][] {{1, 0}})),
                Tolerance.relative(1e-12), BCE_STABLE);
        ArrayAssertions.assertClose("mse([[1, 2]], [[0, 4]])", 2.5,
                Losses.mse(nd(new double[][] {{1, 2}}), nd(new double[][] {{0, 4}})), CLOSE, MEAN_NOT_SUM);
    }

    @Test
    @Points(2)
    @DisplayName("no loss or gradient modifies its arguments")
    void argumentsAreNotModified() {
        double[][] z = torch.matrix("bceLogits");
        double[][] y = torch.matrix("bceTargets");
        INDArray zs = nd(z);
        INDArray ys = nd(y);
        Losses.mse(zs, ys);
        Losses.mseGradient(zs, ys);
        Losses.binaryCrossEntropyWithLogits(zs, ys);
        Losses.binaryCrossEntropyWithLogitsGradient(zs, ys);
        Losses.softmaxCrossEntropy(zs, new int[] {0, 1, 2, 0});
        Losses.softmaxCrossEntropyGradient(zs, new int[] {0, 1, 2, 0});
        String mistake = "an in-place operation (subi, muli, putScalar, Transforms.x(a, false)) on an argument"
                + " changes the caller's array: work on a copy";
        ArrayAssertions.assertClose("logits after every call", z, zs.toDoubleMatrix(), Tolerance.absolute(0), mistake);
        ArrayAssertions.assertClose("targets after every call", y, ys.toDoubleMatrix(), Tolerance.absolute(0), mistake);
    }

    // ------------------------------------------------------------------------------ validation

    @Test
    @Points(2)
    @DisplayName("cross-entropy rejects a label outside [0, C) and a label count that differs from the row count")
    void crossEntropyRejectsBadLabels() {
        INDArray z = nd(new double[][] {{1, 2, 3}, {0, 0, 0}});
        assertRejected("softmaxCrossEntropy(2×3, [0, 3])", () -> Losses.softmaxCrossEntropy(z, new int[] {0, 3}), "3");
        assertRejected("softmaxCrossEntropyGradient(2×3, [-1, 0])",
                () -> Losses.softmaxCrossEntropyGradient(z, new int[] {-1, 0}), "-1");
        assertRejected("softmaxCrossEntropy(2×3, [0])", () -> Losses.softmaxCrossEntropy(z, new int[] {0}), "2");
        assertRejected("softmaxCrossEntropy(2×3, null)", () -> Losses.softmaxCrossEntropy(z, null), "null");
    }

    @Test
    @Points(2)
    @DisplayName("MSE and BCE reject null, NaN, mismatched shapes and BCE targets outside [0, 1]")
    void rejectsInvalidInput() {
        INDArray a = nd(new double[][] {{1, 2}});
        assertRejected("mse(1×2, 2×1)", () -> Losses.mse(a, nd(new double[][] {{1}, {2}})), "[2, 1]");
        assertRejected("mseGradient(null, 1×2)", () -> Losses.mseGradient(null, a), "null");
        assertRejected("mse([[1, NaN]], 1×2)", () -> Losses.mse(nd(new double[][] {{1, Double.NaN}}), a), "NaN");
        assertRejected("binaryCrossEntropyWithLogits(1×2, [[0.5, 2]])",
                () -> Losses.binaryCrossEntropyWithLogits(a, nd(new double[][] {{0.5, 2}})), "2.0");
    }

    // ------------------------------------------------------------------------------ helpers

    private static int[] labels() {
        return Arrays.stream(torch.vector("ceLabels")).mapToInt(v -> (int) v).toArray();
    }

    private static void checkMean(String loss, double once, double doubled, INDArray gradOnce, INDArray gradDoubled) {
        ArrayAssertions.assertClose(loss + " of the batch repeated twice (vs the batch once)", once, doubled,
                Tolerance.relative(1e-12), MEAN_NOT_SUM);
        double[][] g = matrix(loss + " gradient", gradOnce);
        double[][] g2 = matrix(loss + " gradient of the repeated batch", gradDoubled);
        double[][] half = new double[g.length * 2][];
        for (int i = 0; i < half.length; i++) {
            half[i] = Arrays.stream(g[i % g.length]).map(v -> v / 2).toArray();
        }
        ArrayAssertions.assertClose(loss + " gradient of the repeated batch (each row half the original's)", half, g2,
                Tolerance.absolute(1e-14), MEAN_NOT_SUM);
    }

    private static void check(String what, ToDoubleFunction<double[]> loss, double[][] at,
                              Supplier<INDArray> gradient, String likelyMistake) {
        GradientCheck.assertGradient(what, loss, flatten(at), flatten(matrix(what, gradient.get())),
                MAX_RELATIVE_ERROR, likelyMistake);
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
                            + " and the bad value (null, NaN, the shapes, the bad label)")
                    .error();
        }
    }

    private static double[][] matrix(String what, INDArray array) {
        if (array == null) {
            throw Failure.of(what + " was null").likelyMistake("return a new N×K array").error();
        }
        if (array.rank() != 2) {
            throw Failure.of(what + " is not a matrix").expected("a rank-2 array")
                    .actual("shape " + Arrays.toString(array.shape()))
                    .likelyMistake("a gradient has the shape of the array it differentiates").error();
        }
        return array.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    private static INDArray nd(double[][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.DOUBLE);
    }

    private static double[][] twice(double[][] rows) {
        double[][] out = new double[rows.length * 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[i % rows.length].clone();
        }
        return out;
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
