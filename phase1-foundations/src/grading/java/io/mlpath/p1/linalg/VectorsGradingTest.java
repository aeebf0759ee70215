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
import org.apache.commons.math3.linear.ArrayRealVector;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Vectors}.
 *
 * <p>Oracles: Commons Math's {@link ArrayRealVector} ({@code dotProduct}, {@code getL1Norm},
 * {@code getNorm}, {@code getLInfNorm}, {@code cosine}, {@code projection}) on seeded random
 * vectors of lengths 1 to 40; exact values (3-4-5 triangles, the cosines of 0°, 45°, 60°, 90° and
 * 180°, projections onto coordinate axes); and identities (‖v‖_∞ ≤ ‖v‖₂ ≤ ‖v‖₁, the projection
 * residual is orthogonal to v, projecting twice changes nothing, the cosine ignores positive
 * scaling). Seeded tests take their seeds through {@link Seeds#of}; their bounds hold for seed
 * offsets 0..19.
 */
@Challenge("p1.linalg.vectors")
class VectorsGradingTest {

    private static final String MISMATCH = "two vectors of different lengths have no dot product: check"
            + " u.length == v.length before the loop, instead of looping to the shorter (or the first) length";
    private static final String ZERO = "the cosine (and the projection onto v) divides by norm2: for a zero vector"
            + " that is 0/0, so check for it and throw IllegalArgumentException instead of returning NaN or 0";
    private static final String ABS = "the L1 and L-infinity norms use absolute values |v_i|: a negative component"
            + " counts by its size";
    private static final String SQUARED = "the projection is (u.v / v.v) * v: divide by v.v = norm2(v)^2, the"
            + " SQUARED length, not by norm2(v)";
    private static final String SWAPPED = "projection(u, v) projects u ONTO v (a multiple of v), not v onto u";

    // ---------------------------------------------------------------- Commons Math on seeded vectors

    @Test
    @Points(3)
    @DisplayName("the dot product matches Commons Math's ArrayRealVector.dotProduct on seeded vectors of lengths 1 to 40")
    void dotMatchesCommons() {
        Random random = new Random(Seeds.of(101));
        for (int n = 1; n <= 40; n++) {
            double[] u = randomVector(random, n);
            double[] v = randomVector(random, n);
            double expected = new ArrayRealVector(u).dotProduct(new ArrayRealVector(v));
            ArrayAssertions.assertClose("dot(u, v) of seeded vectors of length " + n, expected, Vectors.dot(u, v),
                    Tolerance.absolute(1e-12 * (absDot(u, v) + 1)),
                    "the dot product is the sum over EVERY index i of u[i] * v[i]");
        }
    }

    @Test
    @Points(3)
    @DisplayName("the L1, L2 and L∞ norms match Commons Math's getL1Norm, getNorm and getLInfNorm on seeded vectors")
    void normsMatchCommons() {
        Random random = new Random(Seeds.of(202));
        for (int n = 1; n <= 40; n++) {
            double[] v = randomVector(random, n);
            ArrayRealVector oracle = new ArrayRealVector(v);
            ArrayAssertions.assertClose("norm1 of a seeded vector of length " + n, oracle.getL1Norm(),
                    Vectors.norm1(v), Tolerance.relative(1e-13), ABS);
            ArrayAssertions.assertClose("norm2 of a seeded vector of length " + n, oracle.getNorm(),
                    Vectors.norm2(v), Tolerance.relative(1e-13), "norm2 is sqrt(sum of v_i^2)");
            ArrayAssertions.assertClose("normInf of a seeded vector of length " + n, oracle.getLInfNorm(),
                    Vectors.normInf(v), Tolerance.relative(0), ABS);
        }
    }

    @Test
    @Points(3)
    @DisplayName("cosine similarity matches Commons Math's ArrayRealVector.cosine on seeded vectors")
    void cosineMatchesCommons() {
        Random random = new Random(Seeds.of(303));
        for (int n = 1; n <= 40; n++) {
            double[] u = randomVector(random, n);
            double[] v = randomVector(random, n);
            double expected = new ArrayRealVector(u).cosine(new ArrayRealVector(v));
            ArrayAssertions.assertClose("cosineSimilarity(u, v) of seeded vectors of length " + n, expected,
                    Vectors.cosineSimilarity(u, v), Tolerance.absolute(1e-12),
                    "cosine = u.v / (norm2(u) * norm2(v)), in [-1, 1]");
        }
    }

    @Test
    @Points(3)
    @DisplayName("the projection of u on v matches Commons Math's ArrayRealVector.projection on seeded vectors")
    void projectionMatchesCommons() {
        Random random = new Random(Seeds.of(404));
        for (int n = 1; n <= 40; n++) {
            double[] u = randomVector(random, n);
            double[] v = randomVector(random, n);
            double[] expected = new ArrayRealVector(u).projection(new ArrayRealVector(v)).toArray();
            ArrayAssertions.assertClose("projection(u, v) of seeded vectors of length " + n, expected,
                    Vectors.projection(u, v), Tolerance.absolute(1e-12 * (new ArrayRealVector(u).getNorm() + 1)),
                    SQUARED + ". Or: " + SWAPPED);
        }
    }

    // ---------------------------------------------------------------- exact values and identities

    @Test
    @Points(2)
    @DisplayName("exact dot products: [1, 2, 3]·[4, −5, 6] = 12, orthogonal vectors give 0, a length-1 vector is a product")
    void exactDots() {
        ArrayAssertions.assertClose("dot([1, 2, 3], [4, -5, 6])", 12,
                Vectors.dot(new double[] {1, 2, 3}, new double[] {4, -5, 6}), Tolerance.absolute(0),
                "sum the products u[i] * v[i]; 4 - 10 + 18 = 12");
        ArrayAssertions.assertClose("dot([2, -3], [3, 2]) (orthogonal)", 0,
                Vectors.dot(new double[] {2, -3}, new double[] {3, 2}), Tolerance.absolute(0),
                "orthogonal vectors have dot product 0");
        ArrayAssertions.assertClose("dot([-2.5], [4])", -10, Vectors.dot(new double[] {-2.5}, new double[] {4}),
                Tolerance.absolute(0), "a vector of length 1 has one product");
    }

    @Test
    @Points(3)
    @DisplayName("the L1 and L∞ norms count negative components by their size: [−7, 2, −3] has L1 12 and L∞ 7")
    void normsUseAbsoluteValues() {
        double[] v = {-7, 2, -3};
        ArrayAssertions.assertClose("norm1([-7, 2, -3])", 12, Vectors.norm1(v), Tolerance.absolute(0), ABS);
        ArrayAssertions.assertClose("normInf([-7, 2, -3])", 7, Vectors.normInf(v), Tolerance.absolute(0),
                ABS + " (here the largest VALUE is 2, but the largest absolute value is 7)");
        ArrayAssertions.assertClose("norm2([-7, 2, -3])", Math.sqrt(62), Vectors.norm2(v), Tolerance.relative(1e-15),
                "norm2 = sqrt(49 + 4 + 9)");
        double[] negative = {-1, -2, -5};
        ArrayAssertions.assertClose("normInf([-1, -2, -5])", 5, Vectors.normInf(negative), Tolerance.absolute(0), ABS);
        Random random = new Random(Seeds.of(505));
        for (int trial = 0; trial < 30; trial++) {
            double[] w = randomVector(random, 1 + random.nextInt(20));
            double inf = Vectors.normInf(w);
            double two = Vectors.norm2(w);
            double one = Vectors.norm1(w);
            if (!(inf <= two * (1 + 1e-15) && two <= one * (1 + 1e-15))) {
                throw Failure.of("the norms of " + Arrays.toString(w) + " break ‖v‖∞ ≤ ‖v‖₂ ≤ ‖v‖₁")
                        .line("expected", "normInf <= norm2 <= norm1")
                        .line("actual", "normInf = " + inf + ", norm2 = " + two + ", norm1 = " + one)
                        .likelyMistake(ABS).error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("norm2 neither overflows nor underflows: ‖[3e200, 4e200]‖ = 5e200 and ‖[3e-200, 4e-200]‖ = 5e-200")
    void norm2WithoutOverflow() {
        String scale = "the squares overflow to Infinity (or underflow to 0) although the norm is representable:"
                + " divide by s = max |v_i| first, norm2 = s * sqrt(sum (v_i / s)^2)";
        ArrayAssertions.assertClose("norm2([3e200, 4e200])", 5e200, Vectors.norm2(new double[] {3e200, 4e200}),
                Tolerance.relative(1e-15), scale);
        ArrayAssertions.assertClose("norm2([3e-200, -4e-200])", 5e-200, Vectors.norm2(new double[] {3e-200, -4e-200}),
                Tolerance.relative(1e-15), scale);
        ArrayAssertions.assertClose("norm2([0, 0, 0])", 0, Vectors.norm2(new double[] {0, 0, 0}),
                Tolerance.absolute(0), "the zero vector has norm 0 (take care not to divide 0 by s = 0)");
    }

    @Test
    @Points(3)
    @DisplayName("exact cosines: 1 for the same direction, −1 opposite, 0 orthogonal, 1/√2 at 45°, 1/2 at 60°, never above 1")
    void exactCosines() {
        String formula = "cosine = u.v / (norm2(u) * norm2(v))";
        ArrayAssertions.assertClose("cosineSimilarity([1, 2, 3], [2, 4, 6])", 1,
                Vectors.cosineSimilarity(new double[] {1, 2, 3}, new double[] {2, 4, 6}), Tolerance.absolute(1e-15),
                formula + "; vectors pointing the same way have cosine 1 whatever their lengths");
        ArrayAssertions.assertClose("cosineSimilarity([1, 2], [-2, -4])", -1,
                Vectors.cosineSimilarity(new double[] {1, 2}, new double[] {-2, -4}), Tolerance.absolute(1e-15),
                formula + "; opposite vectors have cosine -1 (do not take absolute values)");
        ArrayAssertions.assertClose("cosineSimilarity([2, -3], [3, 2])", 0,
                Vectors.cosineSimilarity(new double[] {2, -3}, new double[] {3, 2}), Tolerance.absolute(1e-15),
                formula + "; orthogonal vectors have cosine 0");
        ArrayAssertions.assertClose("cosineSimilarity([1, 0], [1, 1])", 1 / Math.sqrt(2),
                Vectors.cosineSimilarity(new double[] {1, 0}, new double[] {1, 1}), Tolerance.absolute(1e-15),
                formula + " = 1 / sqrt(2) (divide by BOTH norms)");
        ArrayAssertions.assertClose("cosineSimilarity([1, 0], [1, sqrt(3)])", 0.5,
                Vectors.cosineSimilarity(new double[] {1, 0}, new double[] {1, Math.sqrt(3)}),
                Tolerance.absolute(1e-15), formula + " = 1 / 2");
        Random random = new Random(Seeds.of(606));
        for (int trial = 0; trial < 200; trial++) {
            double[] u = randomVector(random, 1 + random.nextInt(30));
            double c = random.nextDouble() * 1e3 + 1e-3;
            double[] scaled = Arrays.stream(u).map(x -> c * x).toArray();
            double cos = Vectors.cosineSimilarity(u, scaled);
            if (!(cos <= 1 && Math.abs(cos - 1) <= 1e-14)) {
                throw Failure.of("cosineSimilarity(u, " + c + " · u) is not 1 (or is above 1)")
                        .expected(1.0).actual(cos)
                        .likelyMistake("a vector and a positive multiple of it have cosine exactly 1; rounding can"
                                + " push u.v / (norm2(u) norm2(v)) just above 1, so clamp the result to [-1, 1]"
                                + " (callers take acos of it)").error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("cosine similarity ignores positive scaling, even of both vectors by 1e200")
    void cosineScaleInvariant() {
        double[] u = {1, 2, 2};
        double[] v = {2, -1, 4};
        double expected = 8.0 / (3 * Math.sqrt(21));
        for (double s : new double[] {1, 1e-200, 1e200}) {
            double[] su = Arrays.stream(u).map(x -> s * x).toArray();
            double[] sv = Arrays.stream(v).map(x -> s * x).toArray();
            ArrayAssertions.assertClose("cosineSimilarity(" + s + " · [1, 2, 2], " + s + " · [2, -1, 4])", expected,
                    Vectors.cosineSimilarity(su, sv), Tolerance.absolute(1e-14),
                    "u.v overflows (or underflows) at this scale although the cosine is just 8 / (3 sqrt(21)):"
                            + " divide u and v by their norms BEFORE the dot product, and compute norm2 without"
                            + " overflow");
        }
    }

    @Test
    @Points(3)
    @DisplayName("exact projections: [3, 4] on [1, 1] is [3.5, 3.5], [2, 3] on [5, 0] is [2, 0], and the residual is orthogonal to v")
    void exactProjections() {
        ArrayAssertions.assertClose("projection([3, 4], [1, 1])", new double[] {3.5, 3.5},
                Vectors.projection(new double[] {3, 4}, new double[] {1, 1}), Tolerance.absolute(1e-14),
                "(u.v / v.v) * v = (7 / 2) * [1, 1]. " + SQUARED);
        ArrayAssertions.assertClose("projection([2, 3], [5, 0])", new double[] {2, 0},
                Vectors.projection(new double[] {2, 3}, new double[] {5, 0}), Tolerance.absolute(1e-14),
                "(u.v / v.v) * v = (10 / 25) * [5, 0]. " + SQUARED + ". Or: " + SWAPPED);
        ArrayAssertions.assertClose("projection([1, 1, 1], [0, 0, -2])", new double[] {0, 0, 1},
                Vectors.projection(new double[] {1, 1, 1}, new double[] {0, 0, -2}), Tolerance.absolute(1e-14),
                "(u.v / v.v) * v = (-2 / 4) * [0, 0, -2]: projecting onto -v is the same as onto v. " + SQUARED);

        Random random = new Random(Seeds.of(707));
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + random.nextInt(10);
            double[] u = randomVector(random, n);
            double[] v = randomVector(random, n);
            double[] p = Vectors.projection(u, v);
            double[] residual = new double[n];
            for (int i = 0; i < n; i++) {
                residual[i] = u[i] - p[i];
            }
            double scale = new ArrayRealVector(u).getNorm() * new ArrayRealVector(v).getNorm();
            ArrayAssertions.assertClose("(u − projection(u, v))·v for seeded u, v of length " + n, 0,
                    plainDot(residual, v), Tolerance.absolute(1e-12 * scale),
                    "the residual of an orthogonal projection is orthogonal to v. " + SQUARED + ". Or: " + SWAPPED);
            ArrayAssertions.assertClose("projection(projection(u, v), v) (projecting twice)", p, Vectors.projection(p, v),
                    Tolerance.absolute(1e-12 * (new ArrayRealVector(u).getNorm() + 1)),
                    "a projection already lies on the line through v, so projecting it again changes nothing. "
                            + SQUARED);
        }
    }

    // ---------------------------------------------------------------- must catch: zero vectors, mismatches

    @Test
    @Points(4)
    @DisplayName("rejects the cosine similarity of a zero vector, as either argument, with an IllegalArgumentException")
    void rejectsZeroVectorCosine() {
        assertRejects("cosineSimilarity([1, 2, 3], [0, 0, 0])",
                () -> Vectors.cosineSimilarity(new double[] {1, 2, 3}, new double[] {0, 0, 0}),
                "the cosine of a zero vector is undefined", ZERO, "zero vector");
        assertRejects("cosineSimilarity([0, 0], [1, 1])",
                () -> Vectors.cosineSimilarity(new double[] {0, 0}, new double[] {1, 1}),
                "the cosine of a zero vector is undefined", ZERO, "zero vector");
        assertRejects("cosineSimilarity([0], [0])", () -> Vectors.cosineSimilarity(new double[] {0}, new double[] {0}),
                "the cosine of a zero vector is undefined", ZERO, "zero vector");
    }

    @Test
    @Points(2)
    @DisplayName("rejects the projection onto a zero vector with an IllegalArgumentException")
    void rejectsProjectionOntoZero() {
        assertRejects("projection([1, 2], [0, 0])", () -> Vectors.projection(new double[] {1, 2}, new double[] {0, 0}),
                "there is no line to project onto when v is the zero vector", ZERO, "zero vector");
        double[] zero = Vectors.projection(new double[] {0, 0}, new double[] {1, 2});
        ArrayAssertions.assertClose("projection([0, 0], [1, 2])", new double[] {0, 0}, zero, Tolerance.absolute(0),
                "projecting the zero vector u is fine: only v must be non-zero");
    }

    @Test
    @Points(4)
    @DisplayName("rejects vectors of different lengths in dot, cosine similarity and projection, naming both lengths")
    void rejectsLengthMismatch() {
        double[] three = {1, 2, 3};
        double[] two = {4, 5};
        assertRejects("dot([1, 2, 3], [4, 5])", () -> Vectors.dot(three, two), "u and v must have the same length",
                MISMATCH, "same length", "3", "2");
        assertRejects("dot([4, 5], [1, 2, 3])", () -> Vectors.dot(two, three), "u and v must have the same length",
                MISMATCH, "same length", "3", "2");
        assertRejects("cosineSimilarity([4, 5], [1, 2, 3])", () -> Vectors.cosineSimilarity(two, three),
                "u and v must have the same length", MISMATCH, "same length", "3", "2");
        assertRejects("projection([1, 2, 3], [4, 5])", () -> Vectors.projection(three, two),
                "u and v must have the same length", MISMATCH, "same length", "3", "2");
        assertRejects("projection([4, 5], [1, 2, 3])", () -> Vectors.projection(two, three),
                "u and v must have the same length", MISMATCH, "same length", "3", "2");
    }

    @Test
    @Points(2)
    @DisplayName("rejects null, empty and non-finite vectors with an IllegalArgumentException naming the bad value")
    void rejectsInvalidVectors() {
        String check = "validate each vector where it enters: not null, at least one component, every component finite";
        assertRejects("dot(null, [1])", () -> Vectors.dot(null, new double[] {1}), "u must not be null", check, "null");
        assertRejects("norm2(null)", () -> Vectors.norm2(null), "v must not be null", check, "null");
        assertRejects("norm1 of an empty vector", () -> Vectors.norm1(new double[0]),
                "a vector has at least 1 component", check, "empty");
        assertRejects("normInf([1, NaN])", () -> Vectors.normInf(new double[] {1, Double.NaN}),
                "components must be finite", check, "finite", "NaN");
        assertRejects("dot([1, 2], [3, Infinity])", () -> Vectors.dot(new double[] {1, 2},
                new double[] {3, Double.POSITIVE_INFINITY}), "components must be finite", check, "finite", "Infinity");
        assertRejects("cosineSimilarity([NaN, 1], [1, 1])", () -> Vectors.cosineSimilarity(
                new double[] {Double.NaN, 1}, new double[] {1, 1}), "components must be finite", check, "NaN");
    }

    @Test
    @Points(2)
    @DisplayName("leaves its arguments unchanged and returns a new array from projection")
    void inputsUnchanged() {
        double[] u = {3, -4, 12};
        double[] v = {1, 2, -2};
        double[] uCopy = u.clone();
        double[] vCopy = v.clone();
        Vectors.dot(u, v);
        Vectors.norm1(u);
        Vectors.norm2(u);
        Vectors.normInf(u);
        Vectors.cosineSimilarity(u, v);
        double[] p = Vectors.projection(u, v);
        String mutated = "work on local variables (or a copy): the caller's arrays must not change";
        ArrayAssertions.assertClose("u after every operation", uCopy, u, Tolerance.absolute(0), mutated);
        ArrayAssertions.assertClose("v after every operation", vCopy, v, Tolerance.absolute(0), mutated);
        if (p == u || p == v) {
            throw Failure.of("projection(u, v) returned one of its arguments")
                    .line("expected", "a new array")
                    .line("actual", p == u ? "the array u" : "the array v")
                    .likelyMistake("allocate the result: new double[v.length]").error();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A vector of {@code n} Gaussian components with a random scale between 1e-3 and 1e3. */
    private static double[] randomVector(Random random, int n) {
        double scale = Math.pow(10, 6 * random.nextDouble() - 3);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * random.nextGaussian();
        }
        return v;
    }

    private static double plainDot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double absDot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] * b[i]);
        }
        return sum;
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
                        .likelyMistake("say which rule was broken and by which value, e.g. \"u and v must have the"
                                + " same length, u has 3 and v has 2\"").error();
            }
        }
    }
}
