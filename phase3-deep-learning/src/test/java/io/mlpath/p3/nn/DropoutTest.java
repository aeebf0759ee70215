package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Worked examples of inverted dropout with {@code p = 0.5}: which units are dropped is random,
 * but every kept unit is doubled, and backward uses the same mask.
 */
@Challenge("p3.nn.regularization")
class DropoutTest {

    private static final Tolerance EXACT = Tolerance.absolute(1e-12);

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(2)
    @DisplayName("training mode with p = 0.5: the mask holds only 0 and 2 = 1/(1 − 0.5), forward is X ⊙ mask and"
            + " backward is G ⊙ mask")
    void trainingModeMasksAndRescales() {
        Dropout dropout = new Dropout(0.5, 42);
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});

        INDArray y = dropout.forward(x);
        double[][] mask = dropout.mask().toDoubleMatrix();
        for (double[] row : mask) {
            for (double m : row) {
                Assertions.assertThat(m).as("a mask entry: 0 (dropped) or 1/(1 − p) = 2 (kept and rescaled)")
                        .isIn(0.0, 2.0);
            }
        }
        // e.g. mask [[2, 0, 0, 2], ...] gives y [[2, 0, 0, 8], ...]
        ArrayAssertions.assertClose("forward(x) in training mode", x.mul(dropout.mask()).toDoubleMatrix(),
                y.toDoubleMatrix(), EXACT, "the output is x times the mask, element by element");
        INDArray g = Nd4j.ones(DataType.DOUBLE, 2, 4);
        ArrayAssertions.assertClose("backward(ones) in training mode", mask, dropout.backward(g).toDoubleMatrix(),
                EXACT, "backward multiplies G by the SAME mask as the latest forward");
    }

    @Test
    @Points(1)
    @DisplayName("evaluation mode is the identity: forward([[1, 2, 3, 4]]) = [[1, 2, 3, 4]]")
    void evalModeIsTheIdentity() {
        Dropout dropout = new Dropout(0.5, 42);
        dropout.eval();

        INDArray y = dropout.forward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}}));

        ArrayAssertions.assertClose("forward([[1, 2, 3, 4]]) in eval mode", new double[][] {{1, 2, 3, 4}},
                y.toDoubleMatrix(), EXACT, "in eval mode nothing is dropped and nothing is rescaled");
    }
}
