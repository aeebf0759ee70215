package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of EM for a diagonal Gaussian mixture.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code GaussianMixture(covariance_type='diag', reg_covar=1e-6)} started
 * from the same parameters (fixture {@code gmm-diag.json}, script {@code fixtures/gmm_diag.py}): the
 * whole log-likelihood history, the fitted parameters, responsibilities and log-densities; Commons Math's
 * {@code NormalDistribution.logDensity}, {@code StatUtils} mean and population variance (closed forms for
 * one component and for far-away rows); seeded samples from a known mixture (recovery within 6 standard
 * errors); EM's monotonicity.
 */
@Challenge("p2.unsupervised.gmm")
class GaussianMixtureGradingTest {

    private static final double REG = 1e-6;
    private static final String FLOOR_MISTAKE = "is regCovar added to every variance in the M-step? Without that "
            + "floor a component sitting on a duplicated point shrinks to variance 0 and the likelihood to ±∞/NaN.";
    private static final String LSE_MISTAKE = "compute log p(x) as logsumexp: m + log Σₖ exp(aₖ − m) with "
            + "aₖ = log πₖ + log N(x | μₖ, σ²ₖ) and m = maxₖ aₖ; exp(aₖ) itself underflows to 0 far from the means.";
    private static final String MSTEP_MISTAKE = "M-step: Nₖ = Σᵢ rᵢₖ, πₖ = Nₖ/n, μₖ = Σᵢ rᵢₖxᵢ/Nₖ, then "
            + "σ²ₖⱼ = Σᵢ rᵢₖ(xᵢⱼ − μₖⱼ)²/Nₖ + regCovar with the NEW mean; history[t] is the MEAN log-likelihood per row "
            + "after t M-steps (history[0] = the initial parameters).";

    private static Fixture sklearn;

    @BeforeAll
    static void load() {
        sklearn = Fixture.load(GaussianMixtureGradingTest.class, "gmm-diag.json");
    }

    @Test
    @Points(4)
    @DisplayName("matches scikit-learn's diagonal GaussianMixture step for step on seeded 2-D data: the mean "
            + "log-likelihood after 0…39 M-steps and the means, variances and weights after 40 (to 1e-8)")
    void matchesSklearnOnSyntheticData() {
        assertMatchesSklearn("synthetic", 1e-8);
    }

    @Test
    @Points(4)
    @DisplayName("matches scikit-learn's diagonal GaussianMixture step for step on Iris (3 components from rows 0, "
            + "50, 100): the log-likelihood history and the fitted means, variances and weights (to 1e-7)")
    void matchesSklearnOnIris() {
        assertMatchesSklearn("iris", 1e-7);
    }

