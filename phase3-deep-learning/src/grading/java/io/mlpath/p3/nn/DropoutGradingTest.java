package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.StatisticalAssertions;
import io.mlpath.grader.assertions.Tolerance;
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
 * Hidden tests of {@link Dropout}.
 *
 * <p>Oracles: the exact definition on the observable mask (every entry 0 or {@code 1/(1−p)},
 * {@code Y = X ⊙ M}, {@code dX = G ⊙ M}); statistics over 10,000 units, with the seed from
 * {@link Seeds#of}: the mean of {@code Y/X} is 1 ({@code E[dropout(x)] = x}, standard deviation
 * {@code √(p/(1−p))} per unit) and the kept fraction is {@code 1 − p}, both within 4 standard
 * errors; eval mode is exactly the identity; determinism per seed.
 */
@Challenge("p3.nn.regularization")
class DropoutGradingTest {

    private static final Tolerance EXACT = Tolerance.absolute(1e-12);
    private static final String NOT_RESCALED =
            "inverted dropout multiplies the kept units by 1/(1 − p) during training, so E[y] = x; without it the"
                    + " next layer sees inputs (1 − p) times too small in training and full size at test time";
    private static final String EVAL_MISTAKE =
            "in eval mode dropout is the identity: no mask, no rescaling (inverted dropout already rescaled in"
                    + " training)";

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(3)
    @DisplayName("in training mode each mask entry is 0 or 1/(1 − p) (1.25 for p = 0.2) and the output is X ⊙ mask")
    void maskIsZeroOrRescaled() {
        Dropout dropout = new Dropout(0.2, Seeds.of(1));
        double[][] x = gaussian(new Random(11), 6, 5);

        double[][] y = matrix("forward(x)", call(() -> dropout.forward(nd(x))), 6, 5);
        double[][] mask = matrix("mask()", dropout.mask(), 6, 5);
        for (int n = 0; n < 6; n++) {
            for (int d = 0; d < 5; d++) {
                if (mask[n][d] != 0.0 && Math.abs(mask[n][d] - 1.25) > 1e-12) {
                    throw Failure.of("mask()[" + n + "][" + d + "] is " + mask[n][d])
                            .expected("0 (dropped) or 1/(1 − 0.2) = 1.25 (kept)").actual(mask[n][d])
                            .likelyMistake(mask[n][d] == 1.0 ? NOT_RESCALED
                                    : "the mask holds 0 or 1/(1 − p): keep with probability 1 − p").error();
                }
                ArrayAssertions.assertClose("forward(x)[" + n + "][" + d + "]", x[n][d] * mask[n][d], y[n][d], EXACT,
                        "the output is x ⊙ mask, with the mask that mask() returns");
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("keeps the expectation: over 10,000 units, the mean of dropout(x)/x is 1 within 4 standard errors"
            + " (p = 0.5 and p = 0.2)")
    void expectedOutputEqualsInput() {
        for (double p : new double[] {0.5, 0.2}) {
            Dropout dropout = new Dropout(p, Seeds.of(p == 0.5 ? 5 : 6));
            double[][] x = new double[100][100];
            for (int n = 0; n < 100; n++) {
                for (int d = 0; d < 100; d++) {
                    x[n][d] = 0.5 + (n * 100 + d) % 7;
                }
            }
            double[][] y = matrix("forward(x)", call(() -> dropout.forward(nd(x))), 100, 100);
            double[] ratios = new double[10_000];
            for (int n = 0; n < 100; n++) {
                for (int d = 0; d < 100; d++) {
                    ratios[n * 100 + d] = y[n][d] / x[n][d];
                }
            }
            StatisticalAssertions.assertMeanWithin("dropout(x)/x (p = " + p + ")", ratios, 1.0,
                    Math.sqrt(p / (1 - p)), 4, NOT_RESCALED);
        }
    }

    @Test
    @Points(2)
    @DisplayName("drops each unit with probability p: about 30 % of 10,000 units are zero for p = 0.3")
    void dropsTheRightFraction() {
        Dropout dropout = new Dropout(0.3, Seeds.of(9));
        call(() -> dropout.forward(Nd4j.ones(DataType.DOUBLE, 100, 100)));
        double[][] mask = matrix("mask()", dropout.mask(), 100, 100);
        long dropped = Arrays.stream(mask).flatMapToDouble(Arrays::stream).filter(m -> m == 0.0).count();
        StatisticalAssertions.assertProportionWithin("dropped units (p = 0.3)", dropped, 10_000, 0.3, 4,
                "p is the probability of DROPPING a unit: keep it when nextDouble() >= p (not < p)");
    }

    @Test
    @Points(3)
    @DisplayName("backward multiplies G by the mask of the latest forward: dropped units pass no gradient, kept"
            + " ones 1/(1 − p) of it")
    void backwardUsesTheSameMask() {
        Dropout dropout = new Dropout(0.5, Seeds.of(2));
        double[][] x = gaussian(new Random(3), 8, 6);
        double[][] g = gaussian(new Random(4), 8, 6);
        call(() -> dropout.forward(nd(x)));
        double[][] mask = matrix("mask()", dropout.mask(), 8, 6);

        double[][] dx = matrix("backward(G)", call(() -> dropout.backward(nd(g))), 8, 6);

        double[][] expected = new double[8][6];
        for (int n = 0; n < 8; n++) {
            for (int d = 0; d < 6; d++) {
                expected[n][d] = g[n][d] * mask[n][d];
            }
        }
        ArrayAssertions.assertClose("backward(G) = G ⊙ mask", expected, dx, EXACT,
                "y = x ⊙ M, so ∂L/∂x = G ⊙ M with the same M: reuse the stored mask, do not draw a new one,"
                        + " and do not forget the 1/(1 − p) factor in it");
    }

    @Test
    @Points(3)
    @DisplayName("eval mode is exactly the identity in forward and backward, and train() switches dropping back on")
    void evalModeIsIdentity() {
        Dropout dropout = new Dropout(0.5, Seeds.of(3));
        double[][] x = gaussian(new Random(5), 10, 10);
        double[][] g = gaussian(new Random(6), 10, 10);
        dropout.eval();
        ArrayAssertions.assertClose("forward(x) in eval mode", x,
                matrix("forward(x)", call(() -> dropout.forward(nd(x))), 10, 10), EXACT, EVAL_MISTAKE);
        ArrayAssertions.assertClose("backward(G) in eval mode", g,
                matrix("backward(G)", call(() -> dropout.backward(nd(g))), 10, 10), EXACT, EVAL_MISTAKE);

        dropout.train();
        double[][] y = matrix("forward(x)", call(() -> dropout.forward(nd(x))), 10, 10);
        long zeros = Arrays.stream(y).flatMapToDouble(Arrays::stream).filter(v -> v == 0.0).count();
        if (zeros < 20 || zeros > 80) {
            throw Failure.of("after train(), forward zeroed " + zeros + " of 100 units")
                    .expected("about 50 (p = 0.5)").actual(zeros)
                    .likelyMistake("train() must switch masking back on; isTraining() decides what forward does")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("the same seed gives the same masks, a different seed different ones, and each forward draws a"
            + " fresh mask")
    void seededMasks() {
        long seed = Seeds.of(21);
        Dropout a = new Dropout(0.5, seed);
        Dropout b = new Dropout(0.5, seed);
        Dropout c = new Dropout(0.5, seed + 1);
        INDArray x = Nd4j.ones(DataType.DOUBLE, 10, 10);
        double[][] first = matrix("forward(x)", call(() -> a.forward(x)), 10, 10);
        ArrayAssertions.assertClose("the mask of a second layer with the same seed", first,
                matrix("forward(x)", call(() -> b.forward(x)), 10, 10), EXACT,
                "create the generator once from the seed (new SplittableRandom(seed)); never use the clock");
        double[][] second = matrix("forward(x)", call(() -> a.forward(x)), 10, 10);
        if (Arrays.deepEquals(first, second)) {
            throw Failure.of("two forward calls on the same layer gave the same mask")
                    .expected("a fresh mask on every training forward").actual("the same 10×10 mask twice")
                    .likelyMistake("keep ONE generator in a field and draw from it on every call; do not re-create"
                            + " it from the seed inside forward").error();
        }
        if (Arrays.deepEquals(first, matrix("forward(x)", call(() -> c.forward(x)), 10, 10))) {
            throw Failure.of("seeds " + seed + " and " + (seed + 1) + " gave the same mask")
                    .expected("different masks").actual("identical masks")
                    .likelyMistake("seed the generator with the constructor's seed").error();
        }
    }

    @Test
    @Points(1)
    @DisplayName("p = 0 keeps every unit: training-mode forward is the identity")
    void zeroProbabilityIsIdentity() {
        Dropout dropout = new Dropout(0.0, Seeds.of(4));
        double[][] x = gaussian(new Random(8), 5, 5);
        ArrayAssertions.assertClose("forward(x) with p = 0", x,
                matrix("forward(x)", call(() -> dropout.forward(nd(x))), 5, 5), EXACT,
                "with p = 0 every unit is kept (nextDouble() >= 0 always) and 1/(1 − 0) = 1");
    }

    @Test
    @Points(2)
    @DisplayName("forward and backward leave their arguments unchanged")
    void doesNotModifyArguments() {
        Dropout dropout = new Dropout(0.5, Seeds.of(6));
        double[][] x = gaussian(new Random(9), 6, 4);
        double[][] g = gaussian(new Random(10), 6, 4);
        INDArray xa = nd(x);
        INDArray ga = nd(g);
        call(() -> dropout.forward(xa));
        call(() -> dropout.backward(ga));
        ArrayAssertions.assertClose("x after forward(x)", x, xa.toDoubleMatrix(), Tolerance.absolute(0),
                "use x.mul(mask), not x.muli(mask): forward must not write into its argument");
        ArrayAssertions.assertClose("G after backward(G)", g, ga.toDoubleMatrix(), Tolerance.absolute(0),
                "use g.mul(mask), not g.muli(mask): backward must not write into its argument");
    }

    @Test
    @Points(3)
    @DisplayName("rejects p outside [0, 1), null, empty, non-matrix or non-finite input with an"
            + " IllegalArgumentException, and backward before forward with an IllegalStateException")
    void rejectsBadInput() {
        assertThrows("new Dropout(-0.1, 1)", IllegalArgumentException.class, () -> new Dropout(-0.1, 1),
                "p must lie in [0, 1)");
        assertThrows("new Dropout(1.0, 1)", IllegalArgumentException.class, () -> new Dropout(1.0, 1),
                "p must lie in [0, 1): p = 1 drops everything and divides by 0");
        assertThrows("new Dropout(NaN, 1)", IllegalArgumentException.class, () -> new Dropout(Double.NaN, 1),
                "p must lie in [0, 1)");
        Dropout dropout = new Dropout(0.5, 1);
        assertThrows("backward before any forward", IllegalStateException.class,
                () -> dropout.backward(Nd4j.ones(DataType.DOUBLE, 2, 2)), "call forward first");
        assertThrows("forward(null)", IllegalArgumentException.class, () -> dropout.forward(null),
                "x must not be null");
        assertThrows("forward(x of shape [3])", IllegalArgumentException.class,
                () -> dropout.forward(Nd4j.createFromArray(new double[] {1, 2, 3})), "x must be an N×D matrix");
        assertThrows("forward(x of shape [0, 3])", IllegalArgumentException.class,
                () -> dropout.forward(Nd4j.create(DataType.DOUBLE, 0, 3)), "x must have at least one row");
        assertThrows("forward(x with a NaN)", IllegalArgumentException.class,
                () -> dropout.forward(nd(new double[][] {{1, Double.NaN}})), "x must be finite");
        call(() -> dropout.forward(Nd4j.ones(DataType.DOUBLE, 2, 3)));
        assertThrows("backward(G of shape [3, 2]) after forward of [2, 3]", IllegalArgumentException.class,
                () -> dropout.backward(Nd4j.ones(DataType.DOUBLE, 3, 2)), "G must have the shape of the latest input");
    }

    // -------------------------------------------------------------------------------- helpers

    private static INDArray call(Supplier<INDArray> action) {
        try {
            return action.get();
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            throw Failure.of("the call threw " + e.getClass().getSimpleName())
                    .line("message", String.valueOf(e.getMessage()))
                    .likelyMistake("forward multiplies x by a mask of the same N×D shape; backward reuses it").error();
        }
    }

    private static double[][] matrix(String what, INDArray array, int rows, int columns) {
        if (array == null || array.rank() != 2 || array.rows() != rows || array.columns() != columns) {
            throw Failure.of(what + " has the wrong shape")
                    .expected("[" + rows + ", " + columns + "]")
                    .actual(array == null ? "null" : Arrays.toString(array.shape()))
                    .likelyMistake("dropout keeps the shape of its input").error();
        }
        return array.toDoubleMatrix();
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

    private static INDArray nd(double[][] values) {
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
}
