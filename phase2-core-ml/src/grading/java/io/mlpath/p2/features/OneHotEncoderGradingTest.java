package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the one-hot encoder.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code OneHotEncoder} ({@code handle_unknown="error"} and
 * {@code "ignore"}) on Palmer Penguins (fixture {@code preprocessing-penguins.json}); closed forms
 * on small tables.
 */
@Challenge("p2.features.preprocessing")
class OneHotEncoderGradingTest {

    private static final String SORTED = "Each column's categories are its distinct training values sorted with "
            + "String.compareTo, and the output blocks follow the input columns in order";

    @Test
    @Points(3)
    @DisplayName("on Palmer Penguins (most-frequent-imputed, fitted on 2007–2008) the sorted categories and the "
            + "encoded 2009 rows equal scikit-learn's OneHotEncoder")
    void matchesSklearnOnPenguins() {
        StandardScalerGradingTest.Checks.Penguins penguins = StandardScalerGradingTest.Checks.penguins();
        Fixture fixture = penguins.fixture();
        String[][] train = fill(penguins.trainCategorical(), fixture);
        String[][] test = StandardScalerGradingTest.Checks.strings(fixture, "test_most_frequent_imputed");
        OneHotEncoder encoder = new OneHotEncoder(OneHotEncoder.Unknown.ERROR).fit(train);

        assertCategories(StandardScalerGradingTest.Checks.strings(fixture, "onehot_categories"), encoder.categories());
        ArrayAssertions.assertClose("transform of the 120 rows of 2009 (species, island, sex)",
                fixture.matrix("test_onehot"), encoder.transform(test), Tolerance.absolute(0),
                SORTED + "; the row's category gets a 1 in its own column of the block");
    }

    @Test
    @Points(3)
    @DisplayName("IGNORE encodes an unknown category as an all-zero block: fitted away from Dream, every Chinstrap "
            + "and every Dream penguin gets zeros there, as scikit-learn's handle_unknown=\"ignore\"")
    void ignoreGivesAllZeroBlocks() {
        StandardScalerGradingTest.Checks.Penguins penguins = StandardScalerGradingTest.Checks.penguins();
        String[][] all = speciesAndIsland(penguins.categorical());
        List<String[]> notDream = new ArrayList<>();
        for (String[] row : all) {
            if (!row[1].equals("Dream")) {
                notDream.add(row);
            }
        }
        OneHotEncoder encoder = new OneHotEncoder(OneHotEncoder.Unknown.IGNORE).fit(notDream.toArray(String[][]::new));

        assertCategories(StandardScalerGradingTest.Checks.strings(penguins.fixture(), "ignore_categories"),
                encoder.categories());
        ArrayAssertions.assertClose("transform of all 344 rows (species, island)",
                penguins.fixture().matrix("all_onehot_ignore"), encoder.transform(all), Tolerance.absolute(0),
                "under IGNORE a category the encoder never saw (Chinstrap, Dream) gives a block of zeros; "
                        + "it must not throw, and must not set a 1 in some other category's column");
    }

    @Test
    @Points(2)
    @DisplayName("ERROR rejects an unknown category with an IllegalArgumentException naming the value; the same "
            + "value passes as all zeros under IGNORE")
    void errorRejectsUnknownCategories() {
        String[][] train = {{"Gentoo", "Biscoe"}, {"Adelie", "Dream"}, {"Adelie", "Biscoe"}};
        String[][] query = {{"Gentoo", "Dream"}, {"Chinstrap", "Biscoe"}};
        OneHotEncoder strict = new OneHotEncoder(OneHotEncoder.Unknown.ERROR).fit(train);
        StandardScalerGradingTest.Checks.rejects("the unknown species 'Chinstrap' under ERROR",
                () -> strict.transform(query), "Chinstrap", "column 0 has the unknown category 'Chinstrap'");
        ArrayAssertions.assertClose("transform of {Gentoo, Dream} under ERROR", new double[][] {{0, 1, 0, 1}},
                strict.transform(new String[][] {{"Gentoo", "Dream"}}), Tolerance.absolute(0),
                "known categories encode the same under both policies");

        OneHotEncoder lenient = new OneHotEncoder(OneHotEncoder.Unknown.IGNORE).fit(train);
        ArrayAssertions.assertClose("transform of {Gentoo, Dream}, {Chinstrap, Biscoe} under IGNORE",
                new double[][] {{0, 1, 0, 1}, {0, 0, 1, 0}}, lenient.transform(query), Tolerance.absolute(0),
                "Chinstrap is unknown: its block (Adelie, Gentoo) is 0, 0");
    }

