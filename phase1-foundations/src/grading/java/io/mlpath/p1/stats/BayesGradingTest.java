package io.mlpath.p1.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Bayes}.
 *
 * <p>Oracles: exact closed forms of Bayes' theorem (the golden 1 % / 99 % / 95 % example is
 * exactly {@code 0.0099 / 0.0594 = 1/6}; counting people in a population gives the same
 * fractions); the Beta-Binomial posterior against prior × likelihood integrated numerically on a
 * grid with Commons Math 3.6.1's {@link BetaDistribution} and {@link BinomialDistribution};
 * log-sum-exp against exact identities ({@code ln 6}, {@code x + ln 3}, shift invariance) and
 * against the direct {@code ln Σ e^x} where that does not underflow. The sequential-update test
 * draws its outcomes from {@code Seeds.of}; it is exact for every seed (bounds hold for seed
 * offsets 0..19).
 */
@Challenge("p1.stats.bayes")
class BayesGradingTest {

    private static final String BASE_RATE = "base-rate neglect? P(D|+) = sens * prevalence / (sens * prevalence"
            + " + (1 - spec) * (1 - prevalence)): the prevalence must weigh both kinds of positive";
    private static final String FALSE_POSITIVE = "the false-positive rate P(+|not D) is 1 - specificity, not the"
            + " specificity itself";
    private static final String COUNTS = "successes add to alpha and failures to beta: Beta(alpha + k, beta + n - k)";
    private static final String UNDERFLOW = "exp(-1000) underflows to 0 (and exp(1000) overflows): compute"
            + " m + ln(sum exp(x_i - m)) with m = max x_i, never ln(sum exp(x_i)) directly";
    private static final String MAX_BACK = "after summing exp(x_i - m), add the maximum back: m + ln(sum)";
    private static final String PRIOR = "does the prior enter? The posterior weights are ln(prior_i) + logLikelihood_i";

    // ---------------------------------------------------------------- diagnostic test

    @Test
    @Points(3)
    @DisplayName("P(disease | +) = 1/6 exactly (0.0099 / 0.0594) for 1 % prevalence, 99 % sensitivity, 95 % specificity")
    void goldenDiagnosticTest() {
        ArrayAssertions.assertClose("diseaseGivenPositive(0.01, 0.99, 0.95)", 1.0 / 6,
                Bayes.diseaseGivenPositive(0.01, 0.99, 0.95), Tolerance.relative(1e-12),
                BASE_RATE + " (ignoring the prevalence gives 0.99/1.04 = 0.952). Or: " + FALSE_POSITIVE);
    }

    @Test
    @Points(3)
    @DisplayName("the posterior follows the base rate: the same test gives 1.94 % at 0.1 % prevalence and 95.2 % at 50 %")
    void posteriorFollowsTheBaseRate() {
        double[] prevalences = {0.001, 0.01, 0.1, 0.5, 0.9};
        for (double prevalence : prevalences) {
            // Count a population of one million: ill and positive, healthy and positive.
            double ill = 1_000_000 * prevalence;
            double illPositive = ill * 0.99;
            double healthyPositive = (1_000_000 - ill) * (1 - 0.95);
            ArrayAssertions.assertClose("diseaseGivenPositive(" + prevalence + ", 0.99, 0.95)",
                    illPositive / (illPositive + healthyPositive),
                    Bayes.diseaseGivenPositive(prevalence, 0.99, 0.95), Tolerance.relative(1e-12), BASE_RATE);
        }
        ArrayAssertions.assertClose("diseaseGivenPositive(0.3, 0.8, 0.6)", 0.24 / (0.24 + 0.28),
                Bayes.diseaseGivenPositive(0.3, 0.8, 0.6), Tolerance.relative(1e-12), FALSE_POSITIVE);
    }

    @Test
    @Points(2)
    @DisplayName("P(disease | −) = 0.0001 / 0.9406 for the same test: a negative result almost rules the disease out")
    void negativeResult() {
        ArrayAssertions.assertClose("diseaseGivenNegative(0.01, 0.99, 0.95)", 0.0001 / 0.9406,
                Bayes.diseaseGivenNegative(0.01, 0.99, 0.95), Tolerance.relative(1e-12),
                "P(D|-) = (1 - sens) * prevalence / ((1 - sens) * prevalence + spec * (1 - prevalence))");
        ArrayAssertions.assertClose("diseaseGivenNegative(0.3, 0.8, 0.6)", 0.06 / (0.06 + 0.42),
                Bayes.diseaseGivenNegative(0.3, 0.8, 0.6), Tolerance.relative(1e-12),
                "the probability of a negative result is (1 - sens) for the ill and spec for the healthy");
    }

