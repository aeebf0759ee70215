package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.p2.unsupervised.Dbscan.PointType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.clustering.DBSCAN;
import smile.clustering.PartitionClustering;

/**
 * Hidden tests of DBSCAN.
 *
 * <p>Oracles: Smile 3.1.1's {@code DBSCAN} (whose {@code minPts} does not count the point itself,
 * so it runs with {@code minPts − 1}); partitions are compared up to renaming of the clusters, on
 * the core points (border points reachable from two clusters may legitimately go either way);
 * core and border status recomputed here from the definitions; hand-traced examples.
 */
@Challenge("p2.unsupervised.dbscan")
class DbscanGradingTest {

    private static final String BORDER = "a row visited before its core neighbour is provisionally noise; when a "
            + "cluster expands to it, it must be relabelled as a border point of that cluster";

    @Test
    @Points(4)
    @DisplayName("on seeded 2-D blobs with uniform background noise (eps = 0.6, minPts = 8) the clusters and the "
            + "noise match Smile's DBSCAN up to renaming")
    void blobsMatchSmile() {
        double[][] x = blobsWithNoise(new Random(Seeds.of(42)));
        assertMatchesSmile("blobs with noise", x, 0.6, 8);
    }

    @Test
    @Points(3)
    @DisplayName("on Iris (eps = 0.5, minPts = 5) the clusters and the noise match Smile's DBSCAN up to renaming")
    void irisMatchesSmile() {
        assertMatchesSmile("Iris", Datasets.iris().features(), 0.5, 5);
    }

    @Test
    @Points(4)
    @DisplayName("border points are not noise: {0}, {0.5}, {1}, {1.5}, {5} (eps = 0.6, minPts = 3) give labels "
            + "0, 0, 0, 0, −1 and types border, core, core, border, noise")
    void borderPointsJoinTheirCluster() {
        Dbscan model = new Dbscan(0.6, 3).fit(new double[][] {{0}, {0.5}, {1}, {1.5}, {5}});
        assertLabels("labels of {0}, {0.5}, {1}, {1.5}, {5}", new int[] {0, 0, 0, 0, -1}, model.labels(), BORDER);
        PointType[] expected = {PointType.BORDER, PointType.CORE, PointType.CORE, PointType.BORDER, PointType.NOISE};
        if (!Arrays.equals(expected, model.pointTypes())) {
            throw Failure.of("point types differ")
                    .expected(Arrays.toString(expected)).actual(Arrays.toString(model.pointTypes()))
                    .likelyMistake("|N(p)| counts p itself: 2, 3, 3, 2, 1 here, so only {0.5} and {1} are core; "
                            + "{0} and {1.5} are border (within eps of a core point), {5} is noise")
                    .error();
        }
    }

