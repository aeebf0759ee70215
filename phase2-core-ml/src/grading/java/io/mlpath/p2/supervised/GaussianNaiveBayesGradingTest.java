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
 * Hidden tests of Gaussian naive Bayes.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code GaussianNB} on raw Iris and Wine with the default and a
 * large {@code var_smoothing} (fixture {@code naive-bayes.json}, written by
 * {@code fixtures/naive_bayes.py}): ε, priors, means, variances, joint log-likelihoods and log
 * posteriors; closed forms on hand-built data (smoothing, and a 400-feature case whose densities
 * underflow but whose posterior is exactly (¼, ¾)).
 */
@Challenge("p2.supervised.naive-bayes")
class GaussianNaiveBayesGradingTest {

    static final String LOG_MISTAKE = "never multiply densities or exponentiate raw log-likelihoods: sum "
            + "log N(xⱼ | μ, σ²) over the features, then normalise with logsumexp (subtract the largest jll before exp)";
    private static final String VARIANCE_MISTAKE = "σ²_cj is the POPULATION variance of feature j in class c "
            + "(divide by n_c, not n_c − 1) plus ε = varSmoothing × the largest feature variance over ALL rows";

    private static Fixture fixture;
    private static ClassificationData iris;
    private static ClassificationData wine;

    @BeforeAll
    static void load() {
        fixture = Fixture.load(GaussianNaiveBayesGradingTest.class, "naive-bayes.json");
        iris = Datasets.iris();
        wine = Datasets.wine();
    }

    @Test
    @Points(4)
    @DisplayName("matches scikit-learn's GaussianNB on Iris (var_smoothing 1e-9 and 0.05): ε, priors, means, "
            + "variances, joint log-likelihoods and log posteriors to 1e-9 (relative)")
    void matchesSklearnOnIris() {
        assertMatchesSklearn("iris_default", iris);
        assertMatchesSklearn("iris_smooth", iris);
    }

    @Test
    @Points(4)
    @DisplayName("matches scikit-learn's GaussianNB on Wine (var_smoothing 1e-9 and 1e-4, where ε ≈ 9.9 swamps most "
            + "features): every estimate and posterior to 1e-9 (relative)")
    void matchesSklearnOnWine() {
        assertMatchesSklearn("wine_default", wine);
        assertMatchesSklearn("wine_smooth", wine);
    }

