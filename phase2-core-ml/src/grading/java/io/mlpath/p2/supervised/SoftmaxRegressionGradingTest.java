package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.GradientCheck;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of softmax regression.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code LogisticRegression(multi_class="multinomial")} optimum on
 * standardised Iris (C = 1) and Wine (C = 0.1), and numpy/scipy values of the objective and its
 * gradient at given parameters (fixture {@code softmax-regression.json}, written by
 * {@code fixtures/softmax_regression.py}); central finite differences of the learner's own loss;
 * closed forms (softmax of shifted logits, the loss {@code ln K} and the first gradient step at
 * {@code W = 0, b = 0}).
 */
@Challenge("p2.supervised.softmax-regression")
class SoftmaxRegressionGradingTest {

    /** Learning rate, iteration budget and stopping tolerance used against scikit-learn. */
    private static final double RATE = 1.0;
    private static final int BUDGET = 20_000;
    private static final double TOLERANCE = 1e-9;

    private static final String PENALTY_MISTAKE = "is λ = 1/(n·C) applied to the weights only (never the "
            + "intercepts), and is the cross-entropy averaged over the n rows?";
    private static final String STABLE_MISTAKE = "exp(1000) overflows to ∞ and ∞/∞ = NaN: subtract the largest logit "
            + "before exponentiating, softmax(z) = exp(z − max z) / Σ exp(z − max z), and use "
            + "logsumexp(z) = m + log Σ exp(zₖ − m) in the loss";

    private static Fixture fixture;
    private static double[][] irisX;
    private static int[] irisY;
    private static double[][] wineX;
    private static int[] wineY;

    @BeforeAll
    static void load() {
        fixture = Fixture.load(SoftmaxRegressionGradingTest.class, "softmax-regression.json");
        ClassificationData iris = Datasets.iris();
        irisX = standardise(iris.features(), fixture.vector("iris_mean"), fixture.vector("iris_std"));
        irisY = iris.labels();
        ClassificationData wine = Datasets.wine();
        wineX = standardise(wine.features(), fixture.vector("wine_mean"), fixture.vector("wine_std"));
        wineY = wine.labels();
    }

    @Test
    @Points(4)
    @DisplayName("reaches scikit-learn's multinomial optimum on standardised Iris (C = 1): weights and centred "
            + "intercepts within 1e-6, probabilities within 1e-6")
    void matchesSklearnOnIris() {
        assertMatchesSklearn("iris_c1_0", irisX, irisY);
    }

    @Test
    @Points(4)
    @DisplayName("reaches scikit-learn's multinomial optimum on standardised Wine (C = 0.1): weights and centred "
            + "intercepts within 1e-6, probabilities within 1e-6, and the same objective J")
    void matchesSklearnOnWine() {
        assertMatchesSklearn("wine_c0_1", wineX, wineY);
    }

