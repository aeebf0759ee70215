package io.mlpath.p2.unsupervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.p2.unsupervised.AgglomerativeClustering.Linkage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of agglomerative clustering. */
@Challenge("p2.unsupervised.hierarchical")
class AgglomerativeClusteringTest {

    /** Five points on a line: {0, 1} and {7, 8} are pairs, {3} sits between them, nearer the first pair. */
    private static final double[][] LINE = {{0}, {1}, {3}, {7}, {8}};

    @Test
    @Points(1)
    @DisplayName("single linkage on {0}, {1}, {3}, {7}, {8}: merges [0,1], [3,4], [2,5], [6,7] at heights 1, 1, 2, 4, "
            + "and cut(2) = {0, 0, 0, 1, 1}")
    void singleLinkage() {
        AgglomerativeClustering model = new AgglomerativeClustering(Linkage.SINGLE).fit(LINE);

        assertThat(model.merges()).as("merges: cluster 5 = {0,1}, 6 = {3,4}, 7 = {0,1,3}, 8 = everything")
                .isDeepEqualTo(new int[][] {{0, 1}, {3, 4}, {2, 5}, {6, 7}});
        ArrayAssertions.assertClose("single-linkage heights", new double[] {1, 1, 2, 4}, model.heights(),
                Tolerance.absolute(1e-12), "single linkage is the distance of the closest members: d({3}, {0,1}) "
                        + "= |3 − 1| = 2, d({7,8}, {0,1,3}) = |7 − 3| = 4");
        assertThat(model.cut(2)).as("two clusters, numbered by their smallest row").containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    @Points(2)
    @DisplayName("complete and average linkage on the same points: heights 1, 1, 3, 8 and 1, 1, 2.5, 37/6")
    void completeAndAverageLinkage() {
        ArrayAssertions.assertClose("complete-linkage heights", new double[] {1, 1, 3, 8},
                new AgglomerativeClustering(Linkage.COMPLETE).fit(LINE).heights(), Tolerance.absolute(1e-12),
                "complete linkage is the distance of the farthest members: d({3}, {0,1}) = 3, d({7,8}, {0,1,3}) = 8. "
                        + "Are the distances to a merged cluster updated after each merge?");
        ArrayAssertions.assertClose("average-linkage heights", new double[] {1, 1, 2.5, 37.0 / 6},
                new AgglomerativeClustering(Linkage.AVERAGE).fit(LINE).heights(), Tolerance.absolute(1e-12),
                "average linkage is the mean over member pairs: (3 + 2)/2 = 2.5, then (7+6+4+8+7+5)/6 = 37/6; "
                        + "weight the two merged clusters by their sizes");
    }
}
