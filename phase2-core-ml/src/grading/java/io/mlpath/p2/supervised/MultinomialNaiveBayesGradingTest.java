package io.mlpath.p2.supervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of multinomial naive Bayes.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code MultinomialNB} on the Digits pixel counts with α = 1
 * and α = 0.1 (fixture {@code naive-bayes.json}, written by {@code fixtures/naive_bayes.py}):
 * class log-priors, feature log-probabilities, joint log-likelihoods and log posteriors; closed
 * forms on hand-built counts (smoothing, and counts of 1000 whose likelihood products underflow).
 */
@Challenge("p2.supervised.naive-bayes")
class MultinomialNaiveBayesGradingTest {

    private static final String SMOOTHING_MISTAKE = "θ_cj = (N_cj + α) / (N_c + α·d): α is added to EVERY feature's "
            + "count, so the denominator gains α·d and each row of θ sums to 1";

    private static Fixture fixture;
    private static ClassificationData digits;

    @BeforeAll
    static void load() {
        fixture = Fixture.load(MultinomialNaiveBayesGradingTest.class, "naive-bayes.json");
        digits = Datasets.digits();
    }

    @Test
    @Points(4)
    @DisplayName("matches scikit-learn's MultinomialNB on the Digits pixel counts (α = 1): class log-priors, feature "
            + "log-probabilities, joint log-likelihoods and log posteriors of 200 rows to 1e-9 (relative)")
    void matchesSklearnOnDigits() {
        assertMatchesSklearn("digits_a1");
    }

    @Test
    @Points(3)
    @DisplayName("matches scikit-learn's MultinomialNB with Lidstone smoothing α = 0.1 on the Digits pixel counts")
    void matchesSklearnWithLidstoneSmoothing() {
        assertMatchesSklearn("digits_a0_1");
    }

    @Test
    @Points(4)
    @DisplayName("works in log space: a query with 1000 counts in each of 20 features (likelihoods ≈ e⁻⁵⁴⁰⁰⁰) gets "
            + "the exact posterior (2/3, 1/3), finite, and every Digits row gets finite probabilities summing to 1")
    void survivesUnderflow() {
        int d = 20;
        double[][] x = new double[2][d];
        double[] query = new double[d];
        for (int j = 0; j < d; j++) {
            x[0][j] = j % 2 == 0 ? 3 : 1;
            x[1][j] = j % 2 == 0 ? 1 : 3;
            query[j] = 1000;
        }
        query[0] = 1001;
        // θ₀ = (4, 2, 4, 2, …)/60 and θ₁ = (2, 4, 2, 4, …)/60: the 1000s cancel and the extra count on feature 0
        // adds log(θ₀₀/θ₁₀) = log 2 to class 0, so the odds are 2 : 1.
        MultinomialNaiveBayes model = new MultinomialNaiveBayes(1).fit(x, new int[] {0, 1});
        double[][] queries = {query};
        ArrayAssertions.assertClose("P(c | x) for 1000 counts per feature", new double[] {2.0 / 3, 1.0 / 3},
                model.predictProba(queries)[0], Tolerance.absolute(1e-9), GaussianNaiveBayesGradingTest.LOG_MISTAKE);
        ArrayAssertions.assertClose("log P(c | x) for 1000 counts per feature",
                new double[] {Math.log(2.0 / 3), Math.log(1.0 / 3)}, model.predictLogProba(queries)[0],
                Tolerance.absolute(1e-9), GaussianNaiveBayesGradingTest.LOG_MISTAKE);

        MultinomialNaiveBayes digitsModel = new MultinomialNaiveBayes(1).fit(digits.features(), digits.labels());
        double[][] proba = digitsModel.predictProba(digits.features());
        for (int i = 0; i < proba.length; i++) {
            double sum = 0;
            for (double p : proba[i]) {
                if (!(p >= 0 && p <= 1)) {
                    throw Failure.of("predictProba of Digits row " + i + " is not a probability")
                            .expected("values in [0, 1]").actual(Arrays.toString(proba[i]))
                            .likelyMistake(GaussianNaiveBayesGradingTest.LOG_MISTAKE).error();
                }
                sum += p;
            }
            ArrayAssertions.assertClose("sum of predictProba for Digits row " + i, 1.0, sum, Tolerance.absolute(1e-12),
                    GaussianNaiveBayesGradingTest.LOG_MISTAKE);
        }
    }

