package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.GradientCheck;
import io.mlpath.grader.assertions.StatisticalAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link DenseLayer}.
 *
 * <p>Oracles: hand-computed closed forms on a 2×3 batch; Apache Commons Math matrix products
 * ({@code Y = XW + 1b}, {@code dX = G·Wᵀ}, {@code dW = Xᵀ·G}, {@code db = 1ᵀ·G}) on seeded random
 * matrices; central finite differences ({@link GradientCheck}) of the scalar loss
 * {@code L = Σ Y⊙G}, whose gradient with respect to {@code Y} is exactly {@code G}; and
 * invariants (row-by-row = batched, repeating the batch doubles the parameter gradients).
 */
@Challenge("p3.nn.dense-layer")
class DenseLayerGradingTest {

    /** Products of O(1) numbers summed over at most 6 terms: rounding stays near 1e-15. */
    private static final Tolerance CLOSE = Tolerance.absolute(1e-10);
    private static final double MAX_RELATIVE_ERROR = 1e-7;

    private static final String FORWARD_MISTAKE =
            "is the output X·W (N×D times D×M) with the bias b added to every row (addRowVector), not to the"
                    + " first row only or not at all?";
    private static final String DX_MISTAKE =
            "dX is G·Wᵀ: (N×M) times (M×D); multiplying by W instead of Wᵀ only fits the shapes of a square"
                    + " layer, and then gives wrong values";
    private static final String DW_MISTAKE =
            "dW is Xᵀ·G: (D×N) times (N×M), dW[d][m] = Σ_n X[n][d]·G[n][m]; Gᵀ·X (or G·Xᵀ) is the"
                    + " transposed product, which fits the shapes only of a square layer";
    private static final String DB_MISTAKE =
            "db is the SUM over the batch of the rows of G (column sums, G.sum(0)): every row used the same"
                    + " bias; taking one row, or the mean over the rows, is wrong";
    private static final String BACKWARD_SHAPE_MISTAKE =
            "dX = G·Wᵀ is (N×M)(M×D) and dW = Xᵀ·G is (D×N)(N×M): a shape error in backward usually"
                    + " means a missing or misplaced transpose";

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    // ----------------------------------------------------------------------------- closed forms

