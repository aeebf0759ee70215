package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.classification.Classifier;
import smile.classification.SVM;
import smile.math.MathEx;

/**
 * Hidden tests of the Pegasos linear SVM.
 *
 * <p>Oracles: Smile 3.1.1's {@code SVM} (LASVM, linear kernel) as the accuracy baseline on a seeded
 * stratified 70/30 split of Breast Cancer; libsvm's exact optimum (scikit-learn fixture
 * {@code svm-breast-cancer.json}) for the Pegasos objective; closed-form maximum-margin solutions
 * of tiny separable sets.
 */
@Challenge("p2.supervised.svm")
class LinearSvmGradingTest {

    /** How far below Smile's held-out accuracy the learner may be. */
    private static final double ACCURACY_MARGIN = 0.03;
    private static final long SPLIT_SEED = 42;
    private static final double BASELINE_C = 1.0;
    private static final int BASELINE_ITERATIONS = 50_000;

    private static final String LAMBDA_MISTAKE = "Is λ = 1/(n·C) (not λ = C), and the step ηₜ = 1/(λt)?";

    private static Split split;
    private static double smileAccuracy;
    private static Fixture libsvm;
    private static double[][] fullX;
    private static int[] fullY;

    @BeforeAll
    static void fitBaseline() {
        split = Split.stratified(Datasets.breastCancer(), SPLIT_SEED);
        MathEx.setSeed(SPLIT_SEED);
        Classifier<double[]> smile = SVM.fit(split.trainX(), plusMinus(split.trainY()), BASELINE_C, 1e-3);
        int[] predicted = smile.predict(split.testX());
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += (predicted[i] > 0 ? 1 : 0) == split.testY()[i] ? 1 : 0;
        }
        smileAccuracy = (double) correct / predicted.length;