    @Test
    @Points(3)
    @DisplayName("additive smoothing: counts (2, 0) and (0, 2) give θ₀ = (¾, ¼) with α = 1 and (⅚, ⅙) with α = 0.5; "
            + "an unseen feature keeps a finite log-probability")
    void smoothingAddsAlphaToEveryCount() {
        double[][] x = {{2, 0}, {0, 2}};
        int[] y = {0, 1};
        ArrayAssertions.assertClose("featureLogProbabilities() with α = 1",
                new double[][] {{Math.log(0.75), Math.log(0.25)}, {Math.log(0.25), Math.log(0.75)}},
                new MultinomialNaiveBayes(1).fit(x, y).featureLogProbabilities(), Tolerance.absolute(1e-12),
                SMOOTHING_MISTAKE);
        ArrayAssertions.assertClose("featureLogProbabilities() with α = 0.5",
                new double[][] {{Math.log(5.0 / 6), Math.log(1.0 / 6)}, {Math.log(1.0 / 6), Math.log(5.0 / 6)}},
                new MultinomialNaiveBayes(0.5).fit(x, y).featureLogProbabilities(), Tolerance.absolute(1e-12),
                SMOOTHING_MISTAKE);
        ArrayAssertions.assertClose("classLogPriors()", new double[] {Math.log(0.5), Math.log(0.5)},
                new MultinomialNaiveBayes(1).fit(x, y).classLogPriors(), Tolerance.absolute(1e-15),
                "log P(c) = log(n_c / n): the share of ROWS in class c");
    }