    @Test
    @Points(3)
    @DisplayName("the loss is mean cross-entropy + λ/2‖W‖² with λ = 1/(n·C): at given parameters on Iris it equals "
            + "numpy's value to 1e-12 (relative)")
    void lossMatchesNumpy() {
        SoftmaxRegression model = new SoftmaxRegression(fixture.number("random_C"), RATE, 10, 0);
        double loss = model.loss(irisX, irisY, fixture.matrix("random_weights"), fixture.vector("random_intercepts"));

        ArrayAssertions.assertClose("J(W, b) at the fixture's parameters", fixture.number("random_objective"), loss,
                Tolerance.relative(1e-12), "J = (1/n) Σ [logsumexp(zᵢ) − zᵢ,yᵢ] + λ/2·‖W‖²; " + PENALTY_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("the gradient is (1/n)(P − Y)ᵀX + λW and (1/n)Σ(P − Y): it equals numpy's to 1e-10 and the central "
            + "differences of the learner's own loss to 1e-7")
    void gradientMatchesNumpyAndFiniteDifferences() {
        SoftmaxRegression model = new SoftmaxRegression(fixture.number("random_C"), RATE, 10, 0);
        double[][] w = fixture.matrix("random_weights");
        double[] b = fixture.vector("random_intercepts");
        SoftmaxRegression.Gradient gradient = model.gradient(irisX, irisY, w, b);

        ArrayAssertions.assertClose("∂J/∂W", fixture.matrix("random_gradient_weights"), gradient.weights(),
                Tolerance.absolute(1e-10), "∂J/∂Wₖ = (1/n) Σᵢ (Pᵢₖ − [yᵢ = k])·xᵢ + λ·Wₖ: " + PENALTY_MISTAKE);
        ArrayAssertions.assertClose("∂J/∂b", fixture.vector("random_gradient_intercepts"), gradient.intercepts(),
                Tolerance.absolute(1e-10), "∂J/∂bₖ = (1/n) Σᵢ (Pᵢₖ − [yᵢ = k]), with no penalty term");
        double[] flat = flatten(w, b);
        GradientCheck.assertGradient("gradient of your loss(x, y, W, b)",
                p -> model.loss(irisX, irisY, unflattenWeights(p, 3, 4), unflattenIntercepts(p, 3, 4)), flat,
                flatten(gradient.weights(), gradient.intercepts()), 1e-7,
                "loss and gradient disagree: is λ·Wₖ in the gradient when λ/2·‖W‖² is in the loss, and is the "
                        + "gradient (P − Y) with the one-hot Y, not (Y − P)?");
    }

    @Test
    @Points(3)
    @DisplayName("no overflow: with logits up to ±1771 the loss and the gradient stay finite and equal numpy's "
            + "(logsumexp) values")
    void lossAndGradientSurviveLargeLogits() {
        SoftmaxRegression model = new SoftmaxRegression(fixture.number("random_C"), RATE, 10, 0);
        double scale = fixture.number("large_scale");
        double[][] w = scaled(fixture.matrix("random_weights"), scale);
        double[] b = fixture.vector("random_intercepts").clone();
        for (int k = 0; k < b.length; k++) {
            b[k] *= scale;
        }
        double loss = model.loss(irisX, irisY, w, b);
        ArrayAssertions.assertClose("J(W, b) with logits up to ±" + Math.round(fixture.number("large_max_abs_logit")),
                fixture.number("large_objective"), loss, Tolerance.relative(1e-12), STABLE_MISTAKE);
        SoftmaxRegression.Gradient gradient = model.gradient(irisX, irisY, w, b);
        ArrayAssertions.assertClose("∂J/∂W with logits up to ±1771", fixture.matrix("large_gradient_weights"),
                gradient.weights(), Tolerance.absolute(1e-8), STABLE_MISTAKE);
        ArrayAssertions.assertClose("∂J/∂b with logits up to ±1771", fixture.vector("large_gradient_intercepts"),
                gradient.intercepts(), Tolerance.absolute(1e-12), STABLE_MISTAKE);
    }

    @Test
    @Points(3)
    @DisplayName("softmax subtracts the largest logit: softmax(1000, 1001, 1002) = softmax(0, 1, 2) = "
            + "(0.0900, 0.2447, 0.6652), softmax(−1000, −1000) = (0.5, 0.5), softmax(−1000, 0, 1000) = (0, 0, 1)")
    void softmaxIsStable() {
        double sum = 1 + Math.E + Math.E * Math.E;
        double[] expected = {1 / sum, Math.E / sum, Math.E * Math.E / sum};
        ArrayAssertions.assertClose("softmax(1000, 1001, 1002)", expected,
                SoftmaxRegression.softmax(new double[] {1000, 1001, 1002}), Tolerance.absolute(1e-15), STABLE_MISTAKE);
        ArrayAssertions.assertClose("softmax(−1000, −1000)", new double[] {0.5, 0.5},
                SoftmaxRegression.softmax(new double[] {-1000, -1000}), Tolerance.absolute(1e-15),
                "exp(−1000) underflows to 0 and 0/0 = NaN: " + STABLE_MISTAKE);
        ArrayAssertions.assertClose("softmax(−1000, 0, 1000)", new double[] {0, 0, 1},
                SoftmaxRegression.softmax(new double[] {-1000, 0, 1000}), Tolerance.absolute(1e-300), STABLE_MISTAKE);
        ArrayAssertions.assertClose("softmax(3)", new double[] {1},
                SoftmaxRegression.softmax(new double[] {3}), Tolerance.absolute(0), "one logit has probability 1");
    }

    @Test
    @Points(3)
    @DisplayName("predictProba stays finite far from the data: Iris rows × 1000 give logits in the thousands, rows "
            + "summing to 1 that equal the stable softmax of decisionFunction")
    void predictProbaFarFromTheData() {
        SoftmaxRegression model = new SoftmaxRegression(1.0, RATE, 2_000, 1e-6).fit(irisX, irisY);
        double[][] far = scaled(irisX, 1000);
        double[][] logits = model.decisionFunction(far);
        double[][] proba = model.predictProba(far);
        double largest = 0;
        for (double[] row : logits) {
            for (double z : row) {
                largest = Math.max(largest, Math.abs(z));
            }
        }
        if (!(largest > 800)) {
            throw Failure.of("the far-away queries did not produce large logits")
                    .expected("max |z| above 800 (rows × 1000)").actual(largest)
                    .likelyMistake("decisionFunction should return Wₖ·x + bₖ for the fitted W and b").error();
        }
        ArrayAssertions.assertClose("predictProba for Iris rows × 1000", stableSoftmax(logits), proba,
                Tolerance.absolute(1e-12), STABLE_MISTAKE);
        assertRowsSumToOne("predictProba for Iris rows × 1000", proba);
    }

    @Test
    @Points(3)
    @DisplayName("one step from W = 0, b = 0 (maxIterations = 1, η = 0.5) gives W = η(1/n)Σ(Y − 1/K)x and "
            + "b = η(class frequency − 1/K) on Wine")
    void firstStepFromZero() {
        double eta = 0.5;
        SoftmaxRegression model = new SoftmaxRegression(1.0, eta, 1, 0).fit(wineX, wineY);
        int n = wineX.length;
        int d = wineX[0].length;
        double[][] expectedW = new double[3][d];
        double[] expectedB = new double[3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double residual = (wineY[i] == k ? 1.0 : 0.0) - 1.0 / 3;
                expectedB[k] += eta * residual / n;
                for (int j = 0; j < d; j++) {
                    expectedW[k][j] += eta * residual * wineX[i][j] / n;
                }
            }
        }
        ArrayAssertions.assertClose("intercepts after one step", expectedB, model.intercepts(),
                Tolerance.absolute(1e-12), "start at b = 0 (softmax = 1/K everywhere) and step AGAINST the gradient: "
                        + "b ← b − η·(1/n)Σ(P − Y)");
        ArrayAssertions.assertClose("weights after one step", expectedW, model.weights(), Tolerance.absolute(1e-12),
                "start at W = 0 and step W ← W − η·[(1/n)Σ(P − Y)ᵀx + λW]; the penalty is 0 at W = 0");
        ArrayAssertions.assertClose("iterations() after maxIterations = 1", 1, model.iterations(),
                Tolerance.absolute(0), "count the gradient steps taken");
    }

    @Test
    @Points(2)
    @DisplayName("at W = 0, b = 0 every class has probability 1/K: the loss is ln 3 on Wine whatever C, and ∂J/∂bₖ "
            + "= 1/3 − (share of class k)")
    void zeroParametersGiveLnK() {
        double[][] w = new double[3][wineX[0].length];
        double[] b = new double[3];
        double[] share = new double[3];
        for (int label : wineY) {
            share[label] += 1.0 / wineY.length;
        }
        for (double c : new double[] {0.01, 1, 100}) {
            SoftmaxRegression model = new SoftmaxRegression(c, RATE, 10, 0);
            ArrayAssertions.assertClose("J(0, 0) with C = " + c, Math.log(3), model.loss(wineX, wineY, w, b),
                    Tolerance.absolute(1e-12), "with all logits equal, CEᵢ = ln K for every row: is the loss the "
                            + "MEAN of −log softmax(zᵢ)_yᵢ over rows?");
        }
        SoftmaxRegression model = new SoftmaxRegression(1, RATE, 10, 0);
        double[] expected = {1.0 / 3 - share[0], 1.0 / 3 - share[1], 1.0 / 3 - share[2]};
        ArrayAssertions.assertClose("∂J/∂b at W = 0, b = 0", expected, model.gradient(wineX, wineY, w, b).intercepts(),
                Tolerance.absolute(1e-12), "∂J/∂bₖ = mean of (Pᵢₖ − [yᵢ = k]) = 1/K − share of class k");
    }

    @Test
    @Points(2)
    @DisplayName("stops at the tolerance: after fit, every gradient component at the fitted parameters is at most "
            + "the tolerance (1e-4) and fewer than maxIterations steps were taken")
    void stopsAtTheTolerance() {
        SoftmaxRegression model = new SoftmaxRegression(1.0, RATE, 5_000, 1e-4).fit(irisX, irisY);
        SoftmaxRegression.Gradient g = model.gradient(irisX, irisY, model.weights(), model.intercepts());
        double largest = 0;
        for (int k = 0; k < g.intercepts().length; k++) {
            largest = Math.max(largest, Math.abs(g.intercepts()[k]));
            for (double v : g.weights()[k]) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        if (!(largest <= 1e-4) || model.iterations() >= 5_000 || model.iterations() < 1) {
            throw Failure.of("fit did not stop where the gradient fell below the tolerance")
                    .expected("max |gradient| ≤ 1e-4 after between 1 and 4,999 steps")
                    .actual("max |gradient| = " + largest + " after " + model.iterations() + " steps")
                    .likelyMistake("check max |g| over every weight and intercept component before each step and stop "
                            + "when it is ≤ tolerance; iterations() counts the steps taken")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rows of predictProba sum to 1, predict is their argmax, and on Wine the predictions equal "
            + "scikit-learn's")
    void predictIsArgmaxOfProbabilities() {
        SoftmaxRegression model = new SoftmaxRegression(0.1, RATE, BUDGET, TOLERANCE).fit(wineX, wineY);
        double[][] proba = model.predictProba(wineX);
        assertRowsSumToOne("predictProba on Wine", proba);
        int[] predicted = model.predict(wineX);
        int[] fromProba = argmax(proba);
        int[] sklearn = argmax(fixture.matrix("wine_c0_1_proba"));
        if (!Arrays.equals(predicted, fromProba) || !Arrays.equals(predicted, sklearn)) {
            throw Failure.of("predict disagrees with the argmax of the probabilities")
                    .expected("argmax of your predictProba: " + Arrays.toString(fromProba)
                            + "; scikit-learn: " + Arrays.toString(sklearn))
                    .actual(Arrays.toString(predicted))
                    .likelyMistake("predict returns the class with the largest logit (= largest probability)")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic and leaves its input alone: refitting gives identical parameters, fit does not "
            + "modify x or y, weights() and intercepts() are copies")
    void deterministicAndCopies() {
        double[][] x = deepCopy(irisX);
        int[] y = irisY.clone();
        SoftmaxRegression model = new SoftmaxRegression(1.0, RATE, 300, 0).fit(x, y);
        double[][] w = model.weights();
        double[] b = model.intercepts();
        model.fit(x, y);
        ArrayAssertions.assertClose("weights after fitting again", w, model.weights(), Tolerance.absolute(0),
                "fit must start again from W = 0, b = 0");
        ArrayAssertions.assertClose("intercepts after fitting again", b, model.intercepts(), Tolerance.absolute(0),
                "fit must start again from W = 0, b = 0");
        ArrayAssertions.assertClose("x after fit", irisX, x, Tolerance.absolute(0), "fit must not modify x");
        if (!Arrays.equals(irisY, y)) {
            throw Failure.of("fit modified the labels").likelyMistake("build the one-hot Y in a new array").error();
        }
        double first = w[0][0];
        model.weights()[0][0] += 1000;
        model.intercepts()[0] += 1000;
        ArrayAssertions.assertClose("weights()[0][0] after the caller changed the returned array", first,
                model.weights()[0][0], Tolerance.absolute(0), "return a deep copy of W, not the model's own rows");
        ArrayAssertions.assertClose("intercepts()[0] after the caller changed the returned array", b[0],
                model.intercepts()[0], Tolerance.absolute(0), "return a copy of b");
    }

    @Test
    @Points(2)
    @DisplayName("rejects C, learning rate ≤ 0 or not finite, maxIterations < 1 and a negative tolerance with an "
            + "IllegalArgumentException naming the value")
    void rejectsBadHyperParameters() {
        Rejections.assertRejects("C = 0", () -> new SoftmaxRegression(0, 1, 10, 0), "0", "C must be > 0");
        Rejections.assertRejects("C = NaN", () -> new SoftmaxRegression(Double.NaN, 1, 10, 0), "NaN",
                "C must be a number");
        Rejections.assertRejects("learningRate = -0.5", () -> new SoftmaxRegression(1, -0.5, 10, 0), "-0.5",
                "learning rate must be > 0");
        Rejections.assertRejects("learningRate = Infinity",
                () -> new SoftmaxRegression(1, Double.POSITIVE_INFINITY, 10, 0), "Infinity",
                "learning rate must be finite");
        Rejections.assertRejects("maxIterations = 0", () -> new SoftmaxRegression(1, 1, 0, 0), "0",
                "maxIterations must be ≥ 1");
        Rejections.assertRejects("tolerance = -1e-3", () -> new SoftmaxRegression(1, 1, 10, -1e-3), "-0.001",
                "tolerance must be ≥ 0");
    }

    @Test
    @Points(3)
    @DisplayName("fit rejects null, empty, ragged or non-finite x, a label count mismatch, negative labels, a single "
            + "class and a missing class, naming the bad value")
    void rejectsBadTrainingData() {
        SoftmaxRegression model = new SoftmaxRegression(1, 1, 10, 0);
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        Rejections.assertRejects("x = null", () -> model.fit(null, new int[] {0, 1, 1}), null, "check x for null");
        Rejections.assertRejects("y = null", () -> model.fit(x, null), null, "check y for null");
        Rejections.assertRejects("x with no rows", () -> model.fit(new double[0][], new int[0]), null,
                "x needs at least one row");
        Rejections.assertRejects("ragged x (row 2 has 1 value)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, new int[] {0, 1, 1}), "1",
                "every row must have the same length");
        Rejections.assertRejects("x containing NaN",
                () -> model.fit(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}}, new int[] {0, 1, 1}), "NaN",
                "features must be finite");
        Rejections.assertRejects("3 rows but 2 labels", () -> model.fit(x, new int[] {0, 1}), "2",
                "one label per row");
        Rejections.assertRejects("label -1", () -> model.fit(x, new int[] {0, 1, -1}), "-1",
                "labels are class indices 0..K−1");
        Rejections.assertRejects("only class 0", () -> model.fit(x, new int[] {0, 0, 0}), null,
                "softmax regression needs at least two classes");
        Rejections.assertRejects("labels 0 and 2 with no class 1", () -> model.fit(x, new int[] {0, 2, 2}), "1",
                "every class 0..K−1 needs at least one row (class 1 has none)");
    }

    @Test
    @Points(2)
    @DisplayName("predict refuses to run before fit (IllegalStateException); predict and loss reject rows or "
            + "parameters of the wrong shape (IllegalArgumentException)")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit",
                () -> new SoftmaxRegression(1, 1, 10, 0).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("weights() before fit", () -> new SoftmaxRegression(1, 1, 10, 0).weights());
        SoftmaxRegression model = new SoftmaxRegression(1, 1, 10, 0)
                .fit(new double[][] {{0, 0}, {2, 2}, {4, 0}}, new int[] {0, 1, 2});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> model.predictProba(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> model.predict(new double[][] {{1, Double.NaN}}),
                "NaN", "features must be finite");
        double[][] w = new double[3][2];
        Rejections.assertRejects("2 intercepts for 3 weight rows",
                () -> model.loss(new double[][] {{1, 2}}, new int[] {0}, w, new double[2]), "2",
                "one intercept per class");
        Rejections.assertRejects("label 3 with 3 classes",
                () -> model.loss(new double[][] {{1, 2}}, new int[] {3}, w, new double[3]), "3",
                "labels must be below the number of weight rows");
        Rejections.assertRejects("softmax(null)", () -> SoftmaxRegression.softmax(null), null, "check for null");
        Rejections.assertRejects("softmax of NaN", () -> SoftmaxRegression.softmax(new double[] {1, Double.NaN}),
                "NaN", "logits must be finite");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private void assertMatchesSklearn(String tag, double[][] x, int[] y) {
        double c = fixture.number(tag + "_C");
        SoftmaxRegression model = new SoftmaxRegression(c, RATE, BUDGET, TOLERANCE).fit(x, y);
        double[][] w = model.weights();
        ArrayAssertions.assertClose("weights W (K × d)", fixture.matrix(tag + "_weights"), w, Tolerance.absolute(1e-6),
                PENALTY_MISTAKE + " (iterations taken: " + model.iterations() + " of " + BUDGET + ")");
        ArrayAssertions.assertClose("intercepts b − mean(b)", centred(fixture.vector(tag + "_intercepts")),
                centred(model.intercepts()), Tolerance.absolute(1e-6),
                "the intercepts must not be penalised (no λ·bₖ in their gradient); " + PENALTY_MISTAKE);
        ArrayAssertions.assertClose("predictProba on every row", fixture.matrix(tag + "_proba"), model.predictProba(x),
                Tolerance.absolute(1e-6), "probabilities are softmax(W·x + b) of the fitted parameters");
        ArrayAssertions.assertClose("J(W, b) at your fitted parameters", fixture.number(tag + "_objective"),
                model.loss(x, y, w, model.intercepts()), Tolerance.relative(1e-9), PENALTY_MISTAKE);
    }

    static double[][] standardise(double[][] x, double[] mean, double[] std) {
        double[][] out = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (x[i][j] - mean[j]) / std[j];
            }
        }
        return out;
    }