        libsvm = Fixture.load(LinearSvmGradingTest.class, "svm-breast-cancer.json");
        ClassificationData data = Datasets.breastCancer();
        double[] mean = libsvm.vector("feature_mean");
        double[] std = libsvm.vector("feature_std");
        fullX = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            fullX[i] = standardise(data.features()[i], mean, std);
        }
        fullY = data.labels();
    }

    @Test
    @Points(4)
    @DisplayName("on Breast Cancer (standardised, stratified 70/30 split) the held-out accuracy is at least Smile's "
            + "linear SVM accuracy − 0.03 (C = 1, 50,000 steps)")
    void heldOutAccuracyMatchesSmile() {
        LinearSvm svm = new LinearSvm(BASELINE_C, BASELINE_ITERATIONS, 7).fit(split.trainX(), split.trainY());
        double accuracy = accuracy(svm.predict(split.testX()), split.testY());

        if (!(accuracy >= smileAccuracy - ACCURACY_MARGIN)) {
            throw Failure.of("held-out accuracy on Breast Cancer is below Smile's baseline − " + ACCURACY_MARGIN)
                    .expected("at least " + (smileAccuracy - ACCURACY_MARGIN) + " (Smile SVM: " + smileAccuracy + ")")
                    .actual(accuracy)
                    .line("test rows", split.testY().length + " of " + (split.testY().length + split.trainY().length))
                    .likelyMistake("are the labels mapped to y = ±1 for the hinge test yᵢ(w·xᵢ + b) < 1, and does the "
                            + "bias get its update b ← b + ηₜyᵢ? " + LAMBDA_MISTAKE)
                    .error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("minimises λ/2‖w‖² + mean hinge with λ = 1/(n·C): on all of Breast Cancer (C = 0.1, 100,000 steps) "
            + "the objective is within 2 % of libsvm's optimum and w points the same way (cosine ≥ 0.99)")
    void objectiveIsNearLibsvmOptimum() {
        double c = libsvm.number("linear_c0_1_C");
        LinearSvm svm = new LinearSvm(c, 100_000, 3).fit(fullX, fullY);
        double optimum = libsvm.number("linear_c0_1_pegasos_objective");
        double objective = objective(svm.weights(), svm.bias(), fullX, fullY, c);

        if (!(objective <= optimum * 1.02)) {
            throw Failure.of("Pegasos objective λ/2‖w‖² + (1/n)Σ max(0, 1 − yᵢ(w·xᵢ + b)), λ = 1/(n·C), is not near "
                            + "libsvm's optimum")
                    .expected("at most " + optimum * 1.02 + " (libsvm optimum " + optimum + " + 2 %)")
                    .actual(objective)
                    .line("your w", Arrays.toString(Arrays.copyOf(svm.weights(), 4)) + " …")
                    .line("your b", Double.toString(svm.bias()))
                    .likelyMistake(LAMBDA_MISTAKE + " Is the bias updated, with the same step as w? Is w projected "
                            + "onto the ball ‖w‖ ≤ 1/√λ after every step? Without it the first huge steps "
                            + "(η₁ = n·C) leave the unregularised bias far off.")
                    .error();
        }
        double cosine = cosine(libsvm.vector("linear_c0_1_w"), svm.weights());
        ArrayAssertions.assertClose("cosine between your w and libsvm's w", 1.0, cosine, Tolerance.absolute(0.01),
                LAMBDA_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("the objective λ/2‖w‖² + mean hinge falls as Pegasos runs longer: 1,000 → 10,000 → 100,000 steps")
    void objectiveDecreasesWithIterations() {
        double c = 0.1;
        double[] objectives = new double[3];
        int[] steps = {1_000, 10_000, 100_000};
        for (int k = 0; k < steps.length; k++) {
            LinearSvm svm = new LinearSvm(c, steps[k], 3).fit(fullX, fullY);
            objectives[k] = objective(svm.weights(), svm.bias(), fullX, fullY, c);
        }
        if (!(objectives[0] > objectives[1] && objectives[1] > objectives[2])) {
            throw Failure.of("the Pegasos objective did not decrease with more steps (C = 0.1, all of Breast Cancer)")
                    .expected("objective(1,000) > objective(10,000) > objective(100,000)")
                    .actual(Arrays.toString(objectives))
                    .likelyMistake("is the step ηₜ = 1/(λt) with t counting from 1, and is w shrunk by (1 − ηₜλ) "
                            + "at every step, violated or not? " + LAMBDA_MISTAKE)
                    .error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("hard margin: points (−1, 0) → 0 and (1, 0) → 1 with C = 10 give the closed form w = (1, 0), b = 0, "
            + "margin 1/‖w‖ = 1")
    void hardMarginClosedForm() {
        LinearSvm svm = new LinearSvm(10, 20_000, 5).fit(new double[][] {{-1, 0}, {1, 0}}, new int[] {0, 1});

        ArrayAssertions.assertClose("weights w", new double[] {1, 0}, svm.weights(), Tolerance.absolute(0.01),
                "the optimum puts both points exactly on the margin, y(w·x + b) = 1. " + LAMBDA_MISTAKE);
        ArrayAssertions.assertClose("bias b", 0.0, svm.bias(), Tolerance.absolute(0.01),
                "symmetric points need b = 0: is the bias step ηₜ·yᵢ with yᵢ = ±1?");
    }

    @Test
    @Points(3)
    @DisplayName("soft margin: the same two points with C = 0.1 (λ = 1/(2·0.1) = 5) give w = (min(1, 2C), 0) = (0.2, 0) "
            + "and objective λ/2·0.04 + 0.8 = 0.9")
    void softMarginClosedForm() {
        double[][] x = {{-1, 0}, {1, 0}};
        int[] y = {0, 1};
        LinearSvm svm = new LinearSvm(0.1, 20_000, 5).fit(x, y);

        // P(w₁) = λ/2·w₁² + max(0, 1 − w₁) for both points (b cancels in the mean): minimum at w₁ = 1/λ = 0.2.
        ArrayAssertions.assertClose("weights w", new double[] {0.2, 0}, svm.weights(), Tolerance.absolute(1e-3),
                "with C = 0.1 and n = 2, λ = 1/(n·C) = 5 and the optimum is w₁ = 1/λ = 0.2; λ = C = 0.1 would give "
                        + "w₁ = 1. " + LAMBDA_MISTAKE);
        ArrayAssertions.assertClose("objective λ/2‖w‖² + mean hinge", 0.9, objective(svm.weights(), svm.bias(), x, y,
                0.1), Tolerance.absolute(1e-3), LAMBDA_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("learns the bias: (0, 0), (0, 1) → 0 and (2, 0), (2, 1) → 1 give the closed form w = (1, 0), b = −1")
    void learnsTheBiasClosedForm() {
        double[][] x = {{0, 0}, {0, 1}, {2, 0}, {2, 1}};
        LinearSvm svm = new LinearSvm(1, 20_000, 11).fit(x, new int[] {0, 0, 1, 1});

        ArrayAssertions.assertClose("bias b", -1.0, svm.bias(), Tolerance.absolute(0.02),
                "the separating line x₁ = 1 does not pass through the origin: is b updated by b ← b + ηₜyᵢ "
                        + "whenever yᵢ(w·xᵢ + b) < 1, and added in w·x + b?");
        ArrayAssertions.assertClose("weights w", new double[] {1, 0}, svm.weights(), Tolerance.absolute(0.02),
                "the margin is 1 on each side of x₁ = 1, so w = (1, 0)");
    }

    @Test
    @Points(2)
    @DisplayName("classifies 1-D data that lies entirely on one side of the origin: {1, 2} → 0, {4, 5} → 1")
    void separatesDataAwayFromTheOrigin() {
        double[][] x = {{1}, {2}, {4}, {5}};
        int[] y = {0, 0, 1, 1};
        LinearSvm svm = new LinearSvm(10, 10_000, 1).fit(x, y);

        int[] predicted = svm.predict(x);
        if (!Arrays.equals(predicted, y)) {
            throw Failure.of("training points misclassified on a separable set that does not straddle the origin")
                    .expected(Arrays.toString(y)).actual(Arrays.toString(predicted))
                    .line("decision", Arrays.toString(svm.decisionFunction(x)))
                    .line("w, b", Arrays.toString(svm.weights()) + ", " + svm.bias())
                    .likelyMistake("without a bias every x > 0 gets the sign of w: is b learned and added to w·x?")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("decisionFunction is w·x + b with the exposed weights and bias, predict is 1 exactly where it is "
            + "> 0, and weights() is a copy")
    void decisionFunctionIsAffine() {
        LinearSvm svm = new LinearSvm(BASELINE_C, 5_000, 3).fit(split.trainX(), split.trainY());
        double[] w = svm.weights();
        double b = svm.bias();
        double[] expected = new double[split.testX().length];
        int[] classes = new int[expected.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = dot(w, split.testX()[i]) + b;
            classes[i] = expected[i] > 0 ? 1 : 0;
        }
        ArrayAssertions.assertClose("decision function on the held-out rows", expected,
                svm.decisionFunction(split.testX()), Tolerance.absolute(1e-9),
                "decisionFunction should return w·x + b with the same w and b as weights() and bias()");
        int[] predicted = svm.predict(split.testX());
        if (!Arrays.equals(classes, predicted)) {
            throw Failure.of("predict disagrees with the sign of decisionFunction")
                    .expected(Arrays.toString(classes)).actual(Arrays.toString(predicted))
                    .likelyMistake("class 1 where w·x + b > 0, class 0 otherwise (labels are 0/1, not ±1)").error();
        }
        double first = w[0];
        w[0] += 1000;
        ArrayAssertions.assertClose("weights()[0] after the caller changed the returned array", first,
                svm.weights()[0], Tolerance.absolute(0), "return a copy of w, not the model's own array");
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic and leaves its input alone: the same seed gives identical w and b, and refitting "
            + "starts from scratch")
    void deterministicAndRefits() {
        double[][] x = deepCopy(split.trainX());
        int[] y = split.trainY().clone();
        LinearSvm first = new LinearSvm(BASELINE_C, 5_000, 99).fit(x, y);
        double[] w = first.weights();
        double b = first.bias();
        LinearSvm second = new LinearSvm(BASELINE_C, 5_000, 99).fit(x, y);
        ArrayAssertions.assertClose("weights of a second model with the same seed", w, second.weights(),
                Tolerance.absolute(0), "draw the rows with new Random(seed), created in fit, not a shared or "
                        + "unseeded generator");
        ArrayAssertions.assertClose("bias of a second model with the same seed", b, second.bias(),
                Tolerance.absolute(0), "the bias must be reproducible too");
        first.fit(x, y);
        ArrayAssertions.assertClose("weights after fitting the same model again", w, first.weights(),
                Tolerance.absolute(0), "fit must start again from w = 0, b = 0 and a fresh Random(seed)");
        ArrayAssertions.assertClose("training rows after fit", split.trainX()[0], x[0], Tolerance.absolute(0),
                "fit must not modify x");
        if (!Arrays.equals(split.trainY(), y)) {
            throw Failure.of("fit modified the labels").likelyMistake("map 0/1 to ±1 in a new array").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects C ≤ 0, C = NaN or ∞, and iterations < 1 with an IllegalArgumentException naming the value")
    void rejectsBadHyperParameters() {
        Rejections.assertRejects("C = 0", () -> new LinearSvm(0, 10, 1), "0", "C must be > 0");
        Rejections.assertRejects("C = -1", () -> new LinearSvm(-1, 10, 1), "-1", "C must be > 0");
        Rejections.assertRejects("C = NaN", () -> new LinearSvm(Double.NaN, 10, 1), "NaN", "C must be a number");
        Rejections.assertRejects("C = Infinity", () -> new LinearSvm(Double.POSITIVE_INFINITY, 10, 1), "Infinity",
                "C must be finite");
        Rejections.assertRejects("iterations = 0", () -> new LinearSvm(1, 0, 1), "0", "iterations must be ≥ 1");
    }

    @Test
    @Points(3)
    @DisplayName("fit rejects null, empty, ragged or non-finite x, a label count mismatch, labels other than 0/1, "
            + "and a single class, naming the bad value")
    void rejectsBadTrainingData() {
        LinearSvm svm = new LinearSvm(1, 100, 1);
        int[] y = {0, 1, 1};
        Rejections.assertRejects("x = null", () -> svm.fit(null, y), null, "check x for null");
        Rejections.assertRejects("y = null", () -> svm.fit(new double[][] {{1}, {2}, {3}}, null), null,
                "check y for null");
        Rejections.assertRejects("x with no rows", () -> svm.fit(new double[0][], new int[0]), null,
                "x needs at least one row");
        Rejections.assertRejects("ragged x (row 2 has 1 value, rows 0 and 1 have 2)",
                () -> svm.fit(new double[][] {{1, 2}, {3, 4}, {5}}, y), "2", "every row must have the same length");
        Rejections.assertRejects("x containing NaN", () -> svm.fit(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}},
                y), "NaN", "features must be finite");
        Rejections.assertRejects("3 rows but 2 labels", () -> svm.fit(new double[][] {{1}, {2}, {3}},
                new int[] {0, 1}), "2", "one label per row");
        Rejections.assertRejects("label 2", () -> svm.fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, 2}), "2",
                "labels are class indices 0 or 1");
        Rejections.assertRejects("label -1", () -> svm.fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, -1}),
                "-1", "labels are class indices 0 or 1, not ±1: map them yourself");
        Rejections.assertRejects("only class 1", () -> svm.fit(new double[][] {{1}, {2}, {3}}, new int[] {1, 1, 1}),
                null, "an SVM needs both classes");
    }

    @Test
    @Points(2)
    @DisplayName("decisionFunction and predict refuse to run before fit (IllegalStateException) and reject rows of "
            + "the wrong length (IllegalArgumentException)")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit", () -> new LinearSvm(1, 100, 1).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("weights() before fit", () -> new LinearSvm(1, 100, 1).weights());
        LinearSvm svm = new LinearSvm(1, 100, 1).fit(new double[][] {{0, 0}, {2, 2}}, new int[] {0, 1});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> svm.decisionFunction(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> svm.predict(new double[][] {{1, Double.NaN}}), "NaN",
                "features must be finite");
        Rejections.assertRejects("x = null in predict", () -> svm.predict(null), null, "check x for null");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    /** λ/2‖w‖² + (1/n) Σ max(0, 1 − yᵢ(w·xᵢ + b)), λ = 1/(n·C), yᵢ = ±1. */
    static double objective(double[] w, double b, double[][] x, int[] y, double c) {
        double lambda = 1.0 / (x.length * c);
        double hinge = 0;
        for (int i = 0; i < x.length; i++) {
            double sign = y[i] == 1 ? 1 : -1;
            hinge += Math.max(0, 1 - sign * (dot(w, x[i]) + b));
        }
        return lambda / 2 * dot(w, w) + hinge / x.length;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    static double cosine(double[] a, double[] b) {
        return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
    }

    static double accuracy(int[] predicted, int[] truth) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += predicted[i] == truth[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
    }

    static int[] plusMinus(int[] labels) {
        int[] signs = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            signs[i] = labels[i] == 1 ? 1 : -1;
        }
        return signs;
    }

    static double[] standardise(double[] row, double[] mean, double[] std) {
        double[] out = new double[row.length];
        for (int k = 0; k < row.length; k++) {
            out[k] = (row[k] - mean[k]) / std[k];
        }
        return out;
    }

    static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** A stratified train/test split, standardised with the training rows' mean and population std. */
    record Split(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {

        static Split stratified(ClassificationData data, long seed) {
            Random random = new Random(seed);
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int label = 0; label < 2; label++) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    if (data.labels()[i] == label) {
                        rows.add(i);
                    }
                }
                Collections.shuffle(rows, random);
                int cut = (int) Math.round(0.7 * rows.size());
                train.addAll(rows.subList(0, cut));
                test.addAll(rows.subList(cut, rows.size()));
            }
            Collections.sort(train);
            Collections.sort(test);
            int d = data.dimension();
            double[] mean = new double[d];
            double[] std = new double[d];
            for (int i : train) {
                for (int k = 0; k < d; k++) {
                    mean[k] += data.features()[i][k] / train.size();
                }
            }
            for (int i : train) {
                for (int k = 0; k < d; k++) {
                    double diff = data.features()[i][k] - mean[k];
                    std[k] += diff * diff / train.size();
                }
            }
            for (int k = 0; k < d; k++) {
                std[k] = Math.sqrt(std[k]);
            }
            double[][] trainX = new double[train.size()][];
            int[] trainY = new int[train.size()];
            for (int r = 0; r < train.size(); r++) {
                trainX[r] = standardise(data.features()[train.get(r)], mean, std);
                trainY[r] = data.labels()[train.get(r)];
            }
            double[][] testX = new double[test.size()][];
            int[] testY = new int[test.size()];
            for (int r = 0; r < test.size(); r++) {
                testX[r] = standardise(data.features()[test.get(r)], mean, std);
                testY[r] = data.labels()[test.get(r)];
            }
            return new Split(trainX, trainY, testX, testY);
        }
    }

    /** Checks for rejected input, passing the learner's TODO through untouched. */
    static final class Rejections {

        private Rejections() {
        }

        static void assertRejects(String input, Runnable call, String mentions, String rule) {
            try {
                call.run();
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (message == null || message.isBlank()
                        || (mentions != null && !message.contains(mentions))) {
                    throw Failure.of("the IllegalArgumentException for " + input + " does not name the bad value")
                            .expected("a message stating the rule" + (mentions == null ? "" : " and containing \""
                                    + mentions + "\""))
                            .actual(String.valueOf(message))
                            .likelyMistake("put the rule and the value in the message, e.g. \"" + rule
                                    + ", was …\"")
                            .error();
                }
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(input + " was rejected with the wrong exception")
                        .expected("IllegalArgumentException (" + rule + ")")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("validate the input where it enters and throw IllegalArgumentException")
                        .error();
            }
            throw Failure.of(input + " was accepted")
                    .expected("IllegalArgumentException (" + rule + ")")
                    .actual("no exception")
                    .likelyMistake("validate the input where it enters: " + rule)
                    .error();
        }

        static void assertThrowsState(String call, Runnable action) {
            try {
                action.run();
            } catch (IllegalStateException e) {
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(call + " threw the wrong exception")
                        .expected("IllegalStateException (the model is not fitted)")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("check that fit has run before using the model").error();
            }
            throw Failure.of(call + " did not fail")
                    .expected("IllegalStateException (the model is not fitted)")
                    .actual("no exception")
                    .likelyMistake("check that fit has run before using the model").error();
        }
    }
}
