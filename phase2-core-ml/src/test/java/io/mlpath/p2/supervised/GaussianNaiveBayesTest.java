package io.mlpath.p2.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of Gaussian naive Bayes. */
@Challenge("p2.supervised.naive-bayes")
class GaussianNaiveBayesTest {

    @Test
    @Points(1)
    @DisplayName("x = 0, 2 (class 0) and 10, 12 (class 1): means 1 and 11, population variances 1 and 1, priors ½")
    void estimatesMeansAndVariances() {
        GaussianNaiveBayes model = new GaussianNaiveBayes(0).fit(new double[][] {{0}, {2}, {10}, {12}},
                new int[] {0, 0, 1, 1});

        ArrayAssertions.assertClose("means()", new double[][] {{1}, {11}}, model.means(), Tolerance.absolute(1e-12),
                "the mean of each feature over the rows of each class");
        ArrayAssertions.assertClose("variances()", new double[][] {{1}, {1}}, model.variances(),
                Tolerance.absolute(1e-12), "population variance: ((0 − 1)² + (2 − 1)²) / 2 = 1 (divide by n_c)");
        ArrayAssertions.assertClose("classPriors()", new double[] {0.5, 0.5}, model.classPriors(),
                Tolerance.absolute(1e-15), "P(c) = n_c / n");
    }

    @Test
    @Points(1)
    @DisplayName("at x = 3 the joint log-likelihoods are log ½ − ½ log 2π − ½·(3 − μ)²: −3.612 and −33.612, so "
            + "class 0 wins")
    void jointLogLikelihoodAtThree() {
        GaussianNaiveBayes model = new GaussianNaiveBayes(0).fit(new double[][] {{0}, {2}, {10}, {12}},
                new int[] {0, 0, 1, 1});
        double[][] query = {{3}};

        double base = Math.log(0.5) - 0.5 * Math.log(2 * Math.PI);
        ArrayAssertions.assertClose("jointLogLikelihood at 3", new double[] {base - 2, base - 32},
                model.jointLogLikelihood(query)[0], Tolerance.absolute(1e-12),
                "log P(c) − ½ log(2πσ²) − ½ (x − μ)²/σ², summed over features");
        assertThat(model.predict(query)).as("predicted class at 3").containsExactly(0);
    }
}
