package io.mlpath.p2.supervised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the random forest. */
@Challenge("p2.supervised.random-forest")
class RandomForestClassifierTest {

    @Test
    @Points(2)
    @DisplayName("a bootstrap sample of Wine's 178 rows draws 178 times with replacement: about 37 % of the rows "
            + "(e^−1) are out of bag, and some rows are drawn twice or more")
    void bootstrapSamplesWithReplacement() {
        ClassificationData wine = Datasets.wine();
        RandomForestClassifier forest = new RandomForestClassifier(20, RandomForestClassifier.SQRT_FEATURES, 10, 1, 42)
                .fit(wine.features(), wine.labels());

        double outOfBag = 0;
        for (int t = 0; t < 20; t++) {
            int[] counts = forest.inBagCounts(t);
            assertThat(Arrays.stream(counts).sum()).as("tree %d: the bootstrap draws n = 178 rows", t).isEqualTo(178);
            assertThat(Arrays.stream(counts).max().getAsInt())
                    .as("tree %d: the most often drawn row (with replacement, some row is drawn at least twice)", t)
                    .isGreaterThanOrEqualTo(2);
            outOfBag += Arrays.stream(counts).filter(c -> c == 0).count() / 178.0 / 20;
        }
        assertThat(outOfBag).as("mean fraction of rows out of bag, expected (1 − 1/178)^178 ≈ 0.367")
                .isBetween(0.33, 0.40);
    }

    @Test
    @Points(1)
    @DisplayName("on Wine, 50 trees give an out-of-bag accuracy above 0.9 and probabilities that sum to 1")
    void outOfBagScoreOnWine() {
        ClassificationData wine = Datasets.wine();
        RandomForestClassifier forest = new RandomForestClassifier(50, RandomForestClassifier.SQRT_FEATURES, 10, 1, 7)
                .fit(wine.features(), wine.labels());

        assertThat(forest.oobScore()).as("OOB accuracy: each row voted on by the trees that did not see it")
                .isBetween(0.9, 1.0);
        double[] first = forest.predictProba(new double[][] {wine.features()[0]})[0];
        assertThat(Arrays.stream(first).sum()).as("P(class) of row 0 summed over the 3 classes, %s",
                Arrays.toString(first)).isCloseTo(1.0, offset(1e-12));
    }
}
