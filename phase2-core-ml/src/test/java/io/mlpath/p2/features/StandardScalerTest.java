package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the standard scaler. */
@Challenge("p2.features.preprocessing")
class StandardScalerTest {

    @Test
    @Points(1)
    @DisplayName("fit on {1, 3, 5} learns μ = 3 and the population σ = √(8/3); a later row is scaled with them")
    void standardisesWithTheTrainingStatistics() {
        StandardScaler scaler = new StandardScaler().fit(new double[][] {{1, 10}, {3, 10}, {5, 10}});
        double sigma = Math.sqrt(8.0 / 3.0);

        ArrayAssertions.assertClose("mean()", new double[] {3, 10}, scaler.mean(), Tolerance.absolute(1e-12),
                "the mean of each column of the training rows");
        ArrayAssertions.assertClose("transform({{5, 10}, {7, 12}})", new double[][] {{2 / sigma, 0}, {4 / sigma, 2}},
                scaler.transform(new double[][] {{5, 10}, {7, 12}}), Tolerance.absolute(1e-12),
                "z = (x − μ)/σ with the μ and σ learned by fit, σ = √((1/n) Σ (x − μ)²); the constant column "
                        + "(σ = 0) gets the scale 1, so it maps to 0, not NaN");
    }

    @Test
    @Points(1)
    @DisplayName("a constant column gets the scale 1 and maps to 0, not NaN")
    void constantColumnMapsToZero() {
        StandardScaler scaler = new StandardScaler().fit(new double[][] {{1, 10}, {3, 10}, {5, 10}});

        ArrayAssertions.assertClose("scale()[1] of the constant column {10, 10, 10}", 1.0, scaler.scale()[1],
                Tolerance.absolute(0), "σ = 0 would divide by zero: a constant column gets the scale 1");
        ArrayAssertions.assertClose("column 1 of transform({{3, 10}})", 0.0,
                scaler.transform(new double[][] {{3, 10}})[0][1], Tolerance.absolute(0),
                "(10 − 10)/1 = 0; dividing by σ = 0 gives NaN");
    }
}
