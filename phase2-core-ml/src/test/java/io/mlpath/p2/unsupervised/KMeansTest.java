package io.mlpath.p2.unsupervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of k-means. */
@Challenge("p2.unsupervised.kmeans")
class KMeansTest {

    /** Two pairs on a line: the best split into two clusters is {0, 1} and {10, 11}. */
    private static final double[][] TWO_PAIRS = {{0}, {1}, {10}, {11}};

    @Test
    @Points(1)
    @DisplayName("{0}, {1}, {10}, {11} with k = 2 end at centroids 0.5 and 10.5 with inertia 4 · 0.25 = 1")
    void twoPairs() {
        KMeans model = new KMeans(2, 100, 1e-9, 42).fit(TWO_PAIRS);

        double[][] centroids = model.centroids();
        Arrays.sort(centroids, (a, b) -> Double.compare(a[0], b[0]));
        ArrayAssertions.assertClose("centroids, sorted", new double[][] {{0.5}, {10.5}}, centroids,
                Tolerance.absolute(1e-12), "each centroid is the mean of its rows: (0 + 1)/2 and (10 + 11)/2");
        ArrayAssertions.assertClose("inertia Σ‖x − μ‖²", 1.0, model.inertia(), Tolerance.absolute(1e-12),
                "four rows, each 0.5 from its centroid: 4 · 0.5² = 1 (squared distances)");
        int[] labels = model.labels();
        assertThat(labels[0]).as("rows {0} and {1} share a cluster; labels were %s", Arrays.toString(labels))
                .isEqualTo(labels[1]);
        assertThat(labels[2]).as("rows {10} and {11} share the other cluster; labels were %s", Arrays.toString(labels))
                .isEqualTo(labels[3]).isNotEqualTo(labels[0]);
        assertThat(model.predict(new double[][] {{2}, {9}})).as("predict: {2} is nearest 0.5, {9} nearest 10.5")
                .containsExactly(labels[0], labels[2]);
    }

    @Test
    @Points(1)
    @DisplayName("from the seeds {0} and {1} the inertia history is 181 → 194/9 → 1 → 1 (the last update moves "
            + "nothing, so Lloyd stops)")
    void historyFromGivenSeeds() {
        KMeans model = new KMeans(2, 100, 0, 42).fit(TWO_PAIRS, new double[][] {{0}, {1}});

        // assign to the seeds: {0} and {1, 10, 11} → 0 + 0 + 9² + 10² = 181
        // update μ = 0, 22/3; assign {0, 1} and {10, 11} → 0 + 1² + (8/3)² + (11/3)² = 194/9
        // update μ = 0.5, 10.5; assign → 4 · 0.25 = 1; update moves nothing → stop
        ArrayAssertions.assertClose("inertia history", new double[] {181, 194.0 / 9, 1, 1},
                model.inertiaHistory(), Tolerance.absolute(1e-9),
                "entry 0 is the assignment to the seeds, then one entry after every update and re-assignment");
    }
}
