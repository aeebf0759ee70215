package io.mlpath.p2.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p2.evaluation.BiasVariance.Decomposition;
import io.mlpath.p2.evaluation.BiasVariance.LearningCurve;
import io.mlpath.p2.evaluation.BiasVariance.Learner;
import io.mlpath.p2.evaluation.BiasVariance.DataProcess;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hidden tests of the Monte-Carlo bias-variance decomposition and learning curves.
 *
 * <p>Oracles: exact closed forms for learners the test supplies (a constant learner: variance 0,
 * bias² = mean (c − f)²; the truth itself: bias² = variance = 0; the training mean of
 * {@code N(μ, σ²)} targets: variance σ²/n, expected training MSE σ²(n−1)/n, expected test MSE
 * σ²(1 + 1/n)), with tolerances of a few Monte-Carlo standard errors; the decomposition identity
 * bias² + variance + σ² = E[(ĝ − y)²] within a stated 5 % (1,000 rounds × 50 test inputs: the largest
 * miss over seed offsets 0..19 is about 1.3 %); the textbook behaviour of least-squares polynomials
 * (fitted by the test with Commons Math QR) of degree 1, 3 and 6 on sin(πx).
 */
@Challenge("p2.evaluation.bias-variance")
class BiasVarianceGradingTest {

    private static final DataProcess SINE = new DataProcess(x -> Math.sin(Math.PI * x), 0.3, -1, 1);
    private static final double[] TEST_X = grid(-0.98, 0.98, 50);
    private static final String VARIANCE_MISTAKE = "variance is the spread of the predictions around the MEAN "
            + "PREDICTION m(x) = mean over rounds, mean_r (p_r − m)²; measured around the truth f(x) it also "
            + "contains bias²";
    private static final String FRESH_DATA = "each round must draw a NEW training set from ONE Random(seed) created "
            + "before the loop; a new Random(seed) per round repeats the same training set, so the variance vanishes";

    @Test
    @Points(4)
    @DisplayName("a learner that ignores the data and predicts c = 0.2 has variance exactly 0 and bias² exactly "
            + "mean_j (0.2 − sin(πx_j))² (closed form), noise σ² = 0.09")
    void constantLearnerHasNoVariance() {
        Decomposition d = BiasVariance.decompose((x, y) -> t -> 0.2, SINE, 25, TEST_X, 50, Seeds.of(1));
        double bias2 = Arrays.stream(TEST_X).map(x -> Math.pow(0.2 - Math.sin(Math.PI * x), 2)).average()
                .orElseThrow();
        ArrayAssertions.assertClose("variance of a constant learner", 0.0, d.variance(), Tolerance.absolute(1e-12),
                VARIANCE_MISTAKE);
        ArrayAssertions.assertClose("bias² of a constant learner", bias2, d.bias2(), Tolerance.relative(1e-9),
                "bias² = mean over the test inputs of (mean prediction − f(x))², with f the TRUE function");
        ArrayAssertions.assertClose("noise", 0.09, d.noise(), Tolerance.relative(1e-12), "noise is σ² (not σ)");
    }

    @Test
    @Points(2)
    @DisplayName("a learner that returns the true function has bias² = 0 and variance = 0, and its expected MSE "
            + "is the noise σ² = 0.09 (within 5 %, 1,000 rounds)")
    void truthHasOnlyNoise() {
        Decomposition d = BiasVariance.decompose((x, y) -> SINE.truth(), SINE, 25, TEST_X, 1000, Seeds.of(2));
        ArrayAssertions.assertClose("bias² of the truth", 0.0, d.bias2(), Tolerance.absolute(1e-12),
                "bias² compares the mean prediction with f(x) itself, not with noisy targets");
        ArrayAssertions.assertClose("variance of the truth", 0.0, d.variance(), Tolerance.absolute(1e-12),
                VARIANCE_MISTAKE);
        ArrayAssertions.assertClose("expected MSE of the truth", 0.09, d.expectedMse(), Tolerance.relative(0.05),
                "the expected MSE compares each prediction with a FRESH noisy target f(x) + σ·N(0, 1)");
    }

