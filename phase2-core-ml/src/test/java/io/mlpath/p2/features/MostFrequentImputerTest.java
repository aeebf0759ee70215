package io.mlpath.p2.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A worked example of the most-frequent imputer. */
@Challenge("p2.features.preprocessing")
class MostFrequentImputerTest {

    @Test
    @Points(1)
    @DisplayName("fills null with the most frequent category; a 2 : 2 tie goes to the smaller string")
    void fillsWithTheMode() {
        MostFrequentImputer imputer = new MostFrequentImputer().fit(new String[][] {
                {"male", "Dream"}, {null, "Biscoe"}, {"female", "Dream"}, {"male", null}, {"female", "Biscoe"}});

        assertThat(imputer.statistics())
                .as("statistics(): both columns tie 2 : 2, so the smaller value wins")
                .containsExactly("female", "Biscoe");
        assertThat(imputer.transform(new String[][] {{null, "Torgersen"}})[0])
                .as("transform({{null, Torgersen}}): null filled, present values kept")
                .containsExactly("female", "Torgersen");
    }
}
