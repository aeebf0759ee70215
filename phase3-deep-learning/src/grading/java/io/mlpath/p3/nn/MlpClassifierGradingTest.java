package io.mlpath.p3.nn;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hidden tests of {@link MlpClassifier}.
 *
 * <p>Oracles: held-out accuracy on the real Digits 8×8 data (pixels / 16) with a seeded
 * stratified 75/25 split made here, within a fixed step budget (15 epochs of mini-batches of
 * 32, 645 steps); the training loss history; bitwise equality of the parameters
 * of two runs with the same seed; the exact properties of probabilities (non-negative, rows sum
 * to 1, argmax = predict, finite for huge inputs); and input validation. The Digits model is
 * trained once and shared by the tests that read it.
 */
@Challenge("p3.nn.mlp-training")
@Timeout(60)
class MlpClassifierGradingTest {

    private static final String SHUFFLE_MISTAKE =
            "are the inputs and the labels shuffled with the SAME permutation? Shuffle one index array and take"
                    + " both x.getRows(idx) and labels[idx]; permuting them separately pairs images with random labels"
                    + " (accuracy ≈ 10 %)";
    private static final String TRAINING_MISTAKE =
            "check the backward pass (dZ = (P − Y)/B, dW2 = Hᵀ·dZ, dA = dZ·W2ᵀ ⊙ [A > 0], dW1 = Xᵀ·dA), that every"
                    + " parameter is updated (v = 0.9·v − lr·g, θ += v), and that inputs and labels are shuffled together";

    /** The step budget on Digits: 15 epochs of 43 mini-batches of 32 (645 SGD-with-momentum steps). */
    private static final int EPOCHS = 15;

