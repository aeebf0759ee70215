package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Worked examples of the MLP classifier on a tiny two-class problem: points left of the y-axis
 * are class 0, points right of it class 1 (the hidden tests train on Digits 8×8).
 */
@Challenge("p3.nn.mlp-training")
@Timeout(60)
class MlpClassifierTest {

    /** Eight points, class = (x > 0), listed class by class: shuffling matters. */
    private static final double[][] X = {
        {-2.0, 1.0}, {-1.5, -0.5}, {-1.0, 0.5}, {-2.5, -1.0},
        {2.0, -1.0}, {1.5, 0.5}, {1.0, -0.5}, {2.5, 1.0}};
    private static final int[] Y = {0, 0, 0, 0, 1, 1, 1, 1};

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Nd4j.getEnvironment().setMaxThreads(1);
    }

    @Test
    @Points(2)
    @DisplayName("learns a line: after 30 epochs of mini-batches of 4, it classifies all 8 training points and"
            + " the loss has fallen")
    void learnsATinyProblem() {
        MlpClassifier model = new MlpClassifier(8, 30, 4, 0.1, 42).fit(Nd4j.createFromArray(X), Y);

        Assertions.assertThat(model.predict(Nd4j.createFromArray(X)))
                .as("predict on the training points (class 0 left of the y-axis, class 1 right of it); if wrong,"
                        + " check the backward pass and that x rows and labels are shuffled together")
                .containsExactly(Y);
        double[] history = model.lossHistory();
        Assertions.assertThat(history[history.length - 1])
                .as("last epoch's mean loss (expected below the first epoch's, " + history[0] + ")")
                .isLessThan(history[0]);
    }

    @Test
    @Points(1)
    @DisplayName("predictProba returns one row per point, each a probability distribution over the 2 classes")
    void probabilitiesSumToOne() {
        MlpClassifier model = new MlpClassifier(8, 5, 4, 0.1, 42).fit(Nd4j.createFromArray(X), Y);

        INDArray p = model.predictProba(Nd4j.createFromArray(new double[][] {{-3, 0}, {3, 0}}));

        Assertions.assertThat(p.shape()).as("shape of predictProba for 2 points and 2 classes").containsExactly(2, 2);
        double[] rowSums = p.sum(1).toDoubleVector();
        ArrayAssertions.assertClose("row sums of predictProba", new double[] {1, 1}, rowSums,
                Tolerance.absolute(1e-12), "softmax divides each row's exp(z − max) by that row's sum");
    }
}