    static double[][] stableSoftmax(double[][] logits) {
        double[][] p = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double max = Arrays.stream(logits[i]).max().orElseThrow();
            double sum = 0;
            p[i] = new double[logits[i].length];
            for (int k = 0; k < p[i].length; k++) {
                p[i][k] = Math.exp(logits[i][k] - max);
                sum += p[i][k];
            }
            for (int k = 0; k < p[i].length; k++) {
                p[i][k] /= sum;
            }
        }
        return p;
    }

    static void assertRowsSumToOne(String what, double[][] proba) {
        for (int i = 0; i < proba.length; i++) {
            double sum = 0;
            for (double p : proba[i]) {
                if (!(p >= 0 && p <= 1)) {
                    throw Failure.of(what + ": row " + i + " has a value outside [0, 1]")
                            .expected("probabilities in [0, 1]").actual(Arrays.toString(proba[i]))
                            .likelyMistake(STABLE_MISTAKE).error();
                }
                sum += p;
            }
            ArrayAssertions.assertClose(what + ": sum of row " + i, 1.0, sum, Tolerance.absolute(1e-12),
                    "divide every exp(zₖ − max z) by their sum");
        }
    }

    static int[] argmax(double[][] rows) {
        int[] best = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int k = 1; k < rows[i].length; k++) {
                if (rows[i][k] > rows[i][best[i]]) {
                    best[i] = k;
                }
            }
        }
        return best;
    }

    static double[] centred(double[] v) {
        double mean = Arrays.stream(v).average().orElseThrow();
        return Arrays.stream(v).map(value -> value - mean).toArray();
    }

    static double[][] scaled(double[][] x, double factor) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = Arrays.stream(x[i]).map(v -> v * factor).toArray();
        }
        return out;
    }

    static double[] flatten(double[][] w, double[] b) {
        double[] flat = new double[w.length * w[0].length + b.length];
        int at = 0;
        for (double[] row : w) {
            for (double v : row) {
                flat[at++] = v;
            }
        }
        System.arraycopy(b, 0, flat, at, b.length);
        return flat;
    }

    static double[][] unflattenWeights(double[] flat, int k, int d) {
        double[][] w = new double[k][d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(flat, c * d, w[c], 0, d);
        }
        return w;
    }

    static double[] unflattenIntercepts(double[] flat, int k, int d) {
        return Arrays.copyOfRange(flat, k * d, k * d + k);
    }

    static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
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
                if (message == null || message.isBlank() || (mentions != null && !message.contains(mentions))) {
                    throw Failure.of("the IllegalArgumentException for " + input + " does not name the bad value")
                            .expected("a message stating the rule" + (mentions == null ? "" : " and containing \""
                                    + mentions + "\""))
                            .actual(String.valueOf(message))
                            .likelyMistake("put the rule and the value in the message, e.g. \"" + rule + ", was …\"")
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
