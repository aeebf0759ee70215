package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.Failure;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the most-frequent imputer.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code SimpleImputer(strategy="most_frequent", missing_values=None)}
 * on Palmer Penguins fitted on 2007–2008 and applied to 2009 (fixture
 * {@code preprocessing-penguins.json}); its documented tie rule (the smallest value) on small tables.
 */
@Challenge("p2.features.preprocessing")
class MostFrequentImputerGradingTest {

    @Test
    @Points(3)
    @DisplayName("on Palmer Penguins fitted on 2007–2008, the modes (Adelie, Biscoe, male) and the imputed 2009 rows "
            + "equal scikit-learn's SimpleImputer(strategy=\"most_frequent\")")
    void matchesSklearnOnPenguins() {
        StandardScalerGradingTest.Checks.Penguins penguins = StandardScalerGradingTest.Checks.penguins();
        MostFrequentImputer imputer = new MostFrequentImputer().fit(penguins.trainCategorical());
        String[] expected = StandardScalerGradingTest.Checks.stringVector(penguins.fixture(),
                "most_frequent_statistics");
        if (!Arrays.equals(expected, imputer.statistics())) {
            throw Failure.of("statistics() after fit on the 224 training rows differ")
                    .expected(Arrays.toString(expected))
                    .actual(Arrays.toString(imputer.statistics()))
                    .likelyMistake("count each column's non-null values and keep the most frequent one (male 109, "
                            + "female 107: null must not be counted as a category)")
                    .error();
        }
        StandardScalerGradingTest.Checks.assertSameStrings("transform of the 120 rows of 2009",
                StandardScalerGradingTest.Checks.strings(penguins.fixture(), "test_most_frequent_imputed"),
                imputer.transform(penguins.testCategorical()),
                "replace each null by its column's training mode and keep every present value");
    }

    @Test
    @Points(2)
    @DisplayName("breaks ties by the smallest value, whatever the row order: {b, a, a, b} and {a, b, b, a} both give "
            + "a, as scikit-learn")
    void tiesGoToTheSmallestValue() {
        String[][] first = {{"b", "x"}, {"a", "y"}, {"a", "y"}, {"b", "x"}, {null, "z"}};
        String[][] second = {{"a", "y"}, {"b", "x"}, {"b", "x"}, {"a", "y"}, {null, "z"}};
        for (String[][] rows : new String[][][] {first, second}) {
            String[] modes = new MostFrequentImputer().fit(rows).statistics();
            if (!Arrays.equals(new String[] {"a", "x"}, modes)) {
                throw Failure.of("statistics() of a table whose columns tie 2 : 2 differ")
                        .expected("[a, x]")
                        .actual(Arrays.toString(modes))
                        .line("rows", Arrays.deepToString(rows))
                        .likelyMistake("on a tie keep the value that is smallest by String.compareTo, not the first "
                                + "or last one seen: the result must not depend on the order of the rows")
                        .error();
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("keeps present values (even ones unseen in training), returns a new array without touching its "
            + "argument, and fitting again replaces the modes")
    void fillsIntoANewArrayAndRefits() {
        MostFrequentImputer imputer = new MostFrequentImputer().fit(new String[][] {{"a"}, {"a"}, {"b"}});
        String[][] query = {{null}, {"zebra"}};
        StandardScalerGradingTest.Checks.assertSameStrings("transform({null}, {zebra}) after fit on {a, a, b}",
                new String[][] {{"a"}, {"zebra"}}, imputer.transform(query),
                "only null is missing; every present value passes through unchanged");
        StandardScalerGradingTest.Checks.assertSameStrings("the argument of transform after the call",
                new String[][] {{null}, {"zebra"}}, query,
                "transform must return a new array: filling the caller's array in place changes their data");
        imputer.fit(new String[][] {{"c"}});
        StandardScalerGradingTest.Checks.assertSameStrings("transform({null}) after a second fit on {c}",
                new String[][] {{"c"}}, imputer.transform(new String[][] {{null}}),
                "fit must replace the modes, not add to the counts of an earlier fit");
    }

    @Test
    @Points(2)
    @DisplayName("rejects a column with no present value, null, empty and ragged input, rows of the wrong width, "
            + "and use before fit")
    void rejectsBadInput() {
        MostFrequentImputer imputer = new MostFrequentImputer();
        StandardScalerGradingTest.Checks.rejects("column 1 entirely null",
                () -> imputer.fit(new String[][] {{"a", null}, {"b", null}}), "1",
                "a column needs at least one present value to have a mode");
        StandardScalerGradingTest.Checks.rejects("x = null", () -> imputer.fit(null), null, "x must not be null");
        StandardScalerGradingTest.Checks.rejects("x with no rows", () -> imputer.fit(new String[0][]), null,
                "x needs at least one row");
        StandardScalerGradingTest.Checks.rejects("ragged x (row 1 has 1 value, row 0 has 2)",
                () -> imputer.fit(new String[][] {{"a", "b"}, {"c"}}), "1", "every row must have the same length");
        MostFrequentImputer fitted = new MostFrequentImputer().fit(new String[][] {{"a", "b"}});
        StandardScalerGradingTest.Checks.rejects("a row of width 1 after fitting on width 2",
                () -> fitted.transform(new String[][] {{"a"}}), "1", "rows must have the training width");
        StandardScalerGradingTest.Checks.notFitted("transform before fit",
                () -> new MostFrequentImputer().transform(new String[][] {{"a"}}));
        StandardScalerGradingTest.Checks.notFitted("statistics() before fit",
                () -> new MostFrequentImputer().statistics());
    }
}