    @Test
    @Points(3)
    @DisplayName("predictProba, scoreSamples and predict of the fitted model match scikit-learn's predict_proba, "
            + "score_samples and predict on the synthetic data and on Iris")
    void predictionsMatchSklearn() {
        for (String name : new String[] {"synthetic", "iris"}) {
            GaussianMixture gmm = fitFixture(name);
            double[][] x = sklearn.matrix(name + "_x");
            ArrayAssertions.assertClose(name + ": predictProba (responsibilities)", sklearn.matrix(name + "_proba"),
                    gmm.predictProba(x), Tolerance.absolute(1e-7),
                    "rᵢₖ = exp(aₖ − logsumexp(a)) with aₖ = log πₖ + log N(xᵢ | μₖ, σ²ₖ); is the log πₖ included?");
            ArrayAssertions.assertClose(name + ": scoreSamples (log p(x) per row)",
                    sklearn.vector(name + "_score_samples"), gmm.scoreSamples(x), Tolerance.absolute(1e-7),
                    "log N(x | μ, σ²) = −½ Σⱼ [ln(2πσ²ⱼ) + (xⱼ − μⱼ)²/σ²ⱼ], then logsumexp over k of log πₖ + log N");
            int[] expected = intArray(name + "_predict");
            int[] actual = gmm.predict(x);
            if (!Arrays.equals(expected, actual)) {
                throw Failure.of(name + ": predict differs from scikit-learn's")
                        .expected(Arrays.toString(expected)).actual(Arrays.toString(actual))
                        .likelyMistake("predict is the argmax over k of the responsibilities").error();
            }
            int[] labels = gmm.labels();
            if (!Arrays.equals(expected, labels)) {
                throw Failure.of(name + ": labels() differs from predict on the training rows")
                        .expected(Arrays.toString(expected)).actual(Arrays.toString(labels))
                        .likelyMistake("labels() must use the FINAL parameters (an E-step after the last M-step)")
                        .error();
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("never lets a component collapse: 10 copies of (0, 0) plus 20 rows near (5, 5) keep every "
            + "variance ≥ regCovar and a finite log-likelihood, as scikit-learn's reg_covar does")
    void varianceFloorPreventsCollapse() {
        GaussianMixture gmm = fitFixture("collapse");
        double[] history = gmm.logLikelihoodHistory();
        for (int t = 0; t < history.length; t++) {
            if (!Double.isFinite(history[t])) {
                throw Failure.of("the log-likelihood became " + history[t] + " after " + t + " M-steps")
                        .expected("finite values (scikit-learn: " + Arrays.toString(sklearn.vector("collapse_history"))
                                + ")")
                        .actual(Arrays.toString(history))
                        .likelyMistake(FLOOR_MISTAKE).error();
            }
        }
        double[][] variances = gmm.variances();
        for (int k = 0; k < variances.length; k++) {
            for (int j = 0; j < variances[k].length; j++) {
                if (!(variances[k][j] >= REG * (1 - 1e-9))) {
                    throw Failure.of("variance [" + k + "][" + j + "] fell below the floor regCovar = " + REG)
                            .expected("≥ " + REG).actual(variances[k][j]).likelyMistake(FLOOR_MISTAKE).error();
                }
            }
        }
        assertMatchesSklearn("collapse", 1e-8);
    }

    @Test
    @Points(3)
    @DisplayName("a 1-D mixture whose first component starts on 12 copies of the same value converges with that "
            + "component's variance exactly regCovar = 1e-3, not 0 or NaN")
    void duplicatedPointsInOneDimension() {
        double[][] x = new double[24][];
        Random random = new Random(Seeds.of(3));
        for (int i = 0; i < 12; i++) {
            x[i] = new double[] {2.0};
            x[12 + i] = new double[] {8 + random.nextGaussian()};
        }
        double reg = 1e-3;
        GaussianMixture gmm = new GaussianMixture(2, 50, 0, reg, 1)
                .fit(x, new double[][] {{2}, {8}}, new double[][] {{1}, {1}}, new double[] {0.5, 0.5});
        ArrayAssertions.assertClose("variance of the component on the duplicated value 2.0", reg,
                gmm.variances()[0][0], Tolerance.relative(1e-6), FLOOR_MISTAKE);
        ArrayAssertions.assertClose("mean of the component on the duplicated value", 2.0, gmm.means()[0][0],
                Tolerance.absolute(1e-9), FLOOR_MISTAKE);
        double[] history = gmm.logLikelihoodHistory();
        double last = history[history.length - 1];
        if (!Double.isFinite(last)) {
            throw Failure.of("the final log-likelihood is not finite").expected("a finite number").actual(last)
                    .likelyMistake(FLOOR_MISTAKE).error();
        }
    }

    @Test
    @Points(4)
    @DisplayName("EM never decreases the log-likelihood: on Iris, Wine (standardised) and seeded blobs, from "
            + "k-means++ starts with several seeds, every history step is ≥ the previous one (up to 1e-10)")
    void logLikelihoodNeverDecreases() {
        double[][][] datasets = {Datasets.iris().features(), standardise(Datasets.wine().features()),
                sample(Seeds.of(11), 400).x()};
        String[] names = {"Iris", "Wine (standardised)", "seeded blobs"};
        for (int s = 0; s < datasets.length; s++) {
            for (int k = 2; k <= 4; k++) {
                long seed = Seeds.of(100 + k);
                GaussianMixture gmm = new GaussianMixture(k, 60, 0, REG, seed).fit(datasets[s]);
                double[] history = gmm.logLikelihoodHistory();
                for (int t = 1; t < history.length; t++) {
                    if (!(history[t] >= history[t - 1] - 1e-10)) {
                        throw Failure.of(names[s] + ", K = " + k + ", seed " + seed + ": the log-likelihood fell at "
                                        + "M-step " + t)
                                .expected("history[" + t + "] ≥ history[" + (t - 1) + "] = " + history[t - 1])
                                .actual(history[t])
                                .line("history", Arrays.toString(Arrays.copyOf(history, Math.min(history.length, t + 2)))
                                        + " …")
                                .likelyMistake("EM can only increase L: " + MSTEP_MISTAKE).error();
                    }
                }
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("recovers a known mixture from 1,500 seeded rows via fit(x) (k-means++ start): means, variances "
            + "and weights within 6 standard errors of the truth, up to a permutation of the components")
    void recoversKnownParameters() {
        Sample sample = sample(Seeds.of(7), 1500);
        GaussianMixture gmm = new GaussianMixture(3, 200, 1e-8, REG, Seeds.of(5)).fit(sample.x());
        double[][] means = gmm.means();
        double[][] variances = gmm.variances();
        double[] weights = gmm.weights();
        int[] perm = bestPermutation(TRUE_MEANS, means);
        int n = sample.x().length;
        for (int k = 0; k < 3; k++) {
            int m = perm[k];
            double nk = TRUE_WEIGHTS[k] * n;
            for (int j = 0; j < 2; j++) {
                double var = TRUE_SD[k][j] * TRUE_SD[k][j];
                ArrayAssertions.assertClose("mean of the component matched to true component " + k + ", feature " + j,
                        TRUE_MEANS[k][j], means[m][j], Tolerance.absolute(6 * Math.sqrt(var / nk)),
                        MSTEP_MISTAKE);
                ArrayAssertions.assertClose("variance of the component matched to true component " + k + ", feature "
                        + j, var, variances[m][j], Tolerance.absolute(6 * var * Math.sqrt(2 / nk)), MSTEP_MISTAKE);
            }
            ArrayAssertions.assertClose("weight of the component matched to true component " + k, TRUE_WEIGHTS[k],
                    weights[m], Tolerance.absolute(6 * Math.sqrt(TRUE_WEIGHTS[k] * (1 - TRUE_WEIGHTS[k]) / n)),
                    "πₖ = Nₖ / n with Nₖ = Σᵢ rᵢₖ");
        }
    }

    @Test
    @Points(3)
    @DisplayName("works in log space: a row 60 standard deviations from every mean gets log p(x) from logsumexp "
            + "(Commons Math log-densities), finite responsibilities summing to 1, and EM started far from a "
            + "cluster stays finite")
    void logSumExpFarFromTheMeans() {
        double[][] x = {{-1}, {0}, {1}, {3}, {4}, {5}};
        GaussianMixture gmm = new GaussianMixture(2, 1, 0, REG, 0)
                .fit(x, new double[][] {{0}, {4}}, new double[][] {{1}, {1}}, new double[] {0.5, 0.5});
        double[][] mu = gmm.means();
        double[][] var = gmm.variances();
        double[] pi = gmm.weights();
        double query = 70;
        double[] a = new double[2];
        for (int k = 0; k < 2; k++) {
            a[k] = Math.log(pi[k]) + new NormalDistribution(mu[k][0], Math.sqrt(var[k][0])).logDensity(query);
        }
        double max = Math.max(a[0], a[1]);
        double expected = max + Math.log(Math.exp(a[0] - max) + Math.exp(a[1] - max));
        ArrayAssertions.assertClose("log p(70) under the fitted mixture", expected,
                gmm.scoreSamples(new double[][] {{query}})[0], Tolerance.relative(1e-9), LSE_MISTAKE);
        double[] proba = gmm.predictProba(new double[][] {{query}})[0];
        ArrayAssertions.assertClose("responsibilities of 70", new double[] {Math.exp(a[0] - expected),
                Math.exp(a[1] - expected)}, proba, Tolerance.absolute(1e-9), LSE_MISTAKE);

        double[][] far = {{0}, {0.5}, {1}, {1000}, {1000.5}, {1001}};
        GaussianMixture started = new GaussianMixture(2, 30, 0, REG, 0)
                .fit(far, new double[][] {{0}, {1}}, new double[][] {{1}, {1}}, new double[] {0.5, 0.5});
        double[] history = started.logLikelihoodHistory();
        for (int t = 0; t < history.length; t++) {
            if (!Double.isFinite(history[t])) {
                throw Failure.of("rows at 1000, a thousand standard deviations from both initial means, made the "
                                + "log-likelihood " + history[t] + " after " + t + " M-steps")
                        .expected("finite (logsumexp keeps log p(1000) ≈ −5·10⁵)").actual(Arrays.toString(history))
                        .likelyMistake(LSE_MISTAKE).error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("one component fits the sample mean and the population variance + regCovar of Iris (Commons Math), "
            + "with weight 1, and then has converged")
    void oneComponentIsTheSampleMoments() {
        double[][] x = Datasets.iris().features();
        GaussianMixture gmm = new GaussianMixture(1, 20, 1e-9, REG, Seeds.of(1)).fit(x);
        double[] mean = new double[4];
        double[] variance = new double[4];
        for (int j = 0; j < 4; j++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][j];
            }
            mean[j] = StatUtils.mean(column);
            variance[j] = StatUtils.populationVariance(column) + REG;
        }
        ArrayAssertions.assertClose("the one component's mean", mean, gmm.means()[0], Tolerance.absolute(1e-9),
                MSTEP_MISTAKE);
        ArrayAssertions.assertClose("the one component's variances", variance, gmm.variances()[0],
                Tolerance.relative(1e-9), "divide by Nₖ = n (population variance, not n − 1) and add regCovar");
        ArrayAssertions.assertClose("the one component's weight", 1.0, gmm.weights()[0], Tolerance.absolute(1e-12),
                "weights sum to 1");
        if (!gmm.converged()) {
            throw Failure.of("one component did not converge within 20 M-steps (tolerance 1e-9)")
                    .expected("converged() = true").actual(Arrays.toString(gmm.logLikelihoodHistory()))
                    .likelyMistake("stop when |L(θₜ) − L(θₜ₋₁)| < tolerance and report converged() = true").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("stops on the tolerance: history has iterations() + 1 entries; tolerance 0 runs exactly "
            + "maxIterations M-steps with converged() false; tolerance 1e-3 stops early with converged() true")
    void stopsOnTheTolerance() {
        double[][] x = Datasets.iris().features();
        GaussianMixture all = new GaussianMixture(3, 25, 0, REG, Seeds.of(2)).fit(x);
        checkInt("iterations() with tolerance 0 and maxIterations 25", 25, all.iterations(),
                "with tolerance 0 the change is never < 0: run all maxIterations M-steps");
        checkInt("logLikelihoodHistory().length with tolerance 0", 26, all.logLikelihoodHistory().length,
                "record L(θ₀) before the first M-step and L(θₜ) after each one: T + 1 entries");
        if (all.converged()) {
            throw Failure.of("converged() is true although tolerance 0 can never be met").expected(false)
                    .actual(true).likelyMistake("converged means |L(θₜ) − L(θₜ₋₁)| < tolerance").error();
        }
        GaussianMixture early = new GaussianMixture(3, 500, 1e-3, REG, Seeds.of(2)).fit(x);
        double[] history = early.logLikelihoodHistory();
        int t = early.iterations();
        if (!early.converged() || t >= 500 || history.length != t + 1
                || !(Math.abs(history[t] - history[t - 1]) < 1e-3)
                || (t >= 2 && !(Math.abs(history[t - 1] - history[t - 2]) >= 1e-3))) {
            throw Failure.of("EM did not stop at the first M-step whose change was < 1e-3")
                    .expected("converged() = true, history.length = iterations() + 1, last change < 1e-3, the one "
                            + "before ≥ 1e-3")
                    .actual("converged() = " + early.converged() + ", iterations() = " + t + ", history "
                            + Arrays.toString(history))
                    .likelyMistake("after each M-step compute L(θₜ) and stop when |L(θₜ) − L(θₜ₋₁)| < tolerance")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic, leaves its inputs alone and returns copies: the same seed gives the same model, "
            + "refitting starts from scratch")
    void deterministicAndCopies() {
        double[][] x = standardise(Datasets.wine().features());
        double[][] before = deepCopy(x);
        GaussianMixture first = new GaussianMixture(3, 30, 0, REG, Seeds.of(9)).fit(x);
        GaussianMixture second = new GaussianMixture(3, 30, 0, REG, Seeds.of(9)).fit(x);
        ArrayAssertions.assertClose("means of a second model with the same seed", first.means(), second.means(),
                Tolerance.absolute(0), "seed the k-means++ draw with new Random(seed) created in fit");
        double[] history = first.logLikelihoodHistory();
        first.fit(x);
        ArrayAssertions.assertClose("history after refitting the same model", history, first.logLikelihoodHistory(),
                Tolerance.absolute(0), "fit must start again from a fresh Random(seed) and fresh parameters");
        ArrayAssertions.assertClose("x after fit", before, x, Tolerance.absolute(0), "fit must not modify x");
        double[][] means = first.means();
        means[0][0] += 1000;
        first.variances()[0][0] += 1000;
        first.weights()[0] += 1000;
        ArrayAssertions.assertClose("means() after the caller changed the returned array", second.means(),
                first.means(), Tolerance.absolute(0), "return deep copies, not the model's own arrays");
        ArrayAssertions.assertClose("variances() after the caller changed a returned array", second.variances(),
                first.variances(), Tolerance.absolute(0), "return deep copies, not the model's own arrays");
        ArrayAssertions.assertClose("weights() after the caller changed a returned array", second.weights(),
                first.weights(), Tolerance.absolute(0), "return a copy, not the model's own array");
        double[][] init = {{0, 0}, {1, 1}};
        double[][] initVar = {{1, 1}, {1, 1}};
        double[] initW = {0.5, 0.5};
        new GaussianMixture(2, 5, 0, REG, 0).fit(new double[][] {{0, 0}, {0, 1}, {1, 1}, {1, 0}}, init, initVar,
                initW);
        ArrayAssertions.assertClose("initialMeans after fit", new double[][] {{0, 0}, {1, 1}}, init,
                Tolerance.absolute(0), "copy the initial parameters: fit must not modify its arguments");
        ArrayAssertions.assertClose("initialWeights after fit", new double[] {0.5, 0.5}, initW,
                Tolerance.absolute(0), "copy the initial weights");
    }

    @Test
    @Points(2)
    @DisplayName("rejects components < 1, maxIterations < 1, a negative or NaN tolerance and regCovar ≤ 0 or NaN "
            + "with an IllegalArgumentException naming the value")
    void rejectsBadHyperParameters() {
        Rejections.assertRejects("components = 0", () -> new GaussianMixture(0, 10, 0, REG, 1), "0",
                "components must be ≥ 1");
        Rejections.assertRejects("maxIterations = 0", () -> new GaussianMixture(2, 0, 0, REG, 1), "0",
                "maxIterations must be ≥ 1");
        Rejections.assertRejects("tolerance = -1", () -> new GaussianMixture(2, 10, -1, REG, 1), "-1",
                "tolerance must be ≥ 0");
        Rejections.assertRejects("tolerance = NaN", () -> new GaussianMixture(2, 10, Double.NaN, REG, 1), "NaN",
                "tolerance must be a number");
        Rejections.assertRejects("regCovar = 0", () -> new GaussianMixture(2, 10, 0, 0, 1), "0",
                "regCovar is the variance floor and must be > 0");
        Rejections.assertRejects("regCovar = NaN", () -> new GaussianMixture(2, 10, 0, Double.NaN, 1), "NaN",
                "regCovar must be a number");
    }

    @Test
    @Points(3)
    @DisplayName("fit rejects null, empty, ragged or non-finite x, fewer rows than components, initial parameters "
            + "of the wrong shape, a variance ≤ 0 and weights that do not sum to 1, naming the bad value")
    void rejectsBadTrainingData() {
        GaussianMixture gmm = new GaussianMixture(2, 10, 0, REG, 1);
        double[][] x = {{0, 0}, {1, 1}, {2, 2}};
        double[][] mu = {{0, 0}, {2, 2}};
        double[][] var = {{1, 1}, {1, 1}};
        double[] w = {0.5, 0.5};
        Rejections.assertRejects("x = null", () -> gmm.fit(null), null, "check x for null");
        Rejections.assertRejects("x with no rows", () -> gmm.fit(new double[0][]), null, "x needs rows");
        Rejections.assertRejects("ragged x (row 2 has 1 value)", () -> gmm.fit(new double[][] {{1, 2}, {3, 4}, {5}}),
                "2", "every row must have the same length");
        Rejections.assertRejects("x containing NaN", () -> gmm.fit(new double[][] {{1, 2}, {3, Double.NaN}}), "NaN",
                "values must be finite");
        Rejections.assertRejects("1 row for 2 components", () -> gmm.fit(new double[][] {{1, 2}}), "1",
                "need at least as many rows as components");
        Rejections.assertRejects("3 initial means for 2 components",
                () -> gmm.fit(x, new double[][] {{0, 0}, {1, 1}, {2, 2}}, var, w), "3", "one mean per component");
        Rejections.assertRejects("initial means of length 3 for 2 features",
                () -> gmm.fit(x, new double[][] {{0, 0, 0}, {1, 1, 1}}, var, w), "3", "means have d entries");
        Rejections.assertRejects("initial variance 0", () -> gmm.fit(x, mu, new double[][] {{1, 1}, {1, 0}}, w), "0",
                "variances must be > 0");
        Rejections.assertRejects("initial variance -2", () -> gmm.fit(x, mu, new double[][] {{1, 1}, {-2, 1}}, w),
                "-2", "variances must be > 0");
        Rejections.assertRejects("weights summing to 0.9", () -> gmm.fit(x, mu, var, new double[] {0.5, 0.4}), "0.9",
                "weights must sum to 1");
        Rejections.assertRejects("3 weights for 2 components", () -> gmm.fit(x, mu, var, new double[] {0.2, 0.3, 0.5}),
                "3", "one weight per component");
        Rejections.assertRejects("initialWeights = null", () -> gmm.fit(x, mu, var, null), null, "check for null");
    }

    @Test
    @Points(2)
    @DisplayName("predict, predictProba and scoreSamples refuse to run before fit (IllegalStateException) and reject "
            + "rows of the wrong length or with NaN (IllegalArgumentException)")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("predict before fit",
                () -> new GaussianMixture(2, 10, 0, REG, 1).predict(new double[][] {{1}}));
        Rejections.assertThrowsState("means() before fit", () -> new GaussianMixture(2, 10, 0, REG, 1).means());
        Rejections.assertThrowsState("logLikelihoodHistory() before fit",
                () -> new GaussianMixture(2, 10, 0, REG, 1).logLikelihoodHistory());
        GaussianMixture gmm = new GaussianMixture(2, 10, 0, REG, 1)
                .fit(new double[][] {{0, 0}, {0, 1}, {5, 5}, {5, 6}});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> gmm.predictProba(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> gmm.scoreSamples(new double[][] {{1, Double.NaN}}),
                "NaN", "values must be finite");
        Rejections.assertRejects("x = null in predict", () -> gmm.predict(null), null, "check x for null");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static final double[][] TRUE_MEANS = {{0, 0}, {6, 1}, {1, 6}};
    private static final double[][] TRUE_SD = {{1.0, 0.5}, {0.7, 1.2}, {0.5, 0.5}};
    private static final double[] TRUE_WEIGHTS = {0.5, 0.3, 0.2};

    record Sample(double[][] x, int[] component) {
    }

    static Sample sample(long seed, int n) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        int[] component = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int k = u < TRUE_WEIGHTS[0] ? 0 : u < TRUE_WEIGHTS[0] + TRUE_WEIGHTS[1] ? 1 : 2;
            component[i] = k;
            x[i] = new double[] {TRUE_MEANS[k][0] + TRUE_SD[k][0] * random.nextGaussian(),
                    TRUE_MEANS[k][1] + TRUE_SD[k][1] * random.nextGaussian()};
        }
        return new Sample(x, component);
    }

    /** perm[k] = the fitted component matched to true component k, minimising the summed squared distances. */
    static int[] bestPermutation(double[][] truth, double[][] fitted) {
        int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        int[] best = perms[0];
        double bestCost = Double.POSITIVE_INFINITY;
        for (int[] perm : perms) {
            double cost = 0;
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < truth[k].length; j++) {
                    cost += Math.pow(truth[k][j] - fitted[perm[k]][j], 2);
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = perm;
            }
        }
        return best;
    }

    static GaussianMixture fitFixture(String name) {
        return new GaussianMixture(sklearn.vector(name + "_init_weights").length, (int) sklearn.number(name + "_steps"),
                0, sklearn.number("reg_covar"), 0).fit(sklearn.matrix(name + "_x"), sklearn.matrix(name + "_init_means"),
                sklearn.matrix(name + "_init_variances"), sklearn.vector(name + "_init_weights"));
    }

    static void assertMatchesSklearn(String name, double tolerance) {
        GaussianMixture gmm = fitFixture(name);
        int steps = (int) sklearn.number(name + "_steps");
        double[] expected = sklearn.vector(name + "_history");
        double[] history = gmm.logLikelihoodHistory();
        if (history.length != steps + 1) {
            throw Failure.of(name + ": the history has the wrong length after " + steps + " M-steps with tolerance 0")
                    .expected(steps + 1 + " entries: L(θ₀) … L(θ" + steps + ")").actual(history.length + " entries")
                    .likelyMistake("record L(θ₀) before the first M-step and L(θₜ) after each M-step").error();
        }
        ArrayAssertions.assertClose(name + ": mean log-likelihood after 0 … " + (steps - 1) + " M-steps", expected,
                Arrays.copyOf(history, steps), Tolerance.absolute(tolerance), MSTEP_MISTAKE);
        ArrayAssertions.assertClose(name + ": weights after " + steps + " M-steps", sklearn.vector(name + "_weights"),
                gmm.weights(), Tolerance.absolute(tolerance), MSTEP_MISTAKE);
        ArrayAssertions.assertClose(name + ": means after " + steps + " M-steps", sklearn.matrix(name + "_means"),
                gmm.means(), Tolerance.absolute(tolerance), MSTEP_MISTAKE);
        ArrayAssertions.assertClose(name + ": variances after " + steps + " M-steps",
                sklearn.matrix(name + "_variances"), gmm.variances(), Tolerance.absolute(tolerance),
                MSTEP_MISTAKE + " " + FLOOR_MISTAKE);
    }

    static int[] intArray(String field) {
        double[] values = sklearn.vector(field);
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }

    static void checkInt(String what, int expected, int actual, String mistake) {
        if (expected != actual) {
            throw Failure.of(what + " differs").expected(expected).actual(actual).likelyMistake(mistake).error();
        }
    }

    /** Standardises each column with its mean and population standard deviation. */
    static double[][] standardise(double[][] x) {
        int d = x[0].length;
        double[][] out = new double[x.length][d];
        for (int j = 0; j < d; j++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][j];
            }
            double mean = StatUtils.mean(column);
            double sd = Math.sqrt(StatUtils.populationVariance(column));
            for (int i = 0; i < x.length; i++) {
                out[i][j] = (x[i][j] - mean) / sd;
            }
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
