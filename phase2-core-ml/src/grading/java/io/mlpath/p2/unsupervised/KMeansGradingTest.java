package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of k-means (Lloyd + k-means++).
 *
 * <p>Oracles: Commons Math's {@code KMeansPlusPlusClusterer} (best inertia over five seeds) on a
 * seeded blob set and on Iris; the adjusted Rand index, computed here from the contingency table,
 * against the generating labels of well-separated blobs; the monotonicity of Lloyd's algorithm;
 * hand-traced runs from given centroids (empty cluster).
 */
@Challenge("p2.unsupervised.kmeans")
class KMeansGradingTest {

    private static final int RUNS = 5;
    private static final String PLUS_PLUS = "is the seeding k-means++ (each next seed drawn with probability "
            + "∝ D(x)², the squared distance to the nearest seed so far), not k uniformly drawn rows?";

    @Test
    @Points(4)
    @DisplayName("on a seeded set of four overlapping 2-D blobs (k = 4) the best inertia of five seeds is within 1 % "
            + "of Commons Math's KMeansPlusPlusClusterer (best of five seeds)")
    void blobInertiaMatchesCommons() {
        double[][] x = Blobs.generate(new double[][] {{0, 0}, {4, 0}, {0, 4}, {4, 4}}, 60, 1.2,
                new Random(Seeds.of(42))).x();
        assertInertiaNearCommons("four overlapping blobs", x, 4);
    }

    @Test
    @Points(4)
    @DisplayName("on Iris (k = 3) the best inertia of five seeds is within 1 % of Commons Math's "
            + "KMeansPlusPlusClusterer (best of five seeds, ≈ 78.85)")
    void irisInertiaMatchesCommons() {
        assertInertiaNearCommons("Iris", Datasets.iris().features(), 3);
    }

    @Test
    @Points(3)
    @DisplayName("inertia() is Σ‖xᵢ − μ_label(i)‖² over the returned labels and centroids, and every label is the "
            + "nearest centroid")
    void inertiaIsTheWithinClusterSumOfSquares() {
        double[][] x = Datasets.iris().features();
        KMeans model = new KMeans(3, 300, 1e-9, Seeds.of(3)).fit(x);
        double[][] mu = model.centroids();
        int[] labels = model.labels();
        double expected = 0;
        for (int i = 0; i < x.length; i++) {
            expected += squaredDistance(x[i], mu[labels[i]]);
            int nearest = nearest(x[i], mu);
            if (squaredDistance(x[i], mu[nearest]) < squaredDistance(x[i], mu[labels[i]]) - 1e-12) {
                throw Failure.of("row " + i + " is not labelled with its nearest centroid")
                        .expected(nearest).actual(labels[i])
                        .likelyMistake("labels() should be the assignment to the final centroids: assign once more "
                                + "after the last update")
                        .error();
            }
        }
        ArrayAssertions.assertClose("inertia on Iris", expected, model.inertia(), Tolerance.relative(1e-9),
                "the inertia is the sum of SQUARED Euclidean distances ‖x − μ‖², not of the distances");
    }

