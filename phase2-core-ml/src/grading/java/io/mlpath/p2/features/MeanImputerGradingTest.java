package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the mean imputer.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code SimpleImputer(strategy="mean")} on Palmer Penguins fitted on
 * 2007–2008 and applied to 2009 (fixture {@code preprocessing-penguins.json}); closed forms.
 */
@Challenge("p2.features.preprocessing")
class MeanImputerGradingTest {

    private static final double NAN = Double.NaN;

    @Test
    @Points(3)
    @DisplayName("on Palmer Penguins fitted on 2007–2008, the column means and the imputed 2009 rows (one penguin has "
            + "no measurements) equal scikit-learn's SimpleImputer(strategy=\"mean\")")
    void matchesSklearnOnPenguins() {
        StandardScalerGradingTest.Checks.Penguins penguins = StandardScalerGradingTest.Checks.penguins();
        MeanImputer imputer = new MeanImputer().fit(penguins.trainNumeric());
        ArrayAssertions.assertClose("statistics() after fit on the 224 training rows",
                penguins.fixture().vector("mean_statistics"), imputer.statistics(), Tolerance.relative(1e-12),
                "the mean of each column over its observed (non-NaN) training values");
        ArrayAssertions.assertClose("transform of the 120 rows of 2009", penguins.fixture().matrix("test_mean_imputed"),
                imputer.transform(penguins.testNumeric()), Tolerance.relative(1e-12),
                "replace each NaN by the training mean of its column and keep every observed value");
    }

    @Test
    @Points(2)
    @DisplayName("divides by the number of observed values: {1, NaN, 3} has the mean 2, not 4/3")
    void meanOfObservedValuesOnly() {
        MeanImputer imputer = new MeanImputer().fit(new double[][] {{1, 10}, {NAN, 20}, {3, NAN}});
        ArrayAssertions.assertClose("statistics() of {{1, 10}, {NaN, 20}, {3, NaN}}", new double[] {2, 15},
                imputer.statistics(), Tolerance.absolute(1e-15),
                "skip the missing values in both the sum and the count: (1 + 3)/2 = 2; counting NaN as 0 and "
                        + "dividing by n = 3 gives 4/3");
    }

    @Test
    @Points(2)
    @DisplayName("fills test rows with the training means, keeps observed values, and returns a new array without "
            + "touching its argument")
    void fillsWithTrainingMeansIntoANewArray() {
        MeanImputer imputer = new MeanImputer().fit(new double[][] {{1, 10}, {3, 30}});
        double[][] query = {{NAN, 100}, {NAN, NAN}, {50, NAN}};
        double[][] filled = imputer.transform(query);
        ArrayAssertions.assertClose("transform({{NaN, 100}, {NaN, NaN}, {50, NaN}}) after fit on {{1, 10}, {3, 30}}",
                new double[][] {{2, 100}, {2, 20}, {50, 20}}, filled, Tolerance.absolute(1e-15),
                "fill with the means learned by fit (2, 20), not with means of the rows being transformed "
                        + "(50, 100)");
        ArrayAssertions.assertClose("the argument of transform after the call", new double[][] {{NAN, 100},
                {NAN, NAN}, {50, NAN}}, query, Tolerance.absolute(0),
                "transform must return a new array: filling the caller's array in place changes their data");
        imputer.fit(new double[][] {{5, 7}});
        ArrayAssertions.assertClose("statistics() after a second fit on {{5, 7}}", new double[] {5, 7},
                imputer.statistics(), Tolerance.absolute(0), "fit must replace the statistics");
    }

    @Test
    @Points(2)
    @DisplayName("rejects a column with no observed value, infinities, null, empty and ragged input, rows of the "
            + "wrong width, and use before fit")
    void rejectsBadInput() {
        MeanImputer imputer = new MeanImputer();
        StandardScalerGradingTest.Checks.rejects("column 1 entirely NaN",
                () -> imputer.fit(new double[][] {{1, NAN}, {2, NAN}}), "1",
                "a column needs at least one observed value to have a mean");
        StandardScalerGradingTest.Checks.rejects("x containing Infinity",
                () -> imputer.fit(new double[][] {{1, Double.POSITIVE_INFINITY}}), "Infinity",
                "infinity is not a missing value: values must be finite or NaN");
        StandardScalerGradingTest.Checks.rejects("x = null", () -> imputer.fit(null), null, "x must not be null");
        StandardScalerGradingTest.Checks.rejects("x with no rows", () -> imputer.fit(new double[0][]), null,
                "x needs at least one row");
        StandardScalerGradingTest.Checks.rejects("ragged x (row 1 has 1 value, row 0 has 2)",
                () -> imputer.fit(new double[][] {{1, 2}, {3}}), "1", "every row must have the same length");
        MeanImputer fitted = new MeanImputer().fit(new double[][] {{1, 2}});
        StandardScalerGradingTest.Checks.rejects("a row of width 3 after fitting on width 2",
                () -> fitted.transform(new double[][] {{1, 2, 3}}), "3", "rows must have the training width");
        StandardScalerGradingTest.Checks.notFitted("transform before fit",
                () -> new MeanImputer().transform(new double[][] {{1}}));
        StandardScalerGradingTest.Checks.notFitted("statistics() before fit", () -> new MeanImputer().statistics());
    }
}
