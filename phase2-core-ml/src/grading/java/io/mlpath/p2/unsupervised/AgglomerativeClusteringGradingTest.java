package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.Seeds;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p2.unsupervised.AgglomerativeClustering.Linkage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.CompleteLinkage;
import smile.clustering.linkage.SingleLinkage;
import smile.clustering.linkage.UPGMALinkage;

/**
 * Hidden tests of agglomerative clustering.
 *
 * <p>Oracles: Smile 3.1.1's {@code HierarchicalClustering} with {@code SingleLinkage},
 * {@code CompleteLinkage} and {@code UPGMALinkage} (merge pairs, heights, and {@code partition(k)});
 * Smile keeps distances in {@code float}, so heights agree to about 1e-7 relative and are compared
 * at 1e-5. Ties make the tree ambiguous, so the Smile comparison of complete and average linkage runs
 * on seeded continuous data; on Iris the heights are checked against definitions computed here
 * in double precision: the minimum, maximum or mean distance between the members of the two merged
 * clusters, and for single linkage the edge weights of a minimum spanning tree (Prim).
 */
@Challenge("p2.unsupervised.hierarchical")
class AgglomerativeClusteringGradingTest {

    private static final String UPDATE = "after merging i and j, update the distance from every other cluster k to "
            + "the merged one (Lance–Williams: single min, complete max, average (nᵢ·d(k,i) + nⱼ·d(k,j))/(nᵢ + nⱼ))";

    @Test
    @Points(3)
    @DisplayName("single linkage on seeded 2-D blobs: the merges and heights equal Smile's HierarchicalClustering "
            + "(SingleLinkage)")
    void singleMatchesSmile() {
        double[][] x = blobs(new Random(Seeds.of(42)));
        assertMatchesSmile(Linkage.SINGLE, x, HierarchicalClustering.fit(SingleLinkage.of(x)));
    }

    @Test
    @Points(3)
    @DisplayName("complete linkage on seeded 2-D blobs: the merges and heights equal Smile's HierarchicalClustering "
            + "(CompleteLinkage)")
    void completeMatchesSmile() {
        double[][] x = blobs(new Random(Seeds.of(42)));
        assertMatchesSmile(Linkage.COMPLETE, x, HierarchicalClustering.fit(CompleteLinkage.of(x)));
    }

    @Test
    @Points(3)
    @DisplayName("average linkage on seeded 2-D blobs: the merges and heights equal Smile's HierarchicalClustering "
            + "(UPGMALinkage, size-weighted)")
    void averageMatchesSmile() {
        double[][] x = blobs(new Random(Seeds.of(42)));
        assertMatchesSmile(Linkage.AVERAGE, x, HierarchicalClustering.fit(UPGMALinkage.of(x)));
    }

    @Test
    @Points(3)
    @DisplayName("on seeded blobs cut(k) for k = 2 … 6 equals Smile's partition(k) up to renaming, numbered by each "
            + "group's smallest row")
    void cutMatchesSmile() {
        double[][] x = blobs(new Random(Seeds.of(7)));
        HierarchicalClustering smile = HierarchicalClustering.fit(CompleteLinkage.of(x));
        AgglomerativeClustering model = new AgglomerativeClustering(Linkage.COMPLETE).fit(x);
        for (int k = 2; k <= 6; k++) {
            int[] mine = model.cut(k);
            int[] expected = renumber(smile.partition(k));
            if (!Arrays.equals(expected, mine)) {
                int at = Arrays.mismatch(expected, mine);
                throw Failure.of("cut(" + k + ") differs from Smile's partition(" + k + ") at row " + at
                                + " (both numbered by smallest row)")
                        .expected(Arrays.toString(expected)).actual(Arrays.toString(mine))
                        .likelyMistake("apply exactly the first n − k merges (union-find over the cluster ids) and "
                                + "number the groups 0, 1, … in order of their smallest row index")
                        .error();
            }
        }
    }

