package io.mlpath.p3.attention;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link ScaledDotProductAttention}.
 *
 * <p>Oracles: a PyTorch float64 fixture ({@code fixtures/attention_sdpa.py}: softmax(QKᵀ/√d_k + M)V
 * written with torch ops, torch 1.13 having no fused kernel) for an unmasked cross-attention, a
 * causal self-attention, a key-padding mask and a fully masked row; the closed form
 * {@code softmax([2, 0])} of a hand example; and invariants (rows of the weights sum to 1,
 * changing tokens after t leaves the output at t unchanged, softmax is unchanged by a constant
 * added to a row, a −∞ mask entry equals a −1e9 one).
 */
@Challenge("p3.attention.scaled-dot-product")
class ScaledDotProductAttentionGradingTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-12);
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final String SCALE_MISTAKE =
            "the scores are Q·Kᵀ / √d_k (√ of the number of columns of Q and K): not unscaled, not divided by d_k";
    private static final String CAUSAL_MISTAKE =
            "the causal mask is 0 where j ≤ i (a token attends to itself and earlier tokens) and -∞ where j > i:"
                    + " an off-by-one either forbids the diagonal or allows the next token";
    private static final String SOFTMAX_MISTAKE =
            "subtract each row's maximum before exp (softmax(s) = softmax(s − max s)); exp of a large score overflows";
    private static final String FULLY_MASKED_MISTAKE =
            "a row that is -∞ everywhere has no softmax (−∞ − (−∞) is NaN): the documented rule gives it weights"
                    + " 0 and output 0, while every other row is an ordinary softmax";

    private static Fixture torch;

    @BeforeAll
    static void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        torch = Fixture.load(ScaledDotProductAttentionGradingTest.class, "scaled-dot-product.json");
    }

    // ------------------------------------------------------------------------- torch fixtures

    @Test
    @Points(3)
    @DisplayName("matches PyTorch on an unmasked cross-attention of 5 queries over 6 keys (d_k 4, d_v 3)")
    void matchesTorchWithoutMask() {
        assertMatchesTorch("plain", SCALE_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("matches PyTorch on causal self-attention of 6 tokens (d_k 8, d_v 5) with causalMask(6)")
    void matchesTorchWithCausalMask() {
        double[][] expected = torch.matrix("causal.allowed");
        ArrayAssertions.assertClose("causalMask(6)", additive(expected),
                ScaledDotProductAttention.causalMask(6).toDoubleMatrix(), Tolerance.absolute(0), CAUSAL_MISTAKE);
        ScaledDotProductAttention.Result result = attend(torch.matrix("causal.q"), torch.matrix("causal.k"),
                torch.matrix("causal.v"), ScaledDotProductAttention.causalMask(6));
        ArrayAssertions.assertClose("weights of causal attention", torch.matrix("causal.weights"),
                result.weights().toDoubleMatrix(), CLOSE, CAUSAL_MISTAKE + "; " + SCALE_MISTAKE);
        ArrayAssertions.assertClose("output of causal attention", torch.matrix("causal.output"),
                result.output().toDoubleMatrix(), CLOSE, CAUSAL_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("matches PyTorch with a key-padding mask (last 2 of 6 keys padded) and gives padded keys weight"
            + " exactly 0")
    void matchesTorchWithPaddingMask() {
        boolean[] keep = {true, true, true, true, false, false};
        ArrayAssertions.assertClose("paddingMask([T,T,T,T,F,F], 4)", additive(torch.matrix("padding.allowed")),
                ScaledDotProductAttention.paddingMask(keep, 4).toDoubleMatrix(), Tolerance.absolute(0),
                "column j of the padding mask is 0 for a real key (keep[j]) and -∞ for padding, in every row");
        ScaledDotProductAttention.Result result = attend(torch.matrix("padding.q"), torch.matrix("padding.k"),
                torch.matrix("padding.v"), ScaledDotProductAttention.paddingMask(keep, 4));
        double[][] weights = result.weights().toDoubleMatrix();
        for (int i = 0; i < weights.length; i++) {
            ArrayAssertions.assertClose("weights of query " + i + " on the padded keys 4 and 5", new double[] {0, 0},
                    new double[] {weights[i][4], weights[i][5]}, Tolerance.absolute(0),
                    "a -∞ mask entry must give weight exactly 0 (exp(-∞) = 0)");
        }
        ArrayAssertions.assertClose("weights with padding", torch.matrix("padding.weights"), weights, CLOSE,
                SCALE_MISTAKE);
        ArrayAssertions.assertClose("output with padding", torch.matrix("padding.output"),
                result.output().toDoubleMatrix(), CLOSE, "the output is weights·V");
    }

    @Test
    @Points(3)
    @DisplayName("a fully masked query row gets weights 0 and output 0 (no NaN) while the other rows match PyTorch")
    void fullyMaskedRowIsZero() {
        ScaledDotProductAttention.Result result = attend(torch.matrix("fully.q"), torch.matrix("fully.k"),
                torch.matrix("fully.v"), Nd4j.createFromArray(additive(torch.matrix("fully.allowed"))));
        ArrayAssertions.assertClose("weights with row 1 fully masked", torch.matrix("fully.weights"),
                result.weights().toDoubleMatrix(), CLOSE, FULLY_MASKED_MISTAKE);
        ArrayAssertions.assertClose("output with row 1 fully masked", torch.matrix("fully.output"),
                result.output().toDoubleMatrix(), CLOSE, FULLY_MASKED_MISTAKE);
    }

    // ----------------------------------------------------------------------------- closed forms

    @Test
    @Points(3)
    @DisplayName("is scaled by √d_k: with d_k = 16, raw scores [8, 0] become [2, 0] and the weights are"
            + " [e²/(e²+1), 1/(e²+1)]")
    void scalesBySqrtDk() {
        double[][] q = {filled(16, 0.5)};                       // q·k0 = 16 · 0.5 · 1 = 8
        double[][] k = {filled(16, 1.0), filled(16, 0.0)};      // q·k1 = 0
        ScaledDotProductAttention.Result result = attend(q, k, new double[][] {{1, 0}, {0, 1}}, null);
        double e2 = Math.exp(2);
        // unscaled would be softmax([8, 0]) = [0.99966, 0.00034]; divided by d_k: softmax([0.5, 0]) = [0.62, 0.38]
        ArrayAssertions.assertClose("weights of scores [8, 0] with d_k = 16", new double[][] {{e2 / (e2 + 1), 1 / (e2 + 1)}},
                result.weights().toDoubleMatrix(), CLOSE, SCALE_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("causalMask(t) allows j ≤ i and forbids j > i for every t from 1 to 5")
    void causalMaskHasTheRightDiagonal() {
        for (int t = 1; t <= 5; t++) {
            double[][] expected = new double[t][t];
            for (int i = 0; i < t; i++) {
                for (int j = i + 1; j < t; j++) {
                    expected[i][j] = NEG_INF;
                }
            }
            ArrayAssertions.assertClose("causalMask(" + t + ")", expected,
                    ScaledDotProductAttention.causalMask(t).toDoubleMatrix(), Tolerance.absolute(0), CAUSAL_MISTAKE);
        }
    }

    // ----------------------------------------------------------------------------- invariants

    @Test
    @Points(3)
    @DisplayName("is causal: changing the tokens after t leaves the output at 0..t unchanged, and changing token t"
            + " itself changes it")
    void changingLaterTokensLeavesEarlierOutputsUnchanged() {
        Random random = new Random(Seeds.of(77));
        int len = 7;
        double[][] x = gaussian(random, len, 4);
        double[][] v = gaussian(random, len, 3);
        INDArray mask = ScaledDotProductAttention.causalMask(len);
        double[][] before = attend(x, x, v, mask).output().toDoubleMatrix();
        for (int t = 0; t < len - 1; t++) {
            double[][] x2 = copy(x);
            double[][] v2 = copy(v);
            for (int s = t + 1; s < len; s++) {
                x2[s] = gaussian(random, 1, 4)[0];
                v2[s] = gaussian(random, 1, 3)[0];
            }
            double[][] after = attend(x2, x2, v2, mask).output().toDoubleMatrix();
            for (int s = 0; s <= t; s++) {
                ArrayAssertions.assertClose("output at position " + s + " after changing the tokens after " + t,
                        before[s], after[s], CLOSE, CAUSAL_MISTAKE);
            }
        }
        for (int t = 0; t < len; t++) {
            double[][] v2 = copy(v);
            v2[t] = new double[] {v[t][0] + 5, v[t][1] - 5, v[t][2] + 5};
            double[][] after = attend(x, x, v2, mask).output().toDoubleMatrix();
            if (Math.abs(after[t][0] - before[t][0]) < 1e-9) {
                throw Failure.of("changing the value of token " + t + " did not change the output at " + t)
                        .expected("a different output at position " + t).actual(Arrays.toString(after[t]))
                        .likelyMistake(CAUSAL_MISTAKE).error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("each row of the weights is non-negative and sums to 1 (seeded 6×9 scores, with and without a mask)")
    void rowsOfWeightsSumToOne() {
        Random random = new Random(Seeds.of(5));
        double[][] q = gaussian(random, 6, 5);
        double[][] k = gaussian(random, 9, 5);
        double[][] v = gaussian(random, 9, 2);
        boolean[] keep = {true, false, true, true, false, true, true, true, true};
        for (INDArray mask : new INDArray[] {null, ScaledDotProductAttention.paddingMask(keep, 6)}) {
            double[][] w = attend(q, k, v, mask).weights().toDoubleMatrix();
            for (int i = 0; i < w.length; i++) {
                double sum = 0;
                for (int j = 0; j < w[i].length; j++) {
                    if (!(w[i][j] >= 0)) {
                        throw Failure.of("weight [" + i + "][" + j + "] is negative or NaN").expected(">= 0")
                                .actual(w[i][j]).likelyMistake("the weights are a softmax: exp(s − max) / Σ exp").error();
                    }
                    sum += w[i][j];
                }
                ArrayAssertions.assertClose("sum of row " + i + " of the weights" + (mask == null ? "" : " (padding)"),
                        1.0, sum, CLOSE, "normalise each ROW (divide by the row sum, over the keys), not each column");
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("is numerically stable: adding 1000 to every mask entry, or scaling the scores to the hundreds,"
            + " gives finite weights equal to the softmax's shift-invariant value")
    void stableForLargeScores() {
        Random random = new Random(Seeds.of(9));
        double[][] q = gaussian(random, 3, 4);
        double[][] k = gaussian(random, 5, 4);
        double[][] v = gaussian(random, 5, 2);
        double[][] base = attend(q, k, v, null).weights().toDoubleMatrix();
        double[][] shifted = attend(q, k, v, Nd4j.createFromArray(constant(3, 5, 1000.0))).weights().toDoubleMatrix();
        ArrayAssertions.assertClose("weights with +1000 added to every score", base, shifted, Tolerance.absolute(1e-12),
                SOFTMAX_MISTAKE);
        double[][] big = scale(q, 400);
        double[][] weights = attend(big, k, v, null).weights().toDoubleMatrix();
        for (int i = 0; i < weights.length; i++) {
            for (int j = 0; j < weights[i].length; j++) {
                if (!Double.isFinite(weights[i][j])) {
                    throw Failure.of("weight [" + i + "][" + j + "] is not finite with scores in the hundreds")
                            .expected("a finite weight in [0, 1]").actual(weights[i][j])
                            .likelyMistake(SOFTMAX_MISTAKE).error();
                }
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("a -∞ mask entry gives the same result as a mask entry of -1e9")
    void infiniteAndLargeFiniteMaskAgree() {
        Random random = new Random(Seeds.of(3));
        double[][] x = gaussian(random, 4, 3);
        double[][] v = gaussian(random, 4, 2);
        double[][] finite = new double[4][4];
        double[][] infinite = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                finite[i][j] = -1e9;
                infinite[i][j] = NEG_INF;
            }
        }
        ArrayAssertions.assertClose("output with mask -1e9 above the diagonal (expected: the same with -∞)",
                attend(x, x, v, Nd4j.createFromArray(infinite)).output().toDoubleMatrix(),
                attend(x, x, v, Nd4j.createFromArray(finite)).output().toDoubleMatrix(), CLOSE,
                "the mask is ADDED to the scaled scores; a finite entry is an ordinary score shift");
    }

    @Test
    @Points(1)
    @DisplayName("leaves q, k, v and the mask unchanged")
    void doesNotModifyArguments() {
        Random random = new Random(Seeds.of(4));
        double[][] q = gaussian(random, 3, 2);
        double[][] k = gaussian(random, 3, 2);
        double[][] v = gaussian(random, 3, 2);
        INDArray qa = Nd4j.createFromArray(q);
        INDArray ka = Nd4j.createFromArray(k);
        INDArray va = Nd4j.createFromArray(v);
        INDArray mask = ScaledDotProductAttention.causalMask(3);
        double[][] maskBefore = mask.toDoubleMatrix();
        ScaledDotProductAttention.attend(qa, ka, va, mask);
        String hint = "compute into new arrays (mmul, div, add), not with in-place ops (divi, addi, ...) on the inputs";
        ArrayAssertions.assertClose("q after attend", q, qa.toDoubleMatrix(), Tolerance.absolute(0), hint);
        ArrayAssertions.assertClose("k after attend", k, ka.toDoubleMatrix(), Tolerance.absolute(0), hint);
        ArrayAssertions.assertClose("v after attend", v, va.toDoubleMatrix(), Tolerance.absolute(0), hint);
        ArrayAssertions.assertClose("mask after attend", maskBefore, mask.toDoubleMatrix(), Tolerance.absolute(0), hint);
    }

    // ----------------------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects null, empty, non-finite or mismatched inputs and bad masks with an IllegalArgumentException"
            + " naming the rule")
    void rejectsBadInputs() {
        INDArray q = Nd4j.createFromArray(constant(2, 3, 1));
        INDArray k = Nd4j.createFromArray(constant(4, 3, 1));
        INDArray v = Nd4j.createFromArray(constant(4, 2, 1));
        rejected("attend(null, k, v, null)", () -> ScaledDotProductAttention.attend(null, k, v, null), "q");
        rejected("attend(q, null, v, null)", () -> ScaledDotProductAttention.attend(q, null, v, null), "k");
        rejected("attend(q, k, null, null)", () -> ScaledDotProductAttention.attend(q, k, null, null), "v");
        rejected("attend(q [2, 3], k [4, 2], v, null)", () -> ScaledDotProductAttention.attend(q,
                Nd4j.createFromArray(constant(4, 2, 1)), v, null), "[4, 2]");
        rejected("attend(q, k [4, 3], v [3, 2], null)", () -> ScaledDotProductAttention.attend(q, k,
                Nd4j.createFromArray(constant(3, 2, 1)), null), "[3, 2]");
        rejected("attend(q of shape [3], k, v, null)", () -> ScaledDotProductAttention.attend(
                Nd4j.createFromArray(new double[] {1, 2, 3}), k, v, null), "q");
        rejected("attend(q with NaN, k, v, null)", () -> ScaledDotProductAttention.attend(
                Nd4j.createFromArray(new double[][] {{1, Double.NaN, 3}, {1, 1, 1}}), k, v, null), "NaN");
        rejected("attend(q, k, v, mask [2, 3])", () -> ScaledDotProductAttention.attend(q, k, v,
                Nd4j.createFromArray(constant(2, 3, 0))), "[2, 3]");
        rejected("attend(q, k, v, mask with NaN)", () -> ScaledDotProductAttention.attend(q, k, v,
                Nd4j.createFromArray(new double[][] {{0, 0, 0, Double.NaN}, {0, 0, 0, 0}})), "NaN");
        rejected("attend(q, k, v, mask with +∞)", () -> ScaledDotProductAttention.attend(q, k, v,
                Nd4j.createFromArray(new double[][] {{0, 0, 0, Double.POSITIVE_INFINITY}, {0, 0, 0, 0}})), "Infinity");
        rejected("causalMask(0)", () -> ScaledDotProductAttention.causalMask(0), "0");
        rejected("paddingMask(null, 2)", () -> ScaledDotProductAttention.paddingMask(null, 2), "keep");
        rejected("paddingMask(new boolean[0], 2)", () -> ScaledDotProductAttention.paddingMask(new boolean[0], 2), "keep");
        rejected("paddingMask(keep, 0)", () -> ScaledDotProductAttention.paddingMask(new boolean[] {true}, 0), "0");
    }

    // -------------------------------------------------------------------------------- helpers

    private static void assertMatchesTorch(String name, String mistake) {
        ScaledDotProductAttention.Result result = attend(torch.matrix(name + ".q"), torch.matrix(name + ".k"),
                torch.matrix(name + ".v"), null);
        ArrayAssertions.assertClose("weights (" + name + ")", torch.matrix(name + ".weights"),
                matrix("weights", result.weights()), CLOSE, mistake);
        ArrayAssertions.assertClose("output (" + name + ")", torch.matrix(name + ".output"),
                matrix("output", result.output()), CLOSE, "the output is weights·V (T_q×T_k times T_k×d_v)");
    }

    private static ScaledDotProductAttention.Result attend(double[][] q, double[][] k, double[][] v, INDArray mask) {
        ScaledDotProductAttention.Result result = ScaledDotProductAttention.attend(Nd4j.createFromArray(q),
                Nd4j.createFromArray(k), Nd4j.createFromArray(v), mask);
        if (result == null || result.output() == null || result.weights() == null) {
            throw Failure.of("attend returned null or a Result with a null part")
                    .likelyMistake("return new Result(weights.mmul(v), weights)").error();
        }
        matrix("output", result.output());
        matrix("weights", result.weights());
        return result;
    }

    private static double[][] matrix(String what, INDArray a) {
        if (a.rank() != 2) {
            throw Failure.of(what + " is not a matrix").expected("rank 2").actual(Arrays.toString(a.shape()))
                    .likelyMistake("weights are T_q×T_k and the output T_q×d_v").error();
        }
        return a.toDoubleMatrix();
    }

    private static double[][] additive(double[][] allowed) {
        double[][] mask = new double[allowed.length][];
        for (int i = 0; i < allowed.length; i++) {
            mask[i] = Arrays.stream(allowed[i]).map(a -> a > 0 ? 0.0 : NEG_INF).toArray();
        }
        return mask;
    }

    private static void rejected(String call, Runnable action, String mention) {
        Throwable thrown;
        try {
            action.run();
            thrown = null;
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            thrown = e;
        }
        if (!(thrown instanceof IllegalArgumentException) || thrown.getMessage() == null
                || !thrown.getMessage().contains(mention)) {
            throw Failure.of(call + " was not rejected with an IllegalArgumentException naming " + mention)
                    .expected("IllegalArgumentException whose message states the rule and mentions " + mention)
                    .actual(thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage())
                    .likelyMistake("validate arguments where they enter, with"
                            + " new IllegalArgumentException(\"<the rule>, was <the bad value>\")").error();
        }
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    private static double[][] constant(int rows, int columns, double value) {
        double[][] a = new double[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = filled(columns, value);
        }
        return a;
    }

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    private static double[][] scale(double[][] a, double factor) {
        return Arrays.stream(a).map(r -> Arrays.stream(r).map(x -> x * factor).toArray()).toArray(double[][]::new);
    }
}