    @Test
    @Points(2)
    @DisplayName("fitting again replaces the categories: after fit on {a, b} then fit on {c}, the categories are [c] "
            + "and c encodes as [1]")
    void refitReplacesCategories() {
        OneHotEncoder encoder = new OneHotEncoder(OneHotEncoder.Unknown.ERROR).fit(new String[][] {{"b"}, {"a"}});
        ArrayAssertions.assertClose("transform({a}, {b}) after fit on {b, a}", new double[][] {{1, 0}, {0, 1}},
                encoder.transform(new String[][] {{"a"}, {"b"}}), Tolerance.absolute(0), SORTED);
        encoder.fit(new String[][] {{"c"}, {"c"}});
        assertCategories(new String[][] {{"c"}}, encoder.categories());
        ArrayAssertions.assertClose("transform({c}) after the second fit", new double[][] {{1}},
                encoder.transform(new String[][] {{"c"}}), Tolerance.absolute(0),
                "fit must start again from no categories, not add to the ones of an earlier fit");
        StandardScalerGradingTest.Checks.rejects("'a' after the second fit (ERROR)",
                () -> encoder.transform(new String[][] {{"a"}}), "a", "'a' is no longer a known category");
    }

    @Test
    @Points(2)
    @DisplayName("rejects missing (null) values under both policies, null, empty or ragged tables, rows of the "
            + "wrong width and a null policy; refuses use before fit")
    void rejectsBadInput() {
        OneHotEncoder encoder = new OneHotEncoder(OneHotEncoder.Unknown.IGNORE);
        StandardScalerGradingTest.Checks.rejects("a null category in fit", () -> encoder.fit(
                new String[][] {{"a", "x"}, {null, "y"}}), "null", "categories must not be null: impute first");
        StandardScalerGradingTest.Checks.rejects("x = null", () -> encoder.fit(null), null, "x must not be null");
        StandardScalerGradingTest.Checks.rejects("x with no rows", () -> encoder.fit(new String[0][]), null,
                "x needs at least one row");
        StandardScalerGradingTest.Checks.rejects("ragged x (row 1 has 1 value, row 0 has 2)",
                () -> encoder.fit(new String[][] {{"a", "b"}, {"c"}}), "1", "every row must have the same length");
        OneHotEncoder fitted = new OneHotEncoder(OneHotEncoder.Unknown.IGNORE).fit(new String[][] {{"a", "x"}});
        StandardScalerGradingTest.Checks.rejects("a null category in transform under IGNORE",
                () -> fitted.transform(new String[][] {{"a", null}}), "null",
                "a missing value is not an unknown category: impute it first");
        StandardScalerGradingTest.Checks.rejects("a row of width 3 after fitting on width 2",
                () -> fitted.transform(new String[][] {{"a", "x", "z"}}), "3", "rows must have the training width");
        StandardScalerGradingTest.Checks.rejects("a null unknown-category policy", () -> new OneHotEncoder(null),
                null, "the policy must be ERROR or IGNORE");
        StandardScalerGradingTest.Checks.notFitted("transform before fit",
                () -> new OneHotEncoder(OneHotEncoder.Unknown.ERROR).transform(new String[][] {{"a"}}));
        StandardScalerGradingTest.Checks.notFitted("categories() before fit",
                () -> new OneHotEncoder(OneHotEncoder.Unknown.ERROR).categories());
    }

    private static void assertCategories(String[][] expected, List<List<String>> actual) {
        List<List<String>> wanted = new ArrayList<>();
        for (String[] column : expected) {
            wanted.add(Arrays.asList(column));
        }
        if (!wanted.equals(actual)) {
            throw Failure.of("categories() differ")
                    .expected(wanted.toString())
                    .actual(String.valueOf(actual))
                    .likelyMistake(SORTED + " (not in order of appearance), one list per input column")
                    .error();
        }
    }

    /** Missing categories replaced by scikit-learn's most-frequent statistics (the test's own imputation). */
    private static String[][] fill(String[][] rows, Fixture fixture) {
        String[] modes = StandardScalerGradingTest.Checks.stringVector(fixture, "most_frequent_statistics");
        for (String[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] == null ? modes[j] : row[j];
            }
        }
        return rows;
    }

    private static String[][] speciesAndIsland(String[][] rows) {
        String[][] out = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new String[] {rows[i][0], rows[i][1]};
        }
        return out;
    }
}
