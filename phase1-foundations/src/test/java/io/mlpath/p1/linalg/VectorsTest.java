package io.mlpath.p1.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of vector operations; the hidden tests check much more. */
@Challenge("p1.linalg.vectors")
class VectorsTest {

    /** {@code [1, 2, 3]·[4, −5, 6] = 4 − 10 + 18 = 12}; {@code [3, −4]} is the 3-4-5 right triangle. */
    @Test
    @Points(1)
    @DisplayName("dot([1, 2, 3], [4, −5, 6]) = 12, and [3, −4] has L1 norm 7, L2 norm 5, L∞ norm 4")
    void dotAndNorms() {
        ArrayAssertions.assertClose("dot([1, 2, 3], [4, -5, 6])", 12,
                Vectors.dot(new double[] {1, 2, 3}, new double[] {4, -5, 6}), Tolerance.absolute(0),
                "the dot product is the sum of the products of matching components");

        double[] v = {3, -4};
        ArrayAssertions.assertClose("norm1([3, -4])", 7, Vectors.norm1(v), Tolerance.absolute(0),
                "the L1 norm sums absolute values: |3| + |-4|");
        ArrayAssertions.assertClose("norm2([3, -4])", 5, Vectors.norm2(v), Tolerance.absolute(1e-15),
                "the L2 norm is the square root of the sum of squares: sqrt(9 + 16)");
        ArrayAssertions.assertClose("normInf([3, -4])", 4, Vectors.normInf(v), Tolerance.absolute(0),
                "the L-infinity norm is the largest ABSOLUTE value, |-4| = 4, not the largest value 3");
    }

    /**
     * {@code [1, 0]} and {@code [1, 1]} are 45° apart, so their cosine is {@code 1/√2}. Projecting
     * {@code [3, 4]} on {@code [1, 1]}: {@code u·v = 7}, {@code v·v = 2}, so the projection is
     * {@code 3.5·[1, 1]}, and the residual {@code [−0.5, 0.5]} is orthogonal to {@code [1, 1]}.
     */
    @Test
    @Points(2)
    @DisplayName("cos 45° = 1/√2 between [1, 0] and [1, 1], and [3, 4] projects on [1, 1] to [3.5, 3.5]")
    void cosineAndProjection() {
        ArrayAssertions.assertClose("cosineSimilarity([1, 0], [1, 1])", 1 / Math.sqrt(2),
                Vectors.cosineSimilarity(new double[] {1, 0}, new double[] {1, 1}), Tolerance.absolute(1e-15),
                "cosine = u.v / (norm2(u) * norm2(v)) = 1 / (1 * sqrt(2))");
        ArrayAssertions.assertClose("projection([3, 4], [1, 1])", new double[] {3.5, 3.5},
                Vectors.projection(new double[] {3, 4}, new double[] {1, 1}), Tolerance.absolute(1e-12),
                "the projection of u on v is (u.v / v.v) * v = (7 / 2) * [1, 1]: divide by v.v, the SQUARED length");
    }

    /** The cosine of a zero vector is 0/0: there is no angle to measure, so it must be refused. */
    @Test
    @Points(1)
    @DisplayName("refuses the cosine similarity of a zero vector with an IllegalArgumentException")
    void zeroVectorCosine() {
        Throwable thrown = catchThrowable(() -> Vectors.cosineSimilarity(new double[] {1, 2}, new double[] {0, 0}));
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        assertThat(thrown)
                .as("cosineSimilarity([1, 2], [0, 0]) must throw IllegalArgumentException (0/0 is undefined);"
                        + " likely mistake: returning NaN or 0 instead of checking norm2(v) == 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage())
                .as("the message must say the cosine is undefined for a zero vector")
                .contains("zero vector");
    }
}
