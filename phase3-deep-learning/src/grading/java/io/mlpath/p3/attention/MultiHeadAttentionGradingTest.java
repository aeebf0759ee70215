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
 * Hidden tests of {@link MultiHeadAttention}.
 *
 * <p>Oracles: PyTorch {@code torch.nn.MultiheadAttention} in float64 with the same weights
 * ({@code fixtures/attention_mha.py}: self-attention, causal, cross-attention with a padded key,
 * one head), output and per-head weights; a plain-Java single-head attention (closed form:
 * projections, softmax(QKᵀ/√d)V, output projection) for {@code h = 1} and for one head's slice;
 * and invariants (head isolation: changing head 1's projection columns leaves head 0's
 * features unchanged; causality; permutation equivariance; rows sum to 1).
 */
@Challenge("p3.attention.multi-head")
class MultiHeadAttentionGradingTest {

    private static final Tolerance CLOSE = Tolerance.absolute(1e-11);
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final String SPLIT_MISTAKE =
            "heads split the FEATURE axis: head j uses columns j·d_h..(j+1)·d_h of Q, K, V for every token;"
                    + " reshaping T×d_model to h×T×d_h without a transpose splits the sequence axis instead";
    private static final String SCALE_MISTAKE = "each head's scores are divided by √d_h = √(d_model/h), the width of one"
            + " head, not by √d_model";
    private static final String PROJECTION_MISTAKE = "Q = query·Wq + bq, K = key·Wk + bk, V = value·Wv + bv and the"
            + " output is concat·Wo + bo: check each projection uses its own weight and bias";

    private static Fixture torch;

