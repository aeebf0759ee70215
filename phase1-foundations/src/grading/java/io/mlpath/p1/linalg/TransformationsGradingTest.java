package io.mlpath.p1.linalg;

import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Transformations}.
 *
 * <p>Oracles: exact geometry (where the basis vectors, the mirror line and the unit square land;
 * rotate (1, 0) by 90° → (0, 1)); closed forms {@code [[cos θ, −sin θ], [sin θ, cos θ]]} and
 * {@code 2·proj_line(p) − p} on seeded angles; Commons Math's {@link Array2DRowRealMatrix#multiply}
 * for composition and {@link LUDecomposition#getDeterminant} for determinants; and the area of a
 * transformed hexagon by the shoelace formula (det = signed area scale). Geometry is computed in
 * the test from the learner's matrices, so a wrong {@code apply} is not needed to fail them.
 * Seeded tests take their seeds through {@link Seeds#of}; their bounds hold for seed offsets 0..19.
 */
@Challenge("p1.linalg.transformations")
class TransformationsGradingTest {

    private static final String ORDER = "compose(first, second) means \"apply first, then second\": p ↦ second(first(p))"
            + " = (second · first) p. The step applied first stands on the RIGHT of the product";
    private static final String HALF_ANGLE = "the reflection across the line at angle φ is [[cos 2φ, sin 2φ], [sin 2φ,"
            + " -cos 2φ]]: twice the angle of the line (with φ itself, reflection(0) still looks right but reflection(45)"
            + " does not swap x and y)";
    private static final String DET = "det [[a, b], [c, d]] = ad - bc, keeping its sign (negative when orientation"
            + " flips); for 3×3, expand along the first row: a(ei - fh) - b(di - fg) + c(dh - eg)";
    private static final String COLUMN_CONVENTION = "points are columns (x, y, 1)ᵀ: the translation goes in the LAST"
            + " COLUMN, [[1, 0, tx], [0, 1, ty], [0, 0, 1]], and the last row stays [0, 0, 1] (putting it in the bottom"
            + " row is the row-vector convention, which reverses every product)";

    // ---------------------------------------------------------------- rotation: degrees, direction

    @Test
    @Points(4)
    @DisplayName("rotates counter-clockwise by an angle in degrees: (1, 0) by 90° → (0, 1), by 180° → (−1, 0), by −90° → (0, −1), by 30° → (√3/2, 1/2)")
    void rotationExactGeometry() {
        double h = Math.sqrt(3) / 2;
        double[][] cases = {
            // degrees, x, y, expected x', y'
            {90, 1, 0, 0, 1},
            {90, 0, 1, -1, 0},
            {180, 1, 0, -1, 0},
            {-90, 1, 0, 0, -1},
            {270, 0, 1, 1, 0},
            {360, 3, 4, 3, 4},
            {30, 1, 0, h, 0.5},
            {60, 2, 0, 1, 2 * h},
            {450, 1, 0, 0, 1},
        };
        for (double[] c : cases) {
            double[][] r = Transformations.rotationDegrees(c[0]);
            requireShape("rotationDegrees(" + fmt(c[0]) + ")", r, 2);
            double[] image = times(r, new double[] {c[1], c[2]});
            ArrayAssertions.assertClose("rotationDegrees(" + fmt(c[0]) + ") · (" + fmt(c[1]) + ", " + fmt(c[2]) + ")",
                    new double[] {c[3], c[4]}, image, Tolerance.absolute(1e-14), diagnoseRotation(c[0], r));
        }
    }

    @Test
    @Points(3)
    @DisplayName("a rotation is [[cos θ, −sin θ], [sin θ, cos θ]] for seeded angles in degrees, keeps lengths and has determinant 1")
    void rotationClosedForm() {
        Random random = new Random(Seeds.of(31));
        for (int trial = 0; trial < 50; trial++) {
            double degrees = -720 + 1440 * random.nextDouble();
            double theta = Math.toRadians(degrees);
            double[][] expected = {{Math.cos(theta), -Math.sin(theta)}, {Math.sin(theta), Math.cos(theta)}};
            double[][] r = Transformations.rotationDegrees(degrees);
            ArrayAssertions.assertClose("rotationDegrees(" + degrees + ")", expected, r, Tolerance.absolute(1e-13),
                    diagnoseRotation(degrees, r));
            double[] p = {random.nextGaussian(), random.nextGaussian()};
            ArrayAssertions.assertClose("length of rotationDegrees(" + degrees + ") · p (expected: the length of p)",
                    Math.hypot(p[0], p[1]), norm(times(r, p)), Tolerance.relative(1e-13),
                    "a rotation keeps every length: cos² θ + sin² θ = 1");
            ArrayAssertions.assertClose("determinant(rotationDegrees(" + degrees + "))", 1,
                    Transformations.determinant(r), Tolerance.absolute(1e-13), "a rotation keeps areas and orientation. "
                            + DET);
        }
    }

    @Test
    @Points(2)
    @DisplayName("rotations add up: applying 30° then 60° is the rotation by 90°, and 90° four times is the identity")
    void rotationsAddUp() {
        double[][] composed = Transformations.compose(Transformations.rotationDegrees(30),
                Transformations.rotationDegrees(60));
        ArrayAssertions.assertClose("compose(rotationDegrees(30), rotationDegrees(60))", new double[][] {{0, -1}, {1, 0}},
                composed, Tolerance.absolute(1e-14), "R(60°) · R(30°) must be R(90°) = [[0, -1], [1, 0]]: is"
                        + " rotationDegrees counter-clockwise, [[cos θ, -sin θ], [sin θ, cos θ]], with θ converted to"
                        + " radians (Math.toRadians)? And is compose the matrix product second · first?");
        double[][] quarter = Transformations.rotationDegrees(90);
        double[][] full = quarter;
        for (int i = 0; i < 3; i++) {
            full = Transformations.compose(full, quarter);
        }
        ArrayAssertions.assertClose("four quarter turns composed", new double[][] {{1, 0}, {0, 1}}, full,
                Tolerance.absolute(1e-14), "R(90°)⁴ = R(360°) = I: is compose the matrix product?");
    }

    // ---------------------------------------------------------------- scale, shear, reflection

    @Test
    @Points(3)
    @DisplayName("scale(sx, sy) stretches each axis and shearX(k) slides (x, y) to (x + k·y, y), fixing the x-axis")
    void scaleAndShear() {
        ArrayAssertions.assertClose("scale(2, 3)", new double[][] {{2, 0}, {0, 3}}, Transformations.scale(2, 3),
                Tolerance.absolute(0), "[[sx, 0], [0, sy]]");
        ArrayAssertions.assertClose("scale(2, 3) · (1, 1)", new double[] {2, 3},
                times(Transformations.scale(2, 3), new double[] {1, 1}), Tolerance.absolute(0), "x is multiplied by sx, y by sy");
        ArrayAssertions.assertClose("scale(-1, 1) · (3, 4)", new double[] {-3, 4},
                times(Transformations.scale(-1, 1), new double[] {3, 4}), Tolerance.absolute(0),
                "a negative factor mirrors that axis");
        ArrayAssertions.assertClose("shearX(1.5)", new double[][] {{1, 1.5}, {0, 1}}, Transformations.shearX(1.5),
                Tolerance.absolute(0), "[[1, k], [0, 1]]: (x, y) ↦ (x + k·y, y)");
        ArrayAssertions.assertClose("shearX(2) · (1, 3)", new double[] {7, 3},
                times(Transformations.shearX(2), new double[] {1, 3}), Tolerance.absolute(0),
                "x moves by k times the height y; y stays (a shear along x is [[1, k], [0, 1]], not [[1, 0], [k, 1]])");
        ArrayAssertions.assertClose("shearX(2) · (5, 0)", new double[] {5, 0},
                times(Transformations.shearX(2), new double[] {5, 0}), Tolerance.absolute(0),
                "points on the x-axis (y = 0) do not move under a shear along x");
    }

    @Test
    @Points(4)
    @DisplayName("reflection(φ) mirrors across the line at φ degrees: (x, y) → (x, −y) at 0°, → (y, x) at 45°, → (−x, y) at 90°")
    void reflectionExactGeometry() {
        ArrayAssertions.assertClose("reflection(0) · (3, 4)", new double[] {3, -4},
                times(Transformations.reflection(0), new double[] {3, 4}), Tolerance.absolute(1e-14), HALF_ANGLE);
        ArrayAssertions.assertClose("reflection(45)", new double[][] {{0, 1}, {1, 0}}, Transformations.reflection(45),
                Tolerance.absolute(1e-15), HALF_ANGLE);
        ArrayAssertions.assertClose("reflection(45) · (2, 5)", new double[] {5, 2},
                times(Transformations.reflection(45), new double[] {2, 5}), Tolerance.absolute(1e-14), HALF_ANGLE);
        ArrayAssertions.assertClose("reflection(90) · (3, 4)", new double[] {-3, 4},
                times(Transformations.reflection(90), new double[] {3, 4}), Tolerance.absolute(1e-14), HALF_ANGLE);
        double[][] m = Transformations.reflection(30);
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        ArrayAssertions.assertClose("reflection(30) · (cos 30°, sin 30°) (a point ON the mirror line)",
                new double[] {c, s}, times(m, new double[] {c, s}), Tolerance.absolute(1e-14),
                "points on the mirror line stay where they are. " + HALF_ANGLE);
        ArrayAssertions.assertClose("reflection(30) · (-sin 30°, cos 30°) (a point on the perpendicular)",
                new double[] {s, -c}, times(m, new double[] {-s, c}), Tolerance.absolute(1e-14),
                "points on the perpendicular to the mirror line flip sign. " + HALF_ANGLE);
    }

    @Test
    @Points(3)
    @DisplayName("a reflection of p is 2·proj_line(p) − p for seeded lines, is its own inverse and has determinant −1")
    void reflectionClosedForm() {
        Random random = new Random(Seeds.of(32));
        for (int trial = 0; trial < 50; trial++) {
            double degrees = -360 + 720 * random.nextDouble();
            double[] u = {Math.cos(Math.toRadians(degrees)), Math.sin(Math.toRadians(degrees))};
            double[] p = {3 * random.nextGaussian(), 3 * random.nextGaussian()};
            double along = p[0] * u[0] + p[1] * u[1];
            double[] expected = {2 * along * u[0] - p[0], 2 * along * u[1] - p[1]};
            double[][] m = Transformations.reflection(degrees);
            requireShape("reflection(" + degrees + ")", m, 2);
            ArrayAssertions.assertClose("reflection(" + degrees + ") · " + Arrays.toString(p), expected, times(m, p),
                    Tolerance.absolute(1e-12), "mirror image = 2 · (projection of p on the line) - p. " + HALF_ANGLE
                            + ". Or are degrees converted to radians?");
            ArrayAssertions.assertClose("reflection(" + degrees + ") applied twice", new double[][] {{1, 0}, {0, 1}},
                    new Array2DRowRealMatrix(m).multiply(new Array2DRowRealMatrix(m)).getData(),
                    Tolerance.absolute(1e-13), "mirroring twice gives the identity. " + HALF_ANGLE);
            ArrayAssertions.assertClose("determinant(reflection(" + degrees + "))", -1, Transformations.determinant(m),
                    Tolerance.absolute(1e-13), "a reflection keeps areas and flips orientation. " + DET);
        }
    }

    // ---------------------------------------------------------------- homogeneous coordinates

    @Test
    @Points(3)
    @DisplayName("translation(tx, ty) is [[1, 0, tx], [0, 1, ty], [0, 0, 1]] and moves (1, 1) by (2, −1) to (3, 0); homogeneous embeds a 2 × 2 map")
    void translationAndHomogeneous() {
        ArrayAssertions.assertClose("translation(2, -1)", new double[][] {{1, 0, 2}, {0, 1, -1}, {0, 0, 1}},
                Transformations.translation(2, -1), Tolerance.absolute(0), COLUMN_CONVENTION);
        ArrayAssertions.assertClose("translation(2, -1) · (1, 1, 1)", new double[] {3, 0, 1},
                times(Transformations.translation(2, -1), new double[] {1, 1, 1}), Tolerance.absolute(0),
                COLUMN_CONVENTION);
        ArrayAssertions.assertClose("apply(translation(2, -1), [1, 1])", new double[] {3, 0},
                Transformations.apply(Transformations.translation(2, -1), new double[] {1, 1}), Tolerance.absolute(0),
                "apply of a 3×3 matrix multiplies it by (x, y, 1) and returns the first two coordinates");
        ArrayAssertions.assertClose("homogeneous([[1, 2], [3, 4]])", new double[][] {{1, 2, 0}, {3, 4, 0}, {0, 0, 1}},
                Transformations.homogeneous(new double[][] {{1, 2}, {3, 4}}), Tolerance.absolute(0),
                "the 2×2 map goes in the top-left block; the rest is the identity's last row and column");
        ArrayAssertions.assertClose("apply([[1, 2], [3, 4]], [5, -1])", new double[] {3, 11},
                Transformations.apply(new double[][] {{1, 2}, {3, 4}}, new double[] {5, -1}), Tolerance.absolute(0),
                "apply of a 2×2 matrix is the product with the column (x, y): (1·5 + 2·(-1), 3·5 + 4·(-1))");
        ArrayAssertions.assertClose("apply(homogeneous(shearX(2)), [1, 3])", new double[] {7, 3},
                Transformations.apply(Transformations.homogeneous(Transformations.shearX(2)), new double[] {1, 3}),
                Tolerance.absolute(0), "a 2×2 map lifted to homogeneous coordinates moves points as before");
    }

    // ---------------------------------------------------------------- must catch: composition order

    @Test
    @Points(5)
    @DisplayName("compose(first, second) applies first, then second: rotate 90° then translate (1, 0) takes (1, 0) to (1, 1), the reverse to (0, 2)")
    void compositionOrder() {
        // The steps are written out here, so that only compose is under test.
        double[][] turn = {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}};
        double[][] move = {{1, 0, 1}, {0, 1, 0}, {0, 0, 1}};
        double[] x = {1, 0, 1};
        ArrayAssertions.assertClose("compose(rotate 90°, translate (1, 0)) · (1, 0, 1)", new double[] {1, 1, 1},
                times(Transformations.compose(turn, move), x), Tolerance.absolute(1e-14),
                ORDER + ": rotating (1, 0) gives (0, 1), then translating gives (1, 1)");
        ArrayAssertions.assertClose("compose(translate (1, 0), rotate 90°) · (1, 0, 1)", new double[] {0, 2, 1},
                times(Transformations.compose(move, turn), x), Tolerance.absolute(1e-14),
                ORDER + ": translating (1, 0) gives (2, 0), then rotating gives (0, 2)");

        // Scale x by 2, then shear: (x, y) -> (2x, y) -> (2x + y, y).
        ArrayAssertions.assertClose("compose(scale(2, 1), shearX(1))", new double[][] {{2, 1}, {0, 1}},
                Transformations.compose(new double[][] {{2, 0}, {0, 1}}, new double[][] {{1, 1}, {0, 1}}),
                Tolerance.absolute(0),
                ORDER + ": shearX(1) · scale(2, 1) = [[2, 1], [0, 1]], while scale · shear = [[2, 2], [0, 1]]");

        Random random = new Random(Seeds.of(33));
        for (int n = 2; n <= 3; n++) {
            for (int trial = 0; trial < 5; trial++) {
                double[][] first = randomMatrix(random, n);
                double[][] second = randomMatrix(random, n);
                double[][] expected = new Array2DRowRealMatrix(second).multiply(new Array2DRowRealMatrix(first)).getData();
                ArrayAssertions.assertClose("compose(first, second) of seeded " + n + "×" + n + " matrices (expected:"
                        + " second · first)", expected, Transformations.compose(first, second), Tolerance.absolute(1e-12),
                        ORDER);
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("applying a composition equals applying its steps in turn, for seeded affine maps and points")
    void applyOfComposition() {
        Random random = new Random(Seeds.of(34));
        for (int trial = 0; trial < 20; trial++) {
            double[][] a = randomAffine(random);
            double[][] b = randomAffine(random);
            double[] p = {random.nextGaussian(), random.nextGaussian()};
            double[] stepwise = Transformations.apply(b, Transformations.apply(a, p));
            ArrayAssertions.assertClose("apply(compose(a, b), p) (expected: apply(b, apply(a, p)))", stepwise,
                    Transformations.apply(Transformations.compose(a, b), p), Tolerance.absolute(1e-12), ORDER);
        }
    }

    // ---------------------------------------------------------------- determinant = area scale

    @Test
    @Points(3)
    @DisplayName("the determinant matches Commons Math's LUDecomposition for seeded 2 × 2 and 3 × 3 matrices")
    void determinantMatchesCommons() {
        Random random = new Random(Seeds.of(35));
        for (int n = 2; n <= 3; n++) {
            for (int trial = 0; trial < 20; trial++) {
                double[][] t = randomMatrix(random, n);
                double expected = new LUDecomposition(new Array2DRowRealMatrix(t)).getDeterminant();
                ArrayAssertions.assertClose("determinant of a seeded " + n + "×" + n + " matrix", expected,
                        Transformations.determinant(t), Tolerance.absolute(1e-12), DET);
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("det = signed area scale: a transformed hexagon's area is |det| times the original; shears and translations keep areas")
    void determinantIsAreaScale() {
        double[][] hexagon = new double[6][];
        for (int k = 0; k < 6; k++) {
            hexagon[k] = new double[] {2 + Math.cos(k * Math.PI / 3), -1 + Math.sin(k * Math.PI / 3)};
        }
        double area = signedArea(hexagon);
        Random random = new Random(Seeds.of(36));
        for (int trial = 0; trial < 20; trial++) {
            double[][] t = randomMatrix(random, 2);
            double[][] image = new double[6][];
            for (int k = 0; k < 6; k++) {
                image[k] = times(t, hexagon[k]);
            }
            ArrayAssertions.assertClose("determinant of a seeded 2×2 map (expected: signed area of the transformed"
                            + " hexagon / its original area)", signedArea(image) / area, Transformations.determinant(t),
                    Tolerance.absolute(1e-12), DET);
        }
        ArrayAssertions.assertClose("determinant(shearX(3))", 1, Transformations.determinant(Transformations.shearX(3)),
                Tolerance.absolute(0), "a shear keeps areas. " + DET);
        ArrayAssertions.assertClose("determinant(scale(2, -3))", -6,
                Transformations.determinant(Transformations.scale(2, -3)), Tolerance.absolute(0),
                "one negative factor flips orientation: the determinant is negative. " + DET);
        ArrayAssertions.assertClose("determinant(translation(5, 7))", 1,
                Transformations.determinant(Transformations.translation(5, 7)), Tolerance.absolute(0),
                "translations keep areas. " + DET);
        ArrayAssertions.assertClose("determinant(homogeneous(scale(2, 3)))", 6,
                Transformations.determinant(Transformations.homogeneous(Transformations.scale(2, 3))),
                Tolerance.absolute(0), "a homogeneous affine matrix has the determinant of its 2×2 block. " + DET);
        double[][] a = Transformations.compose(Transformations.scale(2, 3), Transformations.reflection(20));
        ArrayAssertions.assertClose("determinant(compose(scale(2, 3), reflection(20)))", -6,
                Transformations.determinant(a), Tolerance.absolute(1e-13),
                "the determinant of a composition is the product of the determinants, 6 · (-1). " + DET);
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(2)
    @DisplayName("apply rejects a 3 × 3 matrix whose last row is not [0, 0, 1], and points without exactly 2 finite coordinates")
    void applyRejectsBadInput() {
        String check = "apply needs a 2×2 matrix or a homogeneous affine 3×3 one (last row [0, 0, 1]) and a point"
                + " [x, y] of 2 finite coordinates";
        assertRejects("apply of a 3×3 matrix with last row [2, 0, 1]", () -> Transformations.apply(
                new double[][] {{1, 0, 0}, {0, 1, 0}, {2, 0, 1}}, new double[] {1, 1}), "the last row must be [0, 0, 1]",
                check + ". " + COLUMN_CONVENTION, "[0, 0, 1]");
        assertRejects("apply(rotationDegrees(90), [1, 2, 3])", () -> Transformations.apply(
                Transformations.rotationDegrees(90), new double[] {1, 2, 3}), "a point has 2 coordinates", check, "2", "3");
        assertRejects("apply(translation(1, 1), [1, 2, 1]) (the 1 is added by apply)", () -> Transformations.apply(
                Transformations.translation(1, 1), new double[] {1, 2, 1}), "a point has 2 coordinates", check, "3");
        assertRejects("apply(scale(1, 1), null)", () -> Transformations.apply(Transformations.scale(1, 1), null),
                "point must not be null", check, "null");
        assertRejects("apply(scale(1, 1), [NaN, 0])", () -> Transformations.apply(Transformations.scale(1, 1),
                new double[] {Double.NaN, 0}), "coordinates must be finite", check, "NaN");
    }

    @Test
    @Points(3)
    @DisplayName("rejects non-finite parameters, matrices that are not 2 × 2 or 3 × 3, and compositions of different sizes")
    void rejectsInvalidArguments() {
        String check = "validate every argument where it enters, with the rule and the bad value in the message";
        assertRejects("rotationDegrees(NaN)", () -> Transformations.rotationDegrees(Double.NaN), "angles must be finite",
                check, "NaN");
        assertRejects("scale(2, Infinity)", () -> Transformations.scale(2, Double.POSITIVE_INFINITY),
                "factors must be finite", check, "Infinity");
        assertRejects("shearX(NaN)", () -> Transformations.shearX(Double.NaN), "k must be finite", check, "NaN");
        assertRejects("reflection(-Infinity)", () -> Transformations.reflection(Double.NEGATIVE_INFINITY),
                "angles must be finite", check, "Infinity");
        assertRejects("translation(NaN, 0)", () -> Transformations.translation(Double.NaN, 0), "shifts must be finite",
                check, "NaN");
        assertRejects("compose(2×2, 3×3)", () -> Transformations.compose(Transformations.rotationDegrees(10),
                Transformations.translation(1, 2)), "both must have the same size", check
                + ": a 2×2 and a 3×3 matrix do not multiply; lift the 2×2 one with homogeneous()", "2×2", "3×3");
        assertRejects("determinant of a 4×4 matrix", () -> Transformations.determinant(new double[4][4]),
                "a 2-D transformation is 2×2 or 3×3", check, "4");
        assertRejects("determinant(null)", () -> Transformations.determinant(null), "t must not be null", check, "null");
        assertRejects("compose with a ragged 3×3 first", () -> Transformations.compose(new double[][] {{1, 0, 0},
                {0, 1}, {0, 0, 1}}, Transformations.translation(1, 1)), "a transformation is square", check, "row 1",
                "2");
        assertRejects("homogeneous of a 3×3 matrix", () -> Transformations.homogeneous(Transformations.translation(1,
                1)), "homogeneous lifts a 2×2 matrix", check, "2×2", "3");
        assertRejects("determinant with NaN at [1][0]", () -> Transformations.determinant(new double[][] {{1, 0},
                {Double.NaN, 1}}), "values must be finite", check, "NaN");
    }

    @Test
    @Points(2)
    @DisplayName("leaves its arguments unchanged and returns new arrays")
    void inputsUnchanged() {
        double[][] a = {{1, 2, 3}, {4, 5, 6}, {0, 0, 1}};
        double[][] b = {{0, -1, 2}, {1, 0, -3}, {0, 0, 1}};
        double[][] l = {{2, 1}, {1, 3}};
        double[] p = {7, -2};
        double[][] aCopy = deepCopy(a);
        double[][] bCopy = deepCopy(b);
        double[][] lCopy = deepCopy(l);
        double[] pCopy = p.clone();
        double[][] c = Transformations.compose(a, b);
        double[] q = Transformations.apply(a, p);
        double[][] h = Transformations.homogeneous(l);
        Transformations.determinant(a);
        String mutated = "build results in new arrays: the caller's matrices and points must not change";
        ArrayAssertions.assertClose("first after compose(first, second)", aCopy, a, Tolerance.absolute(0), mutated);
        ArrayAssertions.assertClose("second after compose(first, second)", bCopy, b, Tolerance.absolute(0), mutated);
        ArrayAssertions.assertClose("linear after homogeneous(linear)", lCopy, l, Tolerance.absolute(0), mutated);
        ArrayAssertions.assertClose("point after apply(t, point)", pCopy, p, Tolerance.absolute(0), mutated);
        if (c == a || c == b || q == p) {
            throw Failure.of("compose or apply returned one of its arguments")
                    .line("expected", "new arrays").line("actual", "an argument").likelyMistake(mutated).error();
        }
        double[][] r1 = Transformations.rotationDegrees(90);
        double[][] r1Copy = deepCopy(r1);
        r1[0][0] = 42;
        ArrayAssertions.assertClose("rotationDegrees(90) after the caller changed an earlier one (expected: the"
                        + " earlier value)", r1Copy, Transformations.rotationDegrees(90), Tolerance.absolute(0),
                "return a new array on every call, never a shared constant");
        ArrayAssertions.assertClose("homogeneous(linear) after the caller changed it", new double[][] {{2, 1, 0},
                {1, 3, 0}, {0, 0, 1}}, h, Tolerance.absolute(0), mutated);
    }

    // ---------------------------------------------------------------- helpers

    /** The likely mistake behind a wrong rotation matrix, guessed from what it equals. */
    private static String diagnoseRotation(double degrees, double[][] actual) {
        if (actual == null || actual.length != 2 || actual[0].length != 2 || actual[1].length != 2) {
            return "rotationDegrees returns the 2×2 matrix [[cos θ, -sin θ], [sin θ, cos θ]]";
        }
        double[][] asRadians = {{Math.cos(degrees), -Math.sin(degrees)}, {Math.sin(degrees), Math.cos(degrees)}};
        double t = Math.toRadians(degrees);
        double[][] clockwise = {{Math.cos(t), Math.sin(t)}, {-Math.sin(t), Math.cos(t)}};
        if (close(asRadians, actual)) {
            return "the angle is in DEGREES but Math.cos and Math.sin take radians: convert with Math.toRadians(degrees)"
                    + " first (cos of 90 radians is -0.448)";
        }
        if (close(clockwise, actual) && !close(new double[][] {{Math.cos(t), -Math.sin(t)}, {Math.sin(t),
                Math.cos(t)}}, actual)) {
            return "this rotates clockwise: the counter-clockwise rotation has -sin θ in the top-right entry,"
                    + " [[cos θ, -sin θ], [sin θ, cos θ]] (its first column is where (1, 0) lands: (cos θ, sin θ))";
        }
        return "a counter-clockwise rotation by θ degrees is [[cos θ, -sin θ], [sin θ, cos θ]] with θ converted to"
                + " radians (Math.toRadians); its first column is where (1, 0) lands";
    }

    private static boolean close(double[][] a, double[][] b) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (!(Math.abs(a[i][j] - b[i][j]) <= 1e-12)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The product {@code t · p} of a square matrix and a column, computed here so tests do not rely on apply. */
    private static double[] times(double[][] t, double[] p) {
        requireShape("the matrix", t, p.length);
        return new Array2DRowRealMatrix(t).operate(p);
    }

    private static void requireShape(String what, double[][] t, int n) {
        boolean ok = t != null && t.length == n && Arrays.stream(t).allMatch(row -> row != null && row.length == n);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .line("expected", n + "×" + n)
                    .line("actual", t == null ? "null" : t.length + " rows of lengths "
                            + Arrays.toString(Arrays.stream(t).mapToInt(r -> r == null ? -1 : r.length).toArray()))
                    .likelyMistake("rotation, scale, shear and reflection are 2×2; translation, homogeneous and their"
                            + " compositions are 3×3").error();
        }
    }

    /** Shoelace formula: positive for a counter-clockwise polygon. */
    private static double signedArea(double[][] polygon) {
        double twice = 0;
        for (int k = 0; k < polygon.length; k++) {
            double[] p = polygon[k];
            double[] q = polygon[(k + 1) % polygon.length];
            twice += p[0] * q[1] - q[0] * p[1];
        }
        return twice / 2;
    }

    /** A homogeneous affine 3 × 3 matrix: a Gaussian 2 × 2 block, a Gaussian translation, last row [0, 0, 1]. */
    private static double[][] randomAffine(Random random) {
        double[][] t = randomMatrix(random, 3);
        t[2] = new double[] {0, 0, 1};
        return t;
    }

    private static double[][] randomMatrix(Random random, int n) {
        double[][] t = new double[n][n];
        for (double[] row : t) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return t;
    }

    private static double norm(double[] p) {
        return Math.hypot(p[0], p[1]);
    }

    private static double[][] deepCopy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    /** Fails unless {@code code} throws IllegalArgumentException whose message contains every fragment. */
    private static void assertRejects(String call, ThrowingCallable code, String rule, String likelyMistake,
                                      String... fragments) {
        Throwable thrown = catchThrowable(code);
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo; // not attempted yet
        }
        if (!(thrown instanceof IllegalArgumentException)) {
            throw Failure.of(call + " was not rejected")
                    .line("expected", "IllegalArgumentException (rule: " + rule + ")")
                    .line("actual", thrown == null ? "returned normally" : "threw " + thrown)
                    .likelyMistake(likelyMistake).error();
        }
        String message = String.valueOf(thrown.getMessage());
        for (String fragment : fragments) {
            if (!message.contains(fragment)) {
                throw Failure.of("the message of " + call + " does not state the rule and the bad value")
                        .line("expected", "a message containing '" + fragment + "' (rule: " + rule + ")")
                        .line("actual", message)
                        .likelyMistake("say which rule was broken and by which value, e.g. \"first and second must"
                                + " have the same size: first is 2×2, second is 3×3\"").error();
            }
        }
    }
}