    @Test
    @Points(4)
    @DisplayName("works in log space: with 400 features every density product underflows to 0, yet the posterior of "
            + "the query (20, −19, 20, −19, …) is exactly the prior (¼, ¾), finite, and its log is (log ¼, log ¾)")
    void survivesUnderflowWithManyFeatures() {
        int d = 400;
        double[][] x = new double[8][d];
        int[] y = {0, 0, 1, 1, 1, 1, 1, 1};
        double[] classZero = {-1, 1};
        double[] classOne = {0, 2, 0, 2, 0, 2};
        double[] query = new double[d];
        for (int j = 0; j < d; j++) {
            x[0][j] = classZero[0];
            x[1][j] = classZero[1];
            for (int r = 0; r < 6; r++) {
                x[2 + r][j] = classOne[r];
            }
            query[j] = j % 2 == 0 ? 20 : -19;
        }
        // Class 0: μ = 0, σ² = 1; class 1: μ = 1, σ² = 1 (+ the same ε). Per pair of features the squared
        // distances are 400 + 361 for both classes, so the likelihoods are equal and the posterior is the prior.
        GaussianNaiveBayes model = new GaussianNaiveBayes(1e-9).fit(x, y);
        double[][] queries = {query};
        double[] proba = model.predictProba(queries)[0];
        ArrayAssertions.assertClose("P(c | x) for the 400-feature query", new double[] {0.25, 0.75}, proba,
                Tolerance.absolute(1e-9), LOG_MISTAKE);
        ArrayAssertions.assertClose("log P(c | x) for the 400-feature query",
                new double[] {Math.log(0.25), Math.log(0.75)}, model.predictLogProba(queries)[0],
                Tolerance.absolute(1e-9), LOG_MISTAKE);
        double[] jll = model.jointLogLikelihood(queries)[0];
        double expected0 = Math.log(0.25) - d / 2.0 * Math.log(2 * Math.PI) - (400 + 361) * (d / 2) / 2.0;
        ArrayAssertions.assertClose("joint log-likelihood of class 0", expected0, jll[0], Tolerance.relative(1e-8),
                "jll₀ = log ¼ − ½·400·log 2π − ½·Σ(xⱼ − 0)²/1 ≈ −76,468; " + LOG_MISTAKE);
        if (model.predict(queries)[0] != 1) {
            throw Failure.of("predict for the 400-feature query")
                    .expected(1).actual(model.predict(queries)[0])
                    .likelyMistake("with equal likelihoods the larger prior (¾, class 1) decides; compare joint "
                            + "log-likelihoods, which stay finite")
                    .error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("smoothing adds ε = varSmoothing × the largest feature variance over all rows to every variance: "
            + "x = (0, 0), (0, 2), (1, 4), (1, 6), classes 0, 0, 1, 1, varSmoothing 0.1 give ε = 0.5 and σ² = "
            + "(0.5, 1.5) in both classes")
    void smoothingUsesTheLargestVariance() {
        double[][] x = {{0, 0}, {0, 2}, {1, 4}, {1, 6}};
        GaussianNaiveBayes model = new GaussianNaiveBayes(0.1).fit(x, new int[] {0, 0, 1, 1});

        // Over all rows: Var(feature 0) = 0.25, Var(feature 1) = 5, so ε = 0.1 × 5 = 0.5. Per class the
        // population variances are 0 (feature 0) and 1 (feature 1).
        ArrayAssertions.assertClose("epsilon()", 0.5, model.epsilon(), Tolerance.absolute(1e-12),
                "ε = varSmoothing × max over features of the population variance of ALL rows (not per feature, not "
                        + "per class)");
        ArrayAssertions.assertClose("variances()", new double[][] {{0.5, 1.5}, {0.5, 1.5}}, model.variances(),
                Tolerance.absolute(1e-12), VARIANCE_MISTAKE);
        ArrayAssertions.assertClose("means()", new double[][] {{0, 1}, {1, 5}}, model.means(),
                Tolerance.absolute(1e-12), "μ_cj is the mean of feature j over the rows of class c");
        ArrayAssertions.assertClose("classPriors()", new double[] {0.5, 0.5}, model.classPriors(),
                Tolerance.absolute(1e-15), "P(c) = n_c / n");
    }

    @Test
    @Points(2)
    @DisplayName("a feature constant within a class is fine with smoothing (finite posteriors) and rejected with "
            + "varSmoothing = 0 and all features constant per class (IllegalArgumentException naming the variance)")
    void zeroVarianceNeedsSmoothing() {
        double[][] x = {{0, 0}, {0, 2}, {1, 4}, {1, 6}};
        int[] y = {0, 0, 1, 1};
        double[] proba = new GaussianNaiveBayes(1e-9).fit(x, y).predictProba(new double[][] {{0.5, 3}})[0];
        for (double p : proba) {
            if (!Double.isFinite(p)) {
                throw Failure.of("posterior of (0.5, 3) with a feature constant within each class")
                        .expected("finite probabilities").actual(Arrays.toString(proba))
                        .likelyMistake("add ε to every class variance so that no σ² is 0; with σ² = ε ≈ 5e-9 the "
                                + "density of 0.5 is about exp(−2.5e7) = 0 in every class, so " + LOG_MISTAKE)
                        .error();
            }
        }
        Rejections.assertRejects("varSmoothing = 0 with rows {0, 0}, {1, 1} (zero variance in every class)",
                () -> new GaussianNaiveBayes(0).fit(new double[][] {{0}, {0}, {1}, {1}}, y), "variance",
                "every smoothed variance must be > 0");
    }

    @Test
    @Points(2)
    @DisplayName("rows of predictProba sum to 1 and equal exp(predictLogProba); predict is the argmax of the joint "
            + "log-likelihood")
    void probabilitiesAreConsistent() {
        GaussianNaiveBayes model = new GaussianNaiveBayes(1e-9).fit(wine.features(), wine.labels());
        double[][] proba = model.predictProba(wine.features());
        double[][] logProba = model.predictLogProba(wine.features());
        double[][] jll = model.jointLogLikelihood(wine.features());
        int[] predicted = model.predict(wine.features());
        for (int i = 0; i < proba.length; i++) {
            double sum = Arrays.stream(proba[i]).sum();
            ArrayAssertions.assertClose("sum of predictProba row " + i, 1.0, sum, Tolerance.absolute(1e-12),
                    "normalise: P(c | x) = exp(jll_c − logsumexp jll)");
            ArrayAssertions.assertClose("predictProba row " + i, Arrays.stream(logProba[i]).map(Math::exp).toArray(),
                    proba[i], Tolerance.absolute(1e-15), "predictProba is exp of predictLogProba");
            int best = 0;
            for (int c = 1; c < jll[i].length; c++) {
                best = jll[i][c] > jll[i][best] ? c : best;
            }
            if (predicted[i] != best) {
                throw Failure.of("predict disagrees with the joint log-likelihood at Wine row " + i)
                        .expected(best).actual(predicted[i])
                        .line("jll", Arrays.toString(jll[i]))
                        .likelyMistake("predict the class with the largest joint log-likelihood").error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("refitting starts from scratch, fit leaves x alone, and the getters return copies")
    void refitsAndCopies() {
        double[][] x = {{0, 0}, {0, 2}, {1, 4}, {1, 6}};
        GaussianNaiveBayes model = new GaussianNaiveBayes(0.1).fit(iris.features(), iris.labels());
        model.fit(x, new int[] {0, 0, 1, 1});
        ArrayAssertions.assertClose("means() after refitting on other data", new double[][] {{0, 1}, {1, 5}},
                model.means(), Tolerance.absolute(1e-12), "fit must start from scratch (reset sums and counts)");
        ArrayAssertions.assertClose("x after fit", new double[][] {{0, 0}, {0, 2}, {1, 4}, {1, 6}}, x,
                Tolerance.absolute(0), "fit must not modify x (e.g. by centring it in place)");
        model.means()[0][0] = 99;
        model.variances()[0][0] = 99;
        model.classPriors()[0] = 99;
        ArrayAssertions.assertClose("means()[0][0] after the caller changed a returned array", 0, model.means()[0][0],
                Tolerance.absolute(0), "return deep copies of the fitted arrays");
        ArrayAssertions.assertClose("variances()[0][0] after the caller changed a returned array", 0.5,
                model.variances()[0][0], Tolerance.absolute(1e-12), "return deep copies of the fitted arrays");
        ArrayAssertions.assertClose("classPriors()[0] after the caller changed a returned array", 0.5,
                model.classPriors()[0], Tolerance.absolute(0), "return a copy of the priors");
    }

    @Test
    @Points(3)
    @DisplayName("rejects a negative or non-finite varSmoothing, and null, empty, ragged or non-finite x, a label "
            + "count mismatch, negative labels, a single class and a missing class, naming the bad value")
    void rejectsBadInput() {
        Rejections.assertRejects("varSmoothing = -1e-9", () -> new GaussianNaiveBayes(-1e-9), "-1.0E-9",
                "varSmoothing must be ≥ 0");
        Rejections.assertRejects("varSmoothing = NaN", () -> new GaussianNaiveBayes(Double.NaN), "NaN",
                "varSmoothing must be a number");
        GaussianNaiveBayes model = new GaussianNaiveBayes(1e-9);
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        Rejections.assertRejects("x = null", () -> model.fit(null, new int[] {0, 1, 1}), null, "check x for null");
        Rejections.assertRejects("y = null", () -> model.fit(x, null), null, "check y for null");
        Rejections.assertRejects("x with no rows", () -> model.fit(new double[0][], new int[0]), null,
                "x needs at least one row");
        Rejections.assertRejects("ragged x (row 2 has 1 value)",
                () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}, new int[] {0, 1, 1}), "1",
                "every row must have the same length");
        Rejections.assertRejects("x containing Infinity",
                () -> model.fit(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}, {5, 6}}, new int[] {0, 1, 1}),
                "Infinity", "features must be finite");
        Rejections.assertRejects("3 rows but 2 labels", () -> model.fit(x, new int[] {0, 1}), "2", "one label per row");
        Rejections.assertRejects("label -1", () -> model.fit(x, new int[] {0, 1, -1}), "-1",
                "labels are class indices ≥ 0");
        Rejections.assertRejects("only class 0", () -> model.fit(x, new int[] {0, 0, 0}), null,
                "naive Bayes needs at least two classes");
        Rejections.assertRejects("labels 0 and 2 with no class 1", () -> model.fit(x, new int[] {0, 2, 2}), "1",
                "every class 0..K−1 needs a row to estimate its mean and variance");
    }

    @Test
    @Points(2)
    @DisplayName("predict refuses to run before fit (IllegalStateException) and rejects rows of the wrong length or "
            + "with NaN (IllegalArgumentException)")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit",
                () -> new GaussianNaiveBayes(1e-9).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("means() before fit", () -> new GaussianNaiveBayes(1e-9).means());
        GaussianNaiveBayes model = new GaussianNaiveBayes(1e-9).fit(new double[][] {{0, 0}, {1, 1}, {4, 4}, {5, 6}},
                new int[] {0, 0, 1, 1});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> model.predictProba(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN",
                () -> model.jointLogLikelihood(new double[][] {{1, Double.NaN}}), "NaN", "features must be finite");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertMatchesSklearn(String tag, ClassificationData data) {
        double smoothing = fixture.number(tag + "_var_smoothing");
        GaussianNaiveBayes model = new GaussianNaiveBayes(smoothing).fit(data.features(), data.labels());
        String where = " (" + data.name() + ", varSmoothing " + smoothing + ")";
        ArrayAssertions.assertClose("epsilon()" + where, fixture.number(tag + "_epsilon"), model.epsilon(),
                Tolerance.relative(1e-9), VARIANCE_MISTAKE);
        ArrayAssertions.assertClose("classPriors()" + where, fixture.vector(tag + "_priors"), model.classPriors(),
                Tolerance.relative(1e-12), "P(c) = n_c / n");
        ArrayAssertions.assertClose("means()" + where, fixture.matrix(tag + "_means"), model.means(),
                Tolerance.relative(1e-9), "μ_cj is the mean of feature j over the rows of class c");
        ArrayAssertions.assertClose("variances()" + where, fixture.matrix(tag + "_variances"), model.variances(),
                Tolerance.relative(1e-9), VARIANCE_MISTAKE);
        double[][] rows = select(data.features(), fixture.vector(tag + "_rows"));
        assertLogClose("jointLogLikelihood" + where, fixture.matrix(tag + "_joint_log_likelihood"),
                model.jointLogLikelihood(rows), "jll_c = log P(c) − ½ Σⱼ log(2πσ²_cj) − ½ Σⱼ (xⱼ − μ_cj)²/σ²_cj");
        double[][] logProba = fixture.matrix(tag + "_log_proba");
        assertLogClose("predictLogProba" + where, logProba, model.predictLogProba(rows), LOG_MISTAKE);
        double[][] proba = new double[logProba.length][];
        for (int i = 0; i < proba.length; i++) {
            proba[i] = Arrays.stream(logProba[i]).map(Math::exp).toArray();
        }
        ArrayAssertions.assertClose("predictProba" + where, proba, model.predictProba(rows), Tolerance.absolute(1e-9),
                LOG_MISTAKE);
    }

    static double[][] select(double[][] x, double[] rows) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = x[(int) rows[r]].clone();
        }
        return out;
    }

    /** Entry by entry within 1e-9 · max(1, |expected|): log values span 0 to −10⁵. */
    static void assertLogClose(String what, double[][] expected, double[][] actual, String mistake) {
        if (actual == null || actual.length != expected.length) {
            throw Failure.of(what + " has the wrong number of rows")
                    .expected(expected.length + " rows").actual(actual == null ? "null" : actual.length + " rows")
                    .likelyMistake("one row per query").error();
        }
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] == null || actual[i].length != expected[i].length) {
                throw Failure.of(what + " row " + i + " has the wrong length")
                        .expected(expected[i].length + " classes")
                        .actual(actual[i] == null ? "null" : actual[i].length + " values")
                        .likelyMistake("one column per class 0 … K−1").error();
            }
            for (int c = 0; c < expected[i].length; c++) {
                double bound = 1e-9 * Math.max(1, Math.abs(expected[i][c]));
                if (!Tolerance.absolute(bound).accepts(expected[i][c], actual[i][c])) {
                    throw Failure.of(what + " differs at [" + i + "][" + c + "]")
                            .line("expected", Double.toString(expected[i][c]))
                            .line("actual", Double.toString(actual[i][c]))
                            .line("allowed", "±" + bound + " (1e-9 × max(1, |expected|))")
                            .line("row expected", Arrays.toString(expected[i]))
                            .line("row actual", Arrays.toString(actual[i]))
                            .likelyMistake(mistake)
                            .error();
                }
            }
        }
    }

    private static final class Rejections {

        private Rejections() {
        }

        static void assertRejects(String input, Runnable call, String mentions, String rule) {
            MultinomialNaiveBayesGradingTest.Rejections.assertRejects(input, call, mentions, rule);
        }

        static void assertThrowsState(String call, Runnable action) {
            MultinomialNaiveBayesGradingTest.Rejections.assertThrowsState(call, action);
        }
    }
}