    @BeforeAll
    static void setUp() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        torch = Fixture.load(MultiHeadAttentionGradingTest.class, "multi-head.json");
    }

    // ------------------------------------------------------------------------- torch fixtures

    @Test
    @Points(4)
    @DisplayName("matches torch.nn.MultiheadAttention on self-attention of 5 tokens, d_model 8, 2 heads (output and"
            + " per-head weights)")
    void matchesTorchSelfAttention() {
        assertMatchesTorch("self");
    }

    @Test
    @Points(4)
    @DisplayName("matches torch.nn.MultiheadAttention with a causal mask, 6 tokens, d_model 12, 3 heads")
    void matchesTorchCausal() {
        assertMatchesTorch("causal");
    }

    @Test
    @Points(4)
    @DisplayName("matches torch.nn.MultiheadAttention on cross-attention of 3 queries over 5 keys (last one padded),"
            + " d_model 8, 4 heads")
    void matchesTorchCrossAttention() {
        assertMatchesTorch("cross");
    }

    @Test
    @Points(2)
    @DisplayName("matches torch.nn.MultiheadAttention with a single head (d_model 6)")
    void matchesTorchSingleHead() {
        assertMatchesTorch("single");
    }

    // ----------------------------------------------------------------------------- closed forms

    @Test
    @Points(3)
    @DisplayName("with h = 1 it equals single-head attention softmax(QKᵀ/√d_model)V on the projected inputs,"
            + " then Wo and bo")
    void oneHeadEqualsSingleHeadAttention() {
        Random random = new Random(Seeds.of(141));
        Params p = Params.random(random, 4);
        double[][] x = gaussian(random, 5, 4);
        double[][] expected = plainHead(p, x, x, x, 0, 4, null);
        expected = add(mul(expected, p.wo), p.bo);
        ArrayAssertions.assertClose("forward with 1 head", expected, run(p.layer(1), x, x, x, null), CLOSE,
                PROJECTION_MISTAKE + "; with one head the scale is √d_model");
    }

    @Test
    @Points(4)
    @DisplayName("heads are slices of the feature axis: with Wo = I, output columns 0..d_h-1 are single-head"
            + " attention on columns 0..d_h-1 of Q, K, V, and changing head 1's projection columns leaves them unchanged")
    void headsSplitTheFeatureAxis() {
        Random random = new Random(Seeds.of(142));
        int d = 6;
        int heads = 2;
        int dh = d / heads;
        Params p = Params.random(random, d).withIdentityOutput();
        double[][] x = gaussian(random, 4, d);
        double[][] out = run(p.layer(heads), x, x, x, null);
        for (int j = 0; j < heads; j++) {
            double[][] expected = plainHead(p, x, x, x, j * dh, (j + 1) * dh, null);
            ArrayAssertions.assertClose("output columns " + j * dh + ".." + ((j + 1) * dh - 1) + " (head " + j + ")",
                    expected, columns(out, j * dh, (j + 1) * dh), CLOSE, SPLIT_MISTAKE);
        }
        Params changed = p.withHeadColumnsScrambled(random, dh, d);
        double[][] out2 = run(changed.layer(heads), x, x, x, null);
        ArrayAssertions.assertClose("head 0's output columns after changing only head 1's columns of Wq, Wk, Wv",
                columns(out, 0, dh), columns(out2, 0, dh), CLOSE, SPLIT_MISTAKE);
    }

    // ----------------------------------------------------------------------------- invariants

    @Test
    @Points(3)
    @DisplayName("with a causal mask, changing the tokens after t leaves the output at 0..t unchanged (4 heads)")
    void causalMaskKeepsEveryHeadCausal() {
        Random random = new Random(Seeds.of(143));
        int len = 6;
        Params p = Params.random(random, 8);
        MultiHeadAttention layer = p.layer(4);
        INDArray mask = Nd4j.createFromArray(causal(len));
        double[][] x = gaussian(random, len, 8);
        double[][] before = run(layer, x, x, x, mask);
        for (int t = 0; t < len - 1; t++) {
            double[][] x2 = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
            for (int s = t + 1; s < len; s++) {
                x2[s] = gaussian(random, 1, 8)[0];
            }
            double[][] after = run(layer, x2, x2, x2, mask);
            for (int s = 0; s <= t; s++) {
                ArrayAssertions.assertClose("output at " + s + " after changing the tokens after " + t, before[s],
                        after[s], CLOSE, SPLIT_MISTAKE + " (mixing tokens into heads leaks future tokens)");
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("self-attention without a mask is permutation-equivariant: permuting the tokens permutes the output"
            + " rows")
    void permutationEquivariant() {
        Random random = new Random(Seeds.of(144));
        Params p = Params.random(random, 6);
        MultiHeadAttention layer = p.layer(3);
        double[][] x = gaussian(random, 5, 6);
        int[] perm = {3, 0, 4, 1, 2};
        double[][] px = new double[5][];
        for (int i = 0; i < 5; i++) {
            px[i] = x[perm[i]];
        }
        double[][] out = run(layer, x, x, x, null);
        double[][] pout = run(layer, px, px, px, null);
        for (int i = 0; i < 5; i++) {
            ArrayAssertions.assertClose("output row " + i + " of the permuted input (expected: row " + perm[i]
                    + " of the original output)", out[perm[i]], pout[i], CLOSE, SPLIT_MISTAKE);
        }
    }

    @Test
    @Points(2)
    @DisplayName("lastWeights() has shape [h, T_q, T_k], and every head's rows are non-negative and sum to 1")
    void weightsAreDistributions() {
        Random random = new Random(Seeds.of(145));
        Params p = Params.random(random, 8);
        MultiHeadAttention layer = p.layer(4);
        double[][] q = gaussian(random, 3, 8);
        double[][] kv = gaussian(random, 7, 8);
        run(layer, q, kv, kv, null);
        INDArray w = layer.lastWeights();
        if (!Arrays.equals(w.shape(), new long[] {4, 3, 7})) {
            throw Failure.of("lastWeights() has the wrong shape").expected("[4, 3, 7] (heads, queries, keys)")
                    .actual(Arrays.toString(w.shape())).likelyMistake("store one T_q×T_k matrix per head").error();
        }
        for (int j = 0; j < 4; j++) {
            double[][] a = w.slice(j).toDoubleMatrix();
            for (int i = 0; i < a.length; i++) {
                double sum = 0;
                for (double value : a[i]) {
                    if (!(value >= 0)) {
                        throw Failure.of("head " + j + " has a negative or NaN weight in row " + i).expected(">= 0")
                                .actual(value).likelyMistake("each head's weights are a softmax").error();
                    }
                    sum += value;
                }
                ArrayAssertions.assertClose("sum of row " + i + " of head " + j, 1.0, sum, CLOSE,
                        "normalise each row (over the keys) of each head");
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("keeps copies of its parameters and leaves the inputs unchanged")
    void keepsCopiesAndDoesNotModifyInputs() {
        Random random = new Random(Seeds.of(146));
        Params p = Params.random(random, 4);
        INDArray wq = Nd4j.createFromArray(p.wq);
        INDArray zero = Nd4j.zeros(DataType.DOUBLE, 4);
        INDArray eye = Nd4j.eye(4).castTo(DataType.DOUBLE);
        MultiHeadAttention layer = new MultiHeadAttention(2, wq, zero, eye, zero, eye, zero, eye, zero);
        double[][] x = gaussian(random, 3, 4);
        INDArray xa = Nd4j.createFromArray(x);
        double[][] before = layer.forward(xa, xa, xa, null).toDoubleMatrix();
        ArrayAssertions.assertClose("input after forward", x, xa.toDoubleMatrix(), Tolerance.absolute(0),
                "compute into new arrays; do not use in-place ops (addi, muli) on the inputs");
        wq.addi(1.0);
        ArrayAssertions.assertClose("output after the caller changed the wq it passed in", before,
                layer.forward(xa, xa, xa, null).toDoubleMatrix(), CLOSE,
                "the constructor should keep copies (dup()) of the weights");
    }

    // ----------------------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects a head count that does not divide d_model, mis-shaped weights or biases, bad inputs and"
            + " masks with an IllegalArgumentException naming the rule")
    void rejectsBadArguments() {
        INDArray eye = Nd4j.eye(6).castTo(DataType.DOUBLE);
        INDArray zero = Nd4j.zeros(DataType.DOUBLE, 6);
        rejected("heads = 4 with d_model = 6", () -> new MultiHeadAttention(4, eye, zero, eye, zero, eye, zero, eye, zero), "4");
        rejected("heads = 0", () -> new MultiHeadAttention(0, eye, zero, eye, zero, eye, zero, eye, zero), "0");
        rejected("wk of shape [6, 4]", () -> new MultiHeadAttention(2, eye, zero, Nd4j.zeros(DataType.DOUBLE, 6, 4), zero,
                eye, zero, eye, zero), "[6, 4]");
        rejected("bv of length 5", () -> new MultiHeadAttention(2, eye, zero, eye, zero, eye, Nd4j.zeros(DataType.DOUBLE, 5),
                eye, zero), "[5]");
        rejected("wo = null", () -> new MultiHeadAttention(2, eye, zero, eye, zero, eye, zero, null, zero), "wo");
        rejected("wq with NaN", () -> new MultiHeadAttention(2, eye.dup().putScalar(0, 0, Double.NaN), zero, eye, zero,
                eye, zero, eye, zero), "NaN");
        MultiHeadAttention layer = new MultiHeadAttention(2, eye, zero, eye, zero, eye, zero, eye, zero);
        INDArray x = Nd4j.ones(DataType.DOUBLE, 3, 6);
        rejected("query of shape [3, 5]", () -> layer.forward(Nd4j.ones(DataType.DOUBLE, 3, 5), x, x, null), "[3, 5]");
        rejected("value with 2 rows for 3 keys", () -> layer.forward(x, x, Nd4j.ones(DataType.DOUBLE, 2, 6), null), "[2, 6]");
        rejected("key = null", () -> layer.forward(x, null, x, null), "key");
        rejected("mask of shape [3, 2]", () -> layer.forward(x, x, x, Nd4j.zeros(DataType.DOUBLE, 3, 2)), "[3, 2]");
        rejected("query with +∞", () -> layer.forward(x.dup().putScalar(1, 1, Double.POSITIVE_INFINITY), x, x, null),
                "Infinity");
    }

    @Test
    @Points(1)
    @DisplayName("lastWeights() before any forward call throws IllegalStateException")
    void lastWeightsBeforeForward() {
        INDArray eye = Nd4j.eye(2).castTo(DataType.DOUBLE);
        INDArray zero = Nd4j.zeros(DataType.DOUBLE, 2);
        MultiHeadAttention layer = new MultiHeadAttention(1, eye, zero, eye, zero, eye, zero, eye, zero);
        try {
            layer.lastWeights();
        } catch (IllegalStateException expected) {
            return;
        }
        throw Failure.of("lastWeights() before forward did not throw IllegalStateException")
                .likelyMistake("keep lastWeights null until forward runs").error();
    }

    // -------------------------------------------------------------------------------- helpers

    private static void assertMatchesTorch(String name) {
        int heads = (int) torch.number(name + ".heads");
        MultiHeadAttention layer = new MultiHeadAttention(heads, nd(name + ".wq"), ndv(name + ".bq"), nd(name + ".wk"),
                ndv(name + ".bk"), nd(name + ".wv"), ndv(name + ".bv"), nd(name + ".wo"), ndv(name + ".bo"));
        INDArray mask = torch.json().has(name + ".allowed") ? Nd4j.createFromArray(additive(torch.matrix(name + ".allowed")))
                : null;
        double[][] out = run(layer, torch.matrix(name + ".query"), torch.matrix(name + ".key"),
                torch.matrix(name + ".value"), mask);
        INDArray weights = layer.lastWeights();
        for (int j = 0; j < heads; j++) {
            double[][] expected = torch.matrix(name + ".weights" + j);
            double[][] actual = weights == null || weights.rank() != 3 || weights.size(0) != heads ? null
                    : weights.slice(j).toDoubleMatrix();
            ArrayAssertions.assertClose("attention weights of head " + j + " (" + name + ")", expected, actual, CLOSE,
                    SPLIT_MISTAKE + "; " + SCALE_MISTAKE);
        }
        ArrayAssertions.assertClose("output (" + name + ")", torch.matrix(name + ".output"), out, CLOSE,
                PROJECTION_MISTAKE);
    }

    private static double[][] run(MultiHeadAttention layer, double[][] q, double[][] k, double[][] v, INDArray mask) {
        INDArray out = layer.forward(Nd4j.createFromArray(q), Nd4j.createFromArray(k), Nd4j.createFromArray(v), mask);
        if (out == null || out.rank() != 2) {
            throw Failure.of("forward did not return a matrix")
                    .actual(out == null ? "null" : Arrays.toString(out.shape()))
                    .likelyMistake("return concat·Wo + bo, T_q × d_model").error();
        }
        return out.toDoubleMatrix();
    }

    /** Parameters in plain Java (x·W + b convention). */
    private record Params(double[][] wq, double[] bq, double[][] wk, double[] bk, double[][] wv, double[] bv,
                          double[][] wo, double[] bo) {
        static Params random(Random r, int d) {
            double s = 1 / Math.sqrt(d);
            return new Params(scale(gaussian(r, d, d), s), gaussian(r, 1, d)[0], scale(gaussian(r, d, d), s),
                    gaussian(r, 1, d)[0], scale(gaussian(r, d, d), s), gaussian(r, 1, d)[0], scale(gaussian(r, d, d), s),
                    gaussian(r, 1, d)[0]);
        }

        Params withIdentityOutput() {
            int d = wq.length;
            double[][] eye = new double[d][d];
            for (int i = 0; i < d; i++) {
                eye[i][i] = 1;
            }
            return new Params(wq, bq, wk, bk, wv, bv, eye, new double[d]);
        }

        /** New random values in the columns from..to-1 of Wq, Wk, Wv and their biases (head 1 onwards). */
        Params withHeadColumnsScrambled(Random r, int from, int to) {
            return new Params(scramble(r, wq, from, to), scramble(r, bq, from, to), scramble(r, wk, from, to),
                    scramble(r, bk, from, to), scramble(r, wv, from, to), scramble(r, bv, from, to), wo, bo);
        }

        MultiHeadAttention layer(int heads) {
            return new MultiHeadAttention(heads, Nd4j.createFromArray(wq), Nd4j.createFromArray(bq),
                    Nd4j.createFromArray(wk), Nd4j.createFromArray(bk), Nd4j.createFromArray(wv), Nd4j.createFromArray(bv),
                    Nd4j.createFromArray(wo), Nd4j.createFromArray(bo));
        }
    }

    /** Single-head attention in plain Java on columns from..to-1 of the projected Q, K, V (no output projection). */
    private static double[][] plainHead(Params p, double[][] query, double[][] key, double[][] value, int from, int to,
                                        double[][] mask) {
        double[][] q = columns(add(mul(query, p.wq), p.bq), from, to);
        double[][] k = columns(add(mul(key, p.wk), p.bk), from, to);
        double[][] v = columns(add(mul(value, p.wv), p.bv), from, to);
        double scale = Math.sqrt(to - from);
        double[][] out = new double[q.length][v[0].length];
        for (int i = 0; i < q.length; i++) {
            double[] s = new double[k.length];
            double max = NEG_INF;
            for (int j = 0; j < k.length; j++) {
                for (int c = 0; c < q[i].length; c++) {
                    s[j] += q[i][c] * k[j][c];
                }
                s[j] = s[j] / scale + (mask == null ? 0 : mask[i][j]);
                max = Math.max(max, s[j]);
            }
            double sum = 0;
            for (int j = 0; j < k.length; j++) {
                s[j] = Math.exp(s[j] - max);
                sum += s[j];
            }
            for (int j = 0; j < k.length; j++) {
                for (int c = 0; c < v[0].length; c++) {
                    out[i][c] += s[j] / sum * v[j][c];
                }
            }
        }
        return out;
    }

    private static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[][] add(double[][] a, double[] row) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
            for (int j = 0; j < row.length; j++) {
                c[i][j] += row[j];
            }
        }
        return c;
    }

    private static double[][] columns(double[][] a, int from, int to) {
        return Arrays.stream(a).map(r -> Arrays.copyOfRange(r, from, to)).toArray(double[][]::new);
    }

    private static double[][] scramble(Random r, double[][] w, int from, int to) {
        double[][] c = Arrays.stream(w).map(double[]::clone).toArray(double[][]::new);
        for (double[] row : c) {
            for (int j = from; j < to; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return c;
    }

    private static double[] scramble(Random r, double[] b, int from, int to) {
        double[] c = b.clone();
        for (int j = from; j < to; j++) {
            c[j] = r.nextGaussian();
        }
        return c;
    }

    private static double[][] causal(int t) {
        double[][] m = new double[t][t];
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                m[i][j] = NEG_INF;
            }
        }
        return m;
    }

    private static double[][] additive(double[][] allowed) {
        return Arrays.stream(allowed).map(r -> Arrays.stream(r).map(a -> a > 0 ? 0.0 : NEG_INF).toArray())
                .toArray(double[][]::new);
    }

    private static INDArray nd(String field) {
        return Nd4j.createFromArray(torch.matrix(field));
    }

    private static INDArray ndv(String field) {
        return Nd4j.createFromArray(torch.vector(field));
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

    private static double[][] gaussian(Random random, int rows, int columns) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return a;
    }

    private static double[][] scale(double[][] a, double factor) {
        return Arrays.stream(a).map(r -> Arrays.stream(r).map(x -> x * factor).toArray()).toArray(double[][]::new);
    }
}
