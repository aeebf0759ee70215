package io.mlpath.p2.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of the one-hot encoder. */
@Challenge("p2.features.preprocessing")
class OneHotEncoderTest {

    @Test
    @Points(1)
    @DisplayName("species and island become sorted indicator blocks; under IGNORE the unknown Chinstrap is all zeros")
    void encodesSortedCategoriesAndIgnoresUnknownOnes() {
        OneHotEncoder encoder = new OneHotEncoder(OneHotEncoder.Unknown.IGNORE)
                .fit(new String[][] {{"Gentoo", "Biscoe"}, {"Adelie", "Dream"}, {"Adelie", "Biscoe"}});

        assertThat(encoder.categories())
                .as("categories(): each column's distinct training values, sorted")
                .isEqualTo(List.of(List.of("Adelie", "Gentoo"), List.of("Biscoe", "Dream")));
        ArrayAssertions.assertClose("transform({{Gentoo, Dream}, {Chinstrap, Biscoe}})",
                new double[][] {{0, 1, 0, 1}, {0, 0, 1, 0}},
                encoder.transform(new String[][] {{"Gentoo", "Dream"}, {"Chinstrap", "Biscoe"}}),
                Tolerance.absolute(0), "blocks (Adelie, Gentoo | Biscoe, Dream); Chinstrap is unknown, so its "
                        + "block is 0, 0 under IGNORE");
    }
}
