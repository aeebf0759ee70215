package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.GradientCheck;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of binary logistic regression.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code LogisticRegression(penalty="l2", C, solver="lbfgs")} on Breast
 * Cancer standardised over all rows (fixture {@code logistic-regression-breast-cancer.json}, written by
 * {@code phase2-core-ml/fixtures/logistic_regression_breast_cancer.py}), compared within a stated
 * tolerance because lbfgs stops about 1e-4 short of the optimum; the same model solved by
 * {@code solver="newton-cholesky"} for the optimal objective; numpy's objective and gradient at a fixed
 * point; central differences ({@code GradientCheck}); closed forms at {@code z = ±1000} and for an
 * intercept-only problem.
 */
@Challenge("p2.supervised.logistic-regression")
class LogisticRegressionGradingTest {

    /** Stated tolerance against scikit-learn's lbfgs solution: coefficients and intercept (absolute). */
    private static final double COEFFICIENT_TOLERANCE = 1e-3;
    /** Stated tolerance against scikit-learn's lbfgs solution: probabilities P(y = 1) (absolute). */
    private static final double PROBABILITY_TOLERANCE = 1e-4;

    private static final String LABELS = "Labels are class indices 0/1: the loss of a row is log(1 + e^z) − y·z. "
            + "The ±1 form log(1 + e^{−yz}) needs y = ±1; fed y = 0 it gives log 2 whatever z is";
    private static final String C_MEANING = "J = C·Σ loss + ½‖w‖²: C multiplies the data term (C is not the λ of "
            + "λ/2‖w‖²), and the intercept is not penalised";
    private static final String STABLE = "Compute the loss from z as max(z, 0) + log1p(e^{−|z|}) − y·z, and σ(z) "
            + "with the branch that only exponentiates −|z|: e^{1000} overflows to ∞, ∞/∞ is NaN, log σ(−1000) "
            + "is log 0 = −∞ and 0·(−∞) is NaN";

    private static Fixture fixture;
    private static double[][] x;
    private static int[] y;

