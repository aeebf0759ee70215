package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of probability distributions and samplers; the hidden tests check much more. */
@Challenge("p1.stats.distributions")
class DistributionsTest {

    /**
     * Values anyone can check by hand or in a table: the standard normal peak {@code 1/√(2π)},
     * {@code Φ(1.96) ≈ 0.975}, {@code C(4, 2)/2⁴ = 6/16}, {@code 3² e^{−3} / 2!} and
     * {@code 1 − e^{−2}}.
     */
    @Test
    @Points(2)
    @DisplayName("textbook values: φ(0) = 1/√(2π), Φ(1.96) ≈ 0.975, B(4, ½) at 2 = 0.375, Poisson(3) at 2 = 4.5e⁻³, Exp(2) cdf at 1 = 1 − e⁻²")
    void textbookValues() {
        ArrayAssertions.assertClose("normalPdf(0, 0, 1)", 1 / Math.sqrt(2 * Math.PI), Distributions.normalPdf(0, 0, 1),
                Tolerance.relative(1e-14), "the density is exp(-z²/2) / (σ√(2π))");
        ArrayAssertions.assertClose("normalCdf(1.96, 0, 1)", 0.9750021048517795, Distributions.normalCdf(1.96, 0, 1),
                Tolerance.relative(1e-13), "Φ(x) = ½ erfc(-z/√2) with z = (x - μ)/σ: is the √2 there?");
        ArrayAssertions.assertClose("binomialPmf(2, 4, 0.5)", 0.375, Distributions.binomialPmf(2, 4, 0.5),
                Tolerance.relative(1e-12), "C(4, 2) = 6 ways, each of probability 0.5⁴ = 1/16");
        ArrayAssertions.assertClose("poissonPmf(2, 3)", 4.5 * Math.exp(-3), Distributions.poissonPmf(2, 3),
                Tolerance.relative(1e-12), "λ^k e^(-λ) / k! = 9 e^(-3) / 2");
        ArrayAssertions.assertClose("exponentialCdf(1, 2)", 1 - Math.exp(-2), Distributions.exponentialCdf(1, 2),
                Tolerance.relative(1e-14), "F(x) = 1 - e^(-λx) with the rate λ = 2 (the mean is 1/λ = 0.5)");
    }

    /**
     * {@code C(1000, 500) ≈ 2.7e299} and {@code 2^1000 ≈ 1.07e301} are both within a double, but
     * {@code 1000!} is not (doubles stop near 1.8e308, and 171! is already larger), so the
     * factorial formula gives {@code ∞/∞ = NaN}. The exact value of {@code C(1000, 500)/2^1000},
     * from Python's integer arithmetic, is 0.0252250181783608…
     */
    @Test
    @Points(1)
    @DisplayName("binomialPmf(500, 1000, 0.5) is finite and equals C(1000, 500)/2¹⁰⁰⁰ = 0.0252250181783608")
    void binomialOfAThousand() {
        ArrayAssertions.assertClose("binomialPmf(500, 1000, 0.5)", 0.0252250181783608,
                Distributions.binomialPmf(500, 1000, 0.5), Tolerance.relative(1e-9),
                "1000! overflows a double (NaN or infinity): work in log space with logFactorial and exponentiate"
                        + " once at the end");
    }

    /**
     * With {@code u1 = 1 − e^{−2}}: {@code r = √(−2 ln e^{−2}) = 2}; {@code u2 = 0.25} puts the
     * point at angle {@code π/2}. With {@code u1 = 0} the radius is {@code √(−2 ln 1) = 0}.
     */
    @Test
    @Points(1)
    @DisplayName("Box-Muller: (u1, u2) = (1 − e⁻², 0.25) gives (0, 2), and u1 = 0 gives a finite (0, 0), not infinity")
    void boxMullerExamples() {
        ArrayAssertions.assertClose("boxMuller(1 - e^-2, 0.25)", new double[] {0, 2},
                Distributions.boxMuller(1 - Math.exp(-2), 0.25), Tolerance.absolute(1e-12),
                "r = √(-2 ln(1 - u1)) = 2 and θ = 2π u2 = π/2: the pair is (r cos θ, r sin θ)");
        ArrayAssertions.assertClose("boxMuller(0, 0.3)", new double[] {0, 0}, Distributions.boxMuller(0, 0.3),
                Tolerance.absolute(1e-12), "u1 = 0 is a possible Random.nextDouble(): use ln(1 - u1), which is 0"
                        + " there, not ln(u1), which is -∞");
    }
}