    @Test
    @Points(2)
    @DisplayName("a second positive result, with the first posterior as the new prior, gives 0.99/1.24 = 79.8 %")
    void secondTestUsesThePosteriorAsPrior() {
        double afterOne = Bayes.diseaseGivenPositive(0.01, 0.99, 0.95);
        double afterTwo = Bayes.diseaseGivenPositive(afterOne, 0.99, 0.95);
        // Two independent positives: 0.99² * 0.01 against 0.05² * 0.99.
        ArrayAssertions.assertClose("P(disease | two positives)", 0.99 * 0.99 * 0.01 / (0.99 * 0.99 * 0.01
                + 0.05 * 0.05 * 0.99), afterTwo, Tolerance.relative(1e-12), BASE_RATE);
    }

    // ---------------------------------------------------------------- Beta-Binomial

    @Test
    @Points(3)
    @DisplayName("Beta(α, β) after k successes in n trials is Beta(α + k, β + n − k)")
    void betaUpdateClosedForm() {
        double[][] priors = {{1, 1}, {2, 3}, {0.5, 0.5}, {10, 2}};
        long[][] data = {{0, 0}, {7, 4}, {1, 9}, {30, 70}};
        for (int c = 0; c < priors.length; c++) {
            Bayes.Beta posterior = Bayes.update(new Bayes.Beta(priors[c][0], priors[c][1]), data[c][0], data[c][1]);
            ArrayAssertions.assertClose("posterior (alpha, beta) of Beta(" + priors[c][0] + ", " + priors[c][1]
                            + ") after " + data[c][0] + " successes and " + data[c][1] + " failures",
                    new double[] {priors[c][0] + data[c][0], priors[c][1] + data[c][1]},
                    new double[] {posterior.alpha(), posterior.beta()}, Tolerance.absolute(1e-12), COUNTS);
        }
    }

    @Test
    @Points(3)
    @DisplayName("the Beta posterior is prior × likelihood normalised (checked on a grid with Commons Beta and Binomial)")
    void betaPosteriorIsPriorTimesLikelihood() {
        BetaDistribution prior = new BetaDistribution(2, 3);
        int n = 11;
        int k = 7;
        int grid = 20_000;
        double[] theta = new double[grid];
        double[] unnormalised = new double[grid];
        double total = 0;
        double weightedTheta = 0;
        for (int i = 0; i < grid; i++) {
            theta[i] = (i + 0.5) / grid;
            double likelihood = new BinomialDistribution(null, n, theta[i]).probability(k);
            unnormalised[i] = prior.density(theta[i]) * likelihood;
            total += unnormalised[i] / grid;
            weightedTheta += theta[i] * unnormalised[i] / grid;
        }
        Bayes.Beta posterior = Bayes.update(new Bayes.Beta(2, 3), k, n - k);
        BetaDistribution learner = new BetaDistribution(null, posterior.alpha(), posterior.beta());
        for (int i : new int[] {4000, 10_000, 14_000, 17_000}) {
            ArrayAssertions.assertClose("posterior density at θ = " + theta[i] + " (prior Beta(2, 3), 7 of 11)",
                    unnormalised[i] / total, learner.density(theta[i]), Tolerance.relative(1e-6), COUNTS);
        }
        ArrayAssertions.assertClose("posterior mean (prior Beta(2, 3), 7 successes in 11 trials)",
                weightedTheta / total, Bayes.posteriorMean(posterior), Tolerance.relative(1e-7),
                COUNTS + "; the mean of Beta(alpha, beta) is alpha / (alpha + beta)");
    }

