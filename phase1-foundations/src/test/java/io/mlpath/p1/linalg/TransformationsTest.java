package io.mlpath.p1.linalg;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of 2-D transformations; the hidden tests check much more. */
@Challenge("p1.linalg.transformations")
class TransformationsTest {

    /**
     * A quarter turn counter-clockwise takes the x-axis to the y-axis. The angle is in degrees:
     * {@code Math.cos} wants radians, so convert first ({@code Math.cos(90)} is −0.448).
     * {@code cos 90°} comes out as 6.1e-17 rather than 0, hence the tolerance.
     */
    @Test
    @Points(2)
    @DisplayName("rotating (1, 0) by 90° counter-clockwise gives (0, 1)")
    void quarterTurn() {
        double[][] r = Transformations.rotationDegrees(90);
        ArrayAssertions.assertClose("rotationDegrees(90)", new double[][] {{0, -1}, {1, 0}}, r,
                Tolerance.absolute(1e-15), "[[cos θ, -sin θ], [sin θ, cos θ]] with θ = 90° converted to radians");
        ArrayAssertions.assertClose("apply(rotationDegrees(90), [1, 0])", new double[] {0, 1},
                Transformations.apply(r, new double[] {1, 0}), Tolerance.absolute(1e-15),
                "apply multiplies the matrix by the column (x, y)");
    }

    /**
     * "Rotate by 90°, then translate by (1, 0)" takes (1, 0) to (0, 1), then to (1, 1). Its matrix
     * is {@code translation · rotation}: the first step stands on the right. The other order takes
     * (1, 0) to (2, 0), then to (0, 2).
     */
    @Test
    @Points(1)
    @DisplayName("rotate 90° then translate by (1, 0) takes (1, 0) to (1, 1); translate then rotate takes it to (0, 2)")
    void compositionOrder() {
        double[][] turn = Transformations.homogeneous(Transformations.rotationDegrees(90));
        double[][] move = Transformations.translation(1, 0);
        double[] p = {1, 0};
        ArrayAssertions.assertClose("apply(compose(turn, move), [1, 0])", new double[] {1, 1},
                Transformations.apply(Transformations.compose(turn, move), p), Tolerance.absolute(1e-15),
                "compose(first, second) is the product second · first");
        ArrayAssertions.assertClose("apply(compose(move, turn), [1, 0])", new double[] {0, 2},
                Transformations.apply(Transformations.compose(move, turn), p), Tolerance.absolute(1e-15),
                "compose(first, second) is the product second · first");
    }

    /** {@code scale(2, 3)} turns the unit square into a 2 × 3 rectangle; a mirror flips orientation. */
    @Test
    @Points(1)
    @DisplayName("the determinant is the area scale: 6 for scale(2, 3), −1 for the mirror across the x-axis")
    void determinantIsAreaScale() {
        ArrayAssertions.assertClose("determinant(scale(2, 3))", 6,
                Transformations.determinant(Transformations.scale(2, 3)), Tolerance.absolute(0),
                "ad - bc = 2·3 - 0·0");
        ArrayAssertions.assertClose("determinant(reflection(0))", -1,
                Transformations.determinant(Transformations.reflection(0)), Tolerance.absolute(1e-15),
                "a reflection keeps areas but flips orientation: keep the sign of ad - bc");
    }
}
