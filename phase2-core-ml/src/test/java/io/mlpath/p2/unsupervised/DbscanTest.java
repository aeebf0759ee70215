package io.mlpath.p2.unsupervised;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.p2.unsupervised.Dbscan.PointType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of DBSCAN. */
@Challenge("p2.unsupervised.dbscan")
class DbscanTest {

    @Test
    @Points(2)
    @DisplayName("{0}, {0.5}, {1}, {1.5}, {5} with eps = 0.6, minPts = 3: two core points, two border points "
            + "(one visited before its core neighbour) and one noise point")
    void coreBorderNoise() {
        Dbscan model = new Dbscan(0.6, 3).fit(new double[][] {{0}, {0.5}, {1}, {1.5}, {5}});

        // |N| (the point itself included) = 2, 3, 3, 2, 1
        assertThat(model.pointTypes()).as("point types")
                .containsExactly(PointType.BORDER, PointType.CORE, PointType.CORE, PointType.BORDER, PointType.NOISE);
        assertThat(model.labels()).as("labels: one cluster numbered 0, noise −1; {0} is a border point, not noise")
                .containsExactly(0, 0, 0, 0, Dbscan.NOISE);
        assertThat(model.clusterCount()).as("number of clusters").isEqualTo(1);
    }

    @Test
    @Points(1)
    @DisplayName("clusters are numbered in discovery order: with rows {20}, {10}, {10.1}, {10.2}, {0}, {0.1}, {0.2} "
            + "(eps = 0.15, minPts = 3) the labels are −1, 0, 0, 0, 1, 1, 1")
    void discoveryOrder() {
        Dbscan model = new Dbscan(0.15, 3).fit(new double[][] {{20}, {10}, {10.1}, {10.2}, {0}, {0.1}, {0.2}});

        assertThat(model.labels()).as("labels in discovery order (the scan visits rows by index)")
                .containsExactly(Dbscan.NOISE, 0, 0, 0, 1, 1, 1);
    }
}
