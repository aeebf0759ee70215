package io.mlpath.grader.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignAndGradientTest {

    @Test
    @DisplayName("a vector equals its negation up to sign, and the message says when the sign was flipped")
    void upToSign() {
        assertThatCode(() -> SignAssertions.assertSameUpToSign("v", new double[] {0.6, -0.8}, new double[] {-0.6, 0.8},
                Tolerance.absolute(1e-12), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SignAssertions.assertSameUpToSign("v", new double[] {0.6, -0.8},
                new double[] {-0.6, 0.7}, Tolerance.absolute(1e-3), "normalised?"))
                .hasMessageStartingWith("v (sign flipped to match) differs at [1]");
    }

    @Test
    @DisplayName("two orthonormal bases of the same plane span the same subspace; another plane does not")
    void subspace() {
        double s = Math.sqrt(0.5);
        double[][] xy = {{1, 0, 0}, {0, 1, 0}};
        double[][] rotated = {{s, s, 0}, {s, -s, 0}};
        assertThatCode(() -> SignAssertions.assertSameSubspace("plane", xy, rotated, Tolerance.absolute(1e-12), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SignAssertions.assertSameSubspace("plane", xy, new double[][] {{1, 0, 0}, {0, 0, 1}},
                Tolerance.absolute(1e-6), "deflation?")).hasMessageContaining("projection matrix")
                .hasMessageContaining("likely mistake: deflation?");
    }

    @Test
    @DisplayName("a correct gradient passes the central-difference check; a wrong one names the coordinate")
    void gradientCheck() {
        double[] x = {0.3, -1.2, 2.0};
        // f = x0² x1 + sin(x2)
        double[] correct = {2 * x[0] * x[1], x[0] * x[0], Math.cos(x[2])};
        assertThatCode(() -> GradientCheck.assertGradient("df/dx",
                p -> p[0] * p[0] * p[1] + Math.sin(p[2]), x, correct, 1e-7, null)).doesNotThrowAnyException();
        double[] wrong = correct.clone();
        wrong[2] = -Math.sin(x[2]);
        assertThatThrownBy(() -> GradientCheck.assertGradient("df/dx", p -> p[0] * p[0] * p[1] + Math.sin(p[2]),
                x, wrong, 1e-7, "derivative of sin is cos")).hasMessageContaining("at [2]")
                .hasMessageContaining("likely mistake: derivative of sin is cos");
        assertThat(x).containsExactly(0.3, -1.2, 2.0);
    }

    @Test
    @DisplayName("seeded normal samples pass the mean and KS checks; shifted samples fail them")
    void statistics() {
        Random random = new Random(7);
        double[] samples = new double[5000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = random.nextGaussian();
        }
        NormalDistribution normal = new NormalDistribution(0, 1);
        assertThatCode(() -> StatisticalAssertions.assertMeanWithin("draws", samples, 0, 1, 4, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> StatisticalAssertions.assertFollowsDistribution("draws", samples,
                normal::cumulativeProbability, 0.001, null)).doesNotThrowAnyException();
        double[] shifted = samples.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 0.2;
        }
        assertThatThrownBy(() -> StatisticalAssertions.assertMeanWithin("draws", shifted, 0, 1, 4, "off by 0.2"))
                .hasMessageContaining("standard errors from the expected mean");
        assertThatThrownBy(() -> StatisticalAssertions.assertFollowsDistribution("draws", shifted,
                normal::cumulativeProbability, 0.001, null)).hasMessageContaining("Kolmogorov-Smirnov");
        assertThatThrownBy(() -> StatisticalAssertions.assertProportionWithin("heads", 600, 1000, 0.5, 4, "biased coin"))
                .hasMessageContaining("600 of 1000");
    }
}