    @Test
    @Points(4)
    @DisplayName("on Iris every merge height is the linkage of the two merged clusters' members: the minimum (single), "
            + "maximum (complete) or mean (average) of their pairwise distances")
    void heightsAreLinkagesOfTheMembers() {
        double[][] x = Datasets.iris().features();
        for (Linkage linkage : Linkage.values()) {
            AgglomerativeClustering model = new AgglomerativeClustering(linkage).fit(x);
            int[][] merges = model.merges();
            double[] heights = model.heights();
            List<List<Integer>> members = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                members.add(List.of(i));
            }
            for (int t = 0; t < merges.length; t++) {
                List<Integer> a = members.get(merges[t][0]);
                List<Integer> b = members.get(merges[t][1]);
                double min = Double.POSITIVE_INFINITY;
                double max = 0;
                double sum = 0;
                for (int i : a) {
                    for (int j : b) {
                        double d = distance(x[i], x[j]);
                        min = Math.min(min, d);
                        max = Math.max(max, d);
                        sum += d;
                    }
                }
                double expected = switch (linkage) {
                    case SINGLE -> min;
                    case COMPLETE -> max;
                    case AVERAGE -> sum / (a.size() * b.size());
                };
                if (!Tolerance.absolute(1e-9).accepts(expected, heights[t])) {
                    throw Failure.of(linkage + " linkage: merge " + t + " of clusters " + merges[t][0] + " (size "
                                    + a.size() + ") and " + merges[t][1] + " (size " + b.size()
                                    + ") has the wrong height")
                            .expected(expected + " (" + linkage.name().toLowerCase() + " linkage of their members)")
                            .actual(heights[t])
                            .likelyMistake(UPDATE)
                            .error();
                }
                List<Integer> merged = new ArrayList<>(a);
                merged.addAll(b);
                members.add(merged);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("single linkage on Iris: the heights are the edge weights of a minimum spanning tree, in "
            + "increasing order, and match Smile's heights")
    void singleLinkageIsTheMinimumSpanningTree() {
        double[][] x = Datasets.iris().features();
        int n = x.length;
        double[] best = new double[n];
        boolean[] inTree = new boolean[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        double[] edges = new double[n - 1];
        for (int step = 0; step < n; step++) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!inTree[i] && (next < 0 || best[i] < best[next])) {
                    next = i;
                }
            }
            inTree[next] = true;
            if (step > 0) {
                edges[step - 1] = best[next];
            }
            for (int i = 0; i < n; i++) {
                if (!inTree[i]) {
                    best[i] = Math.min(best[i], distance(x[next], x[i]));
                }
            }
        }
        Arrays.sort(edges);
        double[] heights = new AgglomerativeClustering(Linkage.SINGLE).fit(x).heights();
        ArrayAssertions.assertClose("single-linkage heights on Iris vs sorted MST edge weights", edges, heights,
                Tolerance.absolute(1e-12), "single linkage merges along a minimum spanning tree: the new distance "
                        + "to a merged cluster is min(d(k,i), d(k,j)). " + UPDATE);
        ArrayAssertions.assertClose("single-linkage heights on Iris vs Smile", HierarchicalClustering.fit(
                SingleLinkage.of(x)).height(), heights, Tolerance.relative(1e-5), UPDATE);
    }

