package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of least-squares gradient boosting. */
@Challenge("p2.supervised.gradient-boosting")
class GradientBoostingRegressorTest {

    private static final double[][] X = {{1}, {2}, {3}, {4}};
    private static final double[] Y = {1, 0, 2, 5};

    @Test
    @Points(2)
    @DisplayName("x = (1, 2, 3, 4), y = (1, 0, 2, 5), stumps, η = 0.5: F₀ = 2, F₁ = (1.5, 1.5, 1.5, 3.5), "
            + "F₂ = (1, 1, 2, 4)")
    void firstStagesByHand() {
        GradientBoostingRegressor model = new GradientBoostingRegressor(2, 0.5, 1, 1).fit(X, Y);
        double[][] staged = model.stagedPredict(X);

        ArrayAssertions.assertClose("F₀ (the initial prediction)", 2.0, model.initialPrediction(),
                Tolerance.absolute(1e-12), "F₀ is the mean of y: (1 + 0 + 2 + 5) / 4");
        // Stage 1: residuals y − F₀ = (−1, −2, 0, 3); the best stump is x ≤ 3.5 with leaf means −1 and 3.
        ArrayAssertions.assertClose("F₁ on the training rows", new double[] {1.5, 1.5, 1.5, 3.5}, staged[1],
                Tolerance.absolute(1e-12), "F₁ = F₀ + η·h₁, where h₁ predicts the mean residual of its leaf");
        // Stage 2: residuals y − F₁ = (−0.5, −1.5, 0.5, 1.5); the best stump is x ≤ 2.5 with leaf means −1 and 1.
        ArrayAssertions.assertClose("F₂ on the training rows", new double[] {1, 1, 2, 4}, staged[2],
                Tolerance.absolute(1e-12), "the second tree fits the residuals of F₁, not of F₀");
    }

    @Test
    @Points(1)
    @DisplayName("on the same data the training MSE falls stage by stage: 3.5 → 1.25 → 0.5")
    void trainingLossFalls() {
        GradientBoostingRegressor model = new GradientBoostingRegressor(2, 0.5, 1, 1).fit(X, Y);

        ArrayAssertions.assertClose("training MSE after 0, 1, 2 stages", new double[] {3.5, 1.25, 0.5},
                model.trainLoss(), Tolerance.absolute(1e-12), "trainLoss()[m] = mean of (yᵢ − F_m(xᵢ))²");
    }
}