    /** The Digits model shared by the tests that only read it (trained on first use). */
    private static Trained digits;

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
    }

    // ----------------------------------------------------------------------------- real data

    @Test
    @Points(5)
    @DisplayName("reaches at least 95 % held-out accuracy on Digits 8×8 (stratified 75/25 split) within 15 epochs"
            + " of mini-batches of 32")
    void learnsDigits() {
        Trained t = digits();
        double accuracy = accuracy(t.model.predict(nd(t.split.testX)), t.split.testY);
        if (!(accuracy >= 0.95)) {
            throw Failure.of("held-out accuracy on Digits is " + percent(accuracy))
                    .expected("at least 95 % of the " + t.split.testY.length + " held-out images")
                    .actual(percent(accuracy))
                    .likelyMistake(accuracy < 0.3 ? SHUFFLE_MISTAKE : TRAINING_MISTAKE).error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("fits its training data: at least 98 % training accuracy on Digits, so inputs stay paired with"
            + " their labels")
    void fitsTheTrainingData() {
        Trained t = digits();
        double accuracy = accuracy(t.model.predict(nd(t.split.trainX)), t.split.trainY);
        if (!(accuracy >= 0.98)) {
            throw Failure.of("training accuracy on Digits is " + percent(accuracy))
                    .expected("at least 98 % of the " + t.split.trainY.length + " training images")
                    .actual(percent(accuracy))
                    .likelyMistake(accuracy < 0.3 ? SHUFFLE_MISTAKE : TRAINING_MISTAKE).error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("the training loss decreases: the last epoch's mean cross-entropy is below a fifth of the first's,"
            + " and the first is below log(10) ≈ 2.30")
    void lossDecreases() {
        double[] history = digits().model.lossHistory();
        if (history.length != EPOCHS) {
            throw Failure.of("lossHistory() has " + history.length + " entries")
                    .expected(EPOCHS + " (one mean loss per epoch)").actual(history.length)
                    .likelyMistake("record one value per epoch: the mean loss over that epoch's mini-batches").error();
        }
        double first = history[0];
        double last = history[history.length - 1];
        if (!(last < first / 5) || !(first < Math.log(10)) || !(last > 0)) {
            throw Failure.of("the training loss did not fall as expected")
                    .expected("0 < last < first / 5 and first < log(10) ≈ 2.303 (already learning in epoch 1)")
                    .actual("first = " + first + ", last = " + last)
                    .line("history", Arrays.toString(history))
                    .likelyMistake(last >= Math.log(10) * 0.9 ? SHUFFLE_MISTAKE
                            : "is the loss the MEAN cross-entropy −log P[n][y_n] over the batch, and are the parameters"
                                    + " updated after every mini-batch?").error();
        }
    }

    // ------------------------------------------------------------------------- determinism

    @Test
    @Points(3)
    @DisplayName("the same seed gives bitwise-identical weights: two fits with seed 11 on the same data agree exactly")
    void sameSeedSameWeights() {
        Split s = smallSplit();
        List<INDArray> a = call("fit", () -> new MlpClassifier(16, 2, 32, 0.01, 11).fit(nd(s.trainX), s.trainY))
                .parameters();
        List<INDArray> b = call("fit", () -> new MlpClassifier(16, 2, 32, 0.01, 11).fit(nd(s.trainX), s.trainY))
                .parameters();
        checkParameterShapes(a, 64, 16, 10);
        for (int k = 0; k < a.size(); k++) {
            ArrayAssertions.assertClose("parameter " + NAMES[k] + " of the second fit with the same seed",
                    a.get(k).toDoubleMatrix(), b.get(k).toDoubleMatrix(), Tolerance.absolute(0),
                    "draw the initial weights and every shuffle from ONE generator created from the seed inside fit"
                            + " (new Random(seed)); never from the clock, Math.random() or a shared static generator");
        }
    }

    @Test
    @Points(2)
    @DisplayName("different seeds give different weights: fits with seeds 11 and 12 differ")
    void differentSeedsDifferentWeights() {
        Split s = smallSplit();
        List<INDArray> a = call("fit", () -> new MlpClassifier(16, 2, 32, 0.01, 11).fit(nd(s.trainX), s.trainY))
                .parameters();
        List<INDArray> b = call("fit", () -> new MlpClassifier(16, 2, 32, 0.01, 12).fit(nd(s.trainX), s.trainY))
                .parameters();
        checkParameterShapes(a, 64, 16, 10);
        if (a.get(0).equals(b.get(0)) || a.get(2).equals(b.get(2))) {
            throw Failure.of("seeds 11 and 12 gave the same weights")
                    .expected("different W1 and W2 for different seeds").actual("identical")
                    .likelyMistake("initialise the weights from a generator seeded with the constructor's seed,"
                            + " not a fixed one").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("fit starts afresh: fitting the same classifier twice gives the same weights as fitting it once")
    void refitStartsAfresh() {
        Split s = smallSplit();
        MlpClassifier model = new MlpClassifier(16, 2, 32, 0.01, 5);
        List<INDArray> once = call("fit", () -> model.fit(nd(s.trainX), s.trainY)).parameters();
        List<INDArray> twice = call("fit", () -> model.fit(nd(s.trainX), s.trainY)).parameters();
        checkParameterShapes(once, 64, 16, 10);
        for (int k = 0; k < once.size(); k++) {
            ArrayAssertions.assertClose("parameter " + NAMES[k] + " after a second fit", once.get(k).toDoubleMatrix(),
                    twice.get(k).toDoubleMatrix(), Tolerance.absolute(0),
                    "fit must re-initialise the weights and create its generator from the seed on every call");
        }
    }

    // ------------------------------------------------------------------------ probabilities

    @Test
    @Points(2)
    @DisplayName("predictProba gives one row of 10 non-negative probabilities summing to 1 per image, and predict is"
            + " its row-wise argmax")
    void probabilitiesAreADistribution() {
        Trained t = digits();
        double[][] x = Arrays.copyOf(t.split.testX, 40);
        double[][] p = matrix("predictProba", t.model.predictProba(nd(x)), 40, 10);
        int[] predicted = t.model.predict(nd(x));
        for (int n = 0; n < p.length; n++) {
            double sum = 0;
            int best = 0;
            for (int k = 0; k < 10; k++) {
                if (!(p[n][k] >= 0)) {
                    throw Failure.of("predictProba row " + n + " has a negative or NaN entry at class " + k)
                            .expected("≥ 0").actual(p[n][k]).likelyMistake("softmax: exp(z − max) / Σ exp(z − max)")
                            .error();
                }
                sum += p[n][k];
                best = p[n][k] > p[n][best] ? k : best;
            }
            ArrayAssertions.assertClose("sum of predictProba row " + n, 1.0, sum, Tolerance.absolute(1e-9),
                    "normalise each ROW: divide by its own sum (diviColumnVector of the row sums)");
            if (predicted[n] != best) {
                throw Failure.of("predict disagrees with predictProba at row " + n)
                        .expected(best + " (argmax of the row)").actual(predicted[n])
                        .likelyMistake("predict returns the index of the largest probability of each row").error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("softmax is stable: inputs scaled by 1e4 give finite probabilities summing to 1, not NaN")
    void softmaxIsStable() {
        Trained t = digits();
        double[][] x = Arrays.stream(Arrays.copyOf(t.split.testX, 5))
                .map(row -> Arrays.stream(row).map(v -> v * 1e4).toArray()).toArray(double[][]::new);
        double[][] p = matrix("predictProba", t.model.predictProba(nd(x)), 5, 10);
        for (int n = 0; n < p.length; n++) {
            double sum = Arrays.stream(p[n]).sum();
            ArrayAssertions.assertClose("sum of predictProba row " + n + " for inputs × 1e4", 1.0, sum,
                    Tolerance.absolute(1e-9), "subtract each row's maximum logit before exp: exp(1e5) overflows to"
                            + " infinity and ∞/∞ is NaN");
        }
    }

    @Test
    @Points(2)
    @DisplayName("separates two well-separated Gaussian blobs perfectly after a few epochs")
    void separatesTwoBlobs() {
        Random random = new Random(Seeds.of(3));
        int n = 80;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double centre = y[i] == 0 ? -3 : 3;
            x[i][0] = centre + random.nextGaussian() * 0.5;
            x[i][1] = -centre + random.nextGaussian() * 0.5;
        }
        MlpClassifier model = call("fit", () -> new MlpClassifier(8, 20, 8, 0.05, Seeds.of(4)).fit(nd(x), y));
        double accuracy = accuracy(model.predict(nd(x)), y);
        if (accuracy != 1.0) {
            throw Failure.of("training accuracy on two blobs 6 standard deviations apart is " + percent(accuracy))
                    .expected("100 %").actual(percent(accuracy)).likelyMistake(TRAINING_MISTAKE).error();
        }
    }

    // --------------------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects bad configurations, bad training data and bad prediction inputs with an"
            + " IllegalArgumentException stating the rule; predicting before fit is an IllegalStateException")
    void rejectsBadInput() {
        double[][] x = {{0, 1}, {1, 0}, {1, 1}};
        int[] y = {0, 1, 1};
        assertThrows("new MlpClassifier(0, 1, 1, 0.1, 1)", IllegalArgumentException.class,
                () -> new MlpClassifier(0, 1, 1, 0.1, 1), "hiddenUnits must be at least 1");
        assertThrows("new MlpClassifier(4, 0, 1, 0.1, 1)", IllegalArgumentException.class,
                () -> new MlpClassifier(4, 0, 1, 0.1, 1), "epochs must be at least 1");
        assertThrows("new MlpClassifier(4, 1, 0, 0.1, 1)", IllegalArgumentException.class,
                () -> new MlpClassifier(4, 1, 0, 0.1, 1), "batchSize must be at least 1");
        assertThrows("new MlpClassifier(4, 1, 1, -0.1, 1)", IllegalArgumentException.class,
                () -> new MlpClassifier(4, 1, 1, -0.1, 1), "learningRate must be positive");
        assertThrows("new MlpClassifier(4, 1, 1, NaN, 1)", IllegalArgumentException.class,
                () -> new MlpClassifier(4, 1, 1, Double.NaN, 1), "learningRate must be positive and finite");
        MlpClassifier model = new MlpClassifier(4, 1, 2, 0.1, 1);
        assertThrows("predict before fit", IllegalStateException.class, () -> model.predict(nd(x)),
                "the classifier must be trained first");
        assertThrows("fit(null, y)", IllegalArgumentException.class, () -> model.fit(null, y), "x must not be null");
        assertThrows("fit(x, null)", IllegalArgumentException.class, () -> model.fit(nd(x), null),
                "labels must not be null");
        assertThrows("fit(x with 3 rows, 2 labels)", IllegalArgumentException.class,
                () -> model.fit(nd(x), new int[] {0, 1}), "one label per row");
        assertThrows("fit(x, labels with -1)", IllegalArgumentException.class,
                () -> model.fit(nd(x), new int[] {0, -1, 1}), "labels are class indices 0..K-1");
        assertThrows("fit(x, labels all 0)", IllegalArgumentException.class,
                () -> model.fit(nd(x), new int[] {0, 0, 0}), "at least 2 classes");
        assertThrows("fit(x with a NaN, y)", IllegalArgumentException.class,
                () -> model.fit(nd(new double[][] {{0, 1}, {Double.NaN, 0}, {1, 1}}), y), "x must be finite");
        call("fit", () -> model.fit(nd(x), y));
        assertThrows("predict(x with 3 columns) after training on 2", IllegalArgumentException.class,
                () -> model.predict(nd(new double[][] {{1, 2, 3}})), "x must have the training data's 2 columns");
        assertThrows("predictProba(null)", IllegalArgumentException.class, () -> model.predictProba(null),
                "x must not be null");
    }

    // -------------------------------------------------------------------------------- helpers

    private static final String[] NAMES = {"W1", "b1", "W2", "b2"};

    private record Split(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {
    }

    private record Trained(Split split, MlpClassifier model) {
    }

    private static synchronized Trained digits() {
        if (digits == null) {
            Split split = stratifiedSplit(Datasets.digits(), 0.75, Seeds.of(2024));
            MlpClassifier model = call("fit on Digits",
                    () -> new MlpClassifier(64, EPOCHS, 32, 0.05, Seeds.of(7)).fit(nd(split.trainX), split.trainY));
            digits = new Trained(split, model);
        }
        return digits;
    }

    /** Every 4th training image of another split (337 images, all classes) for the determinism tests. */
    private static Split smallSplit() {
        Split s = stratifiedSplit(Datasets.digits(), 0.75, 99);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < s.trainX.length; i += 4) {
            x.add(s.trainX[i]);
            y.add(s.trainY[i]);
        }
        return new Split(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), s.testX, s.testY);
    }

    /**
     * Pixels / 16; within each class a seeded shuffle, the first 75 % (rounded) to training.
     * Training rows are left grouped by class, so an unshuffled or badly shuffled loop shows.
     */
    private static Split stratifiedSplit(ClassificationData data, double trainFraction, long seed) {
        Random random = new Random(seed);
        List<double[]> trainX = new ArrayList<>();
        List<Integer> trainY = new ArrayList<>();
        List<double[]> testX = new ArrayList<>();
        List<Integer> testY = new ArrayList<>();
        int classes = Arrays.stream(data.labels()).max().orElseThrow() + 1;
        for (int c = 0; c < classes; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < data.labels().length; i++) {
                if (data.labels()[i] == c) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            int cut = (int) Math.round(members.size() * trainFraction);
            for (int j = 0; j < members.size(); j++) {
                double[] pixels = Arrays.stream(data.features()[members.get(j)]).map(v -> v / 16.0).toArray();
                (j < cut ? trainX : testX).add(pixels);
                (j < cut ? trainY : testY).add(c);
            }
        }
        return new Split(trainX.toArray(double[][]::new), trainY.stream().mapToInt(Integer::intValue).toArray(),
                testX.toArray(double[][]::new), testY.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double accuracy(int[] predicted, int[] truth) {
        if (predicted == null || predicted.length != truth.length) {
            throw Failure.of("predict returned " + (predicted == null ? "null" : predicted.length + " labels"))
                    .expected(truth.length + " labels, one per row").actual(predicted == null ? "null" : predicted.length)
                    .likelyMistake("return one class index per row of x").error();
        }
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            right += predicted[i] == truth[i] ? 1 : 0;
        }
        return (double) right / truth.length;
    }

    private static void checkParameterShapes(List<INDArray> params, long d, long h, long k) {
        long[][] expected = {{d, h}, {1, h}, {h, k}, {1, k}};
        if (params == null || params.size() != 4) {
            throw Failure.of("parameters() should list [W1, b1, W2, b2]")
                    .expected("4 arrays").actual(params == null ? "null" : params.size() + " arrays")
                    .likelyMistake("return copies of W1, b1, W2, b2 in that order").error();
        }
        for (int i = 0; i < 4; i++) {
            if (!Arrays.equals(expected[i], params.get(i).shape())) {
                throw Failure.of("parameter " + NAMES[i] + " has the wrong shape")
                        .expected(Arrays.toString(expected[i])).actual(Arrays.toString(params.get(i).shape()))
                        .likelyMistake("W1 is D×H, b1 1×H, W2 H×K, b2 1×K").error();
            }
        }
    }

    private static double[][] matrix(String what, INDArray array, int rows, int columns) {
        if (array == null || array.rank() != 2 || array.rows() != rows || array.columns() != columns) {
            throw Failure.of(what + " has the wrong shape")
                    .expected("[" + rows + ", " + columns + "]")
                    .actual(array == null ? "null" : Arrays.toString(array.shape()))
                    .likelyMistake("one row per example, one column per class").error();
        }
        return array.toDoubleMatrix();
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (UnsupportedOperationException todo) {
            throw todo;
        } catch (RuntimeException e) {
            throw Failure.of(what + " threw " + e.getClass().getSimpleName())
                    .line("message", String.valueOf(e.getMessage()))
                    .likelyMistake("check the shapes of each product: X (B×D)·W1 (D×H), H (B×H)·W2 (H×K)").error();
        }
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

    private static String percent(double fraction) {
        return String.format("%.1f %%", 100 * fraction);
    }

    private static INDArray nd(double[][] values) {
        return Nd4j.createFromArray(values);
    }
}