    @Test
    @Points(2)
    @DisplayName("the heights never decrease for single, complete and average linkage, and there are n − 1 merges "
            + "creating ids n, n + 1, …")
    void heightsAreMonotone() {
        double[][] x = Datasets.iris().features();
        for (Linkage linkage : Linkage.values()) {
            AgglomerativeClustering model = new AgglomerativeClustering(linkage).fit(x);
            double[] heights = model.heights();
            int[][] merges = model.merges();
            if (heights.length != x.length - 1 || merges.length != x.length - 1) {
                throw Failure.of(linkage + ": wrong number of merges")
                        .expected(x.length - 1).actual(merges.length + " merges, " + heights.length + " heights")
                        .likelyMistake("n rows need exactly n − 1 merges to end in one cluster").error();
            }
            boolean[] used = new boolean[2 * x.length - 1];
            for (int t = 0; t < merges.length; t++) {
                if (t > 0 && heights[t] < heights[t - 1]) {
                    throw Failure.of(linkage + ": the height decreased at merge " + t)
                            .expected("at least " + heights[t - 1]).actual(heights[t])
                            .likelyMistake("merge the CLOSEST active pair each time. " + UPDATE).error();
                }
                for (int c : merges[t]) {
                    if (c < 0 || c >= x.length + t || used[c]) {
                        throw Failure.of(linkage + ": merge " + t + " uses cluster id " + c)
                                .expected("an id of a live cluster: a row 0 … n−1, or n + s for an earlier merge s")
                                .actual(Arrays.toString(merges[t]))
                                .likelyMistake("give the cluster created by merge t the id n + t, and never merge a "
                                        + "cluster twice").error();
                    }
                    used[c] = true;
                }
                if (merges[t][0] >= merges[t][1]) {
                    throw Failure.of(linkage + ": merge " + t + " is not written smaller id first")
                            .expected("[a, b] with a < b").actual(Arrays.toString(merges[t]))
                            .likelyMistake("write each pair as (min id, max id)").error();
                }
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("cut(n) gives every row its own cluster 0 … n−1, cut(1) puts all rows in cluster 0, and one row "
            + "makes a tree with no merges")
    void cutEdgeCases() {
        double[][] x = {{0}, {1}, {3}, {7}, {8}};
        AgglomerativeClustering model = new AgglomerativeClustering(Linkage.AVERAGE).fit(x);
        assertLabels("cut(5)", new int[] {0, 1, 2, 3, 4}, model.cut(5), "cut(n) applies no merge");
        assertLabels("cut(1)", new int[] {0, 0, 0, 0, 0}, model.cut(1), "cut(1) applies all n − 1 merges");
        AgglomerativeClustering single = new AgglomerativeClustering(Linkage.SINGLE).fit(new double[][] {{4, 2}});
        if (single.merges().length != 0 || single.heights().length != 0) {
            throw Failure.of("one row should give an empty merge history")
                    .expected("0 merges").actual(single.merges().length + " merges")
                    .likelyMistake("loop n − 1 times").error();
        }
        assertLabels("cut(1) of one row", new int[] {0}, single.cut(1), "one row is one cluster");
    }

    @Test
    @Points(2)
    @DisplayName("leaves its input alone and returns copies: x is unchanged, and changing merges() or heights() does "
            + "not change the model")
    void copies() {
        double[][] x = blobs(new Random(Seeds.of(5)));
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        AgglomerativeClustering model = new AgglomerativeClustering(Linkage.AVERAGE).fit(x);
        if (!Arrays.deepEquals(copy, x)) {
            throw Failure.of("fit modified x").likelyMistake("work on your own distance matrix").error();
        }
        double[] heights = model.heights();
        double first = heights[0];
        heights[0] = -1;
        int[][] merges = model.merges();
        int pair = merges[0][0];
        merges[0][0] = -1;
        ArrayAssertions.assertClose("heights()[0] after the caller changed the returned array", first,
                model.heights()[0], Tolerance.absolute(0), "return a copy");
        if (model.merges()[0][0] != pair) {
            throw Failure.of("merges() returned the model's own array").expected(pair).actual(model.merges()[0][0])
                    .likelyMistake("return a deep copy").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects a null linkage, null, empty, ragged or non-finite rows, and cut(k) outside 1 … n, naming "
            + "the bad value; cut before fit is an IllegalStateException")
    void rejectsBadInput() {
        Rejections.assertRejects("linkage = null", () -> new AgglomerativeClustering(null), null, "linkage is required");
        AgglomerativeClustering model = new AgglomerativeClustering(Linkage.SINGLE);
        Rejections.assertRejects("x = null", () -> model.fit(null), null, "check x for null");
        Rejections.assertRejects("x with no rows", () -> model.fit(new double[0][]), null, "x needs rows");
        Rejections.assertRejects("ragged x (row 2 has 1 value)", () -> model.fit(new double[][] {{1, 2}, {3, 4}, {5}}),
                "2", "every row must have the same length");
        Rejections.assertRejects("x containing NaN", () -> model.fit(new double[][] {{1, 2}, {3, Double.NaN}}), "NaN",
                "values must be finite");
        Rejections.assertThrowsState("cut before fit", () -> new AgglomerativeClustering(Linkage.SINGLE).cut(1));
        AgglomerativeClustering fitted = new AgglomerativeClustering(Linkage.SINGLE)
                .fit(new double[][] {{0}, {1}, {2}});
        Rejections.assertRejects("cut(0)", () -> fitted.cut(0), "0", "k must be ≥ 1");
        Rejections.assertRejects("cut(4) with 3 rows", () -> fitted.cut(4), "4", "k must be ≤ n");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    private static void assertMatchesSmile(Linkage linkage, double[][] x, HierarchicalClustering smile) {
        AgglomerativeClustering model = new AgglomerativeClustering(linkage).fit(x);
        double[] heights = model.heights();
        ArrayAssertions.assertClose(linkage + " heights vs Smile", smile.height(), heights, Tolerance.relative(1e-5),
                UPDATE + (linkage == Linkage.AVERAGE ? "; average linkage weights by the cluster SIZES (UPGMA), not "
                        + "½ and ½" : ""));
        int[][] tree = smile.tree();
        int[][] merges = model.merges();
        for (int t = 0; t < tree.length; t++) {
            int[] expected = {Math.min(tree[t][0], tree[t][1]), Math.max(tree[t][0], tree[t][1])};
            if (!Arrays.equals(expected, merges[t])) {
                throw Failure.of(linkage + " merge " + t + " differs from Smile's")
                        .expected(Arrays.toString(expected)).actual(Arrays.toString(merges[t]))
                        .likelyMistake("ids: rows are 0 … n−1 and merge t creates n + t; pairs are written smaller "
                                + "id first. " + UPDATE)
                        .error();
            }
        }
    }

    private static void assertLabels(String what, int[] expected, int[] actual, String mistake) {
        if (!Arrays.equals(expected, actual)) {
            throw Failure.of(what + " differs").expected(Arrays.toString(expected)).actual(Arrays.toString(actual))
                    .likelyMistake(mistake).error();
        }
    }

    /** Renames the groups of a partition 0, 1, … by their smallest row. */
    private static int[] renumber(int[] labels) {
        Map<Integer, Integer> names = new HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = names.computeIfAbsent(labels[i], key -> names.size());
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return Math.sqrt(sum);
    }

    /** 60 rows: four Gaussian blobs (σ = 1) around (0, 0), (6, 0), (0, 6), (6, 6); no distance ties. */
    private static double[][] blobs(Random random) {
        double[][] centres = {{0, 0}, {6, 0}, {0, 6}, {6, 6}};
        double[][] x = new double[60][];
        for (int i = 0; i < x.length; i++) {
            double[] c = centres[i % 4];
            x[i] = new double[] {c[0] + random.nextGaussian(), c[1] + random.nextGaussian()};
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
