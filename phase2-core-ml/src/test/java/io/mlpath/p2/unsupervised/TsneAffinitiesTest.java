package io.mlpath.p2.unsupervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the t-SNE input affinities. */
@Challenge("p2.unsupervised.tsne-affinities")
class TsneAffinitiesTest {

    /** Squared distances from point 0 of the points 0, 1, 3 on a line. */
    private static final double[] ROW = {0, 1, 9};

    @Test
    @Points(1)
    @DisplayName("points 0, 1, 3 on a line, β = 0.5: P(·|0) = {0, 0.982014, 0.017986} with entropy 0.090095 nats")
    void conditionalRowWorkedExample() {
        double[] p = TsneAffinities.conditionalRow(ROW, 0, 0.5);

        ArrayAssertions.assertClose("P(·|0)", new double[] {0, 1 / (1 + Math.exp(-4)), Math.exp(-4) / (1 + Math.exp(-4))},
                p, Tolerance.absolute(1e-12), "P(j|0) ∝ exp(−β d₀ⱼ) over j ≠ 0, and P(0|0) = 0");
        ArrayAssertions.assertClose("entropy of P(·|0) in nats", 0.09009476776617595, TsneAffinities.entropy(p),
                Tolerance.absolute(1e-12), "H = −Σ p ln p with the natural logarithm, skipping p = 0");
    }

    @Test
    @Points(2)
    @DisplayName("findBeta({0, 1, 9}, 0, 1.5) ≈ 0.22662: there P(1|0) ≈ 0.85972 and the perplexity exp(H) is 1.5 "
            + "to 1e-5")
    void findBetaWorkedExample() {
        double beta = TsneAffinities.findBeta(ROW, 0, 1.5);

        ArrayAssertions.assertClose("β for perplexity 1.5", 0.22662441163002628, beta, Tolerance.relative(1e-3),
                "binary search β until |H − ln 1.5| ≤ 1e-5: a larger β lowers the entropy");
        double perplexity = Math.exp(TsneAffinities.entropy(TsneAffinities.conditionalRow(ROW, 0, beta)));
        ArrayAssertions.assertClose("perplexity exp(H) at that β", 1.5, perplexity, Tolerance.relative(1e-5),
                "compare the entropy in nats with ln(perplexity), not log₂");
    }
}