    @Test
    @Points(2)
    @DisplayName("the class prior counts rows, not counts: three rows of class 1 with 1 count each against one row of "
            + "class 0 with 9 counts give log-priors (log ¼, log ¾)")
    void priorCountsRows() {
        double[][] x = {{9, 0}, {1, 0}, {0, 1}, {1, 0}};
        MultinomialNaiveBayes model = new MultinomialNaiveBayes(1).fit(x, new int[] {0, 1, 1, 1});
        ArrayAssertions.assertClose("classLogPriors()", new double[] {Math.log(0.25), Math.log(0.75)},
                model.classLogPriors(), Tolerance.absolute(1e-12),
                "P(c) = (rows of class c) / (all rows), not the share of the counts");
        ArrayAssertions.assertClose("featureLogProbabilities() of class 0 (counts 9, 0; α = 1)",
                new double[] {Math.log(10.0 / 11), Math.log(1.0 / 11)}, model.featureLogProbabilities()[0],
                Tolerance.absolute(1e-12), SMOOTHING_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("predict is the argmax of the joint log-likelihood and refitting starts from scratch")
    void predictAndRefit() {
        MultinomialNaiveBayes model = new MultinomialNaiveBayes(1).fit(digits.features(), digits.labels());
        double[][] x = {{2, 0}, {0, 2}};
        model.fit(x, new int[] {0, 1});
        ArrayAssertions.assertClose("featureLogProbabilities() after refitting on other data",
                new double[][] {{Math.log(0.75), Math.log(0.25)}, {Math.log(0.25), Math.log(0.75)}},
                model.featureLogProbabilities(), Tolerance.absolute(1e-12),
                "fit must start from zero counts every time");
        int[] predicted = model.predict(new double[][] {{3, 1}, {1, 3}, {0, 5}});
        if (!Arrays.equals(new int[] {0, 1, 1}, predicted)) {
            throw Failure.of("predictions of (3, 1), (1, 3), (0, 5)")
                    .expected("[0, 1, 1]").actual(Arrays.toString(predicted))
                    .likelyMistake("predict the class with the largest log P(c) + Σⱼ xⱼ log θ_cj").error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("rejects α ≤ 0 or not finite, negative or non-finite counts, ragged x, a label count mismatch, "
            + "a single class and a missing class, naming the bad value; predict before fit is an "
            + "IllegalStateException")
    void rejectsBadInput() {
        Rejections.assertRejects("alpha = 0", () -> new MultinomialNaiveBayes(0), "0", "alpha must be > 0");
        Rejections.assertRejects("alpha = Infinity", () -> new MultinomialNaiveBayes(Double.POSITIVE_INFINITY),
                "Infinity", "alpha must be finite");
        MultinomialNaiveBayes model = new MultinomialNaiveBayes(1);
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        Rejections.assertRejects("x = null", () -> model.fit(null, new int[] {0, 1, 1}), null, "check x for null");
        Rejections.assertRejects("a count of -2", () -> model.fit(new double[][] {{1, 2}, {3, -2}, {5, 6}},
                new int[] {0, 1, 1}), "-2", "counts must be ≥ 0");
        Rejections.assertRejects("a NaN count", () -> model.fit(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}},
                new int[] {0, 1, 1}), "NaN", "counts must be finite");
        Rejections.assertRejects("ragged x (row 2 has 1 value)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, new int[] {0, 1, 1}), "1",
                "every row must have the same length");
        Rejections.assertRejects("3 rows but 2 labels", () -> model.fit(x, new int[] {0, 1}), "2", "one label per row");
        Rejections.assertRejects("only class 0", () -> model.fit(x, new int[] {0, 0, 0}), null,
                "naive Bayes needs at least two classes");
        Rejections.assertRejects("labels 0 and 2 with no class 1", () -> model.fit(x, new int[] {0, 2, 2}), "1",
                "every class 0..K−1 needs a row");
        Rejections.assertThrowsState("predict before fit",
                () -> new MultinomialNaiveBayes(1).predict(new double[][] {{1}}));
        MultinomialNaiveBayes fitted = new MultinomialNaiveBayes(1).fit(x, new int[] {0, 1, 1});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> fitted.predictProba(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a negative count in a query", () -> fitted.predict(new double[][] {{1, -1}}), "-1",
                "counts must be ≥ 0");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertMatchesSklearn(String tag) {
        double alpha = fixture.number(tag + "_alpha");
        MultinomialNaiveBayes model = new MultinomialNaiveBayes(alpha).fit(digits.features(), digits.labels());
        String where = " (Digits, α = " + alpha + ")";
        ArrayAssertions.assertClose("classLogPriors()" + where, fixture.vector(tag + "_class_log_prior"),
                model.classLogPriors(), Tolerance.relative(1e-12), "log P(c) = log(n_c / n)");
        ArrayAssertions.assertClose("featureLogProbabilities()" + where, fixture.matrix(tag + "_feature_log_prob"),
                model.featureLogProbabilities(), Tolerance.relative(1e-12), SMOOTHING_MISTAKE);
        double[][] rows = GaussianNaiveBayesGradingTest.select(digits.features(), fixture.vector(tag + "_rows"));
        GaussianNaiveBayesGradingTest.assertLogClose("jointLogLikelihood" + where,
                fixture.matrix(tag + "_joint_log_likelihood"), model.jointLogLikelihood(rows),
                "jll_c = log P(c) + Σⱼ xⱼ log θ_cj");
        GaussianNaiveBayesGradingTest.assertLogClose("predictLogProba" + where, fixture.matrix(tag + "_log_proba"),
                model.predictLogProba(rows), GaussianNaiveBayesGradingTest.LOG_MISTAKE);
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
