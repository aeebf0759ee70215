package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of multinomial naive Bayes. */
@Challenge("p2.supervised.naive-bayes")
class MultinomialNaiveBayesTest {

    @Test
    @Points(1)
    @DisplayName("counts (2, 0) for class 0 and (0, 2) for class 1 with α = 1 give θ₀ = (¾, ¼), θ₁ = (¼, ¾), and the "
            + "query (3, 1) has P(0 | x) = 9/10")
    void laplaceSmoothedPosterior() {
        MultinomialNaiveBayes model = new MultinomialNaiveBayes(1).fit(new double[][] {{2, 0}, {0, 2}},
                new int[] {0, 1});

        ArrayAssertions.assertClose("featureLogProbabilities()",
                new double[][] {{Math.log(0.75), Math.log(0.25)}, {Math.log(0.25), Math.log(0.75)}},
                model.featureLogProbabilities(), Tolerance.absolute(1e-12),
                "θ_cj = (N_cj + α) / (N_c + α·d): (2 + 1)/(2 + 2) = ¾ and (0 + 1)/(2 + 2) = ¼");
        ArrayAssertions.assertClose("predictProba of (3, 1)", new double[] {0.9, 0.1},
                model.predictProba(new double[][] {{3, 1}})[0], Tolerance.absolute(1e-12),
                "jll₀ − jll₁ = 3 log 3 − log 3 = 2 log 3, so the odds are 9 : 1");
    }
}