    @Test
    @Points(2)
    @DisplayName("forward of a hand-computed 2×3 batch through a 3→2 layer is X·W + b = [[2, 2], [-1, 2]]")
    void forwardMatchesHandComputedValues() {
        DenseLayer layer = handLayer();

        INDArray y = layer.forward(nd(HAND_X));

        // row 0: [2·1 + 0·(−1) + (−1)·0.5, 2·2 + 0·0 + (−1)·1] + [0.5, −1] = [1.5, 3] + [0.5, −1] = [2, 2]
        // row 1: [1·1 + 3·(−1) + 1·0.5,   1·2 + 3·0 + 1·1]   + [0.5, −1] = [−1.5, 3] + [0.5, −1] = [−1, 2]
        ArrayAssertions.assertClose("forward([[2, 0, -1], [1, 3, 1]])", new double[][] {{2, 2}, {-1, 2}},
                matrix("forward output", y, FORWARD_MISTAKE), CLOSE, FORWARD_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("backward on a hand-computed example gives dX = [[5,-1,2.5],[1,-3,0.5]], dW = [[5,3],[9,-3],[2,-3]]"
            + " and db = [4, 1]")
    void backwardMatchesHandComputedValues() {
        DenseLayer layer = handLayer();
        layer.forward(nd(HAND_X));

        INDArray dx = backward(layer, nd(new double[][] {{1, 2}, {3, -1}}));

        // G = [[1, 2], [3, −1]], Wᵀ = [[1, −1, 0.5], [2, 0, 1]]
        // dX row 0 = 1·[1, −1, 0.5] + 2·[2, 0, 1]  = [5, −1, 2.5]
        // dX row 1 = 3·[1, −1, 0.5] − 1·[2, 0, 1]  = [1, −3, 0.5]
        ArrayAssertions.assertClose("dX = backward(G)", new double[][] {{5, -1, 2.5}, {1, -3, 0.5}},
                matrix("dX", dx, DX_MISTAKE), CLOSE, DX_MISTAKE);
        // dW[d] = Σ_n X[n][d]·G[n]: d=0: 2·[1, 2] + 1·[3, −1] = [5, 3]; d=1: 0·[1, 2] + 3·[3, −1] = [9, −3];
        //                            d=2: −1·[1, 2] + 1·[3, −1] = [2, −3]
        ArrayAssertions.assertClose("weightGradient()", new double[][] {{5, 3}, {9, -3}, {2, -3}},
                matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE), CLOSE, DW_MISTAKE);
        // db = [1 + 3, 2 − 1] = [4, 1] (one row alone would be [1, 2], the mean [2, 0.5])
        ArrayAssertions.assertClose("biasGradient()", new double[] {4, 1},
                vector("biasGradient()", layer.biasGradient(), 2, DB_MISTAKE), CLOSE, DB_MISTAKE);
    }

    // -------------------------------------------------------------------- Commons Math oracle

    @Test
    @Points(3)
    @DisplayName("agrees with Commons Math on a seeded 5×4 batch through a 4→3 layer: Y = XW + 1b, dX = G·Wᵀ,"
            + " dW = Xᵀ·G, db = 1ᵀ·G")
    void matchesCommonsMathOnRandomMatrices() {
        Random random = new Random(20240501L);
        double[][] x = gaussian(random, 5, 4);
        double[][] w = gaussian(random, 4, 3);
        double[] b = gaussian(random, 1, 3)[0];
        double[][] g = gaussian(random, 5, 3);
        RealMatrix xm = new Array2DRowRealMatrix(x);
        RealMatrix wm = new Array2DRowRealMatrix(w);
        RealMatrix bm = new Array2DRowRealMatrix(new double[][] {b});
        RealMatrix gm = new Array2DRowRealMatrix(g);
        RealMatrix onesColumn = new Array2DRowRealMatrix(constant(5, 1, 1.0));

        DenseLayer layer = new DenseLayer(nd(w), nd(b));
        INDArray y = layer.forward(nd(x));
        INDArray dx = backward(layer, nd(g));

        ArrayAssertions.assertClose("forward output Y", xm.multiply(wm).add(onesColumn.multiply(bm)).getData(),
                matrix("forward output", y, FORWARD_MISTAKE), CLOSE, FORWARD_MISTAKE);
        ArrayAssertions.assertClose("dX = backward(G)", gm.multiply(wm.transpose()).getData(),
                matrix("dX", dx, DX_MISTAKE), CLOSE, DX_MISTAKE);
        ArrayAssertions.assertClose("weightGradient()", xm.transpose().multiply(gm).getData(),
                matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE), CLOSE, DW_MISTAKE);
        ArrayAssertions.assertClose("biasGradient()", onesColumn.transpose().multiply(gm).getRow(0),
                vector("biasGradient()", layer.biasGradient(), 3, DB_MISTAKE), CLOSE, DB_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("in a square 3→3 layer fed 3 rows, where every shape fits, dX is G·Wᵀ (not G·W) and dW is Xᵀ·G"
            + " (not its transpose)")
    void squareLayerIsTellingTransposesApartByValue() {
        Random random = new Random(33L);
        double[][] x = gaussian(random, 3, 3);
        double[][] w = gaussian(random, 3, 3);
        double[] b = gaussian(random, 1, 3)[0];
        double[][] g = gaussian(random, 3, 3);
        RealMatrix xm = new Array2DRowRealMatrix(x);
        RealMatrix wm = new Array2DRowRealMatrix(w);
        RealMatrix gm = new Array2DRowRealMatrix(g);

        DenseLayer layer = new DenseLayer(nd(w), nd(b));
        layer.forward(nd(x));
        INDArray dx = backward(layer, nd(g));

        ArrayAssertions.assertClose("dX = backward(G) of a square layer", gm.multiply(wm.transpose()).getData(),
                matrix("dX", dx, DX_MISTAKE), CLOSE, DX_MISTAKE);
        ArrayAssertions.assertClose("weightGradient() of a square layer", xm.transpose().multiply(gm).getData(),
                matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE), CLOSE, DW_MISTAKE);
    }

    // ------------------------------------------------------------------------ gradient checks

    @Test
    @Points(3)
    @DisplayName("dX passes a central-difference gradient check of L = Σ Y⊙G on a 5×4 batch through a 4→3 layer"
            + " (relative error < 1e-7)")
    void inputGradientPassesGradientCheck() {
        Problem p = Problem.seeded(7L, 5, 4, 3);
        DenseLayer layer = new DenseLayer(nd(p.w), nd(p.b));
        layer.forward(nd(p.x));
        double[][] dx = matrix("dX", backward(layer, nd(p.g)), DX_MISTAKE);

        GradientCheck.assertGradient("dX = backward(G) for L = Σ Y⊙G",
                flat -> loss(new DenseLayer(nd(p.w), nd(p.b)).forward(nd(unflatten(flat, 5, 4))), p.g),
                flatten(p.x), flatten(dx), MAX_RELATIVE_ERROR, DX_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("dW passes a central-difference gradient check of L = Σ Y⊙G on a 5×4 batch through a 4→3 layer"
            + " (relative error < 1e-7)")
    void weightGradientPassesGradientCheck() {
        Problem p = Problem.seeded(8L, 5, 4, 3);
        DenseLayer layer = new DenseLayer(nd(p.w), nd(p.b));
        layer.forward(nd(p.x));
        backward(layer, nd(p.g));
        double[][] dw = matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE);

        GradientCheck.assertGradient("weightGradient() for L = Σ Y⊙G",
                flat -> loss(new DenseLayer(nd(unflatten(flat, 4, 3)), nd(p.b)).forward(nd(p.x)), p.g),
                flatten(p.w), flatten(dw), MAX_RELATIVE_ERROR, DW_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("db passes a central-difference gradient check of L = Σ Y⊙G on a 5×4 batch through a 4→3 layer"
            + " (relative error < 1e-7)")
    void biasGradientPassesGradientCheck() {
        Problem p = Problem.seeded(9L, 5, 4, 3);
        DenseLayer layer = new DenseLayer(nd(p.w), nd(p.b));
        layer.forward(nd(p.x));
        backward(layer, nd(p.g));
        double[] db = vector("biasGradient()", layer.biasGradient(), 3, DB_MISTAKE);

        GradientCheck.assertGradient("biasGradient() for L = Σ Y⊙G",
                flat -> loss(new DenseLayer(nd(p.w), nd(flat)).forward(nd(p.x)), p.g),
                p.b.clone(), db, MAX_RELATIVE_ERROR, DB_MISTAKE);
    }

    // ----------------------------------------------------------------------------- invariants

    @Test
    @Points(3)
    @DisplayName("sums over the batch, not averages: feeding the same batch twice over doubles dW and db and"
            + " repeats dX")
    void parameterGradientsScaleWithTheBatch() {
        Problem p = Problem.seeded(12L, 4, 3, 2);
        DenseLayer once = new DenseLayer(nd(p.w), nd(p.b));
        once.forward(nd(p.x));
        double[][] dxOnce = matrix("dX", backward(once, nd(p.g)), DX_MISTAKE);
        double[][] dwOnce = matrix("weightGradient()", once.weightGradient(), DW_MISTAKE);
        double[] dbOnce = vector("biasGradient()", once.biasGradient(), 2, DB_MISTAKE);

        DenseLayer twice = new DenseLayer(nd(p.w), nd(p.b));
        twice.forward(nd(stack(p.x, p.x)));
        double[][] dxTwice = matrix("dX", backward(twice, nd(stack(p.g, p.g))), DX_MISTAKE);

        ArrayAssertions.assertClose("biasGradient() for the batch repeated twice (expected: 2 × the single batch's)",
                scale(dbOnce, 2), vector("biasGradient()", twice.biasGradient(), 2, DB_MISTAKE), CLOSE, DB_MISTAKE);
        ArrayAssertions.assertClose("weightGradient() for the batch repeated twice (expected: 2 × the single batch's)",
                scale(dwOnce, 2), matrix("weightGradient()", twice.weightGradient(), DW_MISTAKE), CLOSE,
                "dW = Xᵀ·G sums over the rows of the batch; is it divided by N?");
        ArrayAssertions.assertClose("dX for the batch repeated twice (each row is its own example)",
                stack(dxOnce, dxOnce), dxTwice, CLOSE,
                "dX is G·Wᵀ row by row: row n of dX depends only on row n of G, with no division by N");
    }

    @Test
    @Points(2)
    @DisplayName("a batch of N rows gives the same output as N separate one-row forward calls")
    void batchedForwardEqualsRowByRow() {
        Problem p = Problem.seeded(21L, 6, 4, 3);
        DenseLayer layer = new DenseLayer(nd(p.w), nd(p.b));
        double[][] batched = matrix("forward output", layer.forward(nd(p.x)), FORWARD_MISTAKE);

        for (int n = 0; n < p.x.length; n++) {
            double[][] single = matrix("forward output", layer.forward(nd(new double[][] {p.x[n]})), FORWARD_MISTAKE);
            ArrayAssertions.assertClose("row " + n + " of the batched forward output (expected: forward of that row"
                    + " alone, as a 1×4 matrix)", single[0], batched[n], CLOSE, FORWARD_MISTAKE);
        }
    }

    @Test
    @Points(2)
    @DisplayName("forward and backward leave their arguments unchanged")
    void doesNotModifyItsArguments() {
        Problem p = Problem.seeded(5L, 3, 4, 2);
        INDArray w = nd(p.w);
        INDArray b = nd(p.b);
        INDArray x = nd(p.x);
        INDArray g = nd(p.g);
        DenseLayer layer = new DenseLayer(w, b);

        layer.forward(x);
        ArrayAssertions.assertClose("x after forward(x)", p.x, x.toDoubleMatrix(), Tolerance.absolute(0),
                "forward must not write into x: compute X·W into a new array (mmul, addRowVector), not with"
                        + " in-place ops (addi, muli, ...) on x");
        backward(layer, g);
        ArrayAssertions.assertClose("G after backward(G)", p.g, g.toDoubleMatrix(), Tolerance.absolute(0),
                "backward must not write into G: use mmul/sum, not in-place ops (addi, muli, ...) on G");
        ArrayAssertions.assertClose("the weights passed to the constructor, after forward and backward", p.w,
                w.toDoubleMatrix(), Tolerance.absolute(0), "forward and backward must not change the weights");
    }

    @Test
    @Points(1)
    @DisplayName("keeps its own copies: changing the constructor's arrays or forward's input afterwards changes"
            + " nothing")
    void keepsItsOwnCopies() {
        Problem p = Problem.seeded(6L, 3, 4, 2);
        INDArray w = nd(p.w);
        INDArray b = nd(p.b);
        DenseLayer layer = new DenseLayer(w, b);
        w.addi(100.0);
        b.addi(100.0);
        ArrayAssertions.assertClose("weights() after the caller changed the array it passed in", p.w,
                matrix("weights()", layer.weights(), null), Tolerance.absolute(0),
                "the constructor should keep a copy of the weights (dup()), not the caller's array");
        ArrayAssertions.assertClose("bias() after the caller changed the array it passed in", p.b,
                vector("bias()", layer.bias(), 2, null), Tolerance.absolute(0),
                "the constructor should keep a copy of the bias (dup()), not the caller's array");

        INDArray x = nd(p.x);
        layer.forward(x);
        x.muli(-3.0);
        backward(layer, nd(p.g));
        RealMatrix expected = new Array2DRowRealMatrix(p.x).transpose().multiply(new Array2DRowRealMatrix(p.g));
        ArrayAssertions.assertClose("weightGradient() after the caller changed x between forward and backward",
                expected.getData(), matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE), CLOSE,
                "forward should cache a copy of x (x.dup()): the caller may reuse its array before backward");
    }

    @Test
    @Points(2)
    @DisplayName("backward differentiates at the latest forward's input and replaces the stored gradients (a"
            + " second identical call gives the same dW and db, not twice them)")
    void backwardUsesTheLatestInputAndDoesNotAccumulate() {
        Problem p = Problem.seeded(14L, 4, 3, 2);
        double[][] latest = gaussian(new Random(15L), 4, 3);
        DenseLayer layer = new DenseLayer(nd(p.w), nd(p.b));
        layer.forward(nd(p.x));
        layer.forward(nd(latest));

        backward(layer, nd(p.g));
        RealMatrix expected = new Array2DRowRealMatrix(latest).transpose().multiply(new Array2DRowRealMatrix(p.g));
        ArrayAssertions.assertClose("weightGradient() after forward(X1), forward(X2), backward(G)",
                expected.getData(), matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE), CLOSE,
                "dW = X2ᵀ·G: backward must use the input of the latest forward call");

        backward(layer, nd(p.g));
        ArrayAssertions.assertClose("weightGradient() after a second identical backward(G)", expected.getData(),
                matrix("weightGradient()", layer.weightGradient(), DW_MISTAKE), CLOSE,
                "each backward call replaces dW (=), it does not add to the previous one (+=)");
        ArrayAssertions.assertClose("biasGradient() after a second identical backward(G)", columnSums(p.g),
                vector("biasGradient()", layer.biasGradient(), 2, DB_MISTAKE), CLOSE,
                "each backward call replaces db (=), it does not add to the previous one (+=)");
    }

    // ------------------------------------------------------------------------- initialisation

    @Test
    @Points(3)
    @DisplayName("new DenseLayer(60, 40, seed) draws Xavier-uniform weights U(-a, a), a = √(6/100), with a zero"
            + " bias, and the same seed gives the same weights")
    void seededConstructorDrawsXavierUniformWeights() {
        DenseLayer layer = new DenseLayer(60, 40, 2024L);
        double limit = Math.sqrt(6.0 / (60 + 40));

        double[][] w = matrix("weights()", layer.weights(), null);
        if (w.length != 60 || w[0].length != 40) {
            throw Failure.of("weights() of new DenseLayer(60, 40, seed) has the wrong shape")
                    .expected("[60, 40] (inputs × outputs)").actual(Arrays.toString(layer.weights().shape()))
                    .likelyMistake("the weights are inputs × outputs, so that Y = X·W maps N×60 to N×40").error();
        }
        ArrayAssertions.assertClose("bias() of a new layer", new double[40], vector("bias()", layer.bias(), 40, null),
                Tolerance.absolute(0), "the bias starts at zero");
        double[] flat = flatten(w);
        for (int i = 0; i < flat.length; i++) {
            if (!(Math.abs(flat[i]) <= limit)) {
                throw Failure.of("weight [" + i / 40 + "][" + i % 40 + "] is outside (-a, a)")
                        .expected("|w| <= a = √(6 / (60 + 40)) = " + limit).actual(flat[i])
                        .likelyMistake("Xavier uniform scales U(-1, 1) by a = √(6 / (inputs + outputs))").error();
            }
        }
        StatisticalAssertions.assertFollowsDistribution("weights of new DenseLayer(60, 40, seed)", flat,
                v -> Math.min(1, Math.max(0, (v + limit) / (2 * limit))), 1e-3,
                "weights should be uniform on (-a, a) with a = √(6 / (inputs + outputs)): not normal, not He"
                        + " (√(6 / inputs)), not scaled to 0.01");

        double[][] again = new DenseLayer(60, 40, 2024L).weights().toDoubleMatrix();
        ArrayAssertions.assertClose("weights of a second layer with the same seed", w, again, Tolerance.absolute(0),
                "draw every weight from one generator seeded with the seed argument (e.g. new SplittableRandom(seed))");
        double[][] other = new DenseLayer(60, 40, 2025L).weights().toDoubleMatrix();
        if (Arrays.deepEquals(w, other)) {
            throw Failure.of("two layers with different seeds (2024, 2025) have identical weights")
                    .likelyMistake("is the seed passed to the random generator?").error();
        }
    }

    // ----------------------------------------------------------------------------- validation

    @Test
    @Points(2)
    @DisplayName("backward before any forward throws IllegalStateException")
    void backwardBeforeForwardIsIllegalState() {
        DenseLayer layer = handLayer();
        Throwable thrown = thrownBy(() -> layer.backward(nd(new double[][] {{1, 2}})));
        if (!(thrown instanceof IllegalStateException) || isBlank(thrown.getMessage())) {
            throw Failure.of("backward(G) before any forward call was not rejected with an IllegalStateException")
                    .expected("IllegalStateException saying forward must come first").actual(describe(thrown))
                    .likelyMistake("there is no cached input yet: check for it and throw"
                            + " new IllegalStateException(\"call forward first\")").error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("the constructors reject null, badly shaped, mismatched or non-finite parameters with an"
            + " IllegalArgumentException naming the shapes")
    void constructorsRejectBadParameters() {
        INDArray w32 = nd(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        INDArray b2 = nd(new double[] {0.5, -0.5});

        assertRejected("new DenseLayer(weights [3, 2], bias [4])", () -> new DenseLayer(w32, nd(new double[4])),
                "the bias length must equal the number of outputs (columns of the weights)", shape(3, 2), shape(4));
        assertRejected("new DenseLayer(weights [3, 2], bias [2, 2])",
                () -> new DenseLayer(w32, nd(new double[][] {{1, 2}, {3, 4}})),
                "the bias is one row of length outputs", shape(3, 2), shape(2, 2));
        assertRejected("new DenseLayer(null, bias)", () -> new DenseLayer(null, b2), "weights must not be null");
        assertRejected("new DenseLayer(weights, null)", () -> new DenseLayer(w32, null), "bias must not be null");
        assertRejected("new DenseLayer(weights of shape [6], bias)", () -> new DenseLayer(nd(new double[6]), b2),
                "the weights must be a matrix (rank 2)");
        assertRejected("new DenseLayer(weights with a NaN, bias)",
                () -> new DenseLayer(nd(new double[][] {{1, 2}, {Double.NaN, 4}, {5, 6}}), b2),
                "the weights must be finite");
        assertRejected("new DenseLayer(weights, bias with +infinity)",
                () -> new DenseLayer(w32, nd(new double[] {0, Double.POSITIVE_INFINITY})), "the bias must be finite");
        assertRejected("new DenseLayer(0, 3, seed)", () -> new DenseLayer(0, 3, 1L), "inputs must be at least 1");
        assertRejected("new DenseLayer(3, -1, seed)", () -> new DenseLayer(3, -1, 1L), "outputs must be at least 1");
    }

    @Test
    @Points(3)
    @DisplayName("forward and backward reject inputs of the wrong shape, empty, null or non-finite with an"
            + " IllegalArgumentException naming both shapes")
    void forwardAndBackwardRejectBadArrays() {
        DenseLayer layer = new DenseLayer(nd(new double[][] {{1, 2}, {3, 4}, {5, 6}}), nd(new double[] {0, 0}));

        assertRejected("forward(x of shape [4, 5]) through weights [3, 2]", () -> layer.forward(nd(constant(4, 5, 1))),
                "x must have one column per input (the rows of the weights)", shape(4, 5), shape(3, 2));
        assertRejected("forward(x of shape [3]) through weights [3, 2]", () -> layer.forward(nd(new double[3])),
                "x must be a matrix N×3; one example is a 1×3 matrix");
        assertRejected("forward(x of shape [0, 3])", () -> layer.forward(Nd4j.create(DataType.DOUBLE, 0, 3)),
                "x must have at least one row");
        assertRejected("forward(null)", () -> layer.forward(null), "x must not be null");
        assertRejected("forward(x with a NaN)", () -> layer.forward(nd(new double[][] {{1, Double.NaN, 3}})),
                "x must be finite");

        layer.forward(nd(constant(4, 3, 1)));
        assertRejected("backward(G of shape [4, 5]) after a forward output of shape [4, 2]",
                () -> layer.backward(nd(constant(4, 5, 1))),
                "G must have the shape of the forward output", shape(4, 5), shape(4, 2));
        assertRejected("backward(G of shape [3, 2]) after a forward output of shape [4, 2]",
                () -> layer.backward(nd(constant(3, 2, 1))), "G must have one row per row of the latest input");
        assertRejected("backward(null)", () -> layer.backward(null), "G must not be null");
        assertRejected("backward(G with an infinity)",
                () -> layer.backward(nd(new double[][] {{1, 1}, {1, Double.NEGATIVE_INFINITY}, {1, 1}, {1, 1}})),
                "G must be finite");
    }

    // -------------------------------------------------------------------------------- helpers

    private static final double[][] HAND_X = {{2, 0, -1}, {1, 3, 1}};

    /** W = [[1, 2], [-1, 0], [0.5, 1]] (3→2), b = [0.5, -1]. */
    private static DenseLayer handLayer() {
        return new DenseLayer(nd(new double[][] {{1, 2}, {-1, 0}, {0.5, 1}}), nd(new double[] {0.5, -1}));
    }

    /** A seeded layer problem: X (n×d), W (d×m), b (m), G (n×m), all standard normal. */
    private record Problem(double[][] x, double[][] w, double[] b, double[][] g) {
        static Problem seeded(long seed, int n, int d, int m) {
            Random random = new Random(seed);
            return new Problem(gaussian(random, n, d), gaussian(random, d, m), gaussian(random, 1, m)[0],
                    gaussian(random, n, m));
        }
    }

    /** Runs backward, turning an unexpected exception (other than a TODO) into a failure with a hint. */
    private static INDArray backward(DenseLayer layer, INDArray g) {
        return call("backward(G)", () -> layer.backward(g), BACKWARD_SHAPE_MISTAKE);
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

    /** The values of a rank-2 array, or a failure naming its shape. */
    private static double[][] matrix(String what, INDArray array, String likelyMistake) {
        if (array == null) {
            throw Failure.of(what + " was null").likelyMistake(likelyMistake).error();
        }
        if (array.rank() != 2) {
            throw Failure.of(what + " is not a matrix")
                    .expected("a rank-2 array").actual("shape " + Arrays.toString(array.shape()))
                    .likelyMistake(likelyMistake).error();
        }
        return array.toDoubleMatrix();
    }

    /** The values of a vector ([m] or 1×m), or a failure naming its shape. */
    private static double[] vector(String what, INDArray array, int length, String likelyMistake) {
        if (array == null) {
            throw Failure.of(what + " was null").likelyMistake(likelyMistake).error();
        }
        long[] shape = array.shape();
        boolean ok = (shape.length == 1 && shape[0] == length) || (shape.length == 2 && shape[0] == 1 && shape[1] == length);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .expected("[" + length + "] or [1, " + length + "]").actual(Arrays.toString(shape))
                    .likelyMistake(likelyMistake).error();
        }
        return array.toDoubleVector();
    }

    /** L = Σ Y⊙G, computed in plain Java. */
    private static double loss(INDArray y, double[][] g) {
        double[][] values = matrix("forward output", y, FORWARD_MISTAKE);
        double sum = 0;
        for (int n = 0; n < g.length; n++) {
            for (int m = 0; m < g[n].length; m++) {
                sum += values[n][m] * g[n][m];
            }
        }
        return sum;
    }

    private static Throwable thrownBy(Runnable action) {
        try {
            action.run();
            return null;
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * Fails unless {@code action} throws an IllegalArgumentException with a message, mentioning
     * each of the given shapes (in any format: [4, 5], 4×5, (4,5), 4x5).
     */
    private static void assertRejected(String call, Runnable action, String rule, Pattern... mentions) {
        Throwable thrown = thrownBy(action);
        if (!(thrown instanceof IllegalArgumentException) || isBlank(thrown.getMessage())) {
            throw Failure.of(call + " was not rejected with an IllegalArgumentException")
                    .expected("IllegalArgumentException: " + rule).actual(describe(thrown))
                    .likelyMistake("validate arguments where they enter, with"
                            + " new IllegalArgumentException(\"<the rule>, was <the bad value>\")").error();
        }
        for (Pattern mention : mentions) {
            if (!mention.matcher(thrown.getMessage()).find()) {
                throw Failure.of("the message of " + call + " does not name the shape " + mention.pattern())
                        .expected("a message stating the rule (" + rule + ") with both shapes involved")
                        .actual(thrown.getMessage())
                        .likelyMistake("include both shapes, e.g. Arrays.toString(x.shape()) and the weights'").error();
            }
        }
    }

    /** A shape written in any of the usual ways: [4, 5], 4×5, 4x5, (4,5); or [4] / 4 for a vector. */
    private static Pattern shape(long... dims) {
        StringBuilder regex = new StringBuilder("(?<![0-9.])").append(dims[0]);
        for (int i = 1; i < dims.length; i++) {
            regex.append("\\s*[,×x*]\\s*").append(dims[i]);
        }
        return Pattern.compile(regex.append("(?![0-9.])").toString());
    }

    private static String describe(Throwable thrown) {
        return thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static INDArray nd(double[][] values) {
        return Nd4j.createFromArray(values);
    }

    private static INDArray nd(double[] values) {
        return Nd4j.createFromArray(values);
    }

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return values;
    }

    private static double[][] constant(int rows, int columns, double value) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            Arrays.fill(row, value);
        }
        return values;
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

    private static double[][] stack(double[][] top, double[][] bottom) {
        double[][] values = Arrays.copyOf(top, top.length + bottom.length);
        System.arraycopy(bottom, 0, values, top.length, bottom.length);
        return values;
    }

    private static double[] scale(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    private static double[][] scale(double[][] values, double factor) {
        return Arrays.stream(values).map(row -> scale(row, factor)).toArray(double[][]::new);
    }

    private static double[] columnSums(double[][] values) {
        double[] sums = new double[values[0].length];
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                sums[j] += row[j];
            }
        }
        return sums;
    }
}
