package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of the mean imputer. */
@Challenge("p2.features.preprocessing")
class MeanImputerTest {

    @Test
    @Points(1)
    @DisplayName("learns the means of the observed values (2 and 15) and fills later NaNs with them")
    void fillsWithTheTrainingMeans() {
        double nan = Double.NaN;
        MeanImputer imputer = new MeanImputer().fit(new double[][] {{1, 10}, {nan, 20}, {3, nan}});

        ArrayAssertions.assertClose("statistics()", new double[] {2, 15}, imputer.statistics(),
                Tolerance.absolute(1e-12), "the mean over the observed values only: (1 + 3)/2 and (10 + 20)/2");
        ArrayAssertions.assertClose("transform({{NaN, NaN}, {7, 8}})", new double[][] {{2, 15}, {7, 8}},
                imputer.transform(new double[][] {{nan, nan}, {7, 8}}), Tolerance.absolute(1e-12),
                "replace NaN by the training mean; keep observed values");
    }
}
