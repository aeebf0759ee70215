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
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link Initialization}.
 *
 * <p>Oracles: closed-form moments of the target distributions (for {@code N(0, σ²)}:
 * {@code E[w²] = σ²}, {@code sd(w²) = σ²√2}; for {@code U(−a, a)}: {@code E[w²] = a²/3},
 * {@code sd(w²) = 2a²/√45}), checked in standard errors with {@link StatisticalAssertions}
 * (seeds through {@link Seeds#of}); the Kolmogorov-Smirnov test against Commons Math's normal
 * CDF; and the signal-propagation experiment of He et al. (2015): the second moment of the
 * activations after 50 ReLU layers of width 256 (plain Java products), averaged over 8 networks
 * that share the learner's He weights up to random row and column signs, stays within [0.25, 4]
 * times the input's, and falls below 1e-6 when the same draws are rescaled to N(0, 0.01²).
 * Non-square layers (64→512 and 512→64) tell the fan-in from the fan-out.
 */
@Challenge("p3.nn.initialization")
class InitializationGradingTest {

    private static final double Z = 5;
    private static final String FAN_IN =
            "He initialisation uses the FAN-IN, the number of inputs (rows of W, the first argument): variance"
                    + " 2/fanIn; 2/fanOut swaps the fans, 1/fanIn drops the ReLU gain √2";

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(2)
    @DisplayName("every initialiser returns a fanIn × fanOut matrix: 64 rows and 512 columns for (64, 512)")
    void shapeIsFanInByFanOut() {
        String mistake = "the weights multiply x (N × fanIn) on the right, so W is fanIn × fanOut: rows = inputs";
        checkShape("xavierUniform(64, 512)", Initialization.xavierUniform(64, 512, 1L), mistake);
        checkShape("xavierNormal(64, 512)", Initialization.xavierNormal(64, 512, 1L), mistake);
        checkShape("heNormal(64, 512)", Initialization.heNormal(64, 512, 1L), mistake);
    }

    @Test
    @Points(4)
    @DisplayName("He normal weights of a 64→512 layer have variance 2/64 (the fan-in), not 2/512, and mean 0")
    void heNormalUsesTheFanIn() {
        double variance = 2.0 / 64;
        double[] w = samples("heNormal(64, 512)", Initialization.heNormal(64, 512, Seeds.of(11L)), 64, 512);
        StatisticalAssertions.assertMeanWithin("squared heNormal(64, 512) weights (their variance)", squares(w),
                variance, variance * Math.sqrt(2), Z, FAN_IN);
        StatisticalAssertions.assertMeanWithin("heNormal(64, 512) weights", w, 0, Math.sqrt(variance), Z,
                "the weights are zero-mean: sd · nextGaussian(), with no offset");
    }

    @Test
    @Points(3)
    @DisplayName("He normal weights of a 512→64 layer have variance 2/512 and follow N(0, 2/512) (Kolmogorov-Smirnov)")
    void heNormalIsNormalWithFanInVariance() {
        double variance = 2.0 / 512;
        double[] w = samples("heNormal(512, 64)", Initialization.heNormal(512, 64, Seeds.of(12L)), 512, 64);
        StatisticalAssertions.assertMeanWithin("squared heNormal(512, 64) weights (their variance)", squares(w),
                variance, variance * Math.sqrt(2), Z, FAN_IN);
        NormalDistribution normal = new NormalDistribution(null, 0, Math.sqrt(variance), 1e-9);
        StatisticalAssertions.assertFollowsDistribution("heNormal(512, 64) weights", w, normal::cumulativeProbability,
                1e-4, "draw each weight as √(2/fanIn) · nextGaussian(): a normal, not a uniform");
    }

    @Test
    @Points(3)
    @DisplayName("Xavier uniform weights of a 64→512 layer lie in (−a, a), a = √(6/576), with variance a²/3 = 2/576")
    void xavierUniformHasTheGlorotBoundAndVariance() {
        double a = Math.sqrt(6.0 / (64 + 512));
        double[] w = samples("xavierUniform(64, 512)", Initialization.xavierUniform(64, 512, Seeds.of(13L)), 64, 512);
        double largest = Arrays.stream(w).map(Math::abs).max().orElse(0);
        if (!(largest <= a)) {
            throw Failure.of("a xavierUniform(64, 512) weight lies outside (−a, a)")
                    .expected("|w| ≤ a = √(6/(64 + 512)) = " + a).actual("max |w| = " + largest)
                    .likelyMistake("the bound is a = √(6/(fanIn + fanOut)): w = (2u − 1)·a for u uniform in [0, 1)")
                    .error();
        }
        StatisticalAssertions.assertMeanWithin("squared xavierUniform(64, 512) weights (their variance)", squares(w),
                a * a / 3, 2 * a * a / Math.sqrt(45), Z,
                "U(−a, a) has variance a²/3; with a = √(6/(fanIn + fanOut)) that is 2/(fanIn + fanOut). A bound of"
                        + " √(2/(fanIn + fanOut)) gives a third of it");
        StatisticalAssertions.assertMeanWithin("xavierUniform(64, 512) weights", w, 0, a / Math.sqrt(3), Z,
                "the weights are symmetric around 0: (2u − 1)·a, not u·a");
    }

    @Test
    @Points(3)
    @DisplayName("Xavier normal weights of a 512→64 layer follow N(0, 2/(512 + 64))")
    void xavierNormalHasTheGlorotVariance() {
        double variance = 2.0 / (512 + 64);
        double[] w = samples("xavierNormal(512, 64)", Initialization.xavierNormal(512, 64, Seeds.of(14L)), 512, 64);
        String mistake = "the standard deviation is √(2/(fanIn + fanOut)): multiply nextGaussian() by the square root"
                + " of the variance, not by the variance";
        StatisticalAssertions.assertMeanWithin("squared xavierNormal(512, 64) weights (their variance)", squares(w),
                variance, variance * Math.sqrt(2), Z, mistake);
        NormalDistribution normal = new NormalDistribution(null, 0, Math.sqrt(variance), 1e-9);
        StatisticalAssertions.assertFollowsDistribution("xavierNormal(512, 64) weights", w,
                normal::cumulativeProbability, 1e-4, mistake);
    }

    @Test
    @Points(2)
    @DisplayName("the same seed gives the same weights and another seed different ones")
    void seedingIsReproducible() {
        String mistake = "seed the generator with the seed argument (new Random(seed)), once per call";
        for (String name : new String[] {"xavierUniform", "xavierNormal", "heNormal"}) {
            double[][] first = call(name, 8, 5, 99L).toDoubleMatrix();
            double[][] again = call(name, 8, 5, 99L).toDoubleMatrix();
            ArrayAssertions.assertClose(name + "(8, 5, 99) called twice", first, again, Tolerance.absolute(0), mistake);
            double[][] other = call(name, 8, 5, 100L).toDoubleMatrix();
            if (Arrays.deepEquals(first, other)) {
                throw Failure.of(name + "(8, 5, 99) and " + name + "(8, 5, 100) gave the same weights")
                        .expected("different weights for different seeds").actual(Arrays.deepToString(other))
                        .likelyMistake(mistake).error();
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("through 50 ReLU layers of width 256, He weights keep the activations' second moment within"
            + " [0.25, 4] × the input's, while N(0, 0.01²) weights shrink it below 1e-6")
    void heKeepsTheSignalThroughFiftyReluLayers() {
        int width = 256;
        int depth = 50;
        int networks = 8;
        Random random = new Random(Seeds.of(15L));
        double[][][] he = new double[depth][][];
        for (int layer = 0; layer < depth; layer++) {
            INDArray w = Initialization.heNormal(width, width, random.nextLong());
            checkShape2("heNormal(256, 256)", w, width, width);
            he[layer] = w.castTo(DataType.DOUBLE).toDoubleMatrix();
        }
        // Each network flips the signs of random rows and columns of every layer's weights: the result is
        // again N(0, 2/256) (a symmetric distribution), but the networks' fluctuations become nearly
        // independent, and their mean is a stable estimate of the He network's typical behaviour.
        double ratioSum = 0;
        for (int net = 0; net < networks; net++) {
            ratioSum += secondMomentRatio(random, he, 1.0);
        }
        double ratio = ratioSum / networks;
        if (!(ratio >= 0.25 && ratio <= 4)) {
            throw Failure.of("after 50 ReLU layers with He weights the activations' second moment changed by a"
                            + " factor " + ratio + " (mean over " + networks + " networks)")
                    .expected("a factor within [0.25, 4]").actual(ratio)
                    .likelyMistake("each layer multiplies E[h²] by fanIn·Var(w)/2, which is 1 only for Var(w) ="
                            + " 2/fanIn: " + FAN_IN)
                    .error();
        }
        // The same draws rescaled to N(0, 0.01²): each layer multiplies E[h²] by 256·0.0001/2 ≈ 0.013.
        double small = secondMomentRatio(random, he, 0.01 / Math.sqrt(2.0 / width));
        if (!(small < 1e-6)) {
            throw Failure.of("the N(0, 0.01²) network did not collapse").expected("a factor below 1e-6")
                    .actual(small).likelyMistake("He weights must have variance 2/fanIn: " + FAN_IN).error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects a fan-in or fan-out below 1 with IllegalArgumentException naming the fan and the value")
    void rejectsEmptyLayers() {
        assertRejected("heNormal(0, 4)", () -> Initialization.heNormal(0, 4, 1L), "fanIn", "0");
        assertRejected("xavierUniform(4, -2)", () -> Initialization.xavierUniform(4, -2, 1L), "fanOut", "-2");
        assertRejected("xavierNormal(-1, 3)", () -> Initialization.xavierNormal(-1, 3, 1L), "fanIn", "-1");
    }

    // ------------------------------------------------------------------------------ helpers

    private static INDArray call(String name, int fanIn, int fanOut, long seed) {
        return switch (name) {
            case "xavierUniform" -> Initialization.xavierUniform(fanIn, fanOut, seed);
            case "xavierNormal" -> Initialization.xavierNormal(fanIn, fanOut, seed);
            default -> Initialization.heNormal(fanIn, fanOut, seed);
        };
    }

    private static void checkShape(String what, INDArray w, String mistake) {
        long[] shape = w == null ? null : w.shape();
        if (!Arrays.equals(shape, new long[] {64, 512})) {
            throw Failure.of(what + " has the wrong shape").expected("[64, 512]")
                    .actual(shape == null ? "null" : Arrays.toString(shape)).likelyMistake(mistake).error();
        }
    }

    private static double[] samples(String what, INDArray w, int rows, int columns) {
        checkShape2(what, w, rows, columns);
        return w.castTo(DataType.DOUBLE).ravel().toDoubleVector();
    }

    private static void checkShape2(String what, INDArray w, int rows, int columns) {
        long[] shape = w == null ? null : w.shape();
        if (!Arrays.equals(shape, new long[] {rows, columns})) {
            throw Failure.of(what + " has the wrong shape").expected("[" + rows + ", " + columns + "]")
                    .actual(shape == null ? "null" : Arrays.toString(shape))
                    .likelyMistake("W is fanIn × fanOut: rows = inputs, columns = outputs").error();
        }
    }

    /**
     * E[h²] after the layers divided by E[x²] of an 8×256 standard normal input, with every weight
     * multiplied by {@code scale} and by random signs of its row and its column.
     */
    private static double secondMomentRatio(Random random, double[][][] layers, double scale) {
        int batch = 8;
        int width = layers[0].length;
        double[][] h = new double[batch][width];
        double input = 0;
        for (double[] row : h) {
            for (int i = 0; i < width; i++) {
                row[i] = random.nextGaussian();
                input += row[i] * row[i];
            }
        }
        double[] next = new double[width];
        for (double[][] w : layers) {
            double[] rowSign = signs(random, width, scale);
            double[] columnSign = signs(random, width, 1.0);
            for (double[] row : h) {
                Arrays.fill(next, 0);
                for (int i = 0; i < width; i++) {
                    double hi = row[i] * rowSign[i];
                    if (hi != 0) {
                        double[] wi = w[i];
                        for (int j = 0; j < width; j++) {
                            next[j] += hi * wi[j];
                        }
                    }
                }
                for (int j = 0; j < width; j++) {
                    row[j] = Math.max(0, next[j] * columnSign[j]);
                }
            }
        }
        double output = 0;
        for (double[] row : h) {
            for (double v : row) {
                output += v * v;
            }
        }
        return output / input;
    }

    private static double[] signs(Random random, int n, double scale) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextBoolean() ? scale : -scale;
        }
        return s;
    }

    private static double[] squares(double[] values) {
        return Arrays.stream(values).map(v -> v * v).toArray();
    }

    private static void assertRejected(String call, Runnable action, String... mentions) {
        Throwable thrown = null;
        try {
            action.run();
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown instanceof UnsupportedOperationException notWritten) {
            throw notWritten;
        }
        boolean ok = thrown instanceof IllegalArgumentException && thrown.getMessage() != null
                && Arrays.stream(mentions).allMatch(thrown.getMessage()::contains);
        if (!ok) {
            throw Failure.of(call + " was not rejected as expected")
                    .expected("IllegalArgumentException whose message mentions " + String.join(" and ", mentions))
                    .actual(thrown == null ? "no exception" : thrown.getClass().getSimpleName() + ": "
                            + thrown.getMessage())
                    .likelyMistake("check fanIn ≥ 1 and fanOut ≥ 1 first, naming the fan and its value").error();
        }
    }
}
