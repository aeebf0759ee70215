package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of maximum likelihood and the bootstrap; the hidden tests check much more. */
@Challenge("p1.stats.estimation")
class EstimationTest {

    @Test
    @Points(2)
    @DisplayName("MLEs: {1, 0, 1, 1} → p = 0.75; {1, 2, 3, 4, 5} → μ = 3, σ² = 10/5 = 2; {0.5, 1.5, 1} → λ = 1/mean = 1")
    void maximumLikelihood() {
        ArrayAssertions.assertClose("bernoulliMle({1, 0, 1, 1})", 0.75, Estimation.bernoulliMle(new int[] {1, 0, 1, 1}),
                Tolerance.absolute(1e-15), "the MLE of p is the fraction of ones");
        Estimation.NormalFit fit = Estimation.normalMle(new double[] {1, 2, 3, 4, 5});
        ArrayAssertions.assertClose("normal MLE (mean, variance) of {1, 2, 3, 4, 5}", new double[] {3, 2},
                new double[] {fit.mean(), fit.variance()}, Tolerance.absolute(1e-12),
                "the MLE of sigma² divides the squared deviations (4 + 1 + 0 + 1 + 4 = 10) by n = 5, not n - 1");
        ArrayAssertions.assertClose("exponentialMle({0.5, 1.5, 1})", 1,
                Estimation.exponentialMle(new double[] {0.5, 1.5, 1}), Tolerance.absolute(1e-12),
                "the MLE of the rate lambda is 1 / mean");
    }

    /**
     * For 100 draws of N(10, 2²), the 95 % percentile interval of the mean is close to
     * {@code x̄ ± 1.96 σ̂ / √n}, about {@code x̄ ± 0.4}.
     */
    @Test
    @Points(1)
    @DisplayName("the 95 % bootstrap interval of the mean of 100 normal values surrounds the mean, about ±1.96 σ/√n wide")
    void bootstrapInterval() {
        Random random = new Random(Seeds.of(7));
        double[] sample = new double[100];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = 10 + 2 * random.nextGaussian();
        }
        double mean = Estimation.mean(sample);

        Estimation.Interval ci = Estimation.bootstrapPercentileCi(sample, Estimation::mean, 2000, 0.95, random);

        Estimation.NormalFit fit = Estimation.normalMle(sample);
        double halfWidth = 1.96 * Math.sqrt(fit.variance() / sample.length);
        if (!(ci.lower() < mean && mean < ci.upper())
                || Math.abs((ci.upper() - ci.lower()) / (2 * halfWidth) - 1) > 0.15) {
            throw Failure.of("the 95 % interval of the mean should be about mean ± " + halfWidth)
                    .expected("about [" + (mean - halfWidth) + ", " + (mean + halfWidth) + "]")
                    .actual(ci)
                    .likelyMistake("resample WITH replacement (random.nextInt(n) for each position), compute the mean"
                            + " of each resample, sort, and take the 2.5 % and 97.5 % quantiles")
                    .error();
        }
    }
}
