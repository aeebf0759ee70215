package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import io.mlpath.p2.supervised.LinearSvmGradingTest.Rejections;
import io.mlpath.p2.supervised.LinearSvmGradingTest.Split;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.classification.SVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;
import smile.math.kernel.LinearKernel;

/**
 * Hidden tests of the kernel SVM trained by simplified SMO.
 *
 * <p>Oracles: Smile 3.1.1's {@code SVM} (LASVM) with a Gaussian and a linear kernel as the accuracy
 * baseline on a seeded stratified 70/30 split of Breast Cancer; libsvm's exact dual optimum
 * (scikit-learn fixture {@code svm-breast-cancer.json}); closed-form duals of tiny sets; the KKT
 * constraints {@code 0 ≤ α ≤ C}, {@code Σ αᵢyᵢ = 0}; and {@code f(x) = Σ αᵢyᵢK(xᵢ, x) + b} recomputed
 * here from the exposed alphas. The SMO tests use kernels written in this class, so they do not
 * depend on the learner's {@link KernelSvm.Kernel} factories, which are tested on their own.
 */
@Challenge("p2.supervised.svm")
class KernelSvmGradingTest {

    /** How far below Smile's held-out accuracy the learner may be. */
    private static final double ACCURACY_MARGIN = 0.03;
    private static final long SPLIT_SEED = 42;
    private static final double GAMMA = 1.0 / 30;
    private static final double TOL = 1e-3;
    /** Training rows used by the tests that only need some model, to keep the suite fast. */
    private static final int SUBSAMPLE = 200;
    /**
     * maxPasses for the tiny closed-form sets. Simplified SMO stops after maxPasses sweeps without a
     * change even when a KKT violator is left, if its random partners happened not to help (on the
     * 8-point set only one partner in 7 does); 100 quiet sweeps make that practically impossible
     * for any random sequence, and cost nothing on 8 rows.
     */
    private static final int TOY_PASSES = 100;

    /** The test's own kernels. */
    private static final KernelSvm.Kernel DOT = LinearSvmGradingTest::dot;
    private static final KernelSvm.Kernel RBF = (a, b) -> Math.exp(-GAMMA * squaredDistance(a, b));

    private static final String BOUNDS_MISTAKE = "Are L and H right for each case? yᵢ ≠ yⱼ: L = max(0, αⱼ − αᵢ), "
            + "H = min(C, C + αⱼ − αᵢ); yᵢ = yⱼ: L = max(0, αᵢ + αⱼ − C), H = min(C, αᵢ + αⱼ)";
    private static final String BIAS_MISTAKE = "Is b updated after every pair step (b₁ if 0 < αᵢ < C, else b₂ if "
            + "0 < αⱼ < C, else their mean) and added in f(x)?";

    private static Split split;
    private static double smileRbfAccuracy;
    private static double smileLinearAccuracy;
    private static Fixture libsvm;
    private static double[][] fullX;
    private static int[] fullY;

