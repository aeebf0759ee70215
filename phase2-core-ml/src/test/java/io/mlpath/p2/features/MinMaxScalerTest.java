package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of the min-max scaler. */
@Challenge("p2.features.preprocessing")
class MinMaxScalerTest {

    @Test
    @Points(1)
    @DisplayName("fit on {2, 4, 10} maps 4 to 0.25 and a later 18 to 2 (no clipping); the constant column maps to 0")
    void rescalesWithTheTrainingRange() {
        MinMaxScaler scaler = new MinMaxScaler().fit(new double[][] {{2, 7}, {4, 7}, {10, 7}});

        ArrayAssertions.assertClose("transform({{4, 7}, {18, 7}})", new double[][] {{0.25, 0}, {2, 0}},
                scaler.transform(new double[][] {{4, 7}, {18, 7}}), Tolerance.absolute(1e-12),
                "z = (x − min)/(max − min) with the training min 2 and max 10; a constant column has range 1");
    }
}