    @BeforeAll
    static void standardisedBreastCancer() {
        fixture = Fixture.load(LogisticRegressionGradingTest.class, "logistic-regression-breast-cancer.json");
        ClassificationData data = Datasets.breastCancer();
        double[] mean = fixture.vector("feature_mean");
        double[] std = fixture.vector("feature_std");
        x = new double[data.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                x[i][j] = (data.features()[i][j] - mean[j]) / std[j];
            }
        }
        y = data.labels();
    }

    @Test
    @Points(4)
    @DisplayName("C = 1 on standardised Breast Cancer: coefficients and intercept within 1e-3 and P(y = 1) of every "
            + "row within 1e-4 of scikit-learn's LogisticRegression(penalty=\"l2\", C=1, solver=\"lbfgs\")")
    void matchesSklearnWithC1() {
        compareWithSklearn("c1");
    }

    @Test
    @Points(3)
    @DisplayName("C = 0.05 (strong penalty) on standardised Breast Cancer: coefficients and intercept within 1e-3 "
            + "and P(y = 1) within 1e-4 of scikit-learn's lbfgs solution")
    void matchesSklearnWithC005() {
        compareWithSklearn("c0_05");
    }

    @Test
    @Points(2)
    @DisplayName("reaches the optimum: J at the fitted parameters (C = 1) is within 1e-8 (relative) of the minimum "
            + "scikit-learn's Newton solver finds")
    void reachesTheOptimalObjective() {
        LogisticRegression model = new LogisticRegression(1).fit(x, y);
        double reached = objective(model.coefficients(), model.intercept(), x, y, 1);
        double optimum = fixture.number("c1_exact_objective");
        if (!(reached <= optimum * (1 + 1e-8))) {
            throw Failure.of("the fitted parameters do not minimise J = C Σ[log(1 + e^z) − yz] + ½‖w‖² (C = 1)")
                    .expected("at most " + optimum * (1 + 1e-8) + " (optimum " + optimum + ")")
                    .actual(reached)
                    .line("max |∇J|", Double.toString(maxAbs(gradient(model.coefficients(), model.intercept(), x, y,
                            1))) + " at your parameters (the test's own gradient)")
                    .likelyMistake("iterate until the gradient is (nearly) zero: Newton's method needs about ten "
                            + "steps; gradient descent needs a step 1/L and many thousands. " + C_MEANING)
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("objective and gradient equal numpy's at a fixed point on Breast Cancer (C = 1, relative 1e-10)")
    void objectiveAndGradientMatchNumpy() {
        double[] w = fixture.vector("probe_w");
        double b = fixture.number("probe_b");
        ArrayAssertions.assertClose("objective(probe_w, probe_b, x, y, 1)", fixture.number("probe_objective"),
                LogisticRegression.objective(w, b, x, y, 1), Tolerance.relative(1e-10), LABELS + ". " + C_MEANING);
        ArrayAssertions.assertClose("gradient(probe_w, probe_b, x, y, 1) (w first, b last)",
                fixture.vector("probe_gradient"), LogisticRegression.gradient(w, b, x, y, 1),
                Tolerance.relative(1e-10), "∂J/∂w = C Σ(σ(zᵢ) − yᵢ)xᵢ + w, ∂J/∂b = C Σ(σ(zᵢ) − yᵢ): the "
                        + "penalty contributes w to ∂J/∂w and nothing to ∂J/∂b");
    }

    @Test
    @Points(3)
    @DisplayName("the analytic gradient agrees with central differences of the objective at seeded random points "
            + "(relative error < 1e-6, C = 0.3, 60 rows)")
    void gradientMatchesFiniteDifferences() {
        Random random = new Random(Seeds.of(2024));
        double[][] rows = new double[60][];
        int[] labels = new int[60];
        for (int i = 0; i < rows.length; i++) {
            int k = random.nextInt(x.length);
            rows[i] = x[k];
            labels[i] = y[k];
        }
        for (int trial = 0; trial < 3; trial++) {
            double[] point = new double[x[0].length + 1];
            for (int j = 0; j < point.length; j++) {
                point[j] = 0.3 * random.nextGaussian();
            }
            double[] w = Arrays.copyOf(point, x[0].length);
            double[] analytic = LogisticRegression.gradient(w, point[w.length], rows, labels, 0.3);
            GradientCheck.assertGradient("gradient at random point " + trial,
                    p -> LogisticRegression.objective(Arrays.copyOf(p, w.length), p[w.length], rows, labels, 0.3),
                    point, analytic, 1e-6, "∂J/∂w = C Σ(σ(zᵢ) − yᵢ)xᵢ + w and ∂J/∂b = C Σ(σ(zᵢ) − yᵢ), in that "
                            + "order (w first, b last). Is the penalty's w added, and C applied to the data term?");
        }
    }

    @Test
    @Points(3)
    @DisplayName("does not overflow at z = ±1000: sigmoid gives exactly 1 and 0, and the loss and gradient are the "
            + "exact finite values (J = 1000 + ½·1000² for one wrong and one right row), not NaN")
    void stableAtLargeLogits() {
        ArrayAssertions.assertClose("sigmoid(1000)", 1.0, LogisticRegression.sigmoid(1000), Tolerance.absolute(0),
                STABLE);
        ArrayAssertions.assertClose("sigmoid(-1000)", 0.0, LogisticRegression.sigmoid(-1000), Tolerance.absolute(0),
                STABLE);
        ArrayAssertions.assertClose("sigmoid(-40)", Math.exp(-40) / (1 + Math.exp(-40)),
                LogisticRegression.sigmoid(-40), Tolerance.relative(1e-14), "σ(−40) ≈ 4.2e-18 must keep its "
                        + "digits: compute e^z/(1 + e^z) for z < 0, not 1 − σ(40)");

        double[][] one = {{1}, {1}};
        int[] labels = {1, 0};
        for (double w : new double[] {1000, -1000}) {
            double objective = LogisticRegression.objective(new double[] {w}, 0, one, labels, 1);
            ArrayAssertions.assertClose("objective at w = " + w + ", b = 0 (z = " + w + " for rows labelled 1 and 0)",
                    1000 + 0.5 * w * w, objective, Tolerance.relative(1e-12),
                    "one row is right (loss 0) and one is wrong by 1000 (loss 1000), plus ½w² = 500000. " + STABLE);
        }
        double[] g = LogisticRegression.gradient(new double[] {1000}, 0, one, labels, 1);
        ArrayAssertions.assertClose("gradient at w = 1000, b = 0", new double[] {1001, 1}, g, Tolerance.relative(1e-12),
                "σ(1000) = 1: the row labelled 1 contributes 0, the row labelled 0 contributes 1·x = 1, plus w. "
                        + STABLE);

        LogisticRegression model = new LogisticRegression(1).fit(new double[][] {{-1}, {1}}, new int[] {0, 1});
        double[][] far = model.predictProba(new double[][] {{1e6}, {-1e6}});
        ArrayAssertions.assertClose("predictProba({{1e6}, {−1e6}})", new double[][] {{0, 1}, {1, 0}}, far,
                Tolerance.absolute(1e-12), "probabilities must stay in [0, 1] and sum to 1 at any z. " + STABLE);
    }

    @Test
    @Points(2)
    @DisplayName("takes labels 0/1 only: fit and objective reject −1 (the ±1 convention) and 2 with an "
            + "IllegalArgumentException naming the label")
    void rejectsPlusMinusOneLabels() {
        double[][] rows = {{-1}, {0}, {1}};
        Rejects.argument("labels {−1, 1, 1} in fit", () -> new LogisticRegression(1).fit(rows, new int[] {-1, 1, 1}),
                "-1", "labels are class indices 0 or 1, not ±1");
        Rejects.argument("label 2 in fit", () -> new LogisticRegression(1).fit(rows, new int[] {0, 1, 2}), "2",
                "labels are class indices 0 or 1");
        Rejects.argument("labels {−1, 1, 1} in objective", () -> LogisticRegression.objective(new double[] {1}, 0,
                rows, new int[] {-1, 1, 1}, 1), "-1", "labels are class indices 0 or 1, not ±1");
    }

    @Test
    @Points(3)
    @DisplayName("does not penalise the intercept: with a feature that is always 0 and labels {1, 1, 1, 0}, w = 0 "
            + "and b = log(3), the log-odds, so P(y = 1) = 0.75")
    void interceptIsTheLogOdds() {
        LogisticRegression model = new LogisticRegression(1).fit(new double[][] {{0}, {0}, {0}, {0}},
                new int[] {1, 1, 1, 0});
        ArrayAssertions.assertClose("intercept()", Math.log(3), model.intercept(), Tolerance.absolute(1e-6),
                "∂J/∂b = C Σ(σ(b) − yᵢ) = 0 gives σ(b) = 3/4; a penalty on b would pull it towards 0. " + C_MEANING
                        + ". " + LABELS);
        ArrayAssertions.assertClose("coefficients()", new double[] {0}, model.coefficients(), Tolerance.absolute(1e-9),
                "the feature is always 0, so only the penalty ½w² acts on w");
        ArrayAssertions.assertClose("predictProba({{0}})", new double[][] {{0.25, 0.75}},
                model.predictProba(new double[][] {{0}}), Tolerance.absolute(1e-6), "{1 − σ(z), σ(z)} with z = b");
    }

    @Test
    @Points(2)
    @DisplayName("predictProba rows are {1 − σ(z), σ(z)} and sum to 1, decisionFunction is w·x + b with the exposed "
            + "parameters, predict is 1 exactly where z > 0")
    void probabilitiesAndPredictionsAgree() {
        LogisticRegression model = new LogisticRegression(0.5).fit(x, y);
        double[] w = model.coefficients();
        double b = model.intercept();
        double[] z = model.decisionFunction(x);
        double[][] proba = model.predictProba(x);
        int[] classes = model.predict(x);
        for (int i = 0; i < x.length; i++) {
            double expected = b;
            for (int j = 0; j < w.length; j++) {
                expected += w[j] * x[i][j];
            }
            ArrayAssertions.assertClose("decisionFunction row " + i, expected, z[i], Tolerance.absolute(1e-9),
                    "z = w·x + b with the same w and b as coefficients() and intercept()");
            double p = 1 / (1 + Math.exp(-z[i]));
            ArrayAssertions.assertClose("predictProba row " + i, new double[] {1 - p, p}, proba[i],
                    Tolerance.absolute(1e-12), "column 0 is P(y = 0) = 1 − σ(z), column 1 is P(y = 1) = σ(z)");
            ArrayAssertions.assertClose("sum of predictProba row " + i, 1.0, proba[i][0] + proba[i][1],
                    Tolerance.absolute(1e-12), "the two probabilities of a row sum to 1");
            if (classes[i] != (z[i] > 0 ? 1 : 0)) {
                throw Failure.of("predict disagrees with the sign of decisionFunction at row " + i)
                        .expected(z[i] > 0 ? 1 : 0).actual(classes[i])
                        .line("z", Double.toString(z[i]))
                        .likelyMistake("class 1 where z > 0 (P(y = 1) > 0.5), class 0 otherwise").error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("stays finite on separable data: x = −2, −1, 1, 2 with labels 0, 0, 1, 1 (C = 1) ends with zero "
            + "gradient and predicts every training label")
    void separableDataStaysFinite() {
        double[][] rows = {{-2}, {-1}, {1}, {2}};
        int[] labels = {0, 0, 1, 1};
        LogisticRegression model = new LogisticRegression(1).fit(rows, labels);
        double[] g = gradient(model.coefficients(), model.intercept(), rows, labels, 1);
        if (!(maxAbs(g) <= 1e-6)) {
            throw Failure.of("the gradient is not zero at the fitted parameters on separable data")
                    .expected("max |∇J| ≤ 1e-6").actual(maxAbs(g))
                    .line("w, b", Arrays.toString(model.coefficients()) + ", " + model.intercept())
                    .likelyMistake("the penalty ½‖w‖² keeps the optimum finite even when the classes are separable; "
                            + "make sure it is in the objective and its gradient w in ∂J/∂w")
                    .error();
        }
        if (!Arrays.equals(labels, model.predict(rows))) {
            throw Failure.of("training points of a separable set misclassified")
                    .expected(Arrays.toString(labels)).actual(Arrays.toString(model.predict(rows)))
                    .likelyMistake(LABELS).error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects C ≤ 0, NaN or ∞, null, empty, ragged or NaN x, a label count mismatch and a single class, "
            + "naming the bad value")
    void rejectsBadInput() {
        Rejects.argument("C = 0", () -> new LogisticRegression(0), "0", "C must be > 0");
        Rejects.argument("C = NaN", () -> new LogisticRegression(Double.NaN), "NaN", "C must be a number");
        Rejects.argument("C = Infinity", () -> new LogisticRegression(Double.POSITIVE_INFINITY), "Infinity",
                "C must be finite");
        LogisticRegression model = new LogisticRegression(1);
        int[] labels = {0, 1, 1};
        Rejects.argument("x = null", () -> model.fit(null, labels), null, "x must not be null");
        Rejects.argument("y = null", () -> model.fit(new double[][] {{1}, {2}, {3}}, null), null, "y must not be null");
        Rejects.argument("x with no rows", () -> model.fit(new double[0][], new int[0]), null,
                "x needs at least one row");
        Rejects.argument("ragged x (row 2 has 1 value, rows 0 and 1 have 2)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, labels), "2",
                "every row must have the same length");
        Rejects.argument("x containing NaN", () -> model.fit(new double[][] {{1}, {Double.NaN}, {3}}, labels), "NaN",
                "features must be finite");
        Rejects.argument("3 rows but 2 labels", () -> model.fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 1}),
                "2", "one label per row");
        Rejects.argument("only class 1", () -> model.fit(new double[][] {{1}, {2}, {3}}, new int[] {1, 1, 1}), null,
                "both classes must be present (the intercept would run off to infinity)");
    }

    @Test
    @Points(1)
    @DisplayName("refuses predict, predictProba and coefficients() before fit (IllegalStateException) and query "
            + "rows of the wrong width")
    void rejectsBadQueries() {
        Rejects.state("predict before fit", () -> new LogisticRegression(1).predict(new double[][] {{1}}));
        Rejects.state("predictProba before fit", () -> new LogisticRegression(1).predictProba(new double[][] {{1}}));
        Rejects.state("coefficients() before fit", () -> new LogisticRegression(1).coefficients());
        LogisticRegression model = new LogisticRegression(1).fit(new double[][] {{0, 1}, {1, 0}}, new int[] {0, 1});
        Rejects.argument("a query row of length 3 after training on 2",
                () -> model.predictProba(new double[][] {{1, 2, 3}}), "3", "rows must have the training dimension");
    }

    @Test
    @Points(1)
    @DisplayName("is deterministic, leaves its inputs alone, and a second fit replaces the first")
    void refitsAndLeavesInputsAlone() {
        double[][] rows = {{-2, 1}, {-1, 0}, {1, 1}, {2, 0}, {0.5, 2}};
        int[] labels = {0, 0, 1, 1, 0};
        LogisticRegression model = new LogisticRegression(2).fit(rows, labels);
        double[] w = model.coefficients();
        double b = model.intercept();
        model.coefficients()[0] = 99;
        model.fit(new double[][] {{0}, {1}}, new int[] {0, 1});
        model.fit(rows, labels);
        ArrayAssertions.assertClose("coefficients() after refitting the same data", w, model.coefficients(),
                Tolerance.absolute(1e-9), "fit must start from scratch and return copies of w");
        ArrayAssertions.assertClose("intercept() after refitting the same data", b, model.intercept(),
                Tolerance.absolute(1e-9), "fit must start from scratch");
        ArrayAssertions.assertClose("x after fit", new double[][] {{-2, 1}, {-1, 0}, {1, 1}, {2, 0}, {0.5, 2}}, rows,
                Tolerance.absolute(0), "fit must not modify x");
        if (!Arrays.equals(new int[] {0, 0, 1, 1, 0}, labels)) {
            throw Failure.of("fit modified the labels").expected("[0, 0, 1, 1, 0]").actual(Arrays.toString(labels))
                    .likelyMistake("never write into y").error();
        }
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private void compareWithSklearn(String tag) {
        double c = fixture.number(tag + "_C");
        LogisticRegression model = new LogisticRegression(c).fit(x, y);
        ArrayAssertions.assertClose("coefficients() with C = " + c, fixture.vector(tag + "_w"), model.coefficients(),
                Tolerance.absolute(COEFFICIENT_TOLERANCE), C_MEANING + ". " + LABELS);
        ArrayAssertions.assertClose("intercept() with C = " + c, fixture.number(tag + "_b"), model.intercept(),
                Tolerance.absolute(COEFFICIENT_TOLERANCE), C_MEANING);
        double[][] proba = model.predictProba(x);
        double[] p1 = new double[proba.length];
        for (int i = 0; i < proba.length; i++) {
            p1[i] = proba[i][1];
        }
        ArrayAssertions.assertClose("P(y = 1) of the 569 rows with C = " + c, fixture.vector(tag + "_probabilities"),
                p1, Tolerance.absolute(PROBABILITY_TOLERANCE), "column 1 of predictProba is σ(w·x + b). " + LABELS);
    }

    /** J = C Σ [log(1 + e^z) − yz] + ½‖w‖², stable. */
    static double objective(double[] w, double b, double[][] rows, int[] labels, double c) {
        double loss = 0;
        for (int i = 0; i < rows.length; i++) {
            double z = b;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * rows[i][j];
            }
            loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - labels[i] * z;
        }
        double penalty = 0;
        for (double v : w) {
            penalty += v * v;
        }
        return c * loss + 0.5 * penalty;
    }

    /** ∇J, w first then b. */
    static double[] gradient(double[] w, double b, double[][] rows, int[] labels, double c) {
        double[] g = new double[w.length + 1];
        for (int i = 0; i < rows.length; i++) {
            double z = b;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * rows[i][j];
            }
            double p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            for (int j = 0; j < w.length; j++) {
                g[j] += c * (p - labels[i]) * rows[i][j];
            }
            g[w.length] += c * (p - labels[i]);
        }
        for (int j = 0; j < w.length; j++) {
            g[j] += w[j];
        }
        return g;
    }

    static double maxAbs(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    /** Checks for rejected input, passing the learner's TODO through untouched. */
    static final class Rejects {

        private Rejects() {
        }

        static void argument(String input, Runnable call, String mentions, String rule) {
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

        static void state(String call, Runnable action) {
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