    @BeforeAll
    static void fitBaselines() {
        split = Split.stratified(Datasets.breastCancer(), SPLIT_SEED);
        int[] signs = LinearSvmGradingTest.plusMinus(split.trainY());
        // Smile's Gaussian kernel is exp(−‖a − b‖² / (2σ²)): γ = 1/(2σ²).
        MathEx.setSeed(SPLIT_SEED);
        SVM<double[]> rbf = SVM.fit(split.trainX(), signs, new GaussianKernel(Math.sqrt(1 / (2 * GAMMA))), 1.0, TOL);
        smileRbfAccuracy = LinearSvmGradingTest.accuracy(zeroOne(rbf.predict(split.testX())), split.testY());
        MathEx.setSeed(SPLIT_SEED);
        SVM<double[]> linear = SVM.fit(split.trainX(), signs, new LinearKernel(), 1.0, TOL);
        smileLinearAccuracy = LinearSvmGradingTest.accuracy(zeroOne(linear.predict(split.testX())), split.testY());

        libsvm = Fixture.load(KernelSvmGradingTest.class, "svm-breast-cancer.json");
        ClassificationData data = Datasets.breastCancer();
        double[] mean = libsvm.vector("feature_mean");
        double[] std = libsvm.vector("feature_std");
        fullX = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            fullX[i] = LinearSvmGradingTest.standardise(data.features()[i], mean, std);
        }
        fullY = data.labels();
    }

    @Test
    @Points(3)
    @DisplayName("two points (−1, 0) → 0, (1, 0) → 1, linear kernel, C = 10: the closed form α = (0.5, 0.5), b = 0, "
            + "w = Σ αᵢyᵢxᵢ = (1, 0)")
    void linearTwoPointClosedForm() {
        double[][] x = {{-1, 0}, {1, 0}};
        KernelSvm svm = new KernelSvm(DOT, 10, TOL, 5, 1).fit(x, new int[] {0, 1});

        ArrayAssertions.assertClose("alphas", new double[] {0.5, 0.5}, svm.alphas(), Tolerance.absolute(1e-6),
                BOUNDS_MISTAKE + "; is η = 2Kᵢⱼ − Kᵢᵢ − Kⱼⱼ and αⱼ ← αⱼ − yⱼ(Eᵢ − Eⱼ)/η with y = ±1?");
        ArrayAssertions.assertClose("bias b", 0.0, svm.bias(), Tolerance.absolute(1e-6), BIAS_MISTAKE);
        ArrayAssertions.assertClose("w = Σ αᵢyᵢxᵢ", new double[] {1, 0}, weights(svm.alphas(), x, new int[] {0, 1}),
                Tolerance.absolute(1e-6), "the maximum margin is 1, so ‖w‖ = 1");
    }

    @Test
    @Points(3)
    @DisplayName("soft margin: with C = 0.25 below the hard-margin α = 0.5 both alphas stop at the bound C, "
            + "α = (0.25, 0.25), w = (0.5, 0), b = 0")
    void softMarginClipsAtC() {
        double[][] x = {{-1, 0}, {1, 0}};
        KernelSvm svm = new KernelSvm(DOT, 0.25, TOL, 5, 1).fit(x, new int[] {0, 1});

        ArrayAssertions.assertClose("alphas", new double[] {0.25, 0.25}, svm.alphas(), Tolerance.absolute(1e-6),
                "αⱼ must be clipped to [L, H] with H = min(C, C + αⱼ − αᵢ). " + BOUNDS_MISTAKE);
        ArrayAssertions.assertClose("bias b", 0.0, svm.bias(), Tolerance.absolute(1e-6),
                "with both alphas at C, b is the mean of b₁ and b₂. " + BIAS_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("RBF kernel, γ = 0.5, two points 2 apart, C = 100: the closed form α = 1/(1 − e^(−4γ)) for both "
            + "points, b = 0, f = ±1 at the points")
    void rbfTwoPointClosedForm() {
        double[][] x = {{-1, 0}, {1, 0}};
        KernelSvm.Kernel rbf = (a, b) -> Math.exp(-0.5 * squaredDistance(a, b));
        KernelSvm svm = new KernelSvm(rbf, 100, TOL, 5, 1).fit(x, new int[] {0, 1});

        // W(α) = 2α − α²(1 − K₁₂) with K₁₂ = e^(−0.5·4), maximised at α = 1/(1 − K₁₂).
        double alpha = 1 / (1 - Math.exp(-2));
        ArrayAssertions.assertClose("alphas", new double[] {alpha, alpha}, svm.alphas(), Tolerance.absolute(1e-6),
                BOUNDS_MISTAKE);
        ArrayAssertions.assertClose("decision function at the two training points", new double[] {-1, 1},
                svm.decisionFunction(x), Tolerance.absolute(1e-6),
                "both points are support vectors on the margin, y·f(x) = 1. " + BIAS_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("8 separable points, linear kernel, maxPasses = 100: the closed-form maximum-margin line x₁ + x₂ = 2, "
            + "w = (0.5, 0.5), b = −1, margin √2, support vectors (0, 0) and (2, 2) only")
    void maximumMarginClosedForm() {
        double[][] x = {{0, 0}, {-1, -1}, {0, -2}, {-2, 0}, {2, 2}, {3, 2}, {2, 4}, {4, 4}};
        int[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        KernelSvm svm = new KernelSvm(DOT, 10, TOL, TOY_PASSES, 3).fit(x, y);

        ArrayAssertions.assertClose("w = Σ αᵢyᵢxᵢ", new double[] {0.5, 0.5}, weights(svm.alphas(), x, y),
                Tolerance.absolute(1e-3), "the closest pair (0, 0), (2, 2) fixes the line; " + BOUNDS_MISTAKE);
        ArrayAssertions.assertClose("bias b", -1.0, svm.bias(), Tolerance.absolute(1e-3), BIAS_MISTAKE);
        ArrayAssertions.assertClose("alphas", new double[] {0.25, 0, 0, 0, 0.25, 0, 0, 0}, svm.alphas(),
                Tolerance.absolute(1e-3), "only (0, 0) and (2, 2) lie on the margin: the other alphas must be 0");
    }

    @Test
    @Points(3)
    @DisplayName("learns the bias: 1-D points {1, 2} → 0 and {4, 5} → 1 give α = (0, 0.5, 0.5, 0), b = −3 "
            + "(the line x = 3)")
    void learnsTheBias() {
        double[][] x = {{1}, {2}, {4}, {5}};
        int[] y = {0, 0, 1, 1};
        KernelSvm svm = new KernelSvm(DOT, 10, TOL, TOY_PASSES, 1).fit(x, y);

        ArrayAssertions.assertClose("bias b", -3.0, svm.bias(), Tolerance.absolute(1e-3), BIAS_MISTAKE);
        ArrayAssertions.assertClose("alphas", new double[] {0, 0.5, 0.5, 0}, svm.alphas(), Tolerance.absolute(1e-3),
                "w = 1 needs α = 0.5 on the two points next to the gap. " + BIAS_MISTAKE);
        int[] predicted = svm.predict(x);
        if (!Arrays.equals(y, predicted)) {
            throw Failure.of("training points misclassified on a separable set away from the origin")
                    .expected(Arrays.toString(y)).actual(Arrays.toString(predicted))
                    .likelyMistake(BIAS_MISTAKE).error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("satisfies the KKT constraints on Breast Cancer (RBF, C = 1): 0 ≤ αᵢ ≤ C for every row and "
            + "Σ αᵢyᵢ = 0 with y = ±1")
    void kktBoxAndEqualityConstraints() {
        double c = 1.0;
        KernelSvm svm = new KernelSvm(RBF, c, TOL, 3, 5).fit(split.trainX(), split.trainY());
        double[] alphas = svm.alphas();

        if (alphas.length != split.trainY().length) {
            throw Failure.of("alphas() has the wrong length")
                    .expected(split.trainY().length + " (one per training row)").actual(alphas.length).error();
        }
        double sum = 0;
        for (int i = 0; i < alphas.length; i++) {
            if (!(alphas[i] >= -1e-9 && alphas[i] <= c + 1e-9)) {
                throw Failure.of("alpha " + i + " is outside the box [0, C]")
                        .expected("0 ≤ α[" + i + "] ≤ " + c).actual(alphas[i])
                        .likelyMistake("clip αⱼ to [L, H] before updating αᵢ. " + BOUNDS_MISTAKE).error();
            }
            sum += alphas[i] * (split.trainY()[i] == 1 ? 1 : -1);
        }
        ArrayAssertions.assertClose("Σ αᵢyᵢ (y = ±1)", 0.0, sum, Tolerance.absolute(1e-9),
                "every pair step must keep αᵢyᵢ + αⱼyⱼ constant: αᵢ ← αᵢ + yᵢyⱼ(αⱼ_old − αⱼ), with y = ±1 "
                        + "(the class indices 0/1 break it)");
    }

    @Test
    @Points(4)
    @DisplayName("reaches libsvm's dual optimum W(α) = Σαᵢ − ½ΣΣ αᵢαⱼyᵢyⱼK(xᵢ, xⱼ) within 0.5 % on all of "
            + "Breast Cancer (RBF, γ = 1/30, C = 1), without exceeding it")
    void dualObjectiveNearLibsvmOptimum() {
        assertDualNearOptimum("RBF, C = 1", RBF, libsvm.number("rbf_c1_C"), 3,
                libsvm.number("rbf_c1_dual_objective"));
    }

    @Test
    @Points(3)
    @DisplayName("decisionFunction equals Σ αᵢyᵢK(xᵢ, x) + b recomputed from alphas() and bias() on held-out rows, "
            + "and predict is 1 exactly where it is > 0")
    void decisionFunctionFromAlphas() {
        double[][] x = Arrays.copyOf(split.trainX(), SUBSAMPLE);
        int[] y = Arrays.copyOf(split.trainY(), SUBSAMPLE);
        KernelSvm svm = new KernelSvm(RBF, 1.0, TOL, 3, 5).fit(x, y);
        double[] alphas = svm.alphas();
        double b = svm.bias();
        double[][] queries = split.testX();
        double[] expected = new double[queries.length];
        int[] classes = new int[queries.length];
        for (int q = 0; q < queries.length; q++) {
            double f = b;
            for (int i = 0; i < alphas.length; i++) {
                f += alphas[i] * (y[i] == 1 ? 1 : -1) * RBF.apply(x[i], queries[q]);
            }
            expected[q] = f;
            classes[q] = f > 0 ? 1 : 0;
        }
        ArrayAssertions.assertClose("decision function on the held-out rows", expected, svm.decisionFunction(queries),
                Tolerance.absolute(1e-9), "f(x) = Σ αᵢyᵢK(xᵢ, x) + b over the training rows, with yᵢ = ±1 and the "
                        + "same b as bias()");
        int[] predicted = svm.predict(queries);
        if (!Arrays.equals(classes, predicted)) {
            throw Failure.of("predict disagrees with the sign of decisionFunction")
                    .expected(Arrays.toString(classes)).actual(Arrays.toString(predicted))
                    .likelyMistake("class 1 where f(x) > 0, class 0 otherwise (labels are 0/1, not ±1)").error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("on Breast Cancer (standardised, stratified 70/30 split) the held-out accuracy is at least Smile's "
            + "SVM accuracy − 0.03, with Kernel.rbf(1/30) (C = 1) and Kernel.linear() (C = 1)")
    void heldOutAccuracyMatchesSmile() {
        assertAccuracy("RBF γ = 1/30", KernelSvm.Kernel.rbf(GAMMA), smileRbfAccuracy);
        assertAccuracy("linear", KernelSvm.Kernel.linear(), smileLinearAccuracy);
    }

    @Test
    @Points(2)
    @DisplayName("supportVectorIndices lists, in increasing order, exactly the rows whose alpha is positive")
    void supportVectorsAreThePositiveAlphas() {
        double c = 1.0;
        KernelSvm svm = new KernelSvm(RBF, c, TOL, 3, 5).fit(Arrays.copyOf(split.trainX(), SUBSAMPLE),
                Arrays.copyOf(split.trainY(), SUBSAMPLE));
        double[] alphas = svm.alphas();
        int[] indices = svm.supportVectorIndices();

        for (int k = 0; k < indices.length; k++) {
            if (k > 0 && indices[k] <= indices[k - 1]) {
                throw Failure.of("support vector indices are not strictly increasing at position " + k)
                        .actual(Arrays.toString(indices)).likelyMistake("list the indices in training order").error();
            }
            if (!(alphas[indices[k]] > 0)) {
                throw Failure.of("row " + indices[k] + " is listed as a support vector but its alpha is not positive")
                        .actual(alphas[indices[k]]).likelyMistake("a support vector is a row with αᵢ > 0").error();
            }
        }
        int listed = 0;
        for (int i = 0; i < alphas.length; i++) {
            if (alphas[i] > 1e-8 * c && Arrays.binarySearch(indices, i) < 0) {
                throw Failure.of("row " + i + " has α = " + alphas[i] + " > 0 but is not a support vector")
                        .likelyMistake("a support vector is a row with αᵢ > 0 (any alpha at C counts too)").error();
            }
            listed += alphas[i] > 0 ? 1 : 0;
        }
        ArrayAssertions.assertClose("number of support vectors", listed, indices.length, Tolerance.absolute(0),
                "every row with αᵢ > 0, and only those");
    }

    @Test
    @Points(2)
    @DisplayName("the kernels: linear() is a·b, rbf(γ) is exp(−γ‖a − b‖²) with the squared distance")
    void kernelFactories() {
        double[] a = {1, 2, -1};
        double[] b = {3, -4, 0.5};
        ArrayAssertions.assertClose("linear().apply((1, 2, −1), (3, −4, 0.5))", -5.5,
                KernelSvm.Kernel.linear().apply(a, b), Tolerance.absolute(1e-12), "the linear kernel is the dot product");
        ArrayAssertions.assertClose("rbf(0.25).apply((0, 0), (2, 0))", Math.exp(-1),
                KernelSvm.Kernel.rbf(0.25).apply(new double[] {0, 0}, new double[] {2, 0}), Tolerance.absolute(1e-12),
                "‖a − b‖² = 4, so exp(−0.25·4) = e⁻¹; exp(−0.25·2) would mean the distance is not squared");
        ArrayAssertions.assertClose("rbf(0.1).apply(a, b)", Math.exp(-0.1 * squaredDistance(a, b)),
                KernelSvm.Kernel.rbf(0.1).apply(a, b), Tolerance.absolute(1e-12),
                "K(a, b) = exp(−γ Σₖ (aₖ − bₖ)²), with a minus sign");
        ArrayAssertions.assertClose("rbf(0.1).apply(a, a)", 1.0, KernelSvm.Kernel.rbf(0.1).apply(a, a),
                Tolerance.absolute(1e-12), "a row is at distance 0 from itself, so K(a, a) = 1");
        Rejections.assertRejects("rbf(0)", () -> KernelSvm.Kernel.rbf(0), "0", "gamma must be > 0");
        Rejections.assertRejects("rbf(NaN)", () -> KernelSvm.Kernel.rbf(Double.NaN), "NaN", "gamma must be a number");
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic and leaves its input alone: the same seed gives identical alphas and bias, and "
            + "refitting starts from scratch")
    void deterministicAndRefits() {
        double[][] x = LinearSvmGradingTest.deepCopy(Arrays.copyOf(split.trainX(), SUBSAMPLE));
        int[] y = Arrays.copyOf(split.trainY(), SUBSAMPLE);
        KernelSvm first = new KernelSvm(RBF, 1.0, TOL, 2, 17).fit(x, y);
        double[] alphas = first.alphas();
        double b = first.bias();
        KernelSvm second = new KernelSvm(RBF, 1.0, TOL, 2, 17).fit(x, y);
        ArrayAssertions.assertClose("alphas of a second model with the same seed", alphas, second.alphas(),
                Tolerance.absolute(0), "pick j with new Random(seed), created in fit");
        ArrayAssertions.assertClose("bias of a second model with the same seed", b, second.bias(),
                Tolerance.absolute(0), "the bias must be reproducible too");
        first.fit(x, y);
        ArrayAssertions.assertClose("alphas after fitting the same model again", alphas, first.alphas(),
                Tolerance.absolute(0), "fit must start again from α = 0, b = 0 and a fresh Random(seed)");
        ArrayAssertions.assertClose("training rows after fit", split.trainX()[3], x[3], Tolerance.absolute(0),
                "fit must not modify x");
        if (!Arrays.equals(Arrays.copyOf(split.trainY(), SUBSAMPLE), y)) {
            throw Failure.of("fit modified the labels").likelyMistake("map 0/1 to ±1 in a new array").error();
        }
        double[] exposed = first.alphas();
        exposed[0] += 1000;
        ArrayAssertions.assertClose("alphas()[0] after the caller changed the returned array", alphas[0],
                first.alphas()[0], Tolerance.absolute(0), "return a copy of the alphas");
    }

    @Test
    @Points(2)
    @DisplayName("rejects a null kernel, C ≤ 0 or not finite, tol ≤ 0 and maxPasses < 1 with an "
            + "IllegalArgumentException naming the value")
    void rejectsBadHyperParameters() {
        Rejections.assertRejects("kernel = null", () -> new KernelSvm(null, 1, TOL, 5, 1), null,
                "kernel must not be null");
        Rejections.assertRejects("C = 0", () -> new KernelSvm(DOT, 0, TOL, 5, 1), "0", "C must be > 0");
        Rejections.assertRejects("C = -2", () -> new KernelSvm(DOT, -2, TOL, 5, 1), "-2", "C must be > 0");
        Rejections.assertRejects("C = Infinity", () -> new KernelSvm(DOT, Double.POSITIVE_INFINITY, TOL, 5, 1),
                "Infinity", "C must be finite");
        Rejections.assertRejects("tol = 0", () -> new KernelSvm(DOT, 1, 0, 5, 1), "0", "tol must be > 0");
        Rejections.assertRejects("tol = NaN", () -> new KernelSvm(DOT, 1, Double.NaN, 5, 1), "NaN",
                "tol must be a number");
        Rejections.assertRejects("maxPasses = 0", () -> new KernelSvm(DOT, 1, TOL, 0, 1), "0",
                "maxPasses must be ≥ 1");
    }

    @Test
    @Points(2)
    @DisplayName("fit rejects null, empty, ragged or non-finite x, a label count mismatch, labels other than 0/1 and "
            + "a single class; queries need a fitted model and rows of the training length")
    void rejectsBadData() {
        KernelSvm svm = new KernelSvm(DOT, 1, TOL, 5, 1);
        int[] y = {0, 1, 1};
        Rejections.assertRejects("x = null", () -> svm.fit(null, y), null, "check x for null");
        Rejections.assertRejects("x with no rows", () -> svm.fit(new double[0][], new int[0]), null,
                "x needs at least one row");
        Rejections.assertRejects("ragged x (row 1 has 3 values, row 0 has 2)",
                () -> svm.fit(new double[][] {{1, 2}, {3, 4, 5}, {5, 6}}, y), "3", "every row must have the same length");
        Rejections.assertRejects("x containing Infinity",
                () -> svm.fit(new double[][] {{1, 2}, {3, 4}, {Double.NEGATIVE_INFINITY, 6}}, y), "Infinity",
                "features must be finite");
        Rejections.assertRejects("3 rows but 4 labels", () -> svm.fit(new double[][] {{1}, {2}, {3}},
                new int[] {0, 1, 1, 0}), "4", "one label per row");
        Rejections.assertRejects("label 3", () -> svm.fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 3, 1}), "3",
                "labels are class indices 0 or 1");
        Rejections.assertRejects("only class 0", () -> svm.fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 0, 0}),
                null, "an SVM needs both classes");
        Rejections.assertThrowsState("decisionFunction before fit",
                () -> new KernelSvm(DOT, 1, TOL, 5, 1).decisionFunction(new double[][] {{1}}));
        Rejections.assertThrowsState("alphas() before fit", () -> new KernelSvm(DOT, 1, TOL, 5, 1).alphas());
        KernelSvm fitted = new KernelSvm(DOT, 1, TOL, 5, 1).fit(new double[][] {{0, 0}, {2, 2}}, new int[] {0, 1});
        Rejections.assertRejects("a query row of length 1 after training on length 2",
                () -> fitted.predict(new double[][] {{1}}), "1", "rows must match the training dimension");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertDualNearOptimum(String what, KernelSvm.Kernel kernel, double c, int maxPasses,
                                              double optimum) {
        KernelSvm svm = new KernelSvm(kernel, c, TOL, maxPasses, 5).fit(fullX, fullY);
        double[] alphas = svm.alphas();
        int[] active = java.util.stream.IntStream.range(0, alphas.length).filter(i -> alphas[i] != 0).toArray();
        double linear = 0;
        double quadratic = 0;
        for (int i : active) {
            linear += alphas[i];
            double yi = fullY[i] == 1 ? 1 : -1;
            for (int j : active) {
                double yj = fullY[j] == 1 ? 1 : -1;
                quadratic += alphas[i] * alphas[j] * yi * yj * kernel.apply(fullX[i], fullX[j]);
            }
        }
        double dual = linear - quadratic / 2;
        if (!(dual >= optimum * (1 - 0.005) && dual <= optimum * (1 + 1e-6))) {
            throw Failure.of("dual objective W(α) on all of Breast Cancer (" + what + ") is not at libsvm's optimum")
                    .expected("between " + optimum * (1 - 0.005) + " and " + optimum * (1 + 1e-6)
                            + " (libsvm optimum " + optimum + ")")
                    .actual(dual)
                    .line("support", active.length + " nonzero alphas")
                    .likelyMistake(dual > optimum
                            ? "W above the optimum means the alphas break a constraint (0 ≤ α ≤ C or Σ αᵢyᵢ = 0). "
                                    + BOUNDS_MISTAKE
                            : "SMO stopped far from the optimum: is the KKT test (yᵢEᵢ < −tol and αᵢ < C) or "
                                    + "(yᵢEᵢ > tol and αᵢ > 0), is αⱼ ← αⱼ − yⱼ(Eᵢ − Eⱼ)/η, and does passes reset "
                                    + "to 0 after a sweep that changed something?")
                    .error();
        }
    }

    private static void assertAccuracy(String what, KernelSvm.Kernel kernel, double smile) {
        KernelSvm svm = new KernelSvm(kernel, 1.0, TOL, 2, 7).fit(split.trainX(), split.trainY());
        double accuracy = LinearSvmGradingTest.accuracy(svm.predict(split.testX()), split.testY());
        if (!(accuracy >= smile - ACCURACY_MARGIN)) {
            throw Failure.of("held-out accuracy on Breast Cancer (" + what + ") is below Smile's baseline − "
                            + ACCURACY_MARGIN)
                    .expected("at least " + (smile - ACCURACY_MARGIN) + " (Smile SVM: " + smile + ")")
                    .actual(accuracy)
                    .likelyMistake("are the labels mapped to ±1 inside fit, and is the bias learned? "
                            + BOUNDS_MISTAKE)
                    .error();
        }
    }

    private static double[] weights(double[] alphas, double[][] x, int[] y) {
        double[] w = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < w.length; k++) {
                w[k] += alphas[i] * (y[i] == 1 ? 1 : -1) * x[i][k];
            }
        }
        return w;
    }

    private static int[] zeroOne(int[] plusMinus) {
        int[] classes = new int[plusMinus.length];
        for (int i = 0; i < plusMinus.length; i++) {
            classes[i] = plusMinus[i] > 0 ? 1 : 0;
        }
        return classes;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double diff = a[k] - b[k];
            sum += diff * diff;
        }
        return sum;
    }
}
