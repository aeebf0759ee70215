package io.mlpath.p2.features;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the min-max scaler.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code MinMaxScaler} on Palmer Penguins fitted on 2007–2008 and
 * applied to 2009 (fixture {@code preprocessing-penguins.json}); closed forms on small matrices.
 */
@Challenge("p2.features.preprocessing")
class MinMaxScalerGradingTest {

    private static final String ZERO_RANGE = "A constant column has max − min = 0: dividing by it gives 0/0 = NaN. "
            + "Use the range 1 for a constant column, so it maps to 0";

    @Test
    @Points(3)
    @DisplayName("on Palmer Penguins fitted on 2007–2008, the minima, maxima and rescaled 2009 rows equal "
            + "scikit-learn's MinMaxScaler (a 2009 bill shorter than any earlier one maps below 0: no clipping)")
    void matchesSklearnOnPenguins() {
        StandardScalerGradingTest.Checks.Penguins penguins = StandardScalerGradingTest.Checks.penguins();
        MinMaxScaler scaler = new MinMaxScaler().fit(penguins.trainImputed());

        ArrayAssertions.assertClose("dataMin() after fit on the 224 training rows",
                penguins.fixture().vector("minmax_data_min"), scaler.dataMin(), Tolerance.absolute(0),
                "the minimum of each column over the training rows");
        ArrayAssertions.assertClose("dataMax() after fit on the 224 training rows",
                penguins.fixture().vector("minmax_data_max"), scaler.dataMax(), Tolerance.absolute(0),
                "the maximum of each column over the training rows");
        ArrayAssertions.assertClose("transform of the 120 rows of 2009", penguins.fixture().matrix("test_minmax"),
                scaler.transform(penguins.testImputed()), Tolerance.absolute(1e-12),
                "z = (x − min)/(max − min) with the training min and max; values outside the training range "
                        + "map outside [0, 1] and are not clipped");
    }

    @Test
    @Points(3)
    @DisplayName("maps a constant column to 0, not NaN: {7, 7, 7} becomes {0, 0, 0}, and a later 8 becomes 1 "
            + "(range taken as 1)")
    void constantColumnBecomesZero() {
        double[][] x = {{2, 7}, {4, 7}, {10, 7}};
        MinMaxScaler scaler = new MinMaxScaler().fit(x);
        ArrayAssertions.assertClose("transform of the training rows", new double[][] {{0, 0}, {0.25, 0}, {1, 0}},
                scaler.transform(x), Tolerance.absolute(1e-15), ZERO_RANGE);
        ArrayAssertions.assertClose("transform({{4, 8}}): column 1 has range 1, so 8 − 7 = 1",
                new double[][] {{0.25, 1}}, scaler.transform(new double[][] {{4, 8}}), Tolerance.absolute(1e-15),
                ZERO_RANGE);
    }

    @Test
    @Points(2)
    @DisplayName("fits once and transforms elsewhere, without clipping: after fit on {2, 4, 10}, 18 maps to 2 and "
            + "0 to −0.25; fitting again replaces min and max")
    void transformUsesTheFittedStatisticsWithoutClipping() {
        MinMaxScaler scaler = new MinMaxScaler().fit(new double[][] {{2}, {4}, {10}});
        ArrayAssertions.assertClose("transform({{18}, {0}}) after fit on {{2}, {4}, {10}}",
                new double[][] {{2}, {-0.25}}, scaler.transform(new double[][] {{18}, {0}}),
                Tolerance.absolute(1e-15), "use the training min 2 and range 8 for every later row, and do not "
                        + "clip to [0, 1]: a model should see that a value lies outside the training range");
        scaler.fit(new double[][] {{-1}, {1}});
        ArrayAssertions.assertClose("transform({{0}}) after a second fit on {{-1}, {1}}", new double[][] {{0.5}},
                scaler.transform(new double[][] {{0}}), Tolerance.absolute(1e-15),
                "fit must replace min and max, not keep the extremes of every fit so far");
    }

    @Test
    @Points(2)
    @DisplayName("inverseTransform undoes transform, keeps its own copies, and leaves inputs alone")
    void inverseTransformAndCopies() {
        StandardScalerGradingTest.Checks.Penguins penguins = StandardScalerGradingTest.Checks.penguins();
        MinMaxScaler scaler = new MinMaxScaler().fit(penguins.trainImputed());
        double[][] test = penguins.testImputed();
        ArrayAssertions.assertClose("inverseTransform(transform(x)) on the 2009 rows", penguins.testImputed(),
                scaler.inverseTransform(scaler.transform(test)), Tolerance.absolute(1e-9),
                "inverseTransform is z · (max − min) + min with the fitted numbers");
        ArrayAssertions.assertClose("the argument of transform after the call", penguins.testImputed(), test,
                Tolerance.absolute(0), "transform must return a new array and leave its input unchanged");

        double[][] train = {{1}, {3}};
        MinMaxScaler small = new MinMaxScaler().fit(train);
        train[1][0] = 100;
        small.dataMax()[0] = -5;
        ArrayAssertions.assertClose("dataMax() after the caller changed the training array and dataMax()'s result",
                new double[] {3}, small.dataMax(), Tolerance.absolute(0),
                "copy what you keep, and return copies from dataMin()/dataMax()");
    }

    @Test
    @Points(2)
    @DisplayName("rejects null, empty, ragged, NaN and infinite input and rows of the wrong width "
            + "(IllegalArgumentException), and use before fit (IllegalStateException)")
    void rejectsBadInput() {
        MinMaxScaler scaler = new MinMaxScaler();
        StandardScalerGradingTest.Checks.rejects("x = null", () -> scaler.fit(null), null, "x must not be null");
        StandardScalerGradingTest.Checks.rejects("x with no rows", () -> scaler.fit(new double[0][]), null,
                "x needs at least one row");
        StandardScalerGradingTest.Checks.rejects("ragged x (row 1 has 1 value, row 0 has 2)",
                () -> scaler.fit(new double[][] {{1, 2}, {3}}), "1", "every row must have the same length");
        StandardScalerGradingTest.Checks.rejects("x containing NaN",
                () -> scaler.fit(new double[][] {{1, 2}, {Double.NaN, 4}}), "NaN",
                "values must be finite: impute missing values first");
        StandardScalerGradingTest.Checks.rejects("x containing -Infinity",
                () -> scaler.fit(new double[][] {{1, Double.NEGATIVE_INFINITY}}), "Infinity", "values must be finite");
        MinMaxScaler fitted = new MinMaxScaler().fit(new double[][] {{1, 2}, {3, 4}});
        StandardScalerGradingTest.Checks.rejects("a row of width 1 after fitting on width 2",
                () -> fitted.transform(new double[][] {{1}}), "1", "rows must have the training width");
        StandardScalerGradingTest.Checks.notFitted("transform before fit",
                () -> new MinMaxScaler().transform(new double[][] {{1}}));
        StandardScalerGradingTest.Checks.notFitted("dataMin() before fit", () -> new MinMaxScaler().dataMin());
    }
}
