package io.mlpath.p2.unsupervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of EM for a diagonal Gaussian mixture. */
@Challenge("p2.unsupervised.gmm")
class GaussianMixtureTest {

    @Test
    @Points(1)
    @DisplayName("one component on {0, 2} from μ = 1, σ² = 1: L(θ₀) = −½ ln 2π − ½ = −1.41894, and EM keeps "
            + "μ = 1 with σ² = 1 + regCovar")
    void oneComponentWorkedExample() {
        GaussianMixture gmm = new GaussianMixture(1, 10, 1e-6, 1e-6, 0)
                .fit(new double[][] {{0}, {2}}, new double[][] {{1}}, new double[][] {{1}}, new double[] {1});

        double[] history = gmm.logLikelihoodHistory();
        ArrayAssertions.assertClose("L(θ₀), the mean log-likelihood of the initial parameters",
                -0.5 * Math.log(2 * Math.PI) - 0.5, history[0], Tolerance.absolute(1e-9),
                "log N(x | μ, σ²) = −½ [ln(2πσ²) + (x − μ)²/σ²], averaged over the rows (not summed)");
        ArrayAssertions.assertClose("fitted mean", new double[] {1}, gmm.means()[0], Tolerance.absolute(1e-9),
                "the M-step mean is Σᵢ rᵢₖ xᵢ / Nₖ");
        ArrayAssertions.assertClose("fitted variance", new double[] {1 + 1e-6}, gmm.variances()[0],
                Tolerance.absolute(1e-9), "the M-step variance is Σᵢ rᵢₖ (xᵢ − μₖ)² / Nₖ + regCovar");
    }

    @Test
    @Points(2)
    @DisplayName("two clusters around 0 and 10: EM moves the means from 1 and 9 onto them, and −1 → component 0, "
            + "11 → component 1")
    void twoClustersWorkedExample() {
        double[][] x = {{-0.2}, {0}, {0.2}, {9.8}, {10}, {10.2}};
        GaussianMixture gmm = new GaussianMixture(2, 100, 1e-9, 1e-6, 0)
                .fit(x, new double[][] {{1}, {9}}, new double[][] {{1}, {1}}, new double[] {0.5, 0.5});

        ArrayAssertions.assertClose("fitted means", new double[][] {{0}, {10}}, gmm.means(), Tolerance.absolute(1e-6),
                "each mean is the responsibility-weighted average of the rows");
        ArrayAssertions.assertClose("fitted weights", new double[] {0.5, 0.5}, gmm.weights(), Tolerance.absolute(1e-6),
                "πₖ = Nₖ / n");
        assertThat(gmm.predict(new double[][] {{-1}, {11}}))
                .as("components of −1 and 11 (argmax of the responsibilities)").containsExactly(0, 1);
        double[] proba = gmm.predictProba(new double[][] {{5.5}})[0];
        ArrayAssertions.assertClose("sum of the responsibilities of 5.5", 1.0, proba[0] + proba[1],
                Tolerance.absolute(1e-12), "normalise by the logsumexp over the components");
    }
}
