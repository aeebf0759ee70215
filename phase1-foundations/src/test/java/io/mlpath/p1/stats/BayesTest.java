package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of Bayes' theorem; the hidden tests check much more. */
@Challenge("p1.stats.bayes")
class BayesTest {

    /**
     * Of 10,000 people, 100 are ill (1 %): 99 of them test positive (sensitivity 99 %). Of the
     * 9,900 healthy, 5 % = 495 test positive (specificity 95 %). So 99 of the 594 positives are
     * ill: {@code 99/594 = 1/6}.
     */
    @Test
    @Points(2)
    @DisplayName("1 % prevalence, 99 % sensitivity, 95 % specificity: a positive result means disease with probability 1/6")
    void diagnosticTest() {
        ArrayAssertions.assertClose("P(disease | positive)", 0.0099 / 0.0594,
                Bayes.diseaseGivenPositive(0.01, 0.99, 0.95), Tolerance.relative(1e-12),
                "P(D|+) = P(+|D) P(D) / P(+), with P(+) = 0.99 * 0.01 + (1 - 0.95) * (1 - 0.01) = 0.0594;"
                        + " the prevalence (base rate) must enter");
    }

    @Test
    @Points(1)
    @DisplayName("a Beta(2, 2) prior after 7 successes and 3 failures is Beta(9, 5), with mean 9/14")
    void betaBinomial() {
        Bayes.Beta posterior = Bayes.update(new Bayes.Beta(2, 2), 7, 3);

        ArrayAssertions.assertClose("posterior (alpha, beta)", new double[] {9, 5},
                new double[] {posterior.alpha(), posterior.beta()}, Tolerance.absolute(0),
                "successes add to alpha and failures to beta");
        ArrayAssertions.assertClose("posterior mean", 9.0 / 14, Bayes.posteriorMean(posterior),
                Tolerance.relative(1e-12), "the mean of Beta(alpha, beta) is alpha / (alpha + beta)");
    }

    @Test
    @Points(1)
    @DisplayName("log-space normalisation: log-weights −1000 and −1001 give probabilities 1/(1 + e⁻¹) and e⁻¹/(1 + e⁻¹)")
    void logSpace() {
        double[] logWeights = {-1000, -1001};

        ArrayAssertions.assertClose("logSumExp({-1000, -1000})", -1000 + Math.log(2),
                Bayes.logSumExp(new double[] {-1000, -1000}), Tolerance.relative(1e-14),
                "exp(-1000) underflows to 0: subtract the maximum first, m + ln(sum exp(x_i - m))");
        double e = Math.exp(-1);
        ArrayAssertions.assertClose("normalizeLog({-1000, -1001})", new double[] {1 / (1 + e), e / (1 + e)},
                Bayes.normalizeLog(logWeights), Tolerance.relative(1e-12),
                "p_i = exp(w_i - logSumExp(w)); dividing exp(w_i) by sum exp(w_j) gives 0/0 = NaN here");
    }
}