    @Test
    @Points(3)
    @DisplayName("every border point (non-core, within eps of a core point) carries the label of one of its core "
            + "neighbours, and only the other non-core points are noise, even when the rows are ordered so that "
            + "every non-core row is visited before any core row")
    void everyBorderPointIsClustered() {
        double[][] shuffled = blobsWithNoise(new Random(Seeds.of(42)));
        double eps = 0.6;
        int minPts = 8;
        boolean[] shuffledCore = core(shuffled, eps, minPts);
        double[][] x = new double[shuffled.length][];
        int r = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < shuffled.length; i++) {
                if (shuffledCore[i] == (pass == 1)) {
                    x[r++] = shuffled[i];
                }
            }
        }
        int[] labels = new Dbscan(eps, minPts).fit(x).labels();
        boolean[] core = core(x, eps, minPts);
        int borders = 0;
        for (int i = 0; i < x.length; i++) {
            if (core[i]) {
                continue;
            }
            boolean reachable = false;
            boolean sameLabel = false;
            for (int j = 0; j < x.length; j++) {
                if (core[j] && distance(x[i], x[j]) <= eps) {
                    reachable = true;
                    sameLabel |= labels[j] == labels[i];
                }
            }
            if (reachable && (labels[i] == Dbscan.NOISE || !sameLabel)) {
                throw Failure.of("border point " + i + " " + Arrays.toString(x[i]) + " has the wrong label (rows "
                                + "0 … " + (firstCore(core) - 1) + " are the non-core rows, visited first)")
                        .expected("the label of one of its core neighbours").actual(labels[i])
                        .likelyMistake(BORDER).error();
            }
            if (!reachable && labels[i] != Dbscan.NOISE) {
                throw Failure.of("point " + i + " " + Arrays.toString(x[i]) + " is not core and no core point is "
                                + "within eps, yet it is in a cluster")
                        .expected(Dbscan.NOISE).actual(labels[i])
                        .likelyMistake("only core points expand a cluster; a border point joins, it does not expand")
                        .error();
            }
            borders += reachable ? 1 : 0;
        }
        if (borders == 0) {
            throw Failure.of("the test data has no border point")
                    .likelyMistake("(a problem of the test data, not of your code)").error();
        }
    }

    private static int firstCore(boolean[] core) {
        for (int i = 0; i < core.length; i++) {
            if (core[i]) {
                return i;
            }
        }
        return core.length;
    }

    @Test
    @Points(3)
    @DisplayName("minPts counts the point itself and eps is inclusive: {0}, {0.5}, {3} (eps = 1) give 0, 0, −1 with "
            + "minPts = 2 and 0, 0, 1 with minPts = 1; {0}, {1}, {2} (eps = 1, minPts = 3) form one cluster")
    void minPtsCountsThePointItself() {
        double[][] x = {{0}, {0.5}, {3}};
        assertLabels("labels with minPts = 2", new int[] {0, 0, -1}, new Dbscan(1, 2).fit(x).labels(),
                "N(p) includes p: {0} and {0.5} each have |N| = 2 ≥ minPts, so both are core");
        assertLabels("labels with minPts = 1", new int[] {0, 0, 1}, new Dbscan(1, 1).fit(x).labels(),
                "with minPts = 1 every point is core, so the isolated {3} is a cluster of its own");
        assertLabels("labels of {0}, {1}, {2} with eps = 1, minPts = 3", new int[] {0, 0, 0},
                new Dbscan(1, 3).fit(new double[][] {{0}, {1}, {2}}).labels(),
                "a neighbour at distance exactly eps counts (‖p − q‖ ≤ eps), and p counts itself: |N({1})| = 3");
    }

    @Test
    @Points(2)
    @DisplayName("clusters are numbered 0, 1, … in the order the index scan discovers them, and clusterCount() is "
            + "their number")
    void discoveryOrderNumbering() {
        double[][] x = {{20}, {10}, {10.1}, {10.2}, {0}, {0.1}, {0.2}, {30}, {30.1}, {30.2}, {40}};
        Dbscan model = new Dbscan(0.15, 3).fit(x);
        assertLabels("labels", new int[] {-1, 0, 0, 0, 1, 1, 1, 2, 2, 2, -1}, model.labels(),
                "number a cluster when its first core point is found scanning rows 0, 1, 2, …; noise is −1");
        if (model.clusterCount() != 3) {
            throw Failure.of("clusterCount() is wrong").expected(3).actual(model.clusterCount())
                    .likelyMistake("count the clusters, not the noise").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic and leaves its input alone: fitting twice gives the same labels and x is "
            + "unchanged; labels() is a copy")
    void deterministic() {
        double[][] x = blobsWithNoise(new Random(Seeds.of(3)));
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        Dbscan model = new Dbscan(0.6, 8).fit(x);
        int[] first = model.labels();
        int[] again = model.fit(x).labels();
        assertLabels("labels after fitting again", first, again, "fit must start from scratch");
        if (!Arrays.deepEquals(copy, x)) {
            throw Failure.of("fit modified x").likelyMistake("never write into the caller's rows").error();
        }
        int[] mine = model.labels();
        mine[0] = 12345;
        assertLabels("labels() after the caller changed the returned array", first, model.labels(),
                "return a copy of the labels");
    }

    @Test
    @Points(2)
    @DisplayName("rejects eps ≤ 0, eps = NaN or ∞ and minPts < 1 with an IllegalArgumentException naming the value")
    void rejectsBadHyperParameters() {
        Rejections.assertRejects("eps = 0", () -> new Dbscan(0, 3), "0", "eps must be > 0");
        Rejections.assertRejects("eps = -1", () -> new Dbscan(-1, 3), "-1", "eps must be > 0");
        Rejections.assertRejects("eps = NaN", () -> new Dbscan(Double.NaN, 3), "NaN", "eps must be a number");
        Rejections.assertRejects("eps = Infinity", () -> new Dbscan(Double.POSITIVE_INFINITY, 3), "Infinity",
                "eps must be finite");
        Rejections.assertRejects("minPts = 0", () -> new Dbscan(1, 0), "0", "minPts must be ≥ 1");
    }

    @Test
    @Points(2)
    @DisplayName("fit rejects null, empty, ragged or non-finite rows naming the bad value, and labels() before fit "
            + "is an IllegalStateException")
    void rejectsBadData() {
        Dbscan model = new Dbscan(1, 2);
        Rejections.assertRejects("x = null", () -> model.fit(null), null, "check x for null");
        Rejections.assertRejects("x with no rows", () -> model.fit(new double[0][]), null, "x needs rows");
        Rejections.assertRejects("ragged x (row 2 has 1 value)", () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}),
                "2", "every row must have the same length");
        Rejections.assertRejects("x containing NaN", () -> model.fit(new double[][] {{1, 2}, {3, Double.NaN}}), "NaN",
                "values must be finite");
        Rejections.assertThrowsState("labels() before fit", () -> new Dbscan(1, 2).labels());
        Rejections.assertThrowsState("pointTypes() before fit", () -> new Dbscan(1, 2).pointTypes());
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertMatchesSmile(String what, double[][] x, double eps, int minPts) {
        int[] smile = DBSCAN.fit(x, minPts - 1, eps).y;
        int[] mine = new Dbscan(eps, minPts).fit(x).labels();
        boolean[] core = core(x, eps, minPts);
        Map<Integer, Integer> toSmile = new HashMap<>();
        Map<Integer, Integer> fromSmile = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            boolean smileNoise = smile[i] == PartitionClustering.OUTLIER;
            if (smileNoise != (mine[i] == Dbscan.NOISE)) {
                throw Failure.of(what + ": row " + i + " " + Arrays.toString(x[i]) + " is " + (smileNoise
                                ? "noise for Smile but not for you" : "noise for you but not for Smile"))
                        .expected(smileNoise ? "−1 (noise)" : "a cluster label").actual(mine[i])
                        .line("core?", core[i] + " (|N| counts the row itself, ≤ eps)")
                        .likelyMistake(smileNoise ? "only rows within eps of a core point join a cluster"
                                : BORDER + "; and minPts counts the point itself")
                        .error();
            }
            if (!core[i]) {
                continue;
            }
            Integer a = toSmile.putIfAbsent(mine[i], smile[i]);
            Integer b = fromSmile.putIfAbsent(smile[i], mine[i]);
            if ((a != null && a != smile[i]) || (b != null && b != mine[i]) || mine[i] == Dbscan.NOISE) {
                throw Failure.of(what + ": the core points are grouped differently from Smile's DBSCAN at row " + i)
                        .expected("a partition of the core points equal to Smile's up to renaming")
                        .actual("your label " + mine[i] + " at row " + i + ", already matched with Smile's "
                                + (a == null ? smile[i] : a))
                        .likelyMistake("a cluster grows through chains of CORE points: add the neighbours of every "
                                + "core point reached to the queue, and only of core points")
                        .error();
            }
        }
        int smileClusters = DBSCAN.fit(x, minPts - 1, eps).k;
        int clusters = Arrays.stream(mine).max().orElse(-1) + 1;
        if (clusters != smileClusters) {
            throw Failure.of(what + ": the number of clusters differs from Smile's")
                    .expected(smileClusters).actual(clusters)
                    .likelyMistake("number the clusters 0, 1, … without gaps").error();
        }
    }

    private static void assertLabels(String what, int[] expected, int[] actual, String mistake) {
        if (!Arrays.equals(expected, actual)) {
            int at = Arrays.mismatch(expected, actual);
            throw Failure.of(what + " differ" + (at >= 0 ? " at [" + at + "]" : ""))
                    .expected(Arrays.toString(expected)).actual(Arrays.toString(actual))
                    .likelyMistake(mistake).error();
        }
    }

    /** Core status from the definition: |{j : ‖xᵢ − xⱼ‖ ≤ eps}| ≥ minPts, i included. */
    private static boolean[] core(double[][] x, double eps, int minPts) {
        boolean[] core = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            int count = 0;
            for (double[] other : x) {
                count += distance(x[i], other) <= eps ? 1 : 0;
            }
            core[i] = count >= minPts;
        }
        return core;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return Math.sqrt(sum);
    }

    /** Three Gaussian blobs (σ = 0.6, 50 rows each) and 40 uniform background rows in [−4, 12]², shuffled. */
    private static double[][] blobsWithNoise(Random random) {
        double[][] centres = {{0, 0}, {6, 0}, {3, 6}};
        double[][] x = new double[centres.length * 50 + 40][];
        int r = 0;
        for (double[] centre : centres) {
            for (int i = 0; i < 50; i++) {
                x[r++] = new double[] {centre[0] + 0.6 * random.nextGaussian(), centre[1] + 0.6 * random.nextGaussian()};
            }
        }
        while (r < x.length) {
            x[r++] = new double[] {-4 + 16 * random.nextDouble(), -4 + 16 * random.nextDouble()};
        }
        for (int i = x.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
        return x;
    }

    /** Checks for rejected input, passing the learner's TODO through untouched. */
    static final class Rejections {

        private Rejections() {
        }

        static void assertRejects(String input, Runnable call, String mentions, String rule) {
            try {
                call.run();
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (message == null || message.isBlank() || (mentions != null && !message.contains(mentions))) {
                    throw Failure.of("the IllegalArgumentException for " + input + " does not name the bad value")
                            .expected("a message stating the rule" + (mentions == null ? "" : " and containing \""
                                    + mentions + "\""))
                            .actual(String.valueOf(message))
                            .likelyMistake("put the rule and the value in the message, e.g. \"" + rule + ", was …\"")
                            .error();
                }
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(input + " was rejected with the wrong exception")
                        .expected("IllegalArgumentException (" + rule + ")")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("validate the input where it enters and throw IllegalArgumentException")
                        .error();
            }
            throw Failure.of(input + " was accepted")
                    .expected("IllegalArgumentException (" + rule + ")")
                    .actual("no exception")
                    .likelyMistake("validate the input where it enters: " + rule)
                    .error();
        }

        static void assertThrowsState(String call, Runnable action) {
            try {
                action.run();
            } catch (IllegalStateException e) {
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(call + " threw the wrong exception")
                        .expected("IllegalStateException (the model is not fitted)")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("check that fit has run before using the model").error();
            }
            throw Failure.of(call + " did not fail")
                    .expected("IllegalStateException (the model is not fitted)")
                    .actual("no exception")
                    .likelyMistake("check that fit has run before using the model").error();
        }
    }
}
