package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the nearest-neighbour search and its tie rule.
 *
 * <p>Oracles: Commons Math's {@code EuclideanDistance}; the definition of the tie rule (all rows
 * sorted by the pair (squared distance, index) with a stable full sort) on seeded integer grids,
 * where many distances are exactly equal; hand examples.
 */
@Challenge("p2.supervised.knn")
class NearestNeighboursGradingTest {

    private static final String TIE_MISTAKE = KnnClassifierGradingTest.TIE_MISTAKE;

    @Test
    @Points(2)
    @DisplayName("distance is the Euclidean √Σ(aⱼ − bⱼ)²: it equals Commons Math's EuclideanDistance on seeded "
            + "random points, and d((0, 0), (3, 4)) = 5")
    void distanceIsEuclidean() {
        ArrayAssertions.assertClose("distance((0, 0), (3, 4))", 5.0,
                NearestNeighbours.distance(new double[] {0, 0}, new double[] {3, 4}), Tolerance.absolute(0),
                "d = √(3² + 4²) = 5: square the differences, sum, take the square root");
        Random random = new Random(Seeds.of(5));
        EuclideanDistance commons = new EuclideanDistance();
        for (int t = 0; t < 50; t++) {
            double[] a = random.doubles(7, -100, 100).toArray();
            double[] b = random.doubles(7, -100, 100).toArray();
            ArrayAssertions.assertClose("distance of random 7-D points (trial " + t + ")", commons.compute(a, b),
                    NearestNeighbours.distance(a, b), Tolerance.relative(1e-14),
                    "the Euclidean distance is the square root of the sum of squared differences");
        }
    }

    @Test
    @Points(4)
    @DisplayName("nearest returns the k rows sorted by (distance, row index) on seeded integer grids full of exact "
            + "ties, for k = 1 … 12")
    void sortsByDistanceThenIndex() {
        Random random = new Random(Seeds.of(11));
        for (int trial = 0; trial < 20; trial++) {
            double[][] x = new double[40][2];
            for (double[] row : x) {
                row[0] = random.nextInt(5);
                row[1] = random.nextInt(5);
            }
            double[] query = {random.nextInt(5), random.nextInt(5)};
            int k = 1 + random.nextInt(12);
            int[] expected = IntStream.range(0, x.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> squared(x[i], query)).thenComparingInt(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            int[] actual = NearestNeighbours.nearest(x, query, k, -1);
            if (!Arrays.equals(expected, actual)) {
                throw Failure.of("nearest(x, " + Arrays.toString(query) + ", k = " + k + ") on a 40-row integer grid "
                                + "(trial " + trial + ")")
                        .expected(Arrays.toString(expected))
                        .actual(Arrays.toString(actual))
                        .line("distances", distances(x, query, expected) + " (expected) vs "
                                + distances(x, query, actual) + " (yours)")
                        .likelyMistake(TIE_MISTAKE + "; return them nearest first")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the documented example: rows (0, 0), (3, 4), (1, 0), (0, 1) and query (0, 0) give {0, 2, 3} for "
            + "k = 3 and {2, 3} with row 0 excluded")
    void workedExample() {
        double[][] x = {{0, 0}, {3, 4}, {1, 0}, {0, 1}};
        double[] query = {0, 0};
        int[] three = NearestNeighbours.nearest(x, query, 3, -1);
        int[] excluded = NearestNeighbours.nearest(x, query, 2, 0);
        if (!Arrays.equals(new int[] {0, 2, 3}, three) || !Arrays.equals(new int[] {2, 3}, excluded)) {
            throw Failure.of("nearest on the documented example")
                    .expected("[0, 2, 3] and [2, 3]")
                    .actual(Arrays.toString(three) + " and " + Arrays.toString(excluded))
                    .likelyMistake("distances 0, 5, 1, 1: rows 2 and 3 tie, the smaller index first; exclude = 0 "
                            + "skips row 0 only")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("exclude skips exactly that row: with x = 0, 0, 0 (three identical rows) exclude = 1 returns "
            + "{0, 2}, and exclude = −1 can return every row")
    void excludeSkipsOnlyThatRow() {
        double[][] x = {{0}, {0}, {0}};
        int[] excluded = NearestNeighbours.nearest(x, new double[] {0}, 2, 1);
        int[] all = NearestNeighbours.nearest(x, new double[] {0}, 3, -1);
        if (!Arrays.equals(new int[] {0, 2}, excluded) || !Arrays.equals(new int[] {0, 1, 2}, all)) {
            throw Failure.of("nearest among three identical rows")
                    .expected("[0, 2] (exclude = 1) and [0, 1, 2] (exclude = −1)")
                    .actual(Arrays.toString(excluded) + " and " + Arrays.toString(all))
                    .likelyMistake("skip the row whose INDEX is exclude, not every row at distance 0; −1 means "
                            + "nothing is excluded")
                    .error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects null, empty, ragged or non-finite x, a query of the wrong length, k out of 1 … n (n − 1 "
            + "with a row excluded) and an exclude index outside −1 … n − 1")
    void rejectsBadInput() {
        double[][] x = {{0, 0}, {1, 1}, {2, 2}};
        double[] q = {0, 0};
        Rejections.assertRejects("x = null", () -> NearestNeighbours.nearest(null, q, 1, -1), null, "check x");
        Rejections.assertRejects("x with no rows", () -> NearestNeighbours.nearest(new double[0][], q, 1, -1), null,
                "x needs at least one row");
        Rejections.assertRejects("ragged x (row 1 has 1 value)",
                () -> NearestNeighbours.nearest(new double[][] {{0, 0}, {1}}, q, 1, -1), "1", "rows of equal length");
        Rejections.assertRejects("x containing NaN",
                () -> NearestNeighbours.nearest(new double[][] {{0, Double.NaN}}, q, 1, -1), "NaN",
                "features must be finite");
        Rejections.assertRejects("a query of length 3", () -> NearestNeighbours.nearest(x, new double[] {0, 0, 0}, 1,
                -1), "3", "the query must have the rows' length");
        Rejections.assertRejects("k = 0", () -> NearestNeighbours.nearest(x, q, 0, -1), "0", "k ≥ 1");
        Rejections.assertRejects("k = 4 with 3 rows", () -> NearestNeighbours.nearest(x, q, 4, -1), "4", "k ≤ n");
        Rejections.assertRejects("k = 3 with 3 rows and one excluded", () -> NearestNeighbours.nearest(x, q, 3, 0),
                "3", "k ≤ n − 1 when a row is excluded");
        Rejections.assertRejects("exclude = 3 with 3 rows", () -> NearestNeighbours.nearest(x, q, 1, 3), "3",
                "exclude is −1 or a row index");
        Rejections.assertRejects("distance of points of lengths 2 and 3",
                () -> NearestNeighbours.distance(new double[] {0, 0}, new double[] {0, 0, 0}), "3",
                "both points need the same length");
    }

    private static double squared(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return sum;
    }

    private static String distances(double[][] x, double[] query, int[] rows) {
        return Arrays.toString(Arrays.stream(rows).mapToDouble(i -> Math.sqrt(squared(x[i], query))).toArray());
    }

    private static final class Rejections {

        private Rejections() {
        }

        static void assertRejects(String input, Runnable call, String mentions, String rule) {
            KnnClassifierGradingTest.Rejections.assertRejects(input, call, mentions, rule);
        }
    }
}