    @Test
    @Points(5)
    @DisplayName("bias² + variance + σ² equals the Monte-Carlo expected MSE within 5 % for polynomials of degree 1, "
            + "3 and 6 fitted to sin(πx) + N(0, 0.3²) (25 rows, 1,000 rounds, 50 test inputs)")
    void decompositionAddsUpToTheExpectedMse() {
        for (int degree : new int[] {1, 3, 6}) {
            Decomposition d = BiasVariance.decompose(polynomial(degree), SINE, 25, TEST_X, 1000, Seeds.of(30 + degree));
            double sum = d.bias2() + d.variance() + d.noise();
            if (!Tolerance.relative(0.05).accepts(d.expectedMse(), sum)) {
                throw Failure.of("bias² + variance + noise does not add up to the expected MSE (degree " + degree + ")")
                        .expected(d.expectedMse() + " (your expected MSE), within 5 %")
                        .actual(sum + " = " + d.bias2() + " + " + d.variance() + " + " + d.noise())
                        .likelyMistake(VARIANCE_MISTAKE + ". Also: the expected MSE compares predictions with noisy "
                                + "targets (it contains σ²), and noise is σ², not σ")
                        .error();
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("variance rises with the polynomial degree (1 < 3 < 6) while bias² falls from degree 1 to 3, "
            + "on sin(πx) + N(0, 1) with 30 training rows (200 rounds)")
    void varianceRisesWithDegree() {
        double[] variance = new double[3];
        double[] bias2 = new double[3];
        int[] degrees = {1, 3, 6};
        DataProcess noisy = new DataProcess(x -> Math.sin(Math.PI * x), 1.0, -1, 1);
        double[] inner = grid(-0.9, 0.9, 50);
        for (int k = 0; k < 3; k++) {
            Decomposition d = BiasVariance.decompose(polynomial(degrees[k]), noisy, 30, inner, 200, Seeds.of(50));
            variance[k] = d.variance();
            bias2[k] = d.bias2();
        }
        if (!(variance[0] < variance[1] && variance[1] < variance[2] && bias2[0] > bias2[1])) {
            throw Failure.of("the bias-variance trade-off does not show across degrees 1, 3, 6")
                    .expected("variance(1) < variance(3) < variance(6) and bias²(1) > bias²(3)")
                    .actual("variance " + Arrays.toString(variance) + ", bias² " + Arrays.toString(bias2))
                    .likelyMistake(FRESH_DATA + ". " + VARIANCE_MISTAKE)
                    .error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("predicting the training mean of y = 2 + N(0, 1) from n = 10 rows has variance σ²/n = 0.1 "
            + "(within 4 standard errors, 2,000 rounds) and bias² ≈ 0")
    void meanLearnerVarianceIsSigmaSquaredOverN() {
        DataProcess constant = new DataProcess(x -> 2, 1.0, -1, 1);
        int rounds = 2000;
        Decomposition d = BiasVariance.decompose(meanLearner(), constant, 10, new double[] {-0.5, 0.5}, rounds,
                Seeds.of(3));
        double standardError = 0.1 * Math.sqrt(2.0 / rounds);
        ArrayAssertions.assertClose("variance of the training mean", 0.1, d.variance(),
                Tolerance.absolute(4 * standardError), FRESH_DATA + ". " + VARIANCE_MISTAKE);
        ArrayAssertions.assertClose("bias² of the training mean", 0.0, d.bias2(),
                Tolerance.absolute(16 * 0.1 / rounds), "the mean prediction over rounds should be 2 = f(x)");
    }

    @Test
    @Points(2)
    @DisplayName("the decomposition is seeded: the same seed gives identical numbers, another seed different ones")
    void decompositionIsSeeded() {
        long seed = Seeds.of(77);
        Decomposition a = BiasVariance.decompose(polynomial(3), SINE, 25, TEST_X, 20, seed);
        Decomposition b = BiasVariance.decompose(polynomial(3), SINE, 25, TEST_X, 20, seed);
        Decomposition c = BiasVariance.decompose(polynomial(3), SINE, 25, TEST_X, 20, seed + 1);
        if (!a.equals(b) || a.equals(c)) {
            throw Failure.of("the decomposition does not follow its seed")
                    .expected("same seed → same numbers, seed + 1 → different numbers")
                    .actual("seed: " + a + "; again: " + b + "; seed + 1: " + c)
                    .likelyMistake("draw every random number from one new Random(seed); never use the clock or "
                            + "Math.random()")
                    .error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("learning curve of the training mean on y = 2 + N(0, 1): training MSE ≈ σ²(n−1)/n and test MSE "
            + "≈ σ²(1 + 1/n) for n = 2, 5, 20, 100 (within 4.5 standard errors, 400 rounds, 50 test rows)")
    void learningCurveOfTheMeanMatchesClosedForm() {
        DataProcess constant = new DataProcess(x -> 2, 1.0, -1, 1);
        int[] sizes = {2, 5, 20, 100};
        int rounds = 400;
        int testSize = 50;
        LearningCurve curve = BiasVariance.learningCurve(meanLearner(), constant, sizes, testSize, rounds,
                Seeds.of(4));
        for (int s = 0; s < sizes.length; s++) {
            double n = sizes[s];
            double trainSe = Math.sqrt(2 * (n - 1) / (n * n) / rounds);
            double testSe = Math.sqrt((2 / (n * n) + 2.0 / testSize + 4 / (n * testSize)) / rounds);
            ArrayAssertions.assertClose("training MSE at n = " + sizes[s], (n - 1) / n, curve.trainMse()[s],
                    Tolerance.absolute(4.5 * trainSe), "the training MSE is measured on the rows the learner was "
                            + "fitted on, averaged over rounds (divide by n, not n − 1)");
            ArrayAssertions.assertClose("test MSE at n = " + sizes[s], 1 + 1 / n, curve.testMse()[s],
                    Tolerance.absolute(4.5 * testSe), "the test MSE is measured on FRESH rows from the process, "
                            + "never on the training rows");
        }
    }

    @Test
    @Points(3)
    @DisplayName("learning curve of a cubic on sin(πx) + N(0, 0.3²): training MSE rises and test MSE falls as n "
            + "grows 8 → 16 → 64, and test MSE stays above training MSE")
    void learningCurveShape() {
        int[] sizes = {8, 16, 64};
        LearningCurve curve = BiasVariance.learningCurve(polynomial(3), SINE, sizes, 100, 100, Seeds.of(6));
        double[] train = curve.trainMse();
        double[] test = curve.testMse();
        boolean ok = train[0] < train[1] && train[1] < train[2] && test[0] > test[1] && test[1] > test[2];
        for (int s = 0; s < 3; s++) {
            ok &= test[s] > train[s];
        }
        if (!ok) {
            throw Failure.of("the learning curve has the wrong shape")
                    .expected("training MSE rising, test MSE falling with n, test above training")
                    .actual("training " + Arrays.toString(train) + ", test " + Arrays.toString(test))
                    .likelyMistake("fit on n fresh rows, measure the training MSE on those rows and the test MSE on "
                            + "testSize OTHER fresh rows, and average each over the rounds")
                    .error();
        }
        if (!Arrays.equals(sizes, curve.trainSizes())) {
            throw Failure.of("the learning curve reports other training sizes").expected(Arrays.toString(sizes))
                    .actual(Arrays.toString(curve.trainSizes())).likelyMistake("return the sizes as given").error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("rejects bad input with IllegalArgumentException naming the rule: rounds < 2, trainSize < 1, "
            + "empty or NaN test inputs, a training size of 0, a negative σ")
    void rejectsBadInput() {
        Learner learner = meanLearner();
        expectRejection("rounds = 1", "rounds", () -> BiasVariance.decompose(learner, SINE, 5, TEST_X, 1, 0));
        expectRejection("trainSize = 0", "trainSize", () -> BiasVariance.decompose(learner, SINE, 0, TEST_X, 5, 0));
        expectRejection("an empty testX", "testX", () -> BiasVariance.decompose(learner, SINE, 5, new double[0], 5, 0));
        expectRejection("a NaN test input", "finite",
                () -> BiasVariance.decompose(learner, SINE, 5, new double[] {0, Double.NaN}, 5, 0));
        expectRejection("a training size of 0", "at least 1",
                () -> BiasVariance.learningCurve(learner, SINE, new int[] {5, 0}, 10, 5, 0));
        expectRejection("σ = −1", "noiseSd", () -> new DataProcess(x -> x, -1, 0, 1));
    }

    // ----- the test's own learners -----

    private static Learner meanLearner() {
        return (x, y) -> {
            double m = Arrays.stream(y).average().orElseThrow();
            return t -> m;
        };
    }

    /** Least-squares polynomial of the given degree (Commons Math QR on the Vandermonde matrix). */
    private static Learner polynomial(int degree) {
        return (x, y) -> {
            double[][] v = new double[x.length][degree + 1];
            for (int i = 0; i < x.length; i++) {
                for (int p = 0; p <= degree; p++) {
                    v[i][p] = Math.pow(x[i], p);
                }
            }
            RealVector c = new QRDecomposition(new Array2DRowRealMatrix(v, false), 1e-14).getSolver()
                    .solve(new ArrayRealVector(y, false));
            double[] coefficients = c.toArray();
            DoubleUnaryOperator fitted = t -> {
                double sum = 0;
                for (int p = degree; p >= 0; p--) {
                    sum = sum * t + coefficients[p];
                }
                return sum;
            };
            return fitted;
        };
    }

    private static double[] grid(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + (to - from) * i / (count - 1);
        }
        return values;
    }

    private static void expectRejection(String what, String ruleFragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call,
                () -> Failure.of(what + " was accepted").expected("IllegalArgumentException mentioning '"
                        + ruleFragment + "'").actual("no IllegalArgumentException")
                        .likelyMistake("validate inputs where they enter").message());
        if (e.getMessage() == null || !e.getMessage().contains(ruleFragment)) {
            throw Failure.of("the message for " + what + " does not state the rule")
                    .expected("a message containing '" + ruleFragment + "'").actual(e.getMessage())
                    .likelyMistake("say which rule was broken and the bad value, e.g. \"rounds must be at least 2, "
                            + "was 1\"")
                    .error();
        }
    }
}