    @Test
    @Points(4)
    @DisplayName("k-means++ finds five well-separated blobs exactly (adjusted Rand index = 1) for each of ten seeds")
    void separatedBlobsAreRecovered() {
        double[][] centres = {{0, 0}, {30, 0}, {0, 30}, {30, 30}, {15, 60}};
        Blobs blobs = Blobs.generate(centres, 30, 0.5, new Random(Seeds.of(7)));
        for (int s = 0; s < 10; s++) {
            KMeans model = new KMeans(5, 100, 1e-9, Seeds.of(100 + s)).fit(blobs.x());
            double ari = adjustedRand(blobs.labels(), model.labels());
            if (!(Math.abs(ari - 1) < 1e-12)) {
                throw Failure.of("five blobs 30 apart (σ = 0.5) were not recovered with seed " + (100 + s))
                        .expected("adjusted Rand index 1").actual(ari)
                        .line("inertia", Double.toString(model.inertia()))
                        .likelyMistake(PLUS_PLUS + " Two seeds in one blob is a local optimum Lloyd cannot leave.")
                        .error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("the inertia never increases from one iteration to the next; the history has iterations() + 1 "
            + "entries and ends at inertia()")
    void inertiaNeverIncreases() {
        Random random = new Random(Seeds.of(11));
        double[][] uniform = new double[300][3];
        for (double[] row : uniform) {
            for (int f = 0; f < row.length; f++) {
                row[f] = random.nextDouble();
            }
        }
        for (double[][] x : new double[][][] {Datasets.iris().features(), uniform}) {
            for (int s = 0; s < 3; s++) {
                KMeans model = new KMeans(x == uniform ? 12 : 3, 300, 0, Seeds.of(s)).fit(x);
                double[] history = model.inertiaHistory();
                if (history.length != model.iterations() + 1) {
                    throw Failure.of("the inertia history has the wrong length")
                            .expected(model.iterations() + 1 + " (one entry for the seeds, one per update)")
                            .actual(history.length)
                            .likelyMistake("record the inertia after the first assign step and after every update")
                            .error();
                }
                for (int t = 1; t < history.length; t++) {
                    if (history[t] > history[t - 1] * (1 + 1e-12)) {
                        throw Failure.of("the inertia increased at iteration " + t)
                                .expected("at most " + history[t - 1]).actual(history[t])
                                .line("history", Arrays.toString(history))
                                .likelyMistake("assign every row to its NEAREST centroid and move each centroid to "
                                        + "the MEAN of its rows; both steps can only lower Σ‖x − μ‖²")
                                .error();
                    }
                }
                ArrayAssertions.assertClose("last history entry vs inertia()", history[history.length - 1],
                        model.inertia(), Tolerance.absolute(0), "inertia() is the last entry of the history");
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("an empty cluster is re-seeded, not left at NaN: {0}, {1}, {10}, {11} from centroids {0}, {1}, {100} "
            + "ends with three finite centroids, three non-empty clusters and inertia 0.5")
    void emptyClusterIsReseeded() {
        double[][] x = {{0}, {1}, {10}, {11}};
        KMeans model = new KMeans(3, 100, 0, 1).fit(x, new double[][] {{0}, {1}, {100}});
        double[][] mu = model.centroids();
        for (int j = 0; j < 3; j++) {
            if (!Double.isFinite(mu[j][0])) {
                throw Failure.of("centroid " + j + " is not finite")
                        .expected("a finite centroid").actual(Arrays.deepToString(mu))
                        .likelyMistake("the seed {100} wins no row in the first assign step, and the mean of no rows "
                                + "is 0/0 = NaN: re-seed an empty cluster with the row farthest from its centroid")
                        .error();
            }
        }
        int[] labels = model.labels();
        boolean[] used = new boolean[3];
        for (int label : labels) {
            used[label] = true;
        }
        if (!(used[0] && used[1] && used[2])) {
            throw Failure.of("a cluster ended empty")
                    .expected("labels using 0, 1 and 2").actual(Arrays.toString(labels))
                    .line("centroids", Arrays.deepToString(mu))
                    .likelyMistake("an empty cluster must be re-seeded with a data row (the farthest from its "
                            + "centroid), not kept at its old position or at NaN")
                    .error();
        }
        ArrayAssertions.assertClose("final inertia", 0.5, model.inertia(), Tolerance.absolute(1e-12),
                "with three clusters over {0, 1, 10, 11} the optimum puts one pair together: inertia 0.5");
        double[] history = model.inertiaHistory();
        for (int t = 1; t < history.length; t++) {
            if (history[t] > history[t - 1]) {
                throw Failure.of("the inertia increased at iteration " + t + " around the re-seeding")
                        .expected("at most " + history[t - 1]).actual(history[t])
                        .likelyMistake("move the re-seeded row into the empty cluster (its cost drops to 0)")
                        .error();
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("stops by the rules: maxIterations = 1 runs one update; a huge tolerance stops after the first "
            + "update; tolerance 0 ends at a fixed point where each centroid is the mean of its rows")
    void stoppingRules() {
        double[][] x = Datasets.iris().features();
        KMeans one = new KMeans(3, 1, 0, Seeds.of(5)).fit(x);
        assertIterations("maxIterations = 1", 1, one.iterations(), one.inertiaHistory().length);
        KMeans loose = new KMeans(3, 300, 1e6, Seeds.of(5)).fit(x);
        assertIterations("tolerance = 1e6", 1, loose.iterations(), loose.inertiaHistory().length);

        KMeans converged = new KMeans(3, 300, 0, Seeds.of(5)).fit(x);
        double[][] mu = converged.centroids();
        int[] labels = converged.labels();
        double[][] means = new double[3][4];
        int[] counts = new int[3];
        for (int i = 0; i < x.length; i++) {
            counts[labels[i]]++;
            for (int f = 0; f < 4; f++) {
                means[labels[i]][f] += x[i][f];
            }
        }
        for (int j = 0; j < 3; j++) {
            for (int f = 0; f < 4; f++) {
                means[j][f] /= counts[j];
            }
        }
        ArrayAssertions.assertClose("centroids at convergence vs the means of their clusters", means, mu,
                Tolerance.absolute(1e-9), "with tolerance 0 Lloyd stops only when no centroid moves: then each "
                        + "centroid is exactly the mean of its rows. Is the update the mean (sum / count)?");
    }

    @Test
    @Points(2)
    @DisplayName("predict gives each row its nearest centroid: the training rows get labels(), new rows the nearest "
            + "of centroids()")
    void predictUsesNearestCentroid() {
        double[][] x = Datasets.iris().features();
        KMeans model = new KMeans(3, 300, 1e-9, Seeds.of(9)).fit(x);
        int[] predicted = model.predict(x);
        if (!Arrays.equals(predicted, model.labels())) {
            throw Failure.of("predict on the training rows disagrees with labels()")
                    .expected(Arrays.toString(model.labels())).actual(Arrays.toString(predicted))
                    .likelyMistake("predict assigns to the nearest of the FINAL centroids, as the last assign step")
                    .error();
        }
        double[][] queries = {{5, 3.5, 1.5, 0.2}, {6, 2.8, 4.5, 1.4}, {7, 3, 6, 2.2}, {0, 0, 0, 0}};
        double[][] mu = model.centroids();
        int[] expected = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            expected[i] = nearest(queries[i], mu);
        }
        int[] actual = model.predict(queries);
        if (!Arrays.equals(expected, actual)) {
            throw Failure.of("predict does not return the nearest centroid of new rows")
                    .expected(Arrays.toString(expected)).actual(Arrays.toString(actual))
                    .likelyMistake("argmin over the centroids of the squared Euclidean distance").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("is deterministic and leaves its input alone: the same seed gives identical centroids, refitting "
            + "gives the same model, and centroids() is a copy")
    void deterministic() {
        double[][] x = Datasets.iris().features();
        double[][] copy = deepCopy(x);
        KMeans first = new KMeans(3, 300, 1e-9, Seeds.of(21)).fit(x);
        double[][] mu = first.centroids();
        KMeans second = new KMeans(3, 300, 1e-9, Seeds.of(21)).fit(x);
        ArrayAssertions.assertClose("centroids of a second model with the same seed", mu, second.centroids(),
                Tolerance.absolute(0), "create new Random(seed) inside fit, never a shared or unseeded generator");
        first.fit(x);
        ArrayAssertions.assertClose("centroids after fitting again", mu, first.centroids(), Tolerance.absolute(0),
                "fit starts from scratch with a fresh Random(seed)");
        ArrayAssertions.assertClose("x after fit", copy, x, Tolerance.absolute(0),
                "fit must not modify x: copy a row when it becomes a seed");
        double before = mu[0][0];
        mu[0][0] += 1000;
        ArrayAssertions.assertClose("centroids()[0][0] after the caller changed the returned array", before,
                first.centroids()[0][0], Tolerance.absolute(0), "return a deep copy");
    }

    @Test
    @Points(2)
    @DisplayName("rejects k < 1, maxIterations < 1, and a negative, NaN or infinite tolerance, naming the value")
    void rejectsBadHyperParameters() {
        Rejections.assertRejects("k = 0", () -> new KMeans(0, 10, 0, 1), "0", "k must be ≥ 1");
        Rejections.assertRejects("maxIterations = 0", () -> new KMeans(2, 0, 0, 1), "0", "maxIterations must be ≥ 1");
        Rejections.assertRejects("tolerance = -1", () -> new KMeans(2, 10, -1, 1), "-1", "tolerance must be ≥ 0");
        Rejections.assertRejects("tolerance = NaN", () -> new KMeans(2, 10, Double.NaN, 1), "NaN",
                "tolerance must be a number");
        Rejections.assertRejects("tolerance = Infinity", () -> new KMeans(2, 10, Double.POSITIVE_INFINITY, 1),
                "Infinity", "tolerance must be finite");
    }

    @Test
    @Points(3)
    @DisplayName("fit rejects null, empty, ragged or non-finite rows, fewer rows than k, and starting centroids of the "
            + "wrong count or width, naming the bad value")
    void rejectsBadData() {
        KMeans model = new KMeans(2, 10, 0, 1);
        Rejections.assertRejects("x = null", () -> model.fit(null), null, "check x for null");
        Rejections.assertRejects("x with no rows", () -> model.fit(new double[0][]), null, "x needs rows");
        Rejections.assertRejects("ragged x (row 2 has 1 value)", () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}),
                "2", "every row must have the same length");
        Rejections.assertRejects("x containing NaN", () -> model.fit(new double[][] {{1, 2}, {3, Double.NaN}}), "NaN",
                "values must be finite");
        Rejections.assertRejects("one row for k = 2", () -> model.fit(new double[][] {{1, 2}}), "1",
                "x needs at least k rows");
        double[][] x = {{0, 0}, {1, 1}, {5, 5}};
        Rejections.assertRejects("3 starting centroids for k = 2",
                () -> model.fit(x, new double[][] {{0, 0}, {1, 1}, {2, 2}}), "3", "k starting centroids");
        Rejections.assertRejects("starting centroids of width 3 for 2-D rows",
                () -> model.fit(x, new double[][] {{0, 0, 0}, {1, 1, 1}}), "3", "centroids as wide as the rows");
    }

    @Test
    @Points(2)
    @DisplayName("refuses labels, inertia and predict before fit (IllegalStateException) and rejects query rows of "
            + "the wrong width (IllegalArgumentException)")
    void rejectsBadQueries() {
        Rejections.assertThrowsState("labels() before fit", () -> new KMeans(2, 10, 0, 1).labels());
        Rejections.assertThrowsState("inertia() before fit", () -> new KMeans(2, 10, 0, 1).inertia());
        Rejections.assertThrowsState("predict before fit", () -> new KMeans(2, 10, 0, 1).predict(new double[][] {{1}}));
        KMeans model = new KMeans(2, 10, 0, 1).fit(new double[][] {{0, 0}, {1, 1}, {5, 5}});
        Rejections.assertRejects("a query row of length 3 after training on length 2",
                () -> model.predict(new double[][] {{1, 2, 3}}), "3", "rows must match the training dimension");
        Rejections.assertRejects("a query row with NaN", () -> model.predict(new double[][] {{1, Double.NaN}}), "NaN",
                "values must be finite");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertInertiaNearCommons(String what, double[][] x, int k) {
        List<DoublePoint> points = new ArrayList<>();
        for (double[] row : x) {
            points.add(new DoublePoint(row));
        }
        double commons = Double.POSITIVE_INFINITY;
        for (int s = 0; s < RUNS; s++) {
            List<CentroidCluster<DoublePoint>> clusters = new KMeansPlusPlusClusterer<DoublePoint>(k, 300,
                    new EuclideanDistance(), new JDKRandomGenerator((int) Seeds.of(s))).cluster(points);
            double inertia = 0;
            for (CentroidCluster<DoublePoint> cluster : clusters) {
                for (DoublePoint p : cluster.getPoints()) {
                    inertia += squaredDistance(p.getPoint(), cluster.getCenter().getPoint());
                }
            }
            commons = Math.min(commons, inertia);
        }
        double best = Double.POSITIVE_INFINITY;
        double[] all = new double[RUNS];
        for (int s = 0; s < RUNS; s++) {
            all[s] = new KMeans(k, 300, 1e-9, Seeds.of(1000 + s)).fit(x).inertia();
            best = Math.min(best, all[s]);
        }
        if (!(best <= commons * 1.01)) {
            throw Failure.of("the best inertia of five seeds on " + what + " is more than 1 % above Commons Math's")
                    .expected("at most " + commons * 1.01 + " (Commons KMeansPlusPlusClusterer best: " + commons + ")")
                    .actual(best)
                    .line("your runs", Arrays.toString(all))
                    .likelyMistake("is the inertia Σ‖x − μ‖² (squared distances)? Does the update move each "
                            + "centroid to the mean of its rows? " + PLUS_PLUS)
                    .error();
        }
    }

    private static void assertIterations(String setting, int expected, int iterations, int historyLength) {
        if (iterations != expected || historyLength != expected + 1) {
            throw Failure.of("with " + setting + " the run should stop after " + expected + " update")
                    .expected("iterations() = " + expected + ", history length " + (expected + 1))
                    .actual("iterations() = " + iterations + ", history length " + historyLength)
                    .likelyMistake("stop after maxIterations updates, or as soon as no centroid moved farther than "
                            + "tolerance in the last update")
                    .error();
        }
    }

    /** Adjusted Rand index (Hubert and Arabie, 1985) from the contingency table of two labelings. */
    static double adjustedRand(int[] a, int[] b) {
        int ka = Arrays.stream(a).max().orElse(0) + 1;
        int kb = Arrays.stream(b).max().orElse(0) + 1;
        long[][] table = new long[ka][kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
        }
        double index = 0;
        double[] rows = new double[ka];
        double[] cols = new double[kb];
        for (int i = 0; i < ka; i++) {
            for (int j = 0; j < kb; j++) {
                index += pairs(table[i][j]);
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        double sumRows = 0;
        double sumCols = 0;
        for (double r : rows) {
            sumRows += pairs(r);
        }
        for (double c : cols) {
            sumCols += pairs(c);
        }
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return sum;
    }

    static int nearest(double[] row, double[][] mu) {
        int best = 0;
        for (int j = 1; j < mu.length; j++) {
            if (squaredDistance(row, mu[j]) < squaredDistance(row, mu[best])) {
                best = j;
            }
        }
        return best;
    }

    static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** Isotropic Gaussian blobs: {@code perBlob} rows around each centre, with their generating labels. */
    record Blobs(double[][] x, int[] labels) {

        static Blobs generate(double[][] centres, int perBlob, double sigma, Random random) {
            double[][] x = new double[centres.length * perBlob][];
            int[] labels = new int[x.length];
            for (int c = 0; c < centres.length; c++) {
                for (int r = 0; r < perBlob; r++) {
                    double[] row = new double[centres[c].length];
                    for (int f = 0; f < row.length; f++) {
                        row[f] = centres[c][f] + sigma * random.nextGaussian();
                    }
                    x[c * perBlob + r] = row;
                    labels[c * perBlob + r] = c;
                }
            }
            return new Blobs(x, labels);
        }
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
