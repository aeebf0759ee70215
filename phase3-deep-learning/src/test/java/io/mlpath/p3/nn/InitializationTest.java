package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Worked examples of the initialisers: shapes, bounds and the variance rule. */
@Challenge("p3.nn.initialization")
class InitializationTest {

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Test
    @Points(1)
    @DisplayName("xavierUniform(4, 2) is a 4×2 matrix with every weight in (−1, 1), since a = √(6/(4 + 2)) = 1")
    void xavierUniformShapeAndBound() {
        INDArray w = Initialization.xavierUniform(4, 2, 7L);

        ArrayAssertions.assertClose("number of rows (fanIn)", 4, w.rows(), Tolerance.absolute(0),
                "W is fanIn × fanOut");
        ArrayAssertions.assertClose("number of columns (fanOut)", 2, w.columns(), Tolerance.absolute(0),
                "W is fanIn × fanOut");
        double largest = Arrays.stream(w.ravel().toDoubleVector()).map(Math::abs).max().orElse(0);
        ArrayAssertions.assertClose("max |w| is below a = 1 (shown as min(max |w|, 1))", largest,
                Math.min(largest, 1.0), Tolerance.absolute(0), "a = √(6/(fanIn + fanOut))");
    }

    @Test
    @Points(2)
    @DisplayName("heNormal(64, 512) has sample variance near 2/64 = 0.03125: the fan-in is the number of inputs")
    void heNormalVariance() {
        double[] w = Initialization.heNormal(64, 512, 42L).ravel().toDoubleVector();

        // 32768 draws: the sample variance is within a few percent of 2/64 (2/512 = 0.0039 would be the fan-out)
        double variance = Arrays.stream(w).map(v -> v * v).average().orElse(Double.NaN);
        ArrayAssertions.assertClose("sample variance of heNormal(64, 512)", 2.0 / 64, variance,
                Tolerance.relative(0.05), "He uses Var(w) = 2/fanIn, with fanIn the first argument (the rows)");
    }
}
