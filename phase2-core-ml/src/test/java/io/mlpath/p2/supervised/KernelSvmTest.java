package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the kernel SVM trained by simplified SMO. */
@Challenge("p2.supervised.svm")
class KernelSvmTest {

    @Test
    @Points(2)
    @DisplayName("two points at (−1, 0) and (1, 0) with a linear kernel: α = (0.5, 0.5), b = 0, so w = Σ αᵢyᵢxᵢ = (1, 0)")
    void twoPointsWithALinearKernel() {
        double[][] x = {{-1, 0}, {1, 0}};
        int[] y = {0, 1};

        KernelSvm svm = new KernelSvm(KernelSvm.Kernel.linear(), 10, 1e-3, 5, 42).fit(x, y);

        // The dual is maximise 2α − 2α² (α₁ = α₂ = α by Σ αᵢyᵢ = 0): α = 0.5 < C.
        ArrayAssertions.assertClose("alphas", new double[] {0.5, 0.5}, svm.alphas(), Tolerance.absolute(1e-9),
                "with y = (−1, +1), L = max(0, αⱼ − αᵢ), H = min(C, C + αⱼ − αᵢ) and η = 2K₁₂ − K₁₁ − K₂₂ = −4, "
                        + "one SMO step moves αⱼ by −yⱼ(Eᵢ − Eⱼ)/η = 0.5");
        ArrayAssertions.assertClose("bias b", 0.0, svm.bias(), Tolerance.absolute(1e-9),
                "b₁ = b − Eᵢ − yᵢ(αᵢ − αᵢ_old)Kᵢᵢ − yⱼ(αⱼ − αⱼ_old)Kᵢⱼ; check the signs of each term");
        ArrayAssertions.assertClose("decision function at (2, 0)", new double[] {2.0},
                svm.decisionFunction(new double[][] {{2, 0}}), Tolerance.absolute(1e-9),
                "f(x) = Σ αᵢyᵢK(xᵢ, x) + b with yᵢ = ±1, not the class indices 0/1");
    }

    @Test
    @Points(1)
    @DisplayName("the RBF kernel is exp(−γ‖a − b‖²): rbf(0.5) of (0, 0) and (1, 1) is exp(−0.5·2) = e⁻¹")
    void rbfKernelExample() {
        double k = KernelSvm.Kernel.rbf(0.5).apply(new double[] {0, 0}, new double[] {1, 1});

        ArrayAssertions.assertClose("rbf(0.5).apply((0, 0), (1, 1))", Math.exp(-1), k, Tolerance.absolute(1e-12),
                "the distance is squared: ‖(1, 1)‖² = 2, not √2");
    }
}
