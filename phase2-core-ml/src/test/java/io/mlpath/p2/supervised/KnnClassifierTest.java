package io.mlpath.p2.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of k-nearest-neighbour search and classification. */
@Challenge("p2.supervised.knn")
class KnnClassifierTest {

    /** Four 1-D training rows: 0 and 1 are class 0, 2 and 10 are class 1. */
    private static final double[][] X = {{0}, {1}, {2}, {10}};
    private static final int[] Y = {0, 0, 1, 1};

    @Test
    @Points(1)
    @DisplayName("nearest sorts by distance, equal distances by row index: query (0, 0) among (0, 0), (3, 4), (1, 0), "
            + "(0, 1) gives rows 0, 2, 3 for k = 3")
    void nearestBreaksTiesByIndex() {
        double[][] x = {{0, 0}, {3, 4}, {1, 0}, {0, 1}};

        int[] neighbours = NearestNeighbours.nearest(x, new double[] {0, 0}, 3, -1);

        assertThat(neighbours).as("the 3 nearest rows to (0, 0); distances are 0, 5, 1, 1, and rows 2 and 3 tie")
                .containsExactly(0, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("k = 3 at the query 1.4: neighbours at 1, 2, 0 vote 2 to 1, so predictProba = (2/3, 1/3) and "
            + "predict = 0")
    void majorityVote() {
        KnnClassifier model = new KnnClassifier(3, false).fit(X, Y);
        double[][] query = {{1.4}};

        ArrayAssertions.assertClose("vote shares at 1.4", new double[] {2.0 / 3, 1.0 / 3}, model.predictProba(query)[0],
                Tolerance.absolute(1e-12), "count each class among the 3 nearest rows and divide by k");
        assertThat(model.predict(query)).as("predicted class at 1.4").containsExactly(0);
    }

    @Test
    @Points(1)
    @DisplayName("leave-one-out 1-NN predicts each row from the OTHER rows: (0, 0, 0, 1) for x = 0, 1, 2, 10")
    void leaveOneOut() {
        int[] predicted = new KnnClassifier(1, false).leaveOneOutPredict(X, Y);

        assertThat(predicted).as("leave-one-out predictions; row 1's other rows 0 and 2 tie at distance 1, and row 0 "
                + "(smaller index) wins").containsExactly(0, 0, 0, 1);
    }
}