    @Test
    @Points(3)
    @DisplayName("sequential = batch: updating on 60 seeded outcomes one at a time, in any order, gives the batch posterior")
    void sequentialEqualsBatch() {
        Random random = new Random(Seeds.of(11));
        boolean[] outcomes = new boolean[60];
        int successes = 0;
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = random.nextDouble() < 0.3;
            successes += outcomes[i] ? 1 : 0;
        }
        Bayes.Beta prior = new Bayes.Beta(1.5, 2.5);
        Bayes.Beta batch = Bayes.update(prior, successes, outcomes.length - successes);
        Bayes.Beta forward = prior;
        for (boolean success : outcomes) {
            forward = Bayes.update(forward, success ? 1 : 0, success ? 0 : 1);
        }
        Bayes.Beta backward = prior;
        for (int i = outcomes.length - 1; i >= 0; i--) {
            backward = Bayes.update(backward, outcomes[i] ? 1 : 0, outcomes[i] ? 0 : 1);
        }
        Bayes.Beta twoBatches = Bayes.update(Bayes.update(prior, count(outcomes, 0, 25), 25 - count(outcomes, 0, 25)),
                count(outcomes, 25, 60), 35 - count(outcomes, 25, 60));
        double[] expected = {1.5 + successes, 2.5 + outcomes.length - successes};
        String mistake = COUNTS + "; each update starts from the posterior it is given, never from the first prior";
        ArrayAssertions.assertClose("batch posterior (" + successes + " successes of 60)", expected,
                new double[] {batch.alpha(), batch.beta()}, Tolerance.absolute(1e-12), mistake);
        ArrayAssertions.assertClose("posterior after 60 one-at-a-time updates", expected,
                new double[] {forward.alpha(), forward.beta()}, Tolerance.absolute(1e-12), mistake);
        ArrayAssertions.assertClose("posterior after the same updates in reverse order", expected,
                new double[] {backward.alpha(), backward.beta()}, Tolerance.absolute(1e-12), mistake);
        ArrayAssertions.assertClose("posterior after two batches (25 then 35 outcomes)", expected,
                new double[] {twoBatches.alpha(), twoBatches.beta()}, Tolerance.absolute(1e-12), mistake);
    }

    @Test
    @Points(2)
    @DisplayName("the posterior mean is α / (α + β): Laplace's rule (k + 1)/(n + 2) under a uniform prior")
    void posteriorMean() {
        ArrayAssertions.assertClose("posteriorMean(Beta(9, 5))", 9.0 / 14, Bayes.posteriorMean(new Bayes.Beta(9, 5)),
                Tolerance.relative(1e-12), "the mean of Beta(alpha, beta) is alpha / (alpha + beta)");
        ArrayAssertions.assertClose("posteriorMean of Beta(1, 1) after 3 successes in 4 trials", 4.0 / 6,
                Bayes.posteriorMean(Bayes.update(new Bayes.Beta(1, 1), 3, 1)), Tolerance.relative(1e-12),
                "with a uniform prior the posterior mean is (k + 1) / (n + 2); " + COUNTS);
        ArrayAssertions.assertClose("posteriorMean(Beta(0.5, 4.5))", 0.1,
                Bayes.posteriorMean(new Bayes.Beta(0.5, 4.5)), Tolerance.relative(1e-12),
                "the mean of Beta(alpha, beta) is alpha / (alpha + beta), not alpha / beta");
    }

    // ---------------------------------------------------------------- log space

    @Test
    @Points(3)
    @DisplayName("logSumExp is exact on small values: ln(1 + 2 + 3) = ln 6, three equal x give x + ln 3, −∞ adds nothing")
    void logSumExpClosedForms() {
        double ninf = Double.NEGATIVE_INFINITY;
        ArrayAssertions.assertClose("logSumExp({0, ln 2, ln 3})", Math.log(6),
                Bayes.logSumExp(new double[] {0, Math.log(2), Math.log(3)}), Tolerance.relative(1e-14), MAX_BACK);
        ArrayAssertions.assertClose("logSumExp({-2.5, -2.5, -2.5})", -2.5 + Math.log(3),
                Bayes.logSumExp(new double[] {-2.5, -2.5, -2.5}), Tolerance.relative(1e-14), MAX_BACK);
        ArrayAssertions.assertClose("logSumExp({7})", 7, Bayes.logSumExp(new double[] {7}), Tolerance.relative(1e-14),
                "the log of a single exp(x) is x");
        ArrayAssertions.assertClose("logSumExp({-Infinity, 0.5})", 0.5, Bayes.logSumExp(new double[] {ninf, 0.5}),
                Tolerance.relative(1e-14), "exp(-Infinity) = 0 contributes nothing");
        ArrayAssertions.assertClose("logSumExp({-Infinity, -Infinity})", ninf,
                Bayes.logSumExp(new double[] {ninf, ninf}), Tolerance.absolute(0),
                "ln(0 + 0) = -Infinity; guard the max: -Infinity - (-Infinity) is NaN");
        Random random = new Random(Seeds.of(12));
        double[] small = new double[8];
        for (int i = 0; i < small.length; i++) {
            small[i] = 3 * random.nextGaussian();
        }
        double direct = Math.log(Arrays.stream(small).map(Math::exp).sum());
        ArrayAssertions.assertClose("logSumExp of 8 seeded values in [-10, 10]", direct, Bayes.logSumExp(small),
                Tolerance.relative(1e-13), MAX_BACK);
    }

    @Test
    @Points(3)
    @DisplayName("logSumExp neither underflows nor overflows: {−1000, −1001, −1002} and {1000, 1000} keep their exact values")
    void logSumExpIsStable() {
        ArrayAssertions.assertClose("logSumExp({-1000, -1001, -1002})",
                -1000 + Math.log(1 + Math.exp(-1) + Math.exp(-2)),
                Bayes.logSumExp(new double[] {-1000, -1001, -1002}), Tolerance.relative(1e-14), UNDERFLOW);
        ArrayAssertions.assertClose("logSumExp({1000, 1000})", 1000 + Math.log(2),
                Bayes.logSumExp(new double[] {1000, 1000}), Tolerance.relative(1e-14), UNDERFLOW);
        double[] values = {0.3, -1.2, 2.0, 0.7};
        double base = Math.log(Arrays.stream(values).map(Math::exp).sum());
        for (double shift : new double[] {-5000, -745, 710, 5000}) {
            double[] shifted = Arrays.stream(values).map(v -> v + shift).toArray();
            ArrayAssertions.assertClose("logSumExp of {0.3, -1.2, 2.0, 0.7} shifted by " + shift, base + shift,
                    Bayes.logSumExp(shifted), Tolerance.relative(1e-14),
                    UNDERFLOW + " (shifting every input by c shifts the result by c)");
        }
    }

    @Test
    @Points(3)
    @DisplayName("normalizeLog turns log-weights near −1000 into probabilities proportional to e^w that sum to 1, without NaN")
    void normalizeLogIsStable() {
        double e1 = Math.exp(-1);
        double e2 = Math.exp(-2);
        double z = 1 + e1 + e2;
        double[] p = Bayes.normalizeLog(new double[] {-1000, -1001, -1002});
        ArrayAssertions.assertClose("normalizeLog({-1000, -1001, -1002})", new double[] {1 / z, e1 / z, e2 / z}, p,
                Tolerance.relative(1e-12), UNDERFLOW);
        double[] q = Bayes.normalizeLog(new double[] {800, 800 + Math.log(3)});
        ArrayAssertions.assertClose("normalizeLog({800, 800 + ln 3})", new double[] {0.25, 0.75}, q,
                Tolerance.relative(1e-12), UNDERFLOW);
        double[] r = Bayes.normalizeLog(new double[] {Double.NEGATIVE_INFINITY, Math.log(0.2), Math.log(0.6)});
        ArrayAssertions.assertClose("normalizeLog({-Infinity, ln 0.2, ln 0.6})", new double[] {0, 0.25, 0.75}, r,
                Tolerance.absolute(1e-14), "a log-weight of -Infinity is a weight of 0");
    }

    @Test
    @Points(3)
    @DisplayName("the posterior over 3 coins after 1,800 heads in 3,000 flips weighs prior and likelihood, in log space")
    void discretePosterior() {
        double[] thetas = {0.58, 0.6, 0.62};
        double[] prior = {0.6, 0.1, 0.3};
        double[] logLikelihoods = new double[3];
        for (int i = 0; i < 3; i++) {
            logLikelihoods[i] = 1800 * Math.log(thetas[i]) + 1200 * Math.log(1 - thetas[i]);
        }
        // Every likelihood is below e^-2000 (0 in double); relative to the best (θ = 0.6) they are e^-2.5 or so.
        double[] relative = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            relative[i] = prior[i] * Math.exp(logLikelihoods[i] - logLikelihoods[1]);
            sum += relative[i];
        }
        double[] expected = {relative[0] / sum, relative[1] / sum, relative[2] / sum};
        double[] actual = Bayes.posterior(prior.clone(), logLikelihoods.clone());
        ArrayAssertions.assertClose("posterior of θ ∈ {0.58, 0.6, 0.62} with prior {0.6, 0.1, 0.3}", expected, actual,
                Tolerance.absolute(1e-12), UNDERFLOW + " Or: " + PRIOR);
        double[] withUniform = Bayes.posterior(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, logLikelihoods);
        double uniformSum = 0;
        for (int i = 0; i < 3; i++) {
            uniformSum += Math.exp(logLikelihoods[i] - logLikelihoods[1]);
        }
        ArrayAssertions.assertClose("posterior of θ = 0.6 with a uniform prior", 1 / uniformSum, withUniform[1],
                Tolerance.absolute(1e-12), UNDERFLOW);
        if (!(actual[1] < withUniform[1])) {
            throw Failure.of("a prior of 0.1 on θ = 0.6 must lower its posterior below the uniform-prior posterior")
                    .expected("below " + withUniform[1]).actual(actual[1]).likelyMistake(PRIOR).error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("a hypothesis with prior 0 or log-likelihood −∞ gets posterior 0, and the rest still sum to 1")
    void impossibleHypotheses() {
        double[] p = Bayes.posterior(new double[] {0, 0.5, 0.5}, new double[] {-1, -2, Double.NEGATIVE_INFINITY});
        ArrayAssertions.assertClose("posterior with prior {0, 0.5, 0.5} and log-likelihoods {-1, -2, -Infinity}",
                new double[] {0, 1, 0}, p, Tolerance.absolute(1e-14),
                "ln(0) = -Infinity: a zero prior or a zero likelihood gives weight 0; " + PRIOR);
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(2)
    @DisplayName("rejects probabilities outside [0, 1], impossible results, negative counts, empty, NaN and mismatched inputs")
    void rejectsInvalidInput() {
        assertRejects("diseaseGivenPositive(1.5, 0.99, 0.95)", () -> Bayes.diseaseGivenPositive(1.5, 0.99, 0.95),
                "prevalence must be a probability in [0, 1]", "1.5");
        assertRejects("diseaseGivenPositive(0.01, NaN, 0.95)", () -> Bayes.diseaseGivenPositive(0.01, Double.NaN, 0.95),
                "sensitivity must be a probability in [0, 1]", "NaN");
        assertRejects("diseaseGivenNegative(0.01, 0.99, -0.1)", () -> Bayes.diseaseGivenNegative(0.01, 0.99, -0.1),
                "specificity must be a probability in [0, 1]", "-0.1");
        assertRejects("diseaseGivenPositive(0, 0.99, 1)", () -> Bayes.diseaseGivenPositive(0, 0.99, 1),
                "a positive result must be possible: P(+) = 0 leaves P(D|+) undefined", "0");
        assertRejects("update(Beta(1, 1), -1, 3)", () -> Bayes.update(new Bayes.Beta(1, 1), -1, 3),
                "counts must be non-negative", "-1");
        assertRejects("update(null, 1, 1)", () -> Bayes.update(null, 1, 1), "prior must not be null", "null");
        assertRejects("logSumExp({})", () -> Bayes.logSumExp(new double[0]), "needs at least one value", "empty");
        assertRejects("logSumExp({1, NaN})", () -> Bayes.logSumExp(new double[] {1, Double.NaN}),
                "values must not be NaN", "NaN");
        assertRejects("normalizeLog({-Infinity, -Infinity})",
                () -> Bayes.normalizeLog(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}),
                "at least one weight must be positive", "Infinity");
        assertRejects("posterior({0.5, 0.5}, {-1, -2, -3})",
                () -> Bayes.posterior(new double[] {0.5, 0.5}, new double[] {-1, -2, -3}),
                "prior and logLikelihoods must have the same length", "2", "3");
        assertRejects("posterior({-0.2, 1.2}, {-1, -2})",
                () -> Bayes.posterior(new double[] {-0.2, 1.2}, new double[] {-1, -2}),
                "prior values must be non-negative", "-0.2");
    }

    // ---------------------------------------------------------------- helpers

    private static int count(boolean[] outcomes, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            c += outcomes[i] ? 1 : 0;
        }
        return c;
    }

    private static void assertRejects(String call, ThrowingCallable code, String rule, String... fragments) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        assertThat(thrown)
                .as("%s must throw IllegalArgumentException (rule: %s)", call, rule)
                .isInstanceOf(IllegalArgumentException.class);
        for (String fragment : fragments) {
            assertThat(thrown.getMessage())
                    .as("the message of %s must state the rule (%s) and the bad value %s", call, rule, fragment)
                    .contains(fragment);
        }
    }

    /** A TODO left in the stub means "not attempted", not "wrong exception". */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }
}
